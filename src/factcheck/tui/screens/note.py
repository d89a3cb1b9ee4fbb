"""The note editor: a TextArea over the main screen. ctrl+s saves (and commits), escape cancels."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from factcheck.errors import FactcheckError
from factcheck.store.claims import ClaimRecord


class NoteEditor(ModalScreen[bool]):
    """Edits the note of one claim. ``save`` writes it to the store before the dialog closes, so
    the note is durable before any further key is handled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", id="note.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="note.cancel", priority=True),
    ]

    def __init__(self, claim: ClaimRecord, save: Callable[[str], None]) -> None:
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

    def action_save(self) -> None:
        try:
            self._save(self.query_one(TextArea).text)
        except FactcheckError as exc:  # not saved: keep the dialog and the text, say why
            self.notify(str(exc), title="Note not saved", severity="error", markup=False)
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
