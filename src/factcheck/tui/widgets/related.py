"""The related statements for the current claim: the matcher's results, best first.

Each is a row of a grid: on the left its rank, score and consistency badge; on the right the other
article (one line), the statement, and the evidence, wrapped under each other. One row is selected
(the best one until the reviewer moves the selection): marked like the current claim in the panes,
it is the statement ``enter`` jumps to.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text
from textual import events
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.message import Message
from textual.widgets import Static

from factcheck.tui.widgets.styles import (
    CONFLICT_STYLE,
    CONSISTENT_STYLE,
    CURRENT_STYLE,
    DIFFERS_STYLE,
    GUTTER,
    MARKER_STYLE,
    NOT_COMPARED_STYLE,
)

# One per consistency value (core/consistency.py), at most 12 cells: the width of the left column.
BADGES = {
    "conflict": (" CONFLICT ", CONFLICT_STYLE),
    "differs-slightly": (" DIFFERS ", DIFFERS_STYLE),
    "consistent": (" CONSISTENT ", CONSISTENT_STYLE),
    "not-compared": ("not compared", NOT_COMPARED_STYLE),
}
Row = tuple[Text, list[Text]]


def related_rows(matches: list[dict], articles: dict[int, dict]) -> list[Row]:
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


class RelatedRows:
    """The rows stacked at the width they are given, the selected one behind a ``▶``/``┃`` gutter
    on the current-claim background; remembers the lines each row took (``spans``) as drawn."""

    def __init__(self, rows: list[Row], selected: int) -> None:
        self.rows = rows
        self.selected = selected
        self.spans: list[tuple[int, int]] = []  # (first line, height) of every row

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(options.max_width - len(GUTTER), 8)
        spans, top = [], 0
        for index, (left, lines) in enumerate(self.rows):
            chosen = index == self.selected
            grid = Table.grid(padding=(0, 1, 0, 0), expand=True)
            grid.add_column(width=12, no_wrap=True)
            grid.add_column(ratio=1)
            grid.add_row(left, Group(*lines), style=CURRENT_STYLE if chosen else None)
            rendered = console.render_lines(grid, options.update(width=width, height=None), pad=True)
            for n, line in enumerate(rendered):
                if chosen:
                    yield Segment("▶" if n == 0 else "┃", MARKER_STYLE + CURRENT_STYLE)
                    yield Segment(GUTTER[1:], CURRENT_STYLE)
                else:
                    yield Segment(GUTTER)
                yield from line
                yield Segment.line()
            spans.append((top, len(rendered)))
            top += len(rendered)
        self.spans = spans


class RelatedPanel(VerticalScroll, can_focus=False):
    """Scrolls when the matches do not fit; updated once per claim change, and when the selection
    moves (which scrolls the selected statement into view). A click on a statement selects it and
    asks to jump there (``Jump``), as enter does."""

    class Jump(Message):
        def __init__(self, panel: RelatedPanel, claim_id: int) -> None:
            super().__init__()
            self.panel, self.claim_id = panel, claim_id

        @property
        def control(self) -> RelatedPanel:
            return self.panel

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.body = Static(id="related-body")
        self.border_title = "Related statements"
        self.plain = ""  # what the panel says, as plain text (for tests and copying)
        self.matches: list[dict] = []
        self.selected = 0
        self._rows: list[Row] = []
        self._drawn: RelatedRows | None = None

    def compose(self):
        yield self.body

    def waiting(self) -> None:
        self._say(Text("Looking for related statements…", style="dim italic", end=""))

    def _say(self, text: Text) -> None:
        self.plain = text.plain
        self.matches, self.selected, self._rows, self._drawn = [], 0, [], None
        self.body.update(text)

    def show(self, matches: list[dict], articles: dict[int, dict]) -> None:
        self.border_title = f"Related statements ({len(matches)})" if matches else "Related statements"
        if not matches:
            self._say(Text("No related statements in the other articles.", style="dim", end=""))
        else:
            self.matches, self.selected = matches, 0
            self._rows = related_rows(matches, articles)
            self.plain = "\n".join(left.plain + "".join("\n" + t.plain for t in lines) for left, lines in self._rows)
            self._draw()
        self.scroll_home(animate=False)

    @property
    def selected_match(self) -> dict | None:
        return self.matches[self.selected] if self.matches else None

    def move(self, step: int) -> bool:
        """Select the next (``step`` 1) or previous (-1) statement; False at either end."""
        index = self.selected + step
        if not 0 <= index < len(self.matches):
            return False
        self.selected = index
        self._draw()
        self.call_after_refresh(self.scroll_to_selected)
        return True

    def select_claim(self, claim_id: int) -> bool:
        """Select the statement of this claim, if it is listed."""
        index = next((i for i, m in enumerate(self.matches) if m["claim_id"] == claim_id), None)
        return index is not None and (index == self.selected or self.move(index - self.selected))

    def _draw(self) -> None:
        self._drawn = RelatedRows(self._rows, self.selected)
        self.body.update(self._drawn)

    def row_region(self, index: int) -> Region | None:
        """Where a row is on screen (as drawn last; None before it was)."""
        spans = self._drawn.spans if self._drawn else []
        if not 0 <= index < len(spans):
            return None
        top, height = spans[index]
        body = self.body.content_region
        return Region(body.x, body.y + top, body.width, height)

    def on_click(self, event: events.Click) -> None:
        spans = self._drawn.spans if self._drawn else []
        for index in range(len(spans)):
            region = self.row_region(index)
            if region is not None and region.contains(event.screen_x, event.screen_y):
                if index != self.selected:
                    self.move(index - self.selected)
                self.post_message(self.Jump(self, self.matches[index]["claim_id"]))
                return

    def scroll_to_selected(self) -> None:
        spans = self._drawn.spans if self._drawn else []
        if self.selected < len(spans):
            top, height = spans[self.selected]
            shown = min(height, self.scrollable_content_region.height)  # a tall row: its top
            self.scroll_to_region(Region(0, top, 1, shown), animate=False, immediate=True)
