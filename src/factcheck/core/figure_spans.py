"""The span of time a figure is a total of, where its clause says: "€2.4bn over four years" (four
years), "TAP cancela 1.420 voos entre quinta-feira e domingo" (four days), "in the first 48 hours"
(two days), and a share said per period ("6,5 % par an": a year).

A rate is a total over its period ("€600m a year" is €600m in one year). So the same number over one
span and over another at least twice as long is one outlet's slip ("2,4 miliarde de euro pe an"
/ "€2.4bn over four years", "1.420 vuelos al día" / "1.420 voos entre quinta-feira e domingo"), as
the same number for two periods is (``figure_slips.period_slip``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from factcheck.core.ages import AGE
from factcheck.core.dates import weekdays_in
from factcheck.core.models import Figure
from factcheck.core.periods import MONTH_DAYS, PERIOD_RE, period_days, period_of
from factcheck.core.scripts import LANGUAGES
from factcheck.core.units import own_and_english_words

# a unit of time in days, and its name, longest first: the spans' symbols (``units.UNITS``) and a year,
# which no unit reads
UNITS_OF_TIME = {"yr": (365.25, "year"), "mo": (MONTH_DAYS, "month"), "wk": (7.0, "week"), "d": (1.0, "day"),
                 "h": (1 / 24, "hour"), "min": (1 / 1440, "minute")}
_CLDR_UNITS = {"duration-year": "yr", "duration-month": "mo", "duration-week": "wk", "duration-day": "d",
               "duration-hour": "h"}
_REACH = 8  # words between a figure and the span of its clause
_OPENING = 3  # words before a span that opens its sentence: "Samo u protekloj sedmici", "In the last two years"
# what adds up over time: sums, shares, counts, tonnes and litres, not a length or a temperature
_ADDING_UP = frozenset({None, "mass", "volume", "energy"})
_CLAUSE_END = re.compile(r"[;:]|\s[–—]\s")
_COMMA = re.compile("[,，、]")  # and Chinese's and Japanese's ("年增4.2%，日均22.96萬人次": the day is the next one's)
_WORD = re.compile(r"\S+")
_UNIT_WORD = re.compile(r" ([^\W\d_]+\.?)")
_PERCENT_RATE_REACH = 2  # words between a share and its period: "6,5 procent loonsverhoging per jaar"
# periods in a row are a count of them, not a span a total adds up over ("27カ月連続で前年を上回った",
# "27개월 연속", "连续27个月")
_IN_A_ROW_AFTER = re.compile(r"\s*(?:連続|連續|연속)")
_IN_A_ROW_BEFORE = ("连续", "連續", "連続")


@lru_cache(maxsize=LANGUAGES)
def _time_words(lang: str) -> dict[str, str]:
    """``lang``'s words for a number of years, months, weeks, days and hours (CLDR's, and
    English's), lower-cased, each to its unit; not the one- and two-letter abbreviations ("J", "g.")."""
    words: dict[str, str] = {}
    for unit_id, symbol in _CLDR_UNITS.items():
        for word in own_and_english_words(lang, unit_id, ("long", "short")):
            if len(word.rstrip(".")) >= 3:
                words.setdefault(word.lower(), symbol)
    return words


