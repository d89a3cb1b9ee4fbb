"""Re-adding an edited article: every claim found again keeps its id, its verdict and its note.

**The same article.** An article file added again from the same path (both resolved with
``os.path.realpath``; a relative path stored earlier resolves against today's working directory)
whose text now has a different content hash is a new version of the article stored from that path.
Unchanged text is the usual "already stored"; a different path is a different article.

**Finding the claims again** is ``core.anchoring``: the same text (with its surroundings deciding
between repeats), else the most alike new claim (a correction: "re-anchored (97% alike)").

**Ids stay.** Scripts and the workbench's undo hold claim ids, so a claim found again keeps its
row: the old row takes the new version's offsets, text, sentence, spans and quantities, and the
new version's duplicate row is dropped. Its verdict, disputes and history stay where they were; a
reviewed claim gets one history row recording the move (same verdict, new text and article hash).
A reviewed claim that is not found is *orphaned*: its verdict and note go to ``orphans`` (listed by
``factcheck orphans``, put back with ``factcheck restore``) and its history stays.

Then the old version is deleted, with the claims not found again. (When the edited text is the
same as another article already stored, that article's claims take the verdicts instead and their
ids stay theirs: two articles cannot both keep their ids on one row.)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import NamedTuple

from factcheck.core.anchoring import Quote, anchor
from factcheck.core.models import Analysis
from factcheck.store import Store
from factcheck.store import articles as store_articles
from factcheck.store.articles import now


@dataclass
class Vanished:
    claim_id: int  # the claim's id before it vanished (its history rows and orphans row carry it)
    text: str
    verdict: str | None
    note: str | None


@dataclass
class Reanchored:
    claim_id: int  # the same before and after
    similarity: float  # percent
    old_text: str
    new_text: str


@dataclass
class Update:
    """What re-adding an edited article did."""

    path: str
    old_article_id: int
    new_article_id: int
    kept: list[tuple[int, int]] = field(default_factory=list)  # reviewed: (old claim id, claim id now)
    reanchored: list[Reanchored] = field(default_factory=list)  # the kept ones found by likeness
    vanished: list[Vanished] = field(default_factory=list)

    def summary(self) -> str:
        name = os.path.basename(self.path)
        text = f"{name}: {len(self.kept)} verdict{'s' * (len(self.kept) != 1)} kept"
        if self.reanchored:
            alike = ", ".join(f"{int(r.similarity)}%" for r in self.reanchored[:3])
            text += f", {len(self.reanchored)} of them re-anchored ({alike}{', …' * (len(self.reanchored) > 3)} alike)"
        if self.vanished:
            quoted = "; ".join(f"“{_short(v.text)}” ({v.verdict or 'note'})" for v in self.vanished[:3])
            more = f" and {len(self.vanished) - 3} more" if len(self.vanished) > 3 else ""
            text += f", {len(self.vanished)} vanished: {quoted}{more} (kept aside: see `factcheck orphans`)"
        return text


def save_or_replace(store: Store, analysis: Analysis) -> tuple[int, bool, Update | None]:
    """``articles.save``, except that a new version of an article already stored from the same
    path replaces it, carrying its claim ids and verdicts over. Returns (article id, created, the
    update or None). Call inside ``store.transaction()``."""
    article = analysis.article
    previous = previous_version(store, article.path, article.content_hash)
    article_id, created = store_articles.save(store, analysis)
    if previous is None:
        return article_id, created, None
    return article_id, created, replace(store, previous, article_id, article.path or "", created)


def previous_version(store: Store, path: str | None, content_hash: str) -> int | None:
    """The id of the latest article stored from ``path`` with other text, if any."""
    if not path:
        return None
    target = os.path.realpath(path)
    rows = store.conn.execute(
        "SELECT id, path FROM articles WHERE file_name = ? AND content_hash != ? ORDER BY id DESC",
        (os.path.basename(path), content_hash),
    ).fetchall()
    return next((aid for aid, stored in rows if stored and os.path.realpath(stored) == target), None)


def replace(store: Store, old_id: int, new_id: int, path: str, created: bool = True) -> Update:
    """Carry the claims of article ``old_id`` over to ``new_id`` (a version just saved when
    ``created``, else one stored before), then delete ``old_id``."""
    conn = store.conn
    update = Update(path, old_id, new_id)
    reviews = {
        cid: _Review(*row) for cid, *row in conn.execute(
            "SELECT v.claim_id, v.verdict, v.note, v.reviewer, v.updated_at FROM verdicts v"
            " JOIN claims c ON c.id = v.claim_id WHERE c.article_id = ?", (old_id,))
    }
    old = [Quote(cid, start, end, text, cid in reviews) for cid, start, end, text in conn.execute(
        "SELECT id, char_start, char_end, text FROM claims WHERE article_id = ? ORDER BY char_start", (old_id,))]
    new = [Quote(cid, start, end, text) for cid, start, end, text in conn.execute(
        "SELECT c.id, c.char_start, c.char_end, c.text FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id"
        " WHERE c.article_id = ? AND v.claim_id IS NULL ORDER BY c.char_start", (new_id,))]
    if not created:  # the new version's claims have ids of their own: only reviews move onto them
        old = [q for q in old if q.first]
    places = anchor(store_articles.article_text(store, old_id), old, store_articles.article_text(store, new_id), new)
    new_text = {q.id: q.text for q in new}
    article_hash = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (new_id,)).fetchone()[0]
    at = now()
    for q in old:
        place = places.get(q.id)
        if place is not None:
            claim_id = _adopt(store, q.id, place.new_id) if created else _move_review(store, q.id, place.new_id)
            if q.first:
                update.kept.append((q.id, claim_id))
                if place.similarity < 100:
                    update.reanchored.append(Reanchored(claim_id, place.similarity, q.text, new_text[place.new_id]))
                _record_move(store, claim_id, article_hash, new_text[place.new_id], reviews[q.id], at,
                             moved=not created)
        elif q.first:
            review = reviews[q.id]
            update.vanished.append(Vanished(q.id, q.text, review.verdict, review.note))
            conn.execute(
                "INSERT INTO orphans (claim_id, article_id, article_hash, claim_text, verdict, note, reviewer,"
                " updated_at, orphaned_at) SELECT ?, ?, a.content_hash, ?, ?, ?, ?, ?, ? FROM articles a WHERE a.id = ?",
                (q.id, new_id, q.text, review.verdict, review.note, review.reviewer, review.updated_at, at, old_id),
            )
    conn.execute("UPDATE orphans SET article_id = ? WHERE article_id = ?", (new_id, old_id))
    conn.execute("DELETE FROM articles WHERE id = ?", (old_id,))
    return update


def _adopt(store: Store, old_cid: int, new_cid: int) -> int:
    """The old claim row takes the place of the new version's row ``new_cid``, keeping its id (and
    with it its verdict, disputes and history); derived rows of the old text are dropped (the
    matcher recomputes matches for the new version)."""
    conn = store.conn
    for table in ("spans", "quantities", "match_keys", "match_signatures"):
        conn.execute(f"DELETE FROM {table} WHERE claim_id = ?", (old_cid,))
    conn.execute("DELETE FROM matches WHERE claim_a IN (?, ?) OR claim_b IN (?, ?)", (old_cid, new_cid, old_cid, new_cid))
    row = conn.execute(
        "SELECT article_id, sentence_id, char_start, char_end, text, score, kinds, reasons FROM claims WHERE id = ?",
        (new_cid,),
    ).fetchone()
    conn.execute(
        "UPDATE claims SET article_id = ?, sentence_id = ?, char_start = ?, char_end = ?, text = ?, score = ?,"
        " kinds = ?, reasons = ? WHERE id = ?",
        (*row, old_cid),
    )
    for table in ("spans", "quantities", "match_keys", "match_signatures"):
        conn.execute(f"UPDATE {table} SET claim_id = ? WHERE claim_id = ?", (old_cid, new_cid))
    conn.execute("DELETE FROM claims WHERE id = ?", (new_cid,))
    return old_cid


def _move_review(store: Store, old_cid: int, new_cid: int) -> int:
    """The verdict of ``old_cid`` moves to ``new_cid``, a claim of an article stored before; open
    disputes move along."""
    conn = store.conn
    conn.execute(
        "INSERT INTO verdicts (claim_id, verdict, note, reviewer, updated_at)"
        " SELECT ?, verdict, note, reviewer, updated_at FROM verdicts WHERE claim_id = ?",
        (new_cid, old_cid),
    )
    conn.execute("UPDATE disputes SET claim_id = ? WHERE claim_id = ? AND settled_at IS NULL", (new_cid, old_cid))
    return new_cid


class _Review(NamedTuple):
    """A claim's verdict row, as re-adding its article carries it along."""

    verdict: str | None
    note: str | None
    reviewer: str
    updated_at: str


def _record_move(store: Store, claim_id: int, article_hash: str, text: str, review: _Review, at: str,
                 moved: bool) -> None:
    """One history row saying the review now stands on this text of this version (the verdict and
    note unchanged, by the reviewer who gave them; ``moved``: onto another claim, which had none);
    open disputes are anchored to it too."""
    before = (None, None) if moved else (review.verdict, review.note)
    store.conn.execute(
        "INSERT INTO verdict_history (claim_id, article_hash, claim_text, reviewer, at,"
        " old_verdict, new_verdict, old_note, new_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (claim_id, article_hash, text, review.reviewer, at, before[0], review.verdict, before[1], review.note),
    )
    store.conn.execute(
        "UPDATE disputes SET article_hash = ?, claim_text = ? WHERE claim_id = ? AND settled_at IS NULL",
        (article_hash, text, claim_id),
    )


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
