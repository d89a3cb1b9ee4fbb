"""Disputed claims (reviewers' verdicts differ, e.g. after a merge): jump to one, or settle the
highlighted one with a verdict key. The keys are the main screen's verdict bindings (same ids), so a
remapped verdict key settles with the same key."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from factcheck.errors import FactcheckError
from factcheck.store.disputes import list_disputes, settle
from factcheck.tui.bindings import MAIN_BINDINGS, verdict_keys
from factcheck.tui.session import Session
from factcheck.tui.widgets.styles import verdict_style

SETTLE_BINDINGS = [
    Binding(b.key, b.action.replace("verdict(", "settle("), b.description, show=False, id=b.id)
    for b in MAIN_BINDINGS
    if b.action.startswith("verdict(") and b.action != "verdict(0)"
]


class DisputesScreen(ModalScreen[int | None]):
    BINDINGS = [Binding("escape,d", "cancel", "Close", id="disputes.close"), *SETTLE_BINDINGS]

    def __init__(self, session: Session, on_settled: Callable[[int], None]) -> None:
        super().__init__()
        self.session = session
        self.on_settled = on_settled
        self.disputes = list_disputes(session.store)

    def compose(self) -> ComposeResult:
        with Vertical(id="disputes-dialog", classes="dialog"):
            yield Static(self._title(), classes="dialog-title", id="disputes-title")
            yield OptionList(*self._options(), id="disputes-list")
            keys = verdict_keys(len(self.session.scale), self.app.keymap,
                                lambda key: self.app.get_key_display(Binding(key, "")))
            yield Static(f"enter go to claim · {keys} settle with that verdict · escape close",
                         classes="dialog-help", id="disputes-help")

    def _title(self) -> str:
        n = len(self.disputes)
        return f"Disputed claims: {n} open" if n else "Disputed claims: none open"

    def _options(self) -> list[Option]:
        if not self.disputes:
            return [Option(Text("No open disputes (they come from merges, shared stores and verdicts set elsewhere).",
                                style="dim"),
                           disabled=True)]
        return [Option(self._label(d), id=str(d["claim_id"])) for d in self.disputes]

    def _label(self, dispute: dict) -> Text:
        scale = self.session.scale
        label = Text(end="")  # (a style given to Text() would be the whole label's)
        label.append(f"#{dispute['claim_id']} ", style="bold")
        for i, (who, key) in enumerate(sorted(dispute["verdicts"].items())):
            label.append(", " if i else "")
            label.append(f"{who}: ")
            verdict = scale.get(key)
            label.append(verdict.label if verdict else (key or "none"),
                         style=verdict_style(verdict.color) if verdict else "bold")
        label.append("\n   " + " ".join(dispute["claim_text"].split()))
        return label

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self.disputes:
            options.highlighted = 0
        options.focus()

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "settle" and parameters and parameters[0] > len(self.session.scale):
            return False
        return True

    def highlighted(self) -> dict | None:
        index = self.query_one(OptionList).highlighted
        return self.disputes[index] if self.disputes and index is not None else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(int(event.option.id))

    async def action_settle(self, number: int) -> None:
        dispute = self.highlighted()
        if dispute is None:
            return
        store = self.session.store
        if store.read_only:
            self.notify(store.read_only_message(), title="Read-only", severity="error", markup=False)
            return
        verdict = self.session.scale.verdicts[number - 1]
        claim_id = dispute["claim_id"]
        try:
            settle(store, claim_id, verdict.key, self.session.reviewer)  # committed when it returns
        except FactcheckError as exc:  # e.g. settled from another shell meanwhile
            self.notify(str(exc), title="Not settled", severity="error", markup=False)
            return
        self.on_settled(claim_id)
        self.notify(f"Claim #{claim_id} settled as {verdict.label}", timeout=3, markup=False)
        options = self.query_one(OptionList)
        index = options.highlighted or 0
        self.disputes = list_disputes(store)
        options.clear_options()
        options.add_options(self._options())
        if self.disputes:
            options.highlighted = min(index, len(self.disputes) - 1)
        self.query_one("#disputes-title", Static).update(self._title())

    def action_cancel(self) -> None:
        self.dismiss(None)
