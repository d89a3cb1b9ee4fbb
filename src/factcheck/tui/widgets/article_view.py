"""An article's text, wrapped once and drawn line by line (Textual's Line API).

Only the lines on screen are rendered, and a key press re-renders only the lines of the claims it
touched, so a 2,000-sentence article scrolls and reacts as fast as a short one. The text is always
shown literally: it goes into ``rich.text.Text`` as plain characters, never through markup.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from factcheck.tui.widgets.styles import (
    CURRENT_STYLE,
    GUTTER,
    IDLE_CURRENT_STYLE,
    IDLE_MARKER_STYLE,
    MARKER_STYLE,
    kind_style,
    verdict_background,
)

_TOKEN = re.compile(r"\S+|\s+")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Wrap ``text`` to ``width`` cells as (start, end) offsets into it: words stay whole unless
    longer than a line, every newline starts a new line, and an empty paragraph is an empty line."""
    width = max(width, 4)
    lines: list[tuple[int, int]] = []
    position = 0
    for paragraph in text.split("\n"):
        start = line_start = position
        position += len(paragraph) + 1
        if not paragraph:
            lines.append((start, start))
            continue
        used = 0
        for token in _TOKEN.finditer(paragraph):
            tok_start, tok = start + token.start(), token.group()
            if tok.isspace():
                used += cell_len(tok)
                continue
            size = cell_len(tok)
            if used and used + size > width:
                lines.append((line_start, tok_start))
                line_start, used = tok_start, 0
            while size > width:  # a word longer than a line: cut it
                cut = _cut(tok, width)
                lines.append((tok_start, tok_start + cut))
                tok_start, tok = tok_start + cut, tok[cut:]
                line_start, size = tok_start, cell_len(tok)
            used += size
        lines.append((line_start, start + len(paragraph)))
    return lines


def _cut(word: str, width: int) -> int:
    used = 0
    for i, char in enumerate(word):
        used += cell_len(char)
        if used > width:
            return max(i, 1)
    return len(word)


