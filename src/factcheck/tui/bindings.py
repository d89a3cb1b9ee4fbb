"""Every key of the main screen, each with an ``id`` so ``[keys]`` in the config can remap it.

The footer, the help screen and the command palette are all built from this one list.
"""

from __future__ import annotations

import difflib

from textual.binding import Binding

from factcheck.errors import FactcheckError

MAIN_BINDINGS: list[Binding] = [
    Binding("j,down", "claim(1)", "Next claim", id="claim.next"),
    Binding("k,up", "claim(-1)", "Previous claim", id="claim.prev", show=False),
    Binding("tab", "pane(1)", "Next pane", id="pane.next", show=False),
    Binding("shift+tab", "pane(-1)", "Previous pane", id="pane.prev", show=False),
    Binding("full_stop", "related(1)", "Next related statement", id="related.next", show=False),
    Binding("comma", "related(-1)", "Previous related statement", id="related.prev", show=False),
    Binding("enter", "jump_related", "Jump to selected related", id="related.jump", show=False),
    Binding("backspace", "jump_back", "Back from jump", id="related.back", show=False),
    # the footer shows the verdict keys as one entry ("1-8 Verdict", widgets/keybar.py): one
    # widget instead of eight
    Binding("1", "verdict(1)", "Verdict", id="verdict.1"),
    *[Binding(str(n), f"verdict({n})", f"Verdict {n}", id=f"verdict.{n}", show=False) for n in range(2, 10)],
    Binding("0", "verdict(0)", "Clear verdict", id="verdict.clear", show=False),
    Binding("n", "note", "Note", id="note.edit"),
    Binding("u,ctrl+z", "undo", "Undo", id="undo"),
    Binding("slash", "search", "Search", id="search"),
    Binding("f", "filter", "Filter", id="filter"),
    Binding("right_square_bracket", "unreviewed(1)", "Next unreviewed", id="unreviewed.next", show=False),
    Binding("left_square_bracket", "unreviewed(-1)", "Previous unreviewed", id="unreviewed.prev", show=False),
    Binding("h", "history", "History of this claim", id="history", show=False),
    Binding("d", "disputes", "Disputed claims: jump, settle", id="disputes", show=False),
    Binding("e", "export", "Export Markdown", id="export", show=False),
    Binding("a", "pick_articles", "Choose articles shown", id="articles.pick", show=False),
    Binding("plus", "add_files", "Add articles", id="articles.add", show=False),
    Binding("question_mark,f1", "help", "Help", id="help"),
    Binding("q", "app.quit", "Quit", id="quit"),
]


def keys_for(binding: Binding, keymap: dict[str, str]) -> list[str]:
    """The keys that trigger a binding once the user's keymap is applied."""
    keys = keymap.get(binding.id or "", binding.key)
    return [k.strip() for k in keys.split(",") if k.strip()]


def normalize_keys(keys: str) -> str:
    """"?,f1" -> "question_mark,f1": the names Textual matches key presses by."""
    try:
        return ",".join(b.key for b in Binding.make_bindings([Binding(keys, "")]))
    except Exception as exc:  # Textual's InvalidBinding: an empty key such as "j,"
        raise FactcheckError(f"cannot bind {keys!r}: {exc}") from None


def verdict_keys(count: int, keymap: dict[str, str], key_display) -> str:
    """How the footer and dialogs name the verdict keys of a ``count``-verdict scale: "1-3" while
    they are the digits, else each verdict's first key ("a/s/d") as the keymap has it."""
    bindings = [b for b in MAIN_BINDINGS if b.id in {f"verdict.{n}" for n in range(1, count + 1)}]
    if not any(b.id in keymap for b in bindings):
        return f"1-{count}" if count > 1 else "1"
    return "/".join(key_display(keys_for(b, keymap)[0]) for b in bindings)


def check_keymap(keymap: dict[str, str], screens: dict[str, list[Binding]]) -> None:
    """Refuse a keymap Textual would apply with a key silently lost: an unknown binding id, or one
    key bound to two actions of one screen (``screens``: screen name -> its bindings)."""
    known = {b.id for bindings in screens.values() for b in bindings if b.id}
    for binding_id in keymap:
        if binding_id not in known:
            close = difflib.get_close_matches(binding_id, sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else " (the help screen, ?, lists them)"
            raise FactcheckError(f"[keys]: unknown binding id {binding_id!r}{hint}")
    for bindings in screens.values():
        owner: dict[str, str] = {}
        for binding in bindings:
            name = binding.id or binding.action
            for key in keys_for(binding, keymap):
                other = owner.setdefault(key, name)
                # only a clash the keymap made is the user's (Textual's own screens share ctrl+c)
                if other != name and (binding.id in keymap or other in keymap):
                    raise FactcheckError(
                        f"[keys]: key {key!r} is bound to both {other} and {name}; give one of them another key"
                    )
