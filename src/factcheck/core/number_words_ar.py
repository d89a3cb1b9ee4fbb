"""Arabic cardinals written in words ("تسعة مصابين", "ثمانية وثلاثين درهما", "خمسة وثلاثين ألف متظاهر",
"ثلاثمائة وخمسون"), found with their offsets for the figure reader.

No maintained parser reads them (``text2num`` and ``num2words`` have no Arabic reader), and the
grammar of the numbers below a thousand is small: a unit (3-10, in both genders, "ثلاث" / "ثلاثة"),
a ten ("عشرون" / "عشرين"), a hundred ("مئة", "مائتين", "ثلاثمائة"), the teens as a unit and "عشر",
each further part joined by "و" glued to it, the unit before the ten ("خمسة وعشرون", 25). A scale
word after them ("ألف", "آلاف", "مليون") is read by the figure reader as it is after digits, so a
span here ends at the number ("خمسة وثلاثين" of "خمسة وثلاثين ألف"). One alone is never read ("أحد" is
also "someone"); a unit before a definite noun is a fraction as often ("خمس الإيرادات", a fifth of the
revenue) and is left.

A dual says two without a number word: "ملياري دولار" and "مليونين" are two billion and two million
(scale words, read as their digits are), "شهرين", "يومين", "ساعتين" two months, days and hours
(``dual_units``: rewritten as "2 شهر" for the unit reader). Two years ("عامين") is left, as every count
of years is.

Spans have the shape of ``number_words.number_spans``: (start, end, value, head_end, head_value).
"""

from __future__ import annotations

import re

_UNITS = {2: "اثنان اثنين اثنتان اثنتين", 3: "ثلاث ثلاثة", 4: "اربع اربعة", 5: "خمس خمسة", 6: "ست ستة",
          7: "سبع سبعة", 8: "ثمان ثماني ثمانية", 9: "تسع تسعة", 10: "عشر عشرة"}
