"""Reopening the workbench returns to the articles and claims shown when it was closed, per
reviewer; the status line counts reviewed claims over all articles."""

from __future__ import annotations

import sqlite3

from factcheck.store import Store
from factcheck.store.ui_state import save_ui_state
from tests.tui.conftest import make_app, until
from tests.tui.fixture_db import ENGLISH, build_db
from tests.tui.helpers import current, focused_article, main

SIZE = (120, 36)


def panes(app) -> list[tuple[int, int]]:
    return [(p.article_id, p.claim_id) for p in main(app).panes]


def progress_text(app) -> str:
    return str(main(app).query_one("#status-db").content)


async def test_reopening_returns_to_every_pane_and_the_focused_one(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "tab", "j")  # Danish at claim 4, Indonesian at 8, focused
        assert panes(app) == [(1, 4), (2, 8)] and focused_article(app) == 2
        await pilot.press("q")  # at once: no time for the pause-triggered save
    again = make_app(db)
    async with again.run_test(size=SIZE):
        assert panes(again) == [(1, 4), (2, 8)]
        assert focused_article(again) == 2 and current(again) == 8


async def test_where_one_stopped_is_saved_without_quitting(db):
    """A killed or crashed workbench still resumes: the place is written once keys pause."""
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")

        def saved() -> str | None:
            conn = sqlite3.connect(db)
            try:
                row = conn.execute("SELECT value FROM ui_state WHERE name = 'workbench:tester'").fetchone()
            finally:
                conn.close()
            return row[0] if row else None

        await until(pilot, lambda: saved() is not None and "[1, 2]" in saved(), seconds=10)


async def test_each_reviewer_resumes_their_own_place(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j")
        await pilot.press("q")
    other = make_app(db, reviewer="ben")
    async with other.run_test(size=SIZE):
        assert current(other) == 1  # ben has no saved place: the first unreviewed claim


async def test_the_chosen_articles_come_back(tmp_path):
    db = build_db(tmp_path / "three.db", extra=[ENGLISH])
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "space", "down", "down", "space", "enter")
        await until(pilot, lambda: [a for a, _ in panes(app)] == [2, 3])
        await pilot.press("q")
    again = make_app(db)
    async with again.run_test(size=(80, 24)):
        assert [a for a, _ in panes(again)] == [2, 3]


async def test_a_saved_place_that_is_gone_falls_back_to_the_first_unreviewed(db):
    with Store(db) as store:
        save_ui_state(store, "workbench:tester", {"panes": [[99, 5], [2, 1234]], "focused": 0})
    app = make_app(db)
    async with app.run_test(size=SIZE):
        assert panes(app)[0][0] == 2  # the article that is still there
    with Store(db) as store:
        save_ui_state(store, "workbench:tester", {"panes": "nonsense"})
    again = make_app(db)
    async with again.run_test(size=SIZE):
        assert current(again) == 1


async def test_status_line_counts_reviewed_over_all_articles(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        assert "0/7 reviewed" in progress_text(app)
        await pilot.press("1", "tab", "2")  # one in each article
        assert "2/7 reviewed" in progress_text(app)
        await pilot.press("0")
        assert "1/7 reviewed" in progress_text(app)
