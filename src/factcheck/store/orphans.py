"""Verdicts whose claim vanished when its article was re-added (store/reanchor.py), and putting
them back onto a claim. Nothing here deletes: a restored row stays, saying where it went."""

from __future__ import annotations

from factcheck.errors import FactcheckError
from factcheck.store import Store
from factcheck.store.articles import now


def list_orphans(store: Store, include_restored: bool = False) -> list[dict]:
    """Orphaned verdicts, newest first, each with its article (file name and title) as it is now."""
    rows = store.query(
        "SELECT o.*, a.file_name, a.title FROM orphans o LEFT JOIN articles a ON a.id = o.article_id"
        + ("" if include_restored else " WHERE o.restored_to IS NULL")
        + " ORDER BY o.id DESC"
    )
    for row in rows:
        row["article"] = {"id": row.pop("article_id"), "file": row.pop("file_name"), "title": row.pop("title")}
    return rows


def count_orphans(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM orphans WHERE restored_to IS NULL").fetchone()[0]


def restore(store: Store, claim_id: int, to: int, by: str) -> dict:
    """Put the orphaned verdict and note of vanished claim ``claim_id`` onto claim ``to``, which
    must have none. The verdict keeps the reviewer who gave it; the history row says who restored
    it (``by``) only in the orphans row, so no one is credited with a verdict they did not give."""
    return store.write(lambda: _restore(store, claim_id, to, by))


def _restore(store: Store, claim_id: int, to: int, by: str) -> dict:
    conn = store.conn
    orphan = conn.execute(
        "SELECT id, verdict, note, reviewer, updated_at FROM orphans WHERE claim_id = ? AND restored_to IS NULL"
        " ORDER BY id DESC LIMIT 1", (claim_id,),
    ).fetchone()
    if orphan is None:
        raise FactcheckError(f"no orphaned verdict of claim {claim_id} (see `factcheck orphans`)")
    target = conn.execute(
        "SELECT c.text, a.content_hash FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?", (to,)
    ).fetchone()
    if target is None:
        raise FactcheckError(f"no claim with id {to}")
    current = conn.execute("SELECT verdict, note FROM verdicts WHERE claim_id = ?", (to,)).fetchone()
    if current is not None:
        raise FactcheckError(f"claim {to} already has a verdict ({current[0] or 'a note'}): restore onto an "
                             f"unreviewed claim, or set it with `factcheck verdict`")
    row_id, verdict, note, reviewer, updated_at = orphan
    conn.execute(
        "INSERT INTO verdicts (claim_id, verdict, note, reviewer, updated_at) VALUES (?, ?, ?, ?, ?)",
        (to, verdict, note, reviewer, updated_at),
    )
    at = now()
    conn.execute(
        "INSERT INTO verdict_history (claim_id, article_hash, claim_text, reviewer, at,"
        " old_verdict, new_verdict, old_note, new_note) VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, ?)",
        (to, target[1], target[0], reviewer, at, verdict, note),
    )
    conn.execute("UPDATE orphans SET restored_to = ?, restored_at = ?, restored_by = ? WHERE id = ?",
                 (to, at, by, row_id))
    return {"claim_id": to, "verdict": verdict, "note": note, "reviewer": reviewer}
