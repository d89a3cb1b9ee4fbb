"""The one place that speaks SQL: opening the database and running transactions.

Domain queries live beside this module (``articles``, ``claims``, ``verdicts``, ...); each takes a
``Store`` as its first argument. A path opens a SQLite file; a ``postgresql://`` URL a PostgreSQL
database (store/postgres.py, imported only then), with the same queries through ``store.dialect``.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from factcheck.errors import FactcheckError
from factcheck.store.dialect import POSTGRES, SQLITE
from factcheck.store.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils

DEFAULT_DB = "factcheck.db"
BUSY_TIMEOUT_MS = 10_000
OPEN_ATTEMPTS = 8  # opening retries "locked" for ~1.4 s in all, see Store.__init__
T = TypeVar("T")
PG_URL_PREFIXES = ("postgresql://", "postgres://")
SCHEMA_LOCK = 0x66616374  # pg_advisory_xact_lock key: one migrating process at a time
# Tables every factcheck database has had since its first schema: a file without them is not ours.
OUR_TABLES = frozenset({"articles", "claims", "verdicts", "verdict_history"})


def default_db_path() -> Path | str:
    location = os.environ.get("FACTCHECK_DB") or DEFAULT_DB
    return location if is_postgres_url(location) else Path(location)


def is_postgres_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(PG_URL_PREFIXES)


def is_database_error(exc: BaseException) -> bool:
    """An error raised by either engine's driver (psycopg is looked at only if it was imported)."""
    if isinstance(exc, sqlite3.DatabaseError):
        return True
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(exc, psycopg.Error)


