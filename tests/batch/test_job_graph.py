"""The job's graph grows as its partitions, not as their square: what goes from every partition
to every other goes by Dask's P2P shuffle, not as a task per pair of partitions (at a thousand
partitions that was millions of tasks for the scheduler)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.batch import job


def _tasks(n: int, block: int | None) -> dict:
    plan = job.Plan("store.db", 1, 100_000, n, Path("scratch"), 100, block, undated=True, per_chunk=1_000)
    return job.graph(plan).__dask_graph__().get_all_dependencies()


@pytest.mark.parametrize("block", [None, 512], ids=["signatures", "meaning"])
def test_the_graph_grows_as_the_partitions(block):
    small, large = _tasks(8, block), _tasks(64, block)
    assert len(large) < 10 * len(small)  # 8x the partitions; as their square it would be 64x
    assert sum(map(len, large.values())) < 10 * sum(map(len, small.values()))
    assert any("shuffle-transfer" in str(key) for key in large)  # the rows move by P2P shuffle


def test_the_buckets_of_the_edge_files_pair_up_as_all_the_edges_at_once(tmp_path):
    import numpy as np

    from factcheck.batch import edge_files, matcher
    from factcheck.core.matching import neighbours

    rng = np.random.default_rng(1)
    n = 2000
    articles = np.arange(n) // 25
    topics = rng.normal(size=(300, 64))
    matrix = neighbours.unit_rows(rng.normal(size=64) + 0.8 * topics[rng.integers(0, 300, n)] + 0.4 * rng.normal(size=(n, 64)))
    columns = matcher.Columns(None, n)
    rows, edges = matcher.search_rows(matrix, articles, 0, n, matcher.rows_per_block(), columns)
    ids = np.arange(n) * 10
    pairs = lambda alike: sorted(zip(*(getattr(alike, k).tolist() for k in ("a", "b", "cosine", "gain"))))  # noqa: E731
    at_once = pairs(matcher.alike_pairs(ids, rows, edges))
    # two search partitions (rows cut at a block), three buckets: a pair's two edges come from
    # different files, and meet in the bucket of its smaller row
    cut = matcher.rows_per_block()
    files = []
    for i, (lo, hi) in enumerate([(0, cut), (cut, n)]):
        part = matcher.search_rows(matrix, articles, lo, hi, matcher.rows_per_block(), columns)[1]
        files.append(edge_files.write(part, 3, str(tmp_path / f"edges-{i}.npy")))
    by_bucket = [matcher.alike_pairs(ids, rows, edge_files.bucket(edge_files.gathered(*files), j)) for j in range(3)]
    assert len(at_once) > 1000 and all(len(b) for b in by_bucket)
    assert sorted(p for b in by_bucket for p in pairs(b)) == at_once


def test_the_undated_articles_links_through_pairs_alike_are_those_of_the_statements():
    import numpy as np

    from factcheck.batch import matcher
    from factcheck.core import consistency
    from factcheck.core.matching.neighbours import Alike
    from factcheck.core.matching.statement import Statement

    rng = np.random.default_rng(7)
    claim_ids = np.arange(0, 3000, 3, dtype=np.int64)  # ascending, as the job's vector files hold them
    article_ids = rng.integers(0, 40, len(claim_ids))
    dates = {a: (None if a % 4 == 0 else "" if a % 7 == 0 else f"2026-11-{a % 28 + 1:02d}") for a in range(40)}
    pick = rng.integers(0, len(claim_ids), (5000, 2))
    pick = pick[pick[:, 0] != pick[:, 1]]
    a, b = claim_ids[pick.min(axis=1)], claim_ids[pick.max(axis=1)]
    alike = Alike(a, b, np.zeros(len(a)), np.ones(len(a)))
    article = dict(zip(claim_ids.tolist(), article_ids.tolist()))
    statements = [Statement(int(c), article[int(c)], "", "", date=dates.get(article[int(c)])) for c in claim_ids]
    position = {int(c): i for i, c in enumerate(claim_ids)}
    expected = consistency.undated_links(statements, [(position[x], position[y]) for x, y in zip(a.tolist(), b.tolist())])
    assert expected and matcher.alike_links(alike, claim_ids, article_ids, dates) == expected
    none = Alike(*(np.zeros(0, dtype=t) for t in (np.int64, np.int64, np.float64, np.float64)))
    assert matcher.alike_links(none, claim_ids, article_ids, dates) == {}
