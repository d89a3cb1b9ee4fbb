"""Keys that arrive in one burst (fast typing, a paste in a terminal without bracketed paste) reach
their targets in the order they were typed: a save saves everything typed before it, and the keys
after it go to whatever has focus once it is done.

``burst`` posts every key to the app at once, the way the terminal driver does when one read from
the terminal returns many keys; ``pilot.press`` would wait for the app to go idle between keys and
so never show the race.
"""

from __future__ import annotations

from textual import events
from textual.notifications import Notify

from factcheck.tui.screens.add import AddFilesScreen
from factcheck.tui.screens.note import NoteEditor
from tests.tui.conftest import make_app, until
from tests.tui.helpers import current, verdict_row

SIZE = (120, 36)
NOTE = "verified by phone 2024-08-12 with the press office, see https://example.org/a?b=1"
_NAMES = {" ": "space", "-": "minus", ".": "full_stop", ",": "comma", ":": "colon", "/": "slash",
          "?": "question_mark", "=": "equals_sign"}


def keys_of(text: str) -> list[events.Key]:
    return [events.Key(_NAMES.get(ch, ch), ch) for ch in text]


def burst(app, *keys: str | events.Event) -> None:
    """Every key into the app's queue before it handles the first (a string is one key's name)."""
    for key in keys:
        if isinstance(key, str):
            key = events.Key(key, key if len(key) == 1 else None)
        app.post_message(key)


async def drained(pilot) -> None:
    """Until the app has taken every key off its queue and handled them all."""
    app = pilot.app
    await until(pilot, lambda: not app.message_queue_size and not app.keys_pending)
    await pilot.pause()


async def test_note_typed_fast_is_saved_whole_and_later_keys_reach_the_main_screen(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        assert current(app) == 1
        # n, the note, ctrl+s, then j and 2 for the next claim: all in one burst
        burst(app, "n", *keys_of(NOTE), "ctrl+s", "j", "2")
        await drained(pilot)
        assert not isinstance(app.screen, NoteEditor)
        assert verdict_row(app, 1) == (None, NOTE, "tester")
        assert current(app) == 2  # j moved after the editor closed, not typed into it
        assert verdict_row(app, 2)[0] == "mostly-true"


async def test_a_pasted_note_arrives_before_the_save(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        pasted = "first line\nsecond line with 25 % and Rp322 miliar"
        burst(app, events.Paste(pasted), "ctrl+s")
        await drained(pilot)
        assert verdict_row(app, 1)[1] == pasted


async def test_keys_after_enter_in_the_add_dialog_do_not_join_the_path(db, tmp_path):
    seen: list[str] = []

    def hook(message) -> None:
        if isinstance(message, Notify):
            seen.append(message.notification.message)

    app = make_app(db)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.press("plus")
        assert isinstance(app.screen, AddFilesScreen)
        burst(app, *keys_of("hidden"), "enter", "j", "1")
        await drained(pilot)
        assert "No such file or folder: hidden" in seen
        assert not any("hiddenj1" in m for m in seen)
        # the dialog stayed open, so what followed enter went into it, in order
        assert isinstance(app.screen, AddFilesScreen)
        assert app.screen.query_one("#add-path").value == "hiddenj1"
        assert verdict_row(app, 1) is None


async def test_verdict_keys_in_a_burst_land_on_the_claims_they_were_typed_for(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        burst(app, "1", "j", "5", "j", "3", "k", "0")
        await drained(pilot)
        assert verdict_row(app, 1)[0] == "true"
        assert verdict_row(app, 2) is None  # set to false, then cleared by the last key
        assert verdict_row(app, 4)[0] == "mixed"
        assert current(app) == 2
