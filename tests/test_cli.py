"""The headless CLI, run in-process through ``factcheck.cli.main`` as a user would type it."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import _with_default_command, main
from factcheck.store import Store

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """The --db of a test: a SQLite file, or a PostgreSQL database (tests/conftest.py pg_url)."""
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else str(tmp_path / "cli.db")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def claims_json(capsys, db, *extra):
    code, out, _ = run(capsys, "--db", db, "claims", "--json", *extra)
    assert code == 0
    return json.loads(out)


def test_add_seeds_then_list_claims_as_json(capsys, db):
    code, out, err = run(capsys, "--db", db, "add", str(SEEDS))
    assert code == 0, err
    assert "added 2 articles" in out
    claims = claims_json(capsys, db)
    assert {c["lang"] for c in claims} == {"da", "id"}
    c = next(c for c in claims if "Rp322" in c["text"])
    assert set(c) >= {"id", "article", "lang", "text", "start", "end", "score", "kinds", "quantities", "verdict", "note"}
    assert c["article"]["file"].startswith("003_") and c["verdict"] is None and c["note"] is None
    [money] = [q for q in c["quantities"] if q["kind"] == "money"]
    assert money["unit"] == "IDR" and money["value"] == pytest.approx(322e9)
    # Seed 003 carries no date: it is converted at the latest rate, and says which date that was.
    assert money["usd"] > 0 and money["as_of"]


def test_money_is_converted_at_the_article_date(capsys, db, tmp_path):
    article = tmp_path / "berita.txt"
    article.write_text(
        "date 2024-08\nMenurut laporan, TikTok membayar Rp322 miliar setiap bulan kepada Microsoft.\n",
        encoding="utf-8",
    )
    run(capsys, "--db", db, "add", str(article))
    [claim] = claims_json(capsys, db)
    [money] = claim["quantities"]
    assert money["as_of"].startswith("2024-08")
    assert money["usd"] == pytest.approx(19.8e6, rel=0.02)


def test_adding_again_stores_nothing_new(capsys, db):
    run(capsys, "--db", db, "add", str(SEEDS))
    before = claims_json(capsys, db, "--all")
    code, out, _ = run(capsys, "--db", db, "add", str(SEEDS))
    assert code == 0 and "added 0 articles" in out and "2 already stored" in out
    assert claims_json(capsys, db, "--all") == before


def test_all_lists_more_than_the_check_worthy(capsys, db):
    run(capsys, "--db", db, "add", str(SEEDS))
    assert len(claims_json(capsys, db, "--all")) > len(claims_json(capsys, db))


def test_verdict_with_note_shows_in_claims(capsys, db, monkeypatch):
    monkeypatch.setenv("FACTCHECK_REVIEWER", "ana")
    run(capsys, "--db", db, "add", str(SEEDS))
    cid = claims_json(capsys, db)[0]["id"]
    code, out, _ = run(capsys, "--db", db, "verdict", str(cid), "false", "--note", "ECB rate says otherwise")
    assert code == 0 and "unreviewed -> false" in out
    claim = next(c for c in claims_json(capsys, db) if c["id"] == cid)
    assert (claim["verdict"], claim["note"], claim["reviewer"]) == ("false", "ECB rate says otherwise", "ana")
    run(capsys, "--db", db, "verdict", str(cid), "none", "--reviewer", "ben")
    claim = next(c for c in claims_json(capsys, db) if c["id"] == cid)
    assert claim["verdict"] is None and claim["note"] == "ECB rate says otherwise"


def test_human_table_lists_claims(capsys, db):
    run(capsys, "--db", db, "add", str(SEEDS))
    code, out, _ = run(capsys, "--db", db, "claims")
    assert code == 0
    assert "Rapporter viser" in out and out.rstrip().endswith("claims")


@pytest.mark.parametrize(
    "argv, message",
    [
        (["add", "no/such/file.txt"], "no such file"),
        (["verdict", "99999", "false"], "no claim with id 99999"),
        (["verdict", "x", "false"], "claim id must be a number"),
        (["verdict", "1", "sorta"], "unknown verdict 'sorta'"),
        (["frobnicate"], None),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, db, argv, message):
    Store(db).close()  # an existing, empty database (a missing one is its own error)
    code, out, err = run(capsys, "--db", db, *argv)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: ")
    if message:
        assert message in lines[0]


def test_one_bad_file_in_a_batch_names_it_and_adds_the_rest(capsys, db, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("According to the report, Acme paid $20 million in 2023.\n", encoding="utf-8")
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    code, out, err = run(capsys, "--db", db, "add", str(good), str(bad))
    assert code == 2
    assert "empty.txt" in err and "added 1 article" in out
    assert any("Acme" in c["text"] for c in claims_json(capsys, db, "--all"))


def test_db_from_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_DB", str(tmp_path / "env.db"))
    run(capsys, "add", str(SEEDS))
    assert (tmp_path / "env.db").exists()


def test_bare_paths_mean_open():
    assert _with_default_command(["seeds/"]) == ["open", "seeds/"]
    assert _with_default_command(["--db", "x.db", "a", "b"]) == ["--db", "x.db", "open", "a", "b"]
    assert _with_default_command(["--db", "x.db", "claims", "--json"]) == ["--db", "x.db", "claims", "--json"]
    assert _with_default_command([]) == ["open"]


def test_help_names_every_command_and_a_command_s_help_its_options(capsys):
    """The top level's help is built from every command module; a command's own help (only its
    module is imported then) still shows its options, the size limit's default included."""
    from factcheck.cli import COMMANDS
    from factcheck.core.ingest import DEFAULT_MAX_BYTES

    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0 and all(f"    {name} " in out or f"    {name}\n" in out for name in COMMANDS), out
    for command in ("open", "add"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = " ".join(capsys.readouterr().out.split())
        assert f"refuse files larger than this (default: $FACTCHECK_MAX_MB or {DEFAULT_MAX_BYTES // 2**20})" in out, out


def test_python_dash_m_runs_the_cli(tmp_path):
    Store(tmp_path / "m.db").close()
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "--db", str(tmp_path / "m.db"), "claims", "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def _articles(db: str) -> list[tuple]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id, file_name, content_hash FROM articles ORDER BY id").fetchall()
    finally:
        conn.close()


