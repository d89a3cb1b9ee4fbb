"""Candidates by meaning: each sentence's best counterparts in every other article, with hub correction.

In a corpus about one story every sentence is close to every other (plain cosine 0.8-0.9 between
statements that say different things), and some sentences are close to everything ("hubs"). So a
pair's cosine is measured against each side's background: its mean and spread of cosines to the
sentences of other articles, ``z = (cos - mean) / sd`` averaged over both sides. A true counterpart
stands out from a sentence's background; a merely on-topic sentence does not.

Which pairs are candidates: two sentences that are each other's best -- or second best -- match in
the other's article. An outlet restates a statement once or twice (a headline, a sentence of the
body); what it does not restate has no counterpart there, only a best match that stands out less.
A pair that is second best on either side needs more standing out (``RANK_STEP``): the headline
that says two things ("X blocks Y, fines it Z") is second best for the body's sentence on the fine.
Why not CSLS's "mean of the 10 nearest neighbours" as the background, or "among each other's k
nearest" as the rule: with many outlets a statement has more counterparts than any fixed k, and its
nearest neighbours are those counterparts, so CSLS subtracts the very signal.

Similarities are computed exhaustively (a matrix product per block of rows and chunk of columns,
numpy, float32): 20,000 sentences is 400 M dot products of 384 dimensions, a few seconds on 2
cores, and exact. The work is two steps, so that it can be spread: ``neighbourhood`` searches a set
of rows against every vector (each row's numbers depend on that row, the whole matrix, the block of
rows it is multiplied in and the chunks of columns: split the rows at multiples of
``ROWS_PER_BLOCK``, keep the chunks, and the floats are the same), and
``pair_up`` keeps the pairs found both ways. ``by_meaning`` is the two in one process; the batch
job runs the first in row partitions.
"""

from __future__ import annotations

from dataclasses import dataclass

ROWS_PER_BLOCK = 512  # rows of the similarity matrix at a time (512 x 20,000 float32 = 41 MB)
# its columns at a time, whole articles (512 x 32,768 float32 = 67 MB, and as much of the vectors):
# a block's cosines are held to one chunk of the sentences at a time, not to all of them
COLUMNS_PER_CHUNK = 32_768
FIXED_ROWS = 4096  # rows made whole numbers at a time
# The vectors as whole numbers, each row of norm FIXED_NORM at most (float32): every product of two
# and, by Cauchy-Schwarz, every partial sum of them is a whole number below 2^24, exact in float32,
# so a matrix product is exact in whatever order the BLAS library adds. A product of the floats is
# not: its sums depend on the CPU's kernels, the threads and the shape of the block, and a batch
# job's cosines would differ from one process's in the last bit. The rounding moves a cosine by
# about 1e-4, less than the float16 the vectors are stored in.
FIXED_NORM = 4080  # 4080 + rounding (sqrt(384) / 2 at most) < 4096
CHUNKS_PER_EDGE = 2  # a chunk is at least this many times as wide as the edge (a corpus of many articles)
EDGES_PER_CHUNK = 1 << 20  # found edges whose gain is bounded at a time, before pairing
# The background-corrected similarity (z) as the score's meaning term: nothing below Z_FLOOR, in full
# from Z_FULL; each step down from best (second best on either side) costs RANK_STEP of z. Chosen
# on the labelled sets tests/data/semantic/tuned, tests/data/semantic/brightwave and
# tests/data/matching (its check-worthy claims): the best smallest F1 of the three.
Z_FLOOR = 0.0
Z_FULL = 1.2
RANK_STEP = 0.5
MAX_RANK = 1  # second best in its article at most
# Below this share of cells at or above COSINE_FLOOR a block's best and second best are found among
# those cells alone (``best_two_sparse``); above it, over the whole block (``best_two``)
SPARSE_SHARE = 16
# How far a pair's cosine must stand above the edge of each side's neighbourhood (the cosine of its
# ``edge``-th nearest sentence of other articles, averaged): in a corpus of thousands every sentence
# has strangers a few standard deviations above its background, crowding together; a counterpart
# stands clear of them. The edge lies beyond a statement's counterparts: about three per article.
MARGIN_FLOOR = 0.02
MARGIN_FULL = 0.04
EDGE_MIN = 12
EDGE_PER_ARTICLE = 3
# e5's cosines crowd into 0.7-1.0; below this two sentences are not alike whatever their
# neighbourhoods (with few sentences a background says little).
COSINE_FLOOR = 0.78


