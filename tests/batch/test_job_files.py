"""The job's files give back what was written: the pairs alike in meaning (each bucket's, joined
in order) and the vectors' rows read one by one, as in memory."""

from __future__ import annotations

import numpy as np

from factcheck.batch import alike_files, vector_files
from factcheck.core.matching.neighbours import Alike
from factcheck.core.semantic import DIM


def _alike(rng, n: int, bridges: bool) -> Alike:
    a = rng.integers(0, 1000, n)
    return Alike(a, a + rng.integers(1, 50, n), rng.random(n).round(4), rng.random(n),
                 rng.integers(-1, 5, n) if bridges else None)


def test_pairs_alike_written_load_and_join_as_in_memory(tmp_path):
    rng = np.random.default_rng(3)
    parts = [_alike(rng, n, False) for n in (40, 0, 25)]
    files = [alike_files.write(p, str(tmp_path / f"alike-{j}")) for j, p in enumerate(parts)]
    assert [len(f) for f in files] == [40, 0, 25]
    joined = alike_files.joined(files)
    for name in ("a", "b", "cosine", "gain"):
        expected = np.concatenate([getattr(p, name) for p in parts])
        assert getattr(joined, name).dtype == expected.dtype and np.array_equal(getattr(joined, name), expected)
    assert joined.bridges is None
    whole = _alike(rng, 30, True)
    loaded = alike_files.write(whole, str(tmp_path / "alike")).load()
    assert all(np.array_equal(getattr(loaded, k), getattr(whole, k)) for k in ("a", "b", "cosine", "gain", "bridges"))
    at = loaded.lookup(whole.b[:5], whole.a[:5])  # looked up either way round, from the mapped arrays
    assert (loaded.a[at] == whole.a[:5]).all()


def test_scattered_rows_are_the_rows_of_the_file(tmp_path):
    rng = np.random.default_rng(5)
    matrix = rng.normal(size=(50, DIM)).astype(np.float32)
    path = tmp_path / "vectors.f32"
    matrix.tofile(path)
    rows = np.array([49, 0, 7, 7, 31], dtype=np.int64)  # any order, repeats
    assert np.array_equal(vector_files.ScatteredRows(str(path))[rows], matrix[rows])
    assert vector_files.ScatteredRows(str(path))[np.zeros(0, dtype=np.int64)].shape == (0, DIM)
