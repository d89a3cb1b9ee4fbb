"""Issue 6.1: a process setting verdicts is SIGKILLed at random moments; nothing it reported is lost.

The driver (verdict_loop.py) prints a line only after ``factcheck verdict`` has returned, i.e. after
COMMIT. The kill lands at a seeded random moment after the driver is ready, so across 20 runs it hits
every phase: opening the store, inside BEGIN IMMEDIATE ... COMMIT, between commands, printing.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck.store import Store
from factcheck.store.claims import list_claims
from tests.reliability.conftest import HERE, cli_env, make_store, run_cli

CRASH_RUNS = 20
DRIVER = HERE / "verdict_loop.py"


def start_driver(tmp_path: Path, db: Path, seed: int, label: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(db), str(seed), label],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(tmp_path),
    )
    ready = proc.stdout.readline()
    if ready.strip() != "ready":
        proc.kill()
        pytest.fail(f"driver did not start: {ready!r} {proc.stderr.read()}")
    return proc


def kill_and_collect(proc: subprocess.Popen, delay: float) -> list[tuple[int, str, str]]:
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"driver ended on its own ({proc.returncode}): {err}"
    saved = []
    for line in out.splitlines(keepends=True):
        if not line.endswith("\n"):  # cut mid-print: not a promise
            break
        kind, claim_id, key, note = line.split()
        assert kind == "saved", line
        saved.append((int(claim_id), key, note))
    return saved


def check_database(db: Path, label: str, saved: list[tuple[int, str, str]]) -> int:
    """Assert the invariants after a crash; return the number of rows this run added to history."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute(
            "SELECT claim_id, new_verdict, new_note FROM verdict_history WHERE new_note LIKE ? ORDER BY id",
            (f"{label}-%",),
        ).fetchall()
        # every reported verdict is there, in the order reported
        assert rows[: len(saved)] == saved
        # at most the one change in flight when the kill came was committed but not reported
        assert len(rows) - len(saved) in (0, 1), rows[len(saved) :]
        # the current verdict of every claim is the last change in its history
        last = {}
        for claim_id, verdict, note in conn.execute(
            "SELECT claim_id, new_verdict, new_note FROM verdict_history ORDER BY id"
        ):
            last[claim_id] = (verdict, note)
        current = {cid: (v, n) for cid, v, n in conn.execute("SELECT claim_id, verdict, note FROM verdicts")}
        assert current == last
    finally:
        conn.close()
    with Store(db) as store:  # opens (and recovers the WAL) normally
        assert len(list_claims(store)) > 0
    return len(rows)


@pytest.mark.slow
def test_sigkill_while_setting_verdicts_loses_nothing_reported(tmp_path):
    db = tmp_path / "crash.db"
    make_store(db)
    rng = random.Random(6_1)
    reported = committed = 0
    for run in range(CRASH_RUNS):
        label = f"run{run}"
        proc = start_driver(tmp_path, db, seed=run, label=label)
        saved = kill_and_collect(proc, delay=rng.uniform(0.0, 0.5))
        committed += check_database(db, label, saved)
        reported += len(saved)
    assert reported > CRASH_RUNS  # the kills did not all land before the first verdict
    # and the app itself opens the database and lists every reviewed claim
    result = run_cli(tmp_path, "--db", str(db), "claims", "--json", "--all")
    assert result.returncode == 0, result.stderr
    assert sum(c["verdict"] is not None for c in json.loads(result.stdout)) > 0
    print(f"{CRASH_RUNS} SIGKILLs: {reported} verdicts reported saved, {committed} committed, none lost")
