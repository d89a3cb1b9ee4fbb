"""Claims without figures: rules alone vs rules + the sentence model, on the labelled set.

    .venv/bin/python benchmarks/event_claims.py [--split heldout|train] [--show]

Each language's file of tests/data/claims_events/SPLIT becomes one article (a blank line between
sentences) added through the real pipeline (ingest, language detection, claims, store); its
sentences are embedded and ``embedding.raise_by_meaning`` runs as after `factcheck embed`. A
labelled sentence counts as found when a claim inside it is check-worthy (score >= the threshold).
Positive: event or reported statement; negative: neither. Reported: precision and recall of the
rules (scores as added) and of rules + model (after the raise), overall and per language, and how
often the model's reason names the right kind (event / reported statement).

``heldout`` (default) was written separately about other stories and never trained or tuned on:
that is the measurement. ``train`` is what the shipped classifier was computed from: a regression
guard, not a measurement.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from factcheck.core.models import DEFAULT_THRESHOLD  # noqa: E402
from factcheck.core.semantic import available  # noqa: E402
from factcheck.embedding import embed_pending, raise_by_meaning  # noqa: E402
from factcheck.importer import add_paths  # noqa: E402
from factcheck.store import Store  # noqa: E402
from factcheck.store.claims import list_claims  # noqa: E402
from tests.claims_events import read_set  # noqa: E402


def _flat(text: str) -> str:
    return " ".join(text.split())


def run(split: str, show: bool = False) -> dict:
    rows = read_set(split)
    by_lang = defaultdict(list)
    for r in rows:
        by_lang[r.lang].append(r)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for lang, rs in sorted(by_lang.items()):
            path = Path(tmp) / f"{split}-{lang}.txt"
            path.write_text(f"Title: {split} {lang}\n\n" + "\n\n".join(r.text for r in rs) + "\n", encoding="utf-8")
            files.append(path)
        with Store(Path(tmp) / "bench.db") as store:
            report = add_paths(store, files, match=False)
            assert not report.failed, report.failed
            before = {c.id: c.score for c in list_claims(store)}
            embed_pending(store)
            raised = set(raise_by_meaning(store))
            claims = list_claims(store)
    found = []  # (row, by rules, by rules + model, model's reason or None)
    by_file = defaultdict(list)
    for c in claims:
        by_file[c.article["file"]].append(c)
    for lang, rs in by_lang.items():
        inside = by_file[f"{split}-{lang}.txt"]
        for r in rs:
            mine = [c for c in inside if _flat(c.text) and _flat(c.text) in _flat(r.text)]
            if not mine:
                raise SystemExit(f"no claim inside {r.text!r}")
            reason = next((x for c in mine if c.id in raised for x in c.reasons if "(by meaning)" in x), None)
            found.append((r, any(before[c.id] >= DEFAULT_THRESHOLD for c in mine),
                          any(c.score >= DEFAULT_THRESHOLD for c in mine), reason))
    return _report(split, found, show)


def _pr(found, which: int) -> tuple[float, float, int, int, int]:
    tp = sum(1 for f in found if f[which] and f[0].label != "neither")
    said = sum(1 for f in found if f[which])
    pos = sum(1 for f in found if f[0].label != "neither")
    return tp / said if said else 1.0, tp / pos if pos else 1.0, tp, said, pos


def _report(split: str, found, show: bool) -> dict:
    out = {}
    print(f"{split}: {len(found)} sentences, {sum(f[0].label != 'neither' for f in found)} events or statements,"
          f" threshold {DEFAULT_THRESHOLD}")
    for name, which in (("rules", 1), ("rules + model", 2)):
        p, r, tp, said, pos = _pr(found, which)
        out[name] = (p, r)
        print(f"  {name:14} precision {p:.2f} ({tp}/{said})  recall {r:.2f} ({tp}/{pos})")
    for label in ("event", "statement"):
        of = [f for f in found if f[0].label == label]
        print(f"  recall of {label:9}: rules {sum(f[1] for f in of)}/{len(of)}, rules + model {sum(f[2] for f in of)}/{len(of)}")
    named = [f for f in found if f[3] and f[0].label != "neither"]
    right = sum(f[3].startswith("event") == (f[0].label == "event") for f in named)
    print(f"  the model's reason names the right kind for {right}/{len(named)} sentences it raised")
    langs = sorted({f[0].lang for f in found})
    print("  per language (recall rules -> rules + model, neither raised):")
    for lang in langs:
        of = [f for f in found if f[0].lang == lang]
        pos = [f for f in of if f[0].label != "neither"]
        wrong = sum(f[2] for f in of if f[0].label == "neither")
        print(f"    {lang}: {sum(f[1] for f in pos)}/{len(pos)} -> {sum(f[2] for f in pos)}/{len(pos)}, {wrong}")
    if show:
        for r, rules, both, reason in found:
            mark = "ok" if both == (r.label != "neither") else "XX"
            print(f"{mark} {r.lang} {r.label:9} rules={int(rules)} model={int(both)} {reason or ''} | {r.text[:90]}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("heldout", "train"), default="heldout")
    parser.add_argument("--show", action="store_true", help="list every sentence with both outcomes")
    args = parser.parse_args()
    status = available()
    if not status:
        print(f"factcheck: error: the sentence model cannot run here: {status.reason}", file=sys.stderr)
        return 2
    run(args.split, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