@dataclass(slots=True)
class Neighbourhood:
    """For the sentences at ``rows``: their background, and their best counterparts in each other
    article as parallel arrays ``row`` (index into ``rows``), ``other`` (row of the matrix),
    ``rank`` (0: the best in its article, 1: the second), ``cosine``."""

    rows: object  # int64 (n,)
    mean: object  # float32 (n,): mean cosine to the sentences of other articles
    sd: object  # float32 (n,): their standard deviation
    edge: object  # float32 (n,): the cosine of the ``edge``-th nearest sentence of other articles
    row: object  # int32 (e,): edges are most of a search's memory (13 bytes each, not 21)
    other: object  # int32 (e,)
    rank: object  # int8 (e,)
    cosine: object  # float32 (e,)


def unit_rows(matrix):
    import numpy as np

    matrix = np.asarray(matrix, dtype=np.float32)
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def edge_of(articles) -> int:
    """How deep a sentence's neighbourhood reaches (see ``MARGIN_FLOOR``), for a corpus whose
    sentences are in ``articles`` (one article id per row)."""
    import numpy as np

    return max(EDGE_MIN, EDGE_PER_ARTICLE * (len(np.unique(np.asarray(articles))) - 1))


@dataclass(frozen=True, slots=True)
class Columns:
    """How the search reads the other side of its product, every row in article order:
    ``read(lo, hi)`` gives the rows at positions ``lo:hi`` of that order (None: taken from the
    matrix searched), ``per_chunk`` columns of whole articles at a time (None: ``COLUMNS_PER_CHUNK``)."""

    read: object = None
    per_chunk: int | None = None


