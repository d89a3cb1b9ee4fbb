"""Matches between claims of different articles: computing and storing them (``store.related``
reads them back).

Only check-worthy claims (score >= ``core.claims.DEFAULT_THRESHOLD``) are matched: the rest are
sentences a reviewer does not look at, and leaving them out keeps matching cheap. Matches scoring at
least ``core.matching.STORE_MIN_SCORE`` are stored; readers filter with ``min_score`` (by default
``DEFAULT_MIN_SCORE``). After the claim threshold or the scoring changes, ``rebuild`` recomputes all.

``match_articles`` is incremental: the claims of the given articles are matched against every stored
claim, and only the pairs involving them are replaced. Candidates are found through the index keys
stored in ``match_keys`` (schema 3), so only claims sharing keys with the new ones are read, and
their signatures come from ``match_signatures`` (schema 5) instead of parsing them again. A pair's
score depends on the two claims alone, so matching article by article gives the same rows as
``rebuild`` -- except that a key becomes "too common" (``MAX_POSTING``) as the store grows: a pair
found early through a key that is common later is kept until the next rebuild. Pairs alike
through other articles (``core.matching.restated``) are found through the sentences searched for the
new ones: a rebuild, which searches every sentence, may find more.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from itertools import islice

from factcheck.core.claims import DEFAULT_THRESHOLD
from factcheck.core.matching import (
    DEFAULT_MIN_SCORE,
    JUDGING_VERSION,
    MAX_POSTING,
    STORE_MIN_SCORE,
    KnownClaims,
    Match,
    MatchIndex,
    Place,
    Statement,
    against_known,
    candidate_pairs,
    score_arrays,
    score_pairs,
)
from factcheck.core.matching.neighbours import Alike, by_meaning
from factcheck.core.matching.restated import with_restated
from factcheck.core.matching.same_figure import on_one_story
from factcheck.core.models import Quantity
from factcheck.core.signature import SIGNATURE_VERSION, Signature, from_data, to_data
from factcheck.store import Store, embeddings
from factcheck.store.claims import figure_rows

MatchRow = tuple[int, int, float, Iterable[str], str | None, float | None]  # claim_a, claim_b, score, evidence, consistency, semantic
Refresh = tuple[int, Iterable[str], str | None]  # claim id, its index keys, its signature JSON (None: unchanged)


def load_statements(
    store: Store, article_ids: Iterable[int] | None = None, exclude: bool = False,
    claim_ids: Iterable[int] | None = None, min_claim_score: float = DEFAULT_THRESHOLD,
) -> list[Statement]:
    """Check-worthy claims as matcher input: of ``article_ids`` (of all articles but them with
    ``exclude``), or with ``claim_ids``, or of every article."""
    where, params = "c.score >= ?", [min_claim_score]
    for column, ids, negate in (("c.article_id", article_ids, exclude), ("c.id", claim_ids, False)):
        if ids is not None:
            ids = list(ids)
            # a temporary table would do for huge lists; json_each keeps this one statement
            where += f" AND {column} {'NOT ' if negate else ''}IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(ids))
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
        f" ORDER BY q.claim_id, q.char_start, q.id",
        params,
    ):
        quantities.setdefault(cid, []).append((Quantity(kind, start, end, value, unit, bool(approx), usd, as_of), text))
    entities: dict[int, list[str]] = {}
    for cid, text in conn.execute(
        f"SELECT s.claim_id, s.text FROM spans s JOIN claims c ON c.id = s.claim_id"
        f" WHERE s.kind = 'entity' AND {where} ORDER BY s.claim_id, s.char_start, s.id",  # id: one order from every query
        params,
    ):
        entities.setdefault(cid, []).append(text)
    return [
        Statement(cid, aid, lang, text, tuple(quantities.get(cid, ())), tuple(entities.get(cid, ())), date, start)
        for cid, aid, lang, date, text, start in claims
    ]


# json.dumps(list(evidence), ensure_ascii=False), without building an encoder for every match
evidence_json = json.JSONEncoder(ensure_ascii=False).encode


def _save(store: Store, matches: list[Match]) -> None:
    store.conn.executemany(
        f"INSERT OR REPLACE INTO matches ({', '.join(MATCH_COLUMNS)}) VALUES ({', '.join('?' * len(MATCH_COLUMNS))})",
        [(m.a, m.b, m.score, evidence_json(m.evidence), m.consistency, m.semantic, JUDGING_VERSION)
         for m in matches],
    )


def _alike(store: Store, new_claims: Iterable[int] | None) -> Alike | None:
    """The pairs alike in meaning (``neighbours.by_meaning``) of the claims ``new_claims`` (ids;
    None: every claim with a stored vector); None without stored vectors."""
    vectors = embeddings.load(store)
    if not len(vectors):
        return None
    found = by_meaning(vectors.claim_ids, vectors.article_ids, vectors.matrix,
                       vectors.claim_ids if new_claims is None else new_claims)
    found = with_restated(found, vectors.claim_ids, vectors.article_ids, vectors.matrix, new_claims)
    return on_one_story(found, vectors.claim_ids, vectors.article_ids, vectors.matrix, figure_rows(store), new_claims)


def _with_meaning(store: Store, index: MatchIndex, found: Alike | None, pairs):
    """The pairs to score once the stored sentence vectors had their say: ``pairs`` (two arrays of
    positions in ``index``) and the pairs alike in meaning the signatures missed (``found``, from
    ``_alike``), with each pair's (gain, cosine, bridges) arrays (``Alike.terms``). Claims these
    bring in (any sentence, check-worthy or not) are added to ``index`` unkeyed. Without pairs
    alike: ``pairs`` and no meaning."""
    import numpy as np

    ps, qs = (np.asarray(x, dtype=np.int64) for x in pairs)
    if found is None or not len(found):
        return ps, qs, None, None, None
    st = index.statements
    ids = np.fromiter((s.id for s in st), dtype=np.int64, count=len(st))
    at = found.lookup(ids[ps], ids[qs])
    terms = found.terms(at)
    extra = np.ones(len(found), dtype=bool)
    extra[at[at >= 0]] = False
    if extra.any():
        a, b = found.a[extra], found.b[extra]
        missing = sorted(set(np.concatenate([a, b]).tolist()) - set(ids.tolist()))
        if missing:
            index.add(load_statements(store, claim_ids=missing, min_claim_score=0.0), keyed=False)
            ids = np.fromiter((s.id for s in st), dtype=np.int64, count=len(st))
        position = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
        position[ids] = np.arange(len(ids))
        pa, pb = position[a], position[b]
        ok = (pa >= 0) & (pb >= 0)
        ps, qs = np.concatenate([ps, pa[ok]]), np.concatenate([qs, pb[ok]])
        terms = [np.concatenate([t, more[ok]]) for t, more in zip(terms, found.terms(np.flatnonzero(extra)))]
    return (ps, qs, *terms)


def _save_keys(store: Store, index: MatchIndex, positions: Iterable[int]) -> None:
    """The index keys and the signature of the claims at ``positions``."""
    positions = list(positions)
    store.insert_rows("match_keys", ("key", "claim_id"),
                      [(key, index.statements[p].id) for p in positions for key in index.keys[p]])
    _save_signatures(store, index, positions)


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_decode = json.JSONDecoder().decode  # json.loads without its checks of the argument (it is a str here)


def signature_json(sig: Signature) -> str:
    """A signature as ``match_signatures.data`` holds it."""
    return _encode(to_data(sig))


_SAVE_SIGNATURE = "INSERT OR REPLACE INTO match_signatures (claim_id, version, data) VALUES (?, ?, ?)"


def _save_signatures(store: Store, index: MatchIndex, positions: Iterable[int]) -> None:
    store.conn.executemany(
        _SAVE_SIGNATURE,
        [(index.statements[p].id, SIGNATURE_VERSION, signature_json(index.signatures[p])) for p in positions],
    )


def signature_trusted(version: int | None, article_date: str | None) -> bool:
    """Whether a stored signature can be used as it is: of this ``SIGNATURE_VERSION``, and its
    article dated (an undated claim's may hold the story date an earlier matching gave it, from
    other pairs than a rebuild sees)."""
    return version == SIGNATURE_VERSION and article_date is not None


def _add_stored(
    store: Store, index: MatchIndex, claim_ids: list[int] | None, keyed: bool = False
) -> tuple[list[int], list[int]]:
    """Index these stored (check-worthy) claims (None: all of them) with their stored signatures;
    a claim whose signature is missing or not ``signature_trusted`` gets one built. Returns the
    positions added (claims below the claim threshold are left out) and, of those, the ones built
    (for the caller to store). ``keyed``: see ``MatchIndex.add``."""
    where, params = "c.score >= ?", [DEFAULT_THRESHOLD]
    if claim_ids is not None:
        where += " AND c.id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(claim_ids))
    rows = store.conn.execute(
        "SELECT c.id, c.article_id, a.lang, a.date, c.text, c.char_start, s.version, s.data FROM claims c"
        " JOIN articles a ON a.id = c.article_id LEFT JOIN match_signatures s ON s.claim_id = c.id"
        f" WHERE {where} ORDER BY c.id",
        params,
    ).fetchall()
    trusted = [signature_trusted(row[6], row[3]) for row in rows]
    stored = [row for row, ok in zip(rows, trusted) if ok]
    positions = index.add(
        [Statement(cid, aid, lang, text, date=date, start=start) for cid, aid, lang, date, text, start, _, _ in stored],
        [from_data(_decode(row[7])) for row in stored],
        keyed=keyed,
    )
    stale = [row[0] for row, ok in zip(rows, trusted) if not ok]
    built = index.add(load_statements(store, claim_ids=stale), keyed=keyed) if stale else []
    return positions + built, built


def _known_claims(store: Store, keys: set[str]) -> KnownClaims:
    """The stored claims holding each of these keys, and where each such claim is."""
    known = KnownClaims()
    counts = store.conn.execute(
        "SELECT key, count(*) FROM match_keys WHERE key IN (SELECT value FROM json_each(?)) GROUP BY key",
        (json.dumps(sorted(keys)),),
    ).fetchall()
    for key in [key for key, n in counts if n > MAX_POSTING]:  # too common: its length is all that counts
        known.postings[key] = [0] * (MAX_POSTING + 1)
    rows = store.conn.execute(
        "SELECT k.key, k.claim_id, a.lang, c.article_id FROM match_keys k"
        " JOIN claims c ON c.id = k.claim_id JOIN articles a ON a.id = c.article_id"
        " WHERE k.key IN (SELECT value FROM json_each(?))",
        (json.dumps([key for key, n in counts if n <= MAX_POSTING]),),
    )
    for key, claim_id, lang, article_id in rows:
        known.postings.setdefault(key, []).append(claim_id)
        known.places[claim_id] = Place(lang, article_id)
    return known


def match_articles(store: Store, article_ids: Iterable[int], meaning: bool = True) -> int:
    """Match the claims of these (new) articles against all stored claims, replacing earlier matches
    of their claims. Returns how many of the new matches score at least ``DEFAULT_MIN_SCORE`` (the
    pairs ``factcheck match`` lists).

    Candidates come from the stored index keys (``match_keys``): only the claims that share keys with
    the new ones are read, with their stored signatures (``match_signatures``), so the cost follows
    the new article, not the store. With ``meaning`` (and stored sentence vectors), every sentence of
    these articles also meets its best counterparts by meaning in the other articles.
    """
    ids = sorted(set(article_ids))
    if not ids:
        return 0
    index = MatchIndex(load_statements(store, ids))
    new = list(range(len(index)))
    ids_json = json.dumps(ids)

    def write() -> list[Match]:
        conn = store.conn
        store.dialect.lock_matches(store)
        conn.execute(
            "DELETE FROM matches WHERE claim_a IN (SELECT id FROM claims WHERE article_id IN (SELECT value FROM json_each(?)))"
            " OR claim_b IN (SELECT id FROM claims WHERE article_id IN (SELECT value FROM json_each(?)))",
            (ids_json, ids_json),
        )
        for table in ("match_keys", "match_signatures"):
            conn.execute(
                f"DELETE FROM {table} WHERE claim_id IN"
                " (SELECT id FROM claims WHERE article_id IN (SELECT value FROM json_each(?)))",
                (ids_json,),
            )
        wanted = against_known(index, new, _known_claims(store, set(index.postings)))
        known, built = _add_stored(store, index, wanted.known_ids())
        _save_signatures(store, index, built)
        position_of = {index.statements[q].id: q for q in known}
        pairs = wanted.new_pairs + [
            (p, position_of[cid]) for p, ids in wanted.known.items() for cid in ids
            if cid in position_of  # a claim below the claim threshold since: left out
        ]
        if meaning:
            new_claims = [cid for (cid,) in conn.execute(
                "SELECT id FROM claims WHERE article_id IN (SELECT value FROM json_each(?))", (ids_json,)
            )]  # fmt: skip
            found_alike = _alike(store, new_claims)
            ps, qs, gain, cosine, bridges = _with_meaning(store, index, found_alike, list(zip(*pairs)) or ([], []))
            found = score_arrays(index, ps, qs, STORE_MIN_SCORE, gain, cosine, bridges=bridges)
        else:
            found = score_pairs(index, pairs, STORE_MIN_SCORE)
        _save_keys(store, index, new)
        _save(store, found)
        return found

    return sum(m.score >= DEFAULT_MIN_SCORE for m in store.write(write))


def rebuild(store: Store, meaning: bool = True) -> int:
    """Recompute every match (and the index keys) from the stored claims; returns how many matches
    score at least ``DEFAULT_MIN_SCORE``. With ``meaning``, stored sentence vectors take part.
    Stored signatures are reused where ``_add_stored`` trusts them (after ``embed``, the usual
    reason for a rebuild, every one of a dated store), and only the index keys that changed are
    written again."""
    index = MatchIndex()
    keyed, built = _add_stored(store, index, None, keyed=True)
    pairs = candidate_pairs(index, keyed)
    has_vectors = meaning and store.conn.execute("SELECT 1 FROM embeddings LIMIT 1").fetchone()
    if has_vectors and (alike := _alike(store, None)) is not None:
        ps, qs, gain, cosine, bridges = _with_meaning(store, index, alike, pairs)
        found = score_arrays(index, ps, qs, STORE_MIN_SCORE, gain, cosine, bridges=bridges)
    else:
        found = score_arrays(index, *pairs, STORE_MIN_SCORE)
    stored = stored_keys(store)
    # built: new or stale signatures, and those of undated claims, dated while scoring
    rebuilt = set(built)
    refreshed = [
        (index.statements[p].id, index.keys[p], signature_json(index.signatures[p]) if p in rebuilt else None)
        for p in keyed
        if p in rebuilt or joined_keys(index.keys[p]) != stored.get(index.statements[p].id)
    ]
    return load_rebuild(store, lambda: ((m.a, m.b, m.score, m.evidence, m.consistency, m.semantic) for m in found),
                        lambda: refreshed, keep_unchanged=True)


def joined_keys(keys: Iterable[str]) -> str:
    """A claim's index keys as one string, to compare with ``stored_keys``."""
    return "\x1f".join(sorted(keys))  # a unit separator: no key holds one


