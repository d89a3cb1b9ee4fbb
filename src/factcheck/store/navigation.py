"""Queries the workbench needs to move around a store: spans to highlight, claims in conflict,
where to resume. Read-only; verdicts are written by ``factcheck.store.verdicts``."""

from __future__ import annotations

import json

from factcheck.store import Store


def spans_by_claim(
    store: Store, min_score: float = 0.0, claim_ids: list[int] | None = None
) -> dict[int, list[tuple[str, int, int]]]:
    """(kind, char_start, char_end) of every span of every claim at or above ``min_score`` (or
    of the claims ``claim_ids``, whatever their score), in text order, keyed by claim id."""
    where, params = ("c.score >= ?", [min_score]) if claim_ids is None else (
        "c.id IN (SELECT value FROM json_each(?))", [json.dumps(claim_ids)])
    rows = store.conn.execute(
        "SELECT s.claim_id, s.kind, s.char_start, s.char_end FROM spans s"
        f" JOIN claims c ON c.id = s.claim_id WHERE {where}"
        " ORDER BY s.claim_id, s.char_start, s.char_end",
        params,
    ).fetchall()
    spans: dict[int, list[tuple[str, int, int]]] = {}
    for claim_id, kind, start, end in rows:
        spans.setdefault(claim_id, []).append((kind, start, end))
    return spans


def reviewed_below(store: Store, min_score: float) -> list[int]:
    """Claims scoring below ``min_score`` that have a verdict or a note (a reviewer went to them
    from a related statement and judged them)."""
    return [cid for (cid,) in store.conn.execute(
        "SELECT v.claim_id FROM verdicts v JOIN claims c ON c.id = v.claim_id"
        " WHERE c.score < ? AND (v.verdict IS NOT NULL OR v.note IS NOT NULL) ORDER BY v.claim_id",
        (min_score,),
    )]


def conflict_claim_ids(store: Store, min_score: float = 0.0) -> set[int]:
    """Claims with at least one related statement (scoring ``min_score`` or more) whose figures
    disagree."""
    rows = store.conn.execute(
        "SELECT claim_a FROM matches WHERE consistency = 'conflict' AND score >= ?"
        " UNION SELECT claim_b FROM matches WHERE consistency = 'conflict' AND score >= ?",
        (min_score, min_score),
    ).fetchall()
    return {row[0] for row in rows}


def first_unreviewed(store: Store, min_score: float = 0.0) -> int | None:
    """The first claim at or above ``min_score``, in article then text order, with no verdict."""
    row = store.conn.execute(
        "SELECT c.id FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id"
        " WHERE c.score >= ? AND v.verdict IS NULL ORDER BY c.article_id, c.char_start LIMIT 1",
        (min_score,),
    ).fetchone()
    return row[0] if row else None

