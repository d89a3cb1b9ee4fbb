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
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]  # tests.labels reads the labelled sets

from factcheck.core.matching import DEFAULT_MIN_SCORE
from factcheck.core.semantic import available
from factcheck.embedding import embed_pending
from factcheck.importer import add_paths
from factcheck.store import Store
from factcheck.store.matches import rebuild
from tests.labels import gold_pairs

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "semantic"


def found_pairs(store: Store, min_score: float = DEFAULT_MIN_SCORE) -> dict[tuple[int, int], tuple]:
    return {(a, b): (s, sem) for a, b, s, sem in store.conn.execute(
        "SELECT claim_a, claim_b, score, semantic FROM matches WHERE score >= ?", (min_score,))}


def prf(found: set, gold: set) -> tuple[float, float, float]:
    tp = len(found & gold)
    p = tp / len(found) if found else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def measure(folder: Path, debug: bool = False) -> dict[str, tuple[float, float, float, int]]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "q.db") as store:
        report = add_paths(store, sorted(folder.glob("*.txt")))
        assert not report.failed, report.failed
        gold = gold_pairs(store, folder)
        rebuild(store, meaning=False)
        old = set(found_pairs(store))
        embed_pending(store)
        rebuild(store, meaning=True)
        new_all = found_pairs(store)
        new = set(new_all)
        if debug:
            text = dict(store.conn.execute("SELECT id, text FROM claims"))
            low = found_pairs(store, 0.0)
            for label, pairs in (("missed", gold - new), ("wrong", new - gold)):
                for a, b in sorted(pairs):
                    print(f"  {label} {low.get((a, b))}: {text[a][:70]!r} | {text[b][:70]!r}")
        return {"old": (*prf(old, gold), len(gold)), "new": (*prf(new, gold), len(gold))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--debug", action="store_true", help="list missed and wrong pairs")
    parser.add_argument("--sets", nargs="*", default=["tuned", "heldout"])
    args = parser.parse_args(argv)
    status = available()
    if not status:
        print(f"matching by meaning is off: {status.reason}", file=sys.stderr)
        return 1
    print(f"{'set':<9} {'matcher':<8} {'gold':>5} {'precision':>9} {'recall':>7} {'F1':>6}")
    for name in args.sets:
        for matcher, (p, r, f, n) in measure(DATA / name, args.debug).items():
            print(f"{name:<9} {matcher:<8} {n:>5} {p:>9.2f} {r:>7.2f} {f:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
