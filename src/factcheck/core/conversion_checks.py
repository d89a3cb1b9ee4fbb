"""Outlets' own conversions, checked: the amount in brackets beside a figure ("€1.8 billion ($1.9
billion)") is the outlet's courtesy, compared with nothing by itself, but it may carry a slip. One far
from its own amount (``slipped_conversions``), one amount two outlets agree on converted to the same
number in two currencies (``conversions_of_one_amount``), the other outlet's converted number written in
the first unit (``in_anothers_conversion``), one number in two units of two dimensions
(``in_another_dimension``); and where nothing else met, a conversion that agrees with the other statement's
sum in that currency (``through_a_conversion``).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from factcheck.core import unit_prices
from factcheck.core.comparison import Comparison, noted, relative_difference
from factcheck.core.exchange_rates import is_rate
from factcheck.core.figure_slips import same_written_number, significant
from factcheck.core.grading import grade
from factcheck.core.models import Figure
from factcheck.core.money_comparison import currency_slip
from factcheck.core.signature import Signature


CONVERSION_SLIP = 3.0  # a conversion in brackets this far from its amount is a slip, not another rate
# Two conversions of one amount further apart than a month's move of a currency the press converts: one
# outlet's wrong rate ("约合197万欧元" / "zo'n 1,7 miljoen euro"), no other day's
RATES_APART = 0.06
_RANGE_GAP = 6  # characters between a range's two ends at most: " to ", " bis ", " auf ", "–"


def conversions(f: Figure, s: Signature) -> list[Figure]:
    """The outlet's own conversions of ``f``: the courtesy figures right after it in ``s``."""
    after = _after(f, s)
    out = []
    for c, then in zip(after, [*after[1:], None]):
        if not c.courtesy:
            break
        if then is not None and then.unit == c.unit and then.start - c.end <= _RANGE_GAP:
            break  # a range's or a change's conversions: "€500 to €1,000 ($580 to $1,160)"; whose is which, a guess
        if not is_rate(c):  # "(umgerechnet 78,3 Millionen Euro; Kurs: 1,62 Dollar je Euro)": the rate, no sum
            out.append(c)
    return out


def through_a_conversion(a: Signature, b: Signature, compared: list[Comparison]) -> list[Comparison]:
    """Where nothing else was compared, an outlet's own conversion against the same sum the other
    statement gives in that currency ("2,9 milliards de cedis, soit environ 244 millions de dollars" /
    "that is about $244 million"): an agreement, never a conflict (the conversion is its outlet's)."""
    if any(c.outcome != "not-compared" for c in compared):
        return []
    for x, y, flip in ((a, b, False), (b, a, True)):
        for c in (c for c in x.quantities if c.courtesy):
            for g in (g for g in y.quantities if not g.courtesy and g.kind == c.kind and g.unit == c.unit):
                agreed = grade(c, g, c.value, g.value, False, "", False)
                if agreed.outcome in ("consistent", "differs-slightly"):
                    agreed = noted(agreed, f"{c.text}: its outlet's own conversion")
                    return [replace(agreed, a=g.text, b=c.text) if flip else agreed]
    return []


# a millimetre of rain is a litre on each square metre ("412 milimetrů srážek" / "412 litara po četvornom
# metru"): one figure in two units of two dimensions; and a speed whose hour was not read ("ঘণ্টায় ১৫০
# কিলোমিটার", the hour before the number) is no slip of the unit
_ONE_MEASURE_TWO_WAYS = frozenset({frozenset({"mm", "l"}), frozenset({"km", "km/h"}), frozenset({"mi", "mph"})})


def _agreeing_texts(compared: list[Comparison]) -> set[str]:
    """The texts of the figures ``compared`` found to agree with another."""
    return {x for c in compared if c.consistent for x in (c.a, c.b)}


def in_another_dimension(fa: list[Figure], fb: list[Figure], compared: list[Comparison]) -> list[Comparison]:
    """One number of two or more significant digits in two related statements, in units of two
    dimensions ("2,3 млн тонн метана" / "rund 2,3 Millionen Kubikmeter", "1,8 km/h" / "1.8メートル"):
    one outlet wrote the wrong unit, a conflict. Not where either figure agrees with another already,
    nor spans of time (a day's count and its hours), nor rain in millimetres and litres."""
    agreed = _agreeing_texts(compared)
    out = []
    for f in fa:
        for g in fb:
            if f.kind == g.kind == "number" and f.dimension and g.dimension and f.dimension != g.dimension \
                    and not (f.per or g.per) \
                    and "span" not in (f.dimension, g.dimension) and same_written_number(f, g) \
                    and frozenset({f.unit, g.unit}) not in _ONE_MEASURE_TWO_WAYS \
                    and f.text not in agreed and g.text not in agreed:
                out.append(Comparison(f.kind, f.text, g.text, 0.0, 0.0,
                                      f"in units of two dimensions: {f.dimension} / {g.dimension}", "conflict"))
    return out


