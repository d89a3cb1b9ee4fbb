"""Disputes: a claim two reviewers judged differently, open until someone settles it.

Opened by ``factcheck merge``; listed by ``factcheck disputes`` and in every export; settled by
``factcheck disputes --settle CLAIM_ID VERDICT``, which sets the verdict (one more history row) and
closes the dispute. Settled disputes stay in the table as a record of who decided what.
"""

from __future__ import annotations

import json

from factcheck.errors import FactcheckError
from factcheck.store import Store
from factcheck.store.articles import now
from factcheck.store.verdicts import set_verdict


def open_disputes(store: Store) -> dict[int, dict]:
    """claim id -> {"verdicts": {reviewer: verdict}, "opened_at"} for every open dispute."""
    rows = store.conn.execute(
        "SELECT claim_id, verdicts, opened_at FROM disputes WHERE settled_at IS NULL ORDER BY claim_id"
    ).fetchall()
    return {cid: {"verdicts": json.loads(views), "opened_at": at} for cid, views, at in rows}


def list_disputes(store: Store, include_settled: bool = False) -> list[dict]:
    where = "" if include_settled else "WHERE d.settled_at IS NULL"
    rows = store.query(
        "SELECT d.claim_id, d.claim_text, d.verdicts, d.opened_at, d.settled_at, d.settled_by,"
        " d.settled_verdict, v.verdict AS current_verdict, a.id AS article_id, a.title, a.file_name"
        " FROM disputes d JOIN claims c ON c.id = d.claim_id JOIN articles a ON a.id = c.article_id"
        f" LEFT JOIN verdicts v ON v.claim_id = d.claim_id {where} ORDER BY d.claim_id, d.id"
    )
    for row in rows:
        row["verdicts"] = json.loads(row["verdicts"])
    return rows


def open_dispute(store: Store, claim_id: int, views: dict[str, str | None]) -> None:
    """Record (or widen) the open dispute on a claim. Call inside a transaction."""
    conn = store.conn
    current = conn.execute(
        "SELECT id, verdicts FROM disputes WHERE claim_id = ? AND settled_at IS NULL", (claim_id,)
    ).fetchone()
    if current:
        merged = json.loads(current[1]) | views
        conn.execute("UPDATE disputes SET verdicts = ? WHERE id = ?", (json.dumps(merged, ensure_ascii=False), current[0]))
        return
    text, article_hash = conn.execute(
        "SELECT c.text, a.content_hash FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?",
        (claim_id,),
    ).fetchone()
    conn.execute(
        "INSERT INTO disputes (claim_id, article_hash, claim_text, verdicts, opened_at) VALUES (?, ?, ?, ?, ?)",
        (claim_id, article_hash, text, json.dumps(views, ensure_ascii=False), now()),
    )


def record_dispute(store: Store, claim_id: int, views: dict[str, str | None]) -> None:
    """Open (or widen) a dispute on a claim in a transaction of its own; the verdict is unchanged."""
    store.write(lambda: open_dispute(store, claim_id, views))


def settle(store: Store, claim_id: int, verdict: str | None, reviewer: str, note: str | None = None) -> None:
    """Decide a disputed claim: its verdict becomes ``verdict`` and the dispute closes, atomically."""

    def action() -> None:
        row = store.conn.execute(
            "SELECT id FROM disputes WHERE claim_id = ? AND settled_at IS NULL", (claim_id,)
        ).fetchone()
        if row is None:
            raise FactcheckError(f"claim {claim_id} is not disputed")
        changes = {"verdict": verdict} | ({"note": note} if note is not None else {})
        set_verdict(store, claim_id, reviewer=reviewer, **changes)
        store.conn.execute(
            "UPDATE disputes SET settled_at = ?, settled_by = ?, settled_verdict = ? WHERE id = ?",
            (now(), reviewer, verdict, row[0]),
        )

    store.write(action)
