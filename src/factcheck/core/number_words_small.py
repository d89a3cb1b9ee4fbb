"""Small cardinals written in words in the languages ``text2num`` does not read: Swedish, Norwegian,
Polish, Czech, Slovak, Croatian, Serbian and Bosnian (in the Latin script), Romanian, Hungarian,
Finnish, Greek, Turkish, Slovenian, Lithuanian, Latvian, Estonian, Bulgarian, Russian, Ukrainian and
Catalan ("fem helikoptrar", "šesť členov posádky", "Z ôsmich vozňov", "pięciu rannych", "opt zile",
"πέντε", "štiri odstotke", "погибли пять человек", "osamdeset plovila", "kuusitoista kertaa").

News writes the counts below a hundred in words, and a count in words is compared as its digits are.
One word is one number here (the hundreds and thousands too where one word writes them: "ötszáz",
"päťsto"), or a ten and a unit ("dvacet pět", "osamdeset dva"): other large numbers are written in
digits in the press of these languages. The words in the nominative, from 2 to 99 and the hundreds,
are ``num2words``'; listed here are the case forms a count takes after a preposition or before a noun
("pięciu", "ôsmich", "kahden", "двух"), the variants it does not write ("fyrtio", "sju"), and the
languages it does not know (Greek, Estonian, Bulgarian). Left out: words that are as often another
word ("hat" and "hét" are six and seven in Hungarian, and "can" and "week"; Romanian "nouă" and
Catalan "nou" are "nine" and "new"; Croatian "šesto", Serbian 600, is "sixth"; Turkish "yüz" is
"hundred" and "face").

Spans have the shape of ``number_words.number_spans``: (start, end, value, head_end, head_value).
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.core.numbers import by_word
from factcheck.core.scripts import case_blind_get

# What ``num2words`` does not write (see above)
_WORDS: dict[str, dict[int, str]] = {
    "sv": {40: "fyrtio", 100: "hundra"},
    "no": {7: "sju", 20: "tyve", 100: "hundre"},
    "pl": {2: "dwie dwóch dwoje dwojga", 3: "trzech troje trojga", 4: "czterech czworo czworga",
           5: "pięciu pięcioro pięciorga", 6: "sześciu sześcioro", 7: "siedmiu siedmioro", 8: "ośmiu ośmioro",
           9: "dziewięciu dziewięcioro", 10: "dziesięciu dziesięcioro", 11: "jedenastu jedenaścioro",
           12: "dwunastu dwanaścioro", 13: "trzynastu", 14: "czternastu", 15: "piętnastu", 16: "szesnastu",
           17: "siedemnastu", 18: "osiemnastu", 19: "dziewiętnastu", 20: "dwudziestu", 30: "trzydziestu",
           40: "czterdziestu", 50: "pięćdziesięciu", 100: "sto stu"},
    "cs": {2: "dvě dvou dvěma", 3: "tří třech třemi", 4: "čtyř čtyřech čtyřmi", 5: "pěti", 6: "šesti", 7: "sedmi",
           8: "osmi", 9: "devíti", 10: "deseti", 100: "sto"},
    "sk": {2: "dve dvoch dvom dvaja", 3: "troch traja", 4: "štyroch štyria", 5: "piatich", 6: "šiestich",
           7: "siedmich", 8: "ôsmich", 9: "deviatich", 10: "desiatich", 100: "sto"},
    "hr": {2: "dvije dve dvojica dvoje", 3: "trojica troje", 4: "četvorica četvero četvoro",
           5: "petorica petero petoro",
           6: "šestorica šestero šestoro", 7: "sedmero sedmoro", 8: "osmero osmoro", 9: "devetero devetoro",
           10: "desetero desetoro", 11: "jedanaestero", 12: "dvanaestero", 100: "sto"},
    "ro": {2: "două", 12: "douăsprezece"},
    "hu": {2: "két", 100: "száz"},
    "fi": {2: "kahden", 3: "kolmen", 4: "neljän", 5: "viiden", 6: "kuuden", 100: "sata"},
    "el": {2: "δύο", 3: "τρεις τρία τριών", 4: "τέσσερις τέσσερα τεσσάρων", 5: "πέντε", 6: "έξι", 7: "επτά εφτά",
           8: "οκτώ οχτώ", 9: "εννέα εννιά", 10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 20: "είκοσι", 30: "τριάντα",
           40: "σαράντα", 50: "πενήντα", 60: "εξήντα", 70: "εβδομήντα", 80: "ογδόντα", 90: "ενενήντα", 100: "εκατό"},
    "ca": {2: "dues", 100: "cent"},
    "sl": {2: "dva dveh", 3: "treh", 4: "štirih", 5: "petih", 6: "šestih", 7: "sedmih", 8: "osmih", 9: "devetih",
           10: "desetih", 100: "sto"},
    "lt": {2: "dvi dviejų", 3: "trijų tris", 4: "keturios keturių keturis", 5: "penkios penkių penkis",
           6: "šešios šešių šešis", 7: "septynios septynių septynis", 8: "aštuonios aštuonių aštuonis",
           9: "devynios devynių devynis"},
    "lv": {2: "divas divu", 4: "četras četru", 5: "piecas piecu", 6: "sešas sešu", 7: "septiņas septiņu",
           8: "astoņas astoņu", 9: "deviņas deviņu", 100: "simts"},
    # not "kuus" (six, and "in a month") nor "viis" (five, and "took")
    "et": {2: "kaks kahe", 3: "kolm kolme", 4: "neli nelja", 7: "seitse seitsme", 8: "kaheksa", 9: "üheksa",
           10: "kümme kümne", 11: "üksteist üheteistkümne", 12: "kaksteist kaheteistkümne", 13: "kolmteist",
           14: "neliteist", 15: "viisteist", 20: "kakskümmend kahekümne", 30: "kolmkümmend", 100: "sada"},
    "bg": {2: "два две двама", 3: "три трима", 4: "четири четирима", 5: "пет петима", 6: "шест", 7: "седем",
           8: "осем", 9: "девет", 10: "десет", 11: "единадесет", 12: "дванадесет", 13: "тринадесет",
           14: "четиринадесет", 15: "петнадесет", 20: "двадесет", 30: "тридесет", 40: "четиридесет", 50: "петдесет",
           100: "сто"},
    "ru": {2: "две двух", 3: "трёх трех", 4: "четырёх четырех", 5: "пяти", 6: "шести", 7: "семи", 8: "восьми",
           9: "девяти", 10: "десяти", 100: "сто"},
    "uk": {2: "дві двох", 3: "трьох", 4: "чотирьох", 5: "п’ять п'яти п’яти", 6: "шести", 7: "семи", 8: "восьми",
           9: "дев’ять", 15: "п’ятнадцять", 50: "п’ятдесят", 100: "сто"},
}
# Hundreds and thousands where one word writes them ("ötszáz euró", "päťsto eur", "csaknem háromezer
# megawatt", "pięćset osób"); not where two words do ("pět set", "cinci sute"), nor a thousand alone,
# which follows digits as a scale word ("5 ezer")
_ROUND: dict[str, dict[int, str]] = {
    "hu": {2000: "kétezer", 3000: "háromezer", 4000: "négyezer", 5000: "ötezer", 6000: "hatezer", 7000: "hétezer",
           8000: "nyolcezer", 9000: "kilencezer", 10000: "tízezer"},
    "sk": {2000: "dvetisíc", 3000: "tritisíc", 4000: "štyritisíc", 5000: "päťtisíc", 10000: "desaťtisíc"},
    "pl": {200: "dwustu", 300: "trzystu", 400: "czterystu", 500: "pięciuset", 600: "sześciuset", 700: "siedmiuset",
           800: "ośmiuset", 900: "dziewięciuset"},
    "hr": {200: "dvjesto", 300: "tristo", 400: "četiristo", 600: "šeststo"},
    "fi": {2000: "kaksituhatta", 3000: "kolmetuhatta", 4000: "neljätuhatta", 5000: "viisituhatta",
           10000: "kymmenentuhatta"},
    "el": {200: "διακόσια διακόσιοι διακόσιες", 300: "τριακόσια τριακόσιοι τριακόσιες",
           400: "τετρακόσια τετρακόσιοι τετρακόσιες", 500: "πεντακόσια πεντακόσιοι πεντακόσιες",
           1000: "χίλια χίλιοι χίλιες"},
    "bg": {200: "двеста", 300: "триста", 400: "четиристотин", 500: "петстотин"},
    "uk": {500: "п’ятсот", 900: "дев’ятсот"},
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
_WORDS["sr"] = _WORDS["bs"] = _WORDS["hr"]  # the Latin script's words are one language's
LANGUAGES = frozenset(_WORDS) | {"tr"}  # Turkish: every word it reads is num2words'

# ``num2words``' names for the languages it writes (Croatian and Bosnian as Serbian's Latin script)
_NUM2WORDS = {"hr": "sr", "bs": "sr", "nb": "no", "nn": "no"}
_AMBIGUOUS = frozenset({"šesto", "nouă", "nou", "hat", "hét"})  # as often another word (see above)


@lru_cache(maxsize=16)
def _spelled(language: str) -> dict[str, int]:
    """The cardinals from 2 to 99 and the hundreds that ``num2words`` writes in one word, by word."""
    from num2words import CONVERTER_CLASSES, num2words

    code = _NUM2WORDS.get(language, language)
    if code not in CONVERTER_CLASSES:
        return {}
    spelled = {num2words(value, lang=code).lower(): value for value in [*range(2, 100), *range(200, 1000, 100)]}
    return {word: value for word, value in spelled.items()
            if " " not in word and "-" not in word and word not in _AMBIGUOUS}


# "One" before a scale word, where it is written ("un milion și jumătate", "bir milyon kişi", "ένα
# εκατομμύριο"): read with the scale word only, since alone it is an article as often. (Swedish and
# Norwegian "en miljon" is read with the halves, ``number_halves``.)
_ONE: dict[str, str] = {
    "ro": "un o", "tr": "bir", "el": "ένα", "hu": "egy", "bg": "един", "pl": "jeden", "cs": "jeden", "sk": "jeden",
    "hr": "jedan", "sr": "jedan", "bs": "jedan", "sl": "en", "ru": "один", "uk": "один", "fi": "yksi",
    "lt": "vienas", "lv": "viens", "et": "üks", "ca": "un"}
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
    value_of = _spelled(language) | by_word(_WORDS.get(language, {})) | _scales(language)
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
        value = case_blind_get(value_of, m.group())
        if value is None:  # pragma: no cover (the pattern is made of the keys)
            continue
        after = spans and text[spans[-1][1]:m.start()] == " "
        if after and value < 10 and spans[-1][2] in _TENS:
            start, _, ten, _, _ = spans.pop()
            spans.append((start, m.end(), ten + value, m.end(), ten + value))
        elif (after and case_blind_get(scales, word) is not None and spans[-1][2] < 1000
              and spans[-1][1] == spans[-1][3]):
            start, end, number, _, _ = spans.pop()
            spans.append((start, m.end(), number * value, end, number))
        else:
            spans.append((m.start(), m.end(), value, m.end(), value))
    if language in _SINGULAR_AFTER_NUMBERS:  # "tizenöt millió": a number unread may stand before it
        spans = [span for span in spans if span[2] != span[4] or span[2] not in scales.values()]
    return [span for span in spans if span[2] != 1]


_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})
