"""Quality of the matcher on the hand-labelled set in tests/data/matching/, through the real pipeline.

The set: the two seeds, five articles about the same TikTok/Microsoft/OpenAI story (en, de, es, fr,
a second id) with paraphrases and misreported numbers (200 millions de dollars, Rp324 miliar), and a
distractor (Spotify) that shares the numbers but not the story. labels.json lists the related
statements as groups.

The matcher works on check-worthy claims (score >= the claim threshold); a labelled pair with a side
below it cannot be found and is reported as out of scope, not hidden.

Report:  .venv/bin/python tests/matching/test_quality.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from rapidfuzz import fuzz, process

from factcheck.core.claims import DEFAULT_THRESHOLD
from factcheck.core.matching import DEFAULT_MIN_SCORE
from factcheck.importer import add_paths
from factcheck.store import Store
from tests.labels import gold_pairs
from factcheck.store.related import list_matches

DATA = Path(__file__).resolve().parents[1] / "data" / "matching"


def load_set(store: Store) -> None:
    report = add_paths(store, [DATA])
    assert not report.failed, report.failed
    assert len(report.added) == len(list(DATA.glob("*.txt")))


def in_scope(store: Store) -> dict[int, tuple[int, str]]:
    """Check-worthy claims: id -> (article id, text)."""
    rows = store.conn.execute(
        "SELECT id, article_id, text FROM claims WHERE score >= ?", (DEFAULT_THRESHOLD,)
    ).fetchall()
    return {cid: (aid, text) for cid, aid, text in rows}


def prf(found: set, gold: set) -> tuple[float, float, float]:
    tp = len(found & gold)
    p = tp / len(found) if found else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def baseline(claims: dict[int, tuple[int, str]], gold: set) -> tuple[int, tuple[float, float, float]]:
    """rapidfuzz token_set_ratio on the raw sentence text of every cross-article pair; the cutoff
    (0-100) that gives the best F1 on this very set, so the baseline is shown at its best."""
    ids = sorted(claims)
    texts = [claims[i][1] for i in ids]
    matrix = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, workers=-1)
    scored = [
        (matrix[i][j], (ids[i], ids[j]))
        for i in range(len(ids)) for j in range(i + 1, len(ids))
        if claims[ids[i]][0] != claims[ids[j]][0]
    ]
    best = (0, (0.0, 0.0, 0.0))
    for cutoff in range(0, 101):
        result = prf({pair for s, pair in scored if s >= cutoff}, gold)
        if result[2] > best[1][2]:
            best = (cutoff, result)
    return best


def evaluate(store: Store) -> dict:
    load_set(store)
    claims = in_scope(store)
    gold_all = gold_pairs(store, DATA)
    gold = {p for p in gold_all if p[0] in claims and p[1] in claims}
    found = {(m["a"]["id"], m["b"]["id"]) for m in list_matches(store, DEFAULT_MIN_SCORE)}
    cutoff, base = baseline(claims, gold)
    return {
        "matcher": prf(found, gold), "baseline": base, "baseline_cutoff": cutoff,
        "gold": len(gold), "out_of_scope": len(gold_all - gold), "found": len(found),
        "false_positives": sorted(found - gold), "missed": sorted(gold - found), "claims": claims,
    }


def test_matcher_f1_on_the_labelled_set(tmp_path):
    with Store(tmp_path / "q.db") as store:
        result = evaluate(store)
    p, r, f1 = result["matcher"]
    assert result["gold"] >= 40, "the labelled set should give plenty of in-scope pairs"
    # a regression guard (the set is what the matcher was tuned on): 0.97 when this was written
    assert f1 >= 0.95, (result["matcher"], result["false_positives"], result["missed"])
    assert f1 > result["baseline"][2]


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "q.db") as store:
        r = evaluate(store)
    claims = r["claims"]
    print(f"labelled related pairs in scope: {r['gold']} (out of scope, a side below the claim threshold:"
          f" {r['out_of_scope']}); matcher found {r['found']} at min score {DEFAULT_MIN_SCORE}")
    for name, (p, rec, f1) in (("matcher", r["matcher"]), (f"baseline token_set_ratio >= {r['baseline_cutoff']}", r["baseline"])):
        print(f"{name:40} precision {p:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    for label, pairs in (("false positive", r["false_positives"]), ("missed", r["missed"])):
        for a, b in pairs:
            print(f"{label}: #{a} {claims[a][1][:70]!r}\n{'':>{len(label) + 2}}#{b} {claims[b][1][:70]!r}")


if __name__ == "__main__":
    sys.exit(main())
