"""Noticing other processes' changes, and compare-and-set verdicts."""

from __future__ import annotations

import pytest

from factcheck.store import Store
from factcheck.store.changes import changed_since, mark
from factcheck.store.verdicts import VerdictConflict, history, set_verdict
from tests.reliability.conftest import make_store


@pytest.fixture
def two(tmp_path):
    path = tmp_path / "shared.db"
    ids = make_store(path)
    with Store(path) as mine, Store(path) as theirs:
        yield mine, theirs, ids


def test_nothing_changed_elsewhere_is_none(two):
    mine, theirs, ids = two
    seen = mark(mine)
    set_verdict(mine, ids[0], "true", reviewer="me")  # my own change: I know about it
    assert changed_since(mine, seen) == (seen, None)


def test_a_verdict_set_elsewhere_names_its_claim(two):
    mine, theirs, ids = two
    seen = mark(mine)
    set_verdict(theirs, ids[3], "false", reviewer="ana")
    set_verdict(theirs, ids[5], note="called them", reviewer="ana")
    now, changes = changed_since(mine, seen)
    assert changes.claim_ids == {ids[3], ids[5]} and not changes.articles
    assert changed_since(mine, now) == (now, None)  # told once


def test_compare_and_set_refuses_to_overwrite_what_was_not_shown(two):
    mine, theirs, ids = two
    claim = ids[0]
    set_verdict(theirs, claim, "false", reviewer="ana")
    with pytest.raises(VerdictConflict) as caught:
        set_verdict(mine, claim, "mostly-true", reviewer="me", expected=(None, None))
    assert (caught.value.verdict, caught.value.reviewer) == ("false", "ana")
    assert [h["new_verdict"] for h in history(mine, claim)] == ["false"]  # nothing written
    change = set_verdict(mine, claim, "mostly-true", reviewer="me", expected=("false", None))
    assert (change.old_verdict, change.new_verdict) == ("false", "mostly-true")


def test_compare_and_set_compares_only_what_is_written(two):
    mine, theirs, ids = two
    claim = ids[1]
    set_verdict(theirs, claim, note="their note", reviewer="ana")
    # a verdict key does not touch the note: their note stays, no conflict
    set_verdict(mine, claim, "true", reviewer="me", expected=(None, None))
    with pytest.raises(VerdictConflict):  # but saving my note over theirs unseen does conflict
        set_verdict(mine, claim, note="mine", reviewer="me", expected=("true", None))
    row = mine.conn.execute("SELECT verdict, note FROM verdicts WHERE claim_id = ?", (claim,)).fetchone()
    assert row == ("true", "their note")
