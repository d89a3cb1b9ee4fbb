"""Issue 6.6: a database written by an earlier schema version opens, migrates and keeps every verdict.

fixtures/v1.db was made by make_v1_fixture.py, which applies only MIGRATIONS[:1]; regenerate it
with ``python tests/reliability/make_v1_fixture.py``. Every later version is checked too, by building
a database with MIGRATIONS[:k] and opening it with today's code.
"""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from factcheck.store import Store, _statements
from factcheck.store.claims import list_claims
from factcheck.store.schema import MIGRATIONS, SCHEMA_VERSION
from factcheck.store.verdicts import set_verdict
from tests.reliability.conftest import FIXTURES, make_store, run_main
from tests.reliability.make_v1_fixture import build

V1 = FIXTURES / "v1.db"
KEPT_TABLES = ("articles", "sentences", "claims", "spans", "quantities", "verdicts", "verdict_history", "matches")


def rows(path, table):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    finally:
        conn.close()


def schema(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


def test_fixture_is_still_a_true_v1_file(tmp_path):
    """Migration 1 must never change once shipped: the committed file has exactly its schema."""
    assert rows(V1, "verdicts")  # sanity: it has reviews
    conn = sqlite3.connect(V1)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    fresh = tmp_path / "fresh.db"
    conn = sqlite3.connect(fresh)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.close()
    assert schema(V1) == schema(fresh)
    assert rows(build(tmp_path / "again.db"), "verdict_history") == rows(V1, "verdict_history")  # reproducible


def test_v1_database_opens_migrates_and_keeps_every_verdict(capsys, tmp_path):
    db = shutil.copyfile(V1, tmp_path / "old.db")
    before = {table: rows(db, table) for table in KEPT_TABLES}
    with Store(db) as store:
        assert store.user_version == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in KEPT_TABLES:  # every row, every column of v1 is still there
        after = rows(db, table)
        assert [r[: len(before[table][0])] for r in after] == before[table] if before[table] else after == [], table

    code, out, err = run_main(capsys, "--db", str(db), "claims", "--json", "--all")
    assert code == 0, err
    listed = {c["id"]: (c["verdict"], c["note"], c["reviewer"]) for c in json.loads(out)}
    for claim_id, verdict, note, reviewer, _ in before["verdicts"]:
        assert listed[claim_id] == (verdict, note, reviewer)

    # the migrated database works: a new verdict, full-text search over the old claims
    with Store(db) as store:
        set_verdict(store, 3, "true", reviewer="cy")
        assert store.conn.execute("SELECT count(*) FROM verdict_history").fetchone()[0] == len(before["verdict_history"]) + 1
        assert store.conn.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'Azure'").fetchall() == [(2,)]
    for fmt in ("json", "csv", "markdown", "claimreview"):
        code, out, err = run_main(capsys, "--db", str(db), "export", "--format", fmt)
        assert code == 0, err
        assert "ECB rate confirms" in out or fmt == "claimreview"


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_older_version_migrates_with_its_verdicts(tmp_path, version):
    db = tmp_path / f"v{version}.db"
    conn = sqlite3.connect(db, isolation_level=None)
    for migration in MIGRATIONS[:version]:
        for statement in _statements(migration):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    ids = make_store(tmp_path / "scratch.db")  # noqa: F841 - only to reuse the article builder below
    with Store(tmp_path / "scratch.db") as scratch:
        data = {t: scratch.query(f"SELECT * FROM {t}") for t in ("articles", "sentences", "claims")}
    conn = sqlite3.connect(db, isolation_level=None)
    for table, records in data.items():  # the same rows, through the old version's columns only
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        for record in records:
            conn.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [record[c] for c in columns],
            )
    conn.execute("INSERT INTO verdicts VALUES (1, 'false', 'old note', 'ana', 'then')")
    conn.execute(
        "INSERT INTO verdict_history (claim_id, article_hash, claim_text, reviewer, at, old_verdict, new_verdict,"
        " old_note, new_note) VALUES (1, 'h', 't', 'ana', 'then', NULL, 'false', NULL, 'old note')"
    )
    conn.close()
    with Store(db) as store:
        assert store.user_version == SCHEMA_VERSION
        [record] = list_claims(store, claim_ids=[1])
        assert (record.verdict, record.note, record.reviewer) == ("false", "old note", "ana")
        assert len(store.query("SELECT * FROM verdict_history")) == 1
