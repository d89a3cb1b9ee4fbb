"""The workbench in a real pseudo-terminal, keys sent the way a person's terminal sends them."""

from __future__ import annotations

import sqlite3

import pytest

from tests.reliability.terminal import Terminal
from tests.tui.fixture_db import build_db

NOTE = "verified by phone 2024-08-12 with the press office, see https://example.org/a?b=1"

pytestmark = pytest.mark.slow


def rows(db) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT claim_id, verdict, note FROM verdicts ORDER BY claim_id").fetchall()
    finally:
        conn.close()


def test_a_note_pasted_as_keystrokes_is_saved_whole(tmp_path):
    """n, then the note, ctrl+s, j, 2 and q written in one burst (no bracketed paste): the whole note
    on claim 1, the verdict on claim 2, and the app quits: no key went to the wrong place."""
    db = build_db(tmp_path / "review.db")
    term = Terminal(tmp_path, "--db", str(db), FACTCHECK_REVIEWER="pty")
    try:
        term.wait_for("review.db")
        term.write("n")
        term.wait_for("Note on claim #1")
        term.write(NOTE + "\x13" + "j" + "2" + "q")
        assert term.wait_exit() == 0
    finally:
        term.close()
    assert rows(db) == [(1, None, NOTE), (2, "mostly-true", None)]
