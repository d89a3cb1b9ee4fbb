"""How near two figures in one unit are, graded: ``grade`` gives the outcome for two values, from the
precision each is written with, the words that make one approximate or a bound, and whether the two
surely measure one thing (a conflict must be certain; else the two are "not compared", ``UNSAID``).
The rules that decide which figures meet, and the slips found before grading, are ``consistency``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from factcheck.core.comparison import Comparison, not_compared, relative_difference
from factcheck.core.figure_context import PRECISION_CAP, half_unit, rounded_in_words
from factcheck.core.figure_slips import fraction_in_words, significant
from factcheck.core.models import Figure

EXACT = 0.005
CONVERTED = 0.03
APPROX = 0.10
PRECISE = 0.005  # a figure written to three significant digits or more ("322", "1.84")
SLIGHT_UNITS = 3  # "differs slightly": up to this many units of the last digit the coarser figure writes
SLIGHT_MAX = 0.05
UNSAID_BOUND = 0.2  # how far past a bound a figure that may measure another thing still meets it
_NEAR_UNSAID = 0.02  # two counts or shares this near, that may measure different things, differ slightly
_PAST_A_FRACTION = 0.25  # how far past a fraction in words said as a bound a share still is that fraction
_FAR_PAST_A_BOUND = 3.0  # a figure more than this many times past a bound is no way to say it
_ONE_FIGURE_AT_MOST = 10_000  # two figures this many times apart are two things, whatever they are said to measure
_PEAKS = frozenset({"speed", "temperature"})  # measures "up to" gives the highest reading of
UNSAID = "figures may measure different things (one side does not say what)"  # why an uncertain conflict is none
FAR_APART = "too far apart to be one figure: a price and a sum, perhaps"

# "nearly" and its kin put the amount a little below the figure: "nearly $20 million" is $19 million
_NEARLY = frozenset({"nearly", "almost", "close to", "just under", "næsten", "nesten", "nästan", "knapt", "knapp",
                     "knappt", "fast", "beinahe", "nahezu", "près de", "presque", "casi", "quasi", "quase", "bijna",
                     "hampir", "nyaris", "prawie", "niemal", "blisko", "lähes", "melkein", "csaknem",
                     "majdnem", "közel", "gotovo", "skoro", "téměř", "bezmála", "aproape", "σχεδόν", "takmer",
                     "beveik", "gandrīz", "peaaegu", "skoraj", "почти", "майже", "близо", "bron i", "beagnach"})


def _nearly(f: Figure, x: float, y: float) -> bool:
    """Whether ``f`` (value ``x``) says "nearly" and ``y`` is at most ``SLIGHT_MAX`` below it."""
    return f.approx_word.lower() in _NEARLY and x * (1 - SLIGHT_MAX) <= y <= x


def _step(f: Figure) -> float:
    """Half a unit of ``f``'s last digit but zeros, relative to it, or its precision where that is
    wider: the step a slight difference is counted in. A decimal's written zeros make it agree only to
    them ("27,0" with "27,3" is no agreement), but "6,50 %" and "6,75 %" are still a step of a rate
    apart, not one outlet's slip."""
    if not f.value:
        return f.precision
    number = Decimal(repr(abs(f.value)))
    return max(f.precision, min(half_unit(number, number.normalize().as_tuple().exponent), PRECISION_CAP))


def _slight(f: Figure, g: Figure, step_of: Callable[[Figure], float], tolerance: float) -> float:
    """The widest difference that is slight: a few units of the last digit of the coarser figure
    (``step_of`` gives it), unless that is one digit ("al 6%" / "6,25 procent": a step of a rate)."""
    coarse = [step_of(fig) for fig in (f, g) if fig.precision and len(significant(abs(fig.value))) > 1]
    written = [step_of(fig) for fig in (f, g) if fig.precision > 0]
    step = max(coarse) if coarse else min(written) if written else 0.0
    return max(tolerance, min(SLIGHT_MAX, 2 * SLIGHT_UNITS * step))


def far_apart(x: float, y: float) -> bool:
    """Whether two values are so far apart that no slip takes one to the other (``_ONE_FIGURE_AT_MOST``)."""
    return 0 < min(abs(x), abs(y)) * _ONE_FIGURE_AT_MOST < max(abs(x), abs(y))


def agreement_room(f: Figure) -> float:
    """The widest relative difference at which ``f`` may still be consistent with, or differ
    slightly from, another figure (``grade``'s tolerances at their widest; an "at least" or "at
    most" is not covered)."""
    return max(EXACT, f.precision, APPROX, SLIGHT_MAX) + CONVERTED


