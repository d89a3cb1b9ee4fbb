"""The bulk scoring path (array bounds, stored signatures) gives exactly what scoring pair by pair gives."""

from __future__ import annotations

import importlib.util
import json
import random
from dataclasses import replace
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from factcheck.core import matching
from factcheck.core.claims import DEFAULT_THRESHOLD
from factcheck.core.models import Quantity
from factcheck.core.matching import DEFAULT_MIN_SCORE, STORE_MIN_SCORE, MatchIndex, Statement, close_languages, score_pair, score_pairs
from factcheck.core.signature import build_signature, from_data, to_data
from factcheck.importer import add_paths
from factcheck.store.matches import load_statements, match_articles

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "matching"


def generator(seed: int):
    """The benchmark's corpus generator (benchmarks/matching.py): Zipf-distributed names, shared
    stories in six languages, misreported numbers."""
    spec = importlib.util.spec_from_file_location("bench_matching", ROOT / "benchmarks" / "matching.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Generator(seed)


def crowded(n: int) -> list[Statement]:
    """Claims naming ten or more companies at once: more names than the array bound holds."""
    rng = random.Random(n)
    names = ["ZentrixSoft", "KorvoNet", "BelbelPay", "TorviLabs", "MarnoAI", "DexriCloud", "SolquaData",
             "HeljoTech", "VolutaNet", "XiyoPay", "RasiSoft", "LomoLabs"]
    out = []
    for i in range(n):
        picked = rng.sample(names, rng.randint(9, 12))
        text = "Investors in " + ", ".join(picked) + " met in 2024."
        out.append(Statement(90_000 + i, 9_000 + i, rng.choice(["en", "da"]), text, (), tuple(picked)))
    return out


def many_years(n: int) -> list[Statement]:
    """Pairs of claims by year, over more distinct years than the array bound has bits for. Their
    figures are of different kinds, so the shared year is what lifts them over the threshold."""
    out = []
    for i in range(n):
        for copy, figure in enumerate(("$5 million", "5 %")):
            text = f"ZentrixSoft paid KorvoNet {figure} in {1900 + i} for the cloud."
            start = text.index(figure)
            q = (Quantity("money", start, start + len(figure), 5e6, "USD", False, 5e6, "2024-08-01") if copy
                 else Quantity("percent", start, start + len(figure), 5.0, "%"))
            out.append(Statement(70_000 + 2 * i + copy, 7_000 + 2 * i + copy, "en", text, ((q, figure),),
                                 ("ZentrixSoft", "KorvoNet")))
    return out


def figure_heavy(n: int, seed: int) -> list[Statement]:
    """Claims about three companies that differ mostly in their figures: money in currencies with
    and without exchange rates, per month, per year or neither, approximate, "at least", written to
    one or three digits; percentages; dated and undated articles. Values are spread from equal to
    far beyond a near conflict, so the figure bound meets every case."""
    rng = random.Random(seed)
    currencies = [("${}", "USD"), ("€{}", "EUR"), ("IDR {}", "IDR"), ("DKK {}", "DKK"), ("VND {}", "VND")]
    periods = ["", " a month", " a year", " a week"]
    out = []
    for i in range(n):
        if rng.random() < 0.2:
            figure = f"{rng.choice(['3', '12', '12.5', '40', '41', '90'])}%"
            text = f"ZentrixSoft holds {figure} of KorvoNet{rng.choice(periods)}."
        else:
            form, _ = rng.choice(currencies)
            size = rng.choice([1, 1.8, 2, 3.22, 10, 18.4, 20, 21, 200, 322, 3220])
            scale = rng.choice(["million", "billion"])
            hedge = rng.choice(["", "", "about ", "at least ", "nearly "])
            text = f"ZentrixSoft paid KorvoNet {hedge}{form.format(f'{size:g} {scale}')}{rng.choice(periods)} in 2024."
        payer, payee = rng.sample(["ZentrixSoft", "KorvoNet", "BelbelPay"], 2)  # some pairs share one name
        text = text.replace("ZentrixSoft", "\0").replace("KorvoNet", payee).replace("\0", payer)
        date = rng.choice(["2024-08-01", "2015-03-02", None])
        out.append(Statement(60_000 + i, 6_000 + i, rng.choice(["en", "de"]), text, (), (payer, payee), date))
    return out


def one_by_one(index: MatchIndex, pairs, min_score: float) -> set[tuple]:
    st, sigs = index.statements, index.signatures
    out = set()
    for p, q in pairs:
        a, b = (p, q) if st[p].id < st[q].id else (q, p)
        text = fuzz.token_set_ratio(sigs[a].text, sigs[b].text) / 100 if close_languages(st[a].lang, st[b].lang) else None
        score, evidence, consistency = score_pair(sigs[a], sigs[b], text)  # no min_score: no shortcut
        if score >= min_score:
            out.add((st[a].id, st[b].id, score, tuple(evidence), consistency))
    return out


@pytest.mark.parametrize("min_score", [STORE_MIN_SCORE, DEFAULT_MIN_SCORE, 0.7])
def test_score_pairs_keeps_exactly_the_pairs_scoring_pair_by_pair_keeps(store, min_score):
    add_paths(store, sorted(DATA.glob("*.txt")), match=False)
    labelled = load_statements(store)  # real articles, where wording often decides
    generated, _ = generator(3).corpus(1200)
    index = MatchIndex(labelled + [replace(s, id=s.id + 10_000, article_id=s.article_id + 1_000) for s in generated]
                       + many_years(80) + crowded(12))
    pairs = [(p, q) for p in range(len(index)) for q in index.candidates(p) if q < p]
    pairs += [(p, q) for p in range(len(labelled)) for q in range(p)]  # every labelled pair, candidate or not
    pairs += [(p, q) for p in range(len(index) - 12, len(index)) for q in range(0, len(index), 7)]
    assert len(pairs) > 5000
    bulk = {(m.a, m.b, m.score, m.evidence, m.consistency) for m in score_pairs(index, pairs, min_score)}
    reference = one_by_one(index, pairs, min_score)
    assert bulk == reference
    assert len(reference) > 100
    assert any(b >= 90_000 for _, b, *_ in reference)  # crowded claims take part
    assert any(b < 10_000 for _, b, *_ in reference)  # and labelled ones
    if min_score == DEFAULT_MIN_SCORE:  # same year, beyond 62 distinct years
        assert any(a >= 70_000 + 2 * 70 and b == a + 1 for a, b, *_ in reference)


@pytest.mark.parametrize("min_score", [STORE_MIN_SCORE, DEFAULT_MIN_SCORE])
def test_the_figure_bound_leaves_out_only_pairs_scoring_pair_by_pair_leaves_out(monkeypatch, min_score):
    index = MatchIndex(figure_heavy(260, seed=int(min_score * 100)))
    pairs = [(p, q) for p in range(len(index)) for q in range(p)]
    original = matching.score.score_pair

    def scored_pair_by_pair() -> tuple[set, int]:
        calls = []
        monkeypatch.setattr(matching.score, "score_pair", lambda *a, **k: calls.append(1) or original(*a, **k))
        found = {(m.a, m.b, m.score, m.evidence, m.consistency) for m in score_pairs(index, pairs, min_score)}
        monkeypatch.setattr(matching.score, "score_pair", original)
        return found, len(calls)

    bulk, calls = scored_pair_by_pair()
    reference = one_by_one(index, pairs, min_score)
    assert bulk == reference
    outcomes = {c for *_, c in reference}
    assert {"consistent", "conflict"} <= outcomes and len(reference) > 1000
    # without it, more pairs are compared figure by figure, to the same end
    monkeypatch.setattr(matching.bulk, "figures_bound", lambda fig, ra, rb, best, w: best)
    unbounded, more_calls = scored_pair_by_pair()
    assert unbounded == bulk and calls < more_calls


def test_the_array_bound_leaves_most_pairs_out(monkeypatch):
    # the point of the bound: score_pair runs on a fraction of the candidates
    statements, _ = generator(4).corpus(1200)
    index = MatchIndex(statements)
    pairs = [(p, q) for p in range(len(index)) for q in index.candidates(p) if q < p]
    calls = []
    original = matching.score.score_pair
    monkeypatch.setattr(matching.score, "score_pair", lambda *a, **k: calls.append(1) or original(*a, **k))
    found = score_pairs(index, pairs, DEFAULT_MIN_SCORE)
    assert found and len(calls) < len(pairs) / 3


def test_a_signature_survives_storing_as_json():
    statements, _ = generator(5).corpus(200)
    for st in statements + crowded(3):
        sig = st.signature()
        assert from_data(json.loads(json.dumps(to_data(sig)))) == sig
    sig = build_signature("Ifølge Børsen betaler TikTok næsten 20 mio. kr. om måneden til Microsoft i 2024.", "da")
    assert from_data(json.loads(json.dumps(to_data(sig)))) == sig and sig.periods and sig.years


def rows(store) -> list[tuple]:
    return store.query("SELECT claim_a, claim_b, score, evidence, consistency FROM matches ORDER BY claim_a, claim_b")


def test_stored_signatures_are_used_and_stale_ones_rebuilt(store):
    files = sorted(DATA.glob("*.txt"))
    add_paths(store, files)
    before = rows(store)
    stored = store.conn.execute("SELECT count(*) FROM match_signatures").fetchone()[0]
    assert before and stored == store.conn.execute("SELECT count(*) FROM claims WHERE score >= ?", (DEFAULT_THRESHOLD,)).fetchone()[0]
    last = store.conn.execute("SELECT max(id) FROM articles").fetchone()[0]

    # A stale version is rebuilt from the claim, stored again, and scores as before.
    stale = 10**6  # far past any version the code will reach
    store.conn.execute("UPDATE match_signatures SET version = version + ?", (stale,))
    match_articles(store, [last])
    assert rows(store) == before
    versions = {v for (v,) in store.conn.execute("SELECT DISTINCT version FROM match_signatures")}
    assert len(versions) == 2  # the candidates read were rebuilt; untouched claims keep the stale row
    store.conn.execute("UPDATE match_signatures SET version = version - ? WHERE version >= ?", (stale, stale))

    # What is stored is what scoring reads, for a dated article's claims: blank every other
    # article's signatures and its matches with them go. An undated article's signatures are built
    # again (a stored one may hold the story date of earlier pairs), so its matches stay.
    undated = [aid for (aid,) in store.conn.execute("SELECT id FROM articles WHERE date IS NULL")]
    assert undated and last not in undated

    def partners() -> dict[int, int]:
        return dict(store.conn.execute(
            "SELECT o.article_id, count(*) FROM matches m JOIN claims c ON c.id IN (m.claim_a, m.claim_b)"
            " JOIN claims o ON o.id IN (m.claim_a, m.claim_b) AND o.id <> c.id WHERE c.article_id = ?"
            " GROUP BY o.article_id", (last,)).fetchall())

    with_undated = {aid: n for aid, n in partners().items() if aid in undated}
    assert with_undated
    blank = json.dumps(to_data(build_signature("nothing here", "en")))
    store.conn.execute("UPDATE match_signatures SET data = ? WHERE claim_id NOT IN"
                       " (SELECT id FROM claims WHERE article_id = ?)", (blank, last))
    match_articles(store, [last])
    assert partners() == with_undated


@pytest.mark.parametrize("share", [1.0, 0.3, 0.01])
def test_candidate_pairs_are_the_candidates_claim_by_claim(monkeypatch, share):
    statements, _ = generator(6).corpus(1500)
    monkeypatch.setattr(matching.candidates, "MAX_POSTING", 40)  # so that some keys are too common here
    monkeypatch.setattr(matching.candidates, "CANDIDATE_CHUNK", 5_000)  # several array passes
    index = MatchIndex(statements)
    assert any(len(p) > 40 for p in index.postings.values())
    rng = random.Random(share)
    new = sorted(rng.sample(range(len(index)), max(1, int(share * len(index)))))
    new_set = set(new)
    expected = sorted((p, q) for p in new for q in index.candidates(p) if q not in new_set or q < p)
    ps, qs = matching.candidate_pairs(index, new)
    assert list(zip(ps.tolist(), qs.tolist())) == expected
    assert len(expected) > 50


def test_claims_sharing_names_only_within_one_article_are_no_candidates():
    index = MatchIndex([
        Statement(1, 1, "en", "TikTok pays Microsoft $20 million a month, The Information reported."),
        Statement(2, 1, "en", "TikTok and Microsoft declined to comment on the payments."),
    ])
    ps, qs = matching.candidate_pairs(index, range(len(index)))
    assert len(ps) == len(qs) == 0
