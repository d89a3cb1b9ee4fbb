"""Issue 6.3: an article file edited or deleted after ingest; re-adding an edited article.

The database keeps its own copy of every article's text, so the file changing or vanishing cannot
break it. Re-adding a file from the same path with new text replaces the stored version and keeps
the verdicts of claims whose text is still there (store/reanchor.py); the others are listed as
vanished in the add summary and stay in verdict_history.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from factcheck.store import Store
from factcheck.store import articles as store_articles
from factcheck.store.claims import list_claims
from factcheck.store.orphans import list_orphans
from factcheck.store.reanchor import save_or_replace
from factcheck.store.verdicts import history, set_verdict
from tests.conftest import make_analysis
from tests.reliability.conftest import run_main

ARTICLE = """Budget report shows sharp rise

According to the finance ministry, spending rose by 12 percent in 2023.
The government paid $20 million to Acme Corp in March 2024.
Unemployment fell to 4.1 percent last year, the statistics office said.
Exports to Germany reached 3.2 billion euros in 2022.
The central bank raised its rate to 5.25 percent in July 2023.
Reports show that 45,000 households received the subsidy in 2023.
"""


def claims(capsys, db):
    code, out, err = run_main(capsys, "--db", str(db), "claims", "--json", "--all")
    assert code == 0, err
    return json.loads(out)


def by_text(records, fragment):
    [found] = [c for c in records if fragment in c["text"]]
    return found


def check_invariants(db):
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for cid, start, end, text, article_text in conn.execute(
            "SELECT c.id, c.char_start, c.char_end, c.text, a.text FROM claims c JOIN articles a ON a.id = c.article_id"
        ):
            assert article_text[start:end] == text, cid
        last = {}
        for cid, verdict, note in conn.execute("SELECT claim_id, new_verdict, new_note FROM verdict_history ORDER BY id"):
            last[cid] = (verdict, note)
        current = {cid: (v, n) for cid, v, n in conn.execute("SELECT claim_id, verdict, note FROM verdicts")}
        assert current == {cid: last[cid] for cid in current}
    finally:
        conn.close()


@pytest.fixture
def reviewed(capsys, tmp_path):
    """An article added and every claim given a verdict (and a note on the first)."""
    db, path = tmp_path / "c.db", tmp_path / "budget.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run_main(capsys, "--db", str(db), "add", str(path))
    assert code == 0, err
    records = [c for c in claims(capsys, db) if any(ch.isdigit() for ch in c["text"])]
    assert len(records) == 6, [c["text"] for c in records]
    keys = ["true", "false", "mixed", "mostly-true", "misleading", "unproven"]
    for record, key in zip(records, keys):
        extra = ["--note", "checked with the ministry"] if key == "true" else []
        code, _, err = run_main(capsys, "--db", str(db), "verdict", str(record["id"]), key, "--reviewer", "ana", *extra)
        assert code == 0, err
    return db, path, {r["text"]: key for r, key in zip(records, keys)}


def test_file_edited_or_deleted_after_ingest_does_not_break_the_database(capsys, reviewed):
    db, path, verdicts = reviewed
    before = claims(capsys, db)
    path.write_bytes(b"\x89PNG\r\n\x1a\n garbage now")  # edited into nonsense
    assert claims(capsys, db) == before
    path.unlink()  # deleted
    assert claims(capsys, db) == before
    with Store(db) as store:
        assert len(list_claims(store)) == len(before)
    code, _, err = run_main(capsys, "--db", str(db), "add", str(path))
    assert code == 2 and "no such file" in err
    assert claims(capsys, db) == before
    check_invariants(db)


def test_re_adding_an_edited_article_keeps_verdicts_of_claims_still_there(capsys, reviewed):
    db, path, verdicts = reviewed
    old_ids = {c["text"]: c["id"] for c in claims(capsys, db)}
    households = next(t for t in verdicts if "45,000 households" in t)
    edited = ARTICLE.replace("spending rose by 12 percent", "spending rose by 14 percent")  # corrected
    edited = edited.replace(households + "\n", "")  # removed
    edited = edited.replace("Budget report shows sharp rise\n", "Budget report shows sharp rise\n\nUpdated on Monday.\n")
    edited += "A new paragraph says 300 schools closed in 2024.\n"
    path.write_text(edited, encoding="utf-8")

    code, out, err = run_main(capsys, "--db", str(db), "add", str(path))
    assert code == 0, err
    assert "updated 1 article: budget.txt: 5 verdicts kept, 1 of them re-anchored (" in out, out
    assert "1 vanished: “Reports show that 45,000 households" in out and "(unproven)" in out

    after = claims(capsys, db)
    assert len({c["article"]["id"] for c in after}) == 1  # the old version is replaced, not duplicated
    for text, key in verdicts.items():
        if text == households:
            assert not any(c["text"] == text for c in after)
            continue
        claim = by_text(after, text.replace("12 percent", "14 percent"))
        assert claim["verdict"] == key and claim["reviewer"] == "ana", text
        assert claim["id"] == old_ids[text]  # the same claim row: scripts holding the id go on working
    assert by_text(after, "14 percent")["note"] == "checked with the ministry"
    assert by_text(after, "300 schools")["verdict"] is None

    with Store(db) as store:  # the vanished verdict is still in the history, and kept aside
        rows = [r for r in history(store) if r["claim_text"] == households]
        assert [(r["new_verdict"], r["reviewer"], r["claim_id"]) for r in rows] == [
            ("unproven", "ana", old_ids[households])
        ]
        [orphan] = list_orphans(store)
        assert (orphan["claim_id"], orphan["verdict"], orphan["reviewer"]) == (old_ids[households], "unproven", "ana")
    check_invariants(db)

    # adding the same edited file again changes nothing
    code, out, _ = run_main(capsys, "--db", str(db), "add", str(path))
    assert code == 0 and "1 already stored" in out and "updated" not in out
    assert claims(capsys, db) == after


def test_relative_path_from_the_same_folder_is_the_same_article(capsys, reviewed, monkeypatch):
    db, path, _ = reviewed
    path.write_text(ARTICLE.replace("in March 2024", "in April 2024"), encoding="utf-8")
    monkeypatch.chdir(path.parent)
    code, out, err = run_main(capsys, "--db", str(db), "add", "./budget.txt")
    assert code == 0, err
    assert "updated 1 article: budget.txt: 6 verdicts kept, 1 of them re-anchored (" in out, out


def test_same_file_name_in_another_folder_is_another_article(capsys, reviewed):
    db, path, _ = reviewed
    other = path.parent / "elsewhere"
    other.mkdir()
    (other / "budget.txt").write_text(ARTICLE.replace("12 percent", "13 percent"), encoding="utf-8")
    code, out, err = run_main(capsys, "--db", str(db), "add", str(other / "budget.txt"))
    assert code == 0, err
    assert "added 1 article" in out and "updated" not in out
    assert len({c["article"]["id"] for c in claims(capsys, db)}) == 2


# --- the anchoring itself, on hand-built analyses (independent of the claim heuristics) ---------


def save(store, sentences, title="doc"):
    return store.write(lambda: save_or_replace(store, make_analysis(sentences, title=title)))


def ids_by_position(store, article_id):
    return [r[0] for r in store.conn.execute("SELECT id FROM claims WHERE article_id = ? ORDER BY char_start", (article_id,))]


def test_repeated_sentence_is_anchored_by_its_context(store):
    v1 = ["Intro 1.", "Prices rose 5 percent.", "Then wages.", "Prices rose 5 percent.", "Outro 2."]
    old_id, _, _ = save(store, v1)
    first, second = ids_by_position(store, old_id)[1], ids_by_position(store, old_id)[3]
    set_verdict(store, first, "true", reviewer="ana")
    set_verdict(store, second, "false", note="second time", reviewer="ben")
    v2 = ["New lead 9.", "Intro 1.", "Prices rose 5 percent.", "Then wages.", "Prices rose 5 percent.", "Outro 2."]
    new_id, created, update = save(store, v2)
    assert created and update is not None and update.vanished == []
    new_ids = ids_by_position(store, new_id)
    rows = {r[0]: r[1:] for r in store.conn.execute("SELECT claim_id, verdict, note, reviewer FROM verdicts")}
    assert rows == {new_ids[2]: ("true", None, "ana"), new_ids[4]: ("false", "second time", "ben")}
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_note_only_reviews_move_too_and_whitespace_does_not_matter(store):
    old_id, _, _ = save(store, ["Alpha  rose 1 percent.", "Beta 2."])
    cid = ids_by_position(store, old_id)[0]
    set_verdict(store, cid, note="ask the agency", reviewer="ana")
    new_id, _, update = save(store, ["Alpha rose 1 percent.", "Beta 3."])
    assert len(update.kept) == 1 and update.vanished == []
    assert store.conn.execute("SELECT verdict, note FROM verdicts").fetchall() == [(None, "ask the agency")]


def test_edited_into_text_already_stored_reviews_join_the_stored_copy(store):
    save(store, ["Shared claim 1.", "Other 2."], title="other")  # /tmp/other.txt
    old_id, _, _ = save(store, ["Shared claim 1.", "Mine 3."], title="mine")
    set_verdict(store, ids_by_position(store, old_id)[0], "mixed", reviewer="ana")
    analysis = make_analysis(["Shared claim 1.", "Other 2."], title="mine")  # same path, same text as "other"
    target, created, update = store.write(lambda: save_or_replace(store, analysis))
    assert not created and update is not None and len(update.kept) == 1
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert store.conn.execute("SELECT c.article_id, v.verdict FROM verdicts v JOIN claims c ON c.id = v.claim_id").fetchall() == [
        (target, "mixed")
    ]


def test_unreviewed_article_is_replaced_quietly(store):
    save(store, ["One 1."])
    _, created, update = save(store, ["One 1.", "Two 2."])
    assert created and update is not None and update.kept == [] and update.vanished == []
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert store_articles.list_articles(store)[0]["claims"] == 2


# --- a property: whatever the edit, no verdict is lost and none lands on a claim unlike its own ------

from collections import Counter  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from factcheck.core.anchoring import SIMILAR  # noqa: E402

SENTENCE = st.sampled_from([f"Statement {c} says {n} percent." for c in "ABCDEF" for n in (1, 2)]
                           + ["Something else entirely, in 1999 and never again."])


@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@given(old=st.lists(SENTENCE, min_size=1, max_size=10), new=st.lists(SENTENCE, min_size=1, max_size=10),
       reviewed=st.sets(st.integers(0, 9)))
def test_every_verdict_is_kept_or_set_aside_and_exact_survivors_are_kept(tmp_path_factory, old, new, reviewed):
    with Store(tmp_path_factory.mktemp("prop") / "p.db") as store:
        old_id, _, _ = save(store, old)
        ids = ids_by_position(store, old_id)
        reviewed = sorted(i for i in reviewed if i < len(ids))
        for i in reviewed:
            set_verdict(store, ids[i], "false", note=f"n{i}", reviewer="ana")
        history_before = history(store)
        new_id, created, update = save(store, new)
        if old == new:  # same text: already stored, nothing to do
            assert update is None and not created
            return
        want, have = Counter(old[i] for i in reviewed), Counter(new)
        exact = sum(min(n, have[text]) for text, n in want.items())
        assert len(update.kept) - len(update.reanchored) == exact  # a surviving text always keeps its verdict
        assert len(update.kept) + len(update.vanished) == len(reviewed)
        assert all(old_cid == now_cid for old_cid, now_cid in update.kept)  # the claim keeps its id
        for r in update.reanchored:
            assert r.similarity >= SIMILAR and r.new_text in new and r.old_text != r.new_text
            assert abs(fuzz.ratio(r.old_text, r.new_text) - r.similarity) < 0.1
        on_claims = [note for (note,) in store.conn.execute(
            "SELECT v.note FROM verdicts v JOIN claims c ON c.id = v.claim_id WHERE c.article_id = ?", (new_id,))]
        set_aside = [note for (note,) in store.conn.execute("SELECT note FROM orphans WHERE restored_to IS NULL")]
        assert sorted(on_claims + set_aside) == sorted(f"n{i}" for i in reviewed)  # each once, none lost
        assert len(set_aside) == len(update.vanished)
        assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert history(store)[: len(history_before)] == history_before  # nothing lost from history
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
