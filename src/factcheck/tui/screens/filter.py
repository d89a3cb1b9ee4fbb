"""Which claims j/k visit: all, unreviewed, one verdict, one kind, or those in conflict."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from factcheck.core.models import SPAN_KINDS
from factcheck.tui.session import Filter, Session


class FilterScreen(ModalScreen[Filter | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="filter.cancel")]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.choices: dict[str, Filter] = {"all": Filter(), "unreviewed": Filter(unreviewed=True),
                                           "conflicts": Filter(conflicts=True)}
        for verdict in session.scale:
            self.choices[f"verdict:{verdict.key}"] = Filter(verdict=verdict.key)
        for kind in SPAN_KINDS:
            self.choices[f"kind:{kind}"] = Filter(kind=kind)

    def compose(self) -> ComposeResult:
        with Vertical(id="filter-dialog", classes="dialog"):
            yield Static("Show only…", classes="dialog-title")
            labels = {"all": "All check-worthy claims", "unreviewed": "Unreviewed",
                      "conflicts": "With a conflicting related statement"}
            options = []
            for key in self.choices:
                if key in labels:
                    label = labels[key]
                elif key.startswith("verdict:"):
                    label = f"Verdict: {self.session.scale.get(key[8:]).label}"
                else:
                    label = f"Kind: {key[5:]}"
                options.append(Option(label, id=key))
            yield OptionList(*options, id="filter-options")
            yield Static("enter choose · escape cancel", classes="dialog-help")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        current = next((k for k, f in self.choices.items() if f == self.session.filter), "all")
        options.highlighted = list(self.choices).index(current)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option.id])

    def action_cancel(self) -> None:
        self.dismiss(None)
