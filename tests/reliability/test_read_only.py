"""A read-only database: every reading command works on it (same output as on a writable copy) and
writes nothing, not even a -wal or -shm file in a read-only folder; every writing command fails with
one line ``factcheck: error: ... is read-only ...``, exit 2, the file byte-for-byte unchanged.

Two ways in: the real thing (chmod, run as a subprocess that cannot override permissions, see
``permissions_preexec``) and, so the read-only code path is tested even where root cannot drop its
capabilities, the same commands in-process with ``writable()`` reporting False.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

import factcheck.store as store_module
from factcheck.store import Store
from factcheck.store.schema import SCHEMA_VERSION
from tests.reliability.conftest import FIXTURES, SEEDS, checkpointed, permissions_preexec, run_cli, run_main
from tests.reliability.conftest import sqlite_snapshot

READS = [["claims"], ["claims", "--json"], ["match"], ["match", "--json"], ["export", "--format", "json"],
         ["export", "--format", "markdown"], ["disputes"]]


def writes(tmp_path: Path, db: Path) -> list[list[str]]:
    article = tmp_path / "new.txt"
    article.write_text("According to the ministry, the government paid $20 million to Acme Corp in March 2024.\n")
    return [["verdict", "1", "true"], ["verdict", "1", "none", "--note", "x"], ["add", str(article)],
            ["merge", str(tmp_path / "other.db")], ["match", "--rebuild"], ["disputes", "--settle", "1", "true"],
            ["open", str(article)]]


@pytest.fixture
def seeds_db(tmp_path, capsys) -> Path:
    """The seeds (two articles, related statements), a verdict and a note; WAL folded in."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "seeds.db"
    assert run_main(capsys, "--db", str(db), "add", str(SEEDS))[0] == 0
    assert run_main(capsys, "--db", str(db), "verdict", "1", "false", "--note", "see the filing")[0] == 0
    checkpointed(db)
    shutil.copyfile(db, tmp_path / "other.db")
    return db


def normal(out: str) -> str:
    """Output without the moment it was made (exports are stamped to the second)."""
    return re.sub(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d)?(\+\d\d:\d\d|Z)?", "<time>", out)


def expected_outputs(tmp_path: Path, db: Path, capsys) -> dict[str, str]:
    """Each reading command's output on a writable copy."""
    copy = tmp_path / "copy" / db.name
    copy.parent.mkdir()
    shutil.copyfile(db, copy)
    outputs = {}
    for argv in READS:
        code, out, _ = run_main(capsys, "--db", str(copy), *argv)
        assert code == 0
        outputs[" ".join(argv)] = normal(out)
    return outputs


def assert_one_line_read_only(code: int, err: str, db: Path) -> None:
    lines = err.strip().splitlines()
    assert code == 2, err
    assert len(lines) == 1, err
    assert lines[0].startswith("factcheck: error: ") and "is read-only" in lines[0], lines[0]
    assert str(db) in lines[0] or db.name in lines[0]


def assert_unchanged(db: Path, before) -> None:
    after = sqlite_snapshot(db)
    assert after[1] == before[1], "the database's content changed"
    assert after[0] == before[0], "the database file's bytes changed"


@pytest.mark.slow
@pytest.mark.parametrize("how", ["file", "folder"])
def test_read_only_for_real(tmp_path, seeds_db, capsys, how):
    preexec = permissions_preexec()
    expected = expected_outputs(tmp_path, seeds_db, capsys)
    folder = seeds_db.parent
    before = sqlite_snapshot(seeds_db)
    for leftover in folder.glob("seeds.db-*"):  # the snapshot's read-only connection leaves these
        leftover.unlink()
    seeds_db.chmod(0o444)
    if how == "folder":  # the file itself is writable; SQLite could not make its -wal/-shm
        seeds_db.chmod(0o644)
        folder.chmod(0o555)
    try:
        for argv in READS:
            result = run_cli(tmp_path, "--db", str(seeds_db), *argv, preexec_fn=preexec)
            assert result.returncode == 0, (argv, result.stderr)
            assert normal(result.stdout) == expected[" ".join(argv)], argv
        result = run_cli(tmp_path, "agreement", str(seeds_db), str(tmp_path / "other.db"), preexec_fn=preexec)
        assert result.returncode == 0 and "claims both reviewed: 1" in result.stdout, result.stderr
        if how == "folder":
            assert sorted(p.name for p in folder.iterdir()) == ["seeds.db"]  # no -wal, no -shm
        for argv in writes(tmp_path, seeds_db):
            result = run_cli(tmp_path, "--db", str(seeds_db), *argv, preexec_fn=preexec)
            assert_one_line_read_only(result.returncode, result.stderr, seeds_db)
            assert_unchanged(seeds_db, before)
    finally:
        folder.chmod(0o755)
        seeds_db.chmod(0o644)
    assert_unchanged(seeds_db, before)


@pytest.fixture
def pretend_read_only(monkeypatch):
    """As if this process could not write the file: Store() opens read-only (mode=ro) whoever we are."""
    monkeypatch.setattr(store_module, "writable", lambda path: False)


def test_read_only_code_path_in_process(tmp_path, seeds_db, capsys, pretend_read_only):
    expected = expected_outputs(tmp_path, seeds_db, capsys)
    before = sqlite_snapshot(seeds_db)
    for argv in READS:
        code, out, err = run_main(capsys, "--db", str(seeds_db), *argv)
        assert code == 0, err
        assert normal(out) == expected[" ".join(argv)], argv
    for argv in writes(tmp_path, seeds_db):
        code, _, err = run_main(capsys, "--db", str(seeds_db), *argv)
        assert_one_line_read_only(code, err, seeds_db)
        assert_unchanged(seeds_db, before)


def test_read_only_store_refuses_every_write(seeds_db):
    before = sqlite_snapshot(seeds_db)
    with Store(seeds_db, read_only=True) as store:
        assert store.read_only
        assert store.query("SELECT verdict FROM verdicts WHERE claim_id = 1") == [{"verdict": "false"}]
        with pytest.raises(store_module.FactcheckError, match="is read-only"):
            with store.transaction():
                pass
        with pytest.raises(sqlite3.OperationalError, match="readonly"):  # even SQL that skips transaction()
            store.conn.execute("DELETE FROM verdicts")
    assert_unchanged(seeds_db, before)


def test_read_only_store_that_needs_a_migration(tmp_path, capsys, pretend_read_only):
    old = tmp_path / "v1.db"
    shutil.copyfile(FIXTURES / "v1.db", old)
    before = sqlite_snapshot(old)
    code, _, err = run_main(capsys, "--db", str(old), "claims")
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1, err
    assert "needs an upgrade (schema 1 to " + str(SCHEMA_VERSION) + ")" in lines[0] and "read-only" in lines[0]
    assert_unchanged(old, before)


def test_writable_database_is_not_opened_read_only(tmp_path):
    with Store(tmp_path / "new.db") as store:
        assert not store.read_only
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_missing_database_in_a_read_only_folder(tmp_path, capsys, pretend_read_only):
    code, _, err = run_main(capsys, "--db", str(tmp_path / "none.db"), "claims")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "no such database file" in err, err
    assert not (tmp_path / "none.db").exists()

