"""One store, two engines, several reviewers: what the PostgreSQL engine is measured by.

    python benchmarks/shared_store.py [--articles 1000] [--verdicts 500] [--url postgresql://...]

Without ``--url`` it starts a throwaway server the way the tests do (tests/pg_server.py: initdb +
pg_ctl on a Unix socket; needs PostgreSQL's programs). Then:

1. the ingest benchmark's generated corpus (benchmarks/ingest.py, ``--articles`` articles) is added
   to a SQLite file and to a PostgreSQL database, a verdict is set on every 7th claim, and the JSON
   exports are compared with clock readings masked (identical or not, and the first difference);
   50 searches (the commonest words of the claims) must return the same claim ids;
2. 2 processes x ``--verdicts`` verdicts on the same 8 claims of the PostgreSQL database, at once
   (tests/store/writer.py): history rows written, whether each row's old value is the row before's
   new value for its claim, disputes opened, and the latency of each write (key press to COMMIT
   returned, over the Unix socket): p50, p99;
3. two reviewers setting different verdicts on one claim at the same moment: disputes opened.

Last runs (shared 2-core machine at load 12-15): 1,000 articles: 59.2 MB JSON export identical;
1,000 history rows chained... (chain check then had a bug, fixed), write p50 1.1 ms, p99 17.9 ms;
300 articles, with the whole test suite running beside it: 17.2 MB export identical, 50 of 50
searches the same, 1,000 history rows chained, 8 claims disputed, p50 14.7 ms, p99 135.7 ms; two
reviewers at once: 1 dispute, both verdicts kept.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from ingest import write_corpus  # noqa: E402

from factcheck.cli import main as cli  # noqa: E402
from factcheck.store import Store  # noqa: E402
from factcheck.store.claims import search_claims  # noqa: E402
from factcheck.store.disputes import open_disputes  # noqa: E402
from factcheck.store.verdicts import history, set_verdict  # noqa: E402

CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(\+00:00|Z)?")


def export_json(db: str, out: Path) -> str:
    assert cli(["--db", db, "export", "--format", "json", "--include-unreviewed", "-o", str(out)]) == 0
    return CLOCK.sub("<time>", out.read_text(encoding="utf-8"))


def fill(db: str, corpus: Path) -> float:
    began = time.perf_counter()
    assert cli(["--db", db, "add", str(corpus)]) == 0
    took = time.perf_counter() - began
    with Store(db) as store:
        ids = [r[0] for r in store.conn.execute("SELECT id FROM claims ORDER BY id")]
        for i, cid in enumerate(ids[::7]):
            set_verdict(store, cid, ["true", "false", "mixed"][i % 3], note=f"checked {i}", reviewer="ana")
    return took


def writers(url: str, reviewers: list[str], count: int, claim_ids: list[int]) -> list[list[float]]:
    ready = Path(tempfile.mkdtemp())  # the writers' start line (tests/store/writer.py)
    procs = [subprocess.Popen([sys.executable, "-m", "tests.store.writer", url, who, str(ready), str(len(reviewers)), str(count),
                               *map(str, claim_ids)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
             for who in reviewers]
    outs = [p.communicate()[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    return [json.loads(out) for out in outs]


def chained(rows: list[dict]) -> bool:
    last: dict[int, tuple] = {}
    for row in rows:
        if last.get(row["claim_id"], (None, None)) != (row["old_verdict"], row["old_note"]):
            return False
        last[row["claim_id"]] = (row["new_verdict"], row["new_note"])
    return True


def run(url: str, articles: int, verdicts: int, tmp: Path) -> None:
    corpus = tmp / "corpus"
    corpus.mkdir()
    write_corpus(corpus, articles)
    sqlite_db = str(tmp / "bench.db")
    took = {engine: fill(db, corpus) for engine, db in (("sqlite", sqlite_db), ("postgresql", url))}
    print(f"add {articles} articles (with matching): SQLite {took['sqlite']:.1f} s, PostgreSQL {took['postgresql']:.1f} s")
    a, b = export_json(sqlite_db, tmp / "a.json"), export_json(url, tmp / "b.json")
    same = a == b
    where = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), None)
    print(f"1. JSON export ({len(a) / 1e6:.1f} MB): {'identical' if same else f'DIFFERS at char {where}'} on both engines")
    with Store(sqlite_db) as s, Store(url) as p:
        words = Counter(w.lower() for (t,) in s.conn.execute("SELECT text FROM claims") for w in re.findall(r"\w{5,}", t))
        queries = [w for w, _ in words.most_common(50)]
        differ = [q for q in queries if sorted(search_claims(s, q, 100000)) != sorted(search_claims(p, q, 100000))]
        print(f"   {len(queries) - len(differ)} of {len(queries)} searches return the same claim ids"
              + (f"; differ: {differ[:5]}" if differ else ""))
        claim_ids = [r[0] for r in p.conn.execute("SELECT id FROM claims ORDER BY id DESC LIMIT 8")]
        before = len(history(p))
    latencies = writers(url, ["ana", "ben"], verdicts, claim_ids)
    with Store(url) as p:
        everything = history(p)  # chained from the start: the corpus' own verdicts come first
        rows = everything[before:]
        disputes = open_disputes(p)
        all_ms = sorted(ms for run_ in latencies for ms in run_)
        p99 = all_ms[int(0.99 * (len(all_ms) - 1))]
        print(f"2. 2 processes x {verdicts} verdicts on 8 claims: {len(rows)} history rows, chained: {chained(everything)},"
              f" {len(disputes)} claims disputed; write latency p50 {statistics.median(all_ms):.1f} ms,"
              f" p99 {p99:.1f} ms, max {all_ms[-1]:.1f} ms")
        [cid] = [r[0] for r in p.conn.execute("SELECT min(id) FROM claims")]
        p.write(lambda: p.conn.execute("DELETE FROM verdicts WHERE claim_id = ?", (cid,)))
        opened_before = len(open_disputes(p))
    writers(url, ["ana", "bo"], 1, [cid])
    with Store(url) as p:
        print(f"3. two reviewers, different verdicts at once: {len(open_disputes(p)) - opened_before} dispute opened;"
              f" verdicts {open_disputes(p).get(cid, {}).get('verdicts')}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--verdicts", type=int, default=500)
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throwaway server)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.url:
            run(args.url, args.articles, args.verdicts, Path(folder))
            return 0
        from tests.pg_server import PgServer

        server = PgServer().start()
        try:
            run(server.url(server.new_database()), args.articles, args.verdicts, Path(folder))
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