def stored_keys(store: Store, lo: int | None = None, hi: int | None = None) -> dict[int, str]:
    """Each claim's stored index keys (of the claims ``lo <= id < hi``, or all), as ``joined_keys``
    (one string a claim: a rebuild of a big store compares them all, and a list of strings per
    claim took tens of megabytes). The database joins each claim's keys (in no set order), so a
    row comes back per claim rather than per key."""
    where, params = ("", ()) if lo is None else (" WHERE claim_id >= ? AND claim_id < ?", (lo, hi))
    joined = "string_agg(key, chr(31))" if store.is_postgres else "group_concat(key, char(31))"
    return {
        cid: joined_keys(keys.split("\x1f"))
        for cid, keys in store.conn.execute(f"SELECT claim_id, {joined} FROM match_keys{where} GROUP BY claim_id", params)
    }


def load_rebuild(
    store: Store, matches: Callable[[], Iterable[MatchRow]], refreshed: Callable[[], Iterable[Refresh]],
    dated: Callable[[], Iterable[tuple[int, str]]] = tuple, keep_unchanged: bool = False,
) -> int:
    """The end of a rebuild (``rebuild``, or a batch job's): replace every match with
    ``matches()`` and the index keys (and signature, where given) of the ``refreshed()`` claims, in
    one transaction; the keys and signatures of claims that are no longer check-worthy go.
    ``dated()``: (claim id, signature JSON) of undated claims given their story's date while
    scoring (for check-worthy claims only: those have a signature row; the same claim may come more
    than once, alike). Callables, so a retried transaction reads its input again. A pair given
    twice fails (UNIQUE) and leaves the store as it was. ``keep_unchanged``: the stored matches
    are read and only the rows that differ are written (see ``_write_changed``; for a caller whose
    matches are in memory anyway). Returns how many matches score at least ``DEFAULT_MIN_SCORE``."""

    def write() -> int:
        conn = store.conn
        if not keep_unchanged:
            conn.execute("DELETE FROM matches")
        for table in ("match_keys", "match_signatures"):
            conn.execute(f"DELETE FROM {table} WHERE claim_id IN (SELECT id FROM claims WHERE score < ?)",
                         (DEFAULT_THRESHOLD,))
        rest = iter(refreshed())
        while refresh := list(islice(rest, 10_000)):  # a share at a time: a batch job refreshes millions
            conn.executemany("DELETE FROM match_keys WHERE claim_id = ?", [(cid,) for cid, _, _ in refresh])
            store.insert_rows("match_keys", ("key", "claim_id"), ((k, cid) for cid, keys, _ in refresh for k in keys))
            conn.executemany(_SAVE_SIGNATURE, [(cid, SIGNATURE_VERSION, data) for cid, _, data in refresh if data is not None])
        conn.executemany("UPDATE match_signatures SET data = ? WHERE claim_id = ? AND version = ?",
                         ((data, cid, SIGNATURE_VERSION) for cid, data in dated()))
        related = 0

        def rows():
            nonlocal related
            for a, b, score, evidence, consistency, semantic in matches():
                related += score >= DEFAULT_MIN_SCORE
                yield a, b, score, evidence_json(list(evidence)), consistency, semantic, JUDGING_VERSION

        if keep_unchanged:
            _write_changed(store, rows())
        else:
            store.insert_rows("matches", MATCH_COLUMNS, rows())
        return related

    return store.write(write)


