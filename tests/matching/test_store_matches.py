"""Matches in the store, the importer hook and ``factcheck match``, on the labelled article set."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.core.matching import DEFAULT_MIN_SCORE, JUDGING_VERSION
from factcheck.importer import add_paths
from factcheck.store import Store
from factcheck.store import matches as store_matches
from factcheck.store.matches import load_statements, rebuild, refresh_matches, stale_pairs
from factcheck.store.related import SCAN_SHARE, list_matches, related, related_many
from tests.conftest import ENGINES

DATA = Path(__file__).resolve().parents[1] / "data" / "matching"
FILES = sorted(DATA.glob("*.txt"))


def rows(store: Store) -> list[tuple]:
    return store.query("SELECT claim_a, claim_b, score, evidence, consistency FROM matches ORDER BY claim_a, claim_b")


def claim_id(store: Store, snippet: str) -> int:
    (row,) = store.conn.execute("SELECT id FROM claims WHERE instr(text, ?) > 0", (snippet,)).fetchall()
    return row[0]


@pytest.fixture
def filled(store):
    report = add_paths(store, FILES)
    assert not report.failed and report.matches > 0
    assert f"{report.matches} matches with other articles" in report.summary()
    return store


def test_adding_articles_one_by_one_gives_what_a_rebuild_gives(store):
    for path in FILES:
        add_paths(store, [path])
    incremental = rows(store)
    assert len(incremental) > 20
    rebuild(store)
    assert rows(store) == incremental
    keys = store.conn.execute("SELECT count(*) FROM match_keys").fetchone()[0]
    assert keys > 0


def stored_rows(store: Store) -> list[tuple]:
    return [tuple(row) for row in store.conn.execute(
        "SELECT id, claim_a, claim_b, score, evidence, consistency, semantic FROM matches ORDER BY claim_a, claim_b"
    )]  # fmt: skip


def test_a_rebuild_writes_only_the_matches_that_changed(filled):
    rebuild(filled)
    before = stored_rows(filled)
    assert len(before) > 20
    rebuild(filled)
    assert stored_rows(filled) == before  # nothing changed: every row kept, with its id
    halved, gone = before[0], before[1]
    matched = {(r[1], r[2]) for r in before}
    ids = [cid for (cid,) in filled.conn.execute("SELECT id FROM claims ORDER BY id")]
    stray = next((a, b) for a in ids for b in ids if a < b and (a, b) not in matched)
    with filled.transaction():
        filled.conn.execute("UPDATE matches SET score = score / 2 WHERE id = ?", (halved[0],))
        filled.conn.execute("DELETE FROM matches WHERE id = ?", (gone[0],))
        filled.conn.execute("INSERT INTO matches (claim_a, claim_b, score, evidence) VALUES (?, ?, 0.9, '[]')", stray)
    rebuild(filled)
    after = stored_rows(filled)
    assert [r[1:] for r in after] == [r[1:] for r in before]  # what a rebuild computes, nothing else
    assert [r for r in after if r[0] in {halved[0], gone[0]}] == []  # the two rewritten rows are new
    kept = {r[0] for r in before} - {halved[0], gone[0]}
    assert [r for r in after if r[0] in kept] == [r for r in before if r[0] in kept]


@pytest.mark.parametrize("keep", [False, True])
@pytest.mark.parametrize("first_unchanged", [False, True])
def test_a_pair_given_twice_leaves_the_matches_as_they_were(filled, keep, first_unchanged):
    rebuild(filled)
    before = stored_rows(filled)
    _, a, b, score, evidence, consistency, semantic = before[0]
    twice = (a, b, score if first_unchanged else score / 2, json.loads(evidence), consistency, semantic)
    with pytest.raises(filled.database_error, match="(?i)unique"):
        store_matches.load_rebuild(filled, lambda: [twice, twice], tuple, keep_unchanged=keep)
    assert stored_rows(filled) == before


def test_stored_keys_are_each_claims_index_keys_sorted_and_joined(filled):
    rebuild(filled)
    expected: dict[int, list[str]] = {}
    for cid, key in filled.conn.execute("SELECT claim_id, key FROM match_keys"):
        expected.setdefault(cid, []).append(key)
    assert len(expected) > 10 and max(len(keys) for keys in expected.values()) > 2
    assert store_matches.stored_keys(filled) == {cid: "\x1f".join(sorted(keys)) for cid, keys in expected.items()}
    lo, hi = sorted(expected)[3], sorted(expected)[10]
    assert store_matches.stored_keys(filled, lo, hi) == {
        cid: "\x1f".join(sorted(keys)) for cid, keys in expected.items() if lo <= cid < hi
    }


def test_no_pair_within_one_article(filled):
    same = filled.query(
        "SELECT m.id FROM matches m JOIN claims a ON a.id = m.claim_a JOIN claims b ON b.id = m.claim_b"
        " WHERE a.article_id = b.article_id"
    )
    assert same == []


def test_related_gives_the_other_side_best_first(filled):
    danish = claim_id(filled, "har udbetalt næsten $20 millioner")
    found = related(filled, danish)
    assert found and [r["score"] for r in found] == sorted((r["score"] for r in found), reverse=True)
    assert all(r["claim_id"] != danish and r["score"] >= DEFAULT_MIN_SCORE for r in found)
    assert set(found[0]) == {"claim_id", "article_id", "article", "lang", "text", "start", "end", "score",
                             "evidence", "consistency", "semantic"}
    by_text = {r["text"][:40]: r for r in found}
    french = next(r for t, r in by_text.items() if "200 millions" in r["text"])
    assert french["consistency"] == "conflict" and french["lang"] == "fr"
    assert not any("Spotify" in r["text"] for r in found)  # the distractor shares numbers only
    text = filled.conn.execute("SELECT text FROM articles WHERE id = ?", (french["article_id"],)).fetchone()[0]
    assert text[french["start"]:french["end"]] == french["text"]


@pytest.mark.parametrize("min_score", [0.0, DEFAULT_MIN_SCORE])
@pytest.mark.parametrize("few", [False, True])  # one scan of matches / index lookups per claim
def test_related_many_agrees_with_list_matches_claim_by_claim(filled, min_score, few):
    ids = [r[0] for r in filled.conn.execute("SELECT id FROM claims ORDER BY id")]
    if few:
        busy = [m["a"]["id"] for m in list_matches(filled, min_score)]
        ids = busy[:2] + ids[:1]
        assert len(ids) * SCAN_SHARE < len(load_statements(filled))
    everything = related_many(filled, ids, min_score)
    capped = related_many(filled, ids, min_score, limit=2)
    counted = related_many(filled, ids, min_score, limit=0)
    assert set(everything) == set(capped) == set(counted) == set(ids)  # claims without matches too
    assert sum(r.total for r in everything.values()) > (3 if few else 20)
    for cid in ids:
        pairs = list_matches(filled, min_score, claim_id=cid)
        others = [m["b"] if m["a"]["id"] == cid else m["a"] for m in pairs]
        full = everything[cid]
        assert sorted(r["claim_id"] for r in full.items) == sorted(o["id"] for o in others)
        assert full.total == len(pairs) and full.conflicts == sum(m["consistency"] == "conflict" for m in pairs)
        assert [r["score"] for r in full.items] == sorted((m["score"] for m in pairs), reverse=True)
        assert full.items == related(filled, cid, min_score)
        by_id = {o["id"]: o for o in others}
        for r in full.items:
            assert r["text"] == by_id[r["claim_id"]]["text"] and r["article"] == by_id[r["claim_id"]]["article"]
        assert capped[cid].items == full.items[:2] and counted[cid].items == []
        assert (capped[cid].total, capped[cid].conflicts) == (counted[cid].total, counted[cid].conflicts) == (
            full.total, full.conflicts)
    with pytest.raises(ValueError):
        related_many(filled, ids, limit=-1)


def test_equal_scores_rank_by_how_alike_in_meaning(filled):
    # strong pairs all reach 1.0: the one the sentence model finds most alike comes first, a pair
    # it took no part in last (NULL sorts differently in SQLite and PostgreSQL)
    busy = Counter(x for m in list_matches(filled, 0.0) for x in (m["a"]["id"], m["b"]["id"]))
    cid = busy.most_common(1)[0][0]
    mids = [mid for (mid,) in filled.conn.execute(
        "SELECT id FROM matches WHERE ? IN (claim_a, claim_b) ORDER BY id LIMIT 3", (cid,))]
    assert len(mids) == 3
    with filled.transaction():
        for mid, semantic in zip(mids, (0.8, None, 0.9)):
            filled.conn.execute("UPDATE matches SET score = 1.0, semantic = ? WHERE id = ?", (semantic, mid))
    wanted = [0.9, 0.8, None]
    assert [r["semantic"] for r in related(filled, cid)[:3]] == wanted
    assert [m["semantic"] for m in list_matches(filled, claim_id=cid)[:3]] == wanted
    assert [r["semantic"] for r in related_many(filled, [cid], limit=1)[cid].items] == [0.9]


def test_list_matches_filters_by_score_and_claim(filled):
    everything = list_matches(filled, 0.0)
    default = list_matches(filled)
    assert len(default) < len(everything) and all(m["score"] >= DEFAULT_MIN_SCORE for m in default)
    danish = claim_id(filled, "har udbetalt næsten $20 millioner")
    mine = list_matches(filled, claim_id=danish)
    assert mine and all(danish in (m["a"]["id"], m["b"]["id"]) for m in mine)


def test_refresh_rebuilds_only_an_unmatched_store(filled):
    assert refresh_matches(filled) == 0
    filled.write(lambda: (filled.conn.execute("DELETE FROM matches"), filled.conn.execute("DELETE FROM match_keys")))
    assert refresh_matches(filled) > 0 and rows(filled)


def _judged_by_older_rules(store: Store) -> tuple:
    """The best pair as older rules might have left it: another outcome, evidence of their own.
    Returns the pair's row as today's rules judge it."""
    a, b = store.conn.execute("SELECT claim_a, claim_b FROM matches ORDER BY score DESC, id LIMIT 1").fetchone()
    today = next(r for r in rows(store) if (r["claim_a"], r["claim_b"]) == (a, b))
    store.write(lambda: store.conn.execute(
        "UPDATE matches SET consistency = 'not-compared', evidence = '[\"older rules\"]', judged_with = ?"
        " WHERE claim_a = ? AND claim_b = ?", (JUDGING_VERSION - 1, a, b)))
    return today


def test_pairs_older_rules_judged_are_judged_again(filled):
    today = rows(filled)
    assert stale_pairs(filled) == 0
    pair = _judged_by_older_rules(filled)
    assert pair not in rows(filled) and stale_pairs(filled) == 1
    assert refresh_matches(filled) > 0
    assert rows(filled) == today and stale_pairs(filled) == 0
    # a pair today's rules judged is not judged again: refreshing again finds nothing to do
    filled.write(lambda: filled.conn.execute("UPDATE matches SET evidence = '[]' WHERE claim_a = ?",
                                             (pair["claim_a"],)))
    assert refresh_matches(filled) == 0 and rows(filled) != today


@pytest.mark.parametrize("db_location", ENGINES, indirect=True)
def test_cli_match_says_older_rules_judged_pairs_and_rebuild_judges_them_again(db_location, capsys):
    with Store(db_location) as store:
        add_paths(store, FILES)
        today = _judged_by_older_rules(store)
    code, _, err = run(capsys, "--db", str(db_location), "match", "--json")
    assert code == 0 and "older rules judged 1 related pair; --rebuild judges them again" in err
    code, _, err = run(capsys, "--db", str(db_location), "match", "--rebuild", "--json")
    assert code == 0 and "older rules" not in err
    with Store(db_location) as store:
        assert today in rows(store) and stale_pairs(store) == 0


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_match_json_shape(capsys, tmp_path):
    db = str(tmp_path / "m.db")
    code, out, err = run(capsys, "--db", db, "add", str(DATA))
    assert code == 0, err
    assert "matches with other articles" in out
    code, out, _ = run(capsys, "--db", db, "match", "--json")
    assert code == 0
    pairs = json.loads(out)
    assert pairs and [p["score"] for p in pairs] == sorted((p["score"] for p in pairs), reverse=True)
    for p in pairs:
        assert set(p) == {"a", "b", "score", "evidence", "consistency", "semantic"}
        assert {"id", "article", "text"} <= set(p["a"]) and {"id", "article", "text"} <= set(p["b"])
        assert p["a"]["id"] < p["b"]["id"] and isinstance(p["evidence"], list)
        assert p["consistency"] in ("consistent", "differs-slightly", "conflict", "not-compared", None)
    one = pairs[0]["a"]["id"]
    code, out, _ = run(capsys, "--db", db, "match", "--json", "--claim", str(one), "--min-score", "0.4")
    assert all(one in (p["a"]["id"], p["b"]["id"]) for p in json.loads(out))
    code, rebuilt, err = run(capsys, "--db", db, "match", "--json", "--rebuild")
    assert code == 0 and json.loads(rebuilt) == pairs and "rebuilt" in err


def test_cli_match_human_output_and_errors(capsys, tmp_path):
    db = str(tmp_path / "m.db")
    run(capsys, "--db", db, "add", *map(str, FILES[:2]))
    code, out, _ = run(capsys, "--db", db, "match")
    assert code == 0 and "[da]" in out and "[id]" in out and "evidence: entities: TikTok" in out
    assert "numbers: consistent" in out and "related pair" in out
    code, _, err = run(capsys, "--db", db, "match", "--claim", "999999")
    assert code == 2 and err.startswith("factcheck: error:")
    code, _, err = run(capsys, "--db", db, "match", "--min-score", "7")
    assert code == 2 and "between 0 and 1" in err


def test_an_undated_article_takes_the_date_of_its_related_articles(tmp_path):
    """Both statements undated but one related to a dated article: money is converted at the story
    date the store infers, and the evidence says from what."""
    from factcheck.core.matching import Statement, match_all

    dated = Statement(1, 1, "da", "TikTok betaler Microsoft næsten $20 millioner om måneden.", date="2024-08-22")
    undated_id = Statement(2, 2, "id", "TikTok membayar Microsoft hampir Rp322 miliar setiap bulan.")
    undated_en = Statement(3, 3, "en", "TikTok pays Microsoft about €18.5 million a month.")
    found = {(m.a, m.b): m for m in match_all([dated, undated_id, undated_en], 0.0)}
    lines = " ".join(found[(2, 3)].evidence)
    assert "story date 2024-08-22 from a dated related article" in lines
    assert found[(2, 3)].consistency == "consistent"


def test_a_rebuild_load_replaces_every_match_with_the_rows_given(filled):
    # COPY on PostgreSQL, one prepared INSERT on SQLite: the same rows come back
    (a, b, score, evidence, consistency), *_ = [tuple(r.values()) for r in rows(filled)]
    given = (a, b, score, json.loads(evidence), consistency, None)
    assert store_matches.load_rebuild(filled, lambda: [given], lambda: []) == int(score >= DEFAULT_MIN_SCORE)
    assert [tuple(r.values()) for r in rows(filled)] == [(a, b, score, evidence, consistency)]
