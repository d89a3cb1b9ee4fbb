"""``factcheck claims``: the check-worthy sentences, as a table or JSON."""

from __future__ import annotations

from factcheck.cli.common import one_line, print_json, store_from, terminal_width
from factcheck.core.claims import DEFAULT_THRESHOLD
from factcheck.store.claims import list_claims


def register(subparsers) -> None:
    p = subparsers.add_parser("claims", help="list claims (check-worthy sentences)")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--all", action="store_true", help="list every sentence, whatever its score")
    p.add_argument(
        "--min-score", type=float, metavar="S", help=f"list claims scoring at least S (default {DEFAULT_THRESHOLD})"
    )
    p.set_defaults(run=run)


def run(args) -> int:
    min_score = 0.0 if args.all else (args.min_score if args.min_score is not None else DEFAULT_THRESHOLD)
    with store_from(args) as store:
        records = list_claims(store, min_score=min_score)
    if args.json:
        print_json([r.to_json() for r in records])
        return 0
    width = terminal_width()
    print(f"{'id':>5}  {'lang':4} {'score':>5}  {'verdict':12} {'kinds':26} text")
    for r in records:
        kinds = ",".join(r.kinds)
        head = f"{r.id:>5}  {r.lang:4} {r.score:5.2f}  {(r.verdict or '-'):12} {one_line(kinds, 26):26} "
        print(head + one_line(r.text, max(width - len(head), 20)))
    print(f"{len(records)} claims")
    return 0
