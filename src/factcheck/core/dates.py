"""Dates mentioned in article text: ISO dates, month names from the CLDR, quarters and bare years.

``find_dates(text, lang, start, end)`` returns :class:`DateMention` objects with absolute offsets into
``text`` and a normalised ISO ``value`` as precise as the text is (DESIGN.md: "store the precision";
we never invent a missing day or month):

    "1. august 2024"   (da) -> value "2024-08-01", precision "day"
    "August 2024"      (en) -> value "2024-08",    precision "month"
    "3 de mayo"        (es) -> value "--05-03",    precision "day"   (ISO 8601 form without a year)
    "Q4 2024"               -> value "2024-Q4",    precision "quarter"
    "akhir 2023"       (id) -> value "2023",       precision "year"  (only the year is tagged)
    "2024-08-01"            -> value "2024-08-01", precision "day"

Month names (wide and abbreviated, "format" and "stand-alone" contexts) come from Babel's CLDR data
via ``Locale.parse(lang).months``, matched case-insensitively. Babel is consulted once per language
(``functools.lru_cache``); the hot path is one compiled regex per language. An unknown language
("und", or one Babel does not know) uses the month names of every language in ``FALLBACK_LANGS``.

Bare years are 1800-2100 standing alone: not part of a longer number, not glued to letters or to a
currency sign ("Rp2000", "$2024"), not followed by "%". Relative words ("yesterday", "i går") are not
resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError

FALLBACK_LANGS = ("en", "da", "id", "de", "es", "fr", "nl", "sv", "nb", "it", "pt")

_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
# A year standing alone: no digit, letter, currency sign or decimal point glued to either side.
_YEAR_ALONE = rf"(?<![\w$£€¥₹.,/]){_YEAR}(?![\w%]|[.,/]\d|\s?%)"
_DAY_SUFFIX = r"(?:\.|st|nd|rd|th|er|e|º)?"


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO 8601 as precise as the text: "2024", "2024-08", "2024-08-01", "2024-Q4", "--05-03"
    precision: str  # "year", "quarter", "month" or "day"


@lru_cache(maxsize=64)
def month_names(lang: str) -> dict[str, int]:
    """Lower-cased month names (wide and abbreviated, trailing '.' removed) -> month number 1-12."""
    langs = (lang,)
    try:
        Locale.parse(lang)  # Babel maps "und" to English, hence the explicit check below
    except (UnknownLocaleError, ValueError, TypeError):
        langs = FALLBACK_LANGS
    if lang.lower() in ("", "und", "mul", "zxx", "root"):
        langs = FALLBACK_LANGS
    names: dict[str, int] = {}
    for code in langs:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months.get(context, {}).get(width, {}).items():
                    name = name.lower().rstrip(".")
                    if len(name) >= 3:  # skip one/two-letter forms some locales use
                        names.setdefault(name, number)
    return names


@lru_cache(maxsize=64)
def _pattern(lang: str) -> re.Pattern[str]:
    names = sorted(month_names(lang), key=len, reverse=True)
    month = r"(?:%s)\.?" % "|".join(re.escape(n) for n in names)
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    de = r"(?:de[l]?\s+)?"  # Spanish/Portuguese "3 de mayo de 2024"
    alternatives = [
        # 2024-08-01, 2024-08
        rf"(?P<iso>(?<![\w.]){_YEAR}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)(?![\w-])",
        # 1.8.2024, 01/08/2024 (day first, except in English where the month comes first)
        rf"(?P<num>(?<![\w.,/])\d\d?[./]\d\d?[./]{_YEAR})(?![\w]|[.,/]\d)",
        # 1. august 2024, 3 de mayo de 2024, 1er août, 1 Agustus 2024
        rf"(?P<dmy>(?<![\w.,]){day}{_DAY_SUFFIX}\s*{de}(?P<m1>{month})(?:,?\s+{de}{_YEAR_ALONE})?)(?!\w)",
        # August 1, 2024 / August 1st
        rf"(?P<mdy>(?<!\w)(?P<m2>{month})\s+{day}(?:st|nd|rd|th)?(?:,?\s+{_YEAR_ALONE})?)(?![\w%]|[.,]\d)",
        # August 2024, agosto de 2024
        rf"(?P<my>(?<!\w)(?P<m3>{month}),?\s+{de}{_YEAR_ALONE})",
        # Q4 2024, Q4 FY2024
        rf"(?P<q>(?<!\w)Q[1-4]\s*(?:FY\s*)?{_YEAR}(?!\w))",
        rf"(?P<y>{_YEAR_ALONE})",
    ]
    return re.compile("|".join(alternatives), re.IGNORECASE)


_INT = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")


def _month_number(token: str, names: dict[str, int]) -> int:
    return names.get(token.lower().rstrip("."), 0)


def _mention(m: re.Match[str], lang: str) -> DateMention | None:
    s, e = m.start(), m.end()
    if m.group("iso") is not None:
        return DateMention(s, e, m.group("iso"), "day" if len(m.group("iso")) == 10 else "month")
    if m.group("y") is not None:
        return DateMention(s, e, m.group("y"), "year")
    if m.group("q") is not None:
        digits = _INT.findall(m.group("q"))
        return DateMention(s, e, f"{digits[1]}-Q{digits[0]}", "quarter")
    names = month_names(lang)
    if m.group("num") is not None:
        a, b, year = (int(x) for x in _INT.findall(m.group("num")))
        day, month = (b, a) if lang == "en" else (a, b)
        if month > 12:  # the other order is the only valid one: 31/12/2023 in English, 12/31/2023 elsewhere
            day, month = month, day
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        return DateMention(s, e, f"{year:04d}-{month:02d}-{day:02d}", "day")
    month_token = m.group("m1") or m.group("m2") or m.group("m3")
    month = _month_number(month_token, names)
    numbers = [int(x) for x in _INT.findall(m.group(0))]
    if m.group("my") is not None:
        return DateMention(s, e, f"{numbers[0]:04d}-{month:02d}", "month")
    day, year = numbers[0], (numbers[1] if len(numbers) > 1 else None)
    if m.group("mdy") is not None and year is None and month_token[0].islower():
        return None  # "may 5 people": a lower-case month before a bare number is rarely a date
    if year is None:
        return DateMention(s, e, f"--{month:02d}-{day:02d}", "day")
    return DateMention(s, e, f"{year:04d}-{month:02d}-{day:02d}", "day")


def find_dates(text: str, lang: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Dates in ``text[start:end]``, in order, with absolute offsets into ``text``."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if not _DIGIT.search(text, start, end):  # every form we recognise has a digit: skip the big regex
        return []
    found = []
    for m in _pattern(lang).finditer(text, start, end):
        mention = _mention(m, lang)
        if mention is not None:
            found.append(mention)
    return found
