"""Every flow of the workbench driven through keys, checked on the screen and in the database."""

from __future__ import annotations

import sqlite3

from factcheck.store import Store
from factcheck.store.verdicts import set_verdict
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.note import NoteEditor
from tests.tui.conftest import make_app, settle, until
from tests.tui.helpers import current, focused_article, history, main, notifications, status, verdict_row, view_text

SIZE = (120, 36)


async def test_opens_on_first_claim_and_navigates(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        assert [p.article_id for p in main(app).panes] == [1, 2]
        assert current(app) == 1
        assert "#1 " in status(app) and "unreviewed" in status(app)
        await pilot.press("j")
        assert current(app) == 2
        await pilot.press("j")  # 3 is below the threshold: skipped
        assert current(app) == 4
        await pilot.press("down", "down")
        assert current(app) == 6
        await pilot.press("j")  # the end: stays
        assert current(app) == 6
        await pilot.press("k", "up")
        assert current(app) == 2


async def test_verdict_keys_commit_at_once(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        assert verdict_row(app, 1) == ("true", None, "tester")
        assert "True" in status(app)
        assert "1/4 reviewed" in str(main(app).panes[0].header.content)
        await pilot.press("5")
        # another connection sees it: committed, not just in a transaction
        other = sqlite3.connect(db)
        assert other.execute("SELECT verdict FROM verdicts WHERE claim_id = 1").fetchone() == ("false",)
        other.close()
        assert "False" in status(app)
        for number, key in [(2, "mostly-true"), (3, "mixed"), (4, "mostly-false"), (6, "misleading"),
                            (7, "unproven"), (8, "not-a-claim")]:
            await pilot.press(str(number))
            assert verdict_row(app, 1)[0] == key
        await pilot.press("0")
        assert verdict_row(app, 1) is None
        assert "unreviewed" in status(app)
        assert len(history(app, 1)) == 9
        await pilot.press("9")  # not on the default scale: nothing happens
        assert verdict_row(app, 1) is None


async def test_note_save_and_cancel(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"see [b]https://ex.am/ple[/b]")
        await pilot.press("ctrl+s")
        assert not isinstance(app.screen, NoteEditor)
        assert verdict_row(app, 1) == (None, "see [b]https://ex.am/ple[/b]", "tester")
        assert "note: see [b]https://ex.am/ple[/b]" in status(app)  # literally, no markup
        await pilot.press("n", "x", "y", "escape", "d")  # escape asks about the draft; d discards it
        assert not isinstance(app.screen, NoteEditor)
        assert verdict_row(app, 1)[1] == "see [b]https://ex.am/ple[/b]"
        assert len(history(app, 1)) == 1


async def test_undo_restores_and_moves_to_the_claim(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "j", "j", "3")
        assert verdict_row(app, 4)[0] == "mixed"
        await pilot.press("j")
        assert current(app) == 6
        await pilot.press("u")
        assert verdict_row(app, 4) is None
        assert current(app) == 4
        await pilot.press("ctrl+z")
        assert verdict_row(app, 1) is None
        assert current(app) == 1
        assert [h[:2] for h in history(app, 4)] == [(None, "mixed"), ("mixed", None)]
        await pilot.press("u")  # nothing left: no change
        assert app.store.conn.execute("SELECT count(*) FROM verdict_history").fetchone()[0] == 4


async def test_tab_moves_between_panes(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        assert focused_article(app) == 2 and current(app) == 7
        assert "#7 " in status(app)
        await pilot.press("j", "2")
        assert verdict_row(app, 8)[0] == "mostly-true"
        await pilot.press("tab")
        assert focused_article(app) == 1 and current(app) == 1
        await pilot.press("shift+tab")
        assert focused_article(app) == 2 and current(app) == 8


async def test_related_panel_jump_and_back(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        assert "Looking for related" in main(app).query_one("#related").plain or app.main.matching_ready
        await settle(pilot)
        related = main(app).query_one("#related").plain
        assert "0.91" in related and "CONSISTENT" in related and "Rp322 miliar" in related
        assert related.index("0.91") < related.index("0.60")  # best first
        await pilot.press("enter")
        assert focused_article(app) == 2 and current(app) == 7
        await pilot.press("backspace")
        assert focused_article(app) == 1 and current(app) == 1
        await pilot.press("j", "j", "j")
        assert current(app) == 6
        assert "CONFLICT" in main(app).query_one("#related").plain
        await pilot.press("enter")
        assert current(app) == 10
        await pilot.press("backspace", "backspace")  # the second has nothing to go back to
        assert current(app) == 6


async def test_search_jumps_to_the_claim(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await pilot.press(*"rp322")
        await until(pilot, lambda: app.screen.query_one("#search-results").option_count > 0)
        await pilot.press("enter")
        await until(pilot, lambda: current(app) == 7)
        assert focused_article(app) == 2 and current(app) == 7
        await pilot.press("backspace")
        assert current(app) == 1
        await pilot.press("slash", *"nothingmatches", "enter", "escape")
        assert current(app) == 1


async def test_filters(db):
    with Store(db) as store:
        set_verdict(store, 2, "false", reviewer="x")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        assert current(app) == 1
        await pilot.press("f", "down", "enter")  # unreviewed
        assert "filter: unreviewed" in str(main(app).query_one("#status-db").content)
        await pilot.press("j")
        assert current(app) == 4  # 2 is reviewed
        await pilot.press("f", "down", "enter")  # conflicts only (the dialog opens on the current filter)
        assert current(app) == 6  # 4 has none: moves to the next that passes
        await pilot.press("k")
        assert current(app) == 6
        await pilot.press("f", "home", "enter")  # all again
        await pilot.press("k")
        assert current(app) == 4
        main(app).session.filter = type(main(app).session.filter)(kind="attribution")
        await pilot.press("k")
        assert current(app) == 2


async def test_next_and_previous_unreviewed(db):
    with Store(db) as store:
        for claim in (1, 2, 4):
            set_verdict(store, claim, "true", reviewer="x")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        assert current(app) == 6  # resumes at the first unreviewed
        await pilot.press("right_square_bracket")
        assert focused_article(app) == 2 and current(app) == 7
        await pilot.press("left_square_bracket")
        assert current(app) == 6


async def test_export_writes_a_named_file(db, tmp_path):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "e", "enter")  # the default path, in the working directory
        await until(pilot, lambda: list(tmp_path.glob("factcheck-export-*.md")))
        files = list(tmp_path.glob("factcheck-export-*.md"))
        assert len(files) == 1
        assert files[0].read_text(encoding="utf-8").strip()
        assert any(files[0].name in m and str(tmp_path) in m for m in notifications(app))


async def test_help_lists_every_binding(db):
    app = make_app(db, keys={"claim.next": "x"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-body").content)
        for needle in ("claim.next", "Next claim", "Verdict: Mostly false", "Command palette", "note.edit"):
            assert needle in text
        assert "x " in text.split("Next claim")[0].splitlines()[-1]  # the remapped key
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_keymap_from_config(db):
    app = make_app(db, keys={"claim.next": "x", "verdict.1": "t"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        assert current(app) == 2
        await pilot.press("t")
        assert verdict_row(app, 2)[0] == "true"


async def test_command_palette_runs_actions(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"Verdict: Misleading")

        def listed() -> bool:
            lists = app.screen.query("CommandList")
            return bool(lists) and lists.first().option_count > 0

        await until(pilot, listed)
        await pilot.press("enter")
        await until(pilot, lambda: verdict_row(app, 1) is not None)
        assert verdict_row(app, 1)[0] == "misleading"


async def test_quit_and_reopen_resumes(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "j", "2")
        await pilot.press("q")
    assert app.return_code == 0
    again = make_app(db)
    async with again.run_test(size=SIZE) as pilot:
        assert current(again) == 2  # the claim shown when it was closed (tests/tui/test_resume.py)
        assert verdict_row(again, 1)[0] == "true" and verdict_row(again, 2)[0] == "mostly-true"


async def test_article_text_is_literal_and_highlighted(db):
    app = make_app(db)
    async with app.run_test(size=SIZE):
        text = view_text(app, 0)
        assert "ifølge [b]interne[/b] kilder" in " ".join(text.split())
        assert text.startswith("▶ TikTok betaler Microsoft")


async def test_verdict_colours_the_claim(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5", "j")
        view = main(app).panes[0].view
        line = view._render_text_line(0, view.rich_style)
        assert line.text.startswith("▌ ")
        assert any(seg.style and seg.style.bgcolor and seg.style.bgcolor.triplet
                   and seg.style.bgcolor.triplet.red > seg.style.bgcolor.triplet.green for seg in line)
