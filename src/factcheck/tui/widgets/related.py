"""The related statements for the current claim: the matcher's results, best first.

Each is a row of a grid: on the left its rank, score and consistency badge; on the right the other
article (one line), the statement, and the evidence, wrapped under each other.
"""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from factcheck.tui.widgets.styles import CONFLICT_STYLE, CONSISTENT_STYLE

BADGES = {"conflict": (" CONFLICT ", CONFLICT_STYLE), "consistent": (" CONSISTENT ", CONSISTENT_STYLE)}


def related_rows(matches: list[dict], articles: dict[int, dict]) -> list[tuple[Text, list[Text]]]:
    rows = []
    for rank, match in enumerate(matches, 1):
        left = Text(end="")
        left.append(f"{rank} ", style="dim")
        left.append(f"{match.get('score', 0):.2f}", style="bold")
        badge = BADGES.get(match.get("consistency") or "")
        if badge:
            left.append("\n")
            left.append(*badge)
        article = match.get("article") or articles.get(match.get("article_id"), {})
        title = article.get("title") or article.get("file") or article.get("file_name") or ""
        head = Text(no_wrap=True, overflow="ellipsis")  # (end="\n": a Group stacks lines)
        head.append(f"[{match.get('lang') or '?'}] ", style="cyan")
        head.append(title, style="italic")
        # the statement before the evidence: at 24 rows the panel shows about four lines, and the
        # evidence (currency conversions and all) can fill them before the statement is reached
        lines = [head, Text(" ".join(str(match.get("text", "")).split()))]
        evidence = match.get("evidence") or []
        if evidence:
            lines.append(Text("≈ " + "; ".join(map(str, evidence)), style="#9aa5ce"))
        rows.append((left, lines))
    return rows


class RelatedPanel(VerticalScroll, can_focus=False):
    """Scrolls when the matches do not fit; updated once per claim change."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.body = Static(id="related-body")
        self.border_title = "Related statements"
        self.plain = ""  # what the panel says, as plain text (for tests and copying)

    def compose(self):
        yield self.body

    def waiting(self) -> None:
        self._say(Text("Looking for related statements…", style="dim italic", end=""))

    def _say(self, text: Text) -> None:
        self.plain = text.plain
        self.body.update(text)

    def show(self, matches: list[dict], articles: dict[int, dict]) -> None:
        self.border_title = f"Related statements ({len(matches)})" if matches else "Related statements"
        if not matches:
            self._say(Text("No related statements in the other articles.", style="dim", end=""))
        else:
            grid = Table.grid(padding=(0, 1, 0, 0), expand=True)
            grid.add_column(width=12, no_wrap=True)
            grid.add_column(ratio=1)
            rows = related_rows(matches, articles)
            for left, lines in rows:
                grid.add_row(left, Group(*lines))
            self.plain = "\n".join(left.plain + "".join("\n" + t.plain for t in lines) for left, lines in rows)
            self.body.update(grid)
        self.scroll_home(animate=False)
