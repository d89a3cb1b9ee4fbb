"""Articles beyond the panes, adding files from the app in a worker, long articles, the seeds."""

from __future__ import annotations

from pathlib import Path

from factcheck.config import Config
from factcheck.store import Store
from factcheck.tui.app import FactcheckApp
from factcheck.tui.screens.picker import ArticlePicker
from tests.tui.conftest import make_app, settle, until
from tests.tui.fixture_db import ENGLISH, build_db, long_article
from tests.tui.helpers import current, focused_article, main, notifications, status, verdict_row

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


async def test_picker_chooses_the_articles_shown(tmp_path):
    db = build_db(tmp_path / "three.db", extra=[ENGLISH])
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        assert [p.article_id for p in main(app).panes] == [1, 2]  # two fit at 80 columns
        await pilot.press("a")
        assert isinstance(app.screen, ArticlePicker)
        await pilot.press("space")  # untick the first (Danish)
        await pilot.press("down", "down", "space")  # tick the English
        await pilot.press("enter")
        await until(pilot, lambda: [p.article_id for p in main(app).panes] == [2, 3])
        await pilot.press("tab", "1")
        assert verdict_row(app, 11)[0] == "true"


async def test_resume_in_an_article_not_shown_first(tmp_path):
    db = build_db(tmp_path / "three.db", extra=[ENGLISH])
    with Store(db) as store:
        store.conn.execute("INSERT INTO verdicts (claim_id, verdict, reviewer, updated_at)"
                           " SELECT id, 'true', 'x', 'now' FROM claims WHERE article_id IN (1, 2)")
    app = make_app(db)
    async with app.run_test(size=(80, 24)):
        assert focused_article(app) == 3 and current(app) == 11


async def test_adding_files_runs_in_a_worker(tmp_path):
    app = FactcheckApp(tmp_path / "new.db", Config(reviewer="tester"), add=[SEEDS])
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: len(main(app).session.articles) == 2 and not main(app).query("#progress"))
        await until(pilot, lambda: len(main(app).panes) == 2 and all(p.article_id for p in main(app).panes))
        panes = main(app).panes
        assert len(panes) == 2 and all(p.article_id for p in panes)
        assert not main(app).query("#progress")
        assert current(app) is not None
        await pilot.press("1")
        assert verdict_row(app, current(app))[0] == "true"


async def test_seeds_end_to_end(tmp_path):
    from factcheck.importer import add_paths

    db = tmp_path / "seeds.db"
    with Store(db) as store:
        add_paths(store, [SEEDS])
    app = FactcheckApp(db, Config(reviewer="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        first = current(app)
        assert first is not None and "unreviewed" in status(app)
        await pilot.press("5", "j")
        assert verdict_row(app, first)[0] == "false"
        await pilot.press("tab", "enter")  # the Indonesian claim's best related statement, if any
        await pilot.press("q")


async def test_long_article_keeps_the_current_claim_in_view(tmp_path):
    db = build_db(tmp_path / "long.db", extra=[long_article(2000)])
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "space", "down", "down", "space", "enter")  # show the long one
        await until(pilot, lambda: any(p.article_id == 3 for p in main(app).panes))
        pane = next(p for p in main(app).panes if p.article_id == 3)
        pane.view.focus()
        await pilot.pause()
        for _ in range(60):
            await pilot.press("j")
        view = pane.view
        first, last = view.claim_lines(pane.claim_id)
        top = round(view.scroll_y)
        assert top > 0 and top <= first and last < top + view.scrollable_content_region.height
        await pilot.press("end")
        await pilot.press("3")
        assert verdict_row(app, pane.claim_id)[0] == "mixed"


async def test_start_up_matches_a_store_that_has_no_matches(tmp_path):
    from factcheck.importer import add_paths

    db = tmp_path / "seeds.db"
    with Store(db) as store:
        add_paths(store, [SEEDS])
        store.conn.execute("DELETE FROM matches")
        store.conn.execute("DELETE FROM match_keys")
    app = FactcheckApp(db, Config(reviewer="tester"))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.store.conn.execute("SELECT count(*) FROM matches").fetchone()[0] > 0


async def test_start_up_judges_again_the_pairs_older_rules_judged(tmp_path):
    from factcheck.core.matching import JUDGING_VERSION
    from factcheck.importer import add_paths

    db = tmp_path / "seeds.db"
    with Store(db) as store:
        add_paths(store, [SEEDS])
        today = store.query("SELECT claim_a, claim_b, consistency, evidence FROM matches ORDER BY claim_a, claim_b")
        store.conn.execute("UPDATE matches SET consistency = NULL, evidence = '[]', judged_with = ?",
                           (JUDGING_VERSION - 1,))
    app = FactcheckApp(db, Config(reviewer="tester"))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        again = app.store.query("SELECT claim_a, claim_b, consistency, evidence FROM matches ORDER BY claim_a, claim_b")
        assert today and again == today
        assert any(f"older rules had judged {len(today)} pair" in m for m in notifications(app))


async def test_add_articles_from_the_app(tmp_path):
    db = build_db(tmp_path / "two.db")
    app = make_app(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("plus")
        await pilot.press(*str(SEEDS), "enter")
        await until(pilot, lambda: len(main(app).session.articles) == 4)
        await until(pilot, lambda: any("added 2 articles" in m for m in notifications(app)))
        assert len(main(app).session.articles) == 4
        assert app.store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
        assert any("added 2 articles" in m for m in notifications(app))


async def test_empty_database_opens_and_keys_do_no_harm(tmp_path):
    app = make_app(tmp_path / "empty.db")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert main(app).panes == []
        assert "press + to add" in str(main(app).query_one("#empty-hint").content)
        assert "no claim selected" in status(app)
        await pilot.press("j", "k", "1", "0", "u", "enter", "backspace", "tab", "right_square_bracket", "n")
        assert app.store.conn.execute("SELECT count(*) FROM verdict_history").fetchone()[0] == 0
