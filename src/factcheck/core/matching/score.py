"""The one definition of a pair's score: named terms, one weights object, and the upper bounds
that let most pairs be dismissed before their figures are compared.

A pair of claims is described by :class:`PairFacts` (how much of their names they share, how alike
their wording is, how their figures, periods and years compare, how alike they are in meaning);
:func:`combine` turns facts into a score. Facts not yet known are given at their best case
(``BEST_FIGURES``, ``Overlap.SAME``, no counterparts), so an upper bound is the same formula on
partly known facts: ``score_pair`` and the array pass in ``bulk`` both call :func:`combine`, one
with Python floats, the other with numpy arrays, so the formula cannot drift between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any, NamedTuple

from factcheck.core.consistency import compare_quantities, describe, summary, verdict
from factcheck.core.signature import Signature, counterparts

DEFAULT_MIN_SCORE = 0.55  # listed as related at or above this score
STORE_MIN_SCORE = 0.4  # kept in the store at or above this, so --min-score can go a little lower
# Stored with each related pair (``matches.judged_with``). Raise it whenever a stored pair would now be
# scored, described or judged otherwise: new weights, new consistency rules, a new SIGNATURE_VERSION.
# Pairs judged with an older one are judged again (``store.matches.refresh_matches``), so a reviewer
# never reads yesterday's verdict on two figures as today's.
JUDGING_VERSION = 26


class Figures(IntEnum):
    """How the two claims' figures compare (the index of the figure term's weights)."""

    NONE = 0  # neither side has figures
    ONE_SIDE = 1  # only one side has
    KINDS_DIFFER = 2  # both have, of different kinds (money vs percent)
    NUMBERS_ONLY = 3  # the kinds shared are plain numbers only
    AGREE = 4  # figures of a shared kind agree
    CONFLICT_NEAR = 5  # they disagree, within ``near_ratio`` (a wrong number in the same statement)
    CONFLICT_FAR = 6  # they disagree by more than that
    UNCOMPARED = 7  # both have figures of a shared kind, none could be compared (undated rates, unsaid measures)


class Overlap(IntEnum):
    """How two sets compare when it matters (periods, years)."""

    ABSENT = 0  # one side has none: no evidence either way
    SAME = 1  # they share one
    DIFFERENT = 2  # both have some, none shared


@dataclass(frozen=True, slots=True)
class Weights:
    entity_overlap: float = 0.35  # share of the smaller side's names the other side also has
    entity_mass: float = 0.15  # weight of the shared names (two full names at most)
    figures_agree: float = 0.30
    figures_conflict: float = 0.20
    figures_far: float = 0.10
    numbers_only: float = 0.10
    uncompared: float = 0.10  # "17,5 Mio. Euro" / "Rp 310 miliar", undated: may agree, may not
    kinds_differ: float = 0.20  # a cost
    figures_one_side: float = 0.05  # a cost
    near_ratio: float = 12.0  # "20 millioner" vs "200 millions": one order of magnitude is near
    other_names: float = 0.08  # cost per distinctive name each side has alone (A pays B / C pays B)
    period: float = 0.15  # gain when shared, cost when both have different ones
    year: float = 0.10
    year_differs: float = 0.05  # a cost
    text: float = 0.25  # wording, in close languages
    text_floor: float = 0.4  # wording below this much alike gains nothing
    meaning: float = 0.65  # alike in meaning beyond chance (0 without a model: then this term is nothing)
    no_shared_entity: float = 0.5  # multiplier: without a shared name the score stays below the threshold
    support_overlap: float = 0.7  # name overlap from which figures, periods, years, wording count fully

    def figures_gain(self) -> tuple[float, ...]:
        """Per ``Figures`` value, the gain (scaled by the name support)."""
        return (0.0, 0.0, 0.0, self.numbers_only, self.figures_agree, self.figures_conflict, self.figures_far,
                self.uncompared)

    def figures_cost(self) -> tuple[float, ...]:
        """Per ``Figures`` value, the cost (not scaled)."""
        return (0.0, self.figures_one_side, self.kinds_differ, 0.0, 0.0, 0.0, 0.0, 0.0)


WEIGHTS = Weights()
BEST_FIGURES = Figures.AGREE  # the largest figure term: an upper bound assumes it until figures are compared


@dataclass(slots=True)
class PairFacts:
    """What is known of a pair. Fields may be Python numbers or numpy arrays (one entry per pair)."""

    overlap: Any  # in [0, 1]: share of the smaller side's name weight that is shared
    shared_weight: Any  # summed weight of the shared names
    shared: Any  # any name shared at all
    text: Any = None  # wording similarity in [0, 1], None (NaN in arrays) when the languages are far apart
    figures: Any = BEST_FIGURES
    periods: Any = Overlap.SAME
    years: Any = Overlap.SAME
    counterparts: Any = 0.0  # in [0, 1]: distinctive names each side has that the other lacks
    meaning: Any = 0.0  # in [0, 1]: how alike in meaning beyond chance (0 without a model)


class _Scalars:
    """The few operations ``combine`` needs, on Python numbers."""

    minimum = staticmethod(min)
    maximum = staticmethod(max)

    @staticmethod
    def where(cond, a, b):
        return a if cond else b

    @staticmethod
    def take(table, i):
        return table[i]

    @staticmethod
    def text_or_zero(x):
        return 0.0 if x is None else x


class _Arrays:
    """The same operations on numpy arrays (imported on use: the workbench starts without numpy)."""

    def __init__(self) -> None:
        import numpy as np

        self.np = np
        self.minimum, self.maximum, self.where = np.minimum, np.maximum, np.where

    def take(self, table, i):
        return self.np.asarray(table)[i]

    def text_or_zero(self, x):
        return self.np.where(self.np.isnan(x), 0.0, x)


SCALARS = _Scalars()


def support(overlap, w: Weights = WEIGHTS, ops=SCALARS):
    """How much figures, periods, years and wording count: fully once most names agree, hardly when
    only a source or one of several names is shared. Equal numbers alone never make a match."""
    return ops.minimum(1.0, overlap / w.support_overlap) ** 2


def combine(f: PairFacts, w: Weights = WEIGHTS, ops=SCALARS):
    """The score of a pair (not clipped, not rounded) from its facts, term by term."""
    # How sure we are that the two speak of the same thing: the names they share, or the sentence
    # model finding them alike beyond their neighbourhoods (a translation names no one the same way)
    s = ops.maximum(support(f.overlap, w, ops), f.meaning)
    names = w.entity_overlap * f.overlap + w.entity_mass * ops.minimum(f.shared_weight, 2.0) / 2.0
    # formulaic news ("X pays Y N a month") is alike whoever pays: wording counts with the names
    wording = s * w.text * ops.maximum(0.0, (ops.text_or_zero(f.text) - w.text_floor) / (1 - w.text_floor))
    meaning = w.meaning * f.meaning
    figures = s * ops.take(w.figures_gain(), f.figures) - ops.take(w.figures_cost(), f.figures)
    counterparts = -w.other_names * f.counterparts
    periods = ops.where(f.periods == Overlap.SAME, s * w.period, ops.where(f.periods == Overlap.DIFFERENT, -w.period, 0.0))
    years = ops.where(f.years == Overlap.SAME, s * w.year, ops.where(f.years == Overlap.DIFFERENT, -w.year_differs, 0.0))
    total = names + wording + figures + counterparts + periods + years
    # without a shared name, less -- unless the model vouches for the pair
    return total * ops.where(f.shared, 1.0, w.no_shared_entity + (1 - w.no_shared_entity) * f.meaning) + meaning


def figures_at_best(kinds_a: set[str], kinds_b: set[str]) -> Figures:
    """The best figure outcome the kinds of figure allow, before any figure is compared."""
    common = kinds_a & kinds_b
    if common:
        return Figures.NUMBERS_ONLY if common == {"number"} else BEST_FIGURES
    if kinds_a and kinds_b:
        return Figures.KINDS_DIFFER
    return Figures.ONE_SIDE if kinds_a or kinds_b else Figures.NONE


def overlap_of(a: frozenset, b: frozenset) -> Overlap:
    if not a or not b:
        return Overlap.ABSENT
    return Overlap.SAME if a & b else Overlap.DIFFERENT


BOUND_MARGIN = 0.0001  # an upper bound this close to min_score could round up to it


class PairScore(NamedTuple):
    score: float
    evidence: list[str]
    consistency: str | None


def _names(a: Signature, b: Signature) -> tuple[list[str], float, float]:
    """Shared entity keys, their weight, and the overlap: the share of the
    smaller side's names that the other side also has (floored at one name's weight)."""
    keys = sorted(a.entities.keys() & b.entities.keys())  # sorted: the sum is the same in every process
    if not keys:
        return [], 0.0, 0.0
    ea, eb = a.entities, b.entities
    total = sum([max(ea[k].weight, eb[k].weight) for k in keys])
    overlap = min(1.0, total / max(min(a.entity_weight, b.entity_weight), 1.0))
    return keys, total, overlap


def score_pair(
    a: Signature, b: Signature, text_similarity: float | None = None, min_score: float = 0.0,
    meaning: float = 0.0, w: Weights = WEIGHTS, bounded: bool = False,
) -> PairScore:
    """(score in [0, 1], evidence lines, consistency) for two claims' signatures.
    ``text_similarity`` in [0, 1] is given only when the languages are close; ``meaning`` in [0, 1]
    is the sentence model's (hub-corrected) similarity. When even the best case cannot reach
    ``min_score`` the pair is not examined further: (upper bound, [], None). ``bounded``: the
    caller has found both bounds to reach ``min_score`` already (``bulk.bounds``), so they are
    not computed again."""
    shared, shared_weight, overlap = _names(a, b)
    facts = PairFacts(overlap, shared_weight, bool(shared), text_similarity, meaning=meaning)
    if not bounded and (best := combine(facts, w)) + BOUND_MARGIN < min_score:
        return PairScore(best, [], None)  # not rounded: rounding could lift it to min_score
    # A second bound before comparing any figure: periods, years and names only one side has
    # exactly, figures at their best.
    kinds_a = {q.kind for q in a.quantities}
    kinds_b = {q.kind for q in b.quantities}
    facts.figures = figures_at_best(kinds_a, kinds_b)
    facts.periods = overlap_of(a.periods, b.periods)
    facts.years = overlap_of(a.years, b.years)
    facts.counterparts = counterparts(a, b, shared)
    if not bounded and (best := combine(facts, w)) + BOUND_MARGIN < min_score:
        return PairScore(best, [], None)

    comparisons = compare_quantities(a, b)
    if facts.figures == BEST_FIGURES:
        common = kinds_a & kinds_b
        figures = [c for c in comparisons if c.kind in common and c.outcome != "not-compared"]
        if not figures:
            facts.figures = Figures.UNCOMPARED
        elif all(c.consistent for c in figures):
            facts.figures = Figures.AGREE
        elif all(c.difference <= 1 - 1 / w.near_ratio for c in figures):
            facts.figures = Figures.CONFLICT_NEAR
        else:
            facts.figures = Figures.CONFLICT_FAR
    score = round(min(1.0, max(0.0, combine(facts, w))), 4)
    if score < min_score:
        return PairScore(score, [], None)

    evidence: list[str] = []
    if shared:
        shared.sort(key=lambda k: (-max(a.entities[k].weight, b.entities[k].weight), k))
        names = [min(a.entities[k].display, b.entities[k].display, key=len) for k in shared]
        evidence.append("entities: " + ", ".join(names))
    evidence += sorted(a.periods & b.periods)
    evidence += [describe(c) for c in comparisons]
    if text_similarity is not None and text_similarity >= 0.5:
        evidence.append(f"wording {text_similarity:.0%} alike")
    if comparisons:
        evidence.append(summary(comparisons))
    return PairScore(score, evidence, verdict(comparisons))
