"""The help screen, built from the main screen's bindings as the keymap has them, plus a legend."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from factcheck.core.models import SPAN_KINDS
from factcheck.core.scale import Scale
from factcheck.tui.bindings import MAIN_BINDINGS, keys_for
from factcheck.tui.widgets.styles import kind_style, verdict_background, verdict_style


def help_text(scale: Scale, keymap: dict[str, str], key_display) -> Text:
    rows: list[tuple[str, str, str]] = []
    for binding in MAIN_BINDINGS:
        description = binding.description
        if binding.action.startswith("verdict(") and binding.action != "verdict(0)":
            number = int(binding.action[8:-1])
            if number > len(scale):
                continue
            description = f"Verdict: {scale.verdicts[number - 1].label}"
        keys = ", ".join(key_display(k) for k in keys_for(binding, keymap))
        rows.append((keys, description, binding.id or ""))
    rows.append(("ctrl+p", "Command palette: every action by name", ""))
    width = max(len(k) for k, _, _ in rows) + 2
    described = max(len(d) for _, d, _ in rows) + 2
    text = Text(end="")
    text.append("Keys", style="bold underline")
    text.append("   (escape closes this help)\n", style="dim")
    for keys, description, binding_id in rows:
        text.append(keys.ljust(width), style="bold #ffcc00")
        text.append(description.ljust(described))
        text.append(binding_id + "\n", style="dim")
    text.append("\nHighlights\n", style="bold underline")
    for kind in SPAN_KINDS:
        text.append(kind, style=kind_style(kind))
        text.append("  ")
    text.append("\n")
    text.append("▶", style="bold #ffcc00")
    text.append(" current claim    ")
    text.append("▌", style="#2e9e44")
    text.append(" reviewed (tinted with its verdict colour)\n")
    text.append("\nVerdicts\n", style="bold underline")
    for number, verdict in enumerate(scale, 1):
        text.append(f"{number} ")
        text.append(f" {verdict.label} ", style=verdict_style(verdict.color) + verdict_background(verdict.color))
        text.append("  ")
    text.append("\n\nKeys can be changed in the config file's [keys] table (binding id = keys).", style="dim")
    return text


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="help.close"),
    ]

    def __init__(self, scale: Scale) -> None:
        super().__init__()
        self.scale = scale

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Static(help_text(self.scale, self.app.keymap, self._display), id="help-body")

    def _display(self, key: str) -> str:
        return self.app.get_key_display(Binding(key, ""))

    def action_close(self) -> None:
        self.dismiss(None)
