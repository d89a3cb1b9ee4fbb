"""Ask for a file or folder of articles to add; the app ingests it in a worker."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class AddFilesScreen(ModalScreen[list[Path] | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="add.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="add-dialog", classes="dialog"):
            yield Static("Add articles: a file or a folder (.txt, .md, .html)", classes="dialog-title")
            yield Input(placeholder="path, e.g. seeds/", id="add-path")
            yield Static("enter add · escape cancel", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        path = Path(event.value.strip()).expanduser()
        if not event.value.strip() or not path.exists():
            self.notify(f"No such file or folder: {event.value.strip()}", severity="warning", markup=False)
            return
        self.dismiss([path])

    def action_cancel(self) -> None:
        self.dismiss(None)