def in_anothers_conversion(fa: list[Figure], fb: list[Figure], a: Signature, b: Signature,
                            compared: list[Comparison]) -> list[Comparison]:
    """A figure that writes the number of the other outlet's own conversion in another unit or currency ("142
    millas" / "88 miles (142 km)", "cerca de R$ 1.137" / "980 euros ($1,137)"): the outlet took the converted number
    and kept the first unit, a conflict. Not where the figure agrees with another already, nor for a number of two
    digits, which a story's many figures and conversions share by chance as often ("1,4 milliarder kroner" three
    years ago / "około 1,4 mld zł" of another sum)."""
    agreed = _agreeing_texts(compared)
    out = []
    for mine, theirs, flip in ((fa, b, False), (fb, a, True)):
        for f in (f for f in mine if f.text not in agreed and len(significant(f.value)) >= 3):
            for c in theirs.quantities:
                if not c.courtesy or c.kind != f.kind or c.unit == f.unit or not same_written_number(f, c) \
                        or is_rate(c) or c.text in agreed or bool(c.per) != bool(f.per):
                    continue
                if f.kind == "money":
                    slip = currency_slip(f, c, a, b)
                    if slip is None or slip.outcome != "conflict":
                        continue
                elif f.kind == "number" and f.dimension and f.dimension == c.dimension:
                    slip = Comparison(f.kind, f.text, c.text, 0.0, 0.0, "the same number in another unit", "conflict")
                else:
                    continue
                slip = noted(slip, f"{c.text}: the other outlet's own conversion")
                out.append(replace(slip, a=slip.b, b=slip.a) if flip else slip)
    return out


def conversions_of_one_amount(side: tuple[Figure, Signature], other: tuple[Figure, Signature],
                               one_amount: bool = True, agreed: bool = False) -> list[Comparison]:
    """Two statements of one amount, where both give it in one currency, one or both as their own
    conversion: "SEK 310mn (€27mn)" / "310 millions de couronnes suédoises (environ 28 millions d'euros)", or
    "68.500 Kronen (rund 2.800 Euro)" / "circa 2.740 euro". Each outlet converts at its own rate and
    rounds its own way, so the two agree within the precision written and no further ("$166.1 billion" /
    "166.600 millones de dólares", two days' rates, differ slightly; a conversion of one digit, "2 mil
    milhões de dólares", is a rounding to that digit: 1.9 agrees) or differ slightly; where the
    amounts are ``one_amount`` (they agree), conversions ``CONVERSION_SLIP`` apart are one outlet's
    slip ("4,2 billones de nairas, unos 28.000 millones de dólares" / "₦4.2 trillion ($2.8 billion)"),
    and where they are not, two amounts' conversions, not compared. Where the amounts are ``agreed``
    (consistent), conversions ``RATES_APART`` apart are one outlet's wrong rate."""
    (f, s_f), (g, s_g) = side, other
    if f.kind != "money" or g.kind != "money":
        return []
    mine, theirs = conversions(f, s_f), conversions(g, s_g)
    pairs = [(c, g) for c in mine if c.unit == g.unit != f.unit]
    pairs += [(f, d) for d in theirs if d.unit == f.unit != g.unit]
    pairs += [(c, d) for c in mine for d in theirs if c.unit == d.unit]
    # against a conversion, the other's sum in its currency right after the amount, which may be one the
    # outlet did not mark ("412,6 milliards de rands pour 2027-2028, soit 20,5 milliards d'euros au cours
    # de jeudi"): compared, but never a slip
    loose = [(c, d) for c in mine for d in _next_sums(g, s_g) if c.unit == d.unit]
    loose += [(c, d) for d in theirs for c in _next_sums(f, s_f) if c.unit == d.unit]
    marked = {(id(x), id(y)) for x, y in pairs}
    out = []
    for x, y in _nearest_first(pairs + loose):
        difference = relative_difference(x.value, y.value)
        tolerance = max(_one_digit(x), _one_digit(y))
        sure = (id(x), id(y)) in marked  # both the outlets' own conversions, or one against the other's amount
        if max(x.value, y.value) >= CONVERSION_SLIP * min(x.value, y.value):
            if one_amount and sure:
                out.append(Comparison("money", x.text, y.text, difference, CONVERSION_SLIP - 1,
                                      "the outlets' own conversions of one amount", "conflict"))
            continue
        outcome = "consistent" if difference <= tolerance + 1e-12 else \
            "conflict" if difference > RATES_APART and agreed and sure else "differs-slightly"
        out.append(Comparison("money", x.text, y.text, difference, tolerance, "the outlets' own conversions", outcome))
    if one_amount:
        # "732 tỷ yên (khoảng 4,1 tỷ USD)" / "732 Milliarden Yen (rund 4,1 Milliarden Euro)": one amount's
        # conversions, one number in two currencies: one outlet wrote the wrong currency
        # ... or the sum right after the other's amount ("500 kwanzas (unos 0,53 euros)" / "500 kwanzas ...
        # coûte désormais environ 0,53 dollar")
        # (the sums after an amount begin with its courtesies: each figure once)
        ours = dict.fromkeys((f, *mine, *_next_sums(f, s_f)))
        others = dict.fromkeys((g, *theirs, *_next_sums(g, s_g)))
        across = [(c, d) for c in ours for d in others if (c, d) != (f, g) and c.unit != d.unit]
        for x, y in across:
            slip = currency_slip(x, y, s_f, s_g)
            if slip is not None and slip.outcome == "conflict":
                out.append(noted(slip, "the outlets' own conversions of one amount"))
    return out


