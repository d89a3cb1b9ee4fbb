"""The history view (`h`) and the disputes list (`d`) of the workbench, driven by keys."""

from __future__ import annotations

import pytest

from factcheck.store.disputes import list_disputes
from factcheck.tui.screens.disputes import DisputesScreen
from factcheck.tui.screens.history import HistoryScreen
from tests.tui.conftest import make_app, settle
from tests.tui.fixture_db import build_disputed_db
from tests.tui.helpers import current, history, main, status, verdict_row

SIZE = (120, 36)


def shown(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_history_lists_the_current_claims_changes_newest_first(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("5", "2", "u", "n", *"by phone", "ctrl+s")
        await pilot.press("h")
        assert isinstance(app.screen, HistoryScreen)
        lines = shown(app, "#history-body").splitlines()
        assert "(4 changes, newest first)" in shown(app, "#history-title")
        assert "tester  False" in lines[0] and lines[1].strip() == "note: by phone"  # the note, newest
        assert "Mostly true → False" in lines[2] and "undo" in lines[3]          # u
        assert "False → Mostly true" in lines[4] and "undo" not in lines[5]      # 2
        assert "unreviewed → False" in lines[5]                                  # 5
        await pilot.press("escape")
        assert not isinstance(app.screen, HistoryScreen)
        await pilot.press("j", "h")  # another claim: its own (empty) history
        assert "#2" in shown(app, "#history-title")
        assert "No changes yet" in shown(app, "#history-body")
        await pilot.press("h")
        assert not isinstance(app.screen, HistoryScreen)


@pytest.fixture
def disputed(tmp_path):
    return build_disputed_db(tmp_path / "disputed.db")  # claims 1 and 7; 1 is false now


async def test_disputes_listed_and_jumped_to(disputed):
    app = make_app(disputed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        start = current(app)  # 2: the first unreviewed claim
        await pilot.press("d")
        assert isinstance(app.screen, DisputesScreen)
        assert "2 open" in shown(app, "#disputes-title")
        await pilot.press("down", "enter")  # the second: claim 7, in the Indonesian article
        assert not isinstance(app.screen, DisputesScreen)
        assert current(app) == 7 and main(app).pane.article_id == 2
        await pilot.press("backspace")  # a jump like any other: back where we were
        assert current(app) == start == 2


async def test_a_verdict_key_settles_the_highlighted_dispute(disputed):
    app = make_app(disputed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d", "2")  # claim 1 settled as mostly-true
        assert verdict_row(app, 1) == ("mostly-true", None, "tester")
        assert history(app, 1)[-1][:2] == ("false", "mostly-true")
        open_ids = [d["claim_id"] for d in list_disputes(app.store)]
        assert open_ids == [7]
        assert "1 open" in shown(app, "#disputes-title")  # the list follows
        await pilot.press("9")  # not on the scale: nothing
        assert [d["claim_id"] for d in list_disputes(app.store)] == [7]
        await pilot.press("escape", "k")  # from claim 2 to 1: the screen knows the settled verdict
        assert current(app) == 1 and "Mostly true" in status(app)


async def test_remapped_verdict_key_settles_too(disputed):
    app = make_app(disputed, keys={"verdict.6": "x"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d", "x")
        assert verdict_row(app, 1)[0] == "misleading"


async def test_no_disputes_says_so(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        assert "none open" in shown(app, "#disputes-title")
        await pilot.press("1", "enter")  # nothing to settle or open
        assert verdict_row(app, 1) is None
        await pilot.press("escape")
        assert not isinstance(app.screen, DisputesScreen)
