"""Scoring many candidate pairs at once.

Bulk work is done on arrays: which pairs are in close languages, ``score_pair``'s two upper bounds
for every pair at once (``bounds``: ``score.combine`` on numpy arrays, first with the wording at its
best, so only the pairs it could lift are compared; the figures at the best their values allow,
``figure_bound``), their text similarity (one rapidfuzz ``process.cpdist`` call, ``workers=-1``),
the bounds again with it. Only the pairs left are scored one by one, so the result is exactly
``score_pair``'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from factcheck.core.consistency import date_undated
from factcheck.core.matching import score as scoring
from factcheck.core.matching.candidates import MatchIndex, candidate_pairs, language_groups
from factcheck.core.matching.figure_bound import FigureRows, figures_bound
from factcheck.core.matching.same_figure import SAME_FIGURE
from factcheck.core.matching.score import (
    BEST_FIGURES,
    BOUND_MARGIN,
    STORE_MIN_SCORE,
    WEIGHTS,
    Figures,
    Overlap,
    PairFacts,
    Weights,
    combine,
)
from factcheck.core.matching.statement import Match, Statement
from factcheck.core.signature import DISTINCTIVE, Signature

BOUND_ENTITIES = 8  # names per claim the array bound handles; pairs with a longer list are scored one by one
BOUND_CHUNK = 50_000  # pairs per array pass (bounds the temporary arrays to a few tens of MB)


def match_positions(index: MatchIndex, new: list[int], min_score: float = STORE_MIN_SCORE) -> list[Match]:
    """Matches of the statements at ``new`` against every indexed statement (each pair once)."""
    ps, qs = candidate_pairs(index, new)
    return score_arrays(index, ps, qs, min_score)


def match_new(new: list[Statement], old: Iterable[Statement] = (), min_score: float = STORE_MIN_SCORE) -> list[Match]:
    """Matches of ``new`` statements against each other and against ``old`` ones."""
    index = MatchIndex(old)
    return match_positions(index, index.add(new), min_score)


def match_all(statements: Iterable[Statement], min_score: float = STORE_MIN_SCORE) -> list[Match]:
    """Every match among ``statements`` (a rebuild)."""
    return match_new(list(statements), (), min_score)


def score_pairs(index: MatchIndex, pairs: list[tuple[int, int]], min_score: float) -> list[Match]:
    """``score_pair`` of the given pairs of positions, those reaching ``min_score``."""
    import numpy as np  # here, not at import: the TUI starts without it

    ps = np.fromiter((p for p, _ in pairs), dtype=np.int64, count=len(pairs))
    qs = np.fromiter((q for _, q in pairs), dtype=np.int64, count=len(pairs))
    return score_arrays(index, ps, qs, min_score)


def score_arrays(
    index: MatchIndex, ps, qs, min_score: float, meaning=None, cosine=None, w: Weights = WEIGHTS,
    date_from_pairs: bool = True, bridges=None,
) -> list[Match]:
    """Matches among the pairs of positions ``ps[i], qs[i]``; ``meaning[i]`` is the pair's gain
    from the sentence model in [0, 1] and ``cosine[i]`` the similarity shown (NaN: no model);
    ``bridges[i]`` through how many other articles the pair was found alike (0: directly).
    Undated claims are first given the story date of the dated claims these pairs link them to;
    without ``date_from_pairs`` the caller has dated them already (from more pairs than these)."""
    if not len(ps):
        return []
    import numpy as np

    st, sigs = index.statements, index.signatures
    undated = [i for i, s in enumerate(st) if s.date is None] if date_from_pairs else []
    if undated:  # an undated article takes the date of the dated ones it is paired with
        some = np.isin(ps, undated) | np.isin(qs, undated)
        date_undated(st, sigs, list(zip(ps[some].tolist(), qs[some].tolist())))
    if meaning is None:
        meaning = cosine = np.full(len(ps), np.nan)
    if bridges is None:
        bridges = np.zeros(len(ps), dtype=np.int64)
    groups = language_groups(st)
    near = groups[ps] == groups[qs]
    if min_score > 0:  # first without wording (at its best where it counts): fewer texts to compare
        used = np.zeros(len(sigs), dtype=bool)  # the claims paired, ascending (np.unique sorts 2 x pairs)
        used[ps] = True
        used[qs] = True
        claims = BoundRows(sigs, np.flatnonzero(used))
        keep = bounds(claims, ps, qs, np.where(near, 1.0, np.nan), meaning, min_score, w)
        ps, qs, near, meaning, cosine, bridges = ps[keep], qs[keep], near[keep], meaning[keep], cosine[keep], bridges[keep]
        if not len(ps):
            return []
    close = np.flatnonzero(near)
    text_sim = np.full(len(ps), np.nan)
    if len(close):
        sims = process.cpdist(
            [sigs[p].text for p in ps[close].tolist()],
            [sigs[q].text for q in qs[close].tolist()],
            scorer=fuzz.token_set_ratio,
            workers=-1,
            dtype=np.float64,
        )
        text_sim[close] = sims / 100.0
    keep = bounds(claims, ps, qs, text_sim, meaning, min_score, w) if min_score > 0 else np.arange(len(ps))
    found = []
    bounded = min_score > 0
    rows = zip(ps[keep].tolist(), qs[keep].tolist(), text_sim[keep].tolist(), meaning[keep].tolist(),
               cosine[keep].tolist(), bridges[keep].tolist())
    for p, q, sim, gain, cos, through in rows:
        t = None if sim != sim else sim  # NaN: languages not close
        a, b = st[p].id, st[q].id
        if a > b:  # keep evidence "a vs b" in id order
            a, b, p, q = b, a, q, p
        scored = scoring.score_pair(sigs[p], sigs[q], t, min_score, 0.0 if gain != gain else gain, w, bounded=bounded)
        if scored.score >= min_score:
            semantic = None if cos != cos else round(cos, 2)
            evidence = tuple(scored.evidence) + ((meaning_line(cos, through),) if semantic is not None else ())
            found.append(Match(a, b, scored.score, evidence, scored.consistency, semantic))
    return found


def meaning_line(cosine: float, bridges: int) -> str:
    """The evidence line of a pair the sentence model took part in."""
    line = f"meaning: {cosine:.2f} alike"
    if bridges == SAME_FIGURE:
        line += ", with the same figure, in two articles on one story"
    elif bridges:
        line += f", and each alike to the same statement in {bridges} other articles"
    return line


class BoundRows:
    """What the array bounds read of each claim (a row per position in ``used``), worked out once
    for both passes: its names as ids and weights, its kinds of figure, periods and years as bits,
    and its figures' values (``FigureRows``)."""

    def __init__(self, sigs: Sequence[Signature], used) -> None:
        import numpy as np

        bit_of: dict[object, int] = {}

        def mask(items: Iterable) -> tuple[int, bool]:
            """Items as bits (one bit per distinct item, 62 at most; beyond that: overflow)."""
            bits, over = 0, False
            for item in items:
                b = bit_of.setdefault(item, len(bit_of))
                if b < 62:
                    bits |= 1 << b
                else:
                    over = True
            return bits, over

        self.row = np.full(len(sigs), -1, dtype=np.int64)
        self.row[used] = np.arange(len(used))
        key_id: dict[str, int] = {}
        k = BOUND_ENTITIES
        ids = np.full((len(used), k), -1, dtype=np.int64)
        weights = np.zeros((len(used), k))
        self.mass = np.zeros(len(used))
        self.overflow = np.zeros(len(used), dtype=bool)
        self.kinds = np.zeros(len(used), dtype=np.int64)  # bits: money 1, percent 2, number 4, other 8
        self.periods = np.zeros(len(used), dtype=np.int64)
        self.years = np.zeros(len(used), dtype=np.int64)
        self.has_periods = np.zeros(len(used), dtype=bool)
        self.has_years = np.zeros(len(used), dtype=bool)
        self.years_unknown = np.zeros(len(used), dtype=bool)  # more distinct years than bits: assume shared
        kind_bit = {"money": 1, "percent": 2, "number": 4}
        for r, pos in enumerate(used.tolist()):
            sig = sigs[pos]
            self.mass[r] = sig.entity_weight
            bits = 0
            for q in sig.quantities:
                bits |= kind_bit.get(q.kind, 8)
            self.kinds[r] = bits
            if sig.periods:
                self.has_periods[r] = True
                self.periods[r], over = mask(("p", x) for x in sig.periods)
                self.overflow[r] |= over
            if sig.years:
                self.has_years[r] = True
                self.years[r], self.years_unknown[r] = mask(sig.years)
            if len(sig.entities) > k:
                self.overflow[r] = True
                continue
            for c, e in enumerate(sig.entities.values()):
                ids[r, c] = key_id.setdefault(e.key, len(key_id))
                weights[r, c] = e.weight
        self.figures = FigureRows(sigs, used.tolist())
        self.width = max(1, min(k, max((len(sigs[p].entities) for p in used.tolist()), default=1)))
        # a name slot at a time, each contiguous (a column of a row-major array is strided: 3x slower)
        self.ids = np.ascontiguousarray(ids[:, :self.width].T)
        self.weights = np.ascontiguousarray(weights[:, :self.width].T)


