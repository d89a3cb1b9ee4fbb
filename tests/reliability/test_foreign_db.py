"""A database that is not factcheck's is refused untouched; a mistyped --db creates nothing.

Run through the real CLI in a subprocess: the promise is about files on disk (no table added, not
one byte changed, no -wal/-shm left beside the file), which an in-process run could hide.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.reliability.conftest import run_cli

ARTICLE = "The ministry said spending rose by 12 percent in 2023.\nExports reached 3.2 billion euros in 2022.\n"


def one_line_error(result, *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def foreign_db(path: Path, wal: bool) -> bytes:
    """Someone else's SQLite file: a table of their own, nothing of ours."""
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('bread'), ('soup')")
    conn.commit()
    if wal:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path.read_bytes()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)


@pytest.mark.slow
@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_foreign_sqlite_file_is_refused_and_left_byte_for_byte(tmp_path, wal):
    other = tmp_path / "other.db"
    data = foreign_db(other, wal)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for argv in (["claims"], ["claims", "--json"], ["add", str(article)], ["verdict", "1", "false"],
                 ["export", "--format", "json"], ["disputes"]):
        result = run_cli(tmp_path, "--db", str(other), *argv)
        one_line_error(result, str(other), "not a factcheck database")
        assert other.read_bytes() == data, argv
        assert siblings(other) == [], (argv, siblings(other))
    conn = sqlite3.connect(f"file:{other}?mode=ro", uri=True)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["recipes"]
    conn.close()


@pytest.mark.slow
def test_reading_a_database_that_does_not_exist_creates_nothing(tmp_path):
    typo = tmp_path / "typo.db"
    for argv in (["claims"], ["claims", "--json"], ["export", "--format", "csv"], ["disputes"],
                 ["verdict", "1", "false"]):
        result = run_cli(tmp_path, "--db", str(typo), *argv)
        one_line_error(result, str(typo), "no such database")
        assert not typo.exists() and siblings(typo) == []


def test_reading_an_empty_file_leaves_it_empty(capsys, tmp_path):
    from factcheck.cli import main

    empty = tmp_path / "empty.db"
    empty.touch()
    for argv in (["claims"], ["export", "--format", "json"], ["verdict", "1", "false"]):
        assert main(["--db", str(empty), *argv]) == 2
        err = capsys.readouterr().err
        assert err.startswith("factcheck: error: ") and "empty file" in err and err.count("\n") == 1
        assert empty.stat().st_size == 0 and siblings(empty) == []


@pytest.mark.slow
def test_add_creates_a_new_database_and_says_so_once(tmp_path):
    db = tmp_path / "new.db"
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    first = run_cli(tmp_path, "--db", str(db), "add", str(article))
    assert first.returncode == 0, first.stderr
    assert first.stderr.strip().splitlines() == [f"factcheck: created a new database {db}"]
    assert db.exists()
    second = run_cli(tmp_path, "--db", str(db), "add", str(article))
    assert second.returncode == 0 and second.stderr == ""
    reading = run_cli(tmp_path, "--db", str(db), "claims")
    assert reading.returncode == 0 and reading.stderr == ""


def test_workbench_creates_a_new_database_and_says_so_once(capsys, tmp_path, monkeypatch):
    """The workbench itself is a TUI: the database is created and announced before it starts."""
    from factcheck.cli import main
    import factcheck.tui.app as tui_app

    opened = []
    monkeypatch.setattr(tui_app, "run_app", lambda path, config: opened.append(Path(path)))
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "no-config.toml"))
    db = tmp_path / "desk.db"
    assert main(["--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [f"factcheck: created a new database {db}"]
    assert opened == [db] and db.exists()
    assert main(["--db", str(db)]) == 0
    assert capsys.readouterr().err == ""


def test_foreign_file_is_refused_before_sqlite_opens_it(capsys, tmp_path, monkeypatch):
    """Opening a WAL-mode file makes -wal/-shm beside it even to read: the usual foreign file is
    recognised from its first page, so SQLite never opens it."""
    from factcheck.cli import main

    other = tmp_path / "other.db"
    data = foreign_db(other, wal=True)
    opened = []
    connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: opened.append(str(a[0])) or connect(*a, **k))
    for argv in (["claims"], ["add", str(tmp_path / "missing.txt")], ["disputes"]):
        assert main(["--db", str(other), *argv]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "factcheck: error: " in err, err
    assert opened == [] and other.read_bytes() == data and siblings(other) == []


def test_foreign_file_with_a_user_version_is_refused_too(capsys, tmp_path):
    """Another program may set user_version: then the tables decide (read by SQLite, written never)."""
    from factcheck.cli import main

    other = tmp_path / "versioned.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    data = other.read_bytes()
    assert main(["--db", str(other), "claims"]) == 2
    assert "not a factcheck database" in capsys.readouterr().err
    assert other.read_bytes() == data and siblings(other) == []
