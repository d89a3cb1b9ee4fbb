"""How fast a rebuild's matches load into PostgreSQL: COPY (``Store.insert_rows``) against one
INSERT per row (``executemany``), into a scratch table shaped like ``matches``.

    python benchmarks/pg_load.py [--rows 200000] [--url postgresql://...]

Without ``--url`` it starts a throwaway server the way the tests do (tests/pg_server.py).
Last run (2-core machine, local server over a Unix socket, a helper's benchmarks beside it):
200,000 rows, executemany 2.67 s (74,851 rows/s), COPY 0.55 s (366,274 rows/s).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1])]  # tests.pg_server starts the server

from factcheck.store import Store

COLUMNS = ("claim_a", "claim_b", "score", "evidence", "consistency", "semantic")
EVIDENCE = json.dumps(["entities: TikTok, Microsoft", "monthly",
                       "money $20 millioner ≈ Rp322 miliar (Rp322 miliar ≈ 19.8 M USD at the 2024-08-01 ECB rate)",
                       "numbers: consistent (within 10%)", "meaning: 0.91 alike"], ensure_ascii=False)


def measure(url: str, n: int) -> None:
    rows = [(i, i + 1, 0.75, EVIDENCE, "consistent", 0.91) for i in range(n)]
    with Store(url) as store:
        store.conn.execute("CREATE TABLE load_bench (claim_a INTEGER, claim_b INTEGER, score REAL, evidence TEXT,"
                           " consistency TEXT, semantic REAL, UNIQUE (claim_a, claim_b))")
        try:
            for how in ("executemany", "COPY"):
                store.conn.execute("TRUNCATE load_bench")
                start = time.perf_counter()
                store.conn.execute("BEGIN")
                if how == "COPY":
                    store.insert_rows("load_bench", COLUMNS, iter(rows))
                else:
                    store.conn.executemany(f"INSERT INTO load_bench ({', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)", rows)
                store.conn.execute("COMMIT")
                took = time.perf_counter() - start
                print(f"{how:<12} {n:,} rows {took:.2f} s  {n / took:,.0f} rows/s")
        finally:
            store.conn.execute("DROP TABLE load_bench")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--url", help="an existing server's database (default: a throwaway server)")
    args = parser.parse_args(argv)
    if args.url:
        measure(args.url, args.rows)
        return 0
    from tests.pg_server import PgServer

    server = PgServer().start()
    try:
        measure(server.url(server.new_database()), args.rows)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
