"""An article view draws its text in the very first frame after layout, before its resize event
has been handled (Textual draws that frame first), and draws it where the view then scrolls to
(the claim under review on screen): no frame shows an article at the wrong place."""

from __future__ import annotations

from textual.app import App

from factcheck.tui.widgets.article_view import ArticleView, Mark


class Recording(ArticleView):
    """Keeps the lines drawn before its first resize event was handled."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.resized = False
        self.drawn_before_resize: dict[int, str] = {}

    def render_line(self, y: int):
        strip = super().render_line(y)
        if not self.resized:
            self.drawn_before_resize[y] = strip.text
        return strip

    def on_resize(self) -> None:  # ArticleView's own handler runs as well (Textual calls both)
        self.resized = True


class OneArticle(App):
    def __init__(self, text: str, marks: list[Mark], current: int) -> None:
        super().__init__()
        self.view = Recording()
        self.article = (text, marks, current)

    def compose(self):
        yield self.view

    def on_mount(self) -> None:  # as the main screen fills its panes: before they are laid out
        self.view.set_article(*self.article)


def article(paragraphs: int) -> tuple[str, list[Mark]]:
    text = "\n\n".join(f"Paragraph {i} says the council spent {i} million on roads in {1990 + i}."
                       for i in range(paragraphs))
    marks = []
    for i in range(paragraphs):
        start = text.index(f"Paragraph {i} says")
        marks.append(Mark(i + 1, start, text.index(".", start) + 1, []))
    return text, marks


async def test_a_claim_near_the_top_is_drawn_in_the_first_frame():
    text, marks = article(40)
    app = OneArticle(text, marks, current=2)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        drawn = app.view.drawn_before_resize
        assert any("Paragraph 0 says" in line for line in drawn.values()), drawn
        assert any("Paragraph 1 says" in line for line in drawn.values())
        assert app.view.scroll_y == 0


async def test_a_claim_further_down_is_drawn_where_the_view_then_scrolls_to():
    text, marks = article(120)
    app = OneArticle(text, marks, current=100)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        drawn = app.view.drawn_before_resize
        assert any("Paragraph 100 says" in line for line in drawn.values()), drawn
        assert not any("Paragraph 0 says" in line for line in drawn.values())
        # resized and scrolled: the claim on screen, and the same lines as the first frame drew
        view = app.view
        assert view.resized and view.scroll_y > 0
        first, last = view.claim_lines(100)
        assert view.scroll_y <= first and last < view.scroll_y + view.scrollable_content_region.height
        now = {y: view.render_line(y).text for y in drawn}
        assert now == drawn, (now, drawn)


async def test_a_claim_at_the_end_is_drawn_as_far_as_the_view_can_scroll():
    text, marks = article(120)
    app = OneArticle(text, marks, current=120)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        drawn = app.view.drawn_before_resize
        view = app.view
        assert view.scroll_y == view.max_scroll_y > 0
        assert {y: view.render_line(y).text for y in drawn} == drawn
