"""Issue 6.1: a process setting verdicts is SIGKILLed at random moments; nothing it reported is lost.

The driver (verdict_loop.py) prints a line only after ``factcheck verdict`` has returned, i.e. after
COMMIT. The kill lands at a seeded random moment (after a random number of reported saves plus a random
fraction of a second), so across 20 runs it hits every phase: opening the store, inside BEGIN
IMMEDIATE ... COMMIT, between commands, printing. The same for the TUI, driven by Pilot in a
subprocess (tui_verdict_loop.py) and killed while it handles verdict key presses.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import threading
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


def kill_after(proc: subprocess.Popen, lines: int, delay: float) -> str:
    """SIGKILL the driver once it has reported ``lines`` saves and ``delay`` more seconds passed
    (counting lines, not seconds, so a slow machine shifts no kill out of the interesting part)."""
    watchdog = threading.Timer(120, proc.kill)  # a hung driver fails the test instead of hanging it
    watchdog.start()
    try:
        seen = "".join(proc.stdout.readline() for _ in range(lines))
    finally:
        watchdog.cancel()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    # Read the rest through the same buffered reader as the readline()s above: communicate() reads
    # the pipe's file descriptor directly and would drop report lines already buffered here (seen
    # as "committed but not reported" on a loaded machine). The child is dead: no read can block.
    out, err = proc.stdout.read(), proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL, f"driver ended on its own ({proc.returncode}): {err[-2000:]}"
    return seen + out


def kill_and_collect(proc: subprocess.Popen, lines: int, delay: float) -> list[tuple[int, str, str]]:
    out = kill_after(proc, lines, delay)
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
        saved = kill_and_collect(proc, lines=rng.randrange(0, 40), delay=rng.uniform(0.0, 0.05))
        committed += check_database(db, label, saved)
        reported += len(saved)
    # and the app itself opens the database and lists every reviewed claim
    result = run_cli(tmp_path, "--db", str(db), "claims", "--json", "--all")
    assert result.returncode == 0, result.stderr
    assert sum(c["verdict"] is not None for c in json.loads(result.stdout)) > 0
    print(f"{CRASH_RUNS} SIGKILLs: {reported} verdicts reported saved, {committed} committed, none lost")


# --- the TUI ------------------------------------------------------------------------------------
TUI_DRIVER = HERE / "tui_verdict_loop.py"


def start_tui(tmp_path: Path, db: Path, seed: int, label: str, count: int | None = None) -> subprocess.Popen:
    argv = [sys.executable, str(TUI_DRIVER), str(db), str(seed), label] + ([] if count is None else [str(count)])
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(tmp_path))
    ready = proc.stdout.readline()
    if not ready.startswith("ready "):
        proc.kill()
        pytest.fail(f"TUI driver did not start: {ready!r} {proc.stderr.read()[-2000:]}")
    return proc


@pytest.mark.slow
def test_sigkill_while_the_tui_sets_verdicts_loses_nothing_reported(tmp_path):
    db = tmp_path / "tui.db"
    make_store(db)
    rng = random.Random(6_11)
    reported = 0
    for run in range(CRASH_RUNS):
        proc = start_tui(tmp_path, db, seed=run, label=f"tui{run}")
        out = kill_after(proc, lines=rng.randrange(0, 12), delay=rng.uniform(0.0, 0.1))
        expected: dict[int, str | None] = {}
        for line in out.splitlines(keepends=True):
            if line.endswith("\n") and line.startswith("saved "):
                _, claim_id, key = line.split()
                expected[int(claim_id)] = None if key == "-" else key
                reported += 1
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            current = dict(conn.execute("SELECT claim_id, verdict FROM verdicts"))
            history_last = {}
            for claim_id, verdict in conn.execute("SELECT claim_id, new_verdict FROM verdict_history ORDER BY id"):
                history_last[claim_id] = verdict
        finally:
            conn.close()
        # every verdict the app showed as saved is in the database -- except that the one key press
        # in flight when the kill came may have changed one claim after its last report
        differing = [cid for cid, key in expected.items() if current.get(cid) != key]
        assert len(differing) <= 1, (differing, expected, current)
        assert {cid: v for cid, v in current.items()} == {c: v for c, v in history_last.items() if v is not None or c in current}
    # the workbench opens the database normally afterwards
    proc = start_tui(tmp_path, db, seed=0, label="check", count=0)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-2000:]
    print(f"{CRASH_RUNS} SIGKILLs of the TUI: {reported} verdict key presses reported saved, none lost")


# --- ingest ---------------------------------------------------------------------------------------
ADD_RUNS = 4
TEMPLATES = [
    "According to the ministry, spending on {thing} rose by {n} percent in {year}.",
    "The council paid ${n} million to Acme Corp for {thing} in March {year}.",
    "Reports show that {n},000 households used {thing} last year.",
    "Ifølge rapporten steg udgifterne til {thing} med {n} % i {year}.",
]


def article_shape(db: Path) -> dict[str, tuple[int, int, int, int]]:
    """content hash -> (sentences, claims, spans, quantities) of every stored article."""
    conn = sqlite3.connect(db)
    try:
        return {
            h: counts
            for h, *counts in conn.execute(
                "SELECT a.content_hash,"
                " (SELECT count(*) FROM sentences s WHERE s.article_id = a.id),"
                " (SELECT count(*) FROM claims c WHERE c.article_id = a.id),"
                " (SELECT count(*) FROM spans p JOIN claims c ON c.id = p.claim_id WHERE c.article_id = a.id),"
                " (SELECT count(*) FROM quantities q JOIN claims c ON c.id = q.claim_id WHERE c.article_id = a.id)"
                " FROM articles a"
            )
        }
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_during_add_leaves_only_whole_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    rng = random.Random(6_12)
    for i in range(60):
        lines = [rng.choice(TEMPLATES).format(thing=f"item{i}x{j}", n=rng.randrange(2, 99), year=2015 + j % 9)
                 for j in range(rng.randrange(5, 40))]
        (folder / f"a{i:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    reference = tmp_path / "reference.db"
    assert run_cli(tmp_path, "--db", str(reference), "add", str(folder)).returncode == 0
    whole = article_shape(reference)
    assert len(whole) == 60

    db = tmp_path / "killed.db"
    for run in range(ADD_RUNS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "factcheck", "--db", str(db), "add", str(folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=cli_env(tmp_path),
        )
        stored = len(article_shape(db)) if db.exists() else 0
        target = stored + rng.randrange(1, 8)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:  # kill mid-batch, after some articles
            try:
                if db.exists() and len(article_shape(db)) >= target:
                    break
            except sqlite3.OperationalError:  # not created/migrated yet
                pass
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            conn.close()
        with Store(db):  # opens normally (and completes a migration the kill interrupted)
            pass
        shape = article_shape(db)
        for content_hash, counts in shape.items():  # every stored article is complete
            assert counts == whole[content_hash]
    # adding again after the crashes completes the set, each article once
    result = run_cli(tmp_path, "--db", str(db), "add", str(folder))
    assert result.returncode == 0, result.stderr
    assert article_shape(db) == whole
