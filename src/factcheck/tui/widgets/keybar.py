"""The footer: the main screen's shown bindings, as the keymap has them, in one line of text.

One Static instead of Textual's Footer, which rebuilds a widget per key on every focus change; this
one is drawn once (and again when the keymap changes) and keeps the start-up fast.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import Static

from factcheck.tui.bindings import MAIN_BINDINGS, keys_for, verdict_keys

KEY_STYLE = "bold #ffcc00"
SHORT = {"claim.next": "Next"}  # footer labels where the help screen's wording is too long


class KeyBar(Static):
    def on_mount(self) -> None:
        self.show_keys()

    def on_resize(self) -> None:
        self.show_keys()

    def show_keys(self) -> None:
        app = self.app
        text = Text(" ", no_wrap=True, overflow="ellipsis", end="")
        gap = "   " if self.app.size.width >= 100 else " "  # roomier when the terminal allows
        for binding in MAIN_BINDINGS:
            if not binding.show:
                continue
            if binding.id == "verdict.1":  # one entry for all verdict keys: "1-3" on a 3-verdict scale
                keys = verdict_keys(len(app.session.scale), app.keymap, self._display)
            else:  # the first key, as the keymap has it
                keys = self._display(keys_for(binding, app.keymap)[0])
            text.append(keys, style=KEY_STYLE)
            text.append(f" {SHORT.get(binding.id, binding.description)}{gap}")
        palette = app.get_key_display(Binding(app.COMMAND_PALETTE_BINDING, ""))
        text.append(palette, style=KEY_STYLE)
        text.append(" Palette")
        self.update(text, layout=False)

    def _display(self, key: str) -> str:
        return self.app.get_key_display(Binding(key, ""))