def _nearest_first(pairs: list[tuple[Figure, Figure]]) -> list[tuple[Figure, Figure]]:
    """Each figure in one pair at most, the nearest first (a pair listed twice, once)."""
    taken: set[int] = set()
    out = []
    for x, y in sorted(pairs, key=lambda xy: relative_difference(xy[0].value, xy[1].value)):
        if id(x) not in taken and id(y) not in taken:
            taken |= {id(x), id(y)}
            out.append((x, y))
    return out


def _next_sums(f: Figure, s: Signature) -> list[Figure]:
    """The sums right after ``f`` in ``s``, each in another currency, courtesies or not ("4,2 mil milhões
    de kwanzas, cerca de 4,4 milhões de dólares ou 3,8 milhões de euros")."""
    out: list[Figure] = []
    for x in _after(f, s)[:2]:
        if x.kind != "money" or is_rate(x) or x.unit in {f.unit, *(y.unit for y in out)}:
            break
        out.append(x)
    return out


def _after(f: Figure, s: Signature) -> list[Figure]:
    """The figures of ``s`` after ``f``, in order."""
    figures = list(s.quantities)
    at = next((i for i, x in enumerate(figures) if x is f), len(figures))
    return figures[at + 1:]


def _one_digit(f: Figure) -> float:
    """``f``'s precision, but half its one digit when written with one ("5 milyon euro": 10 %)."""
    if f.value <= 0 or len(re.findall(r"\d", f.text)) != 1:
        return f.precision
    return 0.5 * 10 ** math.floor(math.log10(f.value)) / f.value


def slipped_conversions(f: Figure, s: Signature) -> list[Comparison]:
    """The outlet's own conversions of ``f`` in brackets that miss it by ``CONVERSION_SLIP`` or more
    ("25 Milliarden Rupiah (rund 1,5 Milliarden Dollar)": 1,000×), each as a conflict."""
    out = []
    for c in conversions(f, s):
        if f.kind == c.kind == "money":
            per_f = unit_prices.restated(c, f)  # per f's unit: "3,02 Dollar" a gallon, "rund 69 Cent pro Liter"
            x, y = f.usd, per_f.usd if per_f.per == f.per else None
        elif f.kind == c.kind and f.dimension and f.dimension == c.dimension:
            from factcheck.core.units import convert  # lazily, as consistency._pair does

            x, y = f.value, convert(c.value, c.unit, f.unit)
        else:
            continue
        if x and y and x > 0 and y > 0 and max(x, y) / min(x, y) >= CONVERSION_SLIP:
            out.append(Comparison(f.kind, f.text, c.text, relative_difference(x, y), CONVERSION_SLIP - 1,
                                  "the outlet's own conversion in brackets", "conflict"))
    return out
