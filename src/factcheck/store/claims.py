"""Reading claims back with their article, quantities and current verdict."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from factcheck.store import Store


@dataclass(slots=True)
class ClaimRecord:
    id: int
    article_id: int
    article: dict  # {"id", "file", "title"}
    lang: str
    text: str
    start: int
    end: int
    score: float
    kinds: list[str]
    reasons: list[str]
    quantities: list[dict] = field(default_factory=list)
    verdict: str | None = None
    note: str | None = None
    reviewer: str | None = None

    def to_json(self) -> dict:
        data = asdict(self)
        del data["article_id"]
        return data


_SELECT = """
    SELECT c.id, c.article_id, a.file_name, a.title, a.lang, c.text, c.char_start, c.char_end,
           c.score, c.kinds, c.reasons, v.verdict, v.note, v.reviewer
    FROM claims c
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN verdicts v ON v.claim_id = c.id
"""


def list_claims(
    store: Store,
    min_score: float = 0.0,
    article_ids: list[int] | None = None,
    claim_ids: list[int] | None = None,
) -> list[ClaimRecord]:
    """Claims at or above ``min_score`` in article then text order, optionally only some."""
    where, params = ["c.score >= ?"], [min_score]
    for column, ids in (("c.article_id", article_ids), ("c.id", claim_ids)):
        if ids is not None:
            where.append(f"{column} IN ({','.join('?' * len(ids))})")
            params += ids
    rows = store.conn.execute(
        _SELECT + " WHERE " + " AND ".join(where) + " ORDER BY c.article_id, c.char_start", params
    ).fetchall()
    records = [_record(row) for row in rows]
    _attach_quantities(store, records)
    return records


def claim_exists(store: Store, claim_id: int) -> bool:
    return store.conn.execute("SELECT 1 FROM claims WHERE id = ?", (claim_id,)).fetchone() is not None


def get_claim(store: Store, claim_id: int) -> ClaimRecord | None:
    found = list_claims(store, claim_ids=[claim_id])
    return found[0] if found else None


def search_claims(store: Store, query: str, limit: int = 200) -> list[int]:
    """Claim ids whose text matches a full-text query, best first. Each word is matched as a
    prefix, so typing "microsof" finds "Microsofts"; FTS syntax in the query is not interpreted."""
    words = [w for w in query.replace('"', " ").split() if w]
    if not words:
        return []
    return store.dialect.search(store, words, limit)


def _record(row: tuple) -> ClaimRecord:
    (cid, aid, file_name, title, lang, text, start, end, score, kinds, reasons, verdict, note, reviewer) = row
    return ClaimRecord(
        id=cid,
        article_id=aid,
        article={"id": aid, "file": file_name, "title": title},
        lang=lang,
        text=text,
        start=start,
        end=end,
        score=score,
        kinds=json.loads(kinds),
        reasons=json.loads(reasons),
        verdict=verdict,
        note=note,
        reviewer=reviewer,
    )


def _attach_quantities(store: Store, records: list[ClaimRecord]) -> None:
    by_id = {r.id: r for r in records}
    if not by_id:
        return
    # Chunked to stay under SQLite's variable limit on large stores.
    ids = list(by_id)
    for i in range(0, len(ids), 900):
        chunk = ids[i : i + 900]
        rows = store.conn.execute(
            "SELECT claim_id, kind, text, value, unit, approx, usd, as_of FROM quantities"
            f" WHERE claim_id IN ({','.join('?' * len(chunk))}) ORDER BY claim_id, char_start",
            chunk,
        ).fetchall()
        for claim_id, kind, text, value, unit, approx, usd, as_of in rows:
            by_id[claim_id].quantities.append(
                {"kind": kind, "text": text, "value": value, "unit": unit, "approx": bool(approx), "usd": usd, "as_of": as_of}
            )


def figure_rows(store: Store):
    """(claim id, kind, value, unit, usd) of every sentence's figures, as matching by a shared
    figure (``same_figure.on_one_story``) reads them."""
    yield from store.conn.execute("SELECT claim_id, kind, value, unit, usd FROM quantities")
