"""What differs between the two engines beyond spelling: full-text search, id reservation, row
locks, table lookup. ``store.dialect`` is one of these; the rest of store/ writes one SQL text
(see store/postgres.py for the spellings turned automatically)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.store import Store


MATCHES_LOCK = 0x6D617463  # pg_advisory_xact_lock key of the matching step


class SqliteDialect:
    name = "sqlite"
    for_update = ""  # BEGIN IMMEDIATE already holds the one write lock

    def clock(self, store: Store) -> str | None:
        """The database's clock for a change's time, or None: a file has none, the caller reads
        this machine's."""
        return None

    def user(self, store: Store) -> str | None:
        """Who the database knows this connection as: nobody, for a file."""
        return None

    def reserve_ids(self, store: Store, table: str, count: int) -> list[int]:
        """``count`` ids for new rows of ``table``, to insert with explicit ids. Call inside the
        transaction that inserts them: BEGIN IMMEDIATE holds the write lock, so max(id) is ours."""
        first = store.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
        return list(range(first, first + count))

    def index_claims(self, store: Store, where: str, params: tuple) -> None:
        """Add the claims ``WHERE {where}`` to the full-text index (schema 4: no insert trigger)."""
        store.conn.execute(f"INSERT INTO claims_fts (rowid, text) SELECT id, text FROM claims WHERE {where}", params)

    def search(self, store: Store, words: list[str], limit: int) -> list[int]:
        """Claim ids whose text has every word as a word prefix, best first."""
        fts = " ".join('"{}"*'.format(w.replace('"', " ")) for w in words)
        rows = store.conn.execute(
            "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?", (fts, limit)
        ).fetchall()
        return [row[0] for row in rows]

    def lock_matches(self, store: Store) -> None:
        """Nothing to do: BEGIN IMMEDIATE already holds the one write lock."""

    def data_version(self, store: Store) -> int:
        """Changes when another connection commits (not this one's own commits)."""
        return store.conn.execute("PRAGMA data_version").fetchone()[0]

    def has_table(self, store: Store, name: str) -> bool:
        row = store.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        return row is not None


class PostgresDialect:
    name = "postgresql"
    for_update = " FOR UPDATE"

    def clock(self, store: Store) -> str | None:
        """The server's clock, so every reviewer's changes are ordered by one clock (ISO 8601 in
        UTC to the millisecond, the text the SQLite side writes)."""
        return store.conn.execute(
            "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS') || '+00:00'"
        ).fetchone()[0]

    def user(self, store: Store) -> str | None:
        """The role the server authenticated."""
        return store.conn.execute("SELECT session_user").fetchone()[0]

    def reserve_ids(self, store: Store, table: str, count: int) -> list[int]:
        """Ids from the table's identity sequence: other writers draw from it at the same time, so
        the ids are unique but need not be consecutive."""
        if count == 0:
            return []
        rows = store.conn.execute(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, ?)", (count,)
        ).fetchall()
        return [r[0] for r in rows]

    def index_claims(self, store: Store, where: str, params: tuple) -> None:
        """Nothing to do: the GIN index over ``factcheck_fts(text)`` follows the claims table."""

    def search(self, store: Store, words: list[str], limit: int) -> list[int]:
        # the words as FTS5's unicode61 sees them: runs of letters and digits, each a prefix
        from factcheck.store.postgres import FOLD

        tokens = [t for w in words for t in re.findall(r"[^\W_]+", w.lower().translate(FOLD))]
        if not tokens:
            return []
        query = " & ".join(f"'{t}':*" for t in tokens)
        rows = store.conn.execute(
            "SELECT id FROM claims WHERE factcheck_fts(text) @@ to_tsquery('simple', ?)"
            " ORDER BY ts_rank(factcheck_fts(text), to_tsquery('simple', ?)) DESC, id LIMIT ?",
            (query, query, limit),
        ).fetchall()
        return [row[0] for row in rows]

    def lock_matches(self, store: Store) -> None:
        """One matching transaction at a time, until it commits. Under READ COMMITTED two adds
        matching at once would each miss the other's uncommitted claims and index keys, and the
        pairs between them would never be made; the reads after this lock see what the other
        committed."""
        store.conn.execute("SELECT pg_advisory_xact_lock(?)", (MATCHES_LOCK,))

    def data_version(self, store: Store) -> int:
        """Changes when the history or the set of articles does (anyone's commits, this
        connection's too): three index lookups in one round trip."""
        row = store.conn.execute(
            "SELECT (SELECT coalesce(max(id), 0) FROM verdict_history), (SELECT count(*) FROM articles),"
            " (SELECT coalesce(max(id), 0) FROM articles)"
        ).fetchone()
        return hash(tuple(row))

    def has_table(self, store: Store, name: str) -> bool:
        row = store.conn.execute(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?",
            (name,),
        ).fetchone()
        return row is not None


SQLITE = SqliteDialect()
POSTGRES = PostgresDialect()
