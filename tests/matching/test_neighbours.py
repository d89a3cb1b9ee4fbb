"""Matching by meaning in two steps: the search of rows (``neighbourhood``), which the batch job runs
in row partitions, and the pairing (``pair_up``). Split at multiples of the search's block, the rows
give the very floats of one pass, so the pairs are those of ``by_meaning``."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.core.matching import neighbours as nb


def _corpus(seed: int = 5, articles: int = 40, per_article: int = 15, dim: int = 64):
    """Unit vectors sharing a topic; a third of the sentences retell one of a few statements in
    several articles (alike), the rest are strangers."""
    rng = np.random.default_rng(seed)
    n = articles * per_article
    topic = rng.normal(size=dim)
    statements = rng.normal(size=(n // 12, dim))
    told = rng.integers(0, len(statements), size=n)
    retold = rng.random(n) < 1 / 3
    own = rng.normal(size=(n, dim))
    m = 2.0 * topic / np.linalg.norm(topic) + 0.5 * own / np.linalg.norm(own, axis=1, keepdims=True)
    m[retold] += 1.2 * statements[told[retold]] / np.linalg.norm(statements[told[retold]], axis=1, keepdims=True)
    return np.arange(1, n + 1) * 10, np.repeat(np.arange(articles), per_article), m.astype(np.float32)


def test_rows_searched_in_parts_give_one_pass_numbers_and_pairs(monkeypatch):
    block = 64
    monkeypatch.setattr(nb, "ROWS_PER_BLOCK", block)
    ids, articles, vectors = _corpus()
    matrix = nb.unit_rows(vectors)  # once, as by_meaning does
    n, edge = len(matrix), nb.edge_of(articles)
    whole = nb.neighbourhood(matrix, articles, np.arange(n), edge)
    cuts = [0, 3 * block, 4 * block, 8 * block, n]  # parts of 3, 1, 4 blocks and a ragged end
    parts = [nb.neighbourhood(matrix, articles, np.arange(lo, hi), edge, block) for lo, hi in zip(cuts, cuts[1:])]
    joined = nb.joined(parts)
    for name in ("rows", "mean", "sd", "edge", "row", "other", "rank", "cosine"):
        assert np.array_equal(getattr(joined, name), getattr(whole, name)), name
    assert len(whole.row) > n  # rows found counterparts in several articles

    found = nb.pair_up(ids, joined, n, np.arange(n))
    expected = nb.by_meaning(ids, articles, vectors, ids)
    assert len(expected) > 20 and (expected.gain > 0).all()
    for name in ("a", "b", "cosine", "gain"):
        assert np.array_equal(getattr(found, name), getattr(expected, name)), name


def test_columns_read_a_chunk_of_whole_articles_at_a_time_give_the_same_neighbourhood(monkeypatch):
    ids, articles, vectors = _corpus(seed=9, articles=40, per_article=15)
    matrix = nb.unit_rows(vectors)
    n, edge = len(matrix), nb.edge_of(articles)
    whole = nb.neighbourhood(matrix, articles, np.arange(n), edge, 64)
    monkeypatch.setattr(nb, "COLUMNS_PER_CHUNK", 100)  # 6 articles of 15 a chunk
    monkeypatch.setattr(nb, "CHUNKS_PER_EDGE", 0)  # however wide the edge
    order = np.argsort(articles, kind="stable")
    asked = []

    def columns(lo, hi):
        asked.append((lo, hi))
        return matrix[order[lo:hi]]

    chunked = nb.neighbourhood(matrix, articles, np.arange(n), edge, 64, nb.Columns(columns))
    assert len(set(asked)) == 7 and all(hi - lo <= 100 and lo % 15 == 0 for lo, hi in asked)
    assert np.array_equal(chunked.rows, whole.rows)
    a, b = np.lexsort((chunked.other, chunked.row)), np.lexsort((whole.other, whole.row))  # chunk by chunk
    for name in ("row", "other", "rank"):
        assert np.array_equal(getattr(chunked, name)[a], getattr(whole, name)[b]), name
    assert np.allclose(chunked.cosine[a], whole.cosine[b], rtol=1e-5, atol=1e-6)
    for name in ("mean", "edge"):  # sums in another order: the last digits may differ
        assert np.allclose(getattr(chunked, name), getattr(whole, name), rtol=1e-5, atol=1e-6), name
    assert np.allclose(chunked.sd, whole.sd, rtol=1e-3)  # a difference of squares: more of them
    # rows split at multiples of the block give the very floats of one pass, chunked too
    parts = [nb.neighbourhood(matrix, articles, np.arange(lo, hi), edge, 64, nb.Columns(columns, 100))
             for lo, hi in ((0, 192), (192, n))]
    joined = nb.joined(parts)
    for name in ("rows", "mean", "sd", "edge", "row", "other", "rank", "cosine"):
        assert np.array_equal(getattr(joined, name), getattr(chunked, name)), name


def test_an_article_longer_than_a_chunk_is_a_chunk_of_its_own():
    starts, lengths = np.array([0, 10, 300, 310]), np.array([10, 290, 10, 5])
    assert nb.column_chunks(starts, lengths, 100) == [(0, 10), (10, 300), (300, 315)]
    assert nb.column_chunks(starts, lengths, 1000) == [(0, 315)]


@pytest.mark.parametrize("floor", [None, 0.9, 0.95])  # 82 %, 37 %, 6 % of the cells reach it
def test_the_best_two_from_the_cells_at_the_floor_are_those_of_the_whole_block(monkeypatch, floor):
    ids, articles, vectors = _corpus(seed=7)
    vectors[1::9] = vectors[2::9]  # ties: copies within an article and across articles
    vectors[100:130] = vectors[400:430]
    matrix = nb.unit_rows(vectors)
    if floor is not None:
        monkeypatch.setattr(nb, "COSINE_FLOOR", floor)
    edge = nb.edge_of(articles)
    found = {}
    for way, share in (("dense", 10**12), ("sparse", 0)):
        monkeypatch.setattr(nb, "SPARSE_SHARE", share)
        found[way] = nb.neighbourhood(matrix, articles, np.arange(len(matrix)), edge, 64)
    assert (found["dense"].rank == 0).any() and (found["dense"].rank == 1).any()
    for name in ("rows", "mean", "sd", "edge", "row", "other", "rank", "cosine"):
        assert np.array_equal(getattr(found["sparse"], name), getattr(found["dense"], name)), name


def test_cells_not_finite_give_what_the_whole_block_gives(monkeypatch):
    ids, articles, vectors = _corpus(seed=8)
    matrix = nb.unit_rows(vectors)
    matrix[5, 3] = np.nan  # NaN compares unlike a number: its article finds no best in any row
    edge = nb.edge_of(articles)
    found = {}
    for way, share in (("dense", 10**12), ("sparse", 0)):
        monkeypatch.setattr(nb, "SPARSE_SHARE", share)
        found[way] = nb.neighbourhood(matrix, articles, np.arange(len(matrix)), edge, 64)
    assert len(found["dense"].row) > len(matrix)
    for name in ("row", "other", "rank", "cosine"):
        assert np.array_equal(getattr(found["sparse"], name), getattr(found["dense"], name)), name


def test_the_edge_grows_with_the_articles():
    assert nb.edge_of([1, 1, 2]) == nb.EDGE_MIN
    many = np.arange(100)
    assert nb.edge_of(many) == nb.EDGE_PER_ARTICLE * 99 > nb.EDGE_MIN


@pytest.mark.parametrize("shape, share", [((512, 6000), 1e-4), ((7, 13), 0.3), ((1, 5), 0.5), ((5, 9), 1.0), ((4, 0), 0.5)])
def test_sparse_nonzero_is_nonzero(shape, share):
    mask = np.random.default_rng(len(shape) + shape[1]).random(shape) < share
    expected = np.nonzero(mask)
    found = nb.sparse_nonzero(mask)
    assert all(np.array_equal(a, b) for a, b in zip(expected, found))
    assert share < 1 or len(found[0]) == mask.size


@pytest.mark.parametrize("seed", range(5))
def test_index_of_ascending_wanted_finds_what_any_order_finds(seed):
    rng = np.random.default_rng(seed)
    codes = rng.choice(10_000, size=300, replace=False).astype(np.int64)
    wanted = np.sort(rng.choice(10_000, size=2000, replace=False)).astype(np.int64)  # more wanted than codes
    shuffle = rng.permutation(len(wanted))
    ascending = nb.index_of(codes, wanted)
    assert np.array_equal(ascending[shuffle], nb.index_of(codes, wanted[shuffle]))
    hit = ascending >= 0
    assert 0 < hit.sum() < len(codes) and np.array_equal(codes[ascending[hit]], wanted[hit])


def test_cosines_are_the_same_floats_in_any_block_and_near_the_exact_ones():
    import numpy as np

    from factcheck.core.matching.neighbours import cosines, fixed_point, unit_rows

    rng = np.random.default_rng(7)
    vectors = unit_rows(rng.standard_normal((700, 384)).astype(np.float16))
    every = fixed_point(vectors)
    whole = cosines(every, every)
    for lo, hi in ((0, 8), (8, 300), (300, 700)):  # blocks of other shapes, other BLAS kernels
        part = cosines(fixed_point(vectors[lo:hi]), every)
        assert np.array_equal(part, whole[lo:hi])
    exact = vectors.astype(np.float64) @ vectors.astype(np.float64).T
    assert np.abs(whole - exact).max() < 1e-3
