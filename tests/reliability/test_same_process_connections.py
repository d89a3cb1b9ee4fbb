"""A second Store opened and closed in the same process (the workbench's import and matching
workers do this) must not cost the first one its SQLite locks. POSIX drops every lock a process
holds on a file when any descriptor of that file is closed; if the first connection loses its lock,
another process closing its connection believes it is the last one, folds the WAL into the file and
deletes it, and the first connection goes on with a stale view: it no longer sees others' changes,
and its own later writes go to a deleted WAL file and are lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from factcheck.store import Store
from factcheck.store.verdicts import set_verdict
from tests.reliability.conftest import cli_env, make_store

pytestmark = pytest.mark.slow


def cli_verdict(tmp_path, db, claim_id: int, verdict: str) -> None:
    done = subprocess.run([sys.executable, "-m", "factcheck", "--db", str(db), "verdict", str(claim_id), verdict],
                          capture_output=True, text=True, env=cli_env(tmp_path, FACTCHECK_REVIEWER="cli"), timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_second_store_in_the_process_does_not_blind_the_first(tmp_path):
    db = tmp_path / "shared.db"
    ids = make_store(db)
    with Store(db) as mine:
        Store(db).close()  # a worker's connection, opened and closed
        for verdict in ("true", "false", "mixed"):  # another process, three times
            cli_verdict(tmp_path, db, ids[0], verdict)
            row = mine.conn.execute("SELECT verdict FROM verdicts WHERE claim_id = ?", (ids[0],)).fetchone()
            assert row == (verdict,)
        set_verdict(mine, ids[1], "true", reviewer="me")
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT claim_id, verdict FROM verdicts ORDER BY claim_id").fetchall() == [
            (ids[0], "mixed"), (ids[1], "true")]
    finally:
        conn.close()
