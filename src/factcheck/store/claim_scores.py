"""Changing the score and reasons of stored claims after they were saved: the claims the rules left
below the threshold (read back to be judged again), and writing new scores for some of them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.store import Store


@dataclass(frozen=True, slots=True)
class Scored:
    id: int
    score: float
    reasons: list[str]
    text: str


def below(store: Store, threshold: float, article_ids: Iterable[int] | None = None) -> list[Scored]:
    """Claims (of these articles, or of all) scoring below ``threshold``, in id order."""
    sql = "SELECT id, score, reasons, text FROM claims WHERE score < ?"
    params: list = [threshold]
    if article_ids is not None:
        sql += " AND article_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(set(article_ids))))
    rows = store.conn.execute(sql + " ORDER BY id", params).fetchall()
    return [Scored(cid, score, json.loads(reasons), text) for cid, score, reasons, text in rows]


def rescore(store: Store, changes: list[tuple[Scored, float, list[str]]]) -> list[int]:
    """Give each claim its new score and reasons, in one transaction; a claim whose score changed
    since it was read (re-added meanwhile) is left as it is. Returns the ids changed."""
    def write() -> list[int]:
        done = []
        for old, score, reasons in changes:
            cur = store.conn.execute(
                "UPDATE claims SET score = ?, reasons = ? WHERE id = ? AND abs(score - ?) < 1e-6",
                (score, json.dumps(reasons, ensure_ascii=False), old.id, old.score),
            )
            if cur.rowcount:
                done.append(old.id)
        return done

    return store.write(write) if changes else []
