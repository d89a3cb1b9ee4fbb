"""Slips of one outlet's pen between two figures of one thing: two digits swapped ("86 milioni" /
"68 milhões"), a zero or a separator slipped ("5,972" / "59 720"), "million" for "billion", the
same amount for another period or span, a toll that falls on a later day in the same digits. Each
is a conflict ``core.consistency`` gives where it finds one, even where the outlets do not say
what their figures count."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from factcheck.core import qualified_measures
from factcheck.core.comparison import Comparison, relative_difference, short_day
from factcheck.core.figure_spans import span_words
from factcheck.core.measure_words import CHANGING, HOW_COUNTED
from factcheck.core.models import Figure
from factcheck.core.periods import period_days
from factcheck.core.quantity_words import UNIVERSAL, WORDS
from factcheck.core.quarters import QUARTER_BASE, months_of, several_months

SWAPPED = "two digits swapped"  # the note of a slip of two neighbouring digits, of a figure or a year


def of_its_day(f: Figure) -> bool:
    """Whether ``f`` is true of its day only: a count that grows as a story goes on (a toll, those an
    event has hit so far), a share's move."""
    return f.measure in CHANGING or f.dated


def significant(value: float) -> str:
    """The significant digits of a number as written in digits: 59720 and 5.972 -> "5972"."""
    digits = Decimal(repr(abs(value))).normalize().as_tuple().digits
    return "".join(map(str, digits)).rstrip("0")


def same_written_number(f: Figure, g: Figure) -> bool:
    """Whether ``f`` and ``g`` give one number of two or more significant digits ("42.50", "412"): in
    another currency, period or span it is a slip, not a coincidence."""
    return f.value == g.value and len(significant(f.value)) >= 2


def same_sum(f: Figure, g: Figure) -> bool:
    """Whether ``f`` and ``g`` give one number of two or more digits, or a round one of a hundred or
    more ("900 miljoner kronor" / "900 miljoonan kruunun"; "po 20 000 złotych" / "20 000 eur"): in
    another period or currency, one outlet's slip."""
    return same_written_number(f, g) or f.value == g.value and abs(f.value) >= 100


_PERCENT_WORDS = frozenset(w.casefold() for entry in (UNIVERSAL, *WORDS.values()) for w in entry.get("percent", ()))


def fraction_in_words(f: Figure) -> bool:
    """Whether ``f`` is a share written as a fraction in words ("drei Viertel", "one in five",
    "quatre passagers sur dix"), not as so many per cent ("zehn Prozent") or in digits."""
    if f.kind != "percent" or f.unit != "%" or any(ch.isdigit() for ch in f.text):
        return False
    folded = f.text.casefold()
    return not any(word in folded for word in _PERCENT_WORDS)


def same_digits(f: Figure, g: Figure) -> bool:
    """Whether ``f`` and ``g`` are written with the same two digits or more, in any order, and one sign
    ("fell by 59%" and "-59%" are one change said two ways)."""
    a, b = significant(abs(f.value)), significant(abs(g.value))
    return len(a) >= 2 and sorted(a) == sorted(b) and (f.value < 0) == (g.value < 0)


def digits_swapped(x: float, y: float) -> bool:
    """Whether ``x`` and ``y`` are one number of two digits or more with two neighbours swapped."""
    if not x or not y or math.floor(math.log10(x)) != math.floor(math.log10(y)):
        return False
    a, b = significant(x), significant(y)
    if len(a) != len(b) and x == int(x) and y == int(y):  # a zero swapped in: "208" / "280"
        a, b = str(int(x)), str(int(y))
    if len(a) < 2 or len(a) != len(b) or a == b:
        return False
    at = [i for i in range(len(a)) if a[i] != b[i]]
    return len(at) == 2 and at[1] == at[0] + 1 and a[at[0]] == b[at[1]] and a[at[1]] == b[at[0]]


def figures_swapped(f: Figure, g: Figure) -> bool:
    """Whether two figures are one number with two neighbouring digits swapped (``digits_swapped``)."""
    return digits_swapped(abs(f.value), abs(g.value))


