"""The best figure outcome a pair can reach, for many pairs at once, before any figure is compared.

The array bound in ``bulk`` assumes figures of a shared kind agree (``BEST_FIGURES``) until they
are compared one pair at a time, and most pairs that get that far are then dismissed because their
figures are far apart. This reads each claim's money and percent figures into a few numbers and
tells, per pair, whether any two of them could agree at all, or come within ``near_ratio`` -- with
room to spare: every tolerance ``consistency`` may widen to, periods brought to a month, and money
in two currencies at any exchange rate the ECB data holds. A pair none of whose figures could agree
cannot reach ``Figures.AGREE``; so its bound takes the best outcome left. The bound only ever
leaves out pairs that ``score_pair`` would leave out too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from factcheck.core.grading import agreement_room
from factcheck.core.currency import usd_range
from factcheck.core.matching.score import BEST_FIGURES, Figures, Weights
from factcheck.core.periods import MONTHS
from factcheck.core.signature import Signature

FIGURES_PER_CLAIM = 4  # money and percent figures a claim may have for the bound; more: no bound
_KIND = {"money": 1, "percent": 2}
_SLACK = 1e-9  # in log units: rounding never turns a could-agree into a cannot


class FigureRows:
    """The money and percent figures of some claims (``rows``: positions into the signatures) as
    arrays of shape (claims, FIGURES_PER_CLAIM): kind (0: none), unit, log value, log value per
    month (where a period is said), the log of the widest ratio it may agree at, and the range of
    log USD rates of its currency (NaN: none known). ``open_`` marks claims the bound cannot read
    (too many figures, an "at least", a value not above zero): any outcome stays possible."""

    def __init__(self, sigs: Sequence[Signature], rows) -> None:
        import numpy as np

        n, k = len(rows), FIGURES_PER_CLAIM
        self.kind = np.zeros((n, k), dtype=np.int8)
        self.unit = np.full((n, k), -1, dtype=np.int64)
        self.value = np.zeros((n, k))
        self.monthly = np.full((n, k), np.nan)
        self.room = np.zeros((n, k))
        self.rate_lo = np.full((n, k), np.nan)
        self.rate_hi = np.full((n, k), np.nan)
        self.open_ = np.zeros(n, dtype=bool)
        units: dict[str | None, int] = {}
        for r, pos in enumerate(rows):
            figures = [f for f in sigs[pos].quantities if f.kind in _KIND]
            if len(figures) > k or any(f.bound or not f.value > 0 or (f.period and f.period not in MONTHS) for f in figures):
                self.open_[r] = True
                continue
            for c, f in enumerate(figures):
                self.kind[r, c] = _KIND[f.kind]
                # only money is converted; other kinds are compared as written, whatever the unit
                self.unit[r, c] = units.setdefault(f.unit if f.kind == "money" else f.kind, len(units))
                self.value[r, c] = math.log(f.value)
                if f.period in MONTHS:
                    self.monthly[r, c] = math.log(f.value / MONTHS[f.period])
                room = agreement_room(f)
                self.room[r, c] = -math.log(1.0 - room) if room < 1 else math.inf
                rates = usd_range(f.unit) if f.kind == "money" else None
                if rates:
                    self.rate_lo[r, c], self.rate_hi[r, c] = math.log(rates[0]), math.log(rates[1])


def figures_bound(fig: FigureRows, ra, rb, best, w: Weights):
    """For pairs of rows ``ra``, ``rb`` of ``fig`` whose figures are so far at ``best`` (a
    ``Figures`` array), the best outcome their figures allow: ``AGREE`` kept only where two figures
    of a kind could agree; else the best of what is left (near conflict only where two come within
    ``w.near_ratio``, a far conflict, or nothing compared)."""
    import numpy as np

    gain = np.asarray(w.figures_gain()) - np.asarray(w.figures_cost())
    below_agree = max((Figures.CONFLICT_NEAR, Figures.CONFLICT_FAR, Figures.UNCOMPARED), key=lambda f: gain[f])
    below_near = max((Figures.CONFLICT_FAR, Figures.UNCOMPARED), key=lambda f: gain[f])
    todo = np.flatnonzero((best == BEST_FIGURES) & ~fig.open_[ra] & ~fig.open_[rb])
    if not len(todo):
        return best
    a, b = ra[todo], rb[todo]
    could_agree = np.zeros(len(todo), dtype=bool)
    closest = np.full(len(todo), np.inf)
    near = math.log(w.near_ratio) + _SLACK
    k = FIGURES_PER_CLAIM
    for i in range(k):
        for j in range(k):
            ka, kb = fig.kind[a, i], fig.kind[b, j]
            live = (ka != 0) & (ka == kb)
            if not live.any():
                continue
            monthly = ~np.isnan(fig.monthly[a, i]) & ~np.isnan(fig.monthly[b, j])
            va = np.where(monthly, fig.monthly[a, i], fig.value[a, i])
            vb = np.where(monthly, fig.monthly[b, j], fig.value[b, j])
            same_unit = np.abs(va - vb)
            # two currencies: any rate of each, so the closest the two intervals of USD come
            apart = np.maximum.reduce([
                np.zeros(len(a)),
                (va + fig.rate_lo[a, i]) - (vb + fig.rate_hi[b, j]),
                (vb + fig.rate_lo[b, j]) - (va + fig.rate_hi[a, i]),
            ])
            unrated = np.isnan(apart)
            apart = np.where(unrated, np.inf, apart)  # a currency without rates: never converted
            distance = np.where(fig.unit[a, i] == fig.unit[b, j], same_unit, apart)
            distance = np.where(live, distance, np.inf)
            could_agree |= distance <= np.maximum(fig.room[a, i], fig.room[b, j]) + _SLACK
            # ... but the same number in it and another currency is a slip, a near conflict
            slip = live & unrated & (fig.unit[a, i] != fig.unit[b, j]) & (same_unit <= _SLACK)
            closest = np.minimum(closest, np.where(slip, 0.0, distance))
    out = best.copy()
    out[todo] = np.where(could_agree, BEST_FIGURES, np.where(closest <= near, below_agree, below_near))
    return out
