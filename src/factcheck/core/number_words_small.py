"""Small cardinals written in words in the languages ``text2num`` does not read: Swedish, Norwegian,
Polish, Czech, Slovak, Croatian, Romanian, Hungarian, Finnish, Greek, Turkish, Slovenian, Lithuanian,
Latvian, Estonian, Bulgarian, Russian, Ukrainian and Catalan ("fem helikoptrar", "šesť členov posádky", "Z
ôsmich vozňov", "pięciu rannych", "opt zile", "πέντε", "štiri odstotke", "погибли пять человек").

News writes the counts below twenty in words, and a count in words is compared as its digits are.
One word is one number here (the tens and a hundred too, and hundreds and thousands where one word
writes them: "ötszáz", "päťsto"), or a ten and a unit ("dvacet pět"): other large numbers are
written in digits in the press of these languages. The case forms
the Slavic languages and Finnish give a count after a preposition are listed with the nominative.
Left out: words that are as often another word ("hat" and "hét" are six and seven in Hungarian, and
"can" and "week"; Romanian "nouă" is "nine" and "new"; Turkish "yüz" is "hundred" and "face").

Spans have the shape of ``number_words.number_spans``: (start, end, value, head_end, head_value).
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.core.numbers import by_word

_WORDS: dict[str, dict[int, str]] = {
    "sv": {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio", 10: "tio", 11: "elva",
           12: "tolv", 13: "tretton", 14: "fjorton", 15: "femton", 16: "sexton", 17: "sjutton", 18: "arton",
           19: "nitton", 20: "tjugo", 30: "trettio", 40: "fyrtio", 50: "femtio", 100: "hundra"},
    "no": {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju syv", 8: "åtte", 9: "ni", 10: "ti",
           11: "elleve", 12: "tolv", 13: "tretten", 14: "fjorten", 15: "femten", 16: "seksten", 17: "sytten",
           18: "atten", 19: "nitten", 20: "tjue tyve", 30: "tretti", 40: "førti", 50: "femti", 100: "hundre"},
    "pl": {2: "dwa dwie dwóch dwoje dwojga", 3: "trzy trzech troje trojga", 4: "cztery czterech czworo czworga",
           5: "pięć pięciu pięcioro pięciorga", 6: "sześć sześciu sześcioro", 7: "siedem siedmiu siedmioro",
           8: "osiem ośmiu ośmioro", 9: "dziewięć dziewięciu dziewięcioro",
           10: "dziesięć dziesięciu dziesięcioro", 11: "jedenaście jedenastu jedenaścioro",
           12: "dwanaście dwunastu dwanaścioro",
           13: "trzynaście trzynastu", 14: "czternaście czternastu", 15: "piętnaście piętnastu",
           16: "szesnaście szesnastu", 17: "siedemnaście siedemnastu", 18: "osiemnaście osiemnastu",
           19: "dziewiętnaście dziewiętnastu", 20: "dwadzieścia dwudziestu", 30: "trzydzieści trzydziestu",
           40: "czterdzieści czterdziestu", 50: "pięćdziesiąt pięćdziesięciu", 100: "sto stu"},
    "cs": {2: "dva dvě dvou dvěma", 3: "tři tří třech třemi", 4: "čtyři čtyř čtyřech čtyřmi", 5: "pět pěti",
           6: "šest šesti", 7: "sedm sedmi", 8: "osm osmi", 9: "devět devíti", 10: "deset deseti",
           11: "jedenáct", 12: "dvanáct", 13: "třináct", 14: "čtrnáct", 15: "patnáct", 16: "šestnáct",
           17: "sedmnáct", 18: "osmnáct", 19: "devatenáct", 20: "dvacet", 30: "třicet", 40: "čtyřicet",
           50: "padesát", 100: "sto"},
    "sk": {2: "dva dve dvoch dvom dvaja", 3: "tri troch traja", 4: "štyri štyroch štyria", 5: "päť piatich",
           6: "šesť šiestich", 7: "sedem siedmich", 8: "osem ôsmich", 9: "deväť deviatich", 10: "desať desiatich",
           11: "jedenásť", 12: "dvanásť", 13: "trinásť", 14: "štrnásť", 15: "pätnásť", 16: "šestnásť",
           17: "sedemnásť", 18: "osemnásť", 19: "devätnásť", 20: "dvadsať", 30: "tridsať", 40: "štyridsať",
           50: "päťdesiat", 100: "sto"},
    "hr": {2: "dva dvije dvojica dvoje", 3: "tri trojica troje", 4: "četiri četvorica četvero četvoro",
           5: "pet petorica petero petoro", 6: "šest šestorica šestero šestoro", 7: "sedam sedmero sedmoro",
           8: "osam osmero osmoro", 9: "devet devetero devetoro", 10: "deset desetero desetoro",
           11: "jedanaest jedanaestero", 12: "dvanaest dvanaestero", 20: "dvadeset", 30: "trideset",
           40: "četrdeset", 50: "pedeset", 100: "sto"},
    "ro": {2: "doi două", 3: "trei", 4: "patru", 5: "cinci", 6: "șase", 7: "șapte", 8: "opt", 10: "zece",
           11: "unsprezece", 12: "doisprezece douăsprezece", 20: "douăzeci", 30: "treizeci", 40: "patruzeci",
           50: "cincizeci"},
    "hu": {2: "két kettő", 3: "három", 4: "négy", 5: "öt", 8: "nyolc", 9: "kilenc", 10: "tíz", 20: "húsz",
           30: "harminc", 40: "negyven", 50: "ötven", 60: "hatvan", 70: "hetven", 80: "nyolcvan", 90: "kilencven",
           100: "száz"},
    "fi": {2: "kaksi kahden", 3: "kolme kolmen", 4: "neljä neljän", 5: "viisi viiden", 6: "kuusi kuuden",
           7: "seitsemän", 8: "kahdeksan", 9: "yhdeksän", 10: "kymmenen", 20: "kaksikymmentä", 100: "sata"},
    "el": {2: "δύο", 3: "τρεις τρία τριών", 4: "τέσσερις τέσσερα τεσσάρων", 5: "πέντε", 6: "έξι", 7: "επτά εφτά",
           8: "οκτώ οχτώ", 9: "εννέα εννιά", 10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 20: "είκοσι", 30: "τριάντα",
           40: "σαράντα", 50: "πενήντα", 60: "εξήντα", 70: "εβδομήντα", 80: "ογδόντα", 90: "ενενήντα", 100: "εκατό"},
    "tr": {2: "iki", 3: "üç", 4: "dört", 5: "beş", 6: "altı", 7: "yedi", 8: "sekiz", 9: "dokuz", 10: "on",
           20: "yirmi", 30: "otuz", 40: "kırk", 50: "elli"},
    # Catalan "nou" is "nine" and "new": left out
    "ca": {2: "dos dues", 3: "tres", 4: "quatre", 5: "cinc", 6: "sis", 7: "set", 8: "vuit", 10: "deu", 11: "onze",
           12: "dotze", 13: "tretze", 14: "catorze", 15: "quinze", 16: "setze", 17: "disset", 18: "divuit",
           19: "dinou", 20: "vint", 30: "trenta", 40: "quaranta", 50: "cinquanta", 100: "cent"},
    "sl": {2: "dva dve dveh", 3: "tri treh", 4: "štiri štirih", 5: "pet petih", 6: "šest šestih", 7: "sedem sedmih",
           8: "osem osmih", 9: "devet devetih", 10: "deset desetih", 11: "enajst", 12: "dvanajst", 13: "trinajst",
           14: "štirinajst", 15: "petnajst", 16: "šestnajst", 17: "sedemnajst", 18: "osemnajst", 19: "devetnajst",
           20: "dvajset", 30: "trideset", 40: "štirideset", 50: "petdeset", 100: "sto"},
    "lt": {2: "du dvi dviejų", 3: "trys trijų tris", 4: "keturi keturios keturių keturis",
           5: "penki penkios penkių penkis", 6: "šeši šešios šešių šešis", 7: "septyni septynios septynių septynis",
           8: "aštuoni aštuonios aštuonių aštuonis", 9: "devyni devynios devynių devynis", 10: "dešimt", 11: "vienuolika", 12: "dvylika", 13: "trylika",
           14: "keturiolika", 15: "penkiolika", 16: "šešiolika", 17: "septyniolika", 18: "aštuoniolika",
           19: "devyniolika", 20: "dvidešimt", 30: "trisdešimt", 40: "keturiasdešimt", 50: "penkiasdešimt"},
    "lv": {2: "divi divas divu", 3: "trīs", 4: "četri četras četru", 5: "pieci piecas piecu", 6: "seši sešas sešu",
           7: "septiņi septiņas septiņu", 8: "astoņi astoņas astoņu", 9: "deviņi deviņas deviņu", 10: "desmit",
           11: "vienpadsmit", 12: "divpadsmit", 20: "divdesmit", 30: "trīsdesmit", 100: "simts"},
    # not "kuus" (six, and "in a month") nor "viis" (five, and "took")
    "et": {2: "kaks kahe", 3: "kolm kolme", 4: "neli nelja", 7: "seitse seitsme", 8: "kaheksa", 9: "üheksa",
           10: "kümme kümne", 11: "üksteist üheteistkümne", 12: "kaksteist kaheteistkümne", 13: "kolmteist",
           14: "neliteist", 15: "viisteist", 20: "kakskümmend kahekümne", 30: "kolmkümmend", 100: "sada"},
    "bg": {2: "два две двама", 3: "три трима", 4: "четири четирима", 5: "пет петима", 6: "шест", 7: "седем",
           8: "осем", 9: "девет", 10: "десет", 11: "единадесет", 12: "дванадесет", 13: "тринадесет",
           14: "четиринадесет", 15: "петнадесет", 20: "двадесет", 30: "тридесет", 40: "четиридесет",
           50: "петдесет", 100: "сто"},
    "ru": {2: "два две двух", 3: "три трёх трех", 4: "четыре четырёх четырех", 5: "пять пяти", 6: "шесть шести",
           7: "семь семи", 8: "восемь восьми", 9: "девять девяти", 10: "десять десяти", 11: "одиннадцать",
           12: "двенадцать", 13: "тринадцать", 14: "четырнадцать", 15: "пятнадцать", 20: "двадцать",
           30: "тридцать", 40: "сорок", 50: "пятьдесят", 100: "сто"},
    "uk": {2: "два дві двох", 3: "три трьох", 4: "чотири чотирьох", 5: "п'ять п’ять п'яти п’яти", 6: "шість шести",
           7: "сім семи", 8: "вісім восьми", 9: "дев'ять дев’ять", 10: "десять", 11: "одинадцять", 12: "дванадцять",
           13: "тринадцять", 14: "чотирнадцять", 15: "п'ятнадцять п’ятнадцять", 20: "двадцять", 30: "тридцять",
           40: "сорок", 50: "п'ятдесят п’ятдесят", 100: "сто"},
}
# Hundreds and thousands where one word writes them ("ötszáz euró", "päťsto eur", "csaknem háromezer
# megawatt", "pięćset osób"); not where two words do ("pět set", "cinci sute"), nor a thousand alone,
# which follows digits as a scale word ("5 ezer")
_ROUND: dict[str, dict[int, str]] = {
    "hu": {200: "kétszáz", 300: "háromszáz", 400: "négyszáz", 500: "ötszáz", 600: "hatszáz", 700: "hétszáz",
           800: "nyolcszáz", 900: "kilencszáz", 2000: "kétezer", 3000: "háromezer", 4000: "négyezer",
           5000: "ötezer", 6000: "hatezer", 7000: "hétezer", 8000: "nyolcezer", 9000: "kilencezer", 10000: "tízezer"},
    "sk": {200: "dvesto", 300: "tristo", 400: "štyristo", 500: "päťsto", 600: "šesťsto", 700: "sedemsto",
           800: "osemsto", 900: "deväťsto", 2000: "dvetisíc", 3000: "tritisíc", 4000: "štyritisíc", 5000: "päťtisíc",
           10000: "desaťtisíc"},
    "pl": {200: "dwieście dwustu", 300: "trzysta trzystu", 400: "czterysta czterystu", 500: "pięćset pięciuset",
           600: "sześćset sześciuset", 700: "siedemset siedmiuset", 800: "osiemset ośmiuset",
           900: "dziewięćset dziewięciuset"},
    "hr": {200: "dvjesto", 300: "tristo", 400: "četiristo", 500: "petsto", 600: "šeststo", 700: "sedamsto",
           800: "osamsto", 900: "devetsto"},
    "sl": {200: "dvesto", 300: "tristo", 400: "štiristo", 500: "petsto", 600: "šeststo", 700: "sedemsto",
           800: "osemsto", 900: "devetsto"},
    "fi": {200: "kaksisataa", 300: "kolmesataa", 400: "neljäsataa", 500: "viisisataa", 2000: "kaksituhatta",
           3000: "kolmetuhatta", 4000: "neljätuhatta", 5000: "viisituhatta", 10000: "kymmenentuhatta"},
    "el": {200: "διακόσια διακόσιοι διακόσιες", 300: "τριακόσια τριακόσιοι τριακόσιες",
           400: "τετρακόσια τετρακόσιοι τετρακόσιες", 500: "πεντακόσια πεντακόσιοι πεντακόσιες",
           1000: "χίλια χίλιοι χίλιες"},
    "bg": {200: "двеста", 300: "триста", 400: "четиристотин", 500: "петстотин"},
    "ru": {200: "двести", 300: "триста", 400: "четыреста", 500: "пятьсот", 600: "шестьсот", 700: "семьсот",
           800: "восемьсот", 900: "девятьсот"},
    "uk": {200: "двісті", 300: "триста", 400: "чотириста", 500: "п'ятсот п’ятсот", 600: "шістсот", 700: "сімсот",
           800: "вісімсот", 900: "дев'ятсот дев’ятсот"},
}
for _language, _round in _ROUND.items():
    _WORDS[_language] = _WORDS[_language] | _round
# Hungarian glues a ten and its unit into one word ("kilencvenkét tonna", "huszonhárom", "tizenöt"): in
# it "hat" and "hét" are six and seven, never "can" and "week"
_HU_TENS = {10: "tizen", 20: "huszon", 30: "harminc", 40: "negyven", 50: "ötven", 60: "hatvan", 70: "hetven",
            80: "nyolcvan", 90: "kilencven"}
_HU_UNITS = {1: "egy", 2: "két kettő", 3: "három", 4: "négy", 5: "öt", 6: "hat", 7: "hét", 8: "nyolc", 9: "kilenc"}
_WORDS["hu"] = _WORDS["hu"] | {ten + unit: " ".join(prefix + word for word in words.split())
                               for ten, prefix in _HU_TENS.items() for unit, words in _HU_UNITS.items()}
_WORDS["nb"] = _WORDS["nn"] = _WORDS["no"]
LANGUAGES = frozenset(_WORDS)

# "One" before a scale word, where it is written ("un milion și jumătate", "bir milyon kişi", "ένα
# εκατομμύριο"): read with the scale word only, since alone it is an article as often. (Swedish and
# Norwegian "en miljon" is read with the halves, ``number_halves``.)
_ONE: dict[str, str] = {
    "ro": "un o", "tr": "bir", "el": "ένα", "hu": "egy", "bg": "един", "pl": "jeden", "cs": "jeden", "sk": "jeden",
    "hr": "jedan", "sl": "en", "ru": "один", "uk": "один", "fi": "yksi", "lt": "vienas", "lv": "viens",
    "et": "üks", "ca": "un"}
# Where a scale word after any number keeps its singular ("tizenöt millió", "on beş milyon"), it is
# one of it only after "one": alone, a number this module does not read may stand before it
_SINGULAR_AFTER_NUMBERS = frozenset({"hu", "tr"})


@lru_cache(maxsize=16)
def _scales(language: str) -> dict[str, int]:
    """The language's million and billion in CLDR's singular ("milion", "miliarda", "millió",
    "εκατομμύριο"): alone, or after "one", it is one of them ("zhruba milion Čechů")."""
    from factcheck.core.numbers import singular_scale_words

    return {word.lower(): size for word, size in singular_scale_words(language).items() if size >= 10 ** 6}


@lru_cache(maxsize=16)
def _table(language: str) -> tuple[re.Pattern[str], dict[str, int]]:
    value_of = by_word(_WORDS[language]) | _scales(language)
    value_of |= {one: 1 for one in _ONE.get(language, "").split()}
    words = sorted(value_of, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(map(re.escape, words)), re.IGNORECASE), value_of


def gate(language: str) -> re.Pattern[str]:
    """The language's number words: the cheap test of whether a sentence may hold one."""
    return _table(language)[0]


