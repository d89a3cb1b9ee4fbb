"""The main screen's row of article panes: how many fit the width, which articles they show (at
start, after a resize, when chosen), and each article's claims marked in the colour of their verdict.

Which pane has the focus, and so which claim is under review, is the screen's business.
"""

from __future__ import annotations

from textual.containers import Horizontal
from textual.widgets import Static

from factcheck.store.articles import article_text
from factcheck.store.claims import ClaimRecord
from factcheck.tui.session import Session
from factcheck.tui.widgets.article_pane import ArticlePane
from factcheck.tui.widgets.article_view import Mark

PANE_MIN_WIDTH = 40
UNKNOWN_VERDICT_COLOR = "#888888"  # a verdict the scale in the config does not have


def new_panes(count: int) -> list[ArticlePane]:
    return [ArticlePane(classes="-later" if i else "") for i in range(count)]


def fit(width: int) -> int:
    """How many article panes a terminal this wide allows (two at least: comparing is the point)."""
    return max(2, width // PANE_MIN_WIDTH)


def initial_articles(session: Session, fit: int, resume: ClaimRecord | None = None) -> list[int]:
    """As many articles as fit, the resumed claim's (by default the first unreviewed) among them."""
    resume = resume or session.first_unreviewed()
    ids = session.article_ids()
    if resume is None or resume.article_id in ids[:fit]:
        return ids[:fit]
    rest = [i for i in ids if i != resume.article_id][: fit - 1]
    return sorted([resume.article_id, *rest])


def saved_start(session: Session, fit: int, panes: list[tuple[int, int | None]], focused: int):
    """Articles, their claims and the focused claim from a saved place, cut to the panes that fit
    now (the focused one kept), topped up to two if more articles are there."""
    keep = [panes[focused], *(p for i, p in enumerate(panes) if i != focused)][:fit]
    ordered = list(dict.fromkeys(a for a, _ in panes if any(a == k for k, _ in keep)))
    if len(ordered) < 2:
        ordered += [a for a in session.article_ids() if a not in ordered][: min(fit, 2) - len(ordered)]
    claims = {a: c for a, c in keep if c is not None}
    return ordered, claims, session.by_id.get(panes[focused][1])


class PaneRow(Horizontal):
    """Starts with ``count`` empty panes (the screen fills them once mounted), or a hint when
    there is no article yet; ``fit_count``: how many the width allowed then."""

    def __init__(self, session: Session, count: int, fit_count: int) -> None:
        hint = Static("No articles yet: press + to add a file or folder (or run `factcheck add PATH`).",
                      id="empty-hint", markup=False)
        super().__init__(*(new_panes(count) or [hint]), id="panes")
        self.session = session
        self.fit_count = fit_count  # how many panes the width allowed when they were last laid out

    @property
    def panes(self) -> list[ArticlePane]:
        return list(self.query_children(ArticlePane))

    def initial_articles(self, resume: ClaimRecord | None = None) -> list[int]:
        """As many articles as fit now (see initial_articles)."""
        self.fit_count = fit(self.app.size.width)
        return initial_articles(self.session, self.fit_count, resume)

    async def open(self, article_ids: list[int], resume: ClaimRecord | None = None) -> ArticlePane | None:
        """Show these articles, one new pane each; the pane to focus (the resumed claim's)."""
        await self.remove_children()
        panes = new_panes(len(article_ids))
        await self.mount_all(panes)
        return self.fill(article_ids, resume)

    def fill(self, article_ids: list[int], resume: ClaimRecord | None,
             claims: dict[int, int] | None = None) -> ArticlePane | None:
        """Show the articles in the panes there are; ``claims``: the claim to select in some
        articles (else the first unreviewed). The pane to focus: the resumed claim's, else the first."""
        panes = self.panes
        focus = panes[0] if panes else None
        for pane, article_id in zip(panes, article_ids):
            if resume is not None and resume.article_id == article_id:
                claim_id, focus = resume.id, pane
            else:
                claim_id = (claims or {}).get(article_id) or self.first_claim(article_id)
            self.show(pane, article_id, claim_id)
        return focus

    async def refit(self, focused: ArticlePane | None) -> bool:
        """As many panes as now fit; False if that is as many as before. Panes that stay keep their
        article, claim and scroll position; fewer drops panes from the right, never the focused one;
        more shows the next articles not shown."""
        count = fit(self.app.size.width)
        if count == self.fit_count:  # also keeps a choice made in the article picker
            return False
        self.fit_count = count
        panes = self.panes
        if not panes:
            return False
        wanted = min(count, len(self.session.articles))
        with self.app.batch_update():  # no frame with empty new panes
            if wanted < len(panes):
                keep = [focused, *(p for p in panes if p is not focused)][:wanted]
                await self.remove_children([p for p in panes if p not in keep])
            elif wanted > len(panes):
                shown = {p.article_id for p in panes}
                extra = [a for a in self.session.article_ids() if a not in shown][: wanted - len(panes)]
                new = new_panes(len(extra))
                await self.mount_all(new)
                for pane, article_id in zip(new, extra):
                    self.show(pane, article_id, self.first_claim(article_id))
            for i, pane in enumerate(self.panes):
                pane.set_class(i > 0, "-later")
        return True

    # -- what a pane shows ---------------------------------------------------------------------
    def first_claim(self, article_id: int) -> int | None:
        claims = self.session.claims.get(article_id, [])
        first = next((c for c in claims if not c.verdict), claims[0] if claims else None)
        return first.id if first else None

    def show(self, pane: ArticlePane, article_id: int, claim_id: int | None) -> None:
        session = self.session
        pane.show(session.articles[article_id], article_text(session.store, article_id), self.marks(article_id), claim_id)
        self.header(pane)

    def marks(self, article_id: int) -> list[Mark]:
        session = self.session
        return [Mark(claim.id, claim.start, claim.end, session.spans.get(claim.id, []), self.color(claim))
                for claim in session.claims.get(article_id, [])]

    def claims_added(self, article_id: int) -> None:
        """The article's claims grew (a statement below the threshold the reviewer went to): its
        marks and progress, wherever shown, without moving the text."""
        for pane in self.panes:
            if pane.article_id == article_id:
                pane.view.set_marks(self.marks(article_id))
                self.header(pane)

    def color(self, claim: ClaimRecord) -> str | None:
        verdict = self.session.scale.get(claim.verdict)
        return verdict.color if verdict else (UNKNOWN_VERDICT_COLOR if claim.verdict else None)

    def header(self, pane: ArticlePane) -> None:
        if pane.article_id is None:
            return
        reviewed, total = self.session.progress(pane.article_id)
        pane.set_header(self.session.articles[pane.article_id], reviewed, total)

    def claim_changed(self, claim: ClaimRecord) -> None:
        """A claim's verdict changed: its mark and its article's progress, wherever shown."""
        for pane in self.panes:
            if pane.article_id == claim.article_id:
                pane.view.update_mark(claim.id, self.color(claim))
                self.header(pane)