def grade(f: Figure, g: Figure, x: float, y: float, converted: bool, note: str, certain: bool) -> Comparison:
    """The outcome for values ``x`` (of f) and ``y`` (of g) in one unit."""
    difference = relative_difference(x, y)
    cap = f.bound == g.bound == "max"  # "up to €12m" / "jusqu'à 12 millions de livres": one cap, written twice
    approx = f.approx or g.approx or rounded_in_words(f) or rounded_in_words(g) or cap
    # "nearly 20 million" may be 18.5 million; but "about Rp324 miliar" against "nearly Rp322
    # miliar", both written to three significant digits in one currency, is a difference to show
    precise = max(f.precision, g.precision) < PRECISE
    widened = APPROX if approx and (converted or not precise) else 0.0
    # two counts written to the unit ("2,847,316" / "2 851 904") are two counts however near: they
    # differ slightly, they do not agree; and a race time is to the second
    timed = f.dimension == g.dimension == "duration"
    to_the_unit = not (converted or timed or f.words or g.words) and f.unit == g.unit \
        and max(f.precision, g.precision) < EXACT / 10
    # In one unit, figures in digits agree as far as their precision says and no further: "47,3%" and
    # "47.1%", "19,6 milyon" and "19,52 mln" differ slightly, where "185.000" agrees with 184,600
    same_unit = not (converted or f.words or g.words) and f.unit == g.unit
    exact = 0.0 if timed or to_the_unit or same_unit else EXACT
    # In one currency, "about 2.9 billion" is a rounding of the amount: it agrees with what rounds
    # to it ("2.87 billion", "unos 140" with 143), and differs slightly from another rounding
    # ("2,8 miljard", "rund 3600" against "some 3,480"). Across currencies rates and roundings vary.
    tolerance = max(exact, f.precision, g.precision, widened if converted else 0.0)
    words = [w for w in (f.approx_word, g.approx_word) if w]
    if approx and words:
        note = "; ".join(filter(None, [note, "approximate: " + ", ".join(f'"{w}"' for w in words)]))
    for bound, low, high, of in ((f.bound, x, y, f), (g.bound, y, x, g)) if not cap else ():
        # "at least 48" agrees with 64; "more than 300" with 500; but "gusts of up to 70 mph" is the peak
        # the wind reached, no cap on it: the same as "w porywach osiągał 70 km/h". Where the two may
        # be of different things, only a figure near the bound meets it ("ruim 6300 gevallen" / "6.340
        # Fälle"): "Ruim 1.500 hulpverleners" is not met by "4.2 million cubic feet" of mud
        if not certain and difference > UNSAID_BOUND:
            continue
        if bound == "max" and of.dimension in _PEAKS:
            continue
        room = max(tolerance, widened)
        if bound == "min" and high > low * _FAR_PAST_A_BOUND or bound == "max" and high * _FAR_PAST_A_BOUND < low:
            # "more than 1,000 card payments" is no way to say 85,000
            return not_compared(f, g, "a bound far from the other figure: perhaps of another thing")
        if fraction_in_words(of) and not low * (1 - _PAST_A_FRACTION) <= high <= low * (1 + _PAST_A_FRACTION):
            # "ruim een kwart", "just over a third": an outlet's rounding to the fraction just past the share,
            # no bound that 47 % or 62 % meets; those would be "nearly half" and "almost two-thirds"
            continue
        if bound == "min" and high >= low * (1 - room) or bound == "max" and high <= low * (1 + room):
            return Comparison(f.kind, f.text, g.text, difference, tolerance, note, "consistent")
    if _nearly(f, x, y) or _nearly(g, y, x):
        tolerance = max(tolerance, SLIGHT_MAX)
    if difference <= tolerance + 1e-12:
        outcome = "consistent"
    else:
        # a slight difference is a few units of the last digit of the coarser figure ("133.000 tons" /
        # "132,400 tonnes", ``_slight``); where the two surely count one thing, of their last digits but
        # zeros too: "6,50 %" and "6,75 %" are a step of a rate apart, no slip (``_step``)
        steps = (lambda fig: fig.precision, _step) if certain else (lambda fig: fig.precision,)
        slight = max(_slight(f, g, step_of, tolerance + (CONVERTED if converted else 0.0)) for step_of in steps)
        slight = max(slight, widened, EXACT if to_the_unit else 0.0, SLIGHT_MAX if words else 0.0)
        outcome = "differs-slightly" if difference <= slight + 1e-12 else "conflict"
    if outcome == "conflict" and far_apart(x, y):
        # "95 euro" a gram and "41億ユーロ" of fines: no slip takes one figure so far (a scale word a thousand);
        # none against some is another matter
        return Comparison(f.kind, f.text, g.text, difference, tolerance, note, "not-compared", FAR_APART)
    if outcome == "conflict" and not certain and f.kind != "money" and difference <= _NEAR_UNSAID:
        # "4.71 million" / "4,65 millions", "7,1 %" / "7.2%": so near, two readings of one thing far
        # more often than two things; the reviewer sees the figures differ
        return Comparison(f.kind, f.text, g.text, difference, tolerance,
                          "; ".join(filter(None, [note, "near: perhaps two sources' readings of one thing"])),
                          "differs-slightly")
    if outcome == "conflict" and not certain:
        return Comparison(f.kind, f.text, g.text, difference, tolerance, note, "not-compared",
                          UNSAID)
    return Comparison(f.kind, f.text, g.text, difference, tolerance, note, outcome)
