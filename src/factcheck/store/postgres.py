"""The PostgreSQL engine: a connection that speaks the store's SQL, and the schema for a server.

The store's queries are written once, in the SQL SQLite and PostgreSQL share, with ``?`` for
parameters. ``PgConnection.execute`` turns the few SQLite spellings the store uses into PostgreSQL's
(placeholders, id lists, ``INSERT OR REPLACE/IGNORE``, ``lastrowid``); anything SQLite-only that it
does not know how to turn (FTS5, ``PRAGMA``, ``sqlite_master``) goes through ``Dialect`` methods
instead (store/dialect.py). The migrations are the SQLite ones, translated statement by statement
(types, identity keys) plus what only a server has (full-text index, append-only triggers,
notifications), so a new SQLite migration is a PostgreSQL migration too.

psycopg is imported here only: the SQLite path never imports this module.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from factcheck.errors import FactcheckError

URL_PREFIXES = ("postgresql://", "postgres://")
CHANNEL = "factcheck_changes"  # NOTIFY channel: the claim id of each new history row

# Statements of the SQLite migrations that have no PostgreSQL counterpart here: the FTS5 table and
# its triggers (a GIN index over the claim text does that job) and SQLite's append-only triggers
# (replaced by PG_EXTRA's).
_SQLITE_ONLY = re.compile(r"^\s*(CREATE\s+VIRTUAL\s+TABLE|CREATE\s+TRIGGER|DROP\s+TRIGGER)\b", re.I)

def _accent_folds() -> tuple[str, str]:
    """Latin letters with diacritics and their base letters ("é" -> "e", not "ø" or "ß", which do
    not decompose): what FTS5's unicode61 tokenizer folds by default (remove_diacritics)."""
    src, dst = [], []
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        parts = unicodedata.normalize("NFD", chr(cp))
        if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha() and all(unicodedata.combining(c) for c in parts[1:]):
            src.append(chr(cp))
            dst.append(parts[0])
    return "".join(src), "".join(dst)


ACCENTED, UNACCENTED = _accent_folds()
FOLD = str.maketrans(ACCENTED, UNACCENTED)

# What a server needs beyond the translated SQLite migration of the same number.
PG_EXTRA: dict[int, list[str]] = {
    1: [
        # search: the text's runs of letters and digits as a 'simple' tsvector (lower-cased, no
        # stemming), accents folded as FTS5's unicode61 tokenizer does; PostgreSQL's own parser
        # would keep "Miliar/Bulan" or "5.5" whole. The letter classes follow the database's ctype
        # ("C" knows only ASCII letters), hence COLLATE "default".
        f"""CREATE FUNCTION factcheck_fts(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
           AS $$ SELECT to_tsvector('simple', translate(regexp_replace(t COLLATE "default", '[^[:alnum:]]+', ' ', 'g'),
                                                        '{ACCENTED}', '{UNACCENTED}')) $$""",
        "CREATE INDEX claims_fts ON claims USING gin (factcheck_fts(text))",
        """CREATE FUNCTION factcheck_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$""",
        """CREATE TRIGGER verdict_history_append_only BEFORE UPDATE OR DELETE ON verdict_history
           FOR EACH ROW EXECUTE FUNCTION factcheck_append_only()""",
        """CREATE TRIGGER verdict_history_no_truncate BEFORE TRUNCATE ON verdict_history
           FOR EACH STATEMENT EXECUTE FUNCTION factcheck_append_only()""",
        # live updates: every history row tells listeners which claim changed (delivered at COMMIT)
        f"""CREATE FUNCTION factcheck_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN PERFORM pg_notify('{CHANNEL}', NEW.claim_id::text); RETURN NULL; END $$""",
        """CREATE TRIGGER verdict_history_notify AFTER INSERT ON verdict_history
           FOR EACH ROW EXECUTE FUNCTION factcheck_notify_change()""",
    ],
    # graded consistency: SQLite copies the matches table to change its CHECK (migration 9, skipped
    # here); a server replaces the constraint (PostgreSQL names a column's CHECK table_column_check)
    9: [
        "ALTER TABLE matches DROP CONSTRAINT IF EXISTS matches_consistency_check",
        "ALTER TABLE matches ADD CONSTRAINT matches_consistency_check CHECK"
        " (consistency IN ('consistent', 'differs-slightly', 'conflict', 'not-compared'))",
    ],
}

# SQLite migrations that only rebuild a table to do what PG_EXTRA does in place on a server.
_SQLITE_ONLY_MIGRATIONS = frozenset({9})

# SQLite's INSERT OR REPLACE replaces the row that clashes on a unique key: the key of each table
# written that way.
_REPLACE_KEYS = {"matches": ("claim_a", "claim_b"), "match_signatures": ("claim_id",), "verdicts": ("claim_id",),
                 "embeddings": ("model", "text_key")}


def is_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(URL_PREFIXES)


def display(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"://([^:/@]*):[^@/]*@", r"://\1:***@", url)


