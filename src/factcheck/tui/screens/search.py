"""Full-text search over the claims: type, then pick a result with ↑/↓ and enter."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from factcheck.tui.session import Session


class SearchScreen(ModalScreen[int | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="search.cancel"),
        Binding("down", "results", "Results", show=False, id="search.results"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        with Vertical(id="search-dialog", classes="dialog"):
            yield Static("Search claims (words match as prefixes)", classes="dialog-title")
            yield Input(placeholder="e.g. microsoft 20", id="search-input")
            yield OptionList(id="search-results")
            yield Static("enter open · ↓ results · escape cancel", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        results = self.query_one(OptionList)
        results.clear_options()
        if not event.value.strip():
            return
        claims = self.session.search(event.value)
        titles = {aid: (a.get("title") or a.get("file_name") or "") for aid, a in self.session.articles.items()}
        options = []
        for claim in claims:
            label = Text(end="")  # (a style given to Text() would be the whole label's)
            label.append(f"#{claim.id} ", style="bold")
            title = titles.get(claim.article_id, "")
            title = title if len(title) <= 30 else title[:29].rstrip() + "…"
            label.append(f"[{claim.lang}] {title}: ", style="cyan")
            label.append(" ".join(claim.text.split()))
            options.append(Option(label, id=str(claim.id)))
        results.add_options(options or [Option(Text("no claim matches", style="dim"), disabled=True)])
        if options:
            results.highlighted = 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        results = self.query_one(OptionList)
        if results.highlighted is not None:
            option = results.get_option_at_index(results.highlighted)
            if option.id is not None:
                self.dismiss(int(option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(int(event.option.id))

    def action_results(self) -> None:
        self.query_one(OptionList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
