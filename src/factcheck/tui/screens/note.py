"""The note editor: a TextArea over the main screen. ctrl+s saves (and commits); escape closes it,
asking first whether to save a changed note (so does quitting the app while it is open)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from factcheck.errors import FactcheckError
from factcheck.store.claims import ClaimRecord
from factcheck.store.verdicts import VerdictConflict
from factcheck.tui.screens.ask import DraftQuestion


class NoteEditor(ModalScreen[bool]):
    """Edits the note of one claim. ``save`` writes it to the store before the dialog closes, so
    the note is durable before any further key is handled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", id="note.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="note.cancel", priority=True),
    ]

    def __init__(self, claim: ClaimRecord, save: Callable[[str, str | None], None]) -> None:
        """``save(text, shown)``: ``shown`` is the stored note the text was edited from."""
        super().__init__()
        self.claim = claim
        self._save = save

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Static(Text(f"Note on claim #{self.claim.id}: ", style="bold", end="")
                         + Text(" ".join(self.claim.text.split()), end=""), classes="dialog-title")
            yield TextArea(self.claim.note or "", id="note-text", soft_wrap=True, tab_behavior="indent")
            yield Static("ctrl+s save · escape cancel · sources and URLs welcome", classes="dialog-help")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def changed(self) -> bool:
        """Whether the text differs from the note as stored (a draft that closing would lose)."""
        return self.query_one(TextArea).text.strip() != (self.claim.note or "").strip()

    def save(self) -> bool:
        """Write the note; False, after saying why, when it could not be saved (the text stays)."""
        try:
            self._save(self.query_one(TextArea).text, self.claim.note)
        except VerdictConflict as conflict:  # someone else saved a note meanwhile: show it, keep ours
            self.claim = replace(self.claim, verdict=conflict.verdict, note=conflict.note)
            self.notify(f"{conflict.reviewer or 'Someone'} changed this note meanwhile; it now reads: "
                        f"{conflict.note or '(empty)'}. Your text is still here: ctrl+s again saves it "
                        f"over theirs, escape keeps theirs.", title="Note changed elsewhere",
                        severity="warning", timeout=15, markup=False)
            return False
        except FactcheckError as exc:
            self.notify(str(exc), title="Note not saved", severity="error", markup=False)
            return False
        return True

    def action_save(self) -> None:
        if self.save():
            self.dismiss(True)

    def action_cancel(self) -> None:
        if not self.changed:
            self.dismiss(False)
            return

        def answered(answer: str | None) -> None:
            if answer == "save":
                self.action_save()
            elif answer == "discard":
                self.notify("Note discarded", timeout=2)
                self.dismiss(False)

        self.app.push_screen(DraftQuestion(f"The note on claim #{self.claim.id} has unsaved changes"), answered)
