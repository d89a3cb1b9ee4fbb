"""Small cardinals written in words in the languages ``text2num`` does not read: Swedish, Norwegian,
Polish, Czech, Slovak, Croatian, Romanian, Hungarian, Finnish, Greek and Turkish ("fem
helikoptrar", "šesť členov posádky", "Z ôsmich vozňov", "pięciu rannych", "opt zile", "πέντε").

News writes the counts below twenty in words, and a count in words is compared as its digits are.
One word is one number here (the tens and a hundred too, but no compounds such as "dvacet pět"):
numbers of two words and more are written in digits in the press of these languages. The case forms
the Slavic languages and Finnish give a count after a preposition are listed with the nominative.
Left out: words that are as often another word ("hat" and "hét" are six and seven in Hungarian, and
"can" and "week"; Romanian "nouă" is "nine" and "new"; Turkish "yüz" is "hundred" and "face").

Spans have the shape of ``number_words.number_spans``: (start, end, value, head_end, head_value).
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORDS: dict[str, dict[int, str]] = {
    "sv": {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio", 10: "tio", 11: "elva",
           12: "tolv", 13: "tretton", 14: "fjorton", 15: "femton", 16: "sexton", 17: "sjutton", 18: "arton",
           19: "nitton", 20: "tjugo", 30: "trettio", 40: "fyrtio", 50: "femtio", 100: "hundra"},
    "no": {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju syv", 8: "åtte", 9: "ni", 10: "ti",
           11: "elleve", 12: "tolv", 13: "tretten", 14: "fjorten", 15: "femten", 16: "seksten", 17: "sytten",
           18: "atten", 19: "nitten", 20: "tjue tyve", 30: "tretti", 40: "førti", 50: "femti", 100: "hundre"},
    "pl": {2: "dwa dwie dwóch dwoje", 3: "trzy trzech troje", 4: "cztery czterech", 5: "pięć pięciu",
           6: "sześć sześciu", 7: "siedem siedmiu", 8: "osiem ośmiu", 9: "dziewięć dziewięciu",
           10: "dziesięć dziesięciu", 11: "jedenaście jedenastu", 12: "dwanaście dwunastu",
           13: "trzynaście trzynastu", 14: "czternaście czternastu", 15: "piętnaście piętnastu",
           16: "szesnaście szesnastu", 17: "siedemnaście siedemnastu", 18: "osiemnaście osiemnastu",
           19: "dziewiętnaście dziewiętnastu", 20: "dwadzieścia dwudziestu", 30: "trzydzieści trzydziestu",
           40: "czterdzieści czterdziestu", 50: "pięćdziesiąt pięćdziesięciu", 100: "sto stu"},
    "cs": {2: "dva dvě dvou dvěma", 3: "tři tří třech třemi", 4: "čtyři čtyř čtyřech čtyřmi", 5: "pět pěti",
           6: "šest šesti", 7: "sedm sedmi", 8: "osm osmi", 9: "devět devíti", 10: "deset deseti",
           11: "jedenáct", 12: "dvanáct", 13: "třináct", 14: "čtrnáct", 15: "patnáct", 16: "šestnáct",
           17: "sedmnáct", 18: "osmnáct", 19: "devatenáct", 20: "dvacet", 30: "třicet", 40: "čtyřicet",
           50: "padesát", 100: "sto"},
    "sk": {2: "dva dve dvoch dvom", 3: "tri troch", 4: "štyri štyroch", 5: "päť piatich", 6: "šesť šiestich",
           7: "sedem siedmich", 8: "osem ôsmich", 9: "deväť deviatich", 10: "desať desiatich", 11: "jedenásť",
           12: "dvanásť", 13: "trinásť", 14: "štrnásť", 15: "pätnásť", 16: "šestnásť", 17: "sedemnásť",
           18: "osemnásť", 19: "devätnásť", 20: "dvadsať", 30: "tridsať", 40: "štyridsať", 50: "päťdesiat",
           100: "sto"},
    "hr": {2: "dva dvije dvojica", 3: "tri trojica", 4: "četiri", 5: "pet", 6: "šest", 7: "sedam", 8: "osam",
           9: "devet", 10: "deset", 11: "jedanaest", 12: "dvanaest", 20: "dvadeset", 30: "trideset",
           40: "četrdeset", 50: "pedeset", 100: "sto"},
    "ro": {2: "doi două", 3: "trei", 4: "patru", 5: "cinci", 6: "șase", 7: "șapte", 8: "opt", 10: "zece",
           11: "unsprezece", 12: "doisprezece douăsprezece", 20: "douăzeci", 30: "treizeci", 40: "patruzeci",
           50: "cincizeci"},
    "hu": {2: "két kettő", 3: "három", 4: "négy", 5: "öt", 8: "nyolc", 9: "kilenc", 10: "tíz", 20: "húsz",
           30: "harminc", 40: "negyven", 50: "ötven", 100: "száz"},
    "fi": {2: "kaksi kahden", 3: "kolme kolmen", 4: "neljä neljän", 5: "viisi viiden", 6: "kuusi kuuden",
           7: "seitsemän", 8: "kahdeksan", 9: "yhdeksän", 10: "kymmenen", 20: "kaksikymmentä", 100: "sata"},
    "el": {2: "δύο", 3: "τρεις τρία", 4: "τέσσερις τέσσερα", 5: "πέντε", 6: "έξι", 7: "επτά εφτά", 8: "οκτώ οχτώ",
           9: "εννέα εννιά", 10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 20: "είκοσι", 100: "εκατό"},
    "tr": {2: "iki", 3: "üç", 4: "dört", 5: "beş", 6: "altı", 7: "yedi", 8: "sekiz", 9: "dokuz", 10: "on",
           20: "yirmi", 30: "otuz", 40: "kırk", 50: "elli"},
}
_WORDS["nb"] = _WORDS["nn"] = _WORDS["no"]
LANGUAGES = frozenset(_WORDS)


@lru_cache(maxsize=16)
def _table(language: str) -> tuple[re.Pattern[str], dict[str, int]]:
    value_of = {w: n for n, words in _WORDS[language].items() for w in words.split()}
    words = sorted(value_of, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(map(re.escape, words)), re.IGNORECASE), value_of


def gate(language: str) -> re.Pattern[str]:
    """The language's number words: the cheap test of whether a sentence may hold one."""
    return _table(language)[0]


def number_spans(text: str, language: str, lo: int = 0, hi: int | None = None) -> list[tuple]:
    """(start, end, value, end, value) of each number word in ``text[lo:hi]``."""
    pattern, value_of = _table(language)
    return [(m.start(), m.end(), value_of[m.group().lower()], m.end(), value_of[m.group().lower()])
            for m in pattern.finditer(text, lo, len(text) if hi is None else hi)]
