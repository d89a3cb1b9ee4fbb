"""Matching quality on the labelled one-story sets in tests/data/semantic/, old matcher vs new.

    python benchmarks/semantic_quality.py [--debug]

Each folder (``tuned``: what the fusion was tuned on; ``heldout``: written separately, messier,
never tuned on) is added to a fresh database through the real pipeline (ingest, claims, signature
matching), its sentences embedded, and matched again by meaning. Gold pairs: every two members of
a labels.json group in different files. Every sentence (check-worthy or not) is in scope; the old
matcher (signatures of check-worthy claims only) is measured on the same gold, so what it cannot
reach counts as missed. Reported at ``DEFAULT_MIN_SCORE``: precision, recall, F1.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]  # tests.labels reads the labelled sets

from factcheck.core.claims import DEFAULT_THRESHOLD
from factcheck.core.matching import DEFAULT_MIN_SCORE
from factcheck.core.semantic import available
from factcheck.embedding import embed_pending, raise_by_meaning
from factcheck.importer import add_paths
from factcheck.store import Store
from factcheck.store.matches import rebuild
from tests.labels import gold_pairs

DATA = ROOT / "tests" / "data"


def folders() -> dict[str, Path]:
    """Every labelled set by name."""
    found = {p.parent.name: p.parent for p in sorted((DATA / "semantic").glob("*/labels.json"))}
    found["matching"] = DATA / "matching"
    return found


def held_out(name: str) -> bool:
    return name.startswith("heldout")


def found_pairs(store: Store, min_score: float = DEFAULT_MIN_SCORE, claims_only: bool = False) -> dict[tuple[int, int], tuple]:
    sql = "SELECT m.claim_a, m.claim_b, m.score, m.semantic FROM matches m WHERE m.score >= ?"
    if claims_only:
        sql += (" AND (SELECT score FROM claims WHERE id = m.claim_a) >= :t"
                " AND (SELECT score FROM claims WHERE id = m.claim_b) >= :t")
        sql = sql.replace("?", ":s")
        return {(a, b): (s, sem) for a, b, s, sem in store.conn.execute(sql, {"s": min_score, "t": DEFAULT_THRESHOLD})}
    return {(a, b): (s, sem) for a, b, s, sem in store.conn.execute(sql, (min_score,))}


def counts(found: set, gold: set) -> tuple[int, int, int]:
    """(true positives, found, gold)."""
    return len(found & gold), len(found), len(gold)


def prf(tp: int, found: int, gold: int) -> tuple[float, float, float]:
    p = tp / found if found else 1.0
    r = tp / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def measure(folder: Path, debug: bool = False) -> dict[str, tuple[int, int, int]]:
    """Per matcher ("old", "new"): (true positives, pairs found, gold pairs)."""
    claims_only = json.loads((folder / "labels.json").read_text(encoding="utf-8")).get("scope") == "check-worthy"
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "q.db") as store:
        report = add_paths(store, sorted(folder.glob("*.txt")))
        assert not report.failed, report.failed
        gold = gold_pairs(store, folder)
        if claims_only:
            worthy = {cid for (cid,) in store.conn.execute("SELECT id FROM claims WHERE score >= ?", (DEFAULT_THRESHOLD,))}
            gold = {(a, b) for a, b in gold if a in worthy and b in worthy}
        rebuild(store, meaning=False)
        old = set(found_pairs(store, claims_only=claims_only))
        embed_pending(store)
        raise_by_meaning(store)  # as `factcheck embed` does: claims found by meaning are matched too
        rebuild(store, meaning=True)
        new = set(found_pairs(store, claims_only=claims_only))
        if debug:
            text = dict(store.conn.execute("SELECT id, text FROM claims"))
            low = found_pairs(store, 0.0)
            for label, pairs in (("missed", gold - new), ("wrong", new - gold)):
                for a, b in sorted(pairs):
                    print(f"  {label} {low.get((a, b))}: {text[a][:70]!r} | {text[b][:70]!r}")
        return {"old": counts(old, gold), "new": counts(new, gold)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--debug", action="store_true", help="list missed and wrong pairs")
    sets = folders()
    parser.add_argument("--sets", nargs="*", default=list(sets), choices=list(sets))
    args = parser.parse_args(argv)
    status = available()
    if not status:
        print(f"matching by meaning is off: {status.reason}", file=sys.stderr)
        return 1
    print(f"{'set':<24} {'role':<9} {'matcher':<8} {'gold':>5} {'precision':>9} {'recall':>7} {'F1':>6}")
    pooled: dict[str, list[int]] = {"old": [0, 0, 0], "new": [0, 0, 0]}
    for name in args.sets:
        role = "held-out" if held_out(name) else "tuning"
        for matcher, tally in measure(sets[name], args.debug).items():
            p, r, f = prf(*tally)
            print(f"{name:<24} {role:<9} {matcher:<8} {tally[2]:>5} {p:>9.2f} {r:>7.2f} {f:>6.2f}")
            if held_out(name):
                pooled[matcher] = [x + y for x, y in zip(pooled[matcher], tally)]
    for matcher, tally in pooled.items():
        if tally[2]:
            p, r, f = prf(*tally)
            print(f"{'all held-out pairs':<24} {'held-out':<9} {matcher:<8} {tally[2]:>5} {p:>9.2f} {r:>7.2f} {f:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
