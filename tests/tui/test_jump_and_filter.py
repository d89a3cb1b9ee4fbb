"""`]`/`[` keep to the active filter; a jump and back returns to the related statement selected."""

from __future__ import annotations

from factcheck.store import Store
from factcheck.store.verdicts import set_verdict
from factcheck.tui.session import Filter
from factcheck.tui.widgets.related import RelatedPanel
from tests.tui.conftest import make_app, settle
from tests.tui.helpers import current, main

SIZE = (120, 36)


async def test_next_unreviewed_keeps_to_the_filter(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        assert current(app) == 1
        main(app).session.filter = Filter(kind="percent")  # claims 4 (Danish) and 8 (Indonesian)
        await pilot.press("right_square_bracket")
        assert current(app) == 4  # not 2, which is unreviewed but has no percentage
        await pilot.press("right_square_bracket")
        assert current(app) == 8
        await pilot.press("left_square_bracket")
        assert current(app) == 4


async def test_next_unreviewed_says_when_nothing_passes_the_filter(db):
    with Store(db) as store:
        for claim in (4, 8):
            set_verdict(store, claim, "true", reviewer="x")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        main(app).session.filter = Filter(kind="percent")
        await pilot.press("right_square_bracket")
        assert current(app) == 1  # stays: every percentage claim is reviewed


async def test_the_selected_related_statement_survives_a_jump_and_back(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        panel = main(app).query_one(RelatedPanel)
        assert current(app) == 1 and [m["claim_id"] for m in panel.matches] == [7, 8]
        await pilot.press("full_stop")  # the second, claim 8
        await pilot.press("enter")
        assert current(app) == 8
        await pilot.press("backspace")
        assert current(app) == 1
        assert panel.selected == 1 and panel.selected_match["claim_id"] == 8
        await pilot.press("enter")  # and enter goes there again
        assert current(app) == 8