def translate_ddl(statement: str) -> str | None:
    """A SQLite migration statement in PostgreSQL, or None when it has no counterpart."""
    code = re.sub(r"--[^\n]*", "", statement)
    if _SQLITE_ONLY.match(code):
        return None
    # types are upper case in the migrations, names lower case ("text TEXT"): case matters here.
    # TEXT compares in "C" order whatever the database's collation, as SQLite's BINARY does.
    out = re.sub(r"\bINTEGER PRIMARY KEY(?!\s+REFERENCES)", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", code)
    out = re.sub(r"\bINTEGER\b", "BIGINT", out)
    out = re.sub(r"\bREAL\b", "DOUBLE PRECISION", out)
    out = re.sub(r"\bBLOB\b", "BYTEA", out)
    out = re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', out)
    return out


def migration(statements: Iterator[str], version: int) -> list[str]:
    """The PostgreSQL statements of SQLite migration ``version`` (1-based)."""
    out = [] if version in _SQLITE_ONLY_MIGRATIONS else [pg for s in statements if (pg := translate_ddl(s)) is not None]
    return out + PG_EXTRA.get(version, [])


# -- the connection --------------------------------------------------------------------------------

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?\d*|%|;\s*$")
_ID_LIST = re.compile(r"(\bNOT\s+)?\bIN\s*\(\s*SELECT\s+value\s+FROM\s+json_each\(\?\)\s*\)", re.I)
_CTE_LIST = re.compile(r"\(\s*SELECT\s+value\s+FROM\s+json_each\(\?\)\s*\)", re.I)
_OR = re.compile(r"^\s*INSERT\s+OR\s+(REPLACE|IGNORE)\s+INTO\s+(\w+)\s*\(([^)]*)\)", re.I)
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.I)


class Translated:
    __slots__ = ("sql", "json_params", "returns_id")

    def __init__(self, sql: str, json_params: frozenset[int], returns_id: bool) -> None:
        self.sql, self.json_params, self.returns_id = sql, json_params, returns_id


@lru_cache(maxsize=1024)
def translate(sql: str, with_params: bool, id_tables: frozenset[str]) -> Translated:
    """The store's SQL for psycopg: ``?`` -> ``%s``; ``IN (SELECT value FROM json_each(?))`` ->
    ``= ANY(%s)`` (the JSON list parameter is decoded, see ``json_params``); ``INSERT OR
    REPLACE/IGNORE`` -> ``ON CONFLICT``; a single-row INSERT into a table with an ``id`` gets
    ``RETURNING id`` for ``lastrowid``."""
    if re.search(r"\?\d", sql):
        raise ValueError("numbered parameters (?1) are SQLite-only: repeat the parameter")
    sql = re.sub(r"^\s*BEGIN\s+IMMEDIATE\b", "BEGIN", sql, flags=re.I)
    sql = _ID_LIST.sub(lambda m: "<> ALL(?)" if m.group(1) else "= ANY(?)", sql)
    sql = _CTE_LIST.sub("(SELECT unnest(?))", sql)
    sql = re.sub(r"\binstr\(", "strpos(", sql, flags=re.I)
    if re.search(r"\bNOT\s+IN\s*\(\s*\)", sql, flags=re.I):
        raise ValueError("NOT IN () is SQLite-only")
    sql = re.sub(r"\bIN\s*\(\s*\)", "IN (NULL)", sql, flags=re.I)  # SQLite's empty list: matches nothing
    sql = re.sub(r"\bIFNULL\(", "coalesce(", sql, flags=re.I)
    if (m := _OR.match(sql)) is not None:
        action, table, columns = m.group(1).upper(), m.group(2), [c.strip() for c in m.group(3).split(",")]
        sql = "INSERT INTO" + sql[m.start(2) - 1 :].rstrip().rstrip(";")
        if action == "IGNORE":
            sql += " ON CONFLICT DO NOTHING"
        else:
            if table not in _REPLACE_KEYS:
                raise ValueError(f"INSERT OR REPLACE INTO {table}: name its unique key in postgres._REPLACE_KEYS")
            key = _REPLACE_KEYS[table]
            sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c not in key)
            sql += f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET {sets}"
    returns_id = False
    if (m := _INSERT.match(sql)) is not None and m.group(1) in id_tables and "RETURNING" not in sql.upper():
        sql = sql.rstrip().rstrip(";") + " RETURNING id"
        returns_id = True
    # placeholders, and literal % doubled, outside quoted strings; ANY(?) marks a JSON list
    out, params, json_params = [], 0, set()
    last = 0
    for m in _TOKEN.finditer(sql):
        token = m.group(0)
        out.append(sql[last : m.start()])
        last = m.end()
        if token == "?":
            if sql[max(0, m.start() - 4) : m.start()].upper() == "ANY(" or sql[max(0, m.start() - 4) : m.start()].upper() == "ALL(" or sql[max(0, m.start() - 7) : m.start()].lower() == "unnest(":
                json_params.add(params)
            out.append("%s")
            params += 1
        elif token == "%":
            out.append("%%" if with_params else "%")
        elif token.startswith(";"):
            out.append("")
        else:  # a quoted string or name: psycopg reads % in it as a placeholder too
            out.append(token.replace("%", "%%") if with_params else token)
    out.append(sql[last:])
    return Translated("".join(out), frozenset(json_params), returns_id)