def neighbourhood(matrix, articles, rows, edge: int, block: int | None = None, columns: Columns = Columns()) -> Neighbourhood:
    """Search every row of ``matrix`` (unit vectors; ``articles`` gives each row's article) for the
    background of each of ``rows``, the edge of its neighbourhood, and its best and second best
    sentences of each other article with a cosine of at least ``COSINE_FLOOR``. The rows are
    multiplied ``block`` at a time (default ``ROWS_PER_BLOCK``): a caller that splits ``rows``
    at multiples of it gets the very floats of one call over them all.

    The other side of the product is every row in article order, taken whole articles at a time
    (``column_chunks``), so no more than a chunk of it is needed at once; ``columns`` says how it is
    read (by default from ``matrix``; the batch job reads it from a file, and ``matrix`` need only
    give the rows searched). The floats depend on the chunks: callers that must agree use one size."""
    import numpy as np

    rows = np.asarray(rows, dtype=np.int64)
    articles = np.asarray(articles)
    block_rows = block or ROWS_PER_BLOCK
    n = len(articles)
    order = np.argsort(articles, kind="stable")  # each article's rows side by side
    sorted_articles = articles[order]
    starts = np.flatnonzero(np.r_[True, sorted_articles[1:] != sorted_articles[:-1]])
    lengths = np.diff(np.r_[starts, n])
    # the columns of a row's own article: one slice of the sorted order
    slot = np.searchsorted(sorted_articles[starts], articles)
    own_start, own_end = starts[slot], starts[slot] + lengths[slot]
    edge = max(1, min(edge, n - 1))
    # a chunk at least twice as wide as the edge: the edge-th largest of the chunks so far is kept
    # and merged with each chunk's, at a cost that stays near one selection over the whole row
    chunks = column_chunks(starts, lengths, max(columns.per_chunk or COLUMNS_PER_CHUNK, CHUNKS_PER_EDGE * edge))
    read_floats = columns.read or (lambda lo, hi: np.asarray(matrix[order[lo:hi]], dtype=np.float32))
    read = (lambda lo, hi: fixed_point(read_floats(lo, hi)))
    whole = [read(*chunks[0])] if len(chunks) == 1 else None  # one chunk: read once for every block
    # each chunk's articles: their range in ``starts``, and each column's article counted from it
    articles_of = [np.searchsorted(starts, [c_lo, c_hi]) for c_lo, c_hi in chunks]
    column_article = [np.repeat(np.arange(a_hi - a_lo), lengths[a_lo:a_hi]) for a_lo, a_hi in articles_of]
    mean = np.zeros(len(rows), dtype=np.float32)
    sd = np.full(len(rows), 1.0, dtype=np.float32)
    at_edge = np.zeros(len(rows), dtype=np.float32)
    found_row, found_other, found_rank, found_cosine = [], [], [], []
    floor = np.float32(COSINE_FLOOR)
    if floor < COSINE_FLOOR:  # the smallest float32 at or above it: the same test as in float64
        floor = np.nextafter(floor, np.float32(np.inf))
    for lo in range(0, len(rows), block_rows):
        block = rows[lo : lo + block_rows]
        vectors = fixed_point(np.asarray(matrix[block], dtype=np.float32))
        total = squares = None
        own_total = np.zeros(len(block), dtype=np.float32)
        own_squares = np.zeros(len(block), dtype=np.float32)
        top, edges = None, []
        for c, (c_lo, c_hi) in enumerate(chunks):
            a_lo, a_hi = articles_of[c]
            sims = cosines(vectors, whole[0] if whole else read(c_lo, c_hi))
            part = sims.sum(axis=1)
            finite = bool(np.isfinite(part).all())  # a row's sum is finite only when every cell is
            total = part if total is None else total + part
            part = np.einsum("ij,ij->i", sims, sims)
            squares = part if squares is None else squares + part
            for r in np.flatnonzero((own_start[block] >= c_lo) & (own_start[block] < c_hi)).tolist():
                s, e = int(own_start[block[r]]) - c_lo, int(own_end[block[r]]) - c_lo
                own = sims[r, s:e]
                own_total[r] = own.sum()
                own_squares[r] = own @ own
                sims[r, s:e] = -np.inf  # same article: never a counterpart
            reach = sims >= floor
            if finite and np.count_nonzero(reach) * SPARSE_SHARE <= reach.size:
                i, j, rank, cosine = best_two_sparse(sims, reach, column_article[c], a_hi - a_lo)
            else:
                i, j, rank, cosine = best_two(sims, starts[a_lo:a_hi] - c_lo, lengths[a_lo:a_hi], floor)
            del reach
            edges.append((i, order[j + c_lo], rank, cosine))
            # last, as sims is partitioned in place (a copy of the block cost as much as the selection)
            keep = min(edge, c_hi - c_lo)
            sims.partition(c_hi - c_lo - keep, axis=1)
            part = sims[:, c_hi - c_lo - keep:]
            if top is None:
                top = part if len(chunks) == 1 else part.copy()
            else:  # the edge largest of the chunks so far: no more than twice the edge held
                top = np.concatenate([top, part], axis=1)
                if top.shape[1] > edge:
                    top.partition(top.shape[1] - edge, axis=1)
                    top = top[:, top.shape[1] - edge:].copy()
        total -= own_total
        squares -= own_squares
        others = np.maximum(n - lengths[slot[block]], 1)
        m = total / others
        mean[lo : lo + len(block)] = m
        sd[lo : lo + len(block)] = np.sqrt(np.maximum(squares / others - m * m, 1e-6))
        # chunk by chunk, each row by row (the pairing does not depend on the order)
        i, j, rank, cosine = (np.concatenate(x) for x in zip(*edges))
        found_row.append((i + lo).astype(np.int32))
        found_other.append(j.astype(np.int32))
        found_rank.append(rank)
        found_cosine.append(cosine)
        kth = np.partition(top, top.shape[1] - edge, axis=1)[:, top.shape[1] - edge]  # the edge-th largest
        at_edge[lo : lo + len(block)] = np.where(np.isfinite(kth), kth, m)
    cat = (lambda parts, t: np.concatenate(parts) if parts else np.zeros(0, dtype=t))
    return Neighbourhood(rows, mean, sd, at_edge, cat(found_row, np.int32), cat(found_other, np.int32),
                         cat(found_rank, np.int8), cat(found_cosine, np.float32))


@dataclass(slots=True)
class Fixed:
    """Unit vectors as whole numbers (``fixed_point``) and the reciprocals of their norms."""

    whole: object  # float32 (n, dim), whole numbers
    scale: object  # float32 (n,): 1 / the norm of each row of ``whole``


