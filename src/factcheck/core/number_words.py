"""Cardinal numbers written in words ("sechs", "three billion", "fem millioner"), found with their
offsets so the figure reader can read them as it reads digits.

The words are parsed by ``text2num`` (a small compiled wheel, ~9 ms to import), imported only when a
sentence holds a word made of number parts: most sentences hold none, and ``add`` stays fast. The
morpheme lists below are only a cheap gate (a superset of the words worth trying); ``text2num``
decides what is a number.

    >>> [(s, e, v) for s, e, v, _, _ in number_spans("Er lief sechs Meilen.", "de")]
    [(8, 13, 6)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.core.periods import phrase_trie

# Number parts per language: whole number words, the pieces compounds are built of, scale words.
# "one"/"ein"/"en"/"un"... are left in: the figure reader drops a bare 1 (see figures.py).
_PARTS: dict[str, str] = {
    "en": "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
          "hundred hundreds thousand thousands million millions billion billions trillion trillions",
    "de": "eins zwei drei vier fünf sechs sech sieben sieb acht neun zehn elf "
          "zwölf zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend "
          "million millionen milliarde milliarden billion billionen",
    "da": "to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten "
          "atten nitten tyve tredive fyrre halvtreds tres halvfjerds firs halvfems hundrede hundred "
          "tusind million millioner milliard milliarder",
    "nl": "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
          "zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig "
          "negentig honderd duizend miljoen miljard",
    "fr": "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
          "vingt vingts trente quarante cinquante soixante cent cents mille million millions "
          "milliard milliards",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
          "dieci dieciséis veinte veinti veintiún veintidós veintitrés veintiséis treinta cuarenta "
          "cincuenta sesenta setenta ochenta noventa cien ciento cientos doscientos doscientas "
          "trescientos trescientas cuatrocientos quinientos quinientas seiscientos setecientos "
          "ochocientos novecientos mil millón millones",
    "pt": "dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quatorze "
          "quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte trinta "
          "quarenta cinquenta sessenta setenta oitenta noventa cem cento duzentos duzentas trezentos "
          "quatrocentos quinhentos seiscentos setecentos oitocentos novecentos mil milhão milhões "
          "bilhão bilhões bilião biliões",
    "it": "due tre tré quattro cinque sei sette otto nove dieci undici dodici tredici "
          "quattordici quindici sedici diciassette diciotto diciannove venti vent trenta trent quaranta "
          "quarant cinquanta cinquant sessanta sessant settanta settant ottanta ottant novanta novant "
          "cento mille mila milione milioni miliardo miliardi",
}

# "one" and its kin are articles too ("a", "ein", "en", "un"): they count only inside a run with a
# stronger word ("en million", "un milliard"), and alone never wake the parser. Joiners ("and",
# "und", "og", "y") link parts of one number ("hundred and five", "vingt et un", "femogtyve").
_ONE: dict[str, str] = {
    "en": "one a", "de": "ein eine einer einem einen", "da": "en et", "nl": "een één",
    "fr": "un une", "es": "un uno una", "pt": "um uma", "it": "un uno una",
}
_JOIN: dict[str, str] = {
    "en": "and", "de": "und", "da": "og", "nl": "en ën", "fr": "et", "es": "y", "pt": "e", "it": "",
}

LANGUAGES = frozenset(_PARTS)
#: Where a number in words may start: not inside a word or after a hyphen or an apostrophe, but after
#: French's "of" elided onto it ("d'un million de foyers"), where "l'un des" is a pronoun
WORD_START = r"(?<![\w-])(?<!(?<![dD])['’])"
_MAX_WORDS = 8  # "two hundred and thirty-four thousand five hundred": longer runs are not figures


def _alt(words: set[str]) -> str:
    return phrase_trie(sorted(words))  # a character trie: ~2x faster than a flat alternation


_HYPHENED_UNITS = {"en": "days?|weeks?|months?|hours?|minutes?|miles?|kilometres?|kilometers?|metres?|meters?"}


@lru_cache(maxsize=16)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]] | None:
    """(any number word, joiner or "one"; words with a stronger part; the weak words), for
    lower-cased text; None for languages ``text2num`` does not read."""
    if language not in _PARTS:
        return None
    weak = frozenset(_ONE[language].split()) | frozenset(_JOIN[language].split())
    parts = _alt(set(_PARTS[language].split()) | set(_ONE[language].split()) | set(_JOIN[language].split()))
    # not a word's part ("one-sided"), but a count hyphened to its unit ("a four-day closure", "nine-month")
    units = _HYPHENED_UNITS.get(language)
    end = rf"(?!\w)(?!-(?!(?:{units})\b))" if units else r"(?![\w-])"
    body = rf"(?:{parts})(?:-?(?:{parts}))*{end}"
    before = r"\b" + WORD_START  # \b first: most positions fail it cheaply
    word = before + body
    strong = before + rf"(?!(?:{_alt(set(weak))})(?![\w-]))" + body
    return re.compile(word), re.compile(strong), weak


def gate(language: str) -> re.Pattern[str] | None:
    """Words with a number part stronger than "one" ("sechs", "dreiundzwanzig", "vingt-deux"),
    on lower-cased text: the cheap test of whether a sentence is worth parsing."""
    patterns = _patterns(language)
    return None if patterns is None else patterns[1]


def has_number_words(text: str, language: str, lo: int = 0, hi: int | None = None) -> bool:
    pattern = gate(language)
    return pattern is not None and pattern.search(text.lower(), lo, len(text) if hi is None else hi) is not None


@lru_cache(maxsize=32)
def _scales(language: str) -> dict[str, int]:
    """The language's scale words (CLDR's, lower-cased) -> multiplier."""
    from factcheck.core.numbers import scale_words

    return {w.lower(): m for w, m in scale_words(language).items() if m >= 1000}


def number_spans(text: str, language: str, lo: int = 0, hi: int | None = None):
    """(start, end, value, head_end, head_value) of each run of number words in ``text[lo:hi]``
    that ``text2num`` reads, longest first from each start. When the run ends in a scale word
    ("fem millioner"), ``text[start:head_end]`` is the number before it ("fem", 5)."""
    patterns = _patterns(language)
    hi = len(text) if hi is None else hi
    if patterns is None:
        return []
    word, strong, weak = patterns
    # the sentence alone, lower-cased: not the whole article once per sentence
    base, text = lo, text[lo:hi]
    lo, hi = 0, len(text)
    lowered = text.lower()
    if len(lowered) != len(text):
        return []  # a letter whose lower case is longer: offsets would drift; rare, skip
    if strong.search(lowered, lo, hi) is None:
        return []
    matches = list(word.finditer(lowered, lo, hi))
    from text_to_num import text2num  # lazily: only sentences with number words pay for it

    joins = _JOIN[language].split()  # "and" neither begins nor ends a number ("gewond en zes")

    def read(i: int, k: int) -> tuple | None:
        start, end = matches[i].start(), matches[k].end()
        if all(m.group() in weak for m in matches[i:k + 1]) or matches[k].group() in joins or matches[i].group() in joins:
            return None
        try:
            value = text2num(text[start:end], language)
        except ValueError:
            return None
        if value == 2 and _SIDES.match(lowered, end):
            return NOT_A_FIGURE  # both sides
        head_end, head_value = end, value
        if k > i:  # "three billion": "3 billion", so the reader sees the scale word as with digits
            head = scale = 0
            try:
                head = text2num(text[start:matches[k - 1].end()], language)
                scale = text2num(text[matches[k].start():end], language)
            except ValueError:  # text2num reads no scale word alone in some languages ("miliardi")
                scale = _scales(language).get(lowered[matches[k].start():end], 0) if head else 0
            if scale >= 1000 and str(scale).rstrip("0") == "1" and head * scale == value:
                head_end, head_value = matches[k - 1].end(), head
        return start, end, value, head_end, head_value

    return read_runs(matches, lowered, read, _MAX_WORDS, base)


# "des deux côtés de la frontière", "on two sides": both sides, no count of two
_SIDES = re.compile(r"\s+(?:côtés|sides|seiten|lados|lati|kanten|zijden|sider)(?![\w-])")

NOT_A_FIGURE = ()  # ``read_runs``: words that make a number, but not one to keep ("dua pertiga")


def read_runs(matches, lowered: str, read, max_words: int, base: int = 0) -> list[tuple]:
    """The numbers in runs of number words (``matches``: the words of ``lowered``; a run is words
    one space apart, ``max_words`` at most): from each word, the longest reading ``read(i, k)``
    gives for words ``i..k`` -- (start, end, value, head_end, head_value), None when they make no
    number, ``NOT_A_FIGURE`` to pass over them. A run read as two numbers or more ("nineteen
    ninety", "dua tiga hari") is a year or a list: none is kept. Offsets are moved by ``base``."""
    out: list[tuple] = []
    i = 0
    run_end = -1  # index of the last word of the current run
    run_first = 0  # where the current run's numbers start in ``out``
    while i < len(matches):
        if i > run_end:
            if len(out) - run_first > 1:
                del out[run_first:]
            run_first = len(out)
        j = i
        while (j + 1 < len(matches) and j - i + 1 < max_words
               and lowered[matches[j].end():matches[j + 1].start()] == " "):
            j += 1
        run_end = max(run_end, j)
        for k in range(j, i - 1, -1):
            found = read(i, k)
            if found is None:
                continue
            if found is not NOT_A_FIGURE:
                out.append(found)
            i = k + 1
            break
        else:
            i += 1
    if len(out) - run_first > 1:
        del out[run_first:]
    return [(start + base, end + base, value, head_end + base, head_value)
            for start, end, value, head_end, head_value in out]


@lru_cache(maxsize=16)
def number_word_alternation(language: str) -> str:
    """A regex alternation of the language's number words ("one" and its kin too), for lower-cased
    text: the number before "and a half", "et demi"."""
    return _alt(set(_PARTS[language].split()) | set(_ONE[language].split()))
