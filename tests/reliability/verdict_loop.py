"""Crash-test driver: set verdicts through the CLI in a loop, reporting each one saved.

    python verdict_loop.py DB SEED LABEL [COUNT [--wait]]

Every iteration runs ``factcheck --db DB verdict ID KEY --note NOTE`` in this process (through
``factcheck.cli.main``, exactly what the console script does) and, once it has returned 0, prints
``saved ID KEY NOTE`` and flushes: a printed line is a promise that the verdict is on disk. NOTE is
unique (LABEL-n), so every change is a new history row. Prints ``ready`` first, so a test can time
its SIGKILL from there. Stops after COUNT verdicts (default: never);
with --wait, starts the loop only when a line arrives on stdin (so two drivers start together).
"""

from __future__ import annotations

import contextlib
import io
import random
import sqlite3
import sys


def main() -> int:
    db, seed, label = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    count = int(sys.argv[4]) if len(sys.argv) > 4 else None
    from factcheck.cli import build_parser
    from factcheck.cli import main as factcheck

    build_parser()  # import every command module now, so the loop is all verdicts
    from factcheck.config import load_config

    keys = [v.key for v in load_config().scale.verdicts]
    conn = sqlite3.connect(db)
    claim_ids = [row[0] for row in conn.execute("SELECT id FROM claims ORDER BY id")]
    conn.close()
    rng = random.Random(seed)
    print("ready", flush=True)
    if len(sys.argv) > 5 and sys.argv[5] == "--wait":  # start when the test says go (a line on stdin)
        sys.stdin.readline()
    n = 0
    while count is None or n < count:
        claim_id, key, note = rng.choice(claim_ids), rng.choice(keys), f"{label}-{n}"
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink):
            code = factcheck(["--db", db, "verdict", str(claim_id), key, "--note", note])
        if code != 0:
            print(f"failed {claim_id} {key} {note} {code}", flush=True)
            return 1
        print(f"saved {claim_id} {key} {note}", flush=True)
        n += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
