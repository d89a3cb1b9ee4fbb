"""Issue 6.4: bad input gets one line ``factcheck: error: ...`` on stderr, exit 2, and leaves the
database byte-for-byte as it was (the file's bytes and its SQL dump are compared).

Most cases run the CLI in-process (``factcheck.cli.main``); the ones about permissions and memory
run it as a subprocess. As root, chmod denies nothing, so those subprocesses drop the capabilities
that let root ignore permissions (see ``permissions_preexec`` in conftest.py).
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest

from factcheck.store.schema import SCHEMA_VERSION
from tests.reliability.conftest import (
    checkpointed, make_store, permissions_preexec, run_cli, run_main, sqlite_snapshot,
)

GOOD = "According to the ministry, the government paid $20 million to Acme Corp in March 2024.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
# German UTF-8 text with one broken byte: no encoding explains it (cp1250 etc. turn every "ü" into junk)
BROKEN_UTF8 = (
    "Die Regierung in Zürich zahlte 2023 rund 20 Millionen Euro für Schulen. "
    "Die Ausgaben stiegen um 12 Prozent gegenüber dem Vorjahr. " * 5
).encode()
BROKEN_UTF8 = BROKEN_UTF8[:100] + b"\xff" + BROKEN_UTF8[100:]


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("article.txt", GOOD * 20)
    return buffer.getvalue()


@pytest.fixture
def db(tmp_path) -> Path:
    """A database with an article, claims and a verdict; WAL folded in so the file is the whole db."""
    path = tmp_path / "bad.db"
    ids = make_store(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(
        "INSERT INTO verdicts (claim_id, verdict, note, reviewer, updated_at) VALUES (?, 'false', 'n', 'ana', 'now')",
        (ids[0],),
    )
    conn.commit()
    conn.close()
    checkpointed(path)
    return path


def assert_one_line_error(code: int, err: str, contains: str | None = None) -> str:
    lines = err.strip().splitlines()
    assert code == 2, err
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}: {err!r}"
    assert lines[0].startswith("factcheck: error: "), lines[0]
    assert "Traceback" not in err
    if contains:
        assert contains.lower() in lines[0].lower(), lines[0]
    return lines[0]


def assert_unchanged(path: Path, before) -> None:
    after = sqlite_snapshot(path)
    assert after[1] == before[1], "the database's content changed"
    assert after[0] == before[0], "the database file's bytes changed"


# ------------------------------------------------------------------------------ bad article files

ARTICLE_FILES = {
    # name: (file name, bytes, words the message must contain)
    "empty": ("empty.txt", b"", "empty"),
    "only-whitespace": ("blank.txt", b" \n\t\r\n  \n", "empty"),
    "png": ("picture.png", PNG, "PNG"),
    "png-named-txt": ("picture.txt", PNG, "PNG"),
    "zip": ("bundle.zip", zip_bytes(), "ZIP"),
    "docx-ish-zip-named-md": ("notes.md", zip_bytes(), "ZIP"),
    "sqlite-as-article": ("other.txt", None, "SQLite"),  # bytes filled in by the test: a real database
    "invalid-utf8-controls": ("ctrl.txt", bytes(range(1, 32)) * 10 + b"\xc3\x28", None),
    "invalid-utf8-one-bad-byte": ("broken.txt", BROKEN_UTF8, "UTF-8"),
    "utf16-bom-but-odd-bytes": ("u16odd.txt", b"\xff\xfe" + "Hi".encode("utf-16-le") + b"\x00\xd8", None),
    "nul-bytes": ("nul.txt", GOOD.encode() + b"\x00" * 10, None),
    "html-without-text": ("page.html", b"<html><head><script>var a=1;</script></head><body><nav>Home</nav></body></html>", None),
}


@pytest.mark.parametrize("case", sorted(ARTICLE_FILES))
def test_bad_article_file(capsys, tmp_path, db, case):
    name, data, words = ARTICLE_FILES[case]
    if data is None:
        data = db.read_bytes()
    path = tmp_path / name
    path.write_bytes(data)
    before = sqlite_snapshot(db)
    code, out, err = run_main(capsys, "--db", str(db), "add", str(path))
    line = assert_one_line_error(code, err, words)
    assert name in line  # the file is named
    assert_unchanged(db, before)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_added(capsys, tmp_path, db, encoding):
    """Once refused as binary (NUL bytes); now read by where its NUL bytes fall (core/ingest.py)."""
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(GOOD.encode(encoding) * 3)
    code, out, err = run_main(capsys, "--db", str(db), "add", str(path))
    assert code == 0, err
    with sqlite3.connect(db) as conn:
        texts = [r[0] for r in conn.execute("SELECT text FROM articles WHERE path LIKE ?", (f"%{encoding}.txt",))]
    assert texts and "$20 million to Acme Corp" in texts[0]


def test_missing_path(capsys, tmp_path, db):
    before = sqlite_snapshot(db)
    code, _, err = run_main(capsys, "--db", str(db), "add", str(tmp_path / "nope.txt"))
    assert_one_line_error(code, err, "no such file")
    assert_unchanged(db, before)


def test_folder_without_articles(capsys, tmp_path, db):
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "a.png").write_bytes(PNG)
    before = sqlite_snapshot(db)
    code, _, err = run_main(capsys, "--db", str(db), "add", str(folder))
    assert_one_line_error(code, err, "no article files")
    assert_unchanged(db, before)


def test_unreadable_file(tmp_path, db):
    preexec = permissions_preexec()
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    before = sqlite_snapshot(db)
    result = run_cli(tmp_path, "--db", str(db), "add", str(path), preexec_fn=preexec)
    assert_one_line_error(result.returncode, result.stderr, "permission denied")
    assert_unchanged(db, before)


def test_unreadable_folder(tmp_path, db):
    preexec = permissions_preexec()
    folder = tmp_path / "locked"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "a.txt").write_text(GOOD)
    (folder / "inner").chmod(0)
    before = sqlite_snapshot(db)
    try:
        result = run_cli(tmp_path, "--db", str(db), "add", str(folder), preexec_fn=preexec)
    finally:
        (folder / "inner").chmod(0o755)
    assert_one_line_error(result.returncode, result.stderr, "locked")
    assert_unchanged(db, before)


# ---------------------------------------------------------------------------------- big files

def write_single_line(path: Path, size: int) -> None:
    sentence = b"The ministry said the budget rose by 5 percent to $20 million in 2023 and then fell. "
    with path.open("wb") as f:
        for _ in range(size // len(sentence)):
            f.write(sentence)


def peak_rss_cli(tmp_path, *argv) -> tuple[object, float]:
    """Run the CLI in a subprocess; return its result and peak resident memory in MB."""
    import subprocess
    import sys

    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child of a large pytest process
    # would report the parent's size; VmHWM belongs to the new address space alone.
    code = (
        "import sys\n"
        "from factcheck.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM:')).split()[1]\n"
        "print(hwm, file=open(sys.argv[0] + '.rss', 'w'))\n"
        "sys.exit(status)\n"
    )
    script = tmp_path / "measure.py"
    script.write_text(code)
    from tests.reliability.conftest import cli_env

    result = subprocess.run(
        [sys.executable, str(script), *argv], capture_output=True, text=True, timeout=600, env=cli_env(tmp_path)
    )
    rss_kb = int((tmp_path / "measure.py.rss").read_text())
    return result, rss_kb / 1024


@pytest.mark.slow
def test_50mb_single_line_file_is_refused_naming_the_limit(tmp_path, db):
    big = tmp_path / "huge.txt"
    write_single_line(big, 50 * 2**20)
    before = sqlite_snapshot(db)
    result, peak_mb = peak_rss_cli(tmp_path, "--db", str(db), "add", str(big))
    line = assert_one_line_error(result.returncode, result.stderr, "MB limit")
    assert "--max-mb" in line and "huge.txt" in line
    assert peak_mb < 300, f"peak RSS {peak_mb:.0f} MB"
    assert_unchanged(db, before)


# ---------------------------------------------------------------------- a folder, some files bad

@pytest.mark.slow
def test_folder_of_1000_tiny_files_some_bad(capsys, tmp_path, db):
    folder = tmp_path / "many"
    folder.mkdir()
    bad = {}
    for i in range(1000):
        path = folder / f"f{i:04d}.txt"
        if i % 50 == 7:
            path.write_bytes(b"")
            bad[path.name] = "empty"
        elif i % 50 == 23:
            path.write_bytes(PNG)
            bad[path.name] = "PNG"
        elif i % 50 == 41:
            path.write_bytes(b"\x00\x01\x02 binary \x00")
            bad[path.name] = "binary"
        else:
            path.write_text(f"Report {i}: the council spent {i + 1} thousand euros on parks in 2023.\n")
    code, out, err = run_main(capsys, "--db", str(db), "add", str(folder))
    assert code == 2
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    errors = [line for line in lines if line.startswith("factcheck: error: ")]
    assert len(errors) == len(lines) == len(bad)  # one line per bad file, each naming it
    for name, words in bad.items():
        assert any(name in line and words.lower() in line.lower() for line in errors), name
    assert f"added {1000 - len(bad)} articles" in out  # the summary (stdout; errors alone on stderr)
    conn = sqlite3.connect(db)
    try:
        files = {row[0] for row in conn.execute("SELECT file_name FROM articles")}
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert len(files - {"Seeded.txt"}) == 1000 - len(bad) and not files & set(bad)


# --------------------------------------------------------------------------------- bad --db

def test_db_is_a_text_file(capsys, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes, not a database\n" * 100)
    data = path.read_bytes()
    for argv in (["claims"], ["add", str(path)], ["verdict", "1", "false"], ["export", "--format", "json"]):
        code, _, err = run_main(capsys, "--db", str(path), *argv)
        assert_one_line_error(code, err, "not a usable factcheck database")
        assert path.read_bytes() == data
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("fraction", [0.5, 0.9])
def test_db_is_truncated(capsys, tmp_path, db, fraction):
    size = db.stat().st_size
    os.truncate(db, int(size * fraction) // 4096 * 4096 or 4096)
    before = sqlite_snapshot(db)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    for argv in (["claims"], ["add", str(good)], ["verdict", "1", "false"], ["export", "--format", "json"]):
        code, out, err = run_main(capsys, "--db", str(db), *argv)
        assert_one_line_error(code, err)
        assert_unchanged(db, before)


def test_db_is_read_only(tmp_path, db):
    preexec = permissions_preexec()
    db.chmod(0o444)
    before = sqlite_snapshot(db)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    try:
        for argv in (["verdict", "1", "true"], ["add", str(good)]):
            result = run_cli(tmp_path, "--db", str(db), *argv, preexec_fn=preexec)
            assert_one_line_error(result.returncode, result.stderr, "read")
            assert_unchanged(db, before)
    finally:
        db.chmod(0o644)


def test_db_of_a_newer_schema(capsys, tmp_path, db):
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    checkpointed(db)
    before = sqlite_snapshot(db)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    for argv in (["claims"], ["add", str(good)], ["verdict", "1", "false"], ["export", "--format", "json"]):
        code, _, err = run_main(capsys, "--db", str(db), *argv)
        assert_one_line_error(code, err, "newer factcheck")
        assert_unchanged(db, before)


def test_db_is_a_directory_or_in_a_missing_directory(capsys, tmp_path):
    for target in (tmp_path, tmp_path / "no" / "such" / "dir" / "x.db"):
        code, _, err = run_main(capsys, "--db", str(target), "claims")
        assert_one_line_error(code, err)
    assert not (tmp_path / "no").exists()


# ------------------------------------------------------------------- bad arguments to commands

COMMANDS = {
    "unknown-claim-id": (["verdict", "99999", "false"], "no claim with id 99999"),
    "claim-id-not-a-number": (["verdict", "abc", "false"], "must be a number"),
    "unknown-verdict": (["verdict", "1", "sorta-true"], "unknown verdict"),
    "empty-verdict": (["verdict", "1", ""], None),
    "unknown-export-format": (["export", "--format", "pdf"], "unknown export format"),
    "export-to-missing-directory": (["export", "--format", "json", "-o", "{tmp}/no/such/dir/out.json"], "does not exist"),
    "export-to-a-directory": (["export", "--format", "csv", "-o", "{tmp}"], "directory"),
    "export-unknown-article": (["export", "--format", "json", "--article", "424242"], "no article"),
    "unknown-command-option": (["claims", "--frobnicate"], None),
}


@pytest.mark.parametrize("case", sorted(COMMANDS))
def test_bad_command_arguments(capsys, tmp_path, db, case):
    argv, words = COMMANDS[case]
    argv = [a.format(tmp=tmp_path) for a in argv]
    before = sqlite_snapshot(db)
    listing = set(os.listdir(tmp_path))
    code, out, err = run_main(capsys, "--db", str(db), *argv)
    assert_one_line_error(code, err, words)
    assert_unchanged(db, before)
    assert set(os.listdir(tmp_path)) - listing <= {"bad.db-wal", "bad.db-shm"}  # no stray export files


def test_good_commands_still_work_on_the_fixture(capsys, db):
    """The control: the same database is fine for valid commands (so the errors above are real)."""
    code, out, err = run_main(capsys, "--db", str(db), "claims", "--json", "--all")
    assert code == 0, err
    assert len(json.loads(out)) == 40