def _decode_list(value: Any) -> Any:
    """A JSON list parameter as a Python list (an int list becomes bigint[], a str list text[])."""
    return json.loads(value) if isinstance(value, str) else list(value)


class PgCursor:
    """What the store reads from a cursor: rows, ``description``, ``lastrowid``, ``rowcount``."""

    def __init__(self, cursor: psycopg.Cursor | None, lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid

    @property
    def description(self):
        return self._cursor.description if self._cursor is not None else None

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount if self._cursor is not None else -1

    def fetchone(self):
        if self._cursor is None or self._cursor.description is None:
            return None
        return self._cursor.fetchone()

    def fetchall(self) -> list:
        if self._cursor is None or self._cursor.description is None:
            return []
        return self._cursor.fetchall()

    def __iter__(self):
        return iter(self.fetchall())


class PgConnection:
    """A psycopg connection with the sqlite3 methods the store uses (``execute``, ``executemany``,
    ``in_transaction``, ``rollback``, ``close``). Autocommit: the store issues BEGIN/COMMIT itself,
    as it does on SQLite, and a read outside a transaction sees the latest committed state."""

    def __init__(self, url: str) -> None:
        try:
            self.raw = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise FactcheckError(f"cannot connect to {display(url)}: {_first_line(exc)}") from None
        self.id_tables: frozenset[str] = frozenset()

    def refresh_tables(self) -> None:
        rows = self.raw.execute(
            "SELECT table_name FROM information_schema.columns WHERE column_name = 'id'"
            " AND table_schema = current_schema()"
        ).fetchall()
        self.id_tables = frozenset(r[0] for r in rows)

    def _params(self, translated: Translated, params: Sequence | dict) -> Sequence | dict | None:
        if not params:
            return None
        if translated.json_params:
            params = [_decode_list(p) if i in translated.json_params else p for i, p in enumerate(params)]
        return params

    @staticmethod
    def _without_nul(params: Sequence | dict | None) -> Sequence | dict | None:
        """PostgreSQL text cannot hold NUL: dropped from single-row values (notes, reviewer names
        as typed). Article text never has one (ingest drops control characters), so no offset
        moves; the bulk inserts of ``executemany`` carry only article text and are not scanned."""
        if params is None or isinstance(params, dict):
            return params
        if any(isinstance(p, str) and "\x00" in p for p in params):
            return [p.replace("\x00", "") if isinstance(p, str) else p for p in params]
        return params

    def execute(self, sql: str, params: Sequence | dict = ()) -> PgCursor:
        t = translate(sql, bool(params), self.id_tables)
        cursor = self.raw.execute(t.sql, self._without_nul(self._params(t, params)))
        if t.returns_id:
            rows = cursor.fetchall()
            return PgCursor(None, rows[-1][0] if rows else None)
        return PgCursor(cursor)

    def executemany(self, sql: str, rows) -> PgCursor:
        rows = list(rows)
        if not rows:
            return PgCursor(None)
        t = translate(sql, True, frozenset())  # no RETURNING: executemany reads no ids
        with self.raw.cursor() as cursor:
            cursor.executemany(t.sql, [self._params(t, r) for r in rows])
        return PgCursor(None)

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """Append ``rows`` to ``table`` with COPY: one stream to the server instead of a statement
        per row (a rebuild loads hundreds of thousands of matches)."""
        with self.raw.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def rollback(self) -> None:
        if self.in_transaction:
            self.raw.execute("ROLLBACK")

    def commit(self) -> None:
        if self.in_transaction:
            self.raw.execute("COMMIT")

    def close(self) -> None:
        self.raw.close()


class Listener:
    """A connection of its own that LISTENs for history rows other sessions commit."""

    def __init__(self, url: str) -> None:
        self.conn = psycopg.connect(url, autocommit=True)
        self.conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> set[int]:
        """The claim ids notified within ``timeout`` seconds (returns at the first, with any
        others already delivered); empty if none."""
        claims: set[int] = set()
        for note in self.conn.notifies(timeout=timeout, stop_after=1):
            claims.add(int(note.payload))
        if claims:  # drain what came with it
            for note in self.conn.notifies(timeout=0.01):
                claims.add(int(note.payload))
        return claims

    def close(self) -> None:
        self.conn.close()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def is_retryable(exc: BaseException) -> bool:
    """A write that lost a race (serialisation failure, deadlock) and may simply be run again."""
    return isinstance(exc, (pg_errors.SerializationFailure, pg_errors.DeadlockDetected))


DatabaseError = psycopg.Error
