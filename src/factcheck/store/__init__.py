"""The one place that speaks SQL: opening the database file and running transactions.

Domain queries live beside this module (``articles``, ``claims``, ``verdicts``, ...); each takes a
``Store`` as its first argument.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from factcheck.errors import FactcheckError
from factcheck.store.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils

DEFAULT_DB = "factcheck.db"
BUSY_TIMEOUT_MS = 10_000
T = TypeVar("T")


def default_db_path() -> Path:
    return Path(os.environ.get("FACTCHECK_DB") or DEFAULT_DB)


class Store:
    """An open factcheck database. Use ``with store.transaction():`` around every user action."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise FactcheckError(f"{self.path} is a directory, not a database file")
        try:
            self.conn = sqlite3.connect(self.path, check_same_thread=False)
            self._configure()
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise FactcheckError(f"{self.path}: not a usable factcheck database ({exc})") from None

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils' view of the same connection, for table-level work (introspection, counts).
        Imported on first use: sqlite-utils imports numpy when it is installed, ~0.5 s of start-up
        that the CLI and the TUI need not pay."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    def _configure(self) -> None:
        self.conn.isolation_level = None  # we issue BEGIN/COMMIT ourselves
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        version = self.user_version
        if version > SCHEMA_VERSION:
            raise FactcheckError(
                f"{self.path} was written by a newer factcheck (schema {version}; this version "
                f"understands up to {SCHEMA_VERSION}): upgrade factcheck to open it"
            )
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")

    @property
    def user_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        while (version := self.user_version) < SCHEMA_VERSION:
            with self.transaction():
                if self.user_version != version:  # another process migrated meanwhile
                    continue
                for statement in _statements(MIGRATIONS[version]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {version + 1}")

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One atomic unit of work. BEGIN IMMEDIATE takes the write lock up front, so two writers
        queue on the busy timeout instead of failing half-way."""
        if self.conn.in_transaction:  # nested: a savepoint
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self
            except BaseException:
                self.conn.execute("ROLLBACK TO nested")
                self.conn.execute("RELEASE nested")
                raise
            self.conn.execute("RELEASE nested")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.execute("COMMIT")

    def write(self, action: Callable[[], T], attempts: int = 5) -> T:
        """Run ``action`` in a transaction, retrying if another process holds the lock too long."""
        for attempt in range(attempts):
            try:
                with self.transaction():
                    return action()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row)) for row in cursor]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements (trigger bodies contain semicolons)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buffer.strip()[:60]}")


def open_store(path: Path | str | None = None) -> Store:
    return Store(path if path is not None else default_db_path())
