"""What the main screen's keys write: the verdict and the note of the claim under review, and undo.

Each function takes the screen (the actions are these functions: ``MainScreen.action_verdict =
edits.set_verdict``). It writes through the session, then tells the screen which claim changed
(``claim_changed``), which shows it: its mark, its pane's progress and, if it is the claim under
review, the status line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.store.verdicts import VerdictConflict
from factcheck.tui.elsewhere import ask_about_conflict, changed_note

if TYPE_CHECKING:
    from factcheck.tui.screens.main import MainScreen


def writable(screen: MainScreen) -> bool:
    """False, after saying why, when the database is read-only (nothing could be saved)."""
    store = screen.session.store
    if not store.read_only:
        return True
    screen.notify(store.read_only_message(), title="Read-only", severity="error", markup=False)
    return False


def set_verdict(screen: MainScreen, number: int) -> None:
    """The verdict of this number on the scale (0: none) for the claim under review."""
    claim, session = screen.current, screen.session
    if claim is None or not writable(screen):
        return
    key = None if number == 0 else session.scale.verdicts[number - 1].key
    try:
        session.set_verdict(claim.id, key)  # committed to SQLite when this returns
    except VerdictConflict as conflict:  # changed elsewhere since shown: show it, then ask
        screen.claim_changed(claim.id)
        ask_about_conflict(screen, session, conflict, key, screen.claim_changed)
        return
    except FactcheckError as exc:  # e.g. the file was made read-only meanwhile
        screen.notify(str(exc), title="Not saved", severity="error", markup=False)
        return
    screen.claim_changed(claim.id)


def edit_note(screen: MainScreen) -> None:
    """The note editor on the claim under review; saving writes the note (or asks, see NoteEditor)."""
    from factcheck.tui.screens.note import NoteEditor

    claim, session = screen.current, screen.session
    if claim is None or not writable(screen):
        return

    def save(text: str, shown: str | None) -> None:  # an error keeps the editor open (NoteEditor.save)
        try:
            session.set_note(claim.id, text.strip() or None, shown_note=shown)
        finally:  # a conflict refreshed the claim: show the note stored meanwhile
            screen.claim_changed(claim.id)

    screen.app.push_screen(NoteEditor(claim, save))


def undo(screen: MainScreen) -> None:
    """Undo this session's last change, and go to its claim."""
    session = screen.session
    if not writable(screen):
        return
    try:
        change = session.undo()
    except VerdictConflict as conflict:
        screen.claim_changed(conflict.claim_id)
        screen.notify(changed_note(session.scale, conflict.claim_id, conflict.verdict, conflict.reviewer)
                      + ", so that change of yours is not undone", title="Not undone", markup=False)
        return
    except FactcheckError as exc:
        screen.notify(str(exc), title="Not saved", severity="error", markup=False)
        return
    if change is None:
        screen.notify("Nothing to undo", timeout=2)
        return
    screen.goto(change.claim_id, remember=False)
    screen.claim_changed(change.claim_id)
    screen.notify(f"Undid the change to claim #{change.claim_id}", timeout=2)
