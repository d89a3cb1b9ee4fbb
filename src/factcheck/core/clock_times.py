"""Times of day, which are no figures: "um 14.30 Uhr", "klokken 23.40", "um 20 Uhr", "klo 21", "at 8 p.m.",
"a las 21 horas", "в 22 часа", "午後9時", "dalle 23 alle 6". A draw "um 20 Uhr deutscher Zeit" and one "klo 21
Suomen aikaa" are one time in two zones, no count that differs by one."""

from __future__ import annotations

import re

from factcheck.core.models import Figure

# Words that set the hour of a clock and nothing else ("klo 21", "kl. 20", "pukul 20.00", "a las 21")
_CLOCK_WORDS = r"a las|às|kl\.?|klokken|kello|klo|pukul|jam|saat"
# and the parts of a day Chinese says before its hours ("凌晨4点", "晚上9点")
_ZH_DAY_PARTS = "凌晨|上午|下午|晚上|早上|中午|傍晚"

# A time of day written with a dot or a colon ("u 4.30 sati", "um 14.30 Uhr", "klokken 23.40"): an hour
# word before it or after it
_HOUR_BEFORE = re.compile(rf"(?<![^\W\d_])(?:at|um|à|alle|o|u|w|v|om|la ora|στις|{_CLOCK_WORDS})\s+$", re.IGNORECASE)
_HOUR_AFTER = re.compile(r"\s*(?:uhr|h|hod\w*|sati|órakor|ώρα|uur|timer|horas|heures|ore|wib|wita|wit)(?![^\W\d_])",
                         re.IGNORECASE)
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")

# A whole hour: a word after it that only a clock uses, a word before it that only a clock uses, or a pair
# of the two where each alone may be a span's ("om 20 uur", "à 20 h", "в 22 часа"; "20 uur" and "22 часа"
# alone may last that long)
_WHOLE_HOUR = re.compile(r"(?:2[0-4]|[01]?\d)(?!\d|[.,:]\d)")
_ONLY_A_CLOCK_AFTER = re.compile(r"\s*(?:uhr|o['’]clock|[ap]\.\s?m\.|órakor)(?![^\W\d_])"
                                 r"|(?:時|时)(?![間间长])|시(?!간)", re.IGNORECASE)
_ENGLISH_AFTER = re.compile(r"\s*[ap]m(?![^\W\d_])", re.IGNORECASE)
_ONLY_A_CLOCK_BEFORE = re.compile(rf"(?<![^\W\d_])(?:klockan|godz\.?|alle ore|{_CLOCK_WORDS})\s+$"
                                  rf"|(?:午前|午後|오전|오후|{_ZH_DAY_PARTS})\s*$", re.IGNORECASE)
_PAIRS = (
    (re.compile(r"(?<![^\W\d_])(?:à|a)\s+$", re.IGNORECASE), re.compile(r"\s*(?:h|heures)(?![^\W\d_])", re.IGNORECASE)),
    (re.compile(r"(?<![^\W\d_])om\s+$", re.IGNORECASE), re.compile(r"\s*uur(?![^\W\d_])", re.IGNORECASE)),
    (re.compile(r"(?<![^\W\d_])[вк]\s+$", re.IGNORECASE), re.compile(r"\s*час(?:а|ов)?(?![^\W\d_])", re.IGNORECASE)),
    (re.compile(rf"(?:{_ZH_DAY_PARTS})\s*$"), re.compile(r"点")),
)


def time_of_day(text: str, f: Figure, language: str = "") -> bool:
    """Whether ``f`` is a time of day: written with a dot or a colon ("u 4.30 sati", read as hours with
    an hour word before it only: "in 2.30 hours" is a span), or a whole hour ("um 20 Uhr", "klo 21")."""
    if f.kind == "number" and (clock := _CLOCK.match(text, f.start, f.end)) is not None:
        before = _HOUR_BEFORE.search(text, max(0, f.start - 12), f.start) is not None
        if f.unit is None:
            return clock.end() == f.end and (before or _HOUR_AFTER.match(text, f.end) is not None)
        return f.unit == "h" and before
    return _whole_hour(text, f, language)


def _whole_hour(text: str, f: Figure, language: str) -> bool:
    hour = _WHOLE_HOUR.match(text, f.start, f.end)
    # read bare, or in hours ("a las 21 horas", "в 22 часа"), or as pence ("at 8 p.m.")
    if hour is None or f.kind not in ("number", "money") or f.unit not in (None, "h", "GBP"):
        return False
    end, before = hour.end(), max(0, f.start - 12)
    if _ONLY_A_CLOCK_AFTER.match(text, end) or language == "en" and _ENGLISH_AFTER.match(text, end):
        return True
    return f.unit != "GBP" and (_ONLY_A_CLOCK_BEFORE.search(text, before, f.start) is not None
                                or any(b.search(text, before, f.start) and a.match(text, end) for b, a in _PAIRS))


