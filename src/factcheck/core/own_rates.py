"""Exchange rates an article gives itself, for currencies the ECB does not quote.

The ECB's reference rates (``core.currency``) cover some forty currencies; the naira, the taka, the
rouble, the dinar, the dong and the peso of most of Latin America are not among them, and their
rates move fast (the naira lost two thirds of its worth in a year). An outlet writing of them in
another country's language converts them itself, in brackets or in apposition: "₦1,295 ($0.84) a
litre", "16.250 takas, soit environ 140 euros". That conversion is the rate of the story's day as
its outlet had it, the best rate there is: each of the article's sums in that currency is worth
so many dollars at it (``Figure.usd``), a sum with a conversion of its own at that conversion.

A rate the article states ("4,015 riel to the dollar", ``core.exchange_rates``) is one more such
conversion. Several conversions of one currency give the median of their rates, so one conversion's
slip ("4,2 billones de nairas, unos 28.000 millones de dólares") sways the article's other sums less
than its own.

A rate may also say whose money it is. Rupees that name no country are read as the language's
(Urdu's are Pakistan's) unless the article names one country; an Urdu paper in India names
Hyderabad and Telangana, not India. Where its own conversions price such rupees at India's rate,
they are India's: "4.3 ملین ڈالر (تقریباً 37.8 کروڑ روپے)" is 88 rupees a dollar, not 280.
"""

from __future__ import annotations

from dataclasses import replace
from statistics import median

from factcheck.core.currency import quoted, to_usd
from factcheck.core.exchange_rates import is_rate
from factcheck.core.figure_context import is_courtesy
from factcheck.core.figures import RUPEES, says_whose
from factcheck.core.models import Claim, Figure
from factcheck.core.unit_prices import per_unit


def _conversions(text: str, lang: str, figures: list[Figure]) -> list[tuple[int, float]]:
    """(index into ``figures``, its worth in dollars) of each sum in an unquoted currency that the
    sentence converts to a quoted one, either way round: "₦1,295 ($0.84)" and "$605 million (80.5
    billion rupees)"."""
    out = []
    for i in range(1, len(figures)):
        p, f = figures[i - 1], figures[i]
        if p.kind != "money" or f.kind != "money" or p.value <= 0 or f.value <= 0:
            continue
        if _per_two_units(text, p, f, lang):
            continue  # "135,000 dong per kilogram ($5,120 a tonne)": no rate of the dong
        for plain, converted, at in ((p, f, i - 1), (f, p, i)):
            if plain.usd is None and not quoted(plain.unit) and converted.usd and quoted(converted.unit) \
                    and is_courtesy(text, figures, i, lang):
                out.append((at, converted.usd))
    return out


def _stated_rates(figures: list[Figure], as_of: str | None) -> list[tuple[list[Figure], int, float]]:
    """(``figures``, index, its dollars) of each rate of an unquoted currency that ``figures`` state
    against a quoted one ("4,015 riel to the dollar", "៤.០២០ រៀលក្នុងមួយដុល្លារ"): so many of it are one
    of the other."""
    out = []
    for i, f in enumerate(figures):
        if f.kind == "money" and is_rate(f) and f.value > 0 and not quoted(f.unit) \
                and (one := to_usd(1.0, f.per, as_of)) is not None:
            out.append((figures, i, one))
    return out


def _per_two_units(text: str, p: Figure, f: Figure, lang: str) -> bool:
    """Whether ``p`` and its conversion ``f`` are prices per two different units."""
    units = (per_unit(text, p.end, lang, len(text)), per_unit(text, f.end, lang, len(text)))
    return None not in units and units[0] != units[1]


# how near India's rate an article's own rate of its rupees is for them to be India's
INDIAS = 0.15


def with_own_rates(text: str, lang: str, claims: list[Claim], as_of: str | None = None) -> None:
    """Give the sums of ``claims`` (one article's, in order; dated ``as_of``) in currencies the ECB
    does not quote their worth in dollars at the article's own conversions and the rates it states
    ("4,015 riel to the dollar"), where it makes or states any."""
    found = []  # (a claim's figures in order, the index of one converted, its dollars)
    for claim in claims:
        figures = sorted(claim.quantities, key=lambda q: q.start)
        found += _stated_rates(figures, as_of)
        if sum(1 for q in claim.quantities if q.kind == "money") >= 2:
            found += [(figures, i, usd) for i, usd in _conversions(text, lang, figures)]
    if not found:
        return
    rates: dict[str, list[float]] = {}
    for figures, i, usd in found:
        rates.setdefault(figures[i].unit, []).append(usd / figures[i].value)
    rate = {code: median(values) for code, values in rates.items()}
    india = to_usd(1.0, "INR", as_of)
    for code in RUPEES & rate.keys():
        if india and abs(rate[code] / india - 1) <= INDIAS:
            del rate[code]
            for claim in claims:
                claim.quantities = [replace(q, unit="INR", usd=q.value * india)
                                    if q.kind == "money" and q.unit == code and not says_whose(q.text, lang) else q
                                    for q in claim.quantities]
    own = {id(figures[i]): usd for figures, i, usd in found}
    for claim in claims:
        if any(q.kind == "money" and q.usd is None and q.unit in rate for q in claim.quantities):
            claim.quantities = [
                replace(q, usd=own.get(id(q), q.value * rate[q.unit]))
                if q.kind == "money" and q.usd is None and q.unit in rate else q
                for q in claim.quantities
            ]
