"""Indonesian and Malay cardinals written in words ("dua puluh miliar", "tiga ratus ribu",
"seribu", "satu setengah triliun"), found with their offsets for the figure reader.

No maintained parser reads them (``text2num`` and ``number-parser`` have no Indonesian), and the
grammar is small and regular, so a table does: units (satu ... sembilan), "belas" (+10), "puluh"
(x10), "ratus" (x100), the scale words ribu, juta, miliar/milyar, triliun (Malay bilion,
trilion), "se-" for one ("sepuluh", "seratus", "seribu", "sejuta"), "setengah"/"separuh" for a
half and "koma" for the decimal sign.

    >>> [(s, e, v) for s, e, v, _, _ in number_spans("Kerugian dua puluh miliar rupiah.", "id")]
    [(9, 25, 20000000000)]

Spans have the shape of ``number_words.number_spans``: (start, end, value, head_end, head_value),
``text[start:head_end]`` being the number before a final scale word ("dua puluh", 20), so the
reader writes it in digits before the scale word as it does for other languages. A half or a
decimal before the scale word gives a fractional head ("setengah miliar": 0.5).
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.core import number_words_ar, number_words_fa, number_words_small
from factcheck.core.number_words import NOT_A_FIGURE, read_runs
from factcheck.core.number_words import number_spans as _other_languages_spans
from factcheck.core.periods import phrase_trie

UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
         "lapan": 8, "sembilan": 9}
# "se-" words: one of a power ("seratus" = 100), or a whole number of their own ("sebelas")
_SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 10**6,
       "semiliar": 10**9, "semilyar": 10**9, "setriliun": 10**12}
_SMALL = {"belas": 10, "puluh": 10, "ratus": 100}  # belas adds ten: "dua belas" = 12
SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "milyard": 10**9,
          "miliard": 10**9, "bilion": 10**9, "triliun": 10**12, "trilyun": 10**12, "trilion": 10**12}
HALVES = {"setengah": 0.5, "separuh": 0.5}
_DECIMAL = "koma"

LANGUAGES = frozenset({"id", "ms"})
_WORDS = set(UNITS) | set(_SE) | set(_SMALL) | set(SCALES) | set(HALVES) | {_DECIMAL}
# a word is a number word only standing alone: not "kedua" (second), "satu-satunya" (the only),
# "berdua", "belasan" (a dozen or so), "jutaan" (millions of)
_WORD = re.compile(r"\b(?<![\w'’-])(?:" + phrase_trie(sorted(_WORDS)) + r")(?![\w'’-])")
# the cheap gate: a word that makes a number of its own ("satu" alone is "one of", as "a" is);
# \b first: most positions fail it cheaply
GATE = re.compile(r"\b(?<![\w'’-])(?:" + phrase_trie(sorted(_WORDS - {"satu", "setengah", "separuh", _DECIMAL}))
                  + r")(?![\w'’-])")
_MAX_WORDS = 10


class _Invalid(Exception):
    pass


def parse(words: list[str]) -> float:
    """The value of a run of Indonesian number words; ``_Invalid`` if they make no one number."""
    total = 0.0  # finished groups of a scale (ribu, juta...)
    last_scale = 10**16
    group = 0.0  # below the next scale word: "tiga ratus dua puluh"
    unit: float | None = None  # a unit waiting for its multiplier ("dua" before "puluh")
    small_order = 1000  # the place the group has reached: hundreds, then tens, then units
    i = 0
    while i < len(words):
        w = words[i]
        if w in UNITS:
            if unit is not None:
                raise _Invalid  # "dua tiga": a list or a range, not one number
            unit = UNITS[w]
        elif w in _SMALL:
            if unit is None:
                raise _Invalid
            place = 1 if w == "belas" else _SMALL[w]
            if place >= small_order:
                raise _Invalid
            group += unit + 10 if w == "belas" else unit * place
            small_order, unit = place, None
        elif w in _SE and _SE[w] < 1000:
            if unit is not None:
                raise _Invalid
            place = 1 if w == "sebelas" else _SE[w]
            if place >= small_order:
                raise _Invalid
            group += _SE[w]
            small_order = place
        elif w in HALVES or w == _DECIMAL:
            # "satu setengah juta", "dua koma lima miliar": only before a scale word
            if w == _DECIMAL:
                if unit is None or i + 2 >= len(words) or words[i + 1] not in UNITS:
                    raise _Invalid
                fraction = UNITS[words[i + 1]] / 10
                i += 1
            else:
                fraction = HALVES[w]
            if i + 1 >= len(words) or words[i + 1] not in SCALES:
                raise _Invalid  # "setengah hati", "setengah jam": an idiom or a duration
            unit = (unit or 0) + fraction
        elif w in SCALES or (w in _SE and _SE[w] >= 1000):
            scale = SCALES[w] if w in SCALES else _SE[w]
            amount = group + (unit or 0)
            if w in _SE:
                if amount:
                    raise _Invalid
                amount = 1
            if not amount:
                raise _Invalid  # "juta" alone ("jutaan" is vague): no number
            if scale < last_scale:
                total += amount * scale
                last_scale = scale
            else:  # "seratus ribu juta": a scale of scales
                total = (total + amount) * scale
                last_scale = scale
            group, unit, small_order = 0.0, None, 1000
        else:  # pragma: no cover (the pattern only finds number words)
            raise _Invalid
        i += 1
    value = total + group + (unit or 0)
    if not value:
        raise _Invalid
    return value


def _clean(value: float) -> float | int:
    return int(value) if value == int(value) else value


@lru_cache(maxsize=4)
def _cldr_scales(lang: str) -> frozenset[str]:
    """The scale words the quantity reader knows from CLDR (to write the number before them)."""
    from factcheck.core.numbers import scale_words

    return frozenset(w.lower() for w in scale_words(lang) if len(w) > 2)


def number_spans(text: str, language: str, lo: int = 0, hi: int | None = None):
    """(start, end, value, head_end, head_value) of each run of Indonesian/Malay number words in
    ``text[lo:hi]`` that makes one number; the longest reading from each start."""
    base, text = lo, text[lo:hi]  # the sentence alone: not the whole article lower-cased per sentence
    lo, hi = 0, len(text)
    lowered = text.lower()
    if len(lowered) != len(text) or GATE.search(lowered) is None:
        return []  # a letter whose lower case is longer (offsets would drift), or no number
    matches = list(_WORD.finditer(lowered, lo, hi))
    scales = _cldr_scales(language)
    def read(i: int, k: int) -> tuple | None:
        words = [m.group() for m in matches[i:k + 1]]
        try:
            value = parse(words)
        except _Invalid:
            return None
        start, end = matches[i].start(), matches[k].end()
        if _before_fraction(lowered, end, hi):
            return NOT_A_FIGURE  # "dua pertiga": a share, read as a fraction
        head_end, head_value = end, value
        last = words[-1]
        if len(words) > 1 and last in SCALES and last in scales:
            head_end, head_value = matches[k - 1].end(), value / SCALES[last]
        elif len(words) == 1 and last in _SE and last[2:] in scales:  # "sejuta": "1juta"
            head_end, head_value = start + 2, 1
        return start, end, _clean(value), head_end, _clean(head_value)

    return read_runs(matches, lowered, read, _MAX_WORDS, base)


_FRACTION_AFTER = re.compile(r" +per(?:tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|seratus)(?!\w)")


def _before_fraction(lowered: str, end: int, hi: int) -> bool:
    return _FRACTION_AFTER.match(lowered, end, hi) is not None


def number_word_spans(text: str, language: str, lo: int = 0, hi: int | None = None):
    """The runs of number words in ``text[lo:hi]`` (as ``number_spans`` gives them), read by this
    module in Indonesian and Malay, by ``number_words_ar`` in Arabic and ``number_words_fa`` in
    Persian, by ``number_words_small`` in the languages whose small counts it lists, by
    ``number_words`` (text2num) in the other languages; a run before "dozen" counts dozens ("two
    dozen jets", "zwei Dutzend", "dua lusin": 24)."""
    if language in LANGUAGES:
        spans = number_spans(text, language, lo, hi)
    elif language == "ar":
        spans = number_words_ar.number_spans(text, lo, hi)
    elif language == "fa":
        spans = number_words_fa.number_spans(text, lo, hi)
    elif language in number_words_small.LANGUAGES:
        spans = number_words_small.number_spans(text, language, lo, hi)
    else:
        spans = _other_languages_spans(text, language, lo, hi)
    return [_in_dozens(text, span, hi) for span in spans] if spans else spans


# "dozen" in the languages read here; "dozens of" (a plural without a count) is no figure
DOZEN = re.compile(r"\s+(?:dozen|dutzend|douzaines?|docenas?|dozzin[ae]|d[úu]zias?|dozijn|dussin|dusin|"
                    r"tuzin(?:y|ów)?|tucty?|tuctů|lusin)(?!\w)", re.IGNORECASE)


def _in_dozens(text: str, span: tuple, hi: int | None) -> tuple:
    start, end, value, head_end, head_value = span
    if head_end != end or value != int(value) or not (found := DOZEN.match(text, end, len(text) if hi is None else hi)):
        return span
    return start, found.end(), value * 12, found.end(), value * 12
