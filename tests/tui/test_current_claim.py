"""The claim under review is the main screen's ``current`` reactive: whatever sets it (a key, a
jump, a verdict set here or elsewhere) shows it in the status line and the related panel, and the
workers' messages reach the screen (and the app) as messages."""

from __future__ import annotations

from factcheck.store import Store
from factcheck.store.verdicts import set_verdict
from factcheck.tui.ingest import MatchesReady
from factcheck.tui.widgets.related import RelatedPanel
from tests.tui.conftest import make_app, settle, until
from tests.tui.helpers import current, main, notifications, status, verdict_row
from tests.tui.test_key_order import burst, drained

SIZE = (120, 36)


async def test_a_verdict_key_right_after_a_jump_lands_on_the_claim_jumped_to(db):
    """Typed in one burst: the jump, the way back and the verdicts between them each act on the
    claim ``current`` holds by then (the focus moves to the other pane a moment after the jump)."""
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert current(app) == 1
        burst(app, "enter", "2", "backspace", "3")  # to claim 7, verdict, back to 1, verdict
        await drained(pilot)
        assert verdict_row(app, 7)[0] == "mostly-true"
        assert verdict_row(app, 1)[0] == "mixed"
        assert current(app) == 1 and main(app).current.id == 1


async def test_the_status_line_follows_the_current_claims_record(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")
        assert main(app).current.id == 2 and status(app).startswith("#2 ")
        with Store(db) as other:  # another process sets a verdict on it
            set_verdict(other, 2, "false", reviewer="someone")
        await until(pilot, lambda: main(app).current.verdict == "false")
        assert "False" in status(app)
        await pilot.press("0")  # cleared here: the record changes back, the status line with it
        assert main(app).current.verdict is None and "unreviewed" in status(app)


async def test_new_matches_from_a_worker_refill_the_panel_and_the_app_says_how_many(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        panel = main(app).query_one(RelatedPanel)
        assert [m["claim_id"] for m in panel.matches] == [7, 8]
        with Store(db) as other:  # a matcher run found one more related statement for claim 1
            other.conn.execute("INSERT INTO matches (claim_a, claim_b, score, evidence, consistency)"
                               " VALUES (1, 9, 0.7, '[]', NULL)")
        main(app).post_message(MatchesReady(1))  # as the matching worker does
        await until(pilot, lambda: len(panel.matches) == 3)
        assert 9 in [m["claim_id"] for m in panel.matches]
        await until(pilot, lambda: "Found 1 related statement" in notifications(app))  # the app's part
