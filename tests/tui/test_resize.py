"""The number of article panes follows the terminal's width: more side by side when it grows, fewer
when it shrinks, refitted once the resizing stops; the panes that stay keep their claim."""

from __future__ import annotations

from textual.events import Resize
from textual.geometry import Size

from tests.tui.conftest import make_app, settle, until
from tests.tui.fixture_db import ENGLISH, build_db
from tests.tui.helpers import current, focused_article, main, notifications, status, verdict_row


def more_articles(n: int) -> list[dict]:
    """English articles beyond the fixture's three (claim ids from 12 on, one claim each)."""
    return [ENGLISH] + [
        {**ENGLISH, "title": f"Report {i}", "path": f"report-{i}.txt",
         "paragraphs": [[(f"Report {i} says TikTok paid Microsoft ${i} million in 2024.", 0.7,
                          [("money", f"${i} million"), ("date", "2024")])]]}
        for i in range(2, n + 1)
    ]


def shown(app) -> list[int]:
    return [p.article_id for p in main(app).panes]


async def test_panes_follow_the_terminal_width(tmp_path):
    db = build_db(tmp_path / "six.db", extra=more_articles(4))  # six articles
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert shown(app) == [1, 2]  # two fit at 80 columns
        await pilot.press("j", "tab")  # claim 2 in the first pane; focus on the second
        assert focused_article(app) == 2 and current(app) == 7

        await pilot.resize_terminal(200, 60)
        await until(pilot, lambda: shown(app) == [1, 2, 3, 4, 5])
        assert main(app).panes[0].claim_id == 2  # the panes that stayed kept their claims
        assert focused_article(app) == 2 and current(app) == 7
        assert [p.has_class("-later") for p in main(app).panes] == [False, True, True, True, True]
        assert all(p.size.width >= 38 for p in main(app).panes)
        await pilot.press("tab", "1")  # the new panes work: a verdict on the third article's claim
        assert verdict_row(app, 11)[0] == "true"

        await pilot.resize_terminal(120, 36)
        await until(pilot, lambda: shown(app) == [1, 2, 3])
        assert focused_article(app) == 3 and current(app) == 11

        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: shown(app) == [1, 3])  # the focused pane is never the one dropped
        assert focused_article(app) == 3
        assert [p.has_class("-later") for p in main(app).panes] == [False, True]
        assert status(app).startswith("#11 ")
        await pilot.press("k")  # keys still go to the focused pane (its one claim: nowhere to go)
        assert current(app) == 11
        assert any("No more claims" in m for m in notifications(app))


async def test_resizes_in_a_burst_refit_once(tmp_path, monkeypatch):
    import factcheck.tui.screens.main as main_module

    monkeypatch.setattr(main_module, "RESIZE_SETTLE", 0.5)  # generous: the burst must fall inside it
    db = build_db(tmp_path / "six.db", extra=more_articles(4))
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main(app)
        # the first layout's own refit, set before the method is counted, must be done first: on a
        # loaded machine it could fire amid the burst, at its width, and leave nothing to count
        await until(pilot, lambda: screen._resize_timer is None)
        calls = []
        original = screen.fit_panes

        async def counted():
            calls.append(app.size.width)
            await original()

        screen.fit_panes = counted
        for width in (100, 130, 170, 200):  # like dragging a window edge: resize events in a row
            # posted without a pause between them (Pilot.resize_terminal pauses after each); the
            # app takes its size from the event, so the driver is not touched
            app.post_message(Resize(Size(width, 40), Size(width, 40)))
        await until(pilot, lambda: shown(app) == [1, 2, 3, 4, 5])
        assert calls == [200]


async def test_few_articles_never_leave_empty_panes(db):
    app = make_app(db)  # two articles
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.resize_terminal(200, 60)
        await until(pilot, lambda: main(app)._resize_timer is None)
        assert shown(app) == [1, 2]
        await pilot.press("2")
        assert verdict_row(app, 1)[0] == "mostly-true"
