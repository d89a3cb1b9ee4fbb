"""What the workbench has loaded and where the reviewer is: no Textual here, no SQL either.

A key press calls one method; the method calls store functions and updates the in-memory copy of
the claims so the screen can re-render only what changed.
"""

from __future__ import annotations

import bisect

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from factcheck.config import Config
from factcheck.core.models import DEFAULT_THRESHOLD
from factcheck.store import Store
from factcheck.store import navigation
from factcheck.store.articles import list_articles
from factcheck.store.claims import ClaimRecord, list_claims, search_claims
from factcheck.store.changes import changed_since, mark
from factcheck.store.disputes import record_dispute
from factcheck.store.ui_state import load_ui_state, save_ui_state
from factcheck.store.verdicts import Change, VerdictConflict, set_verdict, undo


def default_threshold() -> float:
    return DEFAULT_THRESHOLD


@dataclass(frozen=True)
class Filter:
    """Which claims j/k visit. Empty means every check-worthy claim."""

    unreviewed: bool = False
    verdict: str | None = None
    kind: str | None = None
    conflicts: bool = False

    @property
    def active(self) -> bool:
        return self != Filter()

    def describe(self) -> str:
        parts = []
        if self.unreviewed:
            parts.append("unreviewed")
        if self.verdict:
            parts.append(f"verdict={self.verdict}")
        if self.kind:
            parts.append(f"kind={self.kind}")
        if self.conflicts:
            parts.append("conflicts")
        return ", ".join(parts) or "all"


