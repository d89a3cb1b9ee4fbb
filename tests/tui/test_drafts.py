"""A note being written is never thrown away without a word: escape and quitting ask first."""

from __future__ import annotations

import sqlite3

from factcheck.tui.screens.ask import DraftQuestion
from factcheck.tui.screens.note import NoteEditor
from tests.tui.conftest import make_app
from tests.tui.helpers import history, verdict_row

SIZE = (120, 36)


def stored(db, claim_id: int):
    """The verdict row as another process reads it (the app's own connection is closed on quit)."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT verdict, note, reviewer FROM verdicts WHERE claim_id = ?", (claim_id,)).fetchone()
    finally:
        conn.close()
DRAFT = "called the ministry"


async def test_escape_with_a_draft_asks_and_s_saves_it(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *DRAFT, "escape")
        assert isinstance(app.screen, DraftQuestion)
        assert verdict_row(app, 1) is None  # nothing written while asking
        await pilot.press("s")
        assert not isinstance(app.screen, (DraftQuestion, NoteEditor))
        assert verdict_row(app, 1) == (None, DRAFT, "tester")


async def test_escape_then_escape_keeps_editing_with_the_text(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *DRAFT, "escape", "escape")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*" today", "ctrl+s")
        assert verdict_row(app, 1)[1] == DRAFT + " today"


async def test_discarding_is_a_choice_and_leaves_the_stored_note(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *"kept", "ctrl+s")
        await pilot.press("n", *" and more", "escape", "d")
        assert not isinstance(app.screen, (DraftQuestion, NoteEditor))
        assert verdict_row(app, 1)[1] == "kept"
        assert len(history(app, 1)) == 1


async def test_escape_without_changes_closes_at_once(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "escape")
        assert not isinstance(app.screen, (DraftQuestion, NoteEditor))
        await pilot.press("n", "x", "backspace", "escape")  # back to what is stored: nothing to lose
        assert not isinstance(app.screen, (DraftQuestion, NoteEditor))


async def test_ctrl_q_with_a_draft_asks_and_saves_before_quitting(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *DRAFT, "ctrl+q")
        assert isinstance(app.screen, DraftQuestion)
        assert app.is_running
        await pilot.press("escape")  # keep editing
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("ctrl+q", "s")
    assert app.return_code == 0
    assert stored(db, 1) == (None, DRAFT, "tester")


async def test_ctrl_q_discard_quits_without_saving(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *DRAFT, "ctrl+q", "d")
    assert app.return_code == 0
    assert stored(db, 1) is None


async def test_ctrl_q_without_a_draft_quits_at_once(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "ctrl+q")
        await pilot.pause()
        assert not app.is_running
