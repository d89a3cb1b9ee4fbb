"""Merging two reviewers' databases: nothing lost, differing verdicts become disputes, idempotent."""

from __future__ import annotations

import json
import shutil

import pytest

from factcheck.cli import main
from factcheck.errors import FactcheckError
from factcheck.store import Store, articles
from factcheck.store.claims import list_claims
from factcheck.store.disputes import list_disputes, open_disputes, settle
from factcheck.store.merge import merge
from factcheck.store.verdicts import history, set_verdict
from tests.conftest import make_analysis

SHARED = ["Paid 20 million a month.", "It was 25 percent of revenue.", "Since 2019 they work together.", "In 2024 it grew."]


def add(store, analysis):
    return store.write(lambda: articles.save(store, analysis))[0]


def by_text(store):
    return {c.text: c for c in list_claims(store)}


@pytest.fixture(params=["sqlite", "postgresql"])
def pair(request, tmp_path):
    """A and B hold the same article (B added a second one first, so every id differs). A, merged
    into, is on each engine; B is a file, as a colleague sends it."""
    a_location = request.getfixturevalue("pg_url") if request.param == "postgresql" else tmp_path / "a.db"
    a, b = Store(a_location), Store(tmp_path / "b.db")
    add(b, make_analysis(["Only B has this 1.", "And this 2."], title="OnlyB"))
    for s in (a, b):
        add(s, make_analysis(SHARED, title="Shared"))
    ca, cb = by_text(a), by_text(b)
    assert ca[SHARED[0]].id != cb[SHARED[0]].id
    set_verdict(a, ca[SHARED[0]].id, "false", note="A: ECB rate", reviewer="ana")  # same verdict, two notes
    set_verdict(b, cb[SHARED[0]].id, "false", note="B: Reuters", reviewer="ben")
    set_verdict(a, ca[SHARED[1]].id, "mostly-false", reviewer="ana")  # differ: a dispute
    set_verdict(b, cb[SHARED[1]].id, "mostly-true", reviewer="ben")
    set_verdict(b, cb[SHARED[1]].id, "true", reviewer="ben")  # B changed their mind once
    set_verdict(b, cb[SHARED[2]].id, "unproven", reviewer="ben")  # only B reviewed
    set_verdict(b, cb["Only B has this 1."].id, "mixed", note="only in B", reviewer="ben")  # article only in B
    set_verdict(a, ca[SHARED[3]].id, "true", reviewer="ana")  # only A reviewed
    b.close()
    yield a, tmp_path / "b.db"
    a.close()


def test_merge_loses_nothing_and_lists_the_dispute(pair):
    a, b_path = pair
    report = merge(a, b_path, reviewer="ana")
    claims = by_text(a)
    assert report.articles_added == 1 and report.claims_added == 2
    assert claims[SHARED[0]].verdict == "false" and claims[SHARED[0]].note == "ana: A: ECB rate\n\nben: B: Reuters"
    assert claims[SHARED[1]].verdict == "mostly-false"  # this file's verdict stays current ...
    assert report.disputed == [claims[SHARED[1]].id]  # ... and the claim is disputed
    assert open_disputes(a)[claims[SHARED[1]].id]["verdicts"] == {"ana": "mostly-false", "ben": "true"}
    assert claims[SHARED[2]].verdict == "unproven" and claims[SHARED[2]].reviewer == "ben"
    assert claims[SHARED[3]].verdict == "true"
    assert claims["Only B has this 1."].verdict == "mixed" and claims["Only B has this 1."].note == "only in B"
    # every verdict either reviewer ever gave is in the history, on the right claim
    given = {(h["claim_text"], h["reviewer"], h["new_verdict"]) for h in history(a)}
    assert {(SHARED[1], "ana", "mostly-false"), (SHARED[1], "ben", "mostly-true"), (SHARED[1], "ben", "true"),
            (SHARED[0], "ben", "false"), (SHARED[0], "ana", "false"), (SHARED[2], "ben", "unproven"),
            ("Only B has this 1.", "ben", "mixed"), (SHARED[3], "ana", "true")} <= given  # fmt: skip
    assert all(h["claim_id"] == claims[h["claim_text"]].id for h in history(a))
    # the joined note is one more change, made by the merger
    assert history(a, claims[SHARED[0]].id)[-1]["reviewer"] == "ana"
    assert history(a, claims[SHARED[0]].id)[-1]["new_note"] == claims[SHARED[0]].note


def test_merging_twice_adds_nothing(pair):
    a, b_path = pair
    merge(a, b_path, reviewer="ana")
    before = (len(history(a)), a.count("claims"), a.count("articles"), a.count("disputes"))
    notes = {c.id: (c.verdict, c.note) for c in list_claims(a)}
    report = merge(a, b_path, reviewer="ana")
    assert (len(history(a)), a.count("claims"), a.count("articles"), a.count("disputes")) == before
    assert {c.id: (c.verdict, c.note) for c in list_claims(a)} == notes
    assert report.history_copied == 0 and report.articles_added == 0