class Store:
    """An open factcheck database. Use ``with store.transaction():`` around every user action."""

    def __init__(self, path: Path | str, read_only: bool | None = None) -> None:
        """``read_only=None`` decides by the file system: a database this process may not change
        (the file, or the folder SQLite keeps its -wal/-shm/-journal files in) is opened read-only,
        so every reading command works on it and every write fails with one clear line."""
        self.created = False  # True when opening made a new, empty database here
        if is_postgres_url(path):
            self._open_postgres(str(path), bool(read_only))
            return
        self.dialect = SQLITE
        self.path = self.location = Path(path)
        if self.path.is_dir():
            raise FactcheckError(f"{self.path} is a directory, not a database file")
        self.read_only = not writable(self.path) if read_only is None else read_only
        self._key = _hold(self.path)
        try:
            self._open_retrying()
        except BaseException:
            _release(self._key)
            raise

    def _open_retrying(self) -> None:
        for attempt in range(OPEN_ATTEMPTS):
            try:
                self._open()
                return
            except sqlite3.DatabaseError as exc:
                if _is_read_only_error(exc):
                    raise FactcheckError(self.read_only_message()) from None
                if not (_is_busy_error(exc) and attempt < OPEN_ATTEMPTS - 1):
                    raise FactcheckError(f"{self.path}: not a usable factcheck database ({exc})") from None
                # Another process is creating or migrating this file: some of those steps (the
                # switch to WAL) report "locked" at once instead of waiting on the busy timeout.
                if (conn := self.__dict__.pop("conn", None)) is not None:
                    conn.close()
                time.sleep(0.05 * (attempt + 1))

    def _open(self) -> None:
        self.conn = connect_read_only(self.path) if self.read_only else self._connect()
        self._refuse_foreign()
        self._configure()
        self._migrate()

    def _open_postgres(self, url: str, read_only: bool) -> None:
        from factcheck.store import postgres

        self.dialect = POSTGRES
        self.location: Path | str = url  # what to open it again with
        self.path = postgres.display(url)  # for messages: no password
        self.read_only = read_only
        self.conn = postgres.PgConnection(url)
        try:
            self._migrate_postgres()
        except BaseException:
            self.conn.close()
            raise
        self.conn.refresh_tables()

    def _migrate_postgres(self) -> None:
        """Migrations under a transaction-level advisory lock, so two processes opening a new
        database at once apply each migration once; ``schema_migrations`` lists those applied."""
        from factcheck.store import postgres

        tables = {r[0] for r in self.conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
        if tables and "schema_migrations" not in tables:
            raise FactcheckError(f"{self.path} is not a factcheck database (it has tables of its own): "
                                 f"use an empty database")
        if (version := self.user_version) > SCHEMA_VERSION:
            raise FactcheckError(
                f"{self.path} was written by a newer factcheck (schema {version}; this version "
                f"understands up to {SCHEMA_VERSION}): upgrade factcheck to open it"
            )
        if version == SCHEMA_VERSION or self.read_only:
            if version < SCHEMA_VERSION:
                raise FactcheckError(f"{self.path} needs an upgrade (schema {version} to {SCHEMA_VERSION}), "
                                     f"but it was opened read-only")
            return
        with self.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(?)", (SCHEMA_LOCK,))
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY,"
                              " applied_at timestamptz NOT NULL DEFAULT now())")
            for version in range(self.user_version, SCHEMA_VERSION):
                for statement in postgres.migration(_statements(MIGRATIONS[version]), version + 1):
                    self.conn.raw.execute(statement)
                self.conn.execute("INSERT INTO schema_migrations (version) VALUES (?)", (version + 1,))

    @property
    def is_postgres(self) -> bool:
        return self.dialect is POSTGRES

    def _refuse_foreign(self) -> None:
        """Refuse, before anything is written (the WAL switch rewrites the header, a migration adds
        tables), a SQLite file some other program made. Only reads happen here; closing the
        connection removes the -wal/-shm that reading a WAL-mode file makes, so the file is left
        as it was found. The version and the tables are read in one statement, so one snapshot:
        read apart, another process creating this database could commit its first migration in
        between, and its tables would be seen with the version from before them."""
        rows = self.conn.execute(
            "SELECT v.user_version, m.name FROM pragma_user_version AS v LEFT JOIN sqlite_master AS m"
            " ON m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!'").fetchall()
        version = rows[0][0]
        names = {name for _, name in rows if name is not None}
        if (names or version) and not (version and OUR_TABLES <= names):
            self.conn.close()
            shown = ", ".join(sorted(names)[:3]) + (", …" if len(names) > 3 else "")
            holds = f"it holds {shown}" if names else f"its user_version is {version} but it has no tables"
            raise FactcheckError(f"{self.path} is not a factcheck database ({holds}); it was left as it was")

    def _connect(self) -> sqlite3.Connection:
        folder = self.path.absolute().parent
        if not self.path.exists() and not folder.is_dir():
            raise FactcheckError(f"cannot create {self.path}: there is no folder {folder}")
        return sqlite3.connect(self.path, check_same_thread=False)

    def read_only_message(self) -> str:
        return (f"{self.path} is read-only, so nothing can be saved to it (make the file and its folder "
                f"writable, or work on a copy)")

    def require_writable(self) -> None:
        """For commands that write: fail before any work, with one line, if the file is read-only."""
        if self.read_only:
            raise FactcheckError(self.read_only_message())

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils' view of the same connection, for table-level work (introspection, counts).
        Imported on first use: sqlite-utils imports numpy when it is installed, ~0.5 s of start-up
        that the CLI and the TUI need not pay."""
        import sqlite_utils

        if self.is_postgres:
            raise FactcheckError("sqlite-utils works on SQLite files only")
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
        if self.read_only:  # no journal switch; any write that slips through fails in SQLite
            self.conn.execute("PRAGMA query_only = ON")
            return
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")

    @property
    def user_version(self) -> int:
        """The schema version: ``PRAGMA user_version`` on SQLite, ``schema_migrations`` on a server."""
        if self.is_postgres:
            if self.conn.execute("SELECT to_regclass('schema_migrations')").fetchone()[0] is None:
                return 0
            return self.conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        if self.read_only:
            if (version := self.user_version) < SCHEMA_VERSION:
                what = "is not a factcheck database yet" if version == 0 else (
                    f"needs an upgrade (schema {version} to {SCHEMA_VERSION})")
                raise FactcheckError(f"{self.path} {what}, but it is read-only: make it writable and run "
                                     f"any factcheck command once, or work on a copy")
            return
        while (version := self.user_version) < SCHEMA_VERSION:
            with self.transaction():
                if self.user_version != version:  # another process migrated meanwhile
                    continue
                self.created = self.created or version == 0  # this process made the database
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
        self.require_writable()  # every write is a transaction: reads never open one
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:  # made read-only after we opened it (or a read-only mount)
            if _is_read_only_error(exc):
                raise FactcheckError(self.read_only_message()) from None
            raise

    def write(self, action: Callable[[], T], attempts: int = 5) -> T:
        """Run ``action`` in a transaction, retrying if another process holds the lock too long."""
        for attempt in range(attempts):
            try:
                with self.transaction():
                    return action()
            except Exception as exc:
                if not self._retryable(exc) or attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _retryable(self, exc: Exception) -> bool:
        if self.is_postgres:
            from factcheck.store.postgres import is_retryable

            return is_retryable(exc)
        return isinstance(exc, sqlite3.OperationalError) and _is_busy_error(exc)

    @property
    def database_error(self) -> type[Exception]:
        """The engine's base error class (sqlite3's, or psycopg's for a server)."""
        if self.is_postgres:
            from factcheck.store.postgres import DatabaseError

            return DatabaseError
        return sqlite3.Error

    @cached_property
    def user(self) -> str | None:
        """The user a database server authenticated this connection as (None for a file)."""
        return self.dialect.user(self)

    def has_table(self, name: str) -> bool:
        return self.dialect.has_table(self, name)

    def count(self, table: str) -> int:
        """Rows in ``table`` (a name of ours, not user input)."""
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """Append many rows to ``table`` (a name of ours): PostgreSQL's COPY on a server, one
        prepared INSERT on SQLite."""
        if self.is_postgres:
            self.conn.copy_rows(table, columns, rows)
        else:
            marks = ", ".join("?" * len(columns))
            self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row)) for row in cursor]

    def close(self) -> None:
        self.conn.close()
        _release(getattr(self, "_key", None))
        self._key = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# The database files this process has open through a Store (resolved path -> how many Stores).
