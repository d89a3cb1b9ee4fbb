"""Ask where to write the Markdown export: the default path shown and editable, enter writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from factcheck.errors import FactcheckError


class ExportScreen(ModalScreen[Path | None]):
    """``write(path)`` writes the export and returns the file written; an error keeps the dialog
    open with the path, so it can be corrected."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, default: Path, write: Callable[[Path], Path]) -> None:
        super().__init__()
        self.default = default
        self._write = write
        self._confirmed: Path | None = None  # a file that exists, after the reviewer was warned once

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static("Export the review as Markdown to:", classes="dialog-title")
            yield Input(str(self.default), id="export-path")
            yield Static("enter write · escape cancel · a folder gets the default file name",
                         classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def target(self, typed: str) -> Path:
        path = Path(typed.strip()).expanduser()
        if not typed.strip():
            raise FactcheckError("give a file name (or a folder) to write to")
        if path.is_dir():
            path = path / self.default.name
        if not path.parent.is_dir():
            raise FactcheckError(f"no such folder: {path.parent}")
        return path

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            path = self.target(event.value)
        except FactcheckError as exc:
            self.notify(str(exc), title="Not exported", severity="warning", markup=False)
            return
        if path.exists() and path != self._confirmed:
            self._confirmed = path
            self.notify(f"{path.name} exists: enter again replaces it", title="Replace?", severity="warning",
                        markup=False)
            return
        try:
            written = self._write(path)
        except (FactcheckError, OSError) as exc:
            self.notify(f"Export failed: {exc}", title="Not exported", severity="error", markup=False)
            return
        self.dismiss(written)

    def action_cancel(self) -> None:
        self.dismiss(None)
