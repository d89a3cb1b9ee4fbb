"""The mouse: a click on a claim in a pane makes it the one under review (the view posts
ClaimClicked), a click on a related statement jumps there (the panel posts Jump)."""

from __future__ import annotations

from rich.cells import cell_len

from factcheck.tui.widgets.article_view import GUTTER
from factcheck.tui.widgets.related import RelatedPanel
from tests.tui.conftest import make_app, settle
from tests.tui.helpers import current, focused_article, main, status

SIZE = (120, 36)


def claim_cell(view, claim_id: int) -> tuple[int, int]:
    """Where a claim's text begins on screen, relative to its view."""
    mark = next(m for m in view.marks if m.id == claim_id)
    first, _ = view.claim_lines(claim_id)
    line_start = view._line_starts[first]
    return len(GUTTER) + cell_len(view.text[line_start:mark.start]) + 1, first - round(view.scroll_y)


async def test_a_click_on_a_claim_makes_it_the_current_one(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert current(app) == 1
        left = main(app).panes[0].view
        await pilot.click(left, offset=claim_cell(left, 4))
        assert current(app) == 4 and status(app).startswith("#4 ") and left.current == 4
        right = main(app).panes[1].view
        await pilot.click(right, offset=claim_cell(right, 8))  # the other pane: focused, on claim 8
        await pilot.pause()
        assert focused_article(app) == 2 and current(app) == 8 and status(app).startswith("#8 ")
        assert [m["claim_id"] for m in main(app).query_one(RelatedPanel).matches] == [4, 1]  # best first
        await pilot.press("2")  # the keys act on it
        assert main(app).session.by_id[8].verdict == "mostly-true"


async def test_a_click_beside_the_claims_changes_nothing(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        left = main(app).panes[0].view
        heading = left.text.index("Baggrund")  # not check-worthy: no mark
        line = next(i for i, (s, e) in enumerate(left._lines) if s <= heading < e)
        await pilot.click(left, offset=(len(GUTTER) + 1, line - round(left.scroll_y)))
        assert current(app) == 1


async def test_a_click_on_a_related_statement_jumps_there_and_back_returns(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        panel = main(app).query_one(RelatedPanel)
        assert [m["claim_id"] for m in panel.matches] == [7, 8]
        row = panel.row_region(1)
        await pilot.click(offset=(row.x + 2, row.y))
        await pilot.pause()
        assert current(app) == 8 and focused_article(app) == 2
        await pilot.press("backspace")
        assert current(app) == 1 and panel.selected == 1  # the statement clicked stays selected
