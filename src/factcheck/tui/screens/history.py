"""The current claim's history: every change of its verdict and note, newest first, undo included."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from factcheck.core.scale import Scale
from factcheck.store.claims import ClaimRecord
from factcheck.tui.widgets.styles import verdict_style


def history_text(rows: list[dict], scale: Scale) -> Text:
    text = Text(end="")
    if not rows:
        text.append("No changes yet: this claim has never had a verdict or a note.", style="dim")
    for i, row in enumerate(rows):
        if i:
            text.append("\n")
        at = row["at"][:19].replace("T", " ") + (" UTC" if row["at"].endswith("+00:00") else "")
        text.append(at, style="dim")
        text.append(f"  {row['reviewer']}  ", style="bold")
        if row["old_verdict"] != row["new_verdict"]:
            _verdict(text, row["old_verdict"], scale)
            text.append(" → ")
        _verdict(text, row["new_verdict"], scale)
        if row["reverts"]:
            text.append("\n    undo: puts back what the change below replaced", style="italic #ffcc00")
        if row["old_note"] != row["new_note"]:
            note = " ".join((row["new_note"] or "").split())
            text.append("\n    ")
            text.append(f"note: {note}" if note else "note removed", style="italic")
    return text


def _verdict(text: Text, key: str | None, scale: Scale) -> None:
    verdict = scale.get(key)
    if verdict is not None:
        text.append(verdict.label, style=verdict_style(verdict.color))
    else:
        text.append(key or "unreviewed", style="bold" if key else "dim italic")


class HistoryScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,h", "close", "Close", id="history.close")]

    def __init__(self, claim: ClaimRecord, rows: list[dict], scale: Scale) -> None:
        super().__init__()
        self.claim, self.rows, self.scale = claim, rows, scale

    def compose(self) -> ComposeResult:
        with Vertical(id="history-dialog", classes="dialog"):
            title = Text(f"History of claim #{self.claim.id} ", style="bold", end="")
            title.append(f"({len(self.rows)} change{'s' * (len(self.rows) != 1)}, newest first)", style="dim")
            title.append("\n" + " ".join(self.claim.text.split()), style="not bold")
            yield Static(title, classes="dialog-title", id="history-title")
            with VerticalScroll(id="history-list"):
                yield Static(history_text(self.rows, self.scale), id="history-body")
            yield Static("↑/↓ scroll · escape close", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one("#history-list").focus()

    def action_close(self) -> None:
        self.dismiss(None)
