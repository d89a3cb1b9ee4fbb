"""Candidates by meaning: nearest neighbours of sentence vectors, with hub correction.

In a corpus about one story every sentence is close to every other (plain cosine 0.8-0.9 between
statements that say different things), and some sentences are close to everything ("hubs"). So a
pair's cosine is measured against each side's background: its mean and spread of cosines to the
sentences of other articles, ``z = (cos - mean) / sd`` averaged over both sides. A true counterpart
stands out from a sentence's background; a merely on-topic sentence does not.

Why not CSLS's "mean of the 10 nearest neighbours" as the background: in a one-story corpus of many
outlets a statement's 10 nearest neighbours are its own counterparts, so CSLS subtracts the very
signal (on tests/data/semantic/tuned both reach F1 0.99 alone; with 13 outlets a statement has
more counterparts than any fixed k).

Neighbours are searched exhaustively (a matrix product per block of rows, numpy, float32): 20,000
sentences is 400 M dot products of 384 dimensions, a few seconds on 2 cores, and exact.
"""

from __future__ import annotations

from dataclasses import dataclass

K_CANDIDATES = 12  # nearest sentences of other articles taken as candidates, per sentence
ROWS_PER_BLOCK = 512  # rows of the similarity matrix at a time (512 x 20,000 float32 = 41 MB)
# The background-corrected similarity (z) as the score's meaning term: nothing below Z_FLOOR, in full
# from Z_FULL (tuned on tests/data/semantic/tuned: same-statement pairs 10th percentile 1.56,
# pairs of different statements 95th percentile 0.78, 99th 1.03).
Z_FLOOR = 0.8
Z_FULL = 2.0
# How far a pair's cosine must stand above the k-th nearest neighbour's of each side (averaged): in
# a corpus of thousands every sentence's 12 nearest include strangers a few standard deviations
# above the background, and they crowd together; a counterpart stands clear of them.
MARGIN_FLOOR = 0.02
MARGIN_FULL = 0.06
# e5's cosines crowd into 0.7-1.0; below this two sentences are not alike whatever their
# neighbourhoods (with few sentences a background says little). Same statement on the labelled
# sets: 5th percentile 0.87 (tuned), 10th 0.82 (held-out); different statements: median 0.80.
COSINE_FLOOR = 0.80


@dataclass(slots=True)
class Neighbourhood:
    """For the sentences at ``rows``: their background, and their nearest sentences of other articles."""

    rows: object  # int64 (n,)
    mean: object  # float32 (n,): mean cosine to the sentences of other articles
    sd: object  # float32 (n,): their standard deviation
    nearest: object  # int64 (n, k): row numbers of the nearest other-article sentences, best first (-1: none)
    kth: object  # float32 (n,): the cosine of the k-th nearest (the edge of the neighbourhood)


def unit_rows(matrix):
    import numpy as np

    matrix = np.asarray(matrix, dtype=np.float32)
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def neighbourhood(matrix, articles, rows, k: int = K_CANDIDATES, edge: int | None = None) -> Neighbourhood:
    """Search every row of ``matrix`` (unit vectors; ``articles`` gives each row's article) for the
    background and the ``k`` nearest other-article rows of each of ``rows``, and the cosine of its
    ``edge``-th nearest (default: the k-th)."""
    import numpy as np

    rows = np.asarray(rows, dtype=np.int64)
    n = len(matrix)
    k = max(0, min(k, n - 1))
    edge = max(1, min(edge or k, n - 1))
    mean = np.zeros(len(rows), dtype=np.float32)
    sd = np.full(len(rows), 1.0, dtype=np.float32)
    nearest = np.full((len(rows), k), -1, dtype=np.int64)
    kth = np.zeros(len(rows), dtype=np.float32)
    for lo in range(0, len(rows), ROWS_PER_BLOCK):
        block = rows[lo : lo + ROWS_PER_BLOCK]
        sims = matrix[block] @ matrix.T
        same = articles[block][:, None] == articles[None, :]
        others = np.maximum(n - same.sum(axis=1), 1)
        sims[same] = 0.0
        total = sims.sum(axis=1)
        m = total / others
        var = (np.einsum("ij,ij->i", sims, sims) / others) - m * m
        mean[lo : lo + len(block)] = m
        sd[lo : lo + len(block)] = np.sqrt(np.maximum(var, 1e-6))
        if k:
            sims[same] = -np.inf  # same article: never a neighbour
            top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
            top_sims = np.take_along_axis(sims, top, axis=1)
            order = np.argsort(-top_sims, axis=1)
            top, top_sims = np.take_along_axis(top, order, axis=1), np.take_along_axis(top_sims, order, axis=1)
            nearest[lo : lo + len(block)] = np.where(np.isfinite(top_sims), top, -1)
            if edge == k:
                kth[lo : lo + len(block)] = np.where(np.isfinite(top_sims[:, -1]), top_sims[:, -1], m)
        if edge != k or not k:
            sims[same] = -np.inf
            at_edge = -np.partition(-sims, edge - 1, axis=1)[:, edge - 1]
            kth[lo : lo + len(block)] = np.where(np.isfinite(at_edge), at_edge, m)
    return Neighbourhood(rows, mean, sd, nearest, kth)


