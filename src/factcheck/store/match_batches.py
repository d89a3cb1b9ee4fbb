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
from factcheck.core.matching import Statement
from factcheck.store import Store
from factcheck.store.matches import load_statements, signature_trusted, stored_keys


def claim_id_range(store: Store) -> tuple[int, int, int]:
    """(smallest id, largest id, count) of the check-worthy claims; (0, -1, 0) when there are none."""
    lo, hi, n = store.conn.execute(
        "SELECT min(id), max(id), count(*) FROM claims WHERE score >= ?", (DEFAULT_THRESHOLD,)
    ).fetchone()
    return (0, -1, 0) if not n else (lo, hi, n)


def claims_in_range(
    store: Store, lo: int, hi: int
) -> tuple[list[tuple[int, int, str, str | None, str | None]], list[Statement], dict[int, str]]:
    """The check-worthy claims with ``lo <= id < hi``, by id: (id, article id, language, article
    date, signature JSON, or None unless a ``signature_trusted`` one is stored); the matcher input
    of those without one (to build it); and each claim's stored index keys (``stored_keys``)."""
    rows = store.conn.execute(
        "SELECT c.id, c.article_id, a.lang, a.date, s.version, s.data FROM claims c"
        " JOIN articles a ON a.id = c.article_id LEFT JOIN match_signatures s ON s.claim_id = c.id"
        " WHERE c.id >= ? AND c.id < ? AND c.score >= ? ORDER BY c.id",
        (lo, hi, DEFAULT_THRESHOLD),
    ).fetchall()
    claims = [(cid, aid, lang, date, data if signature_trusted(version, date) else None)
              for cid, aid, lang, date, version, data in rows]
    stale = [cid for cid, *_, data in claims if data is None]
    statements = load_statements(store, claim_ids=stale) if stale else []
    return claims, statements, stored_keys(store, lo, hi)


def stored_signatures(store: Store, claim_ids: Iterable[int]) -> dict[int, str]:
    """The stored signatures (JSON) of these claims that are ``signature_trusted``."""
    rows = store.conn.execute(
        "SELECT s.claim_id, s.version, a.date, s.data FROM match_signatures s JOIN claims c ON c.id = s.claim_id"
        " JOIN articles a ON a.id = c.article_id WHERE s.claim_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(claim_ids))),),
    )
    return {cid: data for cid, version, date, data in rows if signature_trusted(version, date)}


def article_dates(store: Store) -> dict[int, str | None]:
    """Every article's date (None: undated)."""
    return dict(store.conn.execute("SELECT id, date FROM articles").fetchall())


def has_undated_articles(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM articles WHERE date IS NULL LIMIT 1").fetchone() is not None


def has_sentence_vectors(store: Store) -> bool:
    """Whether a one-process rebuild would match by meaning too (when meaning is on)."""
    return store.conn.execute("SELECT 1 FROM embeddings LIMIT 1").fetchone() is not None
