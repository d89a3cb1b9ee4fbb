"""How often the figures of two related statements are judged right: precision and recall per outcome.

    python benchmarks/consistency.py [--show-errors] [--data tests/data/consistency]
                                     [--save run.json] [--against run.json]

Reads the labelled stories of tests/data/consistency (``tuned/`` and ``heldout/``, see its README):
each article goes through the same analysis as ``factcheck add`` (language given, sentences,
claims, figures), each labelled pair of statements through the same comparison the matcher stores
(``core.matching.score_pair`` on the two claims' signatures). An undated article is given the story
date the matcher gives it (``core.consistency.date_undated``): from the dated articles it is paired
with, here the other articles of its story.

Prints, for the tuned and the held-out part separately, precision and recall of each outcome
(consistent, differs-slightly, conflict, not-compared) and the false-conflict rate: the share of
pairs labelled anything but ``conflict`` that were flagged ``conflict``. Targets: no false
conflict, every labelled conflict found.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from factcheck.core import consistency, matching
from factcheck.core.models import Article
from factcheck.core.pipeline import analyse

OUTCOMES = ("consistent", "differs-slightly", "conflict", "not-compared")
ROOT = Path(__file__).resolve().parent.parent


def _statements(story: dict) -> dict[str, list]:
    """Article id -> its claims as the matcher sees them."""
    out = {}
    for n, art in enumerate(story["articles"]):
        text = art["text"]
        article = Article(text, art["lang"], hashlib.sha256(text.encode()).hexdigest(), date=art.get("date"))
        out[art["id"]] = [
            matching.Statement(
                n * 1000 + i, n, art["lang"], text[c.start:c.end],
                tuple((q, text[q.start:q.end]) for q in c.quantities), (), art.get("date"), c.start,
            )
            for i, c in enumerate(analyse(article).claims)
        ]
    return out


def _find(statements: dict, ref: list[str]):
    found = [s for s in statements[ref[0]] if ref[1] in s.text]
    if len(found) != 1:
        raise SystemExit(f"benchmark data: {ref[1]!r} is in {len(found)} sentences of {ref[0]}")
    return found[0]


def judge(story: dict) -> list[tuple[dict, str, list[str]]]:
    statements = _statements(story)
    everyone = [s for claims in statements.values() for s in claims]
    signatures = [s.signature() for s in everyone]
    # as the matcher does before scoring: an undated article takes the date of the dated articles
    # it is paired with (here every other article of the story: they share its names)
    pairs = [(i, j) for i in range(len(everyone)) for j in range(i) if everyone[i].article_id != everyone[j].article_id]
    if hasattr(consistency, "date_undated"):
        consistency.date_undated(everyone, signatures, pairs)
    signature_of = {s.id: sig for s, sig in zip(everyone, signatures)}
    results = []
    for pair in story["pairs"]:
        a, b = _find(statements, pair["a"]), _find(statements, pair["b"])
        # min_score -1: judge the figures of every labelled pair, even one the matcher scores low
        _, evidence, outcome = matching.score_pair(signature_of[a.id], signature_of[b.id], None, -1.0)
        results.append((pair, outcome or "not-compared", evidence))
    return results


def report(name: str, results: list[tuple[dict, str, list[str]]]) -> None:
    truth = Counter(p["expect"] for p, _, _ in results)
    said = Counter(got for _, got, _ in results)
    right = Counter(got for p, got, _ in results if got == p["expect"])
    print(f"{name}: {len(results)} labelled pairs, {sum(right.values())} right ({sum(right.values()) / len(results):.0%})")
    print(f"  {'outcome':<18}{'labelled':>9}{'flagged':>9}{'precision':>11}{'recall':>8}")
    for o in OUTCOMES:
        precision = f"{right[o] / said[o]:.0%}" if said[o] else "-"
        recall = f"{right[o] / truth[o]:.0%}" if truth[o] else "-"
        print(f"  {o:<18}{truth[o]:>9}{said[o]:>9}{precision:>11}{recall:>8}")
    others = [got for p, got, _ in results if p["expect"] != "conflict"]
    false = sum(got == "conflict" for got in others)
    print(f"  false conflicts   {false} of {len(others)} pairs not labelled conflict ({false / max(len(others), 1):.0%})")


def changes(saved: dict[str, str], now: dict[str, tuple[dict, str]]) -> list[str]:
    """The pairs judged otherwise than in ``saved`` (key -> outcome, as ``--save`` wrote it): "+" now
    right, "-" right before, "~" wrong both times."""
    lines = []
    for key, (pair, got) in now.items():
        before = saved.get(key)
        if before is None or before == got:
            continue
        mark = "+" if got == pair["expect"] else "-" if before == pair["expect"] else "~"
        lines.append(f"{mark} {key} expected {pair['expect']}: {before} -> {got} | {pair['a'][1]} || {pair['b'][1]}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "consistency")
    parser.add_argument("--show-errors", action="store_true", help="print each wrongly judged pair with its evidence")
    parser.add_argument("--save", type=Path, help="write every pair's outcome here (JSON), to compare a later run with")
    parser.add_argument("--against", type=Path, help="list the pairs judged otherwise than in a file --save wrote")
    args = parser.parse_args()
    outcomes: dict[str, tuple[dict, str]] = {}  # "story#n" -> (pair, outcome), every part's
    for part in ("tuned", "heldout"):
        results = []
        for path in sorted((args.data / part).glob("*.json")):
            judged = judge(json.loads(path.read_text(encoding="utf-8")))
            outcomes |= {f"{part}/{path.stem}#{n}": (pair, got) for n, (pair, got, _) in enumerate(judged)}
            results += judged
        if not results:  # a new batch of stories is measured alone: ``--data DIR`` with DIR/heldout only
            continue
        report(part, results)
        if args.show_errors:
            for pair, got, evidence in results:
                if got != pair["expect"]:
                    print(f"    {pair['a']} | {pair['b']}: expected {pair['expect']}, got {got}")
                    for line in evidence:
                        print(f"        {line}")
    if args.against:
        lines = changes(json.loads(args.against.read_text(encoding="utf-8")), outcomes)
        marks = Counter(line[0] for line in lines)
        print(f"against {args.against}: {marks['+']} now right, {marks['-']} now wrong, {marks['~']} wrong otherwise")
        print("\n".join(lines))
    if args.save:
        args.save.write_text(json.dumps({key: got for key, (_, got) in outcomes.items()}, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
