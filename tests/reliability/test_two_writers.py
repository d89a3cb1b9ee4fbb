"""Issue 6.2: two processes set 500 verdicts and notes each on the same database at the same time.

Both run the CLI (``factcheck verdict ID KEY --note NOTE``) in a loop over the same 40 claims, so
they fight for the write lock on every command. Nothing may fail, no "database is locked" may reach
the user, every change lands in the history, and each claim's current verdict is its last change.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading

import pytest

from factcheck.errors import FactcheckError
from factcheck.store import Store

from tests.reliability.conftest import HERE, cli_env, make_store, run_cli

PER_WRITER = 500


@pytest.mark.slow
def test_two_writers_500_changes_each(tmp_path):
    db = tmp_path / "two.db"
    make_store(db)
    writers = {
        label: subprocess.Popen(
            [sys.executable, str(HERE / "verdict_loop.py"), str(db), str(seed), label, str(PER_WRITER), "--wait"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(tmp_path),
        )
        for seed, label in enumerate(("A", "B"))
    }
    for proc in writers.values():
        assert proc.stdout.readline().strip() == "ready"
    for proc in writers.values():  # both are warm: start them together
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = {label: proc.communicate(timeout=300) for label, proc in writers.items()}

    for label, (out, err) in results.items():
        assert writers[label].returncode == 0, err
        assert err == "", f"writer {label} printed errors: {err[:500]}"  # no "database is locked"
        assert sum(line.startswith("saved ") for line in out.splitlines()) == PER_WRITER

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        history = conn.execute("SELECT claim_id, new_verdict, new_note FROM verdict_history ORDER BY id").fetchall()
        assert len(history) == 2 * PER_WRITER
        for label, (out, _) in results.items():
            reported = [tuple(line.split()[1:]) for line in out.splitlines() if line.startswith("saved")]
            mine = [(str(c), v, n) for c, v, n in history if n.startswith(f"{label}-")]
            assert mine == reported  # each writer's changes, all there, in its order
        # the two really interleaved (otherwise this test proves nothing about contention)
        labels = [n[0] for _, _, n in history]
        switches = sum(a != b for a, b in zip(labels, labels[1:]))
        assert switches > 10, f"the writers barely overlapped ({switches} switches)"
        last = {}
        for claim_id, verdict, note in history:
            last[claim_id] = (verdict, note)
        current = {cid: (v, n) for cid, v, n in conn.execute("SELECT claim_id, verdict, note FROM verdicts")}
        assert current == last
    finally:
        conn.close()
    print(f"2 writers x {PER_WRITER} = {len(history)} changes, {switches} hand-overs of the lock, none lost")


@pytest.mark.slow
def test_two_processes_creating_the_same_new_database_at_once(tmp_path):
    """Both open a database that does not exist yet: one creates and migrates it, the other waits."""
    for attempt in range(2):
        db = tmp_path / f"new{attempt}.db"
        texts = []
        for i in range(2):
            f = tmp_path / f"a{attempt}_{i}.txt"
            f.write_text(f"According to the ministry, article {i} reports {i + 3} million dollars in 2023.\n")
            texts.append(f)
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "factcheck", "--db", str(db), "add", str(f)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(tmp_path),
            )
            for f in texts
        ]
        said = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0 and err in ("", f"factcheck: created a new database {db}\n"), err
            assert "added 1 article" in out
            said.append(err)
        assert sum(1 for err in said if err) == 1  # the one process that made it says so
        result = run_cli(tmp_path, "--db", str(db), "claims", "--json", "--all")
        assert result.returncode == 0 and result.stdout.count('"id"') >= 2


def test_connections_racing_to_create_a_new_database_all_open_it(tmp_path):
    """Four connections open one new file at the same moment, 40 times over: while one commits the
    first migration, the others must not see its tables with the version from before them and
    call the file another program's."""
    failures = []
    for round_ in range(40):
        db = tmp_path / f"race{round_}.db"
        start = threading.Barrier(4)

        def open_it(db=db, start=start):
            start.wait()
            try:
                Store(db).close()
            except FactcheckError as exc:
                failures.append(str(exc))

        threads = [threading.Thread(target=open_it) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []
