"""Do two related statements agree on their numbers? Like with like, with a stated tolerance.

* money with money: in the written currency when both use the same one ("Rp322 miliar" against
  "Rp324 miliar": a real 0.6 % discrepancy), else in USD at each article's date (ECB rates);
* percentages with percentages; plain numbers with numbers of the same unit; years with years.

Tolerance: ``EXACT`` for figures written in the same unit, ``CONVERTED`` when a currency conversion
stands between them (rates and outlets' own rounding differ), ``APPROX`` when either side says
"nearly", "næsten", "hampir", "about", ... The result names what was compared and by how much it
differs, so the reviewer can judge.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.core.currency import convert_to_usd
from factcheck.core.signature import NQ, Signature

EXACT = 0.005
CONVERTED = 0.02
APPROX = 0.10


@dataclass(frozen=True, slots=True)
class Comparison:
    kind: str  # money | percent | number | year
    a: str  # what side a says, readable ("20 M USD", "Rp322 miliar", "25 %")
    b: str
    difference: float  # relative: |a - b| / max(|a|, |b|)
    tolerance: float
    note: str = ""  # the conversion or approximation that set the tolerance

    @property
    def consistent(self) -> bool:
        return self.difference <= self.tolerance + 1e-12


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


def _at_date(q: NQ, date: str | None) -> NQ:
    """Money of an undated article converted at the date of the article it is compared with
    (a report about the same event is taken as contemporary; the evidence says so)."""
    if q.kind != "money" or not q.unit or q.unit == "USD" or not date:
        return q
    converted = convert_to_usd(q.value, q.unit, date)
    if converted is None:
        return q
    return NQ(q.kind, q.value, q.unit, q.approx, q.text, converted[0], converted[1], True, q.approx_word)


def _pair(a: NQ, b: NQ, date_a: str | None = None, date_b: str | None = None) -> Comparison | None:
    """Compare two quantities of one kind, or None when they cannot be compared."""
    approx_words = [q.approx_word or q.text for q in (a, b) if q.approx]
    if a.kind == "money":
        if date_a is None and date_b is not None:
            a = _at_date(a, date_b)
        elif date_b is None and date_a is not None:
            b = _at_date(b, date_a)
        if a.unit and a.unit == b.unit:
            x, y, tol, note = a.value, b.value, EXACT, ""
            shown = (a.text, b.text)
        elif a.usd is not None and b.usd is not None:
            x, y, tol = a.usd, b.usd, CONVERTED
            converted = [q for q in (a, b) if q.unit != "USD"]
            note = "; ".join(
                f"{q.text} at {q.as_of or 'the latest'} ECB rate" + (", its article undated" if q.undated else "")
                for q in converted
            )
            shown = (human_amount(a.usd, "USD"), human_amount(b.usd, "USD"))
        else:
            return None
    else:
        if a.kind == "number" and a.unit != b.unit:
            return None
        x, y, tol, note = a.value, b.value, EXACT, ""
        shown = (human_amount(a.value, a.unit), human_amount(b.value, b.unit))
    if approx_words:
        tol = APPROX
        note = "; ".join(filter(None, [note, "approximate: " + ", ".join(f'"{w}"' for w in approx_words)]))
    return Comparison(a.kind, shown[0], shown[1], relative_difference(x, y), tol, note)


def compare_quantities(a: Signature, b: Signature) -> list[Comparison]:
    """For every kind both sides have, each quantity of the side with fewer paired with its closest
    counterpart on the other side. Plain numbers are compared only when each side has exactly one."""
    out: list[Comparison] = []
    for kind in ("money", "percent", "number"):
        qa = [q for q in a.quantities if q.kind == kind]
        qb = [q for q in b.quantities if q.kind == kind]
        if not qa or not qb or (kind == "number" and (len(qa) > 1 or len(qb) > 1)):
            continue
        flip = len(qa) > len(qb)
        few, many = (qb, qa) if flip else (qa, qb)
        for q in few:
            dates = (b.date, a.date) if flip else (a.date, b.date)
            options = [c for c in (_pair(q, m, *dates) for m in many) if c is not None]
            if options:
                best = min(options, key=lambda c: c.difference)
                if flip:
                    best = Comparison(best.kind, best.b, best.a, best.difference, best.tolerance, best.note)
                out.append(best)
    if a.years and b.years:
        shared = a.years & b.years
        if shared:
            out += [Comparison("year", str(y), str(y), 0.0, 0.0) for y in sorted(shared)]
        else:
            ya, yb = sorted(a.years), sorted(b.years)
            out.append(Comparison("year", "/".join(map(str, ya)), "/".join(map(str, yb)), 1.0, 0.0))
    return out


def verdict(comparisons: list[Comparison]) -> str | None:
    """'conflict' if any compared figure differs beyond its tolerance, 'consistent' if all agree,
    None when nothing was comparable."""
    if not comparisons:
        return None
    return "consistent" if all(c.consistent for c in comparisons) else "conflict"


def describe(c: Comparison) -> str:
    """One evidence line: "money ≈ 19.8 M USD both (Rp322 miliar at 2024-08-01 ECB rate)" or
    "money: 20 M USD vs 200 M USD (10× apart; tolerance 10%)"."""
    note = f" ({c.note})" if c.note else ""
    if c.kind == "year":
        return f"year {c.a} both" if c.consistent else f"years: {c.a} vs {c.b}"
    if c.consistent:
        if c.a == c.b:
            return f"{c.kind} {'≈ ' if c.difference else ''}{c.a} both{note}"
        return f"{c.kind} {c.a} ≈ {c.b}{note}"
    smaller = 1.0 - c.difference
    ratio = 1 / smaller if smaller > 0 else float("inf")
    size = f"differs by {c.difference:.1%}" if smaller > 0.5 else (
        f"{ratio:.3g}× apart" if ratio < 1000 else f"{ratio:,.0f}× apart"
    )
    return f"{c.kind}: {c.a} vs {c.b} ({size}; tolerance {c.tolerance:.1%}){note}"


def summary(comparisons: list[Comparison]) -> str:
    """The "numbers:" line: "consistent (within 2%; "næsten")" or "conflict (money differs by 0.6%)"."""
    state = verdict(comparisons)
    if state is None:
        return "numbers: not comparable"
    if state == "consistent":
        widest = max(comparisons, key=lambda c: c.tolerance)
        approx = [c.note.split("approximate: ", 1)[1] for c in comparisons if "approximate: " in c.note]
        if widest.tolerance >= 0.01:
            within = f"within {widest.tolerance:.0%}"
        elif widest.tolerance > 0:
            within = f"within {widest.tolerance:.1%}"
        else:
            within = "the same"
        return f"numbers: consistent ({'; '.join([within] + sorted(set(approx)))})"
    bad = [c for c in comparisons if not c.consistent]
    return "numbers: conflict (" + "; ".join(
        f"{c.kind} {c.a} vs {c.b}, {c.difference:.1%} apart" for c in bad
    ) + ")"
