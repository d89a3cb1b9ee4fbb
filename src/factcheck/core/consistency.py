"""Do two related statements agree on their figures? Like with like, at the story's date, graded.

Two figures are compared only when they line up: the same kind (money, percent, a count, a length,
a year), the same measure when both say what they measure ("pays" is not "revenue", "grew 29 %" is
not "25 % of revenue"), periods converted ("$1 billion a year" against "$83 million a month", said
so), and for counts that change over time (a death toll) the same day. An outlet's own conversion
in brackets ("€1.8 billion ($1.9 billion)") is a courtesy: the stated amount is compared, and two
outlets' conversions of one amount into one currency may differ slightly, never conflict.

Each comparison has an outcome (``grading``), and the pair the worst of them:

* ``consistent``: within the precision the figures are written with (half a unit of the last digit:
  "1.8" covers 1.75-1.85, so "1.84" agrees), at least ``EXACT``; up to ``SLIGHT_MAX`` below a
  figure said to be "nearly" ("næsten", "hampir", ...); across currencies within ``APPROX`` when
  either is approximate;
* ``differs-slightly``: a little more: up to three units of the last digit of the more precise
  figure (Rp322 vs Rp324 miliar; magnitude 7.5 vs 7.6), up to ``APPROX`` when either is approximate
  ("about 2.9 billion" / "2,8 miljard"), or up to ``CONVERTED`` more when a currency conversion
  stands between them (rates and outlets' rounding differ);
* ``conflict``: beyond that, and only when both figures say what they measure and their periods
  are both known or both absent: a conflict must be certain;
* ``not-compared``: nothing lined up; the reason is stated ("figures measure different things:
  payment / revenue", "different dates: 64 (3 Jan) → 245 (26 Mar)", "figures of different months",
  "changes over different periods: 0.4% month on month, 2,6% year on year").

Where the reader is unsure, agreement is easier to grant than a conflict: two plain numbers (no
measure read) agree when equal and differ slightly a few units of their last digit apart; the very
same sum in one currency is one figure whatever its words were read to measure; a sum said without
its currency ("costati circa 350 milioni") is read in the other statement's one currency, to agree,
never to conflict.

Slips are conflicts even where the measure is unsaid: swapped digits, a power of ten, another
currency or period for the same digits (``figure_slips``), the same number in another unit of one
dimension (``_in_other_units``), one year mistyped between two statements that each name one year,
and a second date a year off beside a date both give (``year_slips``); slips in outlets' own
conversions (``conversion_checks``); and even where the two were read to measure different things,
for the same sum in two currencies or a share's digits swapped (``_misread``). Two fractions in words
("drie kwart" / "zwei Drittel") are one share, whatever each is said to be of; and a fraction in words
is an outlet's rounding of the share another statement gives in digits, where each gives that one share.

Money in different currencies is converted to USD with the ECB rate at each article's date. An
undated article is converted at the date of the article it is compared with; else the story date
(``Signature.story_date``: from the dated related articles); else over the last years' rates — a
conflict only if it holds at every rate in them (``money_comparison``). The evidence says which date
and why.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import replace

from factcheck.core import qualified_measures, unit_prices
from factcheck.core.comparison import (OUTCOMES, RANK, Comparison, describe, human_amount, month_name, not_compared,
                                       noted, relative_difference, short_day, summary, verdict)
from factcheck.core.conversion_checks import (conversions, conversions_of_one_amount, in_another_dimension,
                                              in_anothers_conversion, slipped_conversions, through_a_conversion)
from factcheck.core.currency import national_currency, quoted
from factcheck.core.exchange_rates import is_rate
from factcheck.core.day_dates import one_day_each
from factcheck.core.figure_slips import (SWAPPED, another_time_slip, converted_tenfold, figures_swapped,
                                         fraction_in_words, leading_digit_moved, of_its_day, other_periods_amount,
                                         period_slip, rate_or_quarter, same_digits, same_sum, same_written_number,
                                         significant, span_slip, swapped_digits, tenfold_slip, thousandfold, toll_fell,
                                         unit_slip)
from factcheck.core.figure_spans import span_words
from factcheck.core.figure_sources import OWN_ESTIMATES
from factcheck.core.figure_context import bare_amount
from factcheck.core.figure_subjects import is_country
from factcheck.core.forecasts import FORECAST
from factcheck.core.grading import EXACT, FAR_APART, SLIGHT_MAX, UNSAID, far_apart, grade
from factcheck.core.measure_words import CHANGES, GENERIC, HOW_COUNTED, LOCAL_COUNTS, SUMS
from factcheck.core.models import Figure
from factcheck.core.money_comparison import compare_money, currency_slip
from factcheck.core.places import NATIONALS, countries, local_angle
from factcheck.core.quarters import one_span, several_months, so_far
from factcheck.core.periods import MONTHS, period_days
from factcheck.core.ratios import in_basis_points
from factcheck.core.relative_years import dated
from factcheck.core.signature import Signature, counterparts, story_date
from factcheck.core.year_slips import year_checks

__all__ = ["OUTCOMES", "Comparison", "compare_quantities", "date_undated", "describe",
           "give_story_dates", "human_amount", "relative_difference", "summary", "undated_links", "verdict"]

SUM_PART = 0.05  # each of two figures summed to a third is at least this share of their sum

# Units that say what a figure measures, with no word for it: "2:06:41" is a race's time. "km" or
# "tonnes" may be of anything, and so may megawatts and terawatt-hours: a first stage's "150 MW" and
# the full "450 Megawatt", wind power bought and electricity used. And so may degrees: a story's
# temperatures are of its towns and hours ("44.1°C" at the airport / "43,4 °C à 14 h 47"), so two
# readings that differ are no misreport unless a slip says so (swapped digits, °F for °C)
SAY_WHAT_THEY_MEASURE = frozenset({"duration"})


_BASES = {"monthly": "month on month", "quarterly": "quarter on quarter", "half-yearly": "half-year on half-year",
          "yearly": "year on year", "since": "since an event"}


def _family(f: Figure) -> tuple:
    if f.kind == "number":
        return ("number", f.dimension or (None if f.unit is None else f.unit))
    return (f.kind,)




# Measures given for one of many (a station's snow or rain, a donor's aid): two outlets may give two
# of them, so they conflict only by a slip of digits ("Grič" / "Maksimir"; France's aid / the Netherlands')
_ONE_OF_MANY = frozenset({"snow", "rainfall", "aid"})
_PLAIN = "plain numbers without a measure"  # why two counts that say not what they count are not compared

def _over_time(f: Figure, g: Figure, sa: Signature, sb: Signature, certain: bool) -> Comparison | None:
    """A count that changes over time (a toll) is held against another only at one date. Of two dates
    it is a timeline; undated, it agrees ("more than 121,000" with "121,957", whenever each was said)
    or is not compared. None: the two are compared as any figures."""
    if not (of_its_day(f) or of_its_day(g)) or (f.value, f.unit) == (g.value, g.unit):
        return None
    # "2,870 cases in the same period of 2025" against a count of its day in 2026: last year's count
    for x, y, sy in ((f, g, sb), (g, f, sa)):
        day = sy.date or sy.story_date
        if x.year and not y.year and day and x.year < int(day[:4]):
            return not_compared(f, g, f"a count of {x.year} and one of {day[:4]}: {x.text}, {y.text}")
    if not sa.date or not sb.date:
        same = grade(f, g, f.value, g.value, False, "", certain) if f.unit == g.unit else None
        if same is not None and same.outcome == "consistent":
            return same
        which = "one article is" if sa.date or sb.date else "both are"
        what = "a move of its day" if f.kind == "percent" else "a count that changes over time"
        return not_compared(f, g, f"{what}, and {which} undated: "
                                   f"{f.text} ({short_day(sa.date)}), {g.text} ({short_day(sb.date)})")
    if not _one_day(sa, sb):
        if (slip := toll_fell(f, g, sa.date, sb.date, certain)) is not None:
            return slip
        if f.unit == g.unit and not (f.bound or g.bound) \
                and (same := grade(f, g, f.value, g.value, False, "", certain)).outcome == "consistent":
            return same  # "696,2 casos" on the 11th, "696 cases" on the 10th: one count, rounded
        first, second = sorted([(sa.date, f.text), (sb.date, g.text)])
        return not_compared(f, g, f"different dates: {first[1]} ({short_day(first[0])}) → {second[1]} ({short_day(second[0])})")
    return None


def _part_of_another_year(f: Figure, g: Figure, sa: Signature, sb: Signature) -> str | None:
    """Where one figure is of a part of its year ("in the first nine months", its year said or its
    statement's) and the other of another year its statement writes out (not "last year", which may
    be read onto a figure of this year's): the two times ("9M 2026 / 2025"), else None."""
    for x, y, sx, sy in ((f, g, sa, sb), (g, f, sb, sa)):
        day = sx.date or sx.story_date
        year = x.year or (int(day[:4]) if day else None)
        if so_far(x.month) and y.month is None and y.year in sy.years - sx.years and year and year != y.year \
                and x.kind != "year":
            return f"{month_name(x.month)} {year} / {y.year}"
    return None


def _of_years(f: Figure, g: Figure) -> bool:
    """Whether ``f`` and ``g`` each say the year they are of, and the years differ."""
    return bool(f.year and g.year and f.year != g.year)


def _outside(year: int, years: frozenset[int]) -> bool:
    """Whether ``year`` is before or after every year a statement names."""
    return not years or not min(years) <= year <= max(years)


def _another_year(f: Figure, g: Figure, apart: bool) -> Comparison:
    """Two figures of different years ("pagato 3,5 milioni nel 2023" / "sold for €35m in 2025"): not
    compared, unless they are one amount which one outlet gave for the wrong year
    (``another_time_slip``). Where a statement names several years ("from 67 to 69 in stages between
    2032 and 2040"), which is the figure's is a guess: a slip only when each figure's year is outside
    the years the other statement names (``apart``: "allerede i 2030")."""
    if apart and (slip := another_time_slip(f, g, f"year: {f.year} / {g.year}")) is not None:
        return slip
    return not_compared(f, g, f"figures of different years: {f.text} ({f.year}), {g.text} ({g.year})")


def _points(f: Figure, g: Figure, certain: bool) -> Comparison:
    """A figure in percent and one in percentage points: the same number is one outlet's slip
    ("ein Plus von 20,8 Prozent" for 20.8 points); other numbers may both be right (a rise from 9.1 %
    to 29.9 % is 20.8 points and 229 %)."""
    if relative_difference(f.value, g.value) <= EXACT and (in_basis_points(f) or in_basis_points(g)):
        # "38 basis points" / "0,38 procent": the hundredths written out, not a slip of the unit
        return Comparison(f.kind, f.text, g.text, 0.0, 0.0, "basis points, written as a percent",
                          "consistent")
    if certain and relative_difference(f.value, g.value) <= EXACT:
        return Comparison(f.kind, f.text, g.text, 0.0, 0.0, "one in percent, the other in percentage points",
                          "conflict")
    return not_compared(f, g, "one in percent, the other in percentage points")


def _pair(f: Figure, g: Figure, sa: Signature, sb: Signature, one_list: bool = False,
          partial: bool = False) -> Comparison:
    """Compare two figures of one family (``one_list``: the same subject's in two lists of the same
    subjects; ``partial``: one a part, the other perhaps the whole, see ``_partial``). The level a
    change started from ("rose from 5.1% to 5.4%") agrees with the same level elsewhere, but another
    outlet's level of today does not contradict it."""
    c = _compare(f, g, sa, sb, one_list)
    # "350 of its 6,900" / "3 500"; a part said with another period, or with two digits swapped ("380
    # von 4'750 Stellen" / "830 banen"), is still one figure's slip
    if partial and c.outcome == "conflict" and tenfold_slip(f, g) is None and period_slip(f, g) is None \
            and c.note != SWAPPED:
        part = f if f.part else g
        return replace(c, outcome="not-compared", reason=f"{part.text} is a part of a whole")
    # a level "last year" and another said to be of that year are of one time, not before and after
    if f.earlier != g.earlier and c.outcome in ("conflict", "differs-slightly") and not (f.year and g.year):
        start = f if f.earlier else g
        return replace(c, outcome="not-compared", reason=f"{start.text} is the level before the change")
    return c


def _compare(f: Figure, g: Figure, sa: Signature, sb: Signature, one_list: bool = False) -> Comparison:
    """Two figures of one family, by rules in order: what keeps them apart, how sure we are that they
    count one thing, the slips of an outlet's pen, then their values at one period and unit."""
    if "(" in (f.measure or "") or "(" in (g.measure or ""):  # "age (Holm)", "rainfall (48 h)"
        if (why := qualified_measures.differ(f.measure, g.measure)) is not None:
            return span_slip(f, g, why) or not_compared(f, g, why)
        f, g = (replace(x, measure=qualified_measures.split(x.measure)[0]) for x in (f, g))
    if (apart := unit_prices.apart(f, g)) is not None:  # "58,40 Euro je Kilowattstunde" / "je Megawattstunde"
        return apart
    g = unit_prices.restated(g, f)  # "€148 per megawatt-hour" / "1,05 kroner per kilowatttime"
    generic = f.measure != g.measure and (f.measure in GENERIC or g.measure in GENERIC)
    if (apart := _apart(f, g, sa, sb, generic)) is not None:
        return apart
    # a fraction in words on both sides is each outlet's rounding of one share: the story's ("drie
    # kwart van de passagiers" / "zwei Drittel der Reisenden"), whatever it is said to be of; so is one
    # against the one share the other statement gives in digits ("etwa ein Drittel" / "46%": a wrong
    # share), where a statement of several may give another; and two measures read past ``_apart`` are
    # one figure with a slip in it (``_misread``)
    in_words = fraction_in_words(f), fraction_in_words(g)
    certain = _certain(f, g, sa, sb, generic) or one_list or all(in_words) \
        or any(in_words) and _one_figure_each(f, g, sa, sb) \
        or bool(f.measure and g.measure) and f.measure != g.measure and not generic
    if (slip := _slip(f, g, sa, sb, certain)) is not None:
        return slip
    if bool(f.per) != bool(g.per):  # "€22 a square metre" / "€1,190 a month": a price and a sum, perhaps
        certain = False
        if f.unit != g.unit and (is_rate(f) or is_rate(g)):  # "49.20 pounds to the dollar" is no "$1"
            return not_compared(f, g, "an exchange rate and a sum")
    if _two_countries_sums(f, g):  # "škody ... 48 miliard korun" / "straty po powodzi ... 9,5 mld zł"
        return not_compared(f, g, f"sums in two countries' currencies ({f.unit}, {g.unit}): perhaps each country's")
    if f.measure in _ONE_OF_MANY:
        certain = False
    if f.kind == "number" and not certain and f.dimension is None:
        # "420,000 customers" / "420 mil clientes": the same count in two related statements agrees,
        # and one a few units of its last digit off ("Trabajan 860 efectivos" / "850 efectivos")
        # is that count said slightly differently; one further off may count another thing. The
        # same for two periods is one outlet's slip ("16,2 mld koron miesięcznie" / "16,2 miliardy ročně")
        if (slip := period_slip(f, g)) is not None:
            return slip
        same = grade(f, g, f.value, g.value, False, "", False) if f.period == g.period else None
        if f.period and g.period and f.period != g.period:  # "260 Züge pro Tag" / "1820 vlaků týdně"
            same = grade(f, g, f.value / MONTHS[f.period], g.value / MONTHS[g.period], False,
                          f"per month: {f.text} {f.period}, {g.text} {g.period}", False)
        if same is not None and same.outcome == "not-compared" and _two_counts_of_one(f, g):
            return _two_sources(same)
        return same if same is not None and same.outcome != "not-compared" else not_compared(f, g, _PLAIN)
    if (timeline := _over_time(f, g, sa, sb, certain)) is not None:
        return timeline
    local = local_angle(sa.places, sb.places)
    if certain and (f.measure in LOCAL_COUNTS and (local or _a_country_part(f, g)) or f.measure in CHANGES and local
                    or f.measure in _SHARED_OUT and _a_country_part(f, g)
                    or f.measure == "order" and _one_countrys(f, g)):
        # "3.900 pasajeros" of the flights to and from Spain: a part of the 27,000 perhaps, and the
        # passengers to and from Copenhagen "up 11 %" are not the airline's; "Romania has ordered
        # 400,000 doses" is not the order a Polish ministry placed
        certain = False
    scale, note = (1.0, 1.0), ""
    if f.kind == "percent" and f.period and g.period and f.period != g.period:  # a change's base
        return not_compared(f, g, f"changes over different periods: {f.text} {_BASES[f.period]}, "
                                   f"{g.text} {_BASES[g.period]}")
    if f.period != g.period:
        if (slip := period_slip(f, g)) is not None:
            return slip
        if f.period and g.period:
            scale = (1 / MONTHS[f.period], 1 / MONTHS[g.period])
            note = f"per month: {f.text} {f.period}, {g.text} {g.period}"
        elif (months := _months_each(f, g)) is not None:  # "12 millions sur quatre ans" / "3 milioni all'anno"
            scale = (1 / months[0], 1 / months[1])
            note = f"per month: {f.text} {_said_for(f)}, {g.text} {_said_for(g)}"
        else:
            certain = False  # one says "a month", the other no period: a total may be another thing
    if f.kind == "percent" and f.unit != g.unit:  # "widened by 1.5%" / "verbeterde met 1,5 procentpunt": one change
        return _points(f, g, certain or f.measure in CHANGES and f.measure == g.measure)
    if f.kind == "money":
        c = compare_money(f, g, sa, sb, certain, scale)
    elif f.kind == "number" and f.unit != g.unit:
        return _near_counts(f, g, _in_other_units(f, g, certain, scale))
    else:
        c = grade(f, g, f.value * scale[0], g.value * scale[1], False, "", certain)
        if c.outcome == "conflict" and f.kind == "number" and f.unit is None and _two_counts_of_one(f, g) \
                and not figures_swapped(f, g):  # "2,780" / "2,870": a slip, however near
            c = _two_sources(c)
        c = _near_shares(f, g, _near_counts(f, g, c))
    if c.outcome == "conflict" and (days := _other_weekdays(sa, sb)):
        return not_compared(f, g, f"figures of different days: {days}")
    if c.outcome == "conflict" and _two_estimates(f, g, c):
        if c.difference <= SLIGHT_MAX:  # "around $90.2bn" / "sekitar US$90,7 miliar"
            return replace(c, outcome="differs-slightly")
        return not_compared(f, g, f"two round estimates, {c.difference:.0%} apart: perhaps of different things or days")
    if note and c.outcome != "not-compared" and f.kind != "number":
        c = Comparison(c.kind, c.a, c.b, c.difference, c.tolerance, "; ".join(filter(None, [note, c.note])),
                       c.outcome, c.reason)
    return c


def _two_estimates(f: Figure, g: Figure, c: Comparison) -> bool:
    """Whether two counts each said "about" are less than twice apart: "rund 90.000 Passagiere" /
    "around 75,000", "environ 400 000 personnes" / "Rund 312.000 Menschen". Outlets round what they are
    told, and counts move; two such figures so far apart count two things or two days more often than
    one misreports the other. (A slip of a digit or a power of ten is found before.) Not sums: a deal
    "ongeveer €2,2 mrd." against "rund 3,1 Milliarden Euro" is one value misreported."""
    return f.approx and g.approx and f.kind == "number" and f.unit is None and g.unit is None \
        and not (f.words or g.words) and c.difference < 0.5


def _other_weekdays(sa: Signature, sb: Signature) -> str:
    """The two weekdays the statements name, where they name one each and not the same ("am Mittwoch
    ... 3.250 MW" / "2,640MW at Thursday's peak": each day's figure), else ""."""
    if sa.weekday is None or sb.weekday is None or sa.weekday == sb.weekday:
        return ""
    return f"{calendar.day_name[sa.weekday]} / {calendar.day_name[sb.weekday]}"


def _apart(f: Figure, g: Figure, sa: Signature, sb: Signature, generic: bool) -> Comparison | None:
    """What keeps two figures from being one: two sources, a critic's estimate against another's figure,
    two measures, two months, changes from two years, two years of one event."""
    if f.source and g.source and f.source != g.source:  # "selon la police" / "según los organizadores"
        return not_compared(f, g, f"two sources' counts: {f.source} / {g.source}")
    if (f.source in OWN_ESTIMATES) != (g.source in OWN_ESTIMATES):  # the opposition's 3.4% / the budget's 2.7%
        return not_compared(f, g, f"an estimate of {f.source or g.source}'s own")
    if f.measure and g.measure and f.measure != g.measure and not generic \
            and not (_one_number(f, g) or _misread(f, g) or _as_forecast(f, g) or _a_sums_change(f, g)):
        return not_compared(f, g, f"figures measure different things: {f.measure} / {g.measure}")
    if f.month and g.month and f.month != g.month and not one_span(f.month, g.month):
        # "im dritten Quartal 53,7 Milliarden" / "for the first nine months, revenue was DKK53.7bn";
        # "5.830 toneladas el mes pasado" / "in den ersten zehn Monaten ... 5830 Tonnen"
        if (several_months(f.month) or several_months(g.month)) and (slip := another_time_slip(
                f, g, f"part of the year: {month_name(f.month)} / {month_name(g.month)}")) is not None:
            return slip
        return not_compared(f, g, f"figures of different months or quarters: {f.text} ({month_name(f.month)}), "
                                   f"{g.text} ({month_name(g.month)})")
    if (which := _part_of_another_year(f, g, sa, sb)) is not None:
        # "in the first nine months of the year, €312 million" / "W całym 2025 r. ... 405 mln euro"
        return another_time_slip(f, g, which) or not_compared(f, g, f"figures of different times: {which}")
    # "4.2% more than in 2019" / "3,9% más que el año anterior": changes from different bases, unless
    # one (a year's change said with its year and without: "V loňském roce ... o 9,1 %" / "Nel 2025 ... del 9,1%")
    if f.measure in CHANGES and (f.year or g.year) and f.year != g.year and f.value != g.value:
        return not_compared(f, g, f"changes from different years: {f.text} ({f.year or 'the year before'}), "
                                   f"{g.text} ({g.year or 'the year before'})")
    if _of_years(f, g):
        return _another_year(f, g, _outside(f.year, sb.years) and _outside(g.year, sa.years))
    if f.kind == "year":
        outcome = "consistent" if f.value == g.value else "conflict"
        return Comparison("year", f.text, g.text, 0.0 if f.value == g.value else 1.0, 0.0, f.measure or "", outcome)
    return None


def _as_forecast(f: Figure, g: Figure) -> bool:
    """Whether one of two figures is read as the other's measure forecast and both give the very same
    number ("naik 0,5 persen", said after "diperkirakan" (is estimated), / "grew 0.5%"): one figure, the
    word before it read as a forecast's."""
    return f.unit == g.unit and f.value == g.value and FORECAST in (f.measure.replace(g.measure, "", 1),
                                                                     g.measure.replace(f.measure, "", 1))


def _a_sums_change(f: Figure, g: Figure) -> bool:
    """Whether two related statements give the very same percentage, one as a change and the other as
    a sum's ("ein Plus von 4,9 Prozent" / "une hausse des salaires de 4,9 %", read as growth and a
    salary): a percentage of a wage, a price or a payment is its change."""
    return f.kind == g.kind == "percent" and f.value == g.value \
        and (f.measure in CHANGES) != (g.measure in CHANGES) and (f.measure in SUMS or g.measure in SUMS)


def _two_counts_of_one(f: Figure, g: Figure) -> bool:
    """Whether two plain counts of a hundred or more, that say not what they count, are near enough to be
    two sources' counts of one thing ("1,262,000 patients" / "1 284 600 pacientov", "4,150" / "4300"):
    within ``SLIGHT_MAX``. Such counts differ slightly; further apart, they may count two things."""
    return min(abs(f.value), abs(g.value)) >= 100 and relative_difference(f.value, g.value) <= SLIGHT_MAX


def _near_counts(f: Figure, g: Figure, c: Comparison) -> Comparison:
    """``c``, but not a conflict where it holds two counts or measurements less than ``_NEAR_COUNTS``
    apart with no slip in them: "6 500 emplois" / "8000-re emelte" on two days, "2900 arbeiders" /
    "2,350 workers" a week apart, "magnitude de 7,1" / "マグニチュード7.5" of two quakes. Outlets
    misreport a count by a slip (a power of ten, swapped digits, one digit) or by giving another
    thing's count, as often far from it as near; near ones are of two sources, days or places at
    least as often. Within ``SLIGHT_MAX`` they differ slightly ("186,400 megawatt hours" / "187.900
    Megawattstunden"). Not a race's times, which a slip moves by seconds; nor an age, a person's;
    nor a toll, which ``_over_time`` holds against another of its day only ("more than 200 injured"
    / "150 blessés")."""
    if c.outcome != "conflict" or f.kind != "number" or f.dimension == "duration" or f.measure == "age" or c.note \
            or of_its_day(f) or of_its_day(g) \
            or relative_difference(f.value, g.value) >= _NEAR_COUNTS and c.difference >= _NEAR_COUNTS \
            or figures_swapped(f, g) or _one_digit_apart(f, g):
        return c
    if c.difference <= SLIGHT_MAX:
        return _two_sources(c)
    return not_compared(f, g, f"two counts {c.difference:.0%} apart: perhaps of two sources, days or places")


def _near_shares(f: Figure, g: Figure, c: Comparison) -> Comparison:
    """``c``, but differing slightly where it holds two shares less than ``_NEAR_SHARES`` apart with no
    slip in them: "55,3 %" of a quick count / "54,62 %" of the official one, "4,58 %" of a broker's index /
    "4.62%" of the central bank's, two sources' readings of one share."""
    if c.outcome == "conflict" and f.kind == "percent" and c.difference < _NEAR_SHARES and not c.note \
            and not figures_swapped(f, g):
        return _two_sources(c)
    return c


_NEAR_COUNTS = 1 / 3  # "less than half as many again"
_NEAR_SHARES = 0.02  # two shares this near differ as two sources' do: "76,8 procent" / "77,3 Prozent"


def _one_digit_apart(f: Figure, g: Figure) -> bool:
    """Whether ``f`` and ``g`` are written with as many significant digits, one of them another
    ("Nielsen, 33" / "de 43 años", "182 mandátum" / "172 mandaty", "5,5 millions" / "5.8 million"):
    one outlet's slip of a digit, not another source's count, which differs in more."""
    x, y = (format(abs(v), ".12g") for v in (f.value, g.value))
    return len(x) == len(y) and sum(a != b for a, b in zip(x, y)) == 1


def _two_sources(c: Comparison) -> Comparison:
    """``c`` said to differ slightly, as two sources' counts of one thing do."""
    return noted(replace(c, outcome="differs-slightly", reason=""), "near: perhaps two sources' counts of one thing")


def _one_number(f: Figure, g: Figure) -> bool:
    """Whether two related statements give the very same sum, to the unit, in one currency ("18
    milioni di euro" / "18 miljoen euro" read as a cost and a revenue), or the very same count of three
    significant digits or more ("L'épidémie a fait 412 décès" / "412 Todesfälle", read as deaths and
    cases): the same figure, whatever the words around it were read to measure. Not so for shorter
    counts, nor shares: "410 kişi yaralandı" and "circa 410 soccorritori" are two things, and so are "14 %
    du trafic" and "el 14 % de las importaciones"."""
    if f.unit != g.unit or f.value != g.value:
        return False
    return f.kind == "money" or f.kind == "number" and len(significant(abs(f.value))) >= 3


def _misread(f: Figure, g: Figure) -> bool:
    """Whether two related statements give one figure with one outlet's slip in it, whatever the
    words around them were read to measure: the same sum in two currencies ("38 εκατομμύρια δολάρια
    την ημέρα" / "38 millones de euros al día"), or a share with two neighbouring digits swapped ("a
    27% premium" / "72 procent boven de slotkoers": what a share is of is read from the words around
    it, less surely than a count's thing from its noun: 42,000 hens and 24.000 pigs are two counts)."""
    if f.kind == "money" and f.unit != g.unit:
        return same_sum(f, g) and not (f.period and g.period and f.period != g.period)
    return f.kind == "percent" and f.unit == g.unit and figures_swapped(f, g)


def _certain(f: Figure, g: Figure, sa: Signature, sb: Signature, generic: bool) -> bool:
    """Whether the two surely count one thing, so that a difference is a conflict: both say the same
    measure (a change over a said period or of a said day); or neither says, but a unit says it for
    them and neither names someone the other does not (a unit that says what it measures says
    nothing of whose it is: "a record 8.870 MW" of Transelectrica is not IPTO's "11 030 MW"); or one
    nationality's count."""
    return (bool(f.measure and g.measure) and not generic and f.measure not in HOW_COUNTED
            and (f.measure not in CHANGES or bool(f.period and g.period) or f.dated and g.dated)) or (
        f.measure is None and g.measure is None and f.dimension in SAY_WHAT_THEY_MEASURE and f.dimension == g.dimension
        and not counterparts(sa, sb)) or _one_nationality(f, g, sa, sb)


def _slip(f: Figure, g: Figure, sa: Signature, sb: Signature, certain: bool) -> Comparison | None:
    """One outlet's slip of the pen, where the two are one figure: a power of ten, swapped digits,
    another currency."""
    # the same three digits a power of ten apart are a slip even where neither side says what it
    # counts ("um 1,12 Milliarden Euro gebracht" / "took 112 million euros")
    # and, where neither says what it measures, a thousandfold apart whatever periods they are said
    # in ("8,9 mln dolarów dziennie" / "zo'n 8,9 miljard dollar": a billion for a million)
    # (a quarter's amount is of the quarter's period: "του τρίτου τριμήνου ... 21,2 εκατ." / "212,4 miljoner
    # euro ... för tredje kvartalet")
    # (not where one is a price per a unit and the other none: "13,5 centi po kWh" / "135 evrov" may be the
    # price per megawatt-hour)
    if f.unit == g.unit and (certain or rate_or_quarter(f) == rate_or_quarter(g) or thousandfold(f, g)
                             or _measured_once_a_period(f, g)) \
            and bool(f.per) == bool(g.per) and (slip := tenfold_slip(f, g, _one_figure_each(f, g, sa, sb))) is not None:
        return slip
    # one counter's count, given by each, is one count, whose digits a slip may swap; other differences
    # may be of other towns' marches ("allein in Lüttich zählte die Polizei rund 8000" / "police
    # counted 5,500" in Antwerp); a period said on one side only does not explain swapped digits
    # ("1420 euro brutto" / "1 240 euro i månaden")
    if (f.period == g.period or not (f.period and g.period)) \
            and (slip := swapped_digits(f, g, certain or _one_count_of_one_source(f, g, sa, sb)
                                        or _one_figure_each(f, g, sa, sb) or _the_same_country(f, g),
                                        _one_day(sa, sb))) is not None:
        return slip
    return (currency_slip(f, g, sa, sb) or converted_tenfold(f, g) or unit_slip(f, g) or period_slip(f, g)
            or other_periods_amount(f, g) or _the_other_part(f, g, sa, sb))


def _months_each(f: Figure, g: Figure) -> tuple[float, float] | None:
    """The months ``f`` and ``g`` are each an amount of where one is given per a period and the other over
    a span of time (``Figure.over``: "€12 million over four years"); None otherwise."""
    if f.kind == "percent" or not (f.period and g.over or f.over and g.period):
        return None  # a share's period is what its change is measured against
    month = period_days("monthly")
    return tuple(MONTHS[x.period] if x.period else x.over / month for x in (f, g))


def _said_for(f: Figure) -> str:
    return f.period or f"over {span_words(f.over)}"


def _measured_once_a_period(f: Figure, g: Figure) -> bool:
    """Whether two measurements in one unit give a period on one side only and no span on either ("531 000
    tonnes a year" / "53 100 tonnes", "560,000 b/d" / "56.000 Barrel"): the other side left the period
    unsaid more often than it gave another amount, so ten times the digits is a slip there too."""
    return f.kind == "number" and f.dimension is not None and bool(f.period) != bool(g.period) \
        and not (f.over or g.over)


def _one_day(sa: Signature, sb: Signature) -> bool:
    """Whether two statements are both dated, and of one day (an undated page may be of another)."""
    return bool(sa.date and sb.date) and sa.date[:10] == sb.date[:10]


def _the_other_part(f: Figure, g: Figure, sa: Signature, sb: Signature) -> Comparison | None:
    """Two related statements that each give one share, the two adding up to a whole ("bare 15
    prosent av datatrafikken" / "Omkring 85 procent av datatrafiken", "38 procent av budgeten" / "62
    Prozent des Jahresetats"): one outlet gave the other part, a conflict even where neither says
    what the share is of. Not a change beside a level ("cut its output by 40%" / "runs at 60
    procent"), nor shares near a half, which two sides of one vote are as often."""
    if not (f.kind == g.kind == "percent" and f.unit == g.unit == "%" and _alone(f, sa) and _alone(g, sb)):
        return None
    if f.measure in CHANGES or g.measure in CHANGES or f.bound or g.bound:
        return None
    whole = f.value + g.value
    if not (abs(whole - 100) <= _PART_ROUNDING and abs(f.value - g.value) > _NEAR_A_HALF):
        return None
    return Comparison(f.kind, f.text, g.text, relative_difference(f.value, g.value), 0.0,
                      "the two add up to the whole: one may give the other part", "conflict")


_PART_ROUNDING = 0.6  # "27 százaléka" / "73 Prozent", "38,4%" / "61,7 %"
_NEAR_A_HALF = 10  # "47,6%" / "52,3%": the two sides of a vote


def _the_same_country(f: Figure, g: Figure) -> bool:
    """Whether both figures are said to be one country's ("3.4 million in Poland", in a list of
    countries' counts / "w tym 4,3 mln w Polsce"): its count, whose digits a slip may swap."""
    return bool(f.subject) and f.subject == g.subject and is_country(f.subject)


def _one_figure_each(f: Figure, g: Figure, sa: Signature, sb: Signature) -> bool:
    """Whether two related statements each give one figure of a kind, ``f`` and ``g``, of one year and
    country: their swapped digits are one outlet's slip ("Es un 65 % menos de lo normal" / "56% abaixo
    do normal", "58 Kilometer" / "some 85 km"), where a statement of several may give two things ("12
    vols à Catane et 30 à Palerme" / "21 πτήσεις"). Not so for a sum whose last digits swapped (14.5
    and 15.4 billion may be two years' debts)."""
    return (f.year == g.year and _alone(f, sa) and _alone(g, sb)
            and not local_angle(sa.places, sb.places) and (f.kind != "money" or leading_digit_moved(f, g)))


def _in_other_units(f: Figure, g: Figure, certain: bool, scale: tuple[float, float]) -> Comparison:
    """Two measurements in units of one dimension, ``g``'s converted to ``f``'s; ``scale`` takes
    each to a month where both say a period."""
    from factcheck.core.units import convert

    y = convert(g.value, g.unit, f.unit)
    if y is None:
        return not_compared(f, g, f"units {f.unit} and {g.unit} do not convert")
    note = f"{human_amount(g.value, g.unit)} ≈ {human_amount(y, f.unit)}"
    # "13,2 ton" / "1 320 kilo": a slip once both are in one unit (12 digits: 1320 kg is 1.32 t,
    # not 1.3200000000000001)
    in_f = replace(g, value=float(f"{y:.12g}"), unit=f.unit)
    # "1300 hectare bos per week" / "13 km² por dia": one area, said for two periods
    if f.period != g.period and (slip := period_slip(f, in_f)) is not None:
        return replace(slip, b=f"{g.text} ({human_amount(y, f.unit)})")
    if (certain or f.period == g.period) and (slip := tenfold_slip(f, in_f)) is not None:
        return replace(slip, b=f"{g.text} ({human_amount(y, f.unit)})")
    # "693 km" / "693 miglia", "70 nodi" / "70 km/h", "3 gigawatt" / "3 megawatt", "viisi viikkoa" /
    # "fem dagar", "do šest milimetrov" / "do šest centimetara": the same number in another unit of one
    # dimension is one outlet's slip of the unit or its prefix, whatever the number
    # "mindst seks uger" / "en az altı ay": one bound, its unit slipped; and a bound on one side does not
    # cover the same number in the other's unit ("salito a 23 giorni" / "z 20 na 23 týdnů", read as a range)
    same = f.value == g.value
    if same:
        f, g = replace(f, bound=None), replace(g, bound=None)
    c = grade(f, g, f.value * scale[0], y * scale[1], False, note, certain or same)
    if same and c.reason == FAR_APART:  # "723 ألف طن" / "723,000 ounces": however far apart its units are
        c = replace(c, outcome="conflict", reason="")
    if (not certain or same) and c.outcome == "conflict":
        c = noted(c, "the same number in another unit")
    return replace(c, a=f.text, b=f"{g.text} ({human_amount(y, f.unit)})")


def compare_quantities(a: Signature, b: Signature) -> list[Comparison]:
    """Each stated figure of the side with fewer paired with its best counterpart of the same family
    on the other side (the one that lines up and agrees best); years tied to the same event."""
    out: list[Comparison] = []
    fa = dated([f for f in (*a.quantities, *a.events) if not f.courtesy], a.story_date)
    fb = dated([f for f in (*b.quantities, *b.events) if not f.courtesy], b.story_date)
    fa, fb = _implied_subjects(fa, a, fb), _implied_subjects(fb, b, fa)
    fa, fb = _names_in_common(fa, fb)
    (fa, unsaid_a), (fb, unsaid_b) = _currency_unsaid(fa, fb), _currency_unsaid(fb, fa)
    unsaid = unsaid_a | unsaid_b
    lists = _lists_of_the_same_subjects(fa, fb)
    flip = len(fa) > len(fb)
    few, many, s_few, s_many = (fb, fa, b, a) if flip else (fa, fb, a, b)
    # "The Socialists won 77 seats, Chega 48" / "AD won 79 seats, the Socialists 77": when each side
    # gives several figures of one measure, they may be of different subjects: no conflict among them
    # (a change's two levels are one subject's, at two times)
    listed = {m for m in {f.measure for f in fa} if m and sum(f.measure == m and not (f.earlier or f.part) for f in fa) > 1
              and sum(g.measure == m and not (g.earlier or g.part) for g in fb) > 1}
    paired = []
    through_conversion: set[int] = set()  # figures compared in an outlet's own conversion of them
    for f in few:
        family = _family(f)
        # "In Griekenland kwamen 14 mensen om" is no count of Serbia's
        # "Vier Deutsche" and "twee Nederlanders" killed in Turkey: two nationalities' counts
        alike = [g for g in many if _family(g) == family and not _other_subjects(f, g, s_few, s_many)
                 and not (f.nationals and g.nationals and f.nationals != g.nationals)]
        if not alike:
            continue
        if f.kind == "money" and not quoted(f.unit) and (own := [g for g in alike if g.unit == f.unit
                                                                  and not far_apart(f.value, g.value)]):
            # a sum in a currency the ECB does not quote meets its own currency before another, which
            # only its outlet's rate converts ("4.500 bitcoin, pari a circa 41 milioni di dollari" /
            # "450 bitcoin, worth about $41m": the bitcoin are the slip); not a price in it that no slip
            # makes the sum ("1,2 dólares taiwaneses por huevo" / "四千三百二十萬元")
            alike = own
        options = [(g, _pair(f, g, s_few, s_many, family in lists and _one_list(f, g, s_few, s_many), _partial(f, g)))
                   for g in alike]
        compared = [(g, c) for g, c in options if c.outcome != "not-compared"]
        if compared:
            # the agreeing counterpart first, then the one with the very number ("fra 67 til 69 år ...
            # i 2030" / "from 67 to 69 ... between 2032 and 2040": 69 is 69's, of another year, not 67's)
            g, best = min(compared, key=lambda gc: (gc[1].outcome != "consistent" and gc[0].value != f.value,
                                                    RANK[gc[1].outcome], gc[1].difference))
        else:  # shown only: the counterpart in its own digits ("3.500 metri" / "350 Meter": a slip where the
            # statements agree on another figure, ``_held_by_what_they_share``), else the nearest in value
            # ("14 / 14", not "14 / two")
            g, best = min(options, key=lambda gc: (not same_digits(f, gc[0]),
                                                   relative_difference(f.value, gc[0].value)))
        if best.outcome == "not-compared" and best.reason.startswith("no exchange rate") \
                and (converted := _by_a_conversion(f, g, s_few, s_many)) is not None:
            best = converted
            through_conversion.add(id(f))
        if best.outcome == "conflict":  # "250,000 ... in prize money and bonus" / "200.000 kroner plus 50.000"
            best = _sum_of_two(f, alike, s_few, s_many) or _as_from(
                _sum_of_two(g, [x for x in few if _family(x) == family], s_many, s_few)) or best
        paired.append((f, g, best))
    paired = _swapped_digits(_held_by_what_they_share(paired), a.date != b.date)
    paired = _plain_agreement_alone(paired)
    # "schoss zeitweise um 36 Prozent nach oben und schloss mit einem Plus von 34 Prozent" / "jumped 34%":
    # a figure another of its statement's figures agrees with is that one's counterpart, no other's
    # (not where it meets only a bound: "jusqu'à 3 000 postes" does not make 1.100 jobs its own, and
    # "11 000 emplois permanents" / "1.100 stalnih radnih mesta" stays a slip)
    agreed = {id(g) for _, g, best in paired if best.consistent and best.difference <= max(best.tolerance, SLIGHT_MAX)}
    # nor one to differ slightly from ("4,91 milhões de toneladas, ante 4,83 milhões no mesmo período de 2025" /
    # "4,91 millions de tonnes"; "stood at 295.4 metres, against a maximum operating level of 296 metres"): where
    # a statement gives two sources' counts, the other outlet's is the one it agrees with
    agreeing = {id(g): f for f, g, best in paired if best.outcome == "consistent"}
    for f, g, best in paired:
        if id(f) in unsaid or id(g) in unsaid:
            sum_ = f if id(f) in unsaid else g
            best = replace(best, outcome="not-compared", reason=f"{sum_.text} says no currency") \
                if best.outcome == "conflict" else noted(best, f"{sum_.text} says no currency: read as {sum_.unit}")
        elif best.outcome == "conflict" and f.measure in listed and not (f.subject and g.subject):
            best = replace(best, outcome="not-compared",
                           reason=f"each side gives several figures of {f.measure}, perhaps of different subjects")
        # (not the same number in another currency: "نحو 563 يورو" / "563 dolara" is a slip whatever else
        # the dollars agree with)
        elif (best.outcome == "conflict" and id(g) in agreed
              or best.outcome == "differs-slightly" and agreeing.get(id(g), f) is not f) \
                and currency_slip(f, g, s_few, s_many) is None:
            best = replace(best, outcome="not-compared",
                           reason=f"{g.text} agrees with another figure of the statement")
        elif best.outcome == "conflict" and f.dimension == "duration" and (_timed(a) > 1 or _timed(b) > 1):
            best = replace(best, outcome="not-compared", reason="several times, perhaps of different runners")
        if flip:
            best = replace(best, a=best.b, b=best.a)
        out.append(best)
        if best.outcome != "not-compared" and id(f) not in through_conversion:
            # the two amounts are one: each side's conversion of it is checked
            sides = ((g, s_many), (f, s_few)) if flip else ((f, s_few), (g, s_many))
            out += [c for figure, side in sides for c in slipped_conversions(figure, side)]
            out += conversions_of_one_amount(*sides, one_amount=best.outcome != "conflict",
                                             agreed=best.outcome == "consistent")
    out += in_another_dimension(fa, fb, out)
    out += in_anothers_conversion(fa, fb, a, b, out)
    out += through_a_conversion(a, b, out)
    return out + (year_checks(a, b, fa, fb, out) or one_day_each(a, b, out))


def _other_subjects(f: Figure, g: Figure, sf: Signature, sg: Signature) -> bool:
    """Whether ``f`` and ``g`` are said to be of different subjects ("In Griekenland kwamen 14 mensen
    om" / Serbia's 14). Not where one statement names both countries and the other only its own figure's:
    "Kenya's Daniel Kiprotich won ... in 2:04:37" and "Mwanariadha wa Kenya ... za Brussels nchini
    Ubelgiji ... 2:04:37" are the Kenyan's time, which the second sets in Belgium; unless that other
    statement gives the first country a figure of its own ("Austria reported 231 cases ..., the
    Netherlands 412 cases")."""
    if not (f.subject and g.subject and f.subject != g.subject):
        return False
    if is_country(f.subject) and is_country(g.subject):
        # "Russia with 268,500" is of the "268,5 тыс. российских туристов" the Maldives received
        if f.nationals == g.subject or g.nationals == f.subject:
            return False
        for x, y, sx, sy in ((f, g, sf, sg), (g, f, sg, sf)):
            if x.subject in sy.places and y.subject not in sx.places \
                    and not any(h.subject == x.subject and _family(h) == _family(x) for h in sy.quantities):
                return False
    return True


# Sums a statement may give without their currency, said once in the article ("Gli scioperi sono costati
# circa 350 milioni", "schat de marktwaarde op zo'n 115 miljoen")
_SUM_MEASURES = SUMS | {"deficit", "debt", "damage"}


def _currency_unsaid(figures: list[Figure], other: list[Figure]) -> tuple[list[Figure], set[int]]:
    """``figures``, where the statement gives no money but an amount with a scale word and no
    currency ("350 milioni") and the other gives its money in one currency: that amount read as a
    sum in it, with the ids of the figures so read; and a plain number near one of the other's rates,
    as that rate, where the statement gives no money in another currency. Such a sum may agree with
    the other's (the same amount), never conflict with it: its currency is a guess."""
    codes = {g.unit for g in other if g.kind == "money"}
    # where both give such amounts, they are compared as they are ("1,6 millió koronára" / "1,6 miljarder")
    if not codes or any(map(_bare_sum, other)):
        return figures, set()
    own = {f.unit for f in figures if f.kind == "money"}
    out, unsaid = [], set()
    # and a change of a sum where the other's money changes too ("ont reculé de 6,3 milliards" / "cayeron
    # en 6.300 millones de dólares")
    changes = {g.measure for g in other if g.kind == "money" and g.measure in CHANGES}
    sums = [g for g in other if g.kind == "money"]
    for f in figures:
        # a rate may be the other's among its sums ("a 12,65 per dollaro" / "58.000 cedis la tonelada,
        # 4.585 dólares ... de 12,65 cedis por dólar"), or the rest of its own statement's ("de 312,40
        # bolivars pour un dollar lundi à 325,10 vendredi")
        if (rate := _a_rate_near(f, sums)) is not None and own <= {rate.unit}:
            f = replace(f, kind="money", unit=rate.unit, usd=None, as_of=None, per=f.per or rate.per)
            unsaid.add(id(f))
        elif not own and len(codes) == 1 and (_bare_sum(f) and (f.measure in _SUM_MEASURES or f.measure in changes)
                                              or _a_sum_near(f, sums)):
            f = replace(f, kind="money", unit=next(iter(codes)), usd=None, as_of=None)
            unsaid.add(id(f))
        out.append(f)
    return out, unsaid


def _a_rate_near(f: Figure, sums: list[Figure]) -> Figure | None:
    """The other statement's rate or sum that ``f``, a plain number or a rate whose currency is
    unsaid, is the exchange rate of, where it lies within a few per cent of that rate, or of that sum
    as the price of a currency ("der offizielle Kurs noch bei 50,80" / "50.80 جنيه للدولار", "a 24,05 per
    dollaro" / "24.10 kwacha to the dollar", "4.563 per franc" / "4,563 Zloty"); else None."""
    if not _plain_digits(f) or f.per is not None and not is_rate(f):
        return None
    return next((g for g in sums if (is_rate(g) and f.per in (None, g.per) or is_rate(f) and g.per is None)
                 and relative_difference(f.value, g.value) <= SLIGHT_MAX), None)


def _a_sum_near(f: Figure, sums: list[Figure]) -> bool:
    """A plain number of three digits or more within a few per cent of one of the other statement's
    sums: that sum, its currency unsaid ("le birr s'échangeait à 166,10" / "kostete ein Dollar offiziell
    166,10 Birr", "7 500 lira i månaden" where Swedish names no Turkey)."""
    return _plain_digits(f) and abs(f.value) >= 100 and any(relative_difference(f.value, g.value) <= SLIGHT_MAX
                                                            for g in sums)


def _plain_digits(f: Figure) -> bool:
    """A number written in digits with no unit: one the other statement's money may say the currency of."""
    return f.kind == "number" and f.unit is None and not f.words


def _bare_sum(f: Figure) -> bool:
    """An amount written in digits with a scale word and no currency: "350 milioni", "115 miljoen"."""
    return bare_amount(f, f.text) and not f.words


def _held_by_what_they_share(paired: list[tuple[Figure, Figure, Comparison]]) -> list[tuple[Figure, Figure, Comparison]]:
    """``paired`` (figure, counterpart, comparison), where the two statements give one number of two digits or more
    alike, a figure that says not what it measures written with its counterpart's digits (two swapped, or a power of
    ten apart; ``_slipped_beside``) held against it: the two statements say one thing, and the digits are one
    outlet's slip ("fordern 5,6 Prozent mehr Lohn, das Unternehmen bietet 3,8 Prozent" / "6,5 procent over to år,
    ... 3,8 procent"; "1,42 Millionen Dollar um, ein Plus von 6,2 Prozent" / "rose 6.2% ... to $1.42bn"). Other
    figures beside an agreeing one are often other things."""
    shared = [f for f, g, best in paired
              if best.outcome == "consistent" and same_written_number(f, g) and f.kind == g.kind != "year"
              and not (f.words or g.words)]
    if not shared:
        return paired
    why = f"the statements agree on {shared[0].text}"
    return [(f, g, replace(best, outcome="conflict", reason="", difference=relative_difference(f.value, g.value),
                           note="; ".join(filter(None, [best.note, SWAPPED if figures_swapped(f, g) else "", why])))
             if _slipped_beside(f, g, best) else best) for f, g, best in paired]


def _swapped_digits(paired: list[tuple[Figure, Figure, Comparison]],
                    other_days: bool) -> list[tuple[Figure, Figure, Comparison]]:
    """``paired`` (figure, counterpart, comparison), where two figures that may measure different things
    are one number with two neighbouring digits swapped ("540 CFA francs" / "450 FCFA", "4.3%" / "3,4 %",
    "108 millimetri" / "180 milimeter"): one outlet's slip far more often than two things counted with
    the same digits, and the reviewer reads why. Not a figure true of its day only, said on two days: a
    toll grows ("214 Menschen tötete" / "241 orang tewas" two days later)."""
    return [(f, g, replace(best, outcome="conflict", reason="", difference=relative_difference(f.value, g.value),
                           note="; ".join(filter(None, [best.note, SWAPPED]))))
            if best.outcome == "not-compared" and best.reason in (_PLAIN, UNSAID) and f.kind == g.kind != "year"
            and not (f.words or g.words) and figures_swapped(f, g)
            and not (other_days and (of_its_day(f) or of_its_day(g)))
            else (f, g, best) for f, g, best in paired]


def _slipped_beside(f: Figure, g: Figure, best: Comparison) -> bool:
    """Whether ``f`` and ``g``, of two statements that give another figure alike, are one figure with
    its digits slipped: one that says not what it measures with its counterpart's digits, or two plain
    counts with two digits swapped ("dont 120 pilotes" / "varav 210 piloter", beside "1 150" both give).
    Two plain counts further apart may still be two things ("120 pilotes" / "170 piloter")."""
    if best.reason == _PLAIN:
        return figures_swapped(f, g)
    return best.reason == UNSAID and same_digits(f, g)


def _plain_agreement_alone(paired: list[tuple[Figure, Figure, Comparison]]) -> list[tuple[Figure, Figure, Comparison]]:
    """``paired``, where the statements agree only on numbers that say not what they count ("24" /
    "24") while a figure that does say ("108 millimetri" / "180 milimeter") could not be compared: the
    agreement is none then ("in 24 ore" is no more than the span both gave)."""
    def plain(f: Figure) -> bool:  # "2.410" / "2,410" is one count, said by both: not so plain
        return f.kind == "number" and f.unit is None and f.measure is None and not f.subject \
            and (f.words or len(significant(f.value)) < 3) or f.dimension == "span"

    def says(f: Figure) -> bool:
        return f.kind in ("money", "percent") or bool(f.unit or f.measure) and f.dimension != "span"

    said = [best for f, g, best in paired if best.outcome == "not-compared" and says(f) and says(g)]
    if not said or any(best.outcome != "not-compared" and not (plain(f) and plain(g)) for f, g, best in paired):
        return paired
    return [(f, g, replace(best, outcome="not-compared", reason="alike, but neither says what it counts")
             if best.outcome != "not-compared" else best) for f, g, best in paired]


def _partial(f: Figure, g: Figure) -> bool:
    """Whether one of two figures is a part and the other perhaps the whole ("davon etwa 350 in
    Dortmund" / "rund 6.000 Mitarbeiter"); not so for two of one place ("w tym 18 w Bułgarii" /
    "Bulgaria with 18"). The other outlet may have said the same part without saying it is one, so
    they may agree, but never conflict."""
    return f.part != g.part and not (f.subject and f.subject == g.subject)


_SHARED_OUT = frozenset({"damage", "aid"})  # sums a country gets its part of ("štetu u Hrvatskoj na oko 180 milijuna eura")


def _two_countries_sums(f: Figure, g: Figure) -> bool:
    """Whether ``f`` and ``g`` are sums a country takes its own part of (damage, aid), each in another
    country's own currency: a government gives its country's damage in its own money ("Vláda
    odhadla škody na 48 miliard korun" / "Rząd: straty ... 9,5 mld zł")."""
    shared = {f.measure, g.measure} & _SHARED_OUT and {f.measure, g.measure} <= _SHARED_OUT | {None}
    return bool(shared) and f.unit != g.unit and national_currency(f.unit) and national_currency(g.unit)


def _one_countrys(f: Figure, g: Figure) -> bool:
    """Whether one of two figures is said to be a country's and the other no one's."""
    return bool(f.subject) != bool(g.subject) and is_country(f.subject or g.subject)


def _a_country_part(f: Figure, g: Figure) -> bool:
    """Whether one of two counts is a country's ("2.100 ansatte i Danmark"), the other no one's, and
    the country's the smaller: a part of the whole ("rund 6.000 Mitarbeiter"), perhaps."""
    part, whole = (f, g) if f.subject else (g, f)
    return is_country(part.subject) and not whole.subject and abs(part.value) < abs(whole.value)


def _names_in_common(fa: list[Figure], fb: list[Figure]) -> tuple[list[Figure], list[Figure]]:
    """``fa`` and ``fb`` without the subjects that are names (not countries) in a family of figure
    where the two sides name no subject in common: one party may be named otherwise in another
    language ("The Socialists won 77 seats" / "o PS 77 deputados"); a country is one in every language,
    and a part's town keeps it apart from another town's part ("i Köpenhamn" / "w Gdańsku")."""
    def named(f: Figure) -> bool:
        return not is_country(f.subject)

    common = {family for family, _ in _subjects(fa, named) & _subjects(fb, named)}
    return tuple([f if not f.subject or is_country(f.subject) or f.part or _family(f) in common
                  else replace(f, subject="") for f in figures] for figures in (fa, fb))


def _lists_of_the_same_subjects(fa: list[Figure], fb: list[Figure]) -> set[tuple]:
    """The families of figure in which each side gives two subjects' figures or more, of the same
    subjects (two in common at least)."""
    def now(f: Figure) -> bool:
        return not f.earlier

    shared = Counter(family for family, _ in _subjects(fa, now) & _subjects(fb, now))
    return {family for family, n in shared.items() if n >= 2}


def _one_list(f: Figure, g: Figure, sf: Signature, sg: Signature) -> bool:
    """Whether ``f`` and ``g`` (of statements ``sf``, ``sg``), of two lists of the same subjects, are one
    subject's entry of one list: not a share held ("controlarán el 58%") against a share's move
    ("Telvira slipped 3.5%"), nor two days' moves ("Lusomar jumped 18% on Monday, while Telvira slipped
    3.5%" / "este martes otro 2,1%, mientras que Telvira cedió un 0,8%")."""
    return f.subject == g.subject != "" and f.measure == g.measure and not (
        f.measure in CHANGES and (f.dated or g.dated or sf.date != sg.date))


def _one_nationality(f: Figure, g: Figure, sa: Signature, sb: Signature) -> bool:
    """Whether ``f`` and ``g`` both count one nationality, the same ("trois Australiens" / "Four
    Australians were among the 19 dead"): a story's count of its Australians, whatever else it says."""
    return NATIONALS in sa.places and NATIONALS in sb.places and f.subject == g.subject and is_country(f.subject) \
        and f.kind == g.kind == "number" and f.dimension is None and not (f.part or g.part)


def _one_count_of_one_source(f: Figure, g: Figure, sa: Signature, sb: Signature) -> bool:
    """Whether ``f`` and ``g`` are each their statement's only count by one counter, the same ("Die
    Polizei zählte 24.000 Teilnehmer, die Gewerkschaften sprachen von 110.000" / "Selon la police, 42 000
    personnes ont défilé")."""
    return bool(f.source) and f.source == g.source and _alone(f, sa, True) and _alone(g, sb, True)


def _alone(x: Figure, s: Signature, of_its_source: bool = False) -> bool:
    """Whether ``x`` is the only figure of its kind and dimension (and source) its statement ``s`` gives
    (conversions in brackets and the levels changes started from aside)."""
    return sum(1 for y in s.quantities if (y.kind, y.dimension) == (x.kind, x.dimension) and not y.courtesy
               and not y.earlier and (not of_its_source or y.source == x.source)) == 1


def _subjects(figures: list[Figure], keep) -> set[tuple]:
    """(family, subject) of the figures with a subject that ``keep`` keeps."""
    return {(_family(f), f.subject) for f in figures if f.subject and keep(f)}


def _implied_subjects(figures: list[Figure], sig: Signature, others: list[Figure]) -> list[Figure]:
    """``figures`` (of ``sig``), those without a subject given the one subject of the other side's
    list that their statement names: "Naleraq blev største parti med 28,6 procent" against
    "Demokraatit topped the poll with 28.6%, ahead of Naleraq on 27.1%" speaks of Naleraq."""
    listed = {g.subject for g in others if g.subject}
    named = listed & (sig.entities.keys() | sig.places) if len(listed) > 1 else set()
    named_countries = countries(sig.places)
    if len(named) != 1 or (named <= named_countries and len(named_countries) > 1):
        return figures  # "partagés entre la France et la Norvège": no one country's
    (subject,) = named
    return [f if f.subject else replace(f, subject=subject) for f in figures]


def _sum_of_two(f: Figure, alike: list[Figure], s_f: Signature, s_other: Signature) -> Comparison | None:
    """The comparison of ``f`` with the sum of two of the other side's figures in its unit, one of its
    measure, the other of it or of none, when they add up to it ("200.000 kroner plus en rekordbonus
    på 50.000 kroner" / "250,000 Danish crowns in prize money and bonus"), None when no two do."""
    if f.measure is None:
        return None
    parts = [g for g in alike if g.measure in (f.measure, None) and g.unit == f.unit and g.period == f.period
             and not g.earlier and not g.part and g.subject in ("", f.subject)]  # not Greece's 14 and Turkey's 27
    for i, g in enumerate(parts):
        for h in parts[i + 1:]:
            if f.measure not in (g.measure, h.measure):
                continue  # one of the two, at least, says it is of the same thing
            if min(g.value, h.value) < SUM_PART * (g.value + h.value):
                continue  # "tres (meses)" is no part of "502 productos": too small to be what makes them agree
            total = replace(g, value=g.value + h.value, text=f"{g.text} + {h.text}", usd=None, as_of=None,
                            approx=g.approx or h.approx, bound="")
            c = _pair(f, total, s_f, s_other)
            if c.consistent:
                return noted(c, "the sum of two figures")
    return None


def _as_from(c: Comparison | None) -> Comparison | None:
    """``c`` seen from its other side: its two figures swapped."""
    return None if c is None else replace(c, a=c.b, b=c.a)


def _timed(s: Signature) -> int:
    """How many race times a statement gives ("Langat werd tweede in 2:07:19, Tadesse ... in 2:08:02")."""
    return sum(1 for f in s.quantities if f.dimension == "duration" and not f.courtesy and not f.earlier)


def _by_a_conversion(f: Figure, g: Figure, s_f: Signature, s_g: Signature) -> Comparison | None:
    """Two sums no rate converts, where an outlet gives its own conversion into the other's currency:
    "2,2 miliardi di lek" / "21,9 milionë euro, rreth 2,13 miliardë lekë" meet in leks, as two
    figures of one currency. None where no conversion is in the other's currency."""
    mine, theirs = conversions(f, s_f), conversions(g, s_g)
    pairs = [(c, g) for c in mine if c.unit == g.unit] + [(f, d) for d in theirs if d.unit == f.unit]
    pairs += [(c, d) for c in mine for d in theirs if c.unit == d.unit]
    for x, y in pairs:
        c = _pair(replace(x, courtesy=False), replace(y, courtesy=False), s_f, s_g)
        if c.outcome != "not-compared":
            return noted(c, "in an outlet's own conversion")
    return None


def date_undated(statements, signatures, pairs) -> None:
    """Give each undated statement among ``pairs`` (positions into ``statements``/``signatures``)
    the story date of its related articles: the dated articles of its candidate pairs (the matcher
    found them through shared names, figures and periods). Its own story date, if it had one from
    its text, gives way: related articles are the better witness. Sets ``Signature.story_date``.
    The two halves apart (``undated_links``, ``give_story_dates``) let a job whose pairs are spread
    over partitions gather the links of all of them first."""
    related = undated_links(statements, pairs)
    if related:
        give_story_dates(statements, signatures, {x for pair in pairs for x in pair}, related)


def undated_links(statements, pairs) -> dict[int, dict[int, str]]:
    """For each undated article among ``pairs``, the dated articles it is paired with: {undated
    article: {dated article: its date}}. Links of several sets of pairs merge by ``dict.update``
    per article."""
    related: dict[int, dict[int, str]] = {}
    for p, q in pairs:
        for me, other in ((p, q), (q, p)):
            if statements[me].date is None and statements[other].date:
                related.setdefault(statements[me].article_id, {})[statements[other].article_id] = statements[other].date
    return related


def give_story_dates(statements, signatures, positions, related: dict[int, dict[int, str]]) -> None:
    """The undated statements at ``positions`` take the story date of their article's ``related``
    dated articles (see ``undated_links``)."""
    for p in positions:
        dates = related.get(statements[p].article_id)
        if dates and statements[p].date is None:
            sig = signatures[p]
            sig.story_date, sig.story_reason = story_date(dates.values())
