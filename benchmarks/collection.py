"""Adding a collection (one CSV, a row per article) against adding the same articles as files.

    python benchmarks/collection.py [--articles 20000]

The articles are the ingest benchmark's generated bodies (benchmarks/ingest.py make_article, six
languages), written once as .txt files (a "date" line, then the body) and once as rows of a CSV
(title, date, body columns). Each is added to a new SQLite file without matching
(``importer.add_paths(match=False)``, as benchmarks/ingest.py does), wall and CPU time taken (CPU
includes worker processes: the machine is shared). Target: the CSV at >= 80% of the files'
throughput. The two databases must hold the same claims.

Last run (load ~9 on the shared 2-core machine): 20,000 articles, 82.6 MB of text; files 185.6 s
wall / 74.4 s CPU (0.44 MB/s), CSV 149.0 s / 65.3 s (0.55 MB/s): 125% by wall, 114% by CPU, same
claims.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks")]

from ingest import TEMPLATES, make_article  # noqa: E402

from factcheck.collection import Columns  # noqa: E402
from factcheck.importer import add_paths  # noqa: E402
from factcheck.store import Store  # noqa: E402


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(db: Path, path: Path, columns: Columns | None = None):
    start, cpu = time.perf_counter(), _cpu()
    with Store(db) as store:
        report = add_paths(store, [path], match=False, columns=columns)
        claims = sorted(r[0] for r in store.conn.execute("SELECT text FROM claims"))
    return time.perf_counter() - start, _cpu() - cpu, report, claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    args = parser.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = root / "files"
        files.mkdir()
        size = 0
        with (root / "export.csv").open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["title", "date", "text"])
            for i in range(args.articles):
                body = make_article(rng, rng.choice(list(TEMPLATES)), rng.randint(6, 14))
                date = f"2024-0{1 + i % 9}-1{i % 10}"
                (files / f"{i:05d}.txt").write_text(f"date {date}\n{body}\n", encoding="utf-8")
                writer.writerow([f"Story {i}", date, body])
                size += len(body.encode("utf-8"))
        mb = size / 2**20
        wall_f, cpu_f, rep_f, claims_f = timed(root / "files.db", files)
        wall_c, cpu_c, rep_c, claims_c = timed(root / "rows.db", root / "export.csv", Columns())
    print(f"{args.articles} articles, {mb:.1f} MB of text; load {os.getloadavg()[0]:.1f}")
    print(f"files  {len(rep_f.added)} added in {wall_f:.1f} s wall, {cpu_f:.1f} s CPU: {mb / wall_f:.2f} MB/s")
    print(f"csv    {len(rep_c.added)} added in {wall_c:.1f} s wall, {cpu_c:.1f} s CPU: {mb / wall_c:.2f} MB/s,"
          f" {len(rep_c.failed)} failed")
    print(f"csv/files throughput: {wall_f / wall_c:.0%} by wall time, {cpu_f / cpu_c:.0%} by CPU (target >= 80%)")
    print(f"same claims: {claims_f == claims_c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
