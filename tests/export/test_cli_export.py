"""`factcheck export`: formats, files written whole or not at all, one-line errors."""

from __future__ import annotations

import json
import re

import pytest

from factcheck import export
from factcheck.cli import main


@pytest.fixture
def db(reviewed):
    path = str(reviewed.path)
    reviewed.close()
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["markdown", "claimreview", "csv", "json"])
def test_each_format_to_stdout_and_to_a_file(capsys, tmp_path, db, fmt):
    code, out, err = run(capsys, "--db", db, "export", "--format", fmt)
    assert code == 0 and out
    assert not err or (fmt == "claimreview" and err.startswith("factcheck: warning: no organisation_url"))
    target = tmp_path / f"out.{fmt}"
    code, out2, err = run(capsys, "--db", db, "export", "--format", fmt, "-o", str(target))
    assert code == 0 and out2 == "" and f"wrote {fmt}" in err
    # the two runs may fall in different seconds: compare all but the generation time
    stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")
    assert stamp.sub("T", target.read_bytes().decode("utf-8")) == stamp.sub("T", out)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_json_article_filter_and_unreviewed(capsys, db):
    code, out, _ = run(capsys, "--db", db, "export", "-f", "json", "--include-unreviewed", "--article", "2")
    assert code == 0
    data = json.loads(out)
    assert {c["article"]["id"] for c in data["claims"]} == {2} and len(data["claims"]) == 2


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--format", "pdf"], "unknown export format 'pdf'; choose one of: markdown, claimreview, csv, json"),
        (["-o", "/nonexistent/dir/report.md"], "directory /nonexistent/dir does not exist"),
        (["--article", "99"], "no article with id 99"),
        (["--article", "x"], "article id must be a number"),
    ],
)
def test_bad_input_is_one_line_exit_2(capsys, db, argv, message):
    code, out, err = run(capsys, "--db", db, "export", *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("factcheck: error: ") and message in err, err


def test_output_that_is_a_directory(capsys, tmp_path, db):
    code, _, err = run(capsys, "--db", db, "export", "-o", str(tmp_path))
    assert code == 2 and "is a directory" in err


def test_failure_while_rendering_leaves_the_old_file_untouched(capsys, tmp_path, db, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("previous report\n")

    def broken(data):
        raise RuntimeError("renderer crashed")

    monkeypatch.setitem(export.FORMATS, "markdown", (broken, ".md"))
    with pytest.raises(RuntimeError):
        main(["--db", db, "export", "-o", str(target)])
    assert target.read_text() == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["report.md", *[p.name for p in tmp_path.iterdir() if p.name.startswith("test.db")]])


def test_failure_while_writing_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("previous report\n")
    real_fdopen = export.os.fdopen

    class Exploding:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, text):
            self.handle.write(text[:10])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "fdopen", lambda *a, **k: Exploding(real_fdopen(*a, **k)))
    from factcheck.errors import FactcheckError

    with pytest.raises(FactcheckError, match="No space left on device"):
        export.write_atomic(target, "new report " * 100)
    assert target.read_text() == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