def number_spans(text: str, language: str, lo: int = 0, hi: int | None = None) -> list[tuple]:
    """(start, end, value, head end, head value) of each number word in ``text[lo:hi]``; a ten and a
    unit after it are one number ("dvidešimt keturis", "dvadsať päť": 24, 25), and a number before a
    scale word ("három millió", "un milion": the number is the head). "One" alone is none."""
    pattern, value_of = _table(language)
    scales = _scales(language)
    spans: list[tuple] = []
    for m in pattern.finditer(text, lo, len(text) if hi is None else hi):
        word = m.group().lower()
        value = value_of[word]
        after = spans and text[spans[-1][1]:m.start()] == " "
        if after and value < 10 and spans[-1][2] in _TENS:
            start, _, ten, _, _ = spans.pop()
            spans.append((start, m.end(), ten + value, m.end(), ten + value))
        elif after and word in scales and spans[-1][2] < 1000 and spans[-1][1] == spans[-1][3]:
            start, end, number, _, _ = spans.pop()
            spans.append((start, m.end(), number * value, end, number))
        else:
            spans.append((m.start(), m.end(), value, m.end(), value))
    if language in _SINGULAR_AFTER_NUMBERS:  # "tizenöt millió": a number unread may stand before it
        spans = [span for span in spans if span[2] != span[4] or span[2] not in scales.values()]
    return [span for span in spans if span[2] != 1]


_TENS = frozenset({20, 30, 40, 50})
