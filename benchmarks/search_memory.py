"""Memory of one search task of the Dask job by meaning, as the corpus grows.

    python benchmarks/search_memory.py [--sizes 50000 100000 200000 400000] [--partitions 16]

For each size, synthetic unit vectors (384 dimensions, articles of 40 sentences) are written as the
job writes them (``batch/vector_files.py``: by id and by article, float32), and one task's search is
run in a process of its own, as a worker runs it: the first of ``--partitions`` row ranges,
searched against every row. Reported: its wall time, its peak RSS (VmHWM), and the same search with
every vector in memory (the job before it read its columns from the file a chunk at a time).
Target: a worker's memory does not grow with the corpus (<= 1 GB at any size).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

DIM = 384
ARTICLE = 40

TASK = r"""
import sys, time, numpy as np
from factcheck.batch.vector_files import VectorFiles
from factcheck.batch import matcher
rows, columns, n, k, whole = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] == "whole"
files = VectorFiles(rows, columns, np.arange(n, dtype=np.int64), np.arange(n, dtype=np.int64) // %d)
block = matcher.rows_per_block()
per = -(-(-(-n // block)) // k) * block
t = time.perf_counter()
if whole:  # every vector in memory, one chunk of all the columns
    matrix = np.fromfile(rows, dtype=np.float32).reshape(n, -1)
    near, _ = matcher.search_rows(matrix, files.article_ids, 0, per, block, matcher.Columns(None, n))
else:
    near, _ = matcher.search_rows(files.matrix(), files.article_ids, 0, per, block,
                                  files.columns(matcher.columns_per_chunk()))
elapsed = time.perf_counter() - t
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(elapsed, int(hwm) / 1024, len(near.rows))
""" % ARTICLE


def write(folder: str, n: int, seed: int = 0) -> tuple[str, str]:
    """Vectors shaped as benchmarks/matching.py's ``synthetic_vectors`` shape them (like the model's
    on one story: a story direction, a fact direction shared by a fact's renderings, noise), by id
    as by article (articles in id order)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    unit = (lambda m: m / np.linalg.norm(m, axis=-1, keepdims=True))
    story, facts = unit(rng.normal(size=DIM)), unit(rng.normal(size=(max(1, n // 12), DIM)))
    rows = os.path.join(folder, "by-id.f32")
    with open(rows, "wb") as out:
        for lo in range(0, n, 50_000):
            size = min(50_000, n - lo)
            m = 2.0 * story + 1.1 * facts[rng.integers(0, len(facts), size)] + 0.45 * unit(rng.normal(size=(size, DIM)))
            out.write(unit(m).astype(np.float32).tobytes())
    columns = os.path.join(folder, "by-article.f32")
    os.link(rows, columns)  # articles are in id order: the same bytes
    return rows, columns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 100_000, 200_000, 400_000])
    parser.add_argument("--partitions", type=int, default=16)
    args = parser.parse_args(argv)
    print(f"{'sentences':>10} {'rows searched':>13} {'chunked s':>9} {'chunked MB':>10} {'in memory s':>11} {'in memory MB':>12}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            rows, columns = write(tmp, n)
            out = []
            for way in ("chunked", "whole"):
                done = subprocess.run([sys.executable, "-c", TASK, rows, columns, str(n), str(args.partitions), way],
                                      check=True, capture_output=True, text=True)
                out.append([float(x) for x in done.stdout.split()])
            (t1, m1, searched), (t2, m2, _) = out
            print(f"{n:>10,} {int(searched):>13,} {t1:>9.1f} {m1:>10.0f} {t2:>11.1f} {m2:>12.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
