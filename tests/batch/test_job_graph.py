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