_TENS = {20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "اربعون اربعين", 50: "خمسون خمسين", 60: "ستون ستين",
         70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين"}
# the hundreds, and the thousand and two thousand that a hundred may follow ("ألف ومئتان")
_HUNDREDS = {100: "مئة مائة", 200: "مئتان مئتين مائتان مائتين", 1000: "الف", 2000: "الفان الفين"} | {
    100 * n: f"{stem}مئة {stem}مائة" for n, stem in ((3, "ثلاث"), (4, "اربع"), (5, "خمس"), (6, "ست"), (7, "سبع"),
                                                       (8, "ثمان"), (9, "تسع"))}
_HUNDREDS[800] += " ثمانيمئة ثمانيمائة"
_HUNDREDS[2000] += " الفي"  # the construct state: "ألفي طن"
# the duals of the scale words: "ملياري دولار", "مليونين", "ملياران" (not "مليونا", a million's accusative)
_SCALE_DUALS = {"مليوني": 2 * 10**6, "مليونين": 2 * 10**6, "مليونان": 2 * 10**6,
                "ملياري": 2 * 10**9, "مليارين": 2 * 10**9, "ملياران": 2 * 10**9}
# the duals of units of time, as "2" and the singular the unit reader knows (same length: offsets stay true)
_UNIT_DUALS = {"شهرين": "2 شهر", "يومين": "2 يوم", "ساعتين": "2 ساعة", "أسبوعين": "2 أسبوع",
               "اسبوعين": "2 أسبوع", "دقيقتين": "2 دقيقة"}
_TEEN_ONES = {11: "احد احدى", 12: "اثنا اثني اثنتا اثنتي"}  # before "عشر": eleven, twelve
_TEEN = frozenset({"عشر", "عشرة"})
_THOUSANDS = frozenset({"الف", "الاف", "الفا"})  # after a number as its scale ("خمسة آلاف"), no definite noun


def _table(groups: dict[int, str]) -> dict[str, int]:
    return {word: value for value, words in groups.items() for word in words.split()}


UNITS = _table(_UNITS) | {word + "ا": value for word, value in _table(_UNITS).items()  # "ثلاثاً وعشرين"
                           if not word.endswith(("ة", "ان", "ين"))}
TENS, HUNDREDS, TEEN_ONES = _table(_TENS), _table(_HUNDREDS), _table(_TEEN_ONES)
_ALL = UNITS | TENS | HUNDREDS
_STARTS = _ALL.keys() | TEEN_ONES.keys()  # the words a number may begin with

# an Arabic word with its short vowels and tanween; a preposition or "and" may be glued before a number
_WORD = re.compile(r"[\u0621-\u0652\u0670]+")
_MARKS = re.compile(r"[\u064b-\u0652\u0670]")
_ALEFS = str.maketrans("أإآٱى", "ااااي")
_GLUED = "وبل"
# the cheap test: a word that begins as a number word does
GATE = re.compile(r"(?<![\u0621-\u064a])[وبل]?(?:ثلاث|[أا]ربع|خمس|ست|سبع|ثمان|تسع|عشر|اثن|مئ|مائ|[أا]لف[اي]ن|"
                  r"(?:[أا]لف|مليون|مليار)ي(?![\u0621-\u064a])|مليون[اي]ن|مليار[اي]ن|شهرين|يومين|ساعتين|[أا]سبوعين|"
                  r"دقيقتين)")  # not the accusative "مليونا", "ألفا", read after digits


def _plain(word: str) -> str:
    """``word`` without its short vowels, its alefs as one."""
    return _MARKS.sub("", word).translate(_ALEFS)


def number_spans(text: str, lo: int = 0, hi: int | None = None) -> list[tuple]:
    """(start, end, value, end, value) of each Arabic number in words in ``text[lo:hi]``."""
    words = [(m.start(), m.end(), _plain(m.group())) for m in _WORD.finditer(text, lo, len(text) if hi is None else hi)]
    spans, i = [], 0
    while i < len(words):
        found = _number_at(words, i)
        if found is None:
            i += 1
            continue
        start, k, value = found
        spans.append((start, words[k - 1][1], value, words[k - 1][1], value))
        i = k
    return spans


def _number_at(words: list[tuple[int, int, str]], i: int) -> tuple[int, int, int] | None:
    """(start, index after, value) of the number whose first word is ``words[i]``, or None."""
    start, _, word = words[i]
    if word[:1] in _GLUED and word not in _STARTS and word[1:] in _STARTS | _SCALE_DUALS.keys():
        start, word = start + 1, word[1:]  # "بخمسة", "وثلاثة"
    if word in _SCALE_DUALS:
        return start, i + 1, _SCALE_DUALS[word]
    parts, k = [], i
    while True:
        teen = k + 1 < len(words) and words[k + 1][2] in _TEEN and words[k + 1][0] == words[k][1] + 1
        if teen and (word in TEEN_ONES or UNITS.get(word, 10) < 10):  # a unit below ten before "عشر"
            value, after = TEEN_ONES.get(word) or UNITS[word] + 10, k + 2  # "ثلاثة عشر", "اثنا عشر"
        elif word in _ALL:
            value, after = _ALL[word], k + 1
        else:
            break
        if parts and not _follows(parts[-1], value):
            break
        parts.append(value)
        k = after
        # the next part is joined by "و" ("خمسة وعشرون", "مائة وخمسون")
        if k >= len(words) or not words[k][2].startswith("و") or words[k][0] != words[k - 1][1] + 1:
            break
        word = words[k][2][1:]
    value = sum(parts)
    if parts == [1000]:
        return None  # a thousand alone is the scale word after a number ("خمسة آلاف", "35 ألف")
    if len(parts) == 1 and value < 20 and k < len(words) and words[k][2].startswith("ال") \
            and words[k][2] not in _THOUSANDS:
        return None  # "خمس الإيرادات": a fifth of the revenue
    return (start, k, value) if value > 1 else None


def _follows(before: int, value: int) -> bool:
    """Whether a part of ``value`` may follow one of ``before`` in one number: a unit or a teen after a
    hundred, a ten after a unit or a hundred ("ثلاثمائة وخمسة وعشرون", 325), a hundred after a
    thousand ("ألف ومئتان وخمسون", 1,250)."""
    if before >= 100:  # "ألفين وخمسمائة", 2,500
        return value < 100 or before >= 1000 and value < 1000
    return before < 10 and value in TENS.values()


def dual_units(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, rewritten) of each dual of a unit of time in ``text[lo:hi]`` ("لمدة شهرين": "2 شهر"),
    a preposition glued before it left out; not with the article ("الشهرين": the two months named
    before)."""
    out = []
    for m in _WORD.finditer(text, lo, len(text) if hi is None else hi):
        word, start = _MARKS.sub("", m.group()), m.start()
        if word not in _UNIT_DUALS and word[:1] in _GLUED and word[1:] in _UNIT_DUALS:
            word, start = word[1:], start + 1
        if word in _UNIT_DUALS and m.end() - start == len(word):
            out.append((start, m.end(), _UNIT_DUALS[word]))
    return out
