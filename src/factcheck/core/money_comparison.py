"""Sums in money held against each other: in one currency as they are, in two at the ECB rate of the
statements' day (an undated page takes its counterpart's date or its story's, else every rate of the
last ``WINDOW_YEARS``), and the same number in two currencies, one outlet's slip (``currency_slip``).
A currency the ECB does not quote is worth what its outlet converts it at (``core.own_rates``), else
what the National Bank of Poland's tables say (``core.other_rates``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from factcheck.core import other_rates
from factcheck.core.comparison import RANK, Comparison, human_amount, not_compared, noted
from factcheck.core.currency import convert_to_usd, parse_as_of
from factcheck.core.figure_slips import same_sum
from factcheck.core.grading import grade
from factcheck.core.models import Figure
from factcheck.core.shared_currency_words import one_family
from factcheck.core.signature import Signature

WINDOW_YEARS = 3  # an undated article with no story date: rates of the last three years


def _rate_dates(sa: Signature, sb: Signature) -> tuple[str | None, str]:
    """The date to convert side a's money at, and why (empty when it is a's own date)."""
    if sa.date:
        return sa.date, ""
    if sb.date:
        return sb.date, f"undated; rate at the compared article's date {sb.date}"
    if sa.story_date:
        return sa.story_date, sa.story_reason
    return None, ""


def _window() -> list[str]:
    from factcheck.core.currency import usd_rate

    latest = parse_as_of(usd_rate("EUR", None)[1]) or dt.date.today()
    return [
        (latest - dt.timedelta(days=91 * k)).isoformat() for k in range(WINDOW_YEARS * 4 + 1)
    ]


def compare_money(f: Figure, g: Figure, sa: Signature, sb: Signature, certain: bool,
                  scale: tuple[float, float]) -> Comparison:
    """Two sums, ``scale`` putting each at one period: in one currency as written, in two at the rate of
    the statements' day (``_rate_dates``)."""
    if f.unit == g.unit:
        return grade(f, g, f.value * scale[0], g.value * scale[1], False, "", certain)
    date_a, why_a = _rate_dates(sa, sb)
    date_b, why_b = _rate_dates(sb, sa)
    if date_a is None and date_b is None:  # both undated, no story date: every rate of the window
        outcomes = []
        window = _window()
        for day in window:
            ua, ub = in_usd(f, day), in_usd(g, day)
            if ua is None or ub is None:
                return not_compared(f, g, f"no exchange rate for {f.unit if ua is None else g.unit}")
            outcomes.append(grade(f, g, ua[0] * scale[0], ub[0] * scale[1], True, "", certain))
        span = f"undated; ECB rates {window[-1]} to {window[0]}"
        states = {c.outcome for c in outcomes}
        worst = max(outcomes, key=lambda c: RANK[c.outcome])
        if states == {"conflict"} or len(states) == 1:
            return Comparison(f.kind, worst.a, worst.b, worst.difference, worst.tolerance,
                              "; ".join(filter(None, [span, worst.note])), worst.outcome, worst.reason)
        if "conflict" in states:
            return not_compared(f, g, f"{span}: agree at some rates, not at others")
        return Comparison(f.kind, worst.a, worst.b, worst.difference, worst.tolerance,
                          "; ".join(filter(None, [span, worst.note])), "differs-slightly")
    ua, ub = in_usd(f, date_a or date_b), in_usd(g, date_b or date_a)
    if ua is None or ub is None:
        return not_compared(f, g, f"no exchange rate for {f.unit if ua is None else g.unit}")
    notes = []
    for fig, (usd, day, source), why in ((f, ua, why_a), (g, ub, why_b)):
        if fig.unit != "USD":
            rate = f"the {day} {source} rate" if day else "its outlet's own rate"
            notes.append(f"{fig.text} ≈ {human_amount(usd, 'USD')} at {rate}" + (f" ({why})" if why and day else ""))
    c = grade(f, g, ua[0] * scale[0], ub[0] * scale[1], True, "; ".join(notes), certain)
    if c.outcome == "conflict" and c.difference < OTHER_RATES and not same_sum(f, g):
        # "€415 million ($481 million)" / "$483 million", "1,742 miliardi di euro" / "$2.02 billion": outlets
        # convert at their own day's rate and source, a few per cent from the ECB's of the story's day (the
        # same number in two currencies so near, the franc's and the euro's, is a slip: ``currency_slip``)
        return noted(replace(c, outcome="differs-slightly"), "perhaps at another day's or source's rate")
    return c


OTHER_RATES = 0.10  # how far two outlets' conversions of one sum may fall apart


def in_usd(f: Figure, day: str | None) -> tuple[float, str | None, str] | None:
    """(``f`` in US dollars, the date of the rate used, whose rate: "ECB") at ``day``; for a currency
    the ECB does not quote, at the rate its own article converts it at (``core.own_rates``), with no
    date, else at the National Bank of Poland's ("NBP"); None without any."""
    if (converted := convert_to_usd(f.value, f.unit, day)) is not None:
        return converted[0], converted[1], "ECB"
    if f.usd is not None:
        return f.usd, None, ""
    if f.unit is not None and (rate := other_rates.usd_rate(f.unit, parse_as_of(day))) is not None:
        return f.value * rate[0], rate[1], "NBP"
    return None


def currency_slip(f: Figure, g: Figure, sa: Signature, sb: Signature) -> Comparison | None:
    """The same sum in two currencies that are worth different amounts ("42.50 euros per share" /
    "42,50 kronor per aktie"): one outlet wrote the wrong currency, a conflict even where neither says
    what the sum is, or one side gives a period the other does not; "about" and "up to" explain no such
    sameness ("unos US$ 180 millones" / "180 millions d'euros", "bis zu 25 Millionen Euro" / "25 mln
    zł"). None when the figures are not so."""
    if f.kind != "money" or f.unit == g.unit or f.period and g.period and f.period != g.period or not same_sum(f, g):
        return None
    if one_family(f.unit, g.unit):
        # "दस लाख रुपये" in an Urdu page on India, read as Pakistan's: one word, whose country was guessed
        return not_compared(f, g, f"the same number in {f.unit} and {g.unit}, one word's currencies: "
                                  "perhaps one sum, its country read otherwise")
    f, g = (replace(x, approx=False, approx_word="", bound="") for x in (f, g))
    c = compare_money(f, g, sa, sb, True, (1.0, 1.0))
    if c.outcome == "not-compared" and c.reason.startswith("no exchange rate"):
        # no rate is needed to know that two currencies read are not at par ("1.350 millones de dólares"
        # / "1,35 milliard de dollars taïwanais")
        return Comparison(f.kind, f.text, g.text, 0.0, 0.0, f"the same number in another currency ({c.reason})",
                          "conflict")
    return noted(c, "the same number in another currency") if c.outcome == "conflict" else None