def year_slip(x: int, y: int) -> str:
    """How two years are one year mistyped: two neighbouring digits swapped ("1989" / "1998"), or the
    decade wrong and the last digit kept ("2009" / "2019", "1994" / "2004"); "" when they are not.
    A year a digit off at its end is not one: a story's years are often a few apart."""
    if x == y:
        return ""
    if digits_swapped(x, y):
        return SWAPPED
    return "another decade" if x % 10 == y % 10 and abs(x - y) <= 30 else ""


def thousandfold(f: Figure, g: Figure) -> bool:
    """Whether one figure is a thousand times the other or more ("8,9 mln" / "8,9 miljard")."""
    x, y = sorted((abs(f.value), abs(g.value)))
    return x > 0 and y >= 950 * x


def tenfold_slip(f: Figure, g: Figure, alone: bool = False) -> Comparison | None:
    """The same three or more digits, a power of ten apart ("5,972 died" / "59 720 morts"): a slip of
    a separator or a zero, a conflict whatever else would excuse it (a count of another day, "at
    least" on both sides). Fewer will do where the two are of one measure, or a sum or a measurement
    of which one side says none: one digit for sums and measurements ("8,000 hectares" / "80.000
    ettari", "1 million pesos" / "10 million"), two for counts ("470 000 arbetslösa" / "47.000
    werklozen"; "rund 6.000 Mitarbeiter" / "noin 60 työntekijää" in Finland is a part). Not for
    shares (1.5 % growth and 15 % of a market), counts that grow (12 dead, then 120), distances that
    say only their unit ("150 km" from one coast, "15 km" from another; not a rate: "18 Meter pro
    Jahr" / "1,8 meter om året" of a coast's loss) or plain numbers, unless
    each is its statement's one figure of its kind (``alone``: "38.000 geplande operaties" / "Some 3,800
    planned operations"), when two digits will do for a count, as they do for a count ten times another
    whatever each says it counts ("3.100 passeggeri" / "31.000 viajeros"; a hundredfold may be a part
    and its whole). None when the figures are not so."""
    x, y = abs(f.value), abs(g.value)
    small, large = (x, y) if x < y else (y, x)
    # a separator or a zero slips by ten or a thousand, "million" for "billion" by a thousand: 18 zlotys
    # a bird and 180 million zlotys of exports are two sums
    if large < 9.5 * small or large > 1001 * small or not small or f.words or g.words:
        return None
    if f.measure != g.measure and (f.measure in HOW_COUNTED or g.measure in HOW_COUNTED):
        return None  # "1,9 tonne par hectare" is no harvest of 19 million tonnes
    digits = significant(small)
    fewer_will_do = (f.measure == g.measure or not (f.measure and g.measure)) and f.kind != "percent" \
        and not of_its_day(f) and not of_its_day(g) \
        and (f.kind != "number" or f.measure is not None and f.measure == g.measure
             or f.dimension is not None and not (f.measure and g.measure)
             and (f.dimension != "length" or bool(f.period) and f.period == g.period))
    scale_word = _scale_slipped(f, g)
    # "150 km" from one coast and "15 km" from another, or 12 dead and then 120, are still two figures
    alone = alone and f.dimension != "length" and not of_its_day(f) and not of_its_day(g)
    enough = (1 if f.kind == "money" or f.dimension else 2) if fewer_will_do or scale_word else 2 if alone else 3
    if f.kind == "number" and not (f.dimension or of_its_day(f) or of_its_day(g)) and large < 10.5 * small:
        enough = min(enough, 2)
    if 30 < large / small < 300:  # a hundredfold is two zeros slipped: seldom, unless the digits say more
        enough = max(enough, 3)
    if len(digits) < enough or not _same_digits_rounded(digits, significant(large)):
        return None
    why = "a scale word slipped" if scale_word else "a separator or a zero slipped"
    return Comparison(f.kind, f.text, g.text, relative_difference(f.value, g.value), 0.0,
                      f"the same digits: {why}", "conflict")