def bounds(rows: BoundRows, ps, qs, text_sim, meaning, min_score: float, w: Weights = WEIGHTS):
    """Indices of the pairs that pass both upper bounds of ``score_pair``, computed by the same
    ``combine`` on arrays: first names, wording and meaning with the rest at its best case, then
    kinds of figure, periods and years exactly with the figures at the best their values allow
    (``figure_bound``). Pairs left out are exactly those ``score_pair`` would return early for, so
    skipping them changes nothing. ``rows``: the claims of ``ps`` and ``qs``."""
    import numpy as np

    if not len(ps):
        return np.zeros(0, dtype=np.int64)
    ops = scoring._Arrays()
    row, ids, weights, mass, width = rows.row, rows.ids, rows.weights, rows.mass, rows.width
    kinds, periods, years, has_periods, has_years = rows.kinds, rows.periods, rows.years, rows.has_periods, rows.has_years
    keep = []
    for lo in range(0, len(ps), BOUND_CHUNK):
        ra, rb = row[ps[lo : lo + BOUND_CHUNK]], row[qs[lo : lo + BOUND_CHUNK]]
        ia, ib = [slot[ra] for slot in ids], [slot[rb] for slot in ids]  # the name ids, a slot at a time
        wa, wb = [slot[ra] for slot in weights], [slot[rb] for slot in weights]
        total = np.zeros(len(ra))
        shared = np.zeros(len(ra), dtype=bool)
        a_shared = [np.zeros(len(ra), dtype=bool) for _ in range(width)]
        b_shared = [np.zeros(len(ra), dtype=bool) for _ in range(width)]
        for i in range(width):
            named = ia[i] >= 0
            for j in range(width):
                same = ia[i] == ib[j]
                same &= named
                if same.any():
                    shared |= same
                    a_shared[i] |= same
                    b_shared[j] |= same
                    total += np.where(same, np.maximum(wa[i], wb[j]), 0.0)
        overlap = np.minimum(1.0, total / np.maximum(np.minimum(mass[ra], mass[rb]), 1.0))
        sem = meaning[lo : lo + BOUND_CHUNK]
        facts = PairFacts(overlap, total, shared, text_sim[lo : lo + BOUND_CHUNK],
                          meaning=np.where(np.isnan(sem), 0.0, sem))
        first = combine(facts, w, ops) + BOUND_MARGIN >= min_score
        passed = rows.overflow[ra] | rows.overflow[rb]  # more names than the arrays hold: kept
        # the second bound only for the pairs the first let through
        live = np.flatnonzero(first)
        ra, rb = ra[live], rb[live]
        ia, ib, wa, wb, a_shared, b_shared = ([x[live] for x in slots] for slots in (ia, ib, wa, wb, a_shared, b_shared))
        facts = PairFacts(overlap[live], total[live], shared[live], facts.text[live], meaning=facts.meaning[live])
        ka, kb = kinds[ra], kinds[rb]
        common = ka & kb
        at_best = np.where(
            common != 0,
            np.where(common == 4, Figures.NUMBERS_ONLY, BEST_FIGURES),
            np.where((ka != 0) & (kb != 0), Figures.KINDS_DIFFER,
                     np.where((ka != 0) | (kb != 0), Figures.ONE_SIDE, Figures.NONE)),
        )  # fmt: skip
        # where money and percent are all they share, what their values allow
        readable = (common & ~3) == 0
        facts.figures = np.where(readable, figures_bound(rows.figures, ra, rb, at_best, w), at_best)
        both = has_periods[ra] & has_periods[rb]
        facts.periods = np.where(both, np.where((periods[ra] & periods[rb]) != 0, Overlap.SAME, Overlap.DIFFERENT), Overlap.ABSENT)
        both = has_years[ra] & has_years[rb]
        same_year = ((years[ra] & years[rb]) != 0) | rows.years_unknown[ra] | rows.years_unknown[rb]
        facts.years = np.where(both, np.where(same_year, Overlap.SAME, Overlap.DIFFERENT), Overlap.ABSENT)
        facts.counterparts = np.minimum.reduce([np.ones(len(ra))] + [
            sum(np.where(~alone & (weight >= DISTINCTIVE) & (name >= 0), weight, 0.0)
                for alone, weight, name in zip(side_shared, side_w, side_ids))
            for side_shared, side_w, side_ids in ((a_shared, wa, ia), (b_shared, wb, ib))
        ])
        passed[live] |= combine(facts, w, ops) + BOUND_MARGIN >= min_score
        keep.append(np.flatnonzero(passed) + lo)
    return np.concatenate(keep)