def fixed_point(vectors) -> Fixed:
    """Unit vectors as whole numbers of norm ``FIXED_NORM`` at most, for ``cosines``."""
    import numpy as np

    # row by row (a slice at a time): a chunk of 32,768 rows in float64 was 300 MB of temporaries
    whole = np.empty(np.shape(vectors), dtype=np.float32)
    scale = np.empty(len(whole), dtype=np.float32)
    for lo in range(0, len(whole), FIXED_ROWS):
        part = np.rint(np.asarray(vectors[lo : lo + FIXED_ROWS], dtype=np.float64) * FIXED_NORM)
        norms = np.sqrt(np.einsum("ij,ij->i", part, part))  # whole numbers: exact in any order
        whole[lo : lo + FIXED_ROWS] = part
        scale[lo : lo + FIXED_ROWS] = 1.0 / np.maximum(norms, 1.0)
    return Fixed(whole, scale)


def cosines(rows: Fixed, columns: Fixed):
    """The float32 cosines of ``rows`` with ``columns``: an exact product, then elementwise
    scaling, so the same floats on every machine, thread count and block."""
    product = rows.whole @ columns.whole.T
    product *= rows.scale[:, None]
    product *= columns.scale[None, :]
    return product


def column_chunks(starts, lengths, size: int | None = None) -> list[tuple[int, int]]:
    """The columns of the product (every row, in article order: articles at ``starts``, of
    ``lengths``) in chunks of whole articles, each of ``size`` (default ``COLUMNS_PER_CHUNK``)
    columns at most unless one article is longer; the same chunks for every caller, so the floats
    are the same however the rows are split."""
    size = size or COLUMNS_PER_CHUNK
    out, lo = [], 0
    for s, n in zip(starts.tolist(), lengths.tolist()):
        if s + n - lo > size and s > lo:
            out.append((lo, s))
            lo = s
    total = int(starts[-1] + lengths[-1]) if len(starts) else 0
    out.append((lo, total))
    return out


def best_two(sims, starts, lengths, floor):
    """The cells of ``sims`` (rows against columns grouped by article, ``starts`` and ``lengths``
    of each group) that are the best or second best of their row in their article, at least
    ``floor``: (row, column, rank, cosine) in row-major order. Ties share a rank; own-article cells are
    -inf and never reach the floor."""
    import numpy as np

    # all in float32 (a float64 -inf or floor would double every temporary's size)
    is_best = sims >= np.repeat(np.maximum.reduceat(sims, starts, axis=1), lengths, axis=1)
    second = np.maximum.reduceat(np.where(is_best, np.float32(-np.inf), sims), starts, axis=1)
    i, j = sparse_nonzero(sims >= np.repeat(np.maximum(second, floor), lengths, axis=1))
    return i, j, (~is_best[i, j]).astype(np.int8), sims[i, j]


def best_two_sparse(sims, reach, column_article, articles: int):
    """``best_two`` from the cells that reach the floor (``reach``), when they are few: a cell at
    the floor is the best of its article when no cell there is above it, second best when only
    the best are; both tests need only the cells at the floor (the best and second best of an
    article with any such cell are among them). For finite ``sims`` only (NaN compares unlike)."""
    import numpy as np

    i, j = sparse_nonzero(reach)
    if not len(i):
        return i, j, np.zeros(0, dtype=np.int8), np.zeros(0, dtype=sims.dtype)
    cos = sims[i, j]
    group = i * articles + column_article[j]  # (row, article), ascending in row-major order
    first = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    size = np.diff(np.r_[first, len(group)])
    is_best = cos >= np.repeat(np.maximum.reduceat(cos, first), size)
    second = np.maximum.reduceat(np.where(is_best, np.float32(-np.inf), cos), first)
    keep = np.flatnonzero(cos >= np.repeat(second, size))
    return i[keep], j[keep], (~is_best[keep]).astype(np.int8), cos[keep]


def sparse_nonzero(mask):
    """``np.nonzero`` of a 2-d boolean array with few True cells (a sentence's counterparts among
    thousands), in the same order: the cells are scanned eight at a time, as 64-bit words."""
    import numpy as np

    flat = np.ascontiguousarray(mask).reshape(-1)
    whole = len(flat) // 8 * 8
    words = np.flatnonzero(flat[:whole].view(np.uint64))
    cells = (words[:, None] * 8 + np.arange(8)).reshape(-1)
    found = np.concatenate([cells[flat[cells]], np.flatnonzero(flat[whole:]) + whole])
    return np.divmod(found, mask.shape[1])


