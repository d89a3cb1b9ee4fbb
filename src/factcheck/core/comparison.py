"""One comparison of two figures, as ``core.consistency`` makes it, and how it is said: the outcome
of a pair (the worst of its comparisons), one evidence line per comparison, the "numbers:" line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from factcheck.core.currency import parse_as_of
from factcheck.core.models import Figure
from factcheck.core.quarters import FIRST_BASE, QUARTER_BASE, RANGE_BASE, SPANS, months_of

OUTCOMES = ("consistent", "differs-slightly", "conflict", "not-compared")
RANK = {o: n for n, o in enumerate(("not-compared", "consistent", "differs-slightly", "conflict"))}


@dataclass(frozen=True, slots=True)
class Comparison:
    kind: str  # money | percent | number | year
    a: str  # what side a says, readable ("20 M USD", "Rp322 miliar", "25 %")
    b: str
    difference: float  # relative: |a - b| / max(|a|, |b|)
    tolerance: float  # the most a consistent pair may differ
    note: str = ""  # the conversion, date or approximation that set the tolerance
    outcome: str = "consistent"  # one of OUTCOMES
    reason: str = ""  # for not-compared: why

    @property
    def consistent(self) -> bool:
        return self.outcome in ("consistent", "differs-slightly")


def relative_difference(x: float, y: float) -> float:
    top = max(abs(x), abs(y))
    return 0.0 if top == 0 else abs(x - y) / top


def human_amount(value: float, unit: str | None) -> str:
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            number = f"{value / size:.3g}"
            break
    else:
        number, word = f"{value:.3g}", ""
    amount = f"{number} {word}".strip()
    if unit == "%":
        return f"{amount} %"
    return f"{amount} {unit}".strip() if unit else amount


def short_day(date: str | None) -> str:
    d = parse_as_of(date)
    if d is None:
        return "undated"
    return f"{d.day} {d:%b}" if date and len(date) >= 10 else (f"{d:%b %Y}" if date and len(date) >= 7 else str(d.year))


def month_name(number: int) -> str:
    """A month's short name, as ``short_day`` writes it, a quarter's ("Q3"), the year so far's ("9M",
    ``core.quarters``) or another run of months' ("Jan-Oct")."""
    if number in SPANS:
        return SPANS[number]
    if number > RANGE_BASE:
        return "-".join(month_name(m) for m in months_of(number))
    if number > FIRST_BASE:
        return f"{number - FIRST_BASE}M"  # the first eight months: "8M"
    return f"Q{number - QUARTER_BASE}" if number > QUARTER_BASE else f"{dt.date(2000, number, 1):%b}"


def not_compared(f: Figure, g: Figure, reason: str) -> Comparison:
    return Comparison(f.kind, f.text, g.text, 0.0, 0.0, "", "not-compared", reason)


def noted(c: Comparison, note: str) -> Comparison:
    """``c`` with ``note`` said after its own."""
    return replace(c, note="; ".join(filter(None, [c.note, note])))


def verdict(comparisons: list[Comparison]) -> str | None:
    """The pair's outcome: the worst compared figure's; 'not-compared' when figures were there but
    none lined up; None when there was nothing to compare."""
    if not comparisons:
        return None
    compared = [c.outcome for c in comparisons if c.outcome != "not-compared"]
    if not compared:
        return "not-compared"
    return max(compared, key=lambda o: RANK[o])


def describe(c: Comparison) -> str:
    """One evidence line: "money ≈ 19.8 M USD both (Rp322 miliar at the 2024-08-01 ECB rate)",
    "money: 20 M USD vs 200 M USD (10× apart; tolerance 10%)", "not compared: ..."."""
    note = f" ({c.note})" if c.note else ""
    if c.outcome == "not-compared":
        return f"{c.kind} not compared: {c.a} / {c.b}: {c.reason}"
    if c.kind in _WHEN:
        what = f" ({c.note})" if c.note else ""
        return f"{c.kind} {c.a} both{what}" if c.outcome == "consistent" else f"{c.kind}s: {c.a} vs {c.b}{what}"
    if c.outcome == "consistent":
        return f"{c.kind} {c.a} ≈ {c.b}{note}"
    label = "differs slightly" if c.outcome == "differs-slightly" else "conflict"
    return f"{c.kind} {label}: {c.a} vs {c.b} ({_size(c.difference)}; tolerance {c.tolerance:.1%}){note}"


def _size(difference: float) -> str:
    """How far apart two figures are: "differs by 13.8%", "10× apart", "1,000× apart"."""
    smaller = 1.0 - difference
    if difference == 0:
        return "the same number"  # in two units: percent and percentage points
    if smaller <= 0:
        return "none against some"
    if smaller > 0.5:
        return f"differs by {difference:.1%}"
    ratio = 1 / smaller
    return f"{ratio:.3g}× apart" if ratio < 999.5 else f"{ratio:,.0f}× apart"


def summary(comparisons: list[Comparison]) -> str:
    """The "numbers:" line: "numbers: consistent", "numbers: differs slightly (money 0.6% apart)",
    "numbers: conflict (...)", or "numbers: not compared (reason)"."""
    state = verdict(comparisons)
    if state is None:
        return "numbers: not comparable"
    if state == "not-compared":
        return "numbers: not compared (" + "; ".join(dict.fromkeys(c.reason for c in comparisons)) + ")"
    if state == "consistent":
        when = {c.kind for c in comparisons if c.outcome == "consistent"}
        if when <= _WHEN:
            return f"numbers: consistent (the same {'date' if 'date' in when else 'year'})"
        widest = max((c for c in comparisons if c.outcome == "consistent"), key=lambda c: c.tolerance)
        approx = [c.note.split("approximate: ", 1)[1] for c in comparisons if "approximate: " in c.note]
        within = f"within {widest.tolerance:.0%}" if widest.tolerance >= 0.01 else f"within {widest.tolerance:.1%}"
        return f"numbers: consistent ({'; '.join([within] + sorted(set(approx)))})"
    bad = [c for c in comparisons if c.outcome == state]
    label = "differs slightly" if state == "differs-slightly" else "conflict"
    return f"numbers: {label} (" + "; ".join(_apart(c) for c in bad) + ")"


def _apart(c: Comparison) -> str:
    """"money 20 vs 200, 90.0% apart"; two years or dates are only named ("year 2016 vs 2013"), and one
    number in two units is said so ("number 2,3 млн тонн vs 2,3 Millionen Kubikmeter, the same number")."""
    if c.kind in _WHEN:
        return f"{c.kind} {c.a} vs {c.b}"
    return f"{c.kind} {c.a} vs {c.b}, " + ("the same number" if c.difference == 0 else f"{c.difference:.1%} apart")


_WHEN = frozenset({"year", "date"})  # comparisons of when, not of how much
