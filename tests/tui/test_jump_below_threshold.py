"""A related statement found by meaning may be any sentence of the other article, one below the
claim threshold too: enter goes there, and from then on it is shown, and judged, with the claims."""

from __future__ import annotations

import json

from factcheck.store import Store
from tests.tui.conftest import make_app, settle
from tests.tui.helpers import current, focused_article, main, notifications, status

SIZE = (120, 36)
BELOW = 5  # "Det er mange penge." (Danish, score 0.1: below the fixture's threshold)


async def test_enter_goes_to_a_related_statement_below_the_threshold(db):
    with Store(db) as store, store.transaction():
        store.conn.execute(
            "INSERT INTO matches (claim_a, claim_b, score, evidence, consistency, semantic) VALUES (?, ?, ?, ?, ?, ?)",
            (BELOW, 7, 0.95, json.dumps(["meaning: 0.93 alike"]), None, 0.93))
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        left = screen.panes[0].view
        assert BELOW not in {m.id for m in left.marks}
        await pilot.press("tab")  # the Indonesian pane: claim 7, whose best related statement is BELOW
        assert current(app) == 7
        await pilot.press("enter")
        await pilot.pause()
        assert current(app) == BELOW and focused_article(app) == 1 and status(app).startswith(f"#{BELOW} ")
        assert BELOW in {m.id for m in screen.panes[0].view.marks}
        assert any("threshold" in n for n in notifications(app))
        reviewed, total = screen.session.progress(1)
        await pilot.press("5")  # judged like any claim
        assert screen.session.by_id[BELOW].verdict and screen.session.progress(1) == (reviewed + 1, total)
        screen.session.reload()  # a reload (a change elsewhere) keeps it shown
        assert BELOW in screen.session.by_id
        await pilot.press("backspace")
        assert current(app) == 7
    with Store(db) as store:
        (verdict,) = store.conn.execute("SELECT verdict FROM verdicts WHERE claim_id = ?", (BELOW,)).fetchone()
    assert verdict
    again = make_app(db)  # reopened: a statement judged is still shown with the claims
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert BELOW in {m.id for m in main(again).panes[0].view.marks}
        assert main(again).session.progress(1) == (reviewed + 1, total)
