"""Matches between claims of different articles: computing, storing and reading them back.

Only check-worthy claims (score >= ``core.claims.DEFAULT_THRESHOLD``) are matched: the rest are
sentences a reviewer does not look at, and leaving them out keeps matching cheap. Matches scoring at
least ``core.matching.STORE_MIN_SCORE`` are stored; readers filter with ``min_score`` (by default
``DEFAULT_MIN_SCORE``). After the claim threshold or the scoring changes, ``rebuild`` recomputes all.

``match_articles`` is incremental: the claims of the given articles are matched against every stored
claim, and only the pairs involving them are replaced. Because a pair's score depends on the two
claims alone, matching article by article gives the same rows as ``rebuild``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from factcheck.core.claims import DEFAULT_THRESHOLD
from factcheck.core.matching import (
    DEFAULT_MIN_SCORE,
    STORE_MIN_SCORE,
    Match,
    Statement,
    match_all,
    match_new,
)
from factcheck.core.models import Quantity
from factcheck.store import Store


def load_statements(
    store: Store, article_ids: Iterable[int] | None = None, exclude: bool = False,
    min_claim_score: float = DEFAULT_THRESHOLD,
) -> list[Statement]:
    """Check-worthy claims as matcher input: of ``article_ids``, of all articles but them
    (``exclude``), or of every article (None)."""
    where, params = "c.score >= ?", [min_claim_score]
    ids = list(article_ids) if article_ids is not None else None
    if ids is not None:
        where += f" AND c.article_id {'NOT ' if exclude else ''}IN ({','.join('?' * len(ids))})"
        params += ids
    conn = store.conn
    claims = conn.execute(
        f"SELECT c.id, c.article_id, a.lang, a.date, c.text, c.char_start FROM claims c"
        f" JOIN articles a ON a.id = c.article_id WHERE {where} ORDER BY c.id",
        params,
    ).fetchall()
    quantities: dict[int, list] = {}
    for cid, kind, start, end, text, value, unit, approx, usd, as_of in conn.execute(
        f"SELECT q.claim_id, q.kind, q.char_start, q.char_end, q.text, q.value, q.unit, q.approx, q.usd,"
        f" q.as_of FROM quantities q JOIN claims c ON c.id = q.claim_id WHERE {where}"
        f" ORDER BY q.claim_id, q.char_start",
        params,
    ):
        quantities.setdefault(cid, []).append((Quantity(kind, start, end, value, unit, bool(approx), usd, as_of), text))
    entities: dict[int, list[str]] = {}
    for cid, text in conn.execute(
        f"SELECT s.claim_id, s.text FROM spans s JOIN claims c ON c.id = s.claim_id"
        f" WHERE s.kind = 'entity' AND {where} ORDER BY s.claim_id, s.char_start",
        params,
    ):
        entities.setdefault(cid, []).append(text)
    return [
        Statement(cid, aid, lang, text, tuple(quantities.get(cid, ())), tuple(entities.get(cid, ())), date, start)
        for cid, aid, lang, date, text, start in claims
    ]


def _save(store: Store, matches: list[Match]) -> None:
    store.conn.executemany(
        "INSERT OR REPLACE INTO matches (claim_a, claim_b, score, evidence, consistency) VALUES (?, ?, ?, ?, ?)",
        [(m.a, m.b, m.score, json.dumps(list(m.evidence), ensure_ascii=False), m.consistency) for m in matches],
    )


def match_articles(store: Store, article_ids: Iterable[int]) -> int:
    """Match the claims of these (new) articles against all stored claims, replacing earlier matches
    of their claims. Returns how many of the new matches score at least ``DEFAULT_MIN_SCORE`` (the
    pairs ``factcheck match`` lists)."""
    ids = sorted(set(article_ids))
    if not ids:
        return 0
    new = load_statements(store, ids)
    old = load_statements(store, ids, exclude=True)
    found = match_new(new, old, STORE_MIN_SCORE)

    def write() -> None:
        marks = ",".join("?" * len(ids))
        store.conn.execute(
            f"DELETE FROM matches WHERE claim_a IN (SELECT id FROM claims WHERE article_id IN ({marks}))"
            f" OR claim_b IN (SELECT id FROM claims WHERE article_id IN ({marks}))",
            ids + ids,
        )
        _save(store, found)

    store.write(write)
    return sum(m.score >= DEFAULT_MIN_SCORE for m in found)


def rebuild(store: Store) -> int:
    """Recompute every match from the stored claims; returns how many score >= DEFAULT_MIN_SCORE."""
    found = match_all(load_statements(store), STORE_MIN_SCORE)

    def write() -> None:
        store.conn.execute("DELETE FROM matches")
        _save(store, found)

    store.write(write)
    return sum(m.score >= DEFAULT_MIN_SCORE for m in found)


def refresh_matches(store: Store) -> int:
    """Make sure matches exist: articles added through ``importer.add_paths`` are matched as they
    come, so this only rebuilds a store whose matches table is empty (written before matching
    existed, or emptied). Returns the number of matches computed (0 when nothing was to do)."""
    if store.conn.execute("SELECT 1 FROM matches LIMIT 1").fetchone():
        return 0
    if store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] < 2:
        return 0
    return rebuild(store)


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


def related(store: Store, claim_id: int, min_score: float = DEFAULT_MIN_SCORE) -> list[dict]:
    """The statements related to a claim, best first: for each match the OTHER claim as
    {"claim_id", "article_id", "article": {"id", "file", "title"}, "lang", "text", "start", "end",
    "score", "evidence": [...], "consistency"}."""
    rows = store.conn.execute(
        """
        SELECT m.score, m.evidence, m.consistency,
               c.id, c.article_id, a.file_name, a.title, a.lang, c.text, c.char_start, c.char_end
        FROM matches m
        JOIN claims c ON c.id = CASE WHEN m.claim_a = ? THEN m.claim_b ELSE m.claim_a END
        JOIN articles a ON a.id = c.article_id
        WHERE (m.claim_a = ? OR m.claim_b = ?) AND m.score >= ?
        ORDER BY m.score DESC, c.id
        """,
        (claim_id, claim_id, claim_id, min_score),
    ).fetchall()
    out = []
    for score, evidence, consistency, *side in rows:
        other = _side(tuple(side))
        out.append(
            {"claim_id": other.pop("id"), **other, "score": score, "evidence": json.loads(evidence),
             "consistency": consistency}
        )
    return out


def list_matches(store: Store, min_score: float = DEFAULT_MIN_SCORE, claim_id: int | None = None) -> list[dict]:
    """Stored matches at or above ``min_score`` (only those of ``claim_id`` if given), best first, as
    {"a": {...}, "b": {...}, "score", "evidence", "consistency"}; each side has id, article
    ({"id", "file", "title"}), lang, text, start, end."""
    where, params = "m.score >= ?", [min_score]
    if claim_id is not None:
        where += " AND (m.claim_a = ? OR m.claim_b = ?)"
        params += [claim_id, claim_id]
    rows = store.conn.execute(
        f"SELECT m.claim_a, m.claim_b, m.score, m.evidence, m.consistency FROM matches m WHERE {where}"
        " ORDER BY m.score DESC, m.claim_a, m.claim_b",
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
        {"a": sides[a], "b": sides[b], "score": score, "evidence": json.loads(evidence), "consistency": consistency}
        for a, b, score, evidence, consistency in rows
    ]