# Two whole hours of the clock as the span between them ("dalle 23 alle 6", "von 23 bis 6 Uhr", "entre 23h
# et 6h", "de las 23 a las 6", "das 23h às 6h", "van 23 tot 6 uur", "od 23 do 6 hodin"): the hours are
# times of day, no counts. Either a word that only sets a time of day stands before each, or an hour's
# word after the second.
_HOUR = r"(?:[01]?\d|2[0-4])(?:[.:]00)?"
_HOURS_BETWEEN = re.compile(
    rf"(?<![^\W\d_])(?:dalle\s+{_HOUR}\s+alle|de\s+las\s+{_HOUR}\s+a\s+las|entre\s+las\s+{_HOUR}\s+y\s+las|"
    rf"das\s+{_HOUR}\s?h?\s+às)\s+{_HOUR}(?!\d)"
    rf"|(?<![^\W\d_])(?:von|zwischen|de|entre|van|tussen|od|mezi|från|mellan|fra|mellem)\s+{_HOUR}\s?h?\s+"
    rf"(?:bis|und|à|et|a|y|tot|en|do|och|til|og)\s+{_HOUR}\s?(?:h|uhr|heures|horas|ore|uur|hodin|hod\.|godz\.|"
    rf"timmar|tiden)(?![^\W\d_])", re.IGNORECASE)


def hours_between(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in _HOURS_BETWEEN.finditer(text, lo, hi)]


# Hours and minutes as French, Portuguese, Spanish and Italian papers write them, "2 h 10", "5h30": a time
# of day after a word that sets a clock ("à 17 h 15", "às 18h40", "vers 3 h 40", "entre as 6h00"), else
# a span of time ("en 2 h 21", "un temps d'attente de 2 h 40", "tiveram 5h30"), in hours. Not a race's
# time, whose seconds follow ("2 h 04 min 30 s", "2h09'47\"")
_HOURS_MINUTES = re.compile(r"(?<![\w:.,])(\d{1,2}) ?h ?([0-5]\d)(?![\w:'’′\"]|[.,]\d| ?(?:min|m\b|'|’|′))")
_SETS_A_CLOCK = re.compile(r"(?<![^\W\d_])(?:à|a|às|as|aux|vers|dès|depuis|jusqu['’]à|qu['’]à|avant|après|até|"
                           r"entre|desde|hasta|alle|dalle|fino alle|las|les|le|la|verso le)\s+$", re.IGNORECASE)
# and in Japanese, Chinese and Korean, where the hour's word is a span's, never a clock's ("14時間32分",
# "14小时32分钟", "3시간 14분"; a race's time has its seconds after: "2時間4分21秒")
_CJK_HOURS_MINUTES = re.compile(r"(\d{1,3}) ?(?:時間|小时|小時|시간) ?([0-5]?\d) ?(?:分钟|分鐘|分間|分|분)(?! ?\d| ?(?:秒|초))")
# a change from one span to another: "passe de 2 h 10 à 1 h 30" (its "à" sets no clock)
_FROM_A_SPAN = re.compile(r"(?<![^\W\d_])(?:de|da|del)\s+\d{1,2} ?h ?[0-5]\d\s+(?:à|a|para)\s+$", re.IGNORECASE)


def hours_and_minutes(text: str, lo: int, hi: int) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The spans of ``text[lo:hi]`` written as hours and minutes (in any script), in hours (unit "h",
    dimension "span"), and where it writes times of day so (to be read as no figure)."""
    spans, clocks = [], []
    for m in _HOURS_MINUTES.finditer(text, lo, hi):
        before = max(lo, m.start() - 24)
        if _SETS_A_CLOCK.search(text, before, m.start()) and not _FROM_A_SPAN.search(text, before, m.start()):
            clocks.append(m.span())
        else:
            spans.append(_in_hours(m))
    return spans + [_in_hours(m) for m in _CJK_HOURS_MINUTES.finditer(text, lo, hi)], clocks


def _in_hours(m: re.Match[str]) -> Figure:
    hours = int(m.group(1)) + int(m.group(2)) / 60
    return Figure("number", m.start(), m.end(), round(hours, 4), "h", text=m.group(), dimension="span")
