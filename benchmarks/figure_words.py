"""Figures written in words: precision and recall of the figure reader on labelled sentences.

    python benchmarks/figure_words.py [--show-errors] [--data tests/data/figure_words]

Reads ``tune.jsonl`` (the sentences the reader was tuned on: a regression guard),
``heldout.jsonl`` (written with it, before the code, and not tuned on) and ``heldout_late.jsonl``
(written after the code, measured once, not tuned on). Each line is a sentence as an
outlet writes it, its language and every figure a reader should find in it, as [value, unit]
(unit: an ISO currency, "%", a unit symbol, or null for a count). Sentences without figures are
there to catch false ones ("satu-satunya", "setengah hati", "one of the").

Each sentence goes through the same path as ``factcheck add``: sentences, the cheap gate for
digitless sentences, claims and their figures (``core.pipeline.analyse``). A found figure is right
when a labelled one has the same unit and a value within 0.01 %; each label is used once.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from factcheck.core.models import Article
from factcheck.core.pipeline import analyse

ROOT = Path(__file__).resolve().parent.parent


def found_figures(text: str, lang: str) -> list[tuple[float, str | None]]:
    article = Article(text, lang, hashlib.sha256(text.encode()).hexdigest())
    return [(q.value, q.unit) for claim in analyse(article).claims for q in claim.quantities
            if q.kind != "year"]


def score(path: Path, show: bool) -> tuple[int, int, int, int]:
    """(right, found, labelled, sentences) over one file."""
    right = found_n = labelled_n = n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        n += 1
        gold = [(float(v), u) for v, u in item["figures"]]
        found = found_figures(item["text"], item["lang"])
        left = list(gold)
        hits = 0
        for value, unit in found:
            for g in left:
                if g[1] == unit and abs(g[0] - value) <= 1e-4 * max(abs(g[0]), 1e-9):
                    left.remove(g)
                    hits += 1
                    break
        right += hits
        found_n += len(found)
        labelled_n += len(gold)
        if show and (hits < len(found) or left):
            print(f"  [{item['lang']}] {item['text']}\n      found {found}\n      missed {left}")
    return right, found_n, labelled_n, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "figure_words")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    for part in ("tune", "heldout", "heldout_late"):
        right, found, labelled, n = score(args.data / f"{part}.jsonl", args.show_errors)
        precision = right / found if found else 1.0
        recall = right / labelled if labelled else 1.0
        print(f"{part:12s} {n:3d} sentences, {labelled:3d} labelled figures: precision {precision:.2f} "
              f"({right}/{found}), recall {recall:.2f} ({right}/{labelled})")


if __name__ == "__main__":
    main()
