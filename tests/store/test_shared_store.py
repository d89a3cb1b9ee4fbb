"""Several reviewers on one store at once (both engines): no write lost, each history row follows
the one before it, a conflicting verdict becomes a dispute, and a change is noticed in time."""

from __future__ import annotations

import subprocess
import tempfile
import sys
import threading
import time
from pathlib import Path

from factcheck.store import Store, articles
from factcheck.store.changes import Listener, changed_since, mark
from factcheck.store.disputes import open_disputes
from factcheck.store.verdicts import history, set_verdict
from tests.conftest import make_analysis

ROOT = Path(__file__).resolve().parents[2]


def _claims(store, n=4) -> list[int]:
    store.write(lambda: articles.save(store, make_analysis([f"Claim {i} grew 5 percent." for i in range(n)])))
    return [r[0] for r in store.conn.execute("SELECT id FROM claims ORDER BY id")]


def _writers(location, reviewers, count, claim_ids) -> list[list[float]]:
    with tempfile.TemporaryDirectory() as ready:
        return _run_writers(location, reviewers, count, claim_ids, ready)


def _run_writers(location, reviewers, count, claim_ids, ready) -> list[list[float]]:
    procs = [subprocess.Popen([sys.executable, "-m", "tests.store.writer", str(location), who, str(ready),
                               str(len(reviewers)), str(count),
                               *map(str, claim_ids)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in reviewers]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * len(procs), [err[-1500:] for _, err in outs]
    import json

    return [json.loads(out) for out, _ in outs]


def test_stale_writes_follow_the_merge_rule(store):
    a, b = _claims(store, 2)
    set_verdict(store, a, "false", reviewer="ana", expected=(None, None), dispute=True)
    # ben saw it unreviewed and says true: ana's verdict stays, and the two are disputed
    change = set_verdict(store, a, "true", reviewer="ben", expected=(None, None), dispute=True)
    assert change.disputed and change.new_verdict == "false"
    assert open_disputes(store)[a]["verdicts"] == {"ana": "false", "ben": "true"}
    # ana's own stale write applies; so does ben's note alone
    assert set_verdict(store, a, "mixed", reviewer="ana", expected=(None, None), dispute=True).new_verdict == "mixed"
    assert set_verdict(store, a, note="source?", reviewer="ben", expected=(None, None), dispute=True).new_note == "source?"
    assert [(h["reviewer"], h["new_verdict"]) for h in history(store, a)] == [("ana", "false"), ("ana", "mixed"), ("ben", "mixed")]
    assert b not in open_disputes(store)


def test_two_processes_writing_at_once_lose_nothing(store):
    """2 x 150 verdicts on the same 4 claims: every write is one history row, and each row's old
    value is the previous row's new value for its claim (nobody overwrote what they had not read)."""
    claim_ids = _claims(store)
    _writers(store.location, ["ana", "ben"], 150, claim_ids)
    rows = history(store)
    assert len(rows) + sum(len(d["verdicts"]) - 1 for d in open_disputes(store).values()) >= 150
    last: dict[int, tuple] = {}
    for row in rows:
        assert last.get(row["claim_id"], (None, None)) == (row["old_verdict"], row["old_note"]), row
        last[row["claim_id"]] = (row["new_verdict"], row["new_note"])
    current = {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT claim_id, verdict, note FROM verdicts")}
    assert current == last
    notes = {row["new_note"] for row in rows}
    assert {f"ana {i}" for i in range(150)} <= notes and {f"ben {i}" for i in range(150)} <= notes  # every note landed


def test_two_reviewers_setting_different_verdicts_at_once_open_one_dispute(store):
    [cid] = _claims(store, 1)
    _writers(store.location, ["ana", "bo"], 1, [cid])  # "true"/"mostly-true" by their names' length
    first, second = history(store, cid)  # the winner's verdict; the other's note (a note always applies)
    disputes = open_disputes(store)
    assert list(disputes) == [cid]
    assert disputes[cid]["verdicts"] == {"ana": "mostly-false", "bo": "mixed"}  # nothing lost
    assert first["new_verdict"] in ("mostly-false", "mixed") and second["new_verdict"] == first["new_verdict"]
    assert {first["reviewer"], second["reviewer"]} == {"ana", "bo"}


def test_a_change_from_another_process_is_noticed_within_a_second(store):
    [cid] = _claims(store, 1)
    since = mark(store)
    with Listener(store) as listener, Store(store.location) as other:
        timer = threading.Timer(0.3, lambda: set_verdict(other, cid, "false", reviewer="ben"))
        began = time.monotonic()
        timer.start()
        assert listener.wait(5)
        waited = time.monotonic() - began
        timer.join()
    assert waited < 1.3  # 0.3 s until the write, then well under a second
    _, changes = changed_since(store, since)
    assert changes is not None and cid in changes.claim_ids