def test_settled_dispute_stays_settled_on_the_next_merge(pair):
    a, b_path = pair
    merge(a, b_path, reviewer="ana")
    cid = by_text(a)[SHARED[1]].id
    settle(a, cid, "mixed", reviewer="cleo", note="agreed on mixed")
    assert open_disputes(a) == {}
    assert by_text(a)[SHARED[1]].verdict == "mixed"
    merge(a, b_path, reviewer="ana")
    assert open_disputes(a) == {}
    settled = list_disputes(a, include_settled=True)
    assert [(d["settled_by"], d["settled_verdict"]) for d in settled] == [("cleo", "mixed")]
    with pytest.raises(FactcheckError, match="not disputed"):
        settle(a, cid, "true", reviewer="cleo")


def test_the_other_file_is_not_changed(pair):
    a, b_path = pair
    snapshot = b_path.read_bytes()
    merge(a, b_path, reviewer="ana")
    assert b_path.read_bytes() == snapshot


def test_same_reviewer_in_both_files_is_not_a_dispute(tmp_path):
    a = Store(tmp_path / "a.db")
    add(a, make_analysis(SHARED))
    cid = list_claims(a)[0].id
    set_verdict(a, cid, "false", reviewer="ana")
    a.close()
    shutil.copy(tmp_path / "a.db", tmp_path / "b.db")
    with Store(tmp_path / "b.db") as b:
        set_verdict(b, cid, "mixed", reviewer="ana")  # later, in the other copy
    with Store(tmp_path / "a.db") as a:
        report = merge(a, tmp_path / "b.db")
        assert report.disputed == [] and list_claims(a)[0].verdict == "mixed"


def test_cli_merge_disputes_and_settle(pair, capsys):
    a, b_path = pair
    db = str(a.location)
    assert main(["--db", db, "merge", str(b_path), "--reviewer", "ana"]) == 0
    out = capsys.readouterr().out
    assert "1 disputed" in out and "factcheck disputes" in out
    assert main(["--db", db, "disputes", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["verdicts"] == {"ana": "mostly-false", "ben": "true"} and row["claim_text"] == SHARED[1]
    assert main(["--db", db, "export", "-f", "markdown"]) == 0
    report = capsys.readouterr().out
    assert "(disputed)" in report and "**Disputed:** ana: Mostly false; ben: True" in report
    assert main(["--db", db, "disputes", "--settle", str(row["claim_id"]), "mixed", "--reviewer", "cleo"]) == 0
    assert main(["--db", db, "disputes"]) == 0
    assert "0 disputed claims open" in capsys.readouterr().out


@pytest.mark.parametrize("make, message", [
    (lambda p: None, "no such database file"),
    (lambda p: p.write_bytes(b"not sqlite at all" * 100), "not a usable factcheck database"),
])  # fmt: skip
def test_bad_other_file_is_one_line_error(tmp_path, capsys, make, message):
    other = tmp_path / "other.db"
    make(other)
    code = main(["--db", str(tmp_path / "mine.db"), "merge", str(other)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("factcheck: error: ") and message in err and err.count("\n") == 1


def test_merge_with_itself_is_refused(tmp_path):
    with Store(tmp_path / "a.db") as a, pytest.raises(FactcheckError, match="is this database"):
        merge(a, tmp_path / "a.db")


def _real(text: str, lang: str, title: str):
    """An article analysed by the real pipeline (the matcher needs real spans and quantities)."""
    import hashlib

    from factcheck.core.models import Article
    from factcheck.core.pipeline import analyse

    return analyse(Article(text=text, lang=lang, title=title, date="2024-08",
                           content_hash=hashlib.sha256(text.encode()).hexdigest(), path=f"/tmp/{title}.txt"))


def test_articles_brought_in_by_a_merge_are_matched_against_this_file(tmp_path):
    from factcheck.store.matches import match_articles
    from factcheck.store.related import related

    english = "According to internal documents, TikTok paid Microsoft nearly $20 million a month in 2024."
    german = "Laut internen Dokumenten zahlte TikTok 2024 knapp 20 Mio. US-Dollar pro Monat an Microsoft."
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        match_articles(a, [add(a, _real(english, "en", "Reuters"))])
        add(b, _real(german, "de", "Spiegel"))
        set_verdict(b, list_claims(b)[0].id, "true", reviewer="ben")
    with Store(tmp_path / "a.db") as a:
        report = merge(a, tmp_path / "b.db", reviewer="ana")
        assert report.articles_added == 1
        copied = next(c for c in list_claims(a) if c.text == german)
        assert [r["text"] for r in related(a, copied.id)] == [english]
        # ... and it is in the matcher's index, so an article added later finds it
        assert a.conn.execute("SELECT count(*) FROM match_keys WHERE claim_id = ?", (copied.id,)).fetchone()[0] > 0
