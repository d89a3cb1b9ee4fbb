import sqlite3

import pytest

from factcheck.errors import FactcheckError
from factcheck.store import Store, is_database_error
from factcheck.store import articles, claims, verdicts
from factcheck.store.schema import SCHEMA_VERSION
from tests.conftest import make_analysis


def add(store, analysis):
    return store.write(lambda: articles.save(store, analysis))


def test_new_database_has_current_schema(store):
    assert store.user_version == SCHEMA_VERSION
    for table in ("articles", "sentences", "claims", "spans", "quantities", "verdicts", "verdict_history", "matches"):
        assert store.has_table(table), table
    assert not store.has_table("no_such_table")


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_new_sqlite_file_has_pragmas(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_save_stores_offsets_that_slice_the_text(store):
    analysis = make_analysis(["Paid 20 million a month.", "It was 25 percent of revenue."])
    article_id, created = add(store, analysis)
    assert created
    text = articles.article_text(store, article_id)
    records = claims.list_claims(store)
    assert [r.text for r in records] == ["Paid 20 million a month.", "It was 25 percent of revenue."]
    for r in records:
        assert text[r.start : r.end] == r.text
    spans = store.query("SELECT char_start, char_end, text FROM spans")
    assert all(text[s["char_start"] : s["char_end"]] == s["text"] for s in spans)
    assert records[0].quantities[0]["value"] == 2.0


def test_same_article_twice_is_stored_once(store):
    analysis = make_analysis(["One 1.", "Two 2."])
    first = add(store, analysis)
    second = add(store, analysis)
    assert first == (first[0], True) and second == (first[0], False)
    assert store.count("articles") == 1
    assert store.count("claims") == 2


def test_verdict_history_is_append_only_and_records_each_change(store):
    add(store, make_analysis(["A claim 1."]))
    cid = claims.list_claims(store)[0].id
    verdicts.set_verdict(store, cid, "false", note="ECB rate says otherwise", reviewer="ana")
    verdicts.set_verdict(store, cid, "mostly-false", reviewer="ben")
    rows = verdicts.history(store, cid)
    assert [(r["old_verdict"], r["new_verdict"], r["reviewer"]) for r in rows] == [
        (None, "false", "ana"),
        ("false", "mostly-false", "ben"),
    ]
    assert rows[1]["new_note"] == "ECB rate says otherwise"  # note untouched when only the verdict changes
    for statement in ("DELETE FROM verdict_history", "UPDATE verdict_history SET reviewer = 'x'"):
        with pytest.raises(Exception, match="append-only") as raised:
            store.write(lambda: store.conn.execute(statement))
        assert is_database_error(raised.value)
    assert len(verdicts.history(store, cid)) == 2


def test_undo_restores_previous_state_as_a_new_change(store):
    add(store, make_analysis(["A claim 1."]))
    cid = claims.list_claims(store)[0].id
    change = verdicts.set_verdict(store, cid, "true", reviewer="ana")
    verdicts.undo(store, change, reviewer="ana")
    assert claims.get_claim(store, cid).verdict is None
    assert store.count("verdicts") == 0
    assert len(verdicts.history(store, cid)) == 2


def test_unchanged_verdict_writes_no_history(store):
    add(store, make_analysis(["A claim 1."]))
    cid = claims.list_claims(store)[0].id
    verdicts.set_verdict(store, cid, "true", reviewer="ana")
    verdicts.set_verdict(store, cid, "true", reviewer="ana")
    assert len(verdicts.history(store, cid)) == 1


def test_unknown_claim_is_a_clear_error_and_writes_nothing(store):
    with pytest.raises(FactcheckError, match="no claim with id 999"):
        verdicts.set_verdict(store, 999, "true", reviewer="ana")
    assert store.count("verdict_history") == 0


def test_search_finds_prefixes_and_ignores_fts_syntax(store):
    add(store, make_analysis(["Microsofts revenue grew 5.", "TikTok paid 20 million."]))
    ids = claims.search_claims(store, "microsof")
    assert [claims.get_claim(store, i).text for i in ids] == ["Microsofts revenue grew 5."]
    assert claims.search_claims(store, 'tiktok" OR "x') == []  # quotes and operators are plain words
    assert claims.search_claims(store, "   ") == []


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(FactcheckError, match="newer factcheck"):
        Store(path)


def test_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n" * 100)
    before = path.read_bytes()
    with pytest.raises(FactcheckError, match="not a usable factcheck database"):
        Store(path)
    assert path.read_bytes() == before


def test_list_articles_counts_claims_and_reviews(store):
    add(store, make_analysis(["A 1.", "B 2.", "C 3."], title="first"))
    cid = claims.list_claims(store)[0].id
    verdicts.set_verdict(store, cid, "true", reviewer="ana")
    [row] = articles.list_articles(store)
    assert (row["title"], row["claims"], row["reviewed"]) == ("first", 3, 1)


def _fts_in_step(store):
    """FTS5's own check that the index matches its content table (SQLite), plus a search for every
    claim."""
    if not store.is_postgres:
        store.conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")
    for cid, text in store.conn.execute("SELECT id, text FROM claims").fetchall():
        word = max(text.replace(".", " ").split(), key=len)
        assert cid in claims.search_claims(store, word), (cid, text)


def test_full_text_index_follows_save_replace_and_merge(store, tmp_path):
    """Schema 4 has no insert trigger: save, re-adding an edited file and merge fill claims_fts."""
    from factcheck.store.merge import merge
    from factcheck.store.reanchor import save_or_replace

    add(store, make_analysis(["Azure earned 20 billion.", "Spotify paid 3 million."], title="one"))
    _fts_in_step(store)
    cid = claims.list_claims(store)[0].id
    verdicts.set_verdict(store, cid, "true", reviewer="ana")
    edited = make_analysis(["Azure earned 20 billion.", "Telkom paid 4 million."], title="one")
    store.write(lambda: save_or_replace(store, edited))  # same path: replaces the first version
    assert claims.search_claims(store, "Spotify") == []
    _fts_in_step(store)
    with Store(tmp_path / "other.db") as other:
        add(other, make_analysis(["Nordea lent 7 billion."], title="two"))
    merge(store, tmp_path / "other.db", reviewer="ana")
    assert len(claims.search_claims(store, "Nordea")) == 1
    _fts_in_step(store)


def test_search_folds_accents_and_splits_at_punctuation_on_both_engines(store):
    add(store, make_analysis(["La modération coûte 5 millions.", "Rp322 Miliar/Bulan ke Microsoft 2.", "Søren sagde 7."]))
    texts = lambda q: [claims.get_claim(store, i).text for i in claims.search_claims(store, q)]  # noqa: E731
    assert texts("moderation") == texts("modé") == ["La modération coûte 5 millions."]
    assert texts("bulan") == ["Rp322 Miliar/Bulan ke Microsoft 2."]
    assert texts("søren") == ["Søren sagde 7."] and texts("soren") == []  # ø is a letter of its own
