"""Choosing among a claim's related statements with the keyboard at 80x24, where they do not fit."""

from __future__ import annotations

import pytest

from factcheck.tui.widgets.related import RelatedPanel
from tests.tui.conftest import make_app, settle
from tests.tui.fixture_db import ENGLISH, build_db
from tests.tui.helpers import current, focused_article, main

SIZE = (80, 24)
# claim 1 (Danish) gets a third related statement: the English article's claim 11
THIRD = (1, 11, 0.55, ["money: $20 M = $20 million", "entities: TikTok, Microsoft"], "consistent")


@pytest.fixture
def three(tmp_path):
    return build_db(tmp_path / "three.db", extra=[ENGLISH], matches=[THIRD])


def panel(app) -> RelatedPanel:
    return main(app).query_one(RelatedPanel)


def marked(app) -> list[str]:
    """The first line of every row the panel draws, as text: the selected one starts with ▶."""
    drawn = panel(app)._drawn
    strips = app.console.render_lines(drawn, app.console.options.update_width(panel(app).body.size.width))
    return ["".join(s.text for s in strips[top]) for top, _ in drawn.spans]


def visible(app, index: int) -> bool:
    region = panel(app).row_region(index)
    return region is not None and panel(app).scrollable_content_region.contains_region(region)


async def test_next_related_selects_scrolls_and_enter_jumps_there(three):
    app = make_app(three)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert current(app) == 1 and [m["claim_id"] for m in panel(app).matches] == [7, 8, 11]
        assert panel(app).selected == 0 and visible(app, 0)
        assert not visible(app, 2)  # the third does not fit below the first two at 24 rows
        assert marked(app)[0].startswith("▶") and not marked(app)[2].startswith("▶")

        await pilot.press("full_stop", "full_stop")
        assert panel(app).selected == 2
        rows = marked(app)
        assert rows[2].startswith("▶") and not rows[0].startswith("▶")
        assert visible(app, 2) and panel(app).scroll_y > 0

        await pilot.press("full_stop")  # already at the last: stays
        assert panel(app).selected == 2
        await pilot.press("comma")
        assert panel(app).selected == 1 and visible(app, 1)
        await pilot.press("full_stop")

        await pilot.press("enter")
        assert current(app) == 11 and focused_article(app) == 3  # shown in a pane of its own
        await pilot.press("backspace")
        assert current(app) == 1 and focused_article(app) == 1
        assert panel(app).selected == 2  # back: the statement jumped to is still the one selected
        assert marked(app)[2].startswith("▶") and visible(app, 2)


async def test_selection_resets_when_the_claim_changes(three):
    app = make_app(three)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("full_stop")
        assert panel(app).selected == 1
        await pilot.press("j")
        assert current(app) == 2 and panel(app).selected == 0
        await pilot.press("k")
        assert current(app) == 1 and panel(app).selected == 0 and panel(app).scroll_y == 0
        assert marked(app)[0].startswith("▶")
        await pilot.press("enter")  # unmoved: the best
        assert current(app) == 7 and focused_article(app) == 2


async def test_no_related_statements_to_select(three):
    app = make_app(three)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "full_stop", "comma")  # claim 2 has none: a notice, nothing moves
        assert current(app) == 2 and panel(app).matches == []
