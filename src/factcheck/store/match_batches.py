"""The store's side of a batch rebuild of matches (``factcheck.batch``): the check-worthy claims of
an id range as the matcher's input, and one transaction that loads the job's results.

A batch job reads the store from its workers, partition by partition, and writes nothing until the
end: ``store.matches.load_rebuild`` then replaces every match and refreshes the index keys and signatures that the
job found out of date, in one transaction, so the store is never half rebuilt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from factcheck.core.claims import DEFAULT_THRESHOLD
from factcheck.core.matching import DEFAULT_MIN_SCORE, Statement
from factcheck.core.signature import SIGNATURE_VERSION
from factcheck.store import Store
from factcheck.store.matches import load_statements


def claim_id_range(store: Store) -> tuple[int, int, int]:
    """(smallest id, largest id, count) of the check-worthy claims; (0, -1, 0) when there are none."""
    lo, hi, n = store.conn.execute(
        "SELECT min(id), max(id), count(*) FROM claims WHERE score >= ?", (DEFAULT_THRESHOLD,)
    ).fetchone()
    return (0, -1, 0) if not n else (lo, hi, n)


def claims_in_range(
    store: Store, lo: int, hi: int
) -> tuple[list[tuple[int, int, str, str | None, str | None]], list[Statement], dict[int, list[str]]]:
    """The check-worthy claims with ``lo <= id < hi``, by id: (id, article id, language, article
    date, signature JSON, or None when no signature of this ``SIGNATURE_VERSION`` is stored or the
    article is undated); the matcher input of those without one (to build it); and each claim's
    stored index keys."""
    rows = store.conn.execute(
        "SELECT c.id, c.article_id, a.lang, a.date, s.version, s.data FROM claims c"
        " JOIN articles a ON a.id = c.article_id LEFT JOIN match_signatures s ON s.claim_id = c.id"
        " WHERE c.id >= ? AND c.id < ? AND c.score >= ? ORDER BY c.id",
        (lo, hi, DEFAULT_THRESHOLD),
    ).fetchall()
    # an undated article's claims are built anew: a stored signature of theirs may hold the story
    # date that an earlier matching gave them, which the one-process rebuild never reads
    claims = [(cid, aid, lang, date, data if version == SIGNATURE_VERSION and date is not None else None)
              for cid, aid, lang, date, version, data in rows]
    stale = [cid for cid, *_, data in claims if data is None]
    statements = load_statements(store, claim_ids=stale) if stale else []
    keys: dict[int, list[str]] = {}
    for cid, key in store.conn.execute(
        "SELECT claim_id, key FROM match_keys WHERE claim_id >= ? AND claim_id < ?", (lo, hi)
    ):
        keys.setdefault(cid, []).append(key)
    return claims, statements, keys


def stored_signatures(store: Store, claim_ids: Iterable[int]) -> dict[int, str]:
    """The stored signatures (JSON) of this ``SIGNATURE_VERSION`` of these claims, where there is
    one and the claim's article is dated (see ``claims_in_range``)."""
    return dict(store.conn.execute(
        "SELECT s.claim_id, s.data FROM match_signatures s JOIN claims c ON c.id = s.claim_id"
        " JOIN articles a ON a.id = c.article_id"
        " WHERE s.version = ? AND a.date IS NOT NULL AND s.claim_id IN (SELECT value FROM json_each(?))",
        (SIGNATURE_VERSION, json.dumps(sorted(set(claim_ids)))),
    ).fetchall())


def article_dates(store: Store) -> dict[int, str | None]:
    """Every article's date (None: undated)."""
    return dict(store.conn.execute("SELECT id, date FROM articles").fetchall())


def has_undated_articles(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM articles WHERE date IS NULL LIMIT 1").fetchone() is not None


def has_sentence_vectors(store: Store) -> bool:
    """Whether a one-process rebuild would match by meaning too (when meaning is on)."""
    return store.conn.execute("SELECT 1 FROM embeddings LIMIT 1").fetchone() is not None