def joined(parts: list[Neighbourhood]) -> Neighbourhood:
    """One neighbourhood of the rows of ``parts``, in their order (each part's ``row`` indexes its
    own ``rows``)."""
    import numpy as np

    offsets = np.cumsum([0] + [len(p.rows) for p in parts])
    cat = (lambda name, t: np.concatenate([getattr(p, name) for p in parts]) if parts else np.zeros(0, dtype=t))
    return Neighbourhood(
        cat("rows", np.int64), cat("mean", np.float32), cat("sd", np.float32), cat("edge", np.float32),
        np.concatenate([p.row + np.int32(off) for p, off in zip(parts, offsets)]) if parts else np.zeros(0, dtype=np.int32),
        cat("other", np.int32), cat("rank", np.int8), cat("cosine", np.float32))


def background_z(cosine, mean_a, sd_a, mean_b, sd_b):
    """How far a pair's cosine stands above each side's background, averaged (in standard deviations)."""
    return ((cosine - mean_a) / sd_a + (cosine - mean_b) / sd_b) / 2


def alike(z, rank=0):
    """The corrected similarity as the score's meaning term in [0, 1], less for a second best."""
    import numpy as np

    z = np.asarray(z, dtype=np.float64) - RANK_STEP * np.asarray(rank, dtype=np.float64)
    return np.clip((z - Z_FLOOR) / (Z_FULL - Z_FLOOR), 0.0, 1.0)


@dataclass(slots=True)
class Alike:
    """How alike in meaning pairs of claims are, as parallel arrays: claim ids ``a`` < ``b``, the
    plain cosine (shown to the reviewer) and the background-corrected similarity as a score term
    (``gain``, see ``alike``; 0 unless each is the other's best or second best in its article, or
    alike through other articles: ``bridges``, how many, 0 for a pair found directly; None: none)."""

    a: object
    b: object
    cosine: object
    gain: object
    bridges: object = None

    def __len__(self) -> int:
        return len(self.a)

    def lookup(self, a, b):
        """Indices into these arrays of the pairs (a[i], b[i]) (either order), -1 where absent."""
        import numpy as np

        lo, hi = np.minimum(a, b), np.maximum(a, b)
        width = int(max(self.b.max(initial=0), hi.max(initial=0))) + 1
        # the larger id first: candidate pairs come sorted that way (by position, in id order)
        return index_of(self.b * width + self.a, hi * width + lo)

    def extended(self, a, b, cosine, gain, bridges) -> Alike:
        """These pairs and the new pairs given (parallel arrays), in new arrays, whose first part a
        caller may then change in place (one copy of a few million pairs, not one per step)."""
        import numpy as np

        n = len(self)
        through = np.zeros(n + len(a), dtype=np.int64)
        if self.bridges is not None:
            through[:n] = self.bridges
        through[n:] = bridges
        cat = np.concatenate
        return Alike(cat([self.a, a]), cat([self.b, b]), cat([self.cosine, cosine]), cat([self.gain, gain]), through)

    def terms(self, at):
        """The (gain, cosine, bridges) of the pairs at indices ``at`` (from ``lookup``): NaN, NaN
        and 0 where ``at`` is -1."""
        import numpy as np

        found, i = at >= 0, np.maximum(at, 0)
        bridges = np.zeros(len(at), dtype=np.int64) if self.bridges is None else np.where(found, self.bridges[i], 0)
        return np.where(found, self.gain[i], np.nan), np.where(found, self.cosine[i], np.nan), bridges


def index_of(codes, wanted):
    """For each of ``wanted``, its index in ``codes`` (distinct int64 codes), -1 where absent."""
    import numpy as np

    if not len(codes):
        return np.full(len(wanted), -1, dtype=np.int64)
    if len(wanted) > len(codes) and (len(wanted) < 2 or bool((wanted[1:] > wanted[:-1]).all())):
        # ascending and distinct: the fewer codes are looked up among them instead
        at = np.minimum(np.searchsorted(wanted, codes), len(wanted) - 1)
        found = wanted[at] == codes
        out = np.full(len(wanted), -1, dtype=np.int64)
        out[at[found]] = np.flatnonzero(found)
        return out
    order = np.argsort(codes)
    ordered = codes[order]
    at = np.minimum(np.searchsorted(ordered, wanted), len(codes) - 1)
    return np.where(ordered[at] == wanted, order[at], -1)


PAIRS_PER_CHUNK = 8192  # rows of each side read at a time to measure the cosines of pairs


