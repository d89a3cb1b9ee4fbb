"""Numbers written in groups, each with its scale word, read as one figure: "1 milyon 148 bin 560
kişi", "2 کروڑ 86 لاکھ", "74 ألفا و200 طن", "9조2천억 원", "4천600만원". The figure reader reads the
groups apart; ``in_groups`` joins them."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from factcheck.core import number_words_fa
from factcheck.core.models import Figure, revalued
from factcheck.core.numbers import scale_words
from factcheck.core.scripts import LANGUAGES, is_hangul, is_unspaced


def _folded(word: str) -> str:
    """``word`` as ``_group_words`` keys it: Hindi's "ड़" is written as one letter or as two."""
    return unicodedata.normalize("NFKD", word).casefold()


@lru_cache(maxsize=LANGUAGES)
def _group_words(lang: str | None) -> dict[str, int]:
    return {_folded(word): value for word, value in scale_words(lang).items()}


def in_groups(text: str, found: list[Figure], lang: str | None) -> list[Figure]:
    """``found`` (in text order), where one number is written in groups, each with its scale word,
    read as one: "1 milyon 148 bin 560 kişi", "4 bin 200 ton", "1 millió 148 ezer 560 fő" (not three
    figures: a million, 148,000 and 560), South Asian crores and lakhs ("2 کروڑ 86 لاکھ", "2 करोड़ 86
    लाख": 28.6 million), and East Asian groups of ten thousands glued together: "9조2천억 원",
    "1兆2000億円"."""
    scales = _group_words(lang)
    out: list[Figure] = []
    last = None  # the last group read into out[-1]: "148 bin" of "1 milyon 148 bin"
    for f in found:
        f = _after_one_and_its_scale(text, _after_a_bare_scale(text, f), scales)
        if out and out[-1].words and out[-1].start == f.start:
            out.pop()  # the bare scale word read alone too ("مليونين", two million, of "مليونين و300 ألف")
        value = None
        if out and _next_group(text, out[-1], last, f, scales):
            value = out[-1].value + f.value
        elif out and (scale := _thousands_before_the_scale(text, out[-1], f, scales)):
            value = out[-1].value * scale + f.value
        elif out:
            value = _thousands_of_the_next_scale(text, out[-1], last, f, scales)
        if value is not None:
            before = out[-1]
            # a sum's sign before its first group keeps it a sum ("रु १४ करोड ६० लाख")
            base = before if before.kind == "money" and f.kind == "number" else f
            out[-1] = revalued(base, value, start=before.start, end=f.end, text=text[before.start:f.end],
                               approx=before.approx or f.approx)
        else:
            out.append(f)
        last = f
    return out


# Arabic and Persian write a first group of one or two as its scale word alone, and join the next with
# "and": "مليون و673 ألف حاج", "یک میلیون و ۶۷۳ هزار نفر" (1,673,000), "مليونين و300 ألف" (2,300,000)
_BARE_SCALES = {"مليون": 10**6, "مليونا": 10**6, "مليوناً": 10**6, "میلیون": 10**6, "مليار": 10**9, "ملیارد": 10**9,
                "میلیارد": 10**9, "ألف": 10**3, "ألفا": 10**3, "هزار": 10**3,
                "مليونان": 2 * 10**6, "مليونين": 2 * 10**6, "ملياران": 2 * 10**9, "مليارين": 2 * 10**9,
                "ألفان": 2 * 10**3, "ألفين": 2 * 10**3}
# and Persian a first group of a few in words: "دو میلیون و ۶۷۳ هزار" (2,673,000)
_BARE_SCALE = re.compile(r"(?<![^\W\d_])(?:(?:یک|يك|واحد)\s+|(?P<few>%s)\s+)?(?P<word>%s)\s+و\s*$"
                         % ("|".join(number_words_fa.FEW), "|".join(sorted(_BARE_SCALES, key=len, reverse=True))))


