"""Questions answered with one key: a draft note about to be closed, a verdict changed elsewhere.

Each question is a small modal screen whose bindings are its answers (so the keymap can remap them
and the help line is built from them); escape always gives the answer that loses nothing.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class Question(ModalScreen[str]):
    """Dismissed with the name of the answer chosen."""

    DEFAULT_CSS = """
    Question { align: center middle; }
    Question > .dialog { width: auto; min-width: 50; max-width: 90; }
    """

    def __init__(self, title: str, body: Text | str = "") -> None:
        super().__init__()
        self.title_text = title
        self.body = body

    def compose(self) -> ComposeResult:
        keys = " · ".join(f"{b.key_display or b.key} {b.description}" for b in self.BINDINGS)
        with Vertical(classes="dialog"):
            yield Static(Text(self.title_text, style="bold"), classes="dialog-title")
            if self.body:
                yield Static(self.body, markup=False)
            yield Static(keys, classes="dialog-help", markup=False)

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)


class DraftQuestion(Question):
    """A note with unsaved changes is about to be closed (escape, or the app is quitting)."""

    BINDINGS = [
        Binding("s", "answer('save')", "save it", id="draft.save"),
        Binding("d", "answer('discard')", "discard it", id="draft.discard"),
        Binding("escape", "answer('keep')", "keep editing", id="draft.keep"),
    ]


class ConflictQuestion(Question):
    """The claim's verdict was changed by someone else since the screen showed it."""

    BINDINGS = [
        Binding("o", "answer('overwrite')", "set mine anyway", id="conflict.overwrite"),
        Binding("d", "answer('dispute')", "record a dispute", id="conflict.dispute"),
        Binding("escape", "answer('keep')", "keep theirs", id="conflict.keep"),
    ]