@dataclass(slots=True)
class Mark:
    """A check-worthy claim as the view draws it."""

    id: int
    start: int
    end: int
    spans: list[tuple[str, int, int]]
    color: str | None = None  # the verdict's colour once set


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """The text of one article with its claims highlighted; ``current`` is the claim under review."""

    BINDINGS = [
        Binding("pageup", "page_up", "Page up", show=False, id="view.page_up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="view.page_down"),
        Binding("home", "scroll_home", "Top", show=False, id="view.top"),
        Binding("end", "scroll_end", "Bottom", show=False, id="view.bottom"),
    ]

    DEFAULT_CSS = """
    ArticleView { overflow-x: hidden; overflow-y: scroll; scrollbar-size-vertical: 1; }
    """

    class ClaimClicked(Message):
        """The reviewer clicked a claim's text (or its marker): the screen makes it the current one."""

        def __init__(self, view: ArticleView, claim_id: int) -> None:
            super().__init__()
            self.view, self.claim_id = view, claim_id

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(self, text: str = "", marks: list[Mark] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = text
        self.current: int | None = None
        self._cache: dict[int, Strip] = {}
        self.set_marks(marks or [])
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._width = 0
        self._sized = False  # virtual_size and the scroll position follow the wrap (on_resize ran)
        self._early: tuple[int, int] = (0, 0)  # (width, first line drawn) before on_resize ran

    # -- content ---------------------------------------------------------------------------------
    def set_article(self, text: str, marks: list[Mark], current: int | None) -> None:
        self.text = text
        self.current = current
        self.set_marks(marks)
        self._width, self._sized, self._early = 0, False, (0, 0)  # rewrap
        self._rewrap()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def set_marks(self, marks: list[Mark]) -> None:
        self.marks = sorted(marks, key=lambda m: m.start)
        self._mark_starts = [m.start for m in self.marks]
        self._by_id = {m.id: m for m in self.marks}
        self._cache.clear()  # lines drawn with the old marks
        self.refresh()

    def update_mark(self, claim_id: int, color: str | None) -> None:
        mark = self._by_id.get(claim_id)
        if mark is not None and mark.color != color:
            mark.color = color
            self._invalidate(claim_id)

    def set_current(self, claim_id: int | None) -> None:
        if claim_id == self.current:
            return
        previous, self.current = self.current, claim_id
        self._early = (0, 0)  # (where it is drawn before on_resize depends on the claim)
        self._invalidate(previous)
        self._invalidate(claim_id)
        self.scroll_to_claim(claim_id)

    def scroll_to_claim(self, claim_id: int | None) -> None:
        """Keep the claim on screen, a little below the top when it has to move."""
        top = self._top_for(claim_id)
        if top is not None:
            self.scroll_to(y=top, animate=False, immediate=True)

    def _top_for(self, claim_id: int | None) -> int | None:
        """The line to scroll to so the claim is on screen, a little below the top; None when it
        is on screen already (or not in this article)."""
        lines = self.claim_lines(claim_id)
        height = self.scrollable_content_region.height
        if lines is None or height <= 0:
            return None
        first, last = lines
        top = round(self.scroll_y)
        if first >= top and last < top + height:
            return None
        return max(0, first - max(0, min(height // 4, height - (last - first + 1))))

    def claim_lines(self, claim_id: int | None) -> tuple[int, int] | None:
        mark = self._by_id.get(claim_id) if claim_id is not None else None
        if mark is None or not self._lines:
            return None
        first = max(0, bisect_right(self._line_starts, mark.start) - 1)
        last = max(first, bisect_right(self._line_starts, max(mark.start, mark.end - 1)) - 1)
        return first, last

    def _invalidate(self, claim_id: int | None) -> None:
        lines = self.claim_lines(claim_id)
        if lines is None:
            return
        first, last = lines
        for y in range(first, last + 1):
            self._cache.pop(y, None)
        top = round(self.scroll_y)
        self.refresh_lines(first - top, last - first + 1)

    def claim_at(self, x: int, y: int) -> int | None:
        """The claim drawn at this cell of the view (the gutter: the claim its marker belongs to)."""
        index = round(self.scroll_y) + y
        if not self._sized or not 0 <= index < len(self._lines):
            return None
        start, end = self._lines[index]
        offset, used = start, 0
        column = max(0, x - len(GUTTER))
        while offset < end and used + cell_len(self.text[offset]) <= column:
            used += cell_len(self.text[offset])
            offset += 1
        i = bisect_right(self._mark_starts, offset) - 1
        if i >= 0 and self.marks[i].end > offset:
            return self.marks[i].id
        return None

    def on_click(self, event: events.Click) -> None:
        claim_id = self.claim_at(event.x, event.y)
        if claim_id is not None:
            self.post_message(self.ClaimClicked(self, claim_id))

    def on_focus(self) -> None:
        self._invalidate(self.current)

    def on_blur(self) -> None:
        self._invalidate(self.current)

    # -- layout ----------------------------------------------------------------------------------
    def on_resize(self) -> None:
        self._rewrap()

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width - len(GUTTER)
        if width <= 0 or (width == self._width and self._sized):
            return
        self._wrap(width)
        self.virtual_size = Size(width + len(GUTTER), len(self._lines))
        self._sized = True
        self.scroll_to_claim(self.current)
        self.refresh()

    def _wrap(self, width: int) -> None:
        if width != self._width:
            self._width = width
            self._lines = wrap_offsets(self.text, width)
            self._line_starts = [start for start, _ in self._lines]
            self._cache.clear()

    def _top_before_resize(self, width: int) -> int:
        """The first line to draw at this width before ``on_resize`` has run. Textual draws the
        first frame after the panes are laid out before their resize events are handled: the text
        is wrapped for it here (else the first screen had empty panes, and the text came a frame or
        two later: ~40 ms at start-up), from where ``on_resize`` will scroll to, so that the next
        frame shows the same lines. (Worked out once per width.)"""
        if self._early[0] != width:
            self._wrap(width)
            top = self._top_for(self.current)
            if top is None:
                top = round(self.scroll_y)
            else:  # as far as scroll_to would go once the virtual size is set
                top = min(top, max(0, len(self._lines) - (self.container_size.height - self.scrollbar_size_horizontal)))
            self._early = (width, top)
        return self._early[1]

    # -- drawing ---------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if self._sized:
            index = round(self.scroll_y) + y
        elif width > len(GUTTER):
            index = self._top_before_resize(width - len(GUTTER)) + y
        else:
            return Strip.blank(width, self.rich_style)
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._cache[index] = self._render_text_line(index, base)
        return strip.crop_extend(0, width, base).apply_offsets(0, index)

    def _render_text_line(self, index: int, base: Style) -> Strip:
        start, end = self._lines[index]
        text = Text(self.text[start:end], style=base, no_wrap=True, end="")
        marker, marker_style = " ", base
        lo = max(0, bisect_right(self._mark_starts, start) - 1)
        hi = bisect_left(self._mark_starts, end)
        for mark in self.marks[lo : hi + 1]:
            if mark.end <= start or mark.start >= end:
                continue
            a, b = max(mark.start, start) - start, min(mark.end, end) - start
            if mark.color:
                text.stylize(verdict_background(mark.color), a, b)
                if marker == " ":
                    marker, marker_style = "▌", base + Style(color=mark.color)
            for kind, s, e in mark.spans:
                if e > start and s < end:
                    text.stylize(kind_style(kind), max(s, start) - start, min(e, end) - start)
            if mark.id == self.current:
                focused = self.has_focus
                text.stylize(CURRENT_STYLE if focused else IDLE_CURRENT_STYLE, a, b)
                marker = "▶" if mark.start >= start else "┃"
                marker_style = base + (MARKER_STYLE if focused else IDLE_MARKER_STYLE)
        gutter = Text(marker + GUTTER[1:], style=marker_style, end="")
        line = Text.assemble(gutter, text, end="")
        console = self.app.console
        segments = list(line.render(console))
        return Strip(Segment.simplify(segments))