def _same_digits_rounded(a: str, b: str) -> bool:
    """Whether two figures' significant digits are the same, the one written with more of them rounded
    or cut to the other's three or more ("212" / "2124": "21,2 εκατ." is a tenth of "212,4 miljoner";
    "418" / "4186": "۴۱٫۸ میلیون دلار" of "$418,6 млн")."""
    if a == b:
        return True
    fewer, more = sorted((a, b), key=len)
    if len(fewer) < 3 or len(fewer) == len(more):
        return False
    cut = 10 ** (len(more) - len(fewer))
    return fewer in (str(round(int(more) / cut)), str(int(more) // cut))


def _scale_slipped(f: Figure, g: Figure) -> bool:
    """Whether ``f`` and ``g`` are a million and a billion (or a thousand and a million) of one number,
    each written with its scale word ("1,6 millió" / "1,6 miljarder"): one word slipped, whatever
    they count."""
    small, large = sorted((abs(f.value), abs(g.value)))
    worded = all(any(ch.isalpha() for ch in x.text) for x in (f, g))
    if worded and 9.5 * small <= large <= 10.5 * small and small >= 1000:
        # a myriad or a lakh against a million is a tenfold slip when one is carried into the other
        # ("12万剂" for "1.2 million doses", "15 lakh taka" for "দেড় লাখ")
        return any(_MYRIAD.search(x.text) for x in (f, g))
    return 950 * small <= large <= 1001 * small and small >= 1000 and worded


# scale words of ten thousand and a hundred thousand: Chinese, Japanese and Korean, and South Asia's
_MYRIAD = re.compile(r"[万萬만]|lakh|लाख|লাখ|لاکھ|ലക്ഷ|லட்சம்|ಲಕ್ಷ|లక్ష|લાખ|ਲੱਖ")


def swapped_digits(f: Figure, g: Figure, certain: bool, one_day: bool = False) -> Comparison | None:
    """Two neighbouring digits swapped, the figures of one unit and order of magnitude ("per 86
    milioni di euro" / "por 68 milhões de euros"): one outlet's slip, a conflict where the two say
    one thing (``certain``) or the swap is too plain to be two things (``_plainly_swapped``), never
    for counts that grow (14 dead, then 41) unless both are of ``one_day`` ("241人が死亡" / "214" on
    one day). None when the figures are not so."""
    if f.unit != g.unit or f.words or g.words or not one_day and (of_its_day(f) or of_its_day(g)):
        return None
    if not figures_swapped(f, g) or not (certain or _plainly_swapped(f, g)):
        return None
    return Comparison(f.kind, f.text, g.text, relative_difference(f.value, g.value), 0.0, SWAPPED, "conflict")


def _plainly_swapped(f: Figure, g: Figure) -> bool:
    """Whether two figures with swapped digits, which may count two things, are still one outlet's
    slip. Where neither says what it counts: a measurement in a unit, or three digits or more ("263
    πτήσεις" / "236 vols"); two counts of 12 and 21, or shares of 12 % and 21 %, are too often two
    things. Where one says: a count, a measurement or a share of three digits or more ("241 glaciares
    desaparecieron" / "214 Gletscher", "142.500 tonnellate" / "exported 124,500 tonnes", "19,8 Prozent" /
    "resta al 18,9%"), or a sum whose leading digit moved
    ("86 milioni di euro" / "68 milhões"), while 14.5 and 15.4 billion may well be two years', and a
    story of many shares has its 8.1 % and 1.8 % of two things."""
    digits = significant(abs(f.value)), significant(abs(g.value))
    if f.measure is None and g.measure is None:
        return f.kind != "percent" and f.unit is not None or len(digits[0]) >= 3
    if f.measure is not None and g.measure is not None:
        return False
    if f.kind in ("number", "percent"):
        return len(digits[0]) >= 3
    return f.kind == "money" and leading_digit_moved(f, g)


def leading_digit_moved(f: Figure, g: Figure) -> bool:
    """Whether ``f`` and ``g`` begin with different digits ("86 milioni" / "68 milhões", not 14.5 / 15.4)."""
    return significant(abs(f.value))[:1] != significant(abs(g.value))[:1]  # zero has no digit: "0" / "0,0"


def period_slip(f: Figure, g: Figure) -> Comparison | None:
    """The same sum for two periods ("45 Millionen Euro pro Monat" / "45 million euros a year"), or
    over two spans, a rate's period being one ("2,4 miliarde de euro pe an" / "€2.4bn over four
    years", ``figure_spans``): one outlet wrote the wrong period, a conflict even where neither says
    what the sum is. None when the figures are not so."""
    x, y = _days(f), _days(g)
    if x is None or y is None or f.unit != g.unit:
        return None
    shorter, longer = sorted((x, y))
    # a measured amount is no coincidence even in one digit ("fünf Liter pro Woche" / "pet litrov na
    # osebo na dan"), where three times a day and three times a week are two habits; nor an outlet's
    # rounding of a hundred or more ("dagelijks zo'n 650 vluchten" / "646 voli ... tra lunedì e mercoledì")
    rounded = (f.approx or g.approx) and min(abs(f.value), abs(g.value)) >= 100 \
        and relative_difference(f.value, g.value) <= _ROUNDED
    # (a count of two digits or more too: "37 πλοία την εβδομάδα" / "37 سفينة يومياً")
    same = same_sum(f, g) or f.value == g.value and (f.unit is not None or abs(f.value) >= 10) \
        and f.kind != "percent" or rounded
    if not same or longer < _ANOTHER_SPAN * shorter:
        return None
    how = "for another period" if rate_or_quarter(f) and rate_or_quarter(g) else \
        f"over another span: {span_words(x)} / {span_words(y)}"
    return Comparison(f.kind, f.text, g.text, 1 - shorter / longer, 0.0, f"the same number {how}", "conflict")


_ANOTHER_SPAN = 2.0  # "in the past week" is a week's total, as "a week" is; "over ten days" is not;
# "41 jam" of an outage and "entre vendredi et dimanche" may be one weekend
_ROUNDED = 0.02


def _days(f: Figure) -> float | None:
    """The days ``f`` is a total of: its period's (a quarter's for an amount of one quarter), its
    months' ("in the first ten months"), else its span's (``Figure.over``); None for a change's base
    "since" an event."""
    if period := rate_or_quarter(f):
        return period_days(period)
    if f.over is None and f.kind != "percent" and several_months(f.month):
        first, last = months_of(f.month)
        return (last - first + 1) * period_days("monthly")
    return f.over


def rate_or_quarter(f: Figure) -> str | None:
    """``f``'s period; a quarter's for an amount of one quarter ("Fourth-quarter output is expected at
    52,000 tonnes" against "52 000 ton per månad")."""
    if f.period or f.kind == "percent" or not f.month or not QUARTER_BASE < f.month <= QUARTER_BASE + 4:
        return f.period
    return "quarterly"


def other_periods_amount(f: Figure, g: Figure) -> Comparison | None:
    """Two amounts said for one period, one the other times the days of a week, the months of a year,
    the weeks or the days of a year ("648 ευρώ τον μήνα" / "54 euro al mese": a year's bill said per
    month; "17,5 εκατ. ευρώ την εβδομάδα" / "2,5 miljoen euro per week": a week's penalty for a day's):
    one outlet gave another period's amount, a conflict. Only to their precision, and of two digits or
    more (both, where one is said "about"), where such a multiple is no coincidence. None when the
    figures are not so."""
    if not (f.period and f.period == g.period and f.unit == g.unit and f.per == g.per) or f.kind == "percent":
        return None
    small, large = sorted((abs(f.value), abs(g.value)))
    # round figures said "about" may be a multiple by chance ("apie 25 mln. eurų" / "rund 300 Millionen")
    one_digit = [len(significant(value)) < 2 for value in (small, large)]
    if small == 0 or all(one_digit) or any(one_digit) and (f.approx or g.approx):
        return None
    room = max(f.precision, g.precision, 1e-9)
    times = next((n for n in _PERIOD_MULTIPLES if abs(large / small / n - 1) <= room), None)
    if times is None:
        return None
    return Comparison(f.kind, f.text, g.text, 1 - small / large, 0.0,
                      f"one is {times}× the other: another period's amount, said for the same period", "conflict")


_PERIOD_MULTIPLES = (7, 12, 52, 365)  # days in a week, months, weeks and days in a year


def span_slip(f: Figure, g: Figure, why: str) -> Comparison | None:
    """The same amount over two spans ("412 millimetri in 48 ore" / "412 millimètres en 24 heures"): one
    outlet wrote the wrong span. ``why``: how their qualifiers differ. None when the figures are not so."""
    if qualified_measures.split(f.measure)[0] not in qualified_measures.SPANS or f.unit != g.unit \
            or not same_written_number(f, g):
        return None
    return Comparison(f.kind, f.text, g.text, 0.0, 0.0, f"the same amount, {why}", "conflict")


def another_time_slip(f: Figure, g: Figure, which: str) -> Comparison | None:
    """One amount of two digits or more, in one unit, given for two times (``which``: "year: 2023 /
    2025", "part of the year: Q3 / 9M"): one outlet's slip ("En 2024, Auren avait déjà rappelé 340 000"
    / "w 2021 roku ... 340 tys."). Not a share: a rate may well be the same twice. None when not so."""
    if same_written_number(f, g) and f.unit == g.unit and f.kind != "percent":
        return Comparison(f.kind, f.text, g.text, 0.0, 0.0, f"the same amount for another {which}", "conflict")
    return None


_ONLY_GROW = frozenset({"deaths", "injured", "cases"})  # tallies a story only adds to


def toll_fell(f: Figure, g: Figure, day_f: str, day_g: str, certain: bool) -> Comparison | None:
    """A toll lower on the later day by two swapped digits or a power of ten ("zahynulo 71 lidí" on 11
    October, "zahynulo 17 ľudí" on the 13th): the later outlet's slip, since tolls only grow; a
    toll revised down otherwise is a timeline. None when it is not so."""
    if not certain or f.measure not in _ONLY_GROW or g.measure != f.measure or f.unit != g.unit or f.words or g.words:
        return None
    earlier, later = (f, g) if day_f < day_g else (g, f)
    x, y = abs(earlier.value), abs(later.value)
    if y >= x or not (digits_swapped(x, y) or significant(x) == significant(y) and len(significant(x)) >= 2):
        return None
    return Comparison(f.kind, f.text, g.text, relative_difference(f.value, g.value), 0.0,
                      f"a toll lower on a later day, in the same digits: {earlier.text} ({short_day(min(day_f, day_g))}), "
                      f"then {later.text} ({short_day(max(day_f, day_g))})", "conflict")


CONVERTED_POWER = 0.06  # how far from a power of ten two sums in two currencies may be, rates and roundings apart


def converted_tenfold(f: Figure, g: Figure) -> Comparison | None:
    """Two sums in two currencies ten or a thousand times apart once converted ("222 milliárd
    forint" / "5,7 miljard euro": HUF 2,218 billion is the right conversion): one outlet's slip of a
    zero or a scale word in its conversion, a conflict even where neither says what the sum is; sums
    of two things are seldom a power of ten apart to within a few per cent. None when not so."""
    if f.kind != "money" or g.kind != "money" or f.unit == g.unit or not (f.usd and g.usd) or f.period != g.period:
        return None
    small, large = sorted((abs(f.usd), abs(g.usd)))
    for power in (10, 1000):
        if abs(large / (small * power) - 1) <= CONVERTED_POWER:
            return Comparison(f.kind, f.text, g.text, relative_difference(f.usd, g.usd), 0.0,
                              f"{power:,}× apart once converted", "conflict")
    return None


# The units outlets convert a measurement to, both ways
_CONVERTED_UNITS = (("m", "ft"), ("km", "mi"), ("kg", "lb"), ("ha", "ac"), ("l", "gal"), ("km/h", "mph"),
                    ("km²", "sq mi"), ("m²", "sq ft"))
_CONVERTED_ROOM = 0.005


def unit_slip(f: Figure, g: Figure) -> Comparison | None:
    """Two measurements in one unit, one the other's number in the unit outlets convert it to ("1.086
    metros" / "331 metri": 331 m is 1,086 feet): one outlet wrote the conversion's number with the
    other unit, a conflict even where neither says what it measures. Only to their precision, and of
    three digits or more, where such a ratio is no coincidence. None when not so."""
    from factcheck.core.units import convert

    other = next((b if a == f.unit else a for a, b in _CONVERTED_UNITS if f.unit in (a, b)), None)
    if f.kind != "number" or f.unit != g.unit or other is None or not f.value or not g.value:
        return None
    if min(len(significant(abs(f.value))), len(significant(abs(g.value)))) < 3:
        return None
    times = convert(1.0, f.unit, other) or 1.0
    room = max(f.precision, g.precision, _CONVERTED_ROOM)
    ratio = max(abs(f.value), abs(g.value)) / min(abs(f.value), abs(g.value))
    if abs(ratio / max(times, 1 / times) - 1) > room:
        return None
    return Comparison(f.kind, f.text, g.text, relative_difference(f.value, g.value), 0.0,
                      f"one is the other in {other}, written as {f.unit}", "conflict")