def _spans(text: str, lang: str, figures: Sequence[Figure]) -> list[tuple[int, int, float]]:
    """(start, end, days) of each span of time ``text`` names: a number of a unit of time, read as a
    span ("48 orët") or a count before such a word ("four years", "Desmit gadu"), and a range of
    weekdays ("entre vendredi et dimanche": three days)."""
    words = _time_words(lang)
    out = []
    for f in figures:
        if f.measure == AGE or f.kind != "number" or f.value <= 0:
            continue
        if f.dimension == "span" and f.unit in UNITS_OF_TIME:
            if not (_IN_A_ROW_AFTER.match(text, f.end) or text[:f.start].rstrip().endswith(_IN_A_ROW_BEFORE)):
                out.append((f.start, f.end, f.value * UNITS_OF_TIME[f.unit][0]))
        elif f.unit is None and (m := _UNIT_WORD.match(text, f.end)) \
                and (unit := words.get(m.group(1).lower()) or words.get(m.group(1).lower().rstrip("."))):
            out.append((f.start, m.end(), f.value * UNITS_OF_TIME[unit][0]))
    named = weekdays_in(text, lang)
    for (start, _, first), (_, end, last) in zip(named, named[1:]):
        between = text[start:end]
        if not any(ch.isdigit() for ch in between) and len(_WORD.findall(between)) <= 5 and first != last:
            out.append((start, end, float((last - first) % 7 + 1)))
    return out


def _words_between(text: str, lo: int, hi: int) -> int | None:
    """How many words stand between ``lo`` and ``hi`` in one clause, or None across a clause's end."""
    if lo > hi:
        lo, hi = hi, lo
    return None if _CLAUSE_END.search(text, lo, hi) else len(_WORD.findall(text, lo, hi))


def _percent_rate(text: str, f: Figure) -> float | None:
    """The days of the period written right after a share ("6,5 % par an", "2,4 odstotka na leto")."""
    m = PERIOD_RE.search(text, f.end)
    if m is None or _COMMA.search(text, f.end, m.start()) or (n := _words_between(text, f.end, m.start())) is None \
            or n > _PERCENT_RATE_REACH:
        return None
    return period_days(period_of(m.group()))


def span_words(days: float) -> str:
    """A span of ``days`` in its largest whole unit, down to the hour: "4 years", "a week", "3 days",
    "48 hours"."""
    for length, unit in UNITS_OF_TIME.values():
        n = days / length
        if length >= 1 / 24 and n >= 1 and abs(n - round(n)) < 0.05:
            return f"a {unit}" if round(n) == 1 else f"{round(n)} {unit}s"
    return f"{days:g} days"


def with_spans(text: str, lang: str, figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """``figures`` (of the sentence ``text``), each amount said with no period given the span of
    its clause (``Figure.over``): the nearest after it within a few words with no other figure
    between, or one that opens the sentence, which is every figure's of its clause ("Desmit gadu
    laikā ... par 65 376 jeb 2,4 %"); mid-sentence, a span before a figure is more often another
    thing's (a loan's term). Not a span itself, a year, an age, a measurement that adds up over no
    time (a length, a temperature), nor an amount of a month or quarter (``Figure.month``)."""
    spans = _spans(text, lang, figures)
    if not spans and not any(f.kind == "percent" for f in figures):
        return tuple(figures)
    others = [f.start for f in figures if not any(s <= f.start < e for s, e, _ in spans)]
    out = []
    for f in figures:
        over = None
        if not (f.period or f.month or f.kind == "year" or f.measure == AGE or f.dimension not in _ADDING_UP):
            if f.kind == "percent":
                over = _percent_rate(text, f)
            if over is None:
                near = [(n, d) for start, end, d in spans
                        if (n := _gap(text, f, start, end, others)) is not None and n <= _REACH]
                over = min(near)[1] if near else None
        out.append(replace(f, over=over) if over is not None else f)
    return tuple(out)


def _gap(text: str, f: Figure, start: int, end: int, others: list[int]) -> int | None:
    """The words between ``f`` and the span at ``text[start:end]`` where the span may be its, else None."""
    lo, hi = (f.end, start) if start >= f.end else (end, f.start)
    opening = hi == f.start and len(_WORD.findall(text, 0, start)) <= _OPENING
    if lo > hi or hi == f.start and not opening:
        return None  # "un crédit de 400 000 zlotys sur 25 ans, la mensualité baisse d'environ 125 zlotys"
    if not opening and any(lo <= x < hi for x in others):
        return None
    return _words_between(text, lo, hi)
