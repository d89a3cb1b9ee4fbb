"""Re-adding an edited article: keep the verdicts whose claim text is still there.

**The same article.** An article file added again from the same path (both resolved with
``os.path.realpath``; a relative path stored earlier resolves against today's working directory)
whose text now has a different content hash is a new version of the article stored from that path.
Unchanged text is the usual "already stored"; a different path is a different article.

**Text-quote anchoring** (as Hypothesis does with its TextQuoteSelector): a reviewed claim of the old
version is found in the new one by its exact text (whitespace-insensitive); when that text occurs
more than once, the occurrence whose surrounding text (32 characters each side) and relative position
agree best wins. Found: the verdict and note move to the new claim with their reviewer and time, and
one history row records the move. Not found: the verdict *vanished*; it is listed in the add summary,
and every change ever made to it stays in ``verdict_history`` (append-only, anchored by
``article_hash`` and ``claim_text``), so nothing is lost.

The new version then replaces the old one in one transaction: the old article row and its claims,
sentences, spans, quantities and matches are deleted (open disputes on kept claims move along).
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field

from factcheck.core.models import Analysis
from factcheck.store import Store
from factcheck.store import articles as store_articles
from factcheck.store.articles import now

CONTEXT = 32  # characters of prefix/suffix compared when a claim's text occurs more than once


@dataclass
class Vanished:
    claim_id: int  # the claim id in the old version (history rows still carry it)
    text: str
    verdict: str | None
    note: str | None


@dataclass
class Update:
    """What re-adding an edited article did."""

    path: str
    old_article_id: int
    new_article_id: int
    kept: list[tuple[int, int]] = field(default_factory=list)  # (old claim id, new claim id)
    vanished: list[Vanished] = field(default_factory=list)

    def summary(self) -> str:
        name = os.path.basename(self.path)
        text = f"{name}: {len(self.kept)} verdict{'s' * (len(self.kept) != 1)} kept"
        if self.vanished:
            quoted = "; ".join(f"“{_short(v.text)}” ({v.verdict or 'note'})" for v in self.vanished[:3])
            more = f" and {len(self.vanished) - 3} more" if len(self.vanished) > 3 else ""
            text += f", {len(self.vanished)} vanished: {quoted}{more}"
        return text


def save_or_replace(store: Store, analysis: Analysis) -> tuple[int, bool, Update | None]:
    """``articles.save``, except that a new version of an article already stored from the same
    path replaces it, carrying its verdicts over. Returns (article id, created, the update or None).
    Call inside ``store.transaction()``."""
    article = analysis.article
    previous = previous_version(store, article.path, article.content_hash)
    article_id, created = store_articles.save(store, analysis)
    if previous is None:
        return article_id, created, None
    return article_id, created, replace(store, previous, article_id, article.path or "")


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


def replace(store: Store, old_id: int, new_id: int, path: str) -> Update:
    """Move the reviews of article ``old_id`` onto the claims of ``new_id``, then delete ``old_id``."""
    conn = store.conn
    update = Update(path, old_id, new_id)
    old_text = store_articles.article_text(store, old_id)
    new_text = store_articles.article_text(store, new_id)
    reviewed = conn.execute(
        "SELECT c.id, c.text, c.char_start, c.char_end, v.verdict, v.note, v.reviewer, v.updated_at"
        " FROM claims c JOIN verdicts v ON v.claim_id = c.id WHERE c.article_id = ? ORDER BY c.char_start",
        (old_id,),
    ).fetchall()
    candidates: dict[str, list[tuple[int, int, int]]] = {}
    for cid, text, start, end in conn.execute(
        "SELECT c.id, c.text, c.char_start, c.char_end FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id"
        " WHERE c.article_id = ? AND v.claim_id IS NULL ORDER BY c.char_start",
        (new_id,),
    ):
        candidates.setdefault(_norm(text), []).append((cid, start, end))
    article_hash = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (new_id,)).fetchone()[0]
    at = now()
    for old_cid, text, start, end, verdict, note, reviewer, updated_at in reviewed:
        options = candidates.get(_norm(text), [])
        if not options:
            update.vanished.append(Vanished(old_cid, text, verdict, note))
            continue
        best = max(options, key=lambda o: _agreement(old_text, start, end, new_text, o[1], o[2]))
        options.remove(best)
        new_cid = best[0]
        new_claim_text = new_text[best[1] : best[2]]
        conn.execute(
            "INSERT INTO verdicts (claim_id, verdict, note, reviewer, updated_at) VALUES (?, ?, ?, ?, ?)",
            (new_cid, verdict, note, reviewer, updated_at),
        )
        conn.execute(
            "INSERT INTO verdict_history (claim_id, article_hash, claim_text, reviewer, at,"
            " old_verdict, new_verdict, old_note, new_note) VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, ?)",
            (new_cid, article_hash, new_claim_text, reviewer, at, verdict, note),
        )
        if _has_table(store, "disputes"):
            conn.execute(
                "UPDATE disputes SET claim_id = ?, article_hash = ?, claim_text = ?"
                " WHERE claim_id = ? AND settled_at IS NULL",
                (new_cid, article_hash, new_claim_text, old_cid),
            )
        update.kept.append((old_cid, new_cid))
    if old_id != new_id:
        conn.execute("DELETE FROM articles WHERE id = ?", (old_id,))
    return update


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _agreement(old: str, start: int, end: int, new: str, n_start: int, n_end: int) -> tuple[int, float]:
    """How well an occurrence in the new text matches the old one: shared context characters,
    then closeness of relative position."""
    prefix_old, prefix_new = old[max(0, start - CONTEXT) : start], new[max(0, n_start - CONTEXT) : n_start]
    suffix_old, suffix_new = old[end : end + CONTEXT], new[n_end : n_end + CONTEXT]
    shared = len(os.path.commonprefix([prefix_old[::-1], prefix_new[::-1]]))
    shared += len(os.path.commonprefix([suffix_old, suffix_new]))
    where = abs(start / max(len(old), 1) - n_start / max(len(new), 1))
    return shared, -where


def _has_table(store: Store, name: str) -> bool:
    return store.has_table(name)


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