def pairwise(cosines, matrix, x, y):
    """``cosines(u, v)`` of the rows ``x[i]`` and ``y[i]`` of ``matrix``, ``PAIRS_PER_CHUNK`` pairs
    at a time: ``cosines`` works row by row, so the floats are those of one call, and the rows read
    are a chunk's (at 80,000 claims, the 14,000 pairs found through other articles were 130 MB of
    rows at once)."""
    import numpy as np

    parts = [cosines(matrix[x[lo : lo + PAIRS_PER_CHUNK]], matrix[y[lo : lo + PAIRS_PER_CHUNK]])
             for lo in range(0, len(x), PAIRS_PER_CHUNK)]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float64)


def rows_of(claim_ids):
    """A lookup from claim ids (all among ``claim_ids``, distinct int64) to their rows there."""
    import numpy as np

    order = np.argsort(claim_ids)
    return lambda ids: order[np.searchsorted(claim_ids, ids, sorter=order)]


def by_meaning(claim_ids, article_ids, matrix, new) -> Alike:
    """Pairs of claims alike in meaning, for the claims with ids in ``new``: pairs that are each
    other's best or second best in the other's article (see the module's docstring), with their
    cosine and gain. ``claim_ids``, ``article_ids`` and the rows of ``matrix`` are parallel.
    Both sides of a pair are searched, so the result for the pairs of a claim does not depend on
    which of the two is new: matching article by article finds what a rebuild finds."""
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
    edge = edge_of(articles)
    near = neighbourhood(matrix, articles, new_rows, edge)
    # every row new (a rebuild): no far side left to search
    others = np.setdiff1d(near.other, new_rows) if len(new_rows) < n else new_rows[:0]
    if len(others):  # the far sides: their own counterparts, for the test in return
        near = joined([near, neighbourhood(matrix, articles, others, edge)])
    return pair_up(claim_ids, near, n, new_rows)


def pair_up(claim_ids, near: Neighbourhood, n: int, new_rows) -> Alike:
    """The pairs alike in meaning among the sentences searched in ``near`` (every row of
    ``new_rows`` and every row it found; ``n`` rows in all, ``claim_ids`` theirs), at least one
    side in ``new_rows``: found both ways, with their cosine and gain."""
    import numpy as np

    at = np.full(n, -1, dtype=np.int64)
    at[near.rows] = np.arange(len(near.rows))
    frm, to, rank = near.rows[near.row], near.other.astype(np.int64), near.rank  # codes below need 64 bits
    cos = near.cosine.astype(np.float64)

    def gain_of(a, b, cos, rank):
        """The gain of pairs of rows ``a``, ``b`` with cosine ``cos`` at ``rank`` (it falls with the rank)."""
        ia, ib = at[a], at[b]
        z = background_z(cos, near.mean[ia], near.sd[ia], near.mean[ib], near.sd[ib])
        margin = cos - (near.edge[ia] + near.edge[ib]) / 2
        return alike(z, rank) * np.clip((margin - MARGIN_FLOOR) / (MARGIN_FULL - MARGIN_FLOOR), 0.0, 1.0)

    # most edges cannot gain even at their own side's rank: leave them before pairing
    # (a chunk of edges at a time: a one-story corpus of 40,000 sentences has 7 million, and the
    # gain's temporaries over all of them at once took a gigabyte)
    searched = np.flatnonzero(at[to] >= 0)
    keep = np.concatenate([np.zeros(0, dtype=np.int64)] + [
        part[gain_of(frm[part], to[part], cos[part], rank[part]) > 0]
        for part in (searched[lo : lo + EDGES_PER_CHUNK] for lo in range(0, len(searched), EDGES_PER_CHUNK))
    ])
    frm, to, rank, cos = frm[keep], to[keep], rank[keep], cos[keep]
    # a pair counts when found both ways (directed edges as codes from -> to)
    back = index_of(frm * n + to, to * n + frm)  # the same pair found from the other side
    is_new = np.zeros(n, dtype=bool)
    is_new[new_rows] = True
    keep = np.flatnonzero((back >= 0) & is_new[frm] & ((frm < to) | ~is_new[to]))  # each pair once
    ra, rb, cos = frm[keep], to[keep], cos[keep]
    gain = gain_of(ra, rb, cos, np.maximum(rank[keep], rank[back[keep]]))
    a, b = claim_ids[ra], claim_ids[rb]
    keep = gain > 0
    return Alike(np.minimum(a, b)[keep], np.maximum(a, b)[keep], np.round(cos[keep], 4), gain[keep])
