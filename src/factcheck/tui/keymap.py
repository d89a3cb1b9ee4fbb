"""The config's [keys] table, checked before the workbench starts: an unknown binding id or a key
given to two actions of one screen is the user's error, said in one line (Textual would apply it
and silently drop one of the two bindings)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from factcheck.tui.bindings import MAIN_BINDINGS, check_keymap, normalize_keys
from factcheck.tui.widgets.article_view import ArticleView

# the main screen's keys: its own and those of the focused article view (page up/down...), which
# win over the screen's, so a clash between them loses the screen's binding
MAIN_KEYS = [*MAIN_BINDINGS, *ArticleView.BINDINGS]
MAIN_IDS = {b.id for b in MAIN_KEYS}
# keys the app itself takes on every screen (ctrl+q quits, ctrl+p opens the command palette)
APP_KEYS = [*(b for b in App.BINDINGS if isinstance(b, Binding)),
            Binding(App.COMMAND_PALETTE_BINDING, "command_palette", id="command_palette")]


def screen_bindings(all_screens: bool) -> dict[str, list[Binding]]:
    """Screen name -> the keys in force there: the main screen's, and with ``all_screens`` every
    dialog's too (found by looking through tui/screens, so a new dialog needs no list updated)."""
    screens: dict[str, list[Binding]] = {"main": MAIN_KEYS}
    if all_screens:
        import factcheck.tui.screens as package

        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, Screen) and cls.__module__ == module.__name__ and name != "MainScreen":
                    screens[name] = [b for b in cls.BINDINGS if isinstance(b, Binding)]
    return {name: [*APP_KEYS, *bindings] for name, bindings in screens.items()}


def checked_keymap(keys: dict[str, str]) -> dict[str, str]:
    """The config's keymap with Textual's key names ("?" -> "question_mark"), or FactcheckError.
    The dialogs' modules are imported only when the keymap names a binding outside the main screen."""
    keymap = {binding_id: normalize_keys(value) for binding_id, value in keys.items()}
    if keymap:
        check_keymap(keymap, screen_bindings(all_screens=not set(keymap) <= MAIN_IDS))
    return keymap
