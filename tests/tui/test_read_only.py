"""The workbench on a read-only database: it opens and reads, says so, and every key that would save
refuses with a message instead of a traceback; the file is left byte-for-byte as it was."""

from __future__ import annotations

from factcheck.config import Config
from factcheck.store import Store
from factcheck.tui.app import FactcheckApp
from factcheck.tui.screens.note import NoteEditor
from tests.reliability.conftest import checkpointed, sqlite_snapshot
from tests.tui.conftest import settle
from tests.tui.fixture_db import THRESHOLD
from tests.tui.helpers import current, main, notifications, status


async def test_read_only_database_opens_and_refuses_changes(db):
    checkpointed(db)
    before = sqlite_snapshot(db)
    app = FactcheckApp(db, Config(reviewer="tester"), threshold=THRESHOLD, read_only=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)  # the start-up matcher is a no-op: nothing to write
        assert app.store.read_only
        assert "review.db (read-only)" in str(main(app).query_one("#status-db").content)
        assert current(app) == 1
        assert "Rp322" in main(app).query_one("#related").plain  # stored matches are shown
        await pilot.press("1")
        assert any("is read-only" in m for m in notifications(app))
        assert "unreviewed" in status(app)
        await pilot.press("n")
        assert not isinstance(app.screen, NoteEditor)  # no typing a note that cannot be saved
        await pilot.press("u", "plus")
        assert app.screen is main(app)
        await pilot.press("j", "slash", "r", "p", "3", "enter")  # reading still works
        assert current(app) == 7
    with Store(db) as store:
        assert store.query("SELECT count(*) AS n FROM verdicts") == [{"n": 0}]
    assert sqlite_snapshot(db) == before


async def test_note_editor_keeps_the_text_when_saving_fails(db):
    app = FactcheckApp(db, Config(reviewer="tester"), threshold=THRESHOLD, match_on_start=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("a", "b", "c")
        app.store.read_only = True  # as if the file were made read-only while the editor was open
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one("#note-text").text == "abc"
        assert any("is read-only" in m for m in notifications(app))
        app.store.read_only = False
        await pilot.press("ctrl+s")
        assert app.screen is main(app)
    with Store(db) as store:
        assert store.query("SELECT note FROM verdicts WHERE claim_id = 1") == [{"note": "abc"}]
