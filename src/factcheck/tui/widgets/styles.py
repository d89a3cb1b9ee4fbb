"""Colours shared by the panes, the related panel and the help screen's legend."""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color as RichColor
from rich.style import Style
from textual.color import Color

GUTTER = "  "  # marker column + a space before the text

KIND_STYLES: dict[str, Style] = {
    "money": Style(color="#4fd6be", bold=True),
    "percent": Style(color="#e39ff6", bold=True),
    "number": Style(color="#b4d88b", bold=True),
    "date": Style(color="#ffd866", bold=True),
    "attribution": Style(color="#ff9e64", italic=True, underline=True),
    "entity": Style(color="#7dcfff"),
    "comparison": Style(color="#f7768e", italic=True),
}

CURRENT_STYLE = Style(bgcolor="#34406b")
MARKER_STYLE = Style(color="#ffcc00", bold=True)
IDLE_CURRENT_STYLE = Style(bgcolor="#2a2f3d")  # the cursor of a pane without focus
IDLE_MARKER_STYLE = Style(color="#8a8a8a")
CONFLICT_STYLE = Style(color="#ffffff", bgcolor="#c62828", bold=True)
CONSISTENT_STYLE = Style(color="#000000", bgcolor="#66bb6a", bold=True)
DIFFERS_STYLE = Style(color="#000000", bgcolor="#f4c20d", bold=True)  # amber: look, but no alarm
NOT_COMPARED_STYLE = Style(color="#8a8a8a", italic=True)


def kind_style(kind: str) -> Style:
    return KIND_STYLES.get(kind, Style(bold=True))


@lru_cache(maxsize=64)
def verdict_background(color: str) -> Style:
    """A dark tint of the verdict's colour, readable under light text."""
    try:
        tint = Color.parse(color).blend(Color.parse("#1e1e1e"), 0.72)
    except Exception:  # a config colour Textual cannot parse: still mark the claim
        return Style(underline=True)
    return Style(bgcolor=RichColor.from_rgb(tint.r, tint.g, tint.b))


@lru_cache(maxsize=64)
def verdict_style(color: str) -> Style:
    try:
        Color.parse(color)
    except Exception:
        return Style(bold=True)
    return Style(color=color, bold=True)
