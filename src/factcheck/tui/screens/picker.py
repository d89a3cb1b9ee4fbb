"""Choose which articles are shown side by side when there are more than fit."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection


class ArticlePicker(ModalScreen[list[int] | None]):
    BINDINGS = [
        Binding("enter", "done", "Show", id="picker.done", priority=True),
        Binding("escape", "cancel", "Cancel", id="picker.cancel"),
    ]

    def __init__(self, articles: dict[int, dict], shown: list[int]) -> None:
        super().__init__()
        self.articles = articles
        self.shown = set(shown)

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-dialog", classes="dialog"):
            yield Static("Articles to show side by side", classes="dialog-title")
            selections = []
            for article_id, a in self.articles.items():
                label = Text(f"[{a.get('lang') or 'und'}] ", style="cyan", end="")
                label.append(a.get("title") or a.get("file_name") or f"article {article_id}")
                label.append(f"  {a.get('date') or ''}", style="dim")
                selections.append(Selection(label, article_id, article_id in self.shown))
            yield SelectionList[int](*selections, id="picker-list")
            yield Static("space toggle · enter show · escape cancel", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_done(self) -> None:
        chosen = self.query_one(SelectionList).selected
        if not chosen:
            self.notify("Pick at least one article", severity="warning")
            return
        self.dismiss(sorted(chosen))

    def action_cancel(self) -> None:
        self.dismiss(None)
