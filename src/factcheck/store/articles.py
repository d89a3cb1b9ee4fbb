"""Saving analysed articles and reading them back."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from functools import lru_cache

from factcheck.core.models import READING_VERSION, Analysis
from factcheck.store import Store


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


# json.dumps(x, ensure_ascii=False) builds a new encoder on every call: a third of the cost of
# saving 40 claims. One encoder, and the few distinct kinds lists, are made once.
_REASONS_JSON = json.JSONEncoder(ensure_ascii=False).encode


@lru_cache(maxsize=1024)
def _kinds_json(kinds: tuple[str, ...]) -> str:
    return json.dumps(list(kinds))


def find_by_hash(store: Store, content_hash: str) -> int | None:
    row = store.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
    return row[0] if row else None


def save(store: Store, analysis: Analysis) -> tuple[int, bool]:
    """Store an analysed article with its sentences, claims, spans and quantities.

    Returns (article id, True) or, when the same text is already stored, (its id, False).
    Call inside ``store.transaction()``.
    """
    article = analysis.article
    existing = find_by_hash(store, article.content_hash)
    if existing is not None:
        return existing, False
    conn = store.conn
    article_id = conn.execute(
        "INSERT INTO articles (content_hash, file_name, path, title, date, url, lang, text, added_at, reading_version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.content_hash,
            article.path.rsplit("/", 1)[-1] if article.path else None,
            article.path,
            article.title,
            article.date,
            article.url,
            article.lang,
            article.text,
            now(),
            READING_VERSION,
        ),
    ).lastrowid
    text = article.text
    # Ids are assigned here so every table is filled by one executemany (see Dialect.reserve_ids).
    sentence_ids = store.dialect.reserve_ids(store, "sentences", len(analysis.claims))
    claim_ids = reserve_claim_ids(store, len(analysis.claims))
    sentences, claims, spans, quantities = [], [], [], []
    for position, claim in enumerate(analysis.claims):
        sentence_id, claim_id = sentence_ids[position], claim_ids[position]
        sentence = claim.sentence
        sentences.append((sentence_id, article_id, position, sentence.start, sentence.end, sentence.kind))
        claims.append(
            (
                claim_id,
                article_id,
                sentence_id,
                claim.start,
                claim.end,
                text[claim.start : claim.end],
                round(claim.score, 4),
                _kinds_json(tuple(claim.kinds)),
                _REASONS_JSON(claim.reasons),
            )
        )
        spans += [(claim_id, s.kind, s.start, s.end, text[s.start : s.end]) for s in claim.spans]
        quantities += [
            (claim_id, q.kind, q.start, q.end, text[q.start : q.end], q.value, q.unit, int(q.approx), q.usd, q.as_of)
            for q in claim.quantities
        ]
    conn.executemany(
        "INSERT INTO sentences (id, article_id, position, char_start, char_end, kind) VALUES (?, ?, ?, ?, ?, ?)",
        sentences,
    )
    conn.executemany(
        "INSERT INTO claims (id, article_id, sentence_id, char_start, char_end, text, score, kinds, reasons)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        claims,
    )
    index_claims(store, article_id)
    conn.executemany(
        "INSERT INTO spans (claim_id, kind, char_start, char_end, text) VALUES (?, ?, ?, ?, ?)", spans
    )
    conn.executemany(
        "INSERT INTO quantities (claim_id, kind, char_start, char_end, text, value, unit, approx, usd, as_of)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        quantities,
    )
    return article_id, True


def reserve_claim_ids(store: Store, count: int) -> list[int]:
    """Ids for ``count`` new claims that no claim has ever had. A server's identity sequence never
    hands out an id twice; a SQLite file counts up from ``next_claim_id``."""
    if store.is_postgres:
        return store.dialect.reserve_ids(store, "claims", count)
    first = next_claim_id(store)
    return list(range(first, first + count))


def next_claim_id(store: Store) -> int:
    """An id no claim has ever had: above every claim, and every id the history or the orphaned
    verdicts remember (a claim that vanished in a re-add keeps its id there, and a new claim
    taking it would inherit its history). Both maxima are read from indexes."""
    conn = store.conn
    highest = [conn.execute(sql).fetchone()[0] or 0 for sql in (
        "SELECT max(id) FROM claims", "SELECT max(claim_id) FROM verdict_history", "SELECT max(claim_id) FROM orphans")]
    return max(highest) + 1


def index_claims(store: Store, article_id: int) -> None:
    """Add the claims of an article to the full-text index, in one statement (schema migration 4:
    no per-row insert trigger; one bulk insert is ~6x cheaper)."""
    store.dialect.index_claims(store, "article_id = ?", (article_id,))


def list_articles(store: Store) -> list[dict]:
    """Every article with its claim and review counts, in the order added."""
    return store.query(
        """
        SELECT a.id, a.file_name, a.path, a.title, a.date, a.url, a.lang, a.content_hash,
               count(c.id) AS claims, count(v.verdict) AS reviewed
        FROM articles a
        LEFT JOIN claims c ON c.article_id = a.id
        LEFT JOIN verdicts v ON v.claim_id = c.id
        GROUP BY a.id ORDER BY a.id
        """
    )


def article_text(store: Store, article_id: int) -> str:
    row = store.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else ""