def _digit_before(text: str, at: int) -> bool:
    """Whether a digit stands before ``at``, past any spaces."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1].isdecimal()


def _after_a_bare_scale(text: str, f: Figure) -> Figure:
    """``f`` with the first group written as a bare scale word before it ("مليون و673 ألف"), where it is so."""
    if f.kind not in ("number", "money") or f.words or "و" not in text[max(0, f.start - 3):f.start]:
        return f
    m = _BARE_SCALE.search(text, max(0, f.start - 20), f.start)
    if m is None or (scale := _BARE_SCALES[m.group("word")]) <= f.value or _digit_before(text, m.start()):
        return f  # "1 مليون و673 ألف": the groups of digits are joined already
    value = scale * number_words_fa.FEW.get(m.group("few"), 1) + f.value
    return revalued(f, value, start=m.start(), text=text[m.start():f.end])


# South Asia's press writes a first group of one as the word "one" and its scale: "ایک ارب 43 کروڑ ڈالر",
# "एक अरब 43 करोड़" (1.43 billion)
_ONE_AND_ITS_SCALE = re.compile(r"(?<![^\W\d_])(?:ایک|एक|এক|ਇੱਕ|ஒரு|ఒక|ಒಂದು|ഒരു|એક)\s+(?P<word>\S+)\s+$")


def _after_one_and_its_scale(text: str, f: Figure, scales: dict[str, int]) -> Figure:
    """``f`` with a first group of one written in words before it ("ایک ارب 43 کروڑ"), where it is so."""
    if f.kind not in ("number", "money") or f.words:
        return f
    m = _ONE_AND_ITS_SCALE.search(text, max(0, f.start - 20), f.start)
    if m is None or (scale := scales.get(_folded(m.group("word")))) is None or scale <= f.value:
        return f
    return revalued(f, scale + f.value, start=m.start(), text=text[m.start():f.end])


_GLUED_GROUP = re.compile(r"[0-9]+(?:\.[0-9]+)?([^\W\d_])")


def _glued_scale(figure_text: str, scales: dict[str, int], at_end: bool) -> int | None:
    """The value of the East Asian scale word glued to a number's digits, at the end of the figure's
    text ("3만4천": 천) or after its first digits ("600만원": 만)."""
    if at_end:
        return scales.get(_folded(figure_text[-1:])) if is_unspaced(figure_text[-1:] or " ") else None
    m = _GLUED_GROUP.match(figure_text)
    return scales.get(_folded(m.group(1))) if m and is_unspaced(m.group(1)) else None


def _thousands_of_the_next_scale(text: str, before: Figure, last: Figure, f: Figure,
                                 scales: dict[str, int]) -> float | None:
    """Korean thousands inside a group of ten thousands: "4천600만원" is (4,600)만, 46 million won,
    where "4천" and "600만원" are read apart; so is "1천200만" after a larger group ("4억1천200만" is
    412 million: ``before`` "4억1천", its ``last`` group "1천"). None if they are not so."""
    inner = _glued_scale(before.text, scales, at_end=True)
    outer = _glued_scale(f.text, scales, at_end=False)
    if before.kind != "number" or before.unit is not None or text[before.end:f.start] or not inner or not outer \
            or f.kind not in ("number", "money") or not last.value < outer or inner >= outer:
        return None
    rest = f.value / outer
    return before.value - last.value + (last.value + rest) * outer if rest < inner else None


_SCALED = re.compile(r"[0-9]+\s+([^\s\d.,;:!?()]+)")  # a word with the vowel signs of its script ("কোটি")


def _thousands_before_the_scale(text: str, before: Figure, f: Figure, scales: dict[str, int]) -> int | None:
    """The scale word of ``f`` where ``before`` is the thousands of it, as Mexico's press writes large
    sums: "49 mil 372 millones de dólares" is 49,372 million, "909 mil 400 millones" 909,400 million
    (not 49,000 and 372 million), and South Asia's crores: "৬০ হাজার ৩৫০ কোটি" is 60,350 crore; else None."""
    if before.kind != "number" or before.unit is not None or before.words or text[before.end:f.start] != " " \
            or not 1000 <= before.value < 1_000_000:
        return None
    thousand = _folded(before.text.split()[-1])
    m = _SCALED.match(f.text)
    scale = scales.get(_folded(m.group(1))) if m else None
    # and as South Asia's writes thousands of crores: "১ হাজার ৯৮৪ কোটি ডলার" is 1,984 crore
    least = 10**6 if thousand == "mil" else 10**7 if scales.get(thousand) == 1000 and " " in before.text else None
    return scale if least and scale and scale >= least and 0 < f.value < 1000 * scale else None


def _next_group(text: str, before: Figure, last: Figure, f: Figure, scales: dict[str, int]) -> bool:
    """Whether ``f`` is the next group of the number ``before``, whose last group so far is ``last``:
    right after a scale word, and below that word's value ("148 bin" after "1 milyon", "86 لاکھ" after
    "2 کروڑ"), or its thousand where the word is not known alone."""
    # a group of hundreds takes the tens after it: "८ सय" of "३५ हजार ८ सय ६०"
    hundreds = " " in last.text and scales.get(_folded(last.text.split()[-1])) == 100
    # a sum with its sign first goes on in the next group of its scale words ("₹14 करोड़ 60 लाख")
    signed = before.kind == "money" and f.kind == "number" and f.unit is None and " " in last.text
    if (before.kind != "number" or before.unit is not None) and not signed or before.words or f.words \
            or last.value < 1000 and not hundreds:
        return False
    glued = is_unspaced(before.text[-1:] or " ")  # "9조" + "2천억": scale words of ten thousands
    step = 4 if glued else 3
    # 1,148,560 -> 1,000,000; 8.7억 -> 억; a crore (ten million) is its own group; and in Korean a
    # thousand is a group too ("3만4천" + "800t")
    group = scales.get(_folded(last.text.split()[-1])) if not glued and " " in last.text else \
        _glued_scale(last.text, scales, at_end=True) if glued and last.text[-1:] == "천" else None
    group = group or 10.0 ** (step * int(math.log10(last.value) // step))
    # Arabic joins the groups with "and" ("74 ألفا و200 طن"), as Pashto does ("۴۱ زره او ۵۰۰"), and Korean
    # may space them ("1억 5천만 원")
    return (unicodedata.category(before.text[-1:] or "0")[0] in "LM" and text[before.end:f.start] in (
        ("", " ") if glued and is_hangul(before.text[-1]) else ("",) if glued else (" ", " و", " و ", " او "))
            and f.kind in ("number", "money") and 0 < f.value < group and last.value % group == 0)
