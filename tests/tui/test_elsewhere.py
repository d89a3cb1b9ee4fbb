"""Another process changes a claim while the workbench is open: the screen shows it, and a key
never overwrites a verdict the screen has not shown."""

from __future__ import annotations

import subprocess
import sys

import pytest

from factcheck.store import Store
from factcheck.store.disputes import open_disputes
from factcheck.store.verdicts import set_verdict
from factcheck.tui.screens import main as main_module
from factcheck.tui.screens.ask import ConflictQuestion
from factcheck.tui.screens.note import NoteEditor
from tests.tui.conftest import make_app, until
from tests.tui.helpers import current, history, main, status, verdict_row

SIZE = (120, 36)


def elsewhere(db, claim_id: int, verdict=None, note=None, reviewer="ana") -> None:
    """A change by another process's connection."""
    changes = {"verdict": verdict} if note is None else {"note": note}
    with Store(db) as store:
        set_verdict(store, claim_id, reviewer=reviewer, **changes)


@pytest.fixture
def slow_poll(monkeypatch):
    """The change lands between two looks: the key press comes before the screen could know."""
    monkeypatch.setattr(main_module, "POLL_SECONDS", 3600)


async def test_a_verdict_set_from_the_cli_shows_up(db, tmp_path):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        assert current(app) == 1 and "unreviewed" in status(app)
        done = subprocess.run([sys.executable, "-m", "factcheck", "--db", str(db), "verdict", "1", "false"],
                              capture_output=True, text=True, env={"FACTCHECK_REVIEWER": "ana", "PATH": ""},
                              timeout=120)
        assert done.returncode == 0, done.stderr
        await until(pilot, lambda: "False" in status(app), seconds=10)
        assert "1/4 reviewed" in str(main(app).panes[0].header.content)
        # the next key works from what is now shown: no question, a plain change
        await pilot.press("2")
        assert not isinstance(app.screen, ConflictQuestion)
        assert verdict_row(app, 1) == ("mostly-true", None, "tester")


async def test_a_stale_verdict_key_shows_the_new_state_and_asks(db, slow_poll):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        elsewhere(db, 1, "false")
        await pilot.press("2")
        assert isinstance(app.screen, ConflictQuestion)
        assert verdict_row(app, 1) == ("false", None, "ana")  # not overwritten
        assert "False" in status(app)  # the screen shows their verdict under the question
        await pilot.press("escape")  # keep theirs
        assert verdict_row(app, 1) == ("false", None, "ana")
        assert [h[1] for h in history(app, 1)] == ["false"]


async def test_overwrite_after_seeing_it(db, slow_poll):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        elsewhere(db, 1, "false")
        await pilot.press("2", "o")
        assert verdict_row(app, 1) == ("mostly-true", None, "tester")
        assert history(app, 1)[-1][:2] == ("false", "mostly-true")


async def test_or_record_a_dispute(db, slow_poll):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        elsewhere(db, 1, "false")
        await pilot.press("2", "d")
        assert verdict_row(app, 1) == ("false", None, "ana")
        assert open_disputes(app.store)[1]["verdicts"] == {"ana": "false", "tester": "mostly-true"}


async def test_undo_does_not_undo_over_someone_elses_change(db, slow_poll):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        elsewhere(db, 1, "false")
        await pilot.press("u")
        assert verdict_row(app, 1) == ("false", None, "ana")
        assert "False" in status(app)


async def test_a_note_saved_elsewhere_while_editing_is_not_overwritten_unseen(db, slow_poll):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *"mine")
        elsewhere(db, 1, note="theirs")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, NoteEditor)  # kept open with my text
        assert verdict_row(app, 1)[1] == "theirs"
        await pilot.press("ctrl+s")  # now knowingly
        assert not isinstance(app.screen, NoteEditor)
        assert verdict_row(app, 1)[1] == "mine"


async def test_changes_to_claims_not_on_screen_are_picked_up_too(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        elsewhere(db, 4, "mixed")
        await until(pilot, lambda: app.session.by_id[4].verdict == "mixed", seconds=10)
        await pilot.press("j", "j")
        assert current(app) == 4 and "Mixed" in status(app)


async def test_articles_added_by_another_process_appear(db):
    from factcheck.store.articles import save
    from tests.tui.fixture_db import ENGLISH, analysis

    app = make_app(db)
    async with app.run_test(size=(160, 36)) as pilot:  # room for three panes
        await pilot.press("j")
        assert len(app.session.articles) == 2
        with Store(db) as store:
            store.write(lambda: save(store, analysis(ENGLISH)))
        await until(pilot, lambda: len(app.session.articles) == 3, seconds=10)
        await pilot.pause()
        assert current(app) == 2  # still where the reviewer was
        assert 11 in app.session.by_id
