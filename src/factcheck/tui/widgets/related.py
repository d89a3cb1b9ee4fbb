"""The related statements for the current claim: the matcher's results, best first."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from factcheck.tui.widgets.styles import CONFLICT_STYLE, CONSISTENT_STYLE


def related_text(matches: list[dict], articles: dict[int, dict]) -> Text:
    if not matches:
        return Text("No related statements in the other articles.", style="dim", end="")
    parts: list[Text] = []
    for rank, match in enumerate(matches, 1):
        line = Text(end="")
        line.append(f"{rank:>2} ", style="dim")
        line.append(f"{match.get('score', 0):.2f} ", style="bold")
        consistency = match.get("consistency")
        if consistency == "conflict":
            line.append(" CONFLICT ", style=CONFLICT_STYLE)
            line.append(" ")
        elif consistency == "consistent":
            line.append(" CONSISTENT ", style=CONSISTENT_STYLE)
            line.append(" ")
        article = match.get("article") or articles.get(match.get("article_id"), {})
        title = article.get("title") or article.get("file") or article.get("file_name") or ""
        line.append(f"[{match.get('lang') or '?'}] ", style="cyan")
        line.append(title, style="italic")
        parts.append(line)
        parts.append(Text("     " + " ".join(str(match.get("text", "")).split()), end=""))
        evidence = match.get("evidence") or []
        if evidence:
            parts.append(Text("     ≈ " + "; ".join(map(str, evidence)), style="#9aa5ce", end=""))
    return Text("\n", end="").join(parts)


class RelatedPanel(VerticalScroll, can_focus=False):
    """Scrolls when the matches do not fit; updated once per claim change."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.body = Static(id="related-body")
        self.border_title = "Related statements"

    def compose(self):
        yield self.body

    def waiting(self) -> None:
        self.body.update(Text("Looking for related statements…", style="dim italic", end=""))

    def show(self, matches: list[dict], articles: dict[int, dict]) -> None:
        self.border_title = f"Related statements ({len(matches)})" if matches else "Related statements"
        self.body.update(related_text(matches, articles))
        self.scroll_home(animate=False)
