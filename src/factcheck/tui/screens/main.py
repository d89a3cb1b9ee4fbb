"""The main screen: article panes side by side, related statements, status line, footer.

The claim under review is the reactive ``current``: whatever moves the cursor or changes the claim
sets it, and its watcher shows it (status line, related statements, the place kept for the next
start). The panes are a ``PaneRow`` (screens/panes.py); what the keys write is in screens/edits.py,
the dialogs they open in screens/dialogs.py. The workers' messages arrive here as messages.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.events import DescendantFocus
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import get_current_worker

from factcheck.errors import FactcheckError
from factcheck.store.changes import Listener
from factcheck.store.claims import ClaimRecord
from factcheck.tui.bindings import MAIN_BINDINGS
from factcheck.tui.elsewhere import LISTEN_SECONDS, POLL_SECONDS, ChangedElsewhere, changed_note
from factcheck.tui.ingest import EmbedProgress, IngestDone, IngestProgress, MatchesReady
from factcheck.tui.screens import dialogs, edits
from factcheck.tui.screens.panes import PaneRow, fit, initial_articles, saved_start
from factcheck.tui.session import Session
from factcheck.tui.widgets.article_pane import ArticlePane
from factcheck.tui.widgets.article_view import ArticleView
from factcheck.tui.widgets.keybar import KeyBar
from factcheck.tui.widgets.related import RelatedPanel
from factcheck.tui.widgets.status import StatusLine

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

    # The claim under the cursor of the focused pane. A verdict or note set on it gives a new
    # record (not equal to the old one), so setting the refreshed record shows the change too.
    current: reactive[ClaimRecord | None] = reactive(None, init=False)
    where: reactive[Place | None] = reactive(None, init=False)  # the panes' articles and claims, focus
    activity: reactive[str] = reactive("", init=False)  # background work the status line mentions

    def __init__(self, session: Session, db_name: str) -> None:
        super().__init__()
        self.session = session
        self.db_name = db_name
        self.back: list[Place] = []  # where backspace returns to, the last jump's place on top
        self.matching_ready = False  # set once a worker has loaded the matcher
        self._related: dict[int, list[dict]] = {}
        self._resize_timer = None
        self._remember_timer = None

    # -- layout ----------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        count = fit(self.app.size.width)
        saved = self.session.saved_place()
        if saved is not None:  # back where this reviewer closed the workbench
            self._start, self._start_claims, self._resume = saved_start(self.session, count, *saved)
        else:
            self._resume = self.session.first_unreviewed()
            self._start, self._start_claims = initial_articles(self.session, count, self._resume), {}
        yield PaneRow(self.session, len(self._start), count)
        yield RelatedPanel(id="related")
        yield StatusLine(id="status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self._focus(self.row.fill(self._start, self._resume, self._start_claims))
        self.call_after_refresh(self.app.start_workers)
        if self.session.store.is_postgres:
            self.listen_elsewhere()
        else:
            self.set_interval(POLL_SECONDS, self.check_elsewhere)

    @property
    def row(self) -> PaneRow:
        return self.query_one(PaneRow)

    @property
    def panes(self) -> list[ArticlePane]:
        return self.row.panes

    @property
    def pane(self) -> ArticlePane | None:
        """The focused pane (the first before any has the focus)."""
        panes = self.panes
        focused = self.focused
        for pane in panes:
            if focused is pane.view:
                return pane
        return panes[0] if panes else None

    async def open_articles(self, article_ids: list[int], resume: ClaimRecord | None = None) -> None:
        """Show these articles, one pane each, focusing the resumed claim's pane."""
        self._focus(await self.row.open(article_ids, resume))

    def _focus(self, pane: ArticlePane | None) -> None:
        """After the panes were filled: focus this one; its claim is the current one."""
        if pane is not None:
            pane.view.focus()  # (done once this returns: the claim is set here)
        # set without its watcher, then shown anew: the claims were read again (the matches, the
        # progress), so the details change even when it is the same claim
        self.set_reactive(MainScreen.current, self._claim_of(pane))
        self.show_details()

    def _claim_of(self, pane: ArticlePane | None) -> ClaimRecord | None:
        return self.session.by_id.get(pane.claim_id) if pane is not None and pane.claim_id is not None else None

    def on_resize(self) -> None:
        if self._resize_timer is not None:
            self._resize_timer.stop()
        self._resize_timer = self.set_timer(RESIZE_SETTLE, self.fit_panes)

    async def fit_panes(self) -> None:
        """After a resize: as many panes as now fit (see PaneRow.refit)."""
        self._resize_timer = None
        focused = self.pane
        if not await self.row.refit(focused):
            return
        if focused is not None and focused.is_attached:
            focused.view.focus()
        self.where = self.place()

    # -- what shows the current claim ------------------------------------------------------------
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

    def watch_activity(self, activity: str) -> None:
        self.show_status()

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

    @on(DescendantFocus, "ArticleView")
    def _pane_focused(self) -> None:
        self.current = self._claim_of(self.pane)  # another pane: its claim is the current one
        self.where = self.place()

    def place(self) -> Place:
        panes = self.panes
        focused = panes.index(self.pane) if self.pane in panes else 0
        chosen = self.query_one(RelatedPanel).selected_match  # (the panel shows the current claim's)
        return Place(tuple((p.article_id, p.claim_id) for p in panes), focused,
                     chosen["claim_id"] if chosen else None)

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

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "verdict" and parameters and parameters[0] > len(self.session.scale):
            return False
        return True

    # -- moving ----------------------------------------------------------------------------------
    def select(self, claim: ClaimRecord | None) -> None:
        """Move the focused pane's cursor to this claim (of its article)."""
        pane = self.pane
        if pane is None or claim is None:
            return
        pane.select(claim.id)
        self.current = claim

    def goto(self, claim_id: int, remember: bool = True) -> bool:
        """Show and select a claim, in the pane that has its article or else the next pane."""
        claim = self.session.by_id.get(claim_id)
        included = claim is None and (claim := self.session.include(claim_id)) is not None
        if claim is None:
            self.notify("That statement is no longer in the database", severity="warning")
            return False
        if remember:
            self.back.append(self.place())
        panes = self.panes
        if included:  # a sentence below the claim threshold: its panes show it from now on
            self.row.claims_added(claim.article_id)
            self.notify("Below the claim threshold; shown with the claims from now on", timeout=3)
        target = next((p for p in panes if p.article_id == claim.article_id), None)
        if target is None:
            current = self.pane
            index = panes.index(current) if current in panes else 0
            target = panes[(index + 1) % len(panes)] if len(panes) > 1 else panes[0]
            self.row.show(target, claim.article_id, claim.id)
        target.view.focus()
        target.select(claim.id)
        self.current = claim
        return True

    @on(ArticleView.ClaimClicked)
    def _claim_clicked(self, event: ArticleView.ClaimClicked) -> None:
        pane = next((p for p in self.panes if p.view is event.view), None)
        claim = self.session.by_id.get(event.claim_id)
        if pane is None or claim is None:
            return
        pane.select(claim.id)
        if pane is self.pane:  # (else it is once the click's focus arrives: see _pane_focused)
            self.current = claim

    @on(RelatedPanel.Jump)
    def _related_clicked(self, event: RelatedPanel.Jump) -> None:
        self.goto(event.claim_id)

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
                self.row.show(pane, article_id, claim_id)
            else:
                pane.select(claim_id)
        if not panes:
            return
        focus = panes[min(place.focused, len(panes) - 1)]
        focus.view.focus()
        self.current = self._claim_of(focus)
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

    # -- changing (screens/edits.py) -------------------------------------------------------------
    action_verdict = edits.set_verdict
    action_note = edits.edit_note
    action_undo = edits.undo

    def claim_changed(self, claim_id: int) -> None:
        """Show a claim's new verdict or note (written here or elsewhere)."""
        claim = self.session.by_id[claim_id]
        self.row.claim_changed(claim)
        if self.current is not None and self.current.id == claim_id:
            self.current = claim  # the watcher shows the new verdict or note
        else:
            self.show_status()  # the count of reviewed claims

    # -- dialogs (screens/dialogs.py) ------------------------------------------------------------
    action_search = dialogs.search
    action_filter = dialogs.choose_filter
    action_pick_articles = dialogs.pick_articles
    action_add_files = dialogs.add_files
    action_history = dialogs.history
    action_disputes = dialogs.disputes
    action_help = dialogs.show_help
    action_export = dialogs.export

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
        await self._reload_all(summary, title=title, severity=severity)

    # -- changes made elsewhere (see factcheck.tui.elsewhere) ------------------------------------
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

    async def _reload_all(self, message: str, title: str = "Changed elsewhere", severity: str = "information") -> None:
        """Read every article and claim again and show them, the current claim kept if it still is one."""
        current = self.current
        self.session.reload()
        self._related.clear()
        shown = [p.article_id for p in self.panes if p.article_id in self.session.articles]
        resume = self.session.by_id.get(current.id) if current is not None else None
        await self.open_articles(shown if len(shown) >= 2 else self.row.initial_articles(),
                                 resume or self.session.first_unreviewed())
        self.notify(message, title=title, severity=severity, markup=False)