def test_re_adding_by_relative_and_absolute_paths_is_the_same_article(capsys, tmp_path, monkeypatch):
    """`add seeds/`, then from inside seeds/ (`--db ../factcheck.db add 000*.txt`), then absolute
    paths and a symlinked folder: each file is recognised as the article already stored."""
    import shutil

    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--db", "factcheck.db", "add", "seeds/")
    assert code == 0 and "added 2 articles" in out, err
    stored = _articles(str(tmp_path / "factcheck.db"))
    first = sorted((tmp_path / "seeds").glob("000*.txt"))[0].name

    monkeypatch.chdir(tmp_path / "seeds")
    for argv in ([first], [str(tmp_path / "seeds" / first)], ["./" + first, "../seeds/" + first]):
        code, out, err = run(capsys, "--db", "../factcheck.db", "add", *argv)
        assert code == 0 and "added 0 articles" in out and "1 already stored" in out, (argv, out, err)
    (tmp_path / "link").symlink_to(tmp_path / "seeds")
    code, out, _ = run(capsys, "--db", "../factcheck.db", "add", str(tmp_path / "link"))
    assert "added 0 articles" in out and "2 already stored" in out
    assert _articles(str(tmp_path / "factcheck.db")) == stored


def test_an_edited_file_re_added_from_another_directory_keeps_its_verdicts(capsys, tmp_path, monkeypatch):
    """The stored path must not depend on the directory `add` ran in: an edited file re-added from
    inside its folder replaces its earlier version (verdicts kept) instead of becoming a second article."""
    import shutil

    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    run(capsys, "--db", "factcheck.db", "add", "seeds/")
    db = str(tmp_path / "factcheck.db")
    first = sorted((tmp_path / "seeds").glob("000*.txt"))[0]
    claim = next(c for c in claims_json(capsys, db) if c["article"]["file"] == first.name)
    assert run(capsys, "--db", db, "verdict", str(claim["id"]), "false")[0] == 0
    first.write_text(first.read_text(encoding="utf-8") + "\nA new closing line was added in 2025.\n",
                     encoding="utf-8")

    monkeypatch.chdir(tmp_path / "seeds")
    code, out, err = run(capsys, "--db", "../factcheck.db", "add", first.name)
    assert code == 0, err
    assert "updated 1 article" in out and "1 verdict kept" in out, out
    assert [name for _, name, _ in _articles(db)].count(first.name) == 1
    [kept] = [c for c in claims_json(capsys, db) if c["verdict"]]
    assert kept["text"] == claim["text"] and kept["verdict"] == "false"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_runs_no_thread_of_its_own(tmp_path, monkeypatch):
    """On a terminal `add` draws a progress bar; it is redrawn from the importer's callback, so no
    thread runs beside the import (a second thread would keep the importer from forking workers)."""
    import threading

    import factcheck.cli.add as cli_add
    import factcheck.importer as importer
    from factcheck.core.ingest import DEFAULT_MAX_BYTES

    threads = []

    def add_paths(*args, **kwargs):
        threads.append(threading.active_count())
        return real(*args, **kwargs)

    real = importer.add_paths
    monkeypatch.setattr(importer, "add_paths", add_paths)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    from factcheck.store import Store

    with Store(tmp_path / "t.db") as store:
        report = cli_add.add_and_report(store, [SEEDS], DEFAULT_MAX_BYTES)
    assert report.added and threads == [1]
    drawn = terminal.getvalue()
    assert "adding" in drawn and "claims" in drawn and "matching" in drawn
