"""``factcheck agreement A.db B.db``: how far two reviewers agree (confusion matrix, Cohen's kappa)."""

from __future__ import annotations

from pathlib import Path

from factcheck.cli.common import config_from, print_json
from factcheck.core.agreement import agreement
from factcheck.store.merge import paired_verdicts


def register(subparsers) -> None:
    p = subparsers.add_parser("agreement", help="inter-reviewer agreement between two databases (Cohen's kappa)")
    p.add_argument("a", metavar="A.db", help="one reviewer's database (opened read-only)")
    p.add_argument("b", metavar="B.db", help="the other reviewer's database (opened read-only)")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(run=run)


def run(args) -> int:
    order = [v.key for v in config_from(args).scale]
    result = agreement(paired_verdicts(Path(args.a), Path(args.b)), order)
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"claims both reviewed: {result.n}")
    if not result.n:
        return 0
    width = max(len(label) for label in [*result.labels, "A \\ B"]) + 2
    print()
    print("A \\ B".ljust(width) + "".join(label.rjust(width) for label in result.labels))
    for label, row in zip(result.labels, result.matrix):
        print(label.ljust(width) + "".join(str(n).rjust(width) for n in row))
    print()
    print("verdict".ljust(width) + "A".rjust(6) + "B".rjust(6))
    for label, (in_a, in_b) in result.counts().items():
        print(label.ljust(width) + str(in_a).rjust(6) + str(in_b).rjust(6))
    print()
    print(f"percent agreement: {result.percent:.1f}%")
    kappa = "undefined (both used one and the same verdict)" if result.kappa is None else f"{result.kappa:.3f}"
    print(f"Cohen's kappa: {kappa}")
    return 0
