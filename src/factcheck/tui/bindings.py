"""Every key of the main screen, each with an ``id`` so ``[keys]`` in the config can remap it.

The footer, the help screen and the command palette are all built from this one list.
"""

from __future__ import annotations

from textual.binding import Binding

MAIN_BINDINGS: list[Binding] = [
    Binding("j,down", "claim(1)", "Next claim", id="claim.next"),
    Binding("k,up", "claim(-1)", "Previous claim", id="claim.prev", show=False),
    Binding("tab", "pane(1)", "Next pane", id="pane.next", show=False),
    Binding("shift+tab", "pane(-1)", "Previous pane", id="pane.prev", show=False),
    Binding("full_stop", "related(1)", "Next related statement", id="related.next", show=False),
    Binding("comma", "related(-1)", "Previous related statement", id="related.prev", show=False),
    Binding("enter", "jump_related", "Jump to selected related", id="related.jump", show=False),
    Binding("backspace", "jump_back", "Back from jump", id="related.back", show=False),
    # the footer shows the verdict keys as one entry ("1-8 Verdict"): one widget instead of eight
    Binding("1", "verdict(1)", "Verdict", id="verdict.1", key_display="1-8"),
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
