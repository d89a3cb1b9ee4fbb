"""One article: a two-line header (title; language, date, progress) over its highlighted text."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from factcheck.tui.widgets.article_view import ArticleView, Mark


class ArticlePane(Vertical):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article_id: int | None = None
        self.claim_id: int | None = None
        self.header = Static(classes="pane-header")
        self.view = ArticleView(classes="pane-text")

    def compose(self) -> ComposeResult:
        yield self.header
        yield self.view

    def show(self, article: dict, text: str, marks: list[Mark], claim_id: int | None) -> None:
        self.article_id = article["id"]
        self.claim_id = claim_id
        self.view.set_article(text, marks, claim_id)

    def set_header(self, article: dict, reviewed: int, total: int) -> None:
        title = article.get("title") or article.get("file_name") or f"article {article['id']}"
        line1 = Text(title, style="bold", no_wrap=True, overflow="ellipsis", end="")
        details = [article.get("lang") or "und", article.get("date") or "no date"]
        line2 = Text(" · ".join(details) + f" · {reviewed}/{total} reviewed", no_wrap=True,
                     overflow="ellipsis", end="")
        self.header.update(Text("\n").join([line1, line2]), layout=False)  # fixed height

    def select(self, claim_id: int | None) -> None:
        self.claim_id = claim_id
        self.view.set_current(claim_id)
