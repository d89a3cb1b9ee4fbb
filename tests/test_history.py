"""``factcheck history CLAIM_ID``: who changed a claim, when, old -> new, notes, undo included."""

import json

from factcheck.cli import main
from factcheck.config import Config
from factcheck.store import Store
from factcheck.store.verdicts import set_verdict
from factcheck.tui.session import Session
from tests.tui.fixture_db import THRESHOLD, build_db


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def reviewed_db(tmp_path):
    db = build_db(tmp_path / "h.db")
    with Store(db) as store:
        set_verdict(store, 1, verdict="false", note="ministry filing p. 12", reviewer="ana")
        set_verdict(store, 1, verdict="mostly-false", reviewer="ben")
        session = Session(store, Config(reviewer="carl"), THRESHOLD)
        session.set_verdict(1, "true")
        session.undo()  # back to mostly-false: a change of its own, by carl
    return str(db)


def test_history_lists_changes_newest_first_with_undo(capsys, tmp_path):
    db = reviewed_db(tmp_path)
    code, out, err = run(capsys, "--db", db, "history", "1")
    assert code == 0, err
    lines = out.splitlines()
    assert "carl: true -> mostly-false" in lines[0] and "reverts" in lines[0]
    assert "carl: mostly-false -> true" in lines[1] and "reverts" not in lines[1]
    assert "ben: false -> mostly-false" in lines[2]
    assert "ana: unreviewed -> false" in lines[3]
    assert lines[4].strip() == "note: ministry filing p. 12"
    assert lines[-1] == "claim 1: 4 changes"


def test_history_json_for_scripts(capsys, tmp_path):
    db = reviewed_db(tmp_path)
    code, out, _ = run(capsys, "--db", db, "history", "1", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["reviewer"], r["old_verdict"], r["new_verdict"], r["reverts"]) for r in rows] == [
        ("carl", "true", "mostly-false", True),
        ("carl", "mostly-false", "true", False),
        ("ben", "false", "mostly-false", False),
        ("ana", None, "false", False),
    ]
    assert rows[-1]["new_note"] == "ministry filing p. 12" and rows[-1]["at"]
    assert {r["claim_id"] for r in rows} == {1}


def test_history_of_an_unreviewed_claim_is_empty(capsys, tmp_path):
    db = reviewed_db(tmp_path)
    code, out, _ = run(capsys, "--db", db, "history", "2")
    assert code == 0 and out.strip() == "claim 2: 0 changes"


def test_unknown_or_bad_claim_id_is_one_line_exit_2(capsys, tmp_path):
    db = reviewed_db(tmp_path)
    for arg, message in [("999", "no claim with id 999"), ("x1", "claim id must be a number, not 'x1'")]:
        code, out, err = run(capsys, "--db", db, "history", arg)
        assert (code, out) == (2, "")
        assert err == f"factcheck: error: {message}\n"
