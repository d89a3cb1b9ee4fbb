"""Dates to the day that two related statements give: "erst am Samstag, 28. November" / "w sobotę 28
listopada" agree; "uiterlijk 18 december 2027" / "frist til den 18. december" in an article of November
2026 do not.

A date written without its year ("until December 18") is the nearest such day to its article's date
(or its story's, for an undated page): outlets leave the year out when it is the coming one.
"""

from __future__ import annotations

import datetime as dt

from typing import TYPE_CHECKING

from factcheck.core.comparison import Comparison

if TYPE_CHECKING:  # the signature holds what ``days_named`` gives: no import at run time
    from factcheck.core.signature import Signature


def days_named(dates) -> frozenset[str]:
    """The dates to the day among ``dates`` (``dates.find_dates``): "2027-12-18", or "--12-18"
    where the year is not written."""
    return frozenset(d.value for d in dates if d.precision == "day")


def on_a_day(day: str, reference: str | None) -> dt.date | None:
    """The date ``day`` ("2027-12-18", "--12-18") is: a date without its year the nearest such day to
    ``reference`` (an ISO date); None where that is unknown or no such day is."""
    if day[:1].isdigit():
        return _date(day)
    if not reference or not reference[:4].isdigit():
        return None
    around = _date(reference[:10]) or _date(reference[:7] + "-15")
    if around is None:
        return None
    candidates = [d for year in (around.year - 1, around.year, around.year + 1) if (d := _date(f"{year}{day[1:]}"))]
    return min(candidates, key=lambda d: abs((d - around).days), default=None)


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def one_day_each(a: Signature, b: Signature, compared: list[Comparison]) -> list[Comparison]:
    """Two related statements that name dates to the day: where their figures decided nothing
    (``compared``), the same date agrees, and so does a date both give among others; of one date each,
    the same day a year apart, or a day with its tens slipped in the same month ("23" / "13 ноября"), is
    one outlet's slip, whatever the figures say ("fattades den 17 november 2025" / "lapkričio 17 d." in
    November 2026, with the same 23 houses). Other dates may be two events' or two days'."""
    if not a.days or not b.days:
        return []
    decided = any(c.outcome != "not-compared" for c in compared)
    here, there = a.date or a.story_date, b.date or b.story_date
    if len(a.days) != 1 or len(b.days) != 1:  # a date both give agrees ("le lundi 16 novembre ... au 1er janvier")
        if decided:
            return []
        shared = {on_a_day(x, here or there) for x in a.days} & {on_a_day(y, there or here) for y in b.days} - {None}
        return [Comparison("date", d.isoformat(), d.isoformat(), 0.0, 0.0, "the same date", "consistent")
                for d in sorted(shared)[:1]]
    (x,), (y,) = a.days, b.days
    dx, dy = on_a_day(x, here or there), on_a_day(y, there or here)
    if dx is None or dy is None:  # no year known: the day and month
        return [Comparison("date", x[-5:], y[-5:], 0.0, 0.0, "the same day", "consistent")] \
            if x[-5:] == y[-5:] and not decided else []
    if dx == dy:
        return [] if decided else [Comparison("date", dx.isoformat(), dy.isoformat(), 0.0, 0.0, "the same date",
                                              "consistent")]
    if (dx.month, dx.day) == (dy.month, dy.day) and abs(dx.year - dy.year) == 1:
        how = "the same day a year apart"
    elif (dx.year, dx.month) == (dy.year, dy.month) and _tens_slipped(dx.day, dy.day):
        how = "a day's digits slipped"
    else:
        return []
    return [Comparison("date", dx.isoformat(), dy.isoformat(), 1.0, 0.0, f"one date mistyped: {how}", "conflict")]


def _tens_slipped(x: int, y: int) -> bool:
    """Whether two days of a month are written with the tens changed or the digits swapped (13 / 23, 12 /
    21): a slip. Days a few apart (15 / 19) are more often two days of a story than a slip of the pen."""
    a, b = f"{x:02d}", f"{y:02d}"
    return a[1] == b[1] and a[0] != b[0] or a == b[::-1]
