"""Reading related statements back: a claim's related statements for the workbench, many claims'
for an export, and every pair for ``factcheck match`` (``store.matches`` computes and stores them)."""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck.core.claims import DEFAULT_THRESHOLD
from factcheck.core.matching import DEFAULT_MIN_SCORE
from factcheck.store import Store

_SIDE = """
    SELECT c.id, c.article_id, a.file_name, a.title, a.lang, c.text, c.char_start, c.char_end
    FROM claims c JOIN articles a ON a.id = c.article_id
"""


def _side(row: tuple) -> dict:
    cid, aid, file_name, title, lang, text, start, end = row
    return {
        "id": cid, "article_id": aid, "article": {"id": aid, "file": file_name, "title": title},
        "lang": lang, "text": text, "start": start, "end": end,
    }


@dataclass(slots=True)
class Related:
    """The related statements of one claim: the best ``items`` (all, or as many as asked for),
    and counts over all of them."""

    items: list[dict] = field(default_factory=list)
    total: int = 0
    conflicts: int = 0  # of ``total``, how many have consistency "conflict"


def related(store: Store, claim_id: int, min_score: float = DEFAULT_MIN_SCORE) -> list[dict]:
    """The statements related to a claim, best first: for each match the OTHER claim as
    {"claim_id", "article_id", "article": {"id", "file", "title"}, "lang", "text", "start", "end",
    "score", "evidence": [...], "consistency"}."""
    return related_many(store, [claim_id], min_score)[claim_id].items


def related_many(
    store: Store, claim_ids: Iterable[int], min_score: float = DEFAULT_MIN_SCORE, limit: int | None = None
) -> dict[int, Related]:
    """``related`` for many claims at once: claim id -> ``Related`` with the best ``limit``
    statements (all when None, none when 0) as ``related`` gives them, and the total and conflict
    counts of all. Every asked-for claim is in the result (with no items when it has no matches).

    A few queries whatever the number of claims: the matches of the claims (through the indexes
    when they are few, by one scan of ``matches`` when they are a good share of the store), ranked
    here; then the evidence and the other sides of the chosen ones only. Exports of every claim of
    a big store made one query per claim and took up to a minute."""
    if limit is not None and limit < 0:
        raise ValueError("limit must be 0 or more (or None for all)")
    ids = sorted(set(claim_ids))
    out = {cid: Related() for cid in ids}
    if not ids:
        return out
    conn = store.conn
    # per claim the best ``limit`` sides seen so far, as a heap whose top is the worst kept:
    # (score, meaning, -other claim id, consistency, match id), so best first is by score, then by
    # how alike in meaning (scores of strong pairs reach 1.0 together), then claim id
    kept: dict[int, list[tuple[float, float, int, str | None, int]]] = {cid: [] for cid in ids}

    def add(me: int, other: int, score: float, semantic: float | None, consistency: str | None, mid: int) -> None:
        entry, heap = out[me], kept[me]
        entry.total += 1
        entry.conflicts += consistency == "conflict"
        side = (score, -1.0 if semantic is None else semantic, -other, consistency, mid)
        if limit is None or len(heap) < limit:
            heapq.heappush(heap, side)
        elif limit and side > heap[0]:
            heapq.heapreplace(heap, side)

    in_scope = conn.execute("SELECT count(*) FROM claims WHERE score >= ?", (DEFAULT_THRESHOLD,)).fetchone()[0]
    if len(ids) * SCAN_SHARE >= in_scope:
        for a, b, score, semantic, consistency, mid in conn.execute(
            "SELECT claim_a, claim_b, score, semantic, consistency, id FROM matches WHERE score >= ?", (min_score,)
        ):
            if a in kept:
                add(a, b, score, semantic, consistency, mid)
            if b in kept:
                add(b, a, score, semantic, consistency, mid)
    else:
        for row in conn.execute(
            "WITH wanted(id) AS (SELECT value FROM json_each(?))"
            " SELECT m.claim_a, m.claim_b, m.score, m.semantic, m.consistency, m.id FROM wanted w"
            " JOIN matches m ON m.claim_a = w.id WHERE m.score >= ?"
            " UNION ALL SELECT m.claim_b, m.claim_a, m.score, m.semantic, m.consistency, m.id FROM wanted w"
            " JOIN matches m ON m.claim_b = w.id WHERE m.score >= ?",
            (json.dumps(ids), min_score, min_score),
        ):
            add(*row)
    chosen = {cid: sorted(heap, key=lambda side: side[:3], reverse=True) for cid, heap in kept.items()}
    mids = [side[4] for found in chosen.values() for side in found]
    if not mids:
        return out
    evidence = {mid: (ev, sem) for mid, ev, sem in conn.execute(
        "SELECT id, evidence, semantic FROM matches WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(mids),)
    )}  # fmt: skip
    others = sorted({-side[2] for found in chosen.values() for side in found})
    info = {row[0]: row for row in conn.execute(_SIDE + " WHERE c.id IN (SELECT value FROM json_each(?))", (json.dumps(others),))}
    for cid, found in chosen.items():
        items = out[cid].items
        for score, _, negative, consistency, mid in found:
            side = _side(info[-negative])
            items.append(
                {"claim_id": side.pop("id"), **side, "score": score, "evidence": json.loads(evidence[mid][0]),
                 "consistency": consistency, "semantic": evidence[mid][1]}
            )
    return out


SCAN_SHARE = 5  # related_many scans all matches when asked about a fifth or more of the check-worthy claims


def list_matches(store: Store, min_score: float = DEFAULT_MIN_SCORE, claim_id: int | None = None) -> list[dict]:
    """Stored matches at or above ``min_score`` (only those of ``claim_id`` if given), best first (by
    score, then by how alike in meaning), as
    {"a": {...}, "b": {...}, "score", "evidence", "consistency", "semantic"} (the sentence model's
    cosine, None when it took no part); each side has id, article
    ({"id", "file", "title"}), lang, text, start, end."""
    where, params = "m.score >= ?", [min_score]
    if claim_id is not None:
        where += " AND (m.claim_a = ? OR m.claim_b = ?)"
        params += [claim_id, claim_id]
    rows = store.conn.execute(
        f"SELECT m.claim_a, m.claim_b, m.score, m.evidence, m.consistency, m.semantic FROM matches m WHERE {where}"
        " ORDER BY m.score DESC, COALESCE(m.semantic, -1) DESC, m.claim_a, m.claim_b",
        params,
    ).fetchall()
    ids = sorted({r[0] for r in rows} | {r[1] for r in rows})
    sides: dict[int, dict] = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i : i + 900]
        for row in store.conn.execute(_SIDE + f" WHERE c.id IN ({','.join('?' * len(chunk))})", chunk):
            side = _side(row)
            del side["article_id"]
            sides[side["id"]] = side
    return [
        {"a": sides[a], "b": sides[b], "score": score, "evidence": json.loads(evidence), "consistency": consistency,
         "semantic": semantic}
        for a, b, score, evidence, consistency, semantic in rows
    ]
