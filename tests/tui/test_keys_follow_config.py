"""The footer, help and dialogs follow the configured scale and keys; a clash in [keys] is refused."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factcheck.core.scale import Scale, Verdict
from factcheck.errors import FactcheckError
from factcheck.tui.screens.help import HelpScreen
from tests.tui.conftest import make_app, settle
from tests.tui.helpers import verdict_row

SIZE = (120, 36)
THREE = Scale((Verdict("correct", "Correct", "green", 5), Verdict("partly", "Partly", "yellow", 3),
               Verdict("wrong", "Wrong", "red", 1)))


def footer(app) -> str:
    return str(app.main.query_one("#keys").content)


async def test_footer_says_1_3_on_a_three_verdict_scale(db):
    app = make_app(db, scale=THREE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "1-3 Verdict" in footer(app)
        await pilot.press("question_mark")
        text = str(app.screen.query_one("#help-body").content)
        assert "Verdict: Wrong" in text and "verdict.4" not in text
        await pilot.press("escape", "4")  # not on this scale: nothing saved
        assert verdict_row(app, 1) is None


async def test_footer_and_help_show_remapped_keys(db):
    app = make_app(db, scale=THREE, keys={"note.edit": "m", "verdict.1": "z", "verdict.2": "x",
                                          "verdict.3": "c", "help": "f2"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = footer(app)
        assert "z/x/c Verdict" in shown and "m Note" in shown and "f2 Help" in shown
        assert "1-3" not in shown and "n Note" not in shown
        await pilot.press("f2")
        assert isinstance(app.screen, HelpScreen)
        rows = str(app.screen.query_one("#help-body").content).splitlines()
        assert any(r.startswith("m ") and "note.edit" in r for r in rows)
        assert any(r.startswith("c ") and "Verdict: Wrong" in r for r in rows)
        await pilot.press("escape", "d")  # the disputes dialog names the same keys
        assert "z/x/c settle" in str(app.screen.query_one("#disputes-help").content)


@pytest.mark.parametrize("keys, message", [
    ({"note.edit": "j"}, "key 'j' is bound to both claim.next and note.edit"),
    ({"search": "?"}, "key 'question_mark' is bound to both search and help"),
    ({"claim.nxt": "x"}, "unknown binding id 'claim.nxt' (did you mean 'claim.next'?)"),
    ({"disputes.close": "1"}, "key '1' is bound to both disputes.close and verdict.1"),
    ({"note.edit": "space"}, "key 'space' is bound to both note.edit and view.page_down"),
    ({"undo": "ctrl+q"}, "key 'ctrl+q' is bound to both quit and undo"),
    ({"search.cancel": "ctrl+p"}, "key 'ctrl+p' is bound to both command_palette and search.cancel"),
])
def test_a_key_bound_twice_is_refused_naming_both(db, keys, message):
    with pytest.raises(FactcheckError) as caught:
        make_app(db, keys=keys)
    assert message in str(caught.value)


def test_swapping_two_keys_is_fine(db):
    app = make_app(db, keys={"claim.next": "k", "claim.prev": "j", "view.page_down": "ctrl+f", "help.close": "?"})
    assert app.keymap == {"claim.next": "k", "claim.prev": "j", "view.page_down": "ctrl+f",
                          "help.close": "question_mark"}


def test_cli_start_with_a_clashing_keymap_is_one_line_exit_2(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"undo" = "n"\n', encoding="utf-8")
    env = {**os.environ, "FACTCHECK_CONFIG": str(config)}
    db = tmp_path / "new.db"
    done = subprocess.run([sys.executable, "-m", "factcheck", "--db", str(db)], env=env, capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert done.stderr == ("factcheck: error: [keys]: key 'n' is bound to both note.edit and undo;"
                           " give one of them another key\n")
    assert not db.exists()  # refused before anything was created