class Session:
    def __init__(self, store: Store, config: Config, threshold: float | None = None) -> None:
        self.store = store
        self.config = config
        self.scale = config.scale
        self.reviewer = config.reviewer_name(database_user=store.user)
        self.threshold = default_threshold() if threshold is None else threshold
        self.filter = Filter()
        self.included: set[int] = set()  # statements below the threshold shown because the reviewer went to them
        self.undo_stack: list[Change] = []
        self._remembered: dict | None = None
        self.reload()

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.articles: dict[int, dict] = {a["id"]: a for a in list_articles(self.store)}
        self.claims: dict[int, list[ClaimRecord]] = {aid: [] for aid in self.articles}
        self.by_id: dict[int, ClaimRecord] = {}
        for claim in list_claims(self.store, min_score=self.threshold):
            self.claims.setdefault(claim.article_id, []).append(claim)
            self.by_id[claim.id] = claim
        self.spans = navigation.spans_by_claim(self.store, self.threshold)
        # below the threshold: what the reviewer went to in this session, or judged in any
        self.included |= set(navigation.reviewed_below(self.store, self.threshold))
        self._add(sorted(self.included - set(self.by_id)))
        self.reload_matches()
        self._mark = mark(self.store)

    def include(self, claim_id: int) -> ClaimRecord | None:
        """A statement below the claim threshold, shown with the claims from now on: a related
        statement found by meaning may be any sentence, and the reviewer who goes to it may judge
        it too. None when the store has no such statement."""
        if claim_id not in self.by_id:
            self._add([claim_id])
            if claim_id in self.by_id:
                self.included.add(claim_id)
        return self.by_id.get(claim_id)

    def _add(self, claim_ids: list[int]) -> None:
        """Show these claims too, each in its article's text order, with its spans."""
        if not claim_ids:
            return
        for claim in list_claims(self.store, claim_ids=claim_ids):
            if claim.article_id in self.articles:
                claims = self.claims.setdefault(claim.article_id, [])
                claims.insert(bisect.bisect(claims, claim.start, key=lambda c: c.start), claim)
                self.by_id[claim.id] = claim
        self.spans.update(navigation.spans_by_claim(self.store, claim_ids=claim_ids))

    def elsewhere(self) -> tuple[set[int], bool]:
        """What other processes changed since the last look: the loaded claims whose verdict or
        note now differs from what was shown (their records are refreshed), and whether the set of
        articles changed. Cheap when nothing changed (one pragma on SQLite)."""
        self._mark, changes = changed_since(self.store, self._mark)
        if changes is None:
            return set(), False
        return self.refresh_claims(changes.claim_ids), changes.articles

    def refresh_claims(self, claim_ids) -> set[int]:
        """Re-read these claims' verdicts and notes; the ids of those that differ from memory."""
        ids = [i for i in claim_ids if i in self.by_id]
        changed = set()
        for fresh in list_claims(self.store, claim_ids=ids) if ids else []:
            old = self.by_id[fresh.id]
            if (old.verdict, old.note, old.reviewer) != (fresh.verdict, fresh.note, fresh.reviewer):
                self._put(replace(old, verdict=fresh.verdict, note=fresh.note, reviewer=fresh.reviewer))
                changed.add(fresh.id)
        return changed

    def reload_matches(self) -> None:
        self._conflicts: set[int] | None = None

    @property
    def conflicts(self) -> set[int]:
        """Claims with a conflicting related statement (looked up when first needed)."""
        if self._conflicts is None:
            from factcheck.store.matches import DEFAULT_MIN_SCORE

            self._conflicts = navigation.conflict_claim_ids(self.store, DEFAULT_MIN_SCORE)
        return self._conflicts

    def article_ids(self) -> list[int]:
        return list(self.articles)

    def progress(self, article_id: int) -> tuple[int, int]:
        claims = self.claims.get(article_id, [])
        return sum(1 for c in claims if c.verdict), len(claims)

    def first_unreviewed(self) -> ClaimRecord | None:
        claim_id = navigation.first_unreviewed(self.store, self.threshold)
        return self.by_id.get(claim_id) if claim_id is not None else None

    # -- moving ----------------------------------------------------------------------------------
    def passes(self, claim: ClaimRecord) -> bool:
        f = self.filter
        return (
            (not f.unreviewed or not claim.verdict)
            and (not f.verdict or claim.verdict == f.verdict)
            and (not f.kind or f.kind in claim.kinds)
            and (not f.conflicts or claim.id in self.conflicts)
        )

    def visible(self, article_id: int) -> list[ClaimRecord]:
        return [c for c in self.claims.get(article_id, []) if self.passes(c)]

    def step(self, article_id: int, claim_id: int | None, step: int) -> ClaimRecord | None:
        """The next (step=1) or previous (-1) claim of the article that passes the filter."""
        claims = self.claims.get(article_id, [])
        current = self.by_id.get(claim_id) if claim_id is not None else None
        if current is None or current.article_id != article_id:
            ordered = claims if step > 0 else list(reversed(claims))
            return next((c for c in ordered if self.passes(c)), None)
        index = claims.index(current)
        rng = range(index + 1, len(claims)) if step > 0 else range(index - 1, -1, -1)
        return next((claims[i] for i in rng if self.passes(claims[i])), None)

    def next_unreviewed(self, article_order: list[int], claim_id: int | None, step: int) -> ClaimRecord | None:
        """The next/previous claim without a verdict that passes the filter, starting after
        ``claim_id`` in the given articles' order and wrapping around."""
        ordered = [c for aid in article_order for c in self.claims.get(aid, [])]
        if step < 0:
            ordered.reverse()
        if not ordered:
            return None
        start = next((i for i, c in enumerate(ordered) if c.id == claim_id), -1)
        for offset in range(1, len(ordered) + 1):
            claim = ordered[(start + offset) % len(ordered)]
            if not claim.verdict and self.passes(claim):
                return claim
        return None

    # -- changing --------------------------------------------------------------------------------
    # Every write is compare-and-set against what the screen shows (the in-memory record): a
    # claim changed by another process meanwhile raises VerdictConflict, after its record here is
    # refreshed so the screen can show the new state and ask.
    def set_verdict(self, claim_id: int, key: str | None) -> Change:
        shown = self.by_id[claim_id]
        return self._checked(claim_id, lambda: set_verdict(
            self.store, claim_id, verdict=key, reviewer=self.reviewer, expected=(shown.verdict, shown.note)))

    def set_note(self, claim_id: int, note: str | None, shown_note: str | None = None) -> Change:
        """``shown_note``: the note the editor started from (by default, the one in memory)."""
        shown = self.by_id[claim_id]
        base = shown.note if shown_note is None else shown_note
        return self._checked(claim_id, lambda: set_verdict(
            self.store, claim_id, note=note, reviewer=self.reviewer, expected=(shown.verdict, base)))

    def dispute(self, claim_id: int, key: str | None) -> None:
        """Record that this reviewer judges the claim ``key`` while the stored verdict (someone
        else's) stays: a dispute to settle later."""
        claim = self.by_id[claim_id]
        theirs = claim.reviewer or "someone"
        mine = self.reviewer if self.reviewer != theirs else f"{self.reviewer} (workbench)"
        record_dispute(self.store, claim_id, {theirs: claim.verdict, mine: key})

    def undo(self) -> Change | None:
        """Undo this session's last change, unless the claim was changed elsewhere since
        (VerdictConflict: the change is dropped, the claim shows the other change)."""
        if not self.undo_stack:
            return None
        change = self.undo_stack.pop()
        self._checked(change.claim_id, lambda: undo(self.store, change, self.reviewer, checked=True), record=False)
        return change

    def _checked(self, claim_id: int, write, record: bool = True) -> Change:
        try:
            change = write()
        except VerdictConflict:
            self.refresh_claims([claim_id])
            raise
        if record:
            return self._applied(change)
        self._refresh_record(change)
        return change

    def _applied(self, change: Change) -> Change:
        if (change.old_verdict, change.old_note) != (change.new_verdict, change.new_note):
            self.undo_stack.append(change)
        self._refresh_record(change)
        return change

    def _refresh_record(self, change: Change) -> None:
        old = self.by_id.get(change.claim_id)
        if old is None or (change.old_verdict, change.old_note) == (change.new_verdict, change.new_note):
            return  # nothing was written (and the stored reviewer is still whoever wrote last)
        self._put(replace(old, verdict=change.new_verdict, note=change.new_note, reviewer=self.reviewer))

    def _put(self, new: ClaimRecord) -> None:
        old = self.by_id[new.id]
        self.by_id[new.id] = new
        claims = self.claims[new.article_id]
        claims[claims.index(old)] = new

    # -- where the reviewer left off -------------------------------------------------------------
    def saved_place(self) -> tuple[list[tuple[int, int | None]], int] | None:
        """The (article, claim) of each pane and the focused pane when this reviewer last closed
        the workbench, without articles or claims that are gone; None if nothing usable is saved."""
        value = load_ui_state(self.store, self._place_name)
        if not value or not isinstance(value.get("panes"), list):
            return None
        panes = []
        for item in value["panes"]:
            if not (isinstance(item, list) and len(item) == 2 and item[0] in self.articles):
                continue
            claim = self.by_id.get(item[1]) if isinstance(item[1], int) else None
            panes.append((item[0], claim.id if claim is not None and claim.article_id == item[0] else None))
        if not panes:
            return None
        focused = value.get("focused")
        return panes, focused if isinstance(focused, int) and 0 <= focused < len(panes) else 0

    def remember_place(self, panes: list[tuple[int | None, int | None]], focused: int) -> None:
        """Keep where the reviewer is for the next start (best effort: a failure here costs only
        the resume, so it is not reported)."""
        value = {"panes": [[a, c] for a, c in panes if a is not None], "focused": focused}
        if self.store.read_only or value == self._remembered or not value["panes"]:
            return
        if save_ui_state(self.store, self._place_name, value):
            self._remembered = value

    @property
    def _place_name(self) -> str:
        return f"workbench:{self.reviewer}"

    def progress_all(self) -> tuple[int, int]:
        """Reviewed and check-worthy claims over every article."""
        return sum(1 for c in self.by_id.values() if c.verdict), len(self.by_id)

    # -- looking up ------------------------------------------------------------------------------
    def related(self, claim_id: int) -> list[dict]:
        """The matcher's related statements, best first (none until matching has run)."""
        # imported here: the matcher pulls in numpy & co., which the first screen need not wait for
        from factcheck.store.related import related

        return related(self.store, claim_id)

    def search(self, query: str, limit: int = 100) -> list[ClaimRecord]:
        ids = search_claims(self.store, query, limit=limit * 3)
        return [self.by_id[i] for i in ids if i in self.by_id][:limit]

    def default_export_path(self, directory: Path, when: datetime | None = None) -> Path:
        return directory / f"factcheck-export-{(when or datetime.now()):%Y%m%d-%H%M%S}.md"

    def export_markdown(self, path: Path) -> Path:
        from factcheck.export import write_export

        return write_export(self.store, "markdown", path, self.config)

    def reread(self, claim_id: int) -> None:
        """Read one claim's verdict and note again after a store function other than ours changed it
        (settling a dispute)."""
        from factcheck.store.claims import get_claim

        old, new = self.by_id.get(claim_id), get_claim(self.store, claim_id)
        if old is None or new is None:
            return
        new = replace(old, verdict=new.verdict, note=new.note, reviewer=new.reviewer)
        self.by_id[claim_id] = new
        claims = self.claims[new.article_id]
        claims[claims.index(old)] = new
