"""Pictures of the screens on the fixed database (review with `pytest --snapshot-report`;
regenerate after a deliberate change with `pytest tests/tui --snapshot-update`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from tests.tui.conftest import make_app, settle
from tests.tui.fixture_db import ENGLISH, build_db, build_disputed_db


@pytest.fixture(autouse=True)
def _steady_cursors(monkeypatch):
    """A text field's cursor shown, not blinking: a blinking one is in the picture or not depending
    on how long the keys took on a busy machine."""
    for widget in (Input, TextArea):
        def steady(self, *args, _init=widget.__init__, **kwargs):
            _init(self, *args, **kwargs)
            self.cursor_blink = False

        monkeypatch.setattr(widget, "__init__", steady)


SIZES = [(120, 36), (80, 24)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen(snap_compare, db, size):
    assert snap_compare(make_app(db), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen_with_verdicts_and_a_conflict(snap_compare, db, size):
    # false on claim 1, mostly-true on 4, then on claim 6 whose related statement conflicts
    assert snap_compare(make_app(db), terminal_size=size, run_before=settle,
                        press=["5", "j", "j", "2", "j"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, db, size):
    assert snap_compare(make_app(db), terminal_size=size, run_before=settle, press=["question_mark"])


# -- the dialogs, at the smallest size the workbench supports (and the note editor wider too) -----

@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_note_editor(snap_compare, db, size):
    # on claim 1, after a verdict: the editor over the main screen with a note being typed
    assert snap_compare(make_app(db), terminal_size=size, run_before=settle,
                        press=["5", "n", *"Source: the ministry's 2024 filing, p. 12"])


def test_search_with_results(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=settle,
                        press=["slash", *"microsoft"])


def test_search_without_results(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=settle,
                        press=["slash", *"zebra"])


def test_filter(snap_compare, db):
    # "Unreviewed" highlighted; the list is longer than the dialog at 24 rows and scrolls
    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=settle, press=["f", "down"])


def test_filter_applied(snap_compare, db):
    # after choosing "Verdict: True" with claim 1 judged true: the headers say which filter is on
    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=settle,
                        press=["1", "f", "down", "down", "down", "enter"])


def test_article_chooser(snap_compare, tmp_path):
    db = build_db(tmp_path / "three.db", extra=[ENGLISH])
    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=settle, press=["a", "down", "down"])


def _fixed_export_path(folder: Path):
    """run_before for the export pictures: a fixed default path in them, nothing written (tests/tui/
    test_flows.py and test_export_and_add.py check the files)."""
    path = folder / "factcheck-export-20240801-123000.md"

    async def fixed(pilot):
        await settle(pilot)
        folder.mkdir(parents=True, exist_ok=True)
        pilot.app.session.default_export_path = lambda directory, when=None: path
        pilot.app.session.export_markdown = lambda chosen: chosen

    return fixed


EXPORT_FOLDER = Path("/tmp/factcheck-snapshots/reviews")


def test_export_dialog(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=_fixed_export_path(EXPORT_FOLDER),
                        press=["1", "e"])


def test_export_notice(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=_fixed_export_path(EXPORT_FOLDER),
                        press=["1", "e", "enter"])


def test_add_files_dialog(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=settle, press=["plus", *"seeds/"])


def test_history(snap_compare, db, monkeypatch):
    # claim 1: false, then mostly-true, undone, and a note; the clock fixed so the picture is stable
    times = iter(f"2024-08-12T09:{m:02d}:05.000+00:00" for m in range(10, 60))
    monkeypatch.setattr("factcheck.store.verdicts.now", lambda: next(times))
    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=settle,
                        press=["5", "2", "u", "n", *"verified by phone with the press office", "ctrl+s", "h"])


def test_disputes(snap_compare, tmp_path):
    db = build_disputed_db(tmp_path / "disputed.db")
    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=settle, press=["d", "down"])
