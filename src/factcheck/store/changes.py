"""Noticing what other processes changed: a cheap check a screen can poll.

``mark(store)`` says where the database is now; ``changed_since(store, mark)`` returns a new mark and
what changed in between, or None when nothing did. On SQLite ``PRAGMA data_version`` (``Dialect.data_version``) tells, without
reading a table, whether another connection has committed since (this connection's own commits do
not count, and the caller knows about those); only then are the history and the articles read.
What changed is told engine-neutrally, by the append-only verdict history: the claims whose verdict
or note has a newer history row, and whether the set of articles differs.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from factcheck.store import Store


@dataclass(frozen=True)
class Mark:
    data_version: int
    history_id: int
    articles: tuple[int, int]  # how many, and the highest id


@dataclass(frozen=True)
class Changes:
    claim_ids: frozenset[int] = field(default_factory=frozenset)  # verdict or note changed
    articles: bool = False  # articles were added or removed


def mark(store: Store) -> Mark:
    return Mark(_data_version(store), _history_id(store), _articles(store))


def changed_since(store: Store, since: Mark) -> tuple[Mark, Changes | None]:
    version = _data_version(store)
    if version == since.data_version:
        return since, None
    history_id, articles = _history_id(store), _articles(store)
    claim_ids = frozenset(
        row[0] for row in store.conn.execute(
            "SELECT DISTINCT claim_id FROM verdict_history WHERE id > ?", (since.history_id,))
    )
    now = Mark(version, history_id, articles)
    if not claim_ids and articles == since.articles:
        return now, None  # something else changed (matches, embeddings, this UI's own state)
    return now, Changes(claim_ids, articles != since.articles)


def _data_version(store: Store) -> int:
    return store.dialect.data_version(store)


def _history_id(store: Store) -> int:
    return store.conn.execute("SELECT coalesce(max(id), 0) FROM verdict_history").fetchone()[0]


def _articles(store: Store) -> tuple[int, int]:
    count, top = store.conn.execute("SELECT count(*), coalesce(max(id), 0) FROM articles").fetchone()
    return count, top


class Listener:
    """Waits until another process may have changed the store: on PostgreSQL a LISTEN on its own
    connection (the history trigger NOTIFYs each claim), on SQLite ``PRAGMA data_version`` polled
    every ``POLL`` seconds. Use ``changed_since`` afterwards to learn what changed."""

    POLL = 0.05

    def __init__(self, store: Store) -> None:
        self.store = store
        self._pg = None
        if store.is_postgres:
            from factcheck.store.postgres import Listener as PgListener

            self._pg = PgListener(str(store.location))
        else:
            self._version = _data_version(store)

    def wait(self, timeout: float) -> bool:
        """True as soon as a change is seen (within ``timeout`` seconds), else False."""
        if self._pg is not None:
            return bool(self._pg.wait(timeout))
        deadline = time.monotonic() + timeout
        while True:
            version = _data_version(self.store)
            if version != self._version:
                self._version = version
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(min(self.POLL, max(0.0, deadline - time.monotonic())))

    def close(self) -> None:
        if self._pg is not None:
            self._pg.close()

    def __enter__(self) -> Listener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