def background_z(cosine, mean_a, sd_a, mean_b, sd_b):
    """How far a pair's cosine stands above each side's background, averaged (in standard deviations)."""
    return ((cosine - mean_a) / sd_a + (cosine - mean_b) / sd_b) / 2


def alike(z):
    """The corrected similarity as the score's meaning term in [0, 1]."""
    import numpy as np

    return np.clip((np.asarray(z, dtype=np.float64) - Z_FLOOR) / (Z_FULL - Z_FLOOR), 0.0, 1.0)


@dataclass(slots=True)
class Alike:
    """How alike in meaning pairs of claims are, as parallel arrays: claim ids ``a`` < ``b``, the
    plain cosine (shown to the reviewer) and the background-corrected similarity as a score term
    (``gain``, see ``alike``; 0 unless the two are each other's near neighbours)."""

    a: object
    b: object
    cosine: object
    gain: object

    def __len__(self) -> int:
        return len(self.a)

    def lookup(self, a, b):
        """Indices into these arrays of the pairs (a[i], b[i]) (either order), -1 where absent."""
        import numpy as np

        lo, hi = np.minimum(a, b), np.maximum(a, b)
        width = int(max(self.b.max(initial=0), hi.max(initial=0))) + 1
        mine = self.a * width + self.b
        order = np.argsort(mine)
        wanted = lo * width + hi
        at = np.searchsorted(mine[order], wanted)
        at = np.minimum(at, max(len(mine) - 1, 0))
        found = (len(mine) > 0) & (mine[order][at] == wanted) if len(mine) else np.zeros(len(wanted), dtype=bool)
        return np.where(found, order[at], -1)


def by_meaning(claim_ids, article_ids, matrix, new) -> Alike:
    """Pairs of claims alike in meaning, for the claims with ids in ``new``: each one's nearest
    sentences of other articles that it is also near to in return, with their cosine and gain.
    ``claim_ids``, ``article_ids`` and the rows of ``matrix`` are parallel.

    A pair counts as alike only when each side is among the other's ``K_CANDIDATES`` nearest: in a
    large corpus every sentence has some unrelated neighbour standing a few standard deviations
    above its background by chance alone (the largest of 20,000 draws), but such a neighbour is
    rarely near in return; a counterpart is. So every pair with a gain is found from either side's
    search, and pairs found otherwise (by signature) need no vectors compared."""
    import numpy as np

    claim_ids = np.asarray(claim_ids, dtype=np.int64)
    articles = np.asarray(article_ids, dtype=np.int64)
    matrix = unit_rows(matrix)
    n = len(matrix)
    empty = Alike(*(np.zeros(0, dtype=t) for t in (np.int64, np.int64, np.float64, np.float64)))
    if not n:
        return empty
    position = {int(c): r for r, c in enumerate(claim_ids.tolist())}
    new_rows = np.array(sorted({position[c] for c in map(int, new) if c in position}), dtype=np.int64)
    if not len(new_rows):
        return empty
    # the edge of a neighbourhood lies beyond a statement's counterparts: up to about three per
    # other article (the headline, a sentence of the body, a partial restatement)
    edge = max(K_CANDIDATES, 3 * (len(np.unique(articles)) - 1))
    near = neighbourhood(matrix, articles, new_rows, edge=edge)
    at = np.full(n, -1, dtype=np.int64)
    at[new_rows] = np.arange(len(new_rows))
    others = np.setdiff1d(near.nearest[near.nearest >= 0], new_rows)
    if len(others):  # the far sides: their own neighbourhoods, for the test in return
        more = neighbourhood(matrix, articles, others, edge=edge)
        near = Neighbourhood(np.concatenate([near.rows, more.rows]), *(
            np.concatenate([getattr(near, f), getattr(more, f)]) for f in ("mean", "sd", "nearest", "kth")))
        at[others] = np.arange(len(new_rows), len(new_rows) + len(others))
    k = near.nearest.shape[1]
    ra = np.repeat(new_rows, k)
    rb = near.nearest[at[new_rows]].ravel()
    keep = rb >= 0
    ra, rb = ra[keep], rb[keep]
    ia, ib = at[ra], at[rb]
    mutual = (near.nearest[ib] == ra[:, None]).any(axis=1)
    ra, rb, ia, ib = ra[mutual], rb[mutual], ia[mutual], ib[mutual]
    lo, hi = np.minimum(ra, rb), np.maximum(ra, rb)
    _, first = np.unique(lo * n + hi, return_index=True)  # a pair of two new claims is found twice
    ra, rb, ia, ib = ra[first], rb[first], ia[first], ib[first]
    cos = np.einsum("ij,ij->i", matrix[ra], matrix[rb]).astype(np.float64)
    z = background_z(cos, near.mean[ia], near.sd[ia], near.mean[ib], near.sd[ib])
    # ... and stands out of both neighbourhoods: above the edge, not merely among the nearest
    margin = cos - (near.kth[ia] + near.kth[ib]) / 2
    gain = alike(z) * np.clip((margin - MARGIN_FLOOR) / (MARGIN_FULL - MARGIN_FLOOR), 0.0, 1.0) * (cos >= COSINE_FLOOR)
    a, b = claim_ids[ra], claim_ids[rb]
    keep = gain > 0
    return Alike(np.minimum(a, b)[keep], np.maximum(a, b)[keep], np.round(cos[keep], 4), gain[keep])