MATCH_COLUMNS = ("claim_a", "claim_b", "score", "evidence", "consistency", "semantic", "judged_with")


def _write_changed(store: Store, rows: Iterable[tuple]) -> None:
    """``load_rebuild``'s replacing of every match by ``rows`` (as the table holds them), writing
    only what differs from the stored rows: a rebuild that changes few pairs (the usual one: scores
    depend on the two claims alone) deletes and inserts those few, and the rows kept keep their ids.
    When more stored rows go than stay, all are replaced at once. A pair given twice is inserted
    beside itself, so it fails as it does without."""
    conn = store.conn
    stored = {(row[0], row[1]): tuple(row[2:]) for row in conn.execute(
        f"SELECT {', '.join(MATCH_COLUMNS)} FROM matches"
    )}  # fmt: skip
    rows, changed = list(rows), []
    for row in rows:
        if stored.get(row[:2]) == row[2:]:
            del stored[row[:2]]  # unchanged: kept (once: the same pair again is inserted, and fails)
        else:
            changed.append(row)
    if len(stored) > len(rows) - len(changed):  # more stored rows go than stay: cheaper all at once
        conn.execute("DELETE FROM matches")
        changed = rows
    else:
        conn.executemany("DELETE FROM matches WHERE claim_a = ? AND claim_b = ?", list(stored))
    store.insert_rows("matches", MATCH_COLUMNS, changed)


def stale_pairs(store: Store) -> int:
    """How many stored related pairs older rules scored and judged (``JUDGING_VERSION``)."""
    return store.conn.execute("SELECT COUNT(*) FROM matches WHERE judged_with < ?", (JUDGING_VERSION,)).fetchone()[0]


def refresh_matches(store: Store) -> int:
    """Make sure the stored matches are today's: articles added through ``importer.add_paths`` are
    matched as they come, so this only rebuilds a store whose index is empty (written before
    matching existed) or whose pairs older rules judged (after an upgrade). Returns the number of
    related pairs computed (0 when there was nothing to do)."""
    if store.conn.execute("SELECT 1 FROM match_keys LIMIT 1").fetchone() and not stale_pairs(store):
        return 0
    if store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] < 2:
        return 0
    return rebuild(store)
