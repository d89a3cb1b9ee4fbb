"""Export time and peak memory per format on a big database.

    python benchmarks/export.py [--articles 300] [--db FILE] [--keep DIR] [--reviewed] [--claim-share S]

Builds the database the ingest benchmark builds (benchmarks/ingest.py: N generated articles in six
languages, ~40 sentences each, 10 company names), matches it (``factcheck match --rebuild``), then
times ``factcheck export --format F --include-unreviewed -o FILE`` for each format, each in a fresh
process, and reads that process's peak RSS (VmHWM, which starts afresh at exec). ``--db`` times an
existing database instead (it is copied first, so it is left as it was); ``--keep`` keeps the
generated one. ``--reviewed`` exports only reviewed claims (no ``--include-unreviewed``); the
generated database has none, so this suits a real one.

Also reports the size of the database and how many matches it holds (stored, and at or above the
score ``factcheck match`` lists), since every claim's related statements go into the exports.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FORMATS = ("markdown", "claimreview", "csv", "json")

# Runs in the child: the CLI as `factcheck` runs it, then the child's own peak RSS.
CHILD = """
import sys
from factcheck.cli import main
code = main(sys.argv[1:])
hwm = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(f"VMHWM_KB {hwm}", file=sys.stderr)
sys.exit(code)
"""


def build(root: Path, articles: int, claim_share: float | None) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import ingest  # the ingest benchmark's generated articles

    if claim_share is not None:
        ingest.CLAIM_SHARE = claim_share

    from factcheck.importer import add_paths
    from factcheck.store import Store

    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    ingest.write_corpus(corpus, articles)
    db = root / "bench.db"
    t0 = time.perf_counter()
    with Store(db) as store:
        add_paths(store, [corpus], match=False)
    print(f"ingest        {articles} articles in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "factcheck", "--db", str(db), "match", "--rebuild", "--json"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"match --rebuild failed:\n{done.stderr}")
    print(f"match         --rebuild in {time.perf_counter() - t0:.1f} s")
    return db


def describe(db: Path) -> None:
    from factcheck.core.claims import DEFAULT_THRESHOLD
    from factcheck.core.matching import DEFAULT_MIN_SCORE

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    one = lambda sql, *args: conn.execute(sql, args).fetchone()[0]  # noqa: E731
    print(f"database      {db.stat().st_size / 2**20:.0f} MB: {one('SELECT count(*) FROM articles')} articles, "
          f"{one('SELECT count(*) FROM claims')} claims ({one('SELECT count(*) FROM claims WHERE score >= ?', DEFAULT_THRESHOLD)}"
          f" check-worthy), {one('SELECT count(*) FROM verdicts')} with a verdict or note")  # fmt: skip
    print(f"matches       {one('SELECT count(*) FROM matches')} stored, "
          f"{one('SELECT count(*) FROM matches WHERE score >= ?', DEFAULT_MIN_SCORE)} at >= {DEFAULT_MIN_SCORE}, "
          f"{one('SELECT count(*) FROM matches WHERE score >= ? AND consistency = ?', DEFAULT_MIN_SCORE, 'conflict')}"
          " of them conflicts")  # fmt: skip
    conn.close()


def export(db: Path, fmt: str, out: Path, reviewed_only: bool) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, bytes written) of one export in a fresh process."""
    argv = ["--db", str(db), "export", "--format", fmt, "-o", str(out)]
    if not reviewed_only:
        argv.append("--include-unreviewed")
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, *argv], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"export --format {fmt} failed:\n{done.stderr}")
    kb = next(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("VMHWM_KB"))
    return seconds, kb / 1024, out.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--db", type=Path, help="time this database instead of generating one")
    parser.add_argument("--keep", type=Path, help="generate the corpus and database here, and keep them")
    parser.add_argument("--reviewed", action="store_true", help="export reviewed claims only")
    parser.add_argument("--claim-share", type=float, metavar="S",
                        help="share of generated sentences that are claims (ingest.py's CLAIM_SHARE, 0.3); 1.0"
                             " is the corpus before it had prose: ~11k check-worthy claims, ~1M matches")  # fmt: skip
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        if args.db:
            db = Path(tmp) / "copy.db"
            shutil.copyfile(args.db, db)
        else:
            db = build(root, args.articles, args.claim_share)
        describe(db)
        for fmt in FORMATS:
            seconds, rss, size = export(db, fmt, Path(tmp) / f"out.{fmt}", args.reviewed)
            print(f"{fmt:<13} {seconds:6.2f} s   peak RSS {rss:4.0f} MB   {size / 2**20:5.1f} MB written")
    print("(each export is a fresh `factcheck export ... -o FILE` process: its time includes start-up,"
          f" ~0.3 s; {'reviewed claims only' if args.reviewed else '--include-unreviewed'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
