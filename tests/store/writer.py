"""A reviewer in a process of its own, for the concurrency tests and benchmarks/shared_store.py:
``python -m tests.store.writer LOCATION REVIEWER READY_DIR WRITERS COUNT CLAIM_ID ...`` reads the
first claim, says so in READY_DIR and waits until WRITERS writers have (so they start together),
then sets COUNT verdicts, cycling through
the claims and the verdict keys, each based on what it read just before (the first on what it read before the start) (``expected``, with
``dispute=True``), and prints one JSON line: the latency of each write in ms."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from factcheck.store import Store
from factcheck.store.verdicts import set_verdict

KEYS = ["true", "mostly-true", "mixed", "mostly-false", "false"]


def main(location: str, reviewer: str, ready: Path, writers: int, count: int, claim_ids: list[int]) -> None:
    latencies = []
    def shown(cid: int) -> tuple:
        row = store.conn.execute("SELECT verdict, note FROM verdicts WHERE claim_id = ?", (cid,)).fetchone()
        return tuple(row) if row else (None, None)

    with Store(location) as store:
        seen = shown(claim_ids[0])  # the first claim is on screen before the start
        (ready / reviewer).touch()
        deadline = time.monotonic() + 120
        while len(list(ready.iterdir())) < writers and time.monotonic() < deadline:
            time.sleep(0.002)
        for i in range(count):
            cid = claim_ids[i % len(claim_ids)]
            seen = seen if i == 0 else shown(cid)
            began = time.perf_counter()
            set_verdict(store, cid, KEYS[(i + len(reviewer)) % len(KEYS)], note=f"{reviewer} {i}", reviewer=reviewer,
                        expected=seen, dispute=True)
            latencies.append((time.perf_counter() - began) * 1000)
    print(json.dumps(latencies))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), [int(a) for a in sys.argv[6:]])
