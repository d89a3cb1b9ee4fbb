"""The config's [keys] table, checked before the workbench starts: an unknown binding id or a key
given to two actions of one screen is the user's error, said in one line (Textual would apply it
and silently drop one of the two bindings)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.binding import Binding
from textual.screen import Screen

from factcheck.tui.bindings import MAIN_BINDINGS, check_keymap, normalize_keys

MAIN_IDS = {b.id for b in MAIN_BINDINGS}


def screen_bindings(all_screens: bool) -> dict[str, list[Binding]]:
    """Screen name -> its bindings: the main screen's, and with ``all_screens`` every dialog's too
    (found by looking through tui/screens, so a new dialog is checked without a list to update)."""
    screens: dict[str, list[Binding]] = {"main": MAIN_BINDINGS}
    if not all_screens:
        return screens
    import factcheck.tui.screens as package

    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Screen) and cls.__module__ == module.__name__ and name != "MainScreen":
                screens[name] = [b for b in cls.BINDINGS if isinstance(b, Binding)]
    return screens


def checked_keymap(keys: dict[str, str]) -> dict[str, str]:
    """The config's keymap with Textual's key names ("?" -> "question_mark"), or FactcheckError.
    The dialogs' modules are imported only when the keymap names a binding outside the main screen."""
    keymap = {binding_id: normalize_keys(value) for binding_id, value in keys.items()}
    if keymap:
        check_keymap(keymap, screen_bindings(all_screens=not set(keymap) <= MAIN_IDS))
    return keymap
