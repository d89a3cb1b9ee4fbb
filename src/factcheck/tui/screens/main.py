"""The main screen: article panes side by side, related statements, status line, footer.

Every action reads or writes through the session (store functions) and then re-renders only the
pieces it changed: a claim's lines, a pane header, the related panel, the status line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.reactive import reactive
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from factcheck.errors import FactcheckError
from factcheck.store.articles import article_text
from factcheck.store.changes import Listener
from factcheck.store.claims import ClaimRecord
from factcheck.store.verdicts import VerdictConflict
from factcheck.tui.bindings import MAIN_BINDINGS
from factcheck.tui.elsewhere import (
    LISTEN_SECONDS, POLL_SECONDS, ChangedElsewhere, ask_about_conflict, changed_note,
)
from factcheck.tui.ingest import EmbedProgress, IngestDone, IngestProgress, MatchesReady
from factcheck.tui.session import Filter, Session
from factcheck.tui.widgets.article_pane import ArticlePane
from factcheck.tui.widgets.article_view import ArticleView, Mark
from factcheck.tui.widgets.keybar import KeyBar
from factcheck.tui.widgets.related import RelatedPanel
from factcheck.tui.widgets.status import StatusLine

PANE_MIN_WIDTH = 40
REMEMBER_SECONDS = 1.0  # where the reviewer is goes to the database once they pause this long
RESIZE_SETTLE = 0.15  # seconds without a resize before the panes are refitted (dragging a window edge)


@dataclass(frozen=True)
class Place:
    """Where the reviewer was: the article and claim of every pane, the focused pane, and the
    related statement selected (its claim id)."""

    panes: tuple[tuple[int | None, int | None], ...]
    focused: int
    related: int | None = None


class MainScreen(Screen):
    BINDINGS = MAIN_BINDINGS

    # The claim under the cursor of the focused pane. Its watcher shows it (status line, related
    # statements, the place remembered); a verdict or note set on it is a changed record, so setting
    # the refreshed record shows the change.
    current: reactive[ClaimRecord | None] = reactive(None, init=False)
    where: reactive[Place | None] = reactive(None, init=False)  # the panes' articles and claims, focus
    activity: reactive[str] = reactive("", init=False)  # background work the status line mentions

    def __init__(self, session: Session, db_name: str) -> None:
        super().__init__()
        self.session = session
        self.db_name = db_name
        self.back: list[Place] = []
        self.matching_ready = False  # set once a worker has loaded the matcher
        self._related: dict[int, list[dict]] = {}
        self._fit_count = 0  # how many panes the width allowed when they were last laid out
        self._resize_timer = None
        self._remember_timer = None

    # -- layout ----------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        saved = self.session.saved_place()
        if saved is not None:  # back where this reviewer closed the workbench
            self._start, self._start_claims, self._resume = self._saved_start(*saved)
        else:
            self._resume = self.session.first_unreviewed()
            self._start, self._start_claims = self._initial_articles(self._resume), {}
        hint = Static("No articles yet: press + to add a file or folder (or run `factcheck add PATH`).",
                      id="empty-hint", markup=False)
        yield Horizontal(*(self._new_panes(len(self._start)) or [hint]), id="panes")
        yield RelatedPanel(id="related")
        yield StatusLine(id="status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self._fill(self.panes, self._start, self._resume, self._start_claims)
        self.call_after_refresh(self.app.start_workers)
        if self.session.store.is_postgres:
            self.listen_elsewhere()
        else:
            self.set_interval(POLL_SECONDS, self.check_elsewhere)

    @work(thread=True, exclusive=True, group="listen", exit_on_error=False)
    def listen_elsewhere(self) -> None:
        """On a server: wait for the history's notifications on a connection of the listener's
        own, so a colleague's verdict shows at once and nothing is polled meanwhile."""
        worker = get_current_worker()
        with Listener(self.session.store) as listener:
            while not worker.is_cancelled:
                listener.wait(LISTEN_SECONDS)
                self.post_message(ChangedElsewhere())

    @on(ChangedElsewhere)
    async def _changed_elsewhere(self) -> None:
        await self.check_elsewhere()

    async def check_elsewhere(self) -> None:
        """Show what other processes changed (a verdict set from the CLI, another workbench,
        articles added by `factcheck add`)."""
        try:
            changed, articles = self.session.elsewhere()
        except FactcheckError:
            return
        if articles and not any(w.group == "ingest" and w.is_running for w in self.app.workers):
            await self._reload_all("Articles were added or removed elsewhere: the workbench shows them now")
            return
        current = self.current
        for claim_id in sorted(changed):
            self.claim_changed(claim_id)
        if current is not None and current.id in changed:
            claim = self.session.by_id[current.id]
            self.notify(changed_note(self.session.scale, claim.id, claim.verdict, claim.reviewer),
                        title="Changed elsewhere", markup=False)

    async def _reload_all(self, message: str, title: str = "Changed elsewhere") -> None:
        current = self.current
        self.session.reload()
        self._related.clear()
        shown = [p.article_id for p in self.panes if p.article_id in self.session.articles]
        resume = self.session.by_id.get(current.id) if current is not None else None
        await self.open_articles(shown if len(shown) >= 2 else self._initial_articles(),
                                 resume or self.session.first_unreviewed())
        self.notify(message, title=title, markup=False)

    @staticmethod
    def _new_panes(count: int) -> list[ArticlePane]:
        return [ArticlePane(classes="-later" if i else "") for i in range(count)]

    def fit(self) -> int:
        """How many article panes the terminal's width allows (two at least: comparing is the point)."""
        return max(2, self.app.size.width // PANE_MIN_WIDTH)

    def _initial_articles(self, resume: ClaimRecord | None = None) -> list[int]:
        resume = resume or self.session.first_unreviewed()
        ids = self.session.article_ids()
        fit = self._fit_count = self.fit()
        if resume is None or resume.article_id in ids[:fit]:
            return ids[:fit]
        rest = [i for i in ids if i != resume.article_id][: fit - 1]
        return sorted([resume.article_id, *rest])

    def _saved_start(self, panes: list[tuple[int, int | None]], focused: int):
        """Articles, their claims and the focused claim from a saved place, cut to the panes that fit
        now (the focused one kept), topped up to two if more articles are there."""
        fit = self._fit_count = self.fit()
        keep = [panes[focused], *(p for i, p in enumerate(panes) if i != focused)][:fit]
        ordered = list(dict.fromkeys(a for a, _ in panes if any(a == k for k, _ in keep)))
        if len(ordered) < 2:
            ordered += [a for a in self.session.article_ids() if a not in ordered][: min(fit, 2) - len(ordered)]
        claims = {a: c for a, c in keep if c is not None}
        return ordered, claims, self.session.by_id.get(panes[focused][1])

    def watch_where(self, where: Place | None) -> None:
        """Kept for the next start a moment after the reviewer stops moving (and on closing)."""
        if where is None:
            return
        if self._remember_timer is not None:
            self._remember_timer.stop()
        self._remember_timer = self.set_timer(REMEMBER_SECONDS, self.remember)

    def remember(self) -> None:
        self._remember_timer = None
        if self.where is not None:
            self.session.remember_place(list(self.where.panes), self.where.focused)

    def on_unmount(self) -> None:
        self.remember()

    def on_resize(self) -> None:
        if self._resize_timer is not None:
            self._resize_timer.stop()
        self._resize_timer = self.set_timer(RESIZE_SETTLE, self.fit_panes)

    async def fit_panes(self) -> None:
        """After a resize: as many panes as now fit. Panes that stay keep their article, claim and
        scroll position; a narrower screen drops panes from the right, never the focused one; a wider
        one adds the next articles not shown."""
        self._resize_timer = None
        fit = self.fit()
        if fit == self._fit_count:  # also keeps a choice made in the article picker
            return
        self._fit_count = fit
        panes = self.panes
        if not panes:
            return
        wanted = min(fit, len(self.session.articles))
        focused = self.pane
        with self.app.batch_update():  # no frame with empty new panes
            if wanted < len(panes):
                keep = [focused, *(p for p in panes if p is not focused)][:wanted]
                await self.query_one("#panes").remove_children([p for p in panes if p not in keep])
            elif wanted > len(panes):
                shown = {p.article_id for p in panes}
                extra = [a for a in self.session.article_ids() if a not in shown][: wanted - len(panes)]
                new = self._new_panes(len(extra))
                await self.query_one("#panes").mount_all(new)
                for pane, article_id in zip(new, extra):
                    self._show(pane, article_id, self._first_claim(article_id))
            for i, pane in enumerate(self.panes):
                pane.set_class(i > 0, "-later")
        if focused is not None and focused.is_attached:
            focused.view.focus()
        self.where = self.place()

    @property
    def panes(self) -> list[ArticlePane]:
        return list(self.query(ArticlePane))

    @property
    def pane(self) -> ArticlePane | None:
        panes = self.panes
        focused = self.focused
        for pane in panes:
            if focused is pane.view:
                return pane
        return panes[0] if panes else None

    async def open_articles(self, article_ids: list[int], resume: ClaimRecord | None = None) -> None:
        """Show these articles, one pane each, focusing the resumed claim's pane."""
        container = self.query_one("#panes")
        await container.remove_children()
        panes = self._new_panes(len(article_ids))
        await container.mount_all(panes)
        self._fill(panes, article_ids, resume)

    def _fill(self, panes: list[ArticlePane], article_ids: list[int], resume: ClaimRecord | None,
              claims: dict[int, int] | None = None) -> None:
        """``claims``: the claim to select in some articles (else the first unreviewed)."""
        focus = panes[0] if panes else None
        for pane, article_id in zip(panes, article_ids):
            if resume is not None and resume.article_id == article_id:
                claim_id, focus = resume.id, pane
            else:
                claim_id = (claims or {}).get(article_id) or self._first_claim(article_id)
            self._show(pane, article_id, claim_id)
        if focus is not None:
            focus.view.focus()  # (done once this returns: the focused pane's claim is set here)
        # set without its watcher, then shown anew: the claims were read again (the matches, the
        # progress), so the details change even when it is the same claim
        self.set_reactive(MainScreen.current, self.session.by_id.get(focus.claim_id) if focus and focus.claim_id is not None else None)
        self.show_details()

    def _first_claim(self, article_id: int) -> int | None:
        claims = self.session.claims.get(article_id, [])
        first = next((c for c in claims if not c.verdict), claims[0] if claims else None)
        return first.id if first else None

    def _show(self, pane: ArticlePane, article_id: int, claim_id: int | None) -> None:
        session = self.session
        marks = []
        for claim in session.claims.get(article_id, []):
            verdict = session.scale.get(claim.verdict)
            color = verdict.color if verdict else ("#888888" if claim.verdict else None)
            marks.append(Mark(claim.id, claim.start, claim.end, session.spans.get(claim.id, []), color))
        pane.show(session.articles[article_id], article_text(session.store, article_id), marks, claim_id)
        self._header(pane)

    def _header(self, pane: ArticlePane) -> None:
        if pane.article_id is None:
            return
        reviewed, total = self.session.progress(pane.article_id)
        pane.set_header(self.session.articles[pane.article_id], reviewed, total)

    def watch_current(self, old: ClaimRecord | None, new: ClaimRecord | None) -> None:
        self.show_details(related=old is None or new is None or old.id != new.id)  # a verdict changes no match

    def show_details(self, related: bool = True) -> None:
        """The status line, the related statements (unless ``related`` is False) and the place kept
        for the next start, for the current claim."""
        self.show_status()
        if related:
            self.show_related()
        if self.panes:
            self.where = self.place()

    def show_status(self) -> None:
        filt = self.session.filter
        self.query_one(StatusLine).show(self.current, self.session.scale, self.db_name,
                                        filt.describe() if filt.active else "", self.session.progress_all(),
                                        self.activity)

    def show_related(self) -> None:
        panel = self.query_one(RelatedPanel)
        if not self.matching_ready:
            panel.waiting()
        else:
            claim = self.current
            panel.show(self.related(claim.id) if claim else [], self.session.articles)

    def related(self, claim_id: int) -> list[dict]:
        if claim_id not in self._related:
            self._related[claim_id] = self.session.related(claim_id)
        return self._related[claim_id]

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, ArticleView):  # another pane: its claim is the current one
            pane = self.pane
            self.current = self.session.by_id.get(pane.claim_id) if pane and pane.claim_id is not None else None
            self.where = self.place()

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "verdict" and parameters and parameters[0] > len(self.session.scale):
            return False
        return True

    # -- moving ----------------------------------------------------------------------------------
    def select(self, claim: ClaimRecord | None) -> None:
        pane = self.pane
        if pane is None or claim is None:
            return
        pane.select(claim.id)
        self.current = claim

    def action_claim(self, step: int) -> None:
        pane = self.pane
        if pane is None or pane.article_id is None:
            return
        claim = self.session.step(pane.article_id, pane.claim_id, step)
        if claim is None:
            self.notify("No more claims this way" + self._filter_hint(), timeout=2)
            return
        self.select(claim)

    def _filter_hint(self) -> str:
        return f" (filter: {self.session.filter.describe()})" if self.session.filter.active else ""

    def action_pane(self, step: int) -> None:
        panes = self.panes
        if len(panes) < 2:
            return
        index = panes.index(self.pane) if self.pane in panes else 0
        panes[(index + step) % len(panes)].view.focus()

    def place(self) -> Place:
        panes = self.panes
        focused = panes.index(self.pane) if self.pane in panes else 0
        chosen = self.query_one(RelatedPanel).selected_match  # (the panel shows the current claim's)
        return Place(tuple((p.article_id, p.claim_id) for p in panes), focused,
                     chosen["claim_id"] if chosen else None)

    def goto(self, claim_id: int, remember: bool = True) -> bool:
        """Show and select a claim, in the pane that has its article or else the next pane."""
        claim = self.session.by_id.get(claim_id)
        if claim is None:
            self.notify("That statement is not among the check-worthy claims", severity="warning")
            return False
        if remember:
            self.back.append(self.place())
        panes = self.panes
        target = next((p for p in panes if p.article_id == claim.article_id), None)
        if target is None:
            current = self.pane
            index = panes.index(current) if current in panes else 0
            target = panes[(index + 1) % len(panes)] if len(panes) > 1 else panes[0]
            self._show(target, claim.article_id, claim.id)
        target.view.focus()
        target.select(claim.id)
        self.current = claim
        return True

    def action_jump_related(self) -> None:
        claim = self.current
        matches = self.related(claim.id) if claim else []
        if not matches:
            self.notify("No related statement to jump to", timeout=2)
            return
        chosen = self.query_one(RelatedPanel).selected_match
        self.goto((chosen or matches[0])["claim_id"])

    def action_related(self, step: int) -> None:
        """Move the related panel's selection (what enter jumps to); back to the best on a new claim."""
        panel = self.query_one(RelatedPanel)
        if not panel.matches:
            self.notify("No related statements for this claim", timeout=2)
        elif not panel.move(step):
            self.notify("No more related statements this way", timeout=2)

    def action_jump_back(self) -> None:
        if not self.back:
            self.notify("Nothing to go back to", timeout=2)
            return
        place = self.back.pop()
        panes = self.panes
        for pane, (article_id, claim_id) in zip(panes, place.panes):
            if article_id is not None and article_id != pane.article_id and article_id in self.session.articles:
                self._show(pane, article_id, claim_id)
            else:
                pane.select(claim_id)
        if not panes:
            return
        focus = panes[min(place.focused, len(panes) - 1)]
        focus.view.focus()
        self.current = self.session.by_id.get(focus.claim_id) if focus.claim_id is not None else None
        if place.related is not None:  # the related statement selected then, selected again
            self.query_one(RelatedPanel).select_claim(place.related)

    def action_unreviewed(self, step: int) -> None:
        pane = self.pane
        order = [p.article_id for p in self.panes if p.article_id is not None]
        if pane is not None and pane.article_id in order:  # the focused pane first
            i = order.index(pane.article_id)
            order = order[i:] + order[:i]
        claim = self.session.next_unreviewed(order, pane.claim_id if pane else None, step)
        if claim is None:
            what = "passing the filter " if self.session.filter.active else ""
            self.notify(f"Every claim {what}in these articles is reviewed" + self._filter_hint(), timeout=3)
            return
        self.goto(claim.id, remember=False)

    # -- changing --------------------------------------------------------------------------------
    def writable(self) -> bool:
        """False, after saying why, when the database is read-only (nothing could be saved)."""
        if not self.session.store.read_only:
            return True
        self.notify(self.session.store.read_only_message(), title="Read-only", severity="error", markup=False)
        return False

    def action_verdict(self, number: int) -> None:
        claim = self.current
        if claim is None or not self.writable():
            return
        key = None if number == 0 else self.session.scale.verdicts[number - 1].key
        try:
            self.session.set_verdict(claim.id, key)  # committed to SQLite when this returns
        except VerdictConflict as conflict:  # changed elsewhere since shown: show it, then ask
            self.claim_changed(claim.id)
            ask_about_conflict(self, self.session, conflict, key, self.claim_changed)
            return
        except FactcheckError as exc:  # e.g. the file was made read-only meanwhile
            self.notify(str(exc), title="Not saved", severity="error", markup=False)
            return
        self.claim_changed(claim.id)

    def claim_changed(self, claim_id: int) -> None:
        claim = self.session.by_id[claim_id]
        verdict = self.session.scale.get(claim.verdict)
        color = verdict.color if verdict else ("#888888" if claim.verdict else None)
        for pane in self.panes:
            if pane.article_id == claim.article_id:
                pane.view.update_mark(claim_id, color)
                self._header(pane)
        if self.current is not None and self.current.id == claim_id:
            self.current = claim  # the watcher shows the new verdict or note
        else:
            self.show_status()  # the count of reviewed claims

    def action_note(self) -> None:
        from factcheck.tui.screens.note import NoteEditor

        claim = self.current
        if claim is None or not self.writable():
            return

        def save(text: str, shown: str | None) -> None:  # an error keeps the editor open (NoteEditor.save)
            try:
                self.session.set_note(claim.id, text.strip() or None, shown_note=shown)
            finally:  # a conflict refreshed the claim: show the note stored meanwhile
                self.claim_changed(claim.id)

        self.app.push_screen(NoteEditor(claim, save))

    def action_undo(self) -> None:
        if not self.writable():
            return
        try:
            change = self.session.undo()
        except VerdictConflict as conflict:
            self.claim_changed(conflict.claim_id)
            self.notify(changed_note(self.session.scale, conflict.claim_id, conflict.verdict, conflict.reviewer)
                        + ", so that change of yours is not undone", title="Not undone", markup=False)
            return
        except FactcheckError as exc:
            self.notify(str(exc), title="Not saved", severity="error", markup=False)
            return
        if change is None:
            self.notify("Nothing to undo", timeout=2)
            return
        self.goto(change.claim_id, remember=False)
        self.claim_changed(change.claim_id)
        self.notify(f"Undid the change to claim #{change.claim_id}", timeout=2)

    # -- dialogs ---------------------------------------------------------------------------------
    def action_search(self) -> None:
        from factcheck.tui.screens.search import SearchScreen

        def chosen(claim_id: int | None) -> None:
            if claim_id is not None:
                self.goto(claim_id)

        self.app.push_screen(SearchScreen(self.session), chosen)

    def action_filter(self) -> None:
        from factcheck.tui.screens.filter import FilterScreen

        def chosen(new: Filter | None) -> None:
            if new is None:
                return
            self.session.filter = new
            self.show_status()  # which filter is on
            claim = self.current
            if claim is not None and not self.session.passes(claim):
                nxt = self.session.step(claim.article_id, claim.id, 1) or self.session.step(
                    claim.article_id, claim.id, -1
                )
                if nxt is None:
                    self.notify("No claim in this article passes the filter", timeout=3)
                self.select(nxt)

        self.app.push_screen(FilterScreen(self.session), chosen)

    def action_pick_articles(self) -> None:
        from factcheck.tui.screens.picker import ArticlePicker

        async def chosen(ids: list[int] | None) -> None:
            if ids:
                claim = self.current
                keep = claim if claim is not None and claim.article_id in ids else None
                await self.open_articles(ids, keep)

        shown = [p.article_id for p in self.panes]
        self.app.push_screen(ArticlePicker(self.session.articles, shown), chosen)

    def action_add_files(self) -> None:
        from factcheck.tui.screens.add import AddFilesScreen

        if not self.writable():
            return
        def chosen(paths: list | None) -> None:
            if paths:
                self.post_message(IngestProgress(0, 1, None))  # the bar shows at once
                self.app.add_files(paths)

        self.app.push_screen(AddFilesScreen(), chosen)

    def action_history(self) -> None:
        from factcheck.store.verdicts import claim_history
        from factcheck.tui.screens.history import HistoryScreen

        claim = self.current
        if claim is not None:
            self.app.push_screen(HistoryScreen(claim, claim_history(self.session.store, claim.id), self.session.scale))

    def action_disputes(self) -> None:
        from factcheck.tui.screens.disputes import DisputesScreen

        def settled(claim_id: int) -> None:
            self.session.reread(claim_id)
            self.claim_changed(claim_id)

        def chosen(claim_id: int | None) -> None:
            if claim_id is not None:
                self.goto(claim_id)

        self.app.push_screen(DisputesScreen(self.session, settled), chosen)

    def action_help(self) -> None:
        from factcheck.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.session.scale))

    def action_export(self) -> None:
        from factcheck.tui.screens.export import ExportScreen

        def written(path: Path | None) -> None:
            if path is not None:
                self.notify(f"Wrote {path.name} in {path.parent}", title="Exported Markdown", markup=False)

        default = self.session.default_export_path(Path.cwd())
        self.app.push_screen(ExportScreen(default, self.session.export_markdown), written)

    # -- worker messages (see factcheck.tui.ingest; they bubble on to the app) --------------------
    @on(IngestProgress)
    def show_progress(self, message: IngestProgress) -> None:
        from textual.widgets import ProgressBar  # mounted only while adding files: not on the first screen

        bars = self.query("#progress")
        if bars:
            bar = bars.first(ProgressBar)
        else:
            bar = ProgressBar(id="progress", show_eta=False)
            self.mount(bar, before=self.query_one(RelatedPanel))
        bar.update(total=max(message.total, 1), progress=message.done)

    @on(EmbedProgress)
    def show_embedding(self, message: EmbedProgress) -> None:
        done = message.done >= message.total
        self.activity = "" if done else f"embedding {message.done}/{message.total} sentences for matching by meaning"

    def watch_activity(self, activity: str) -> None:
        self.show_status()

    @on(MatchesReady)
    async def matches_changed(self, message: MatchesReady) -> None:
        if message.raised:  # claims the rules left below the threshold became check-worthy by meaning
            await self._reload_all(f"{message.raised} more claim{'s' * (message.raised != 1)} found by meaning"
                                   " (events, reported statements the word lists missed)", title="Found by meaning")
        self.matching_ready = True
        self.session.reload_matches()
        self._related.clear()
        self.show_related()

    @on(IngestDone)
    async def ingest_finished(self, message: IngestDone) -> None:
        title, severity, summary = message.toast()
        await self.query("#progress").remove()
        self.matching_ready = True
        self.session.reload()
        self._related.clear()
        shown = [p.article_id for p in self.panes if p.article_id in self.session.articles]
        await self.open_articles(shown if len(shown) >= 2 else self._initial_articles(),
                                 self.current or self.session.first_unreviewed())
        self.notify(summary, title=title, severity=severity, markup=False)
