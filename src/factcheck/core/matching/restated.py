"""Pairs alike through other articles: when two sentences each say the same as a sentence of a
third article, and of a fourth, they say the same as each other.

The sentence model ranks a statement's counterpart in another language below second best in about
a third of the labelled pairs (a one-story corpus, where every sentence is on topic), so a pair the
model misses directly is often found twice over through outlets that restate both sides well.
One step only (bridges are pairs the model found directly, never pairs found this way), and from
two other articles at least: a single bridge sentence that is alike to two different statements
(a headline that says two things) would join them. A pair so found takes as its meaning term the
strength of its ``BRIDGES``-th best path (a path is as strong as its weaker pair), or its own when
that is more. Chosen on tests/data/semantic/{brightwave,dev_*,tuned} and tests/data/matching.
"""

from __future__ import annotations

from factcheck.core.matching.neighbours import Alike, index_of, pairwise, rows_of

BRIDGES = 2  # other articles, each with a sentence alike to both
BRIDGE_GAIN = 0.7  # the meaning term of a pair that may bridge


def through_others(a, b, gain, articles, new=None):
    """Pairs alike through other articles among rows found alike: ``a[i]``, ``b[i]`` (rows of the
    matrix) with meaning term ``gain[i]``; ``articles``: each row's article; ``new`` (bool per row,
    or None for all) keeps the pairs with a new side. Returns parallel arrays (row, row, strength,
    bridges): each pair once with its smaller row first, strength the ``BRIDGES``-th best path's,
    bridges how many articles. A pair given with a term of ``BRIDGE_GAIN`` or more is not among
    them (it is found already); one given with less may be (the caller keeps the better term)."""
    import numpy as np

    strong = np.flatnonzero(gain >= BRIDGE_GAIN)
    n = int(articles.shape[0])
    found = np.minimum(a[strong], b[strong]).astype(np.int64) * n + np.maximum(a[strong], b[strong])
    # each strong pair both ways, grouped by the sentence in the middle
    mid = np.concatenate([a[strong], b[strong]]).astype(np.int64)
    end = np.concatenate([b[strong], a[strong]]).astype(np.int64)
    g = np.concatenate([gain[strong], gain[strong]])
    order = np.lexsort((end, mid))
    mid, end, g = mid[order], end[order], g[order]
    # every two ends of one middle: element i with each later element of its group, a share of the
    # elements at a time (a statement restated by a hundred outlets has five thousand such paths)
    count = np.searchsorted(mid, mid, side="right") - np.arange(len(mid)) - 1
    cuts = np.searchsorted(np.cumsum(count), np.arange(1, int(count.sum()) // PATHS_PER_SHARE + 1) * PATHS_PER_SHARE)
    shares = []
    for lo, hi in zip(np.r_[0, cuts], np.r_[cuts, len(mid)]):
        left, right = with_later(count[lo:hi], lo)
        x, y = end[left], end[right]  # x < y: ends sorted within a group
        code = x * n + y
        keep = (articles[x] != articles[y]) & (index_of(found, code) < 0)
        if new is not None:
            keep &= new[x] | new[y]
        shares.append(_best_per_article(code[keep], articles[mid[left[keep]]],
                                        np.minimum(g[left[keep]], g[right[keep]])))
    code, _, strength = _best_per_article(*(np.concatenate([s[i] for s in shares]) for i in range(3)))
    # the pairs with enough articles, and the strength of their BRIDGES-th best
    order = np.lexsort((-strength, code))
    code, strength = code[order], strength[order]
    starts = np.flatnonzero(np.r_[True, code[1:] != code[:-1]]) if len(code) else code[:0]
    bridges = np.diff(np.r_[starts, len(code)])
    enough = bridges >= BRIDGES
    pairs = code[starts[enough]]
    return pairs // n, pairs % n, strength[starts[enough] + BRIDGES - 1], bridges[enough]


PATHS_PER_SHARE = 1 << 21  # paths through a middle sentence enumerated at a time


def with_later(count, lo: int = 0):
    """Each element ``lo + i`` paired with the ``count[i]`` elements that follow it: (left, right)
    index arrays, the pairs of each element in order (every two of a sorted group, when ``count``
    is what is left of each element's group)."""
    import numpy as np

    left = np.repeat(np.arange(lo, lo + len(count)), count)
    right = left + 1 + np.arange(len(left)) - np.repeat(np.cumsum(count) - count, count)
    return left, right


def _best_per_article(code, via, strength):
    """Of the paths (pair ``code``, through article ``via``, ``strength``), the best per pair and article."""
    import numpy as np

    order = np.lexsort((-strength, via, code))
    code, via, strength = code[order], via[order], strength[order]
    first = np.r_[True, (code[1:] != code[:-1]) | (via[1:] != via[:-1])] if len(code) else np.zeros(0, dtype=bool)
    return code[first], via[first], strength[first]


def with_restated(alike: Alike, claim_ids, article_ids, matrix, new=None) -> Alike:
    """``alike`` (pairs of claims the model found, see ``neighbours.by_meaning``) with the pairs
    alike through other articles (``through_others``) added, or their meaning term raised; their
    ``bridges`` say through how many. ``claim_ids``, ``article_ids`` and the rows of ``matrix``
    are parallel; ``new``: claim ids, of which each added pair has one (None: any)."""
    import numpy as np

    claim_ids = np.asarray(claim_ids, dtype=np.int64)
    row_of = rows_of(claim_ids)
    is_new = None if new is None else np.isin(claim_ids, np.fromiter(new, dtype=np.int64))
    strong = np.flatnonzero(alike.gain >= BRIDGE_GAIN)  # the only bridges: the rows of the others are not needed
    x, y, strength, bridges = through_others(row_of(alike.a[strong]), row_of(alike.b[strong]), alike.gain[strong],
                                             np.asarray(article_ids, dtype=np.int64), is_new)
    a, b = np.minimum(claim_ids[x], claim_ids[y]), np.maximum(claim_ids[x], claim_ids[y])
    at = alike.lookup(a, b)
    found = at >= 0
    out = alike.extended(a[~found], b[~found], np.round(pairwise(_cosines, matrix, x[~found], y[~found]), 4),
                         strength[~found], bridges[~found])
    at, strength = at[found], strength[found]
    out.gain[at] = np.maximum(out.gain[at], strength)
    out.bridges[at] = bridges[found]
    return out


def _cosines(u, v):
    import numpy as np

    u, v = u.astype(np.float64), v.astype(np.float64)
    return np.einsum("ij,ij->i", u, v) / np.maximum(np.linalg.norm(u, axis=1) * np.linalg.norm(v, axis=1), 1e-12)