# POSIX drops every lock a process holds on a file when the process closes any descriptor of that
# file, and SQLite's WAL mode relies on those locks to know whether other connections are open: if a
# Store lost them, another process closing its connection would fold the WAL into the file and
# delete it, leaving this one reading a stale copy and writing to a deleted WAL (changes lost).
# SQLite's own connections share an inode's locks and defer closing; a plain ``open()`` does not,
# so the header is read that way only while no Store here has the file open.
_IN_USE: dict[str, int] = {}
_IN_USE_LOCK = threading.Lock()


def _hold(path: Path) -> str:
    key = str(path.resolve())
    with _IN_USE_LOCK:
        if key not in _IN_USE:
            _refuse_foreign_header(path)
        _IN_USE[key] = _IN_USE.get(key, 0) + 1
    return key


def _release(key: str | None) -> None:
    if key is None:
        return
    with _IN_USE_LOCK:
        if _IN_USE.get(key, 0) > 1:
            _IN_USE[key] -= 1
        else:
            _IN_USE.pop(key, None)


def _refuse_foreign_header(path: Path) -> None:
    """The common case of ``Store._refuse_foreign`` decided from the file's first page, before
    SQLite opens it: opening a WAL-mode file makes -wal/-shm files beside it (removed again on
    close, but made). A SQLite file whose schema table holds entries (page 1 is a b-tree page with
    cells, or an interior page) while its user_version is 0 was made by another program: ours get
    their tables and user_version in one transaction."""
    try:
        with open(path, "rb") as f:
            head = f.read(108)
    except OSError:
        return  # missing or unreadable: opening says what is wrong
    if len(head) < 108 or not head.startswith(b"SQLite format 3\x00"):
        return
    user_version = int.from_bytes(head[60:64], "big")
    page_type, cells = head[100], int.from_bytes(head[103:105], "big")
    if user_version == 0 and (page_type == 5 or (page_type == 13 and cells > 0)):
        raise FactcheckError(f"{path} is not a factcheck database (it holds another program's tables); "
                             f"it was left as it was")


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


def open_store(path: Path | str | None = None, write: bool = False) -> Store:
    """``write=True`` for commands that change the database: a read-only file fails at once."""
    store = Store(path if path is not None else default_db_path())
    if write and store.read_only:
        store.close()
        store.require_writable()
    return store


def writable(path: Path) -> bool:
    """Whether this process may change the database at ``path`` (or create it): the file and its
    folder, where SQLite creates its -wal, -shm and -journal files, must both be writable."""
    folder = path.absolute().parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return not folder.is_dir() or os.access(folder, os.W_OK | os.X_OK)  # no folder: _connect says so


def connect_read_only(path: Path | str) -> sqlite3.Connection:
    """A read-only connection that writes nothing: not the file, and no -wal/-shm beside it when
    the folder is read-only too. A WAL database normally needs a -shm file even to be read; when
    it cannot be created, the file is opened ``immutable`` (nothing else can be writing it then,
    or that writer would have made the -shm), unless a -wal holds changes not yet in the file."""
    path = Path(path)
    if not path.is_file():
        raise FactcheckError(f"{path}: no such database file (and it cannot be created here: read-only)")
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the file (and -shm)
        return conn
    except sqlite3.OperationalError as exc:
        if not _is_read_only_error(exc) and getattr(exc, "sqlite_errorname", "") != "SQLITE_CANTOPEN":
            raise
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise FactcheckError(f"{path} is read-only and its -wal file holds changes not yet written into it: "
                             f"open it once where it is writable, or copy both files elsewhere")
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def _is_busy_error(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _is_read_only_error(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorname", "").startswith("SQLITE_READONLY") or "readonly" in str(exc)
