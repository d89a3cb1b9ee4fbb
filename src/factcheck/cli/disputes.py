"""``factcheck disputes``: claims reviewers judged differently (after a merge), and settling them."""

from __future__ import annotations

from factcheck.cli.common import config_from, one_line, print_json, store_from, terminal_width
from factcheck.errors import FactcheckError
from factcheck.store.disputes import list_disputes, settle


def register(subparsers) -> None:
    p = subparsers.add_parser("disputes", help="list disputed claims, or settle one with --settle")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--all", action="store_true", help="include settled disputes")
    p.add_argument("--settle", nargs=2, metavar=("CLAIM_ID", "VERDICT"), help="decide a disputed claim")
    p.add_argument("--note", help="with --settle: the claim's note from now on")
    p.add_argument("--reviewer", help="with --settle: who decides (default as for verdict)")
    p.set_defaults(run=run)


def run(args) -> int:
    config = config_from(args)
    with store_from(args, write=bool(args.settle)) as store:
        if args.settle:
            claim, verdict = args.settle
            if not claim.isdigit():
                raise FactcheckError(f"claim id must be a number, not {claim!r}")
            key = config.scale.parse(verdict).key
            settle(store, int(claim), key, config.reviewer_name(args.reviewer, store.user), note=args.note)
            print(f"claim {claim}: settled as {key}")
            return 0
        rows = list_disputes(store, include_settled=args.all)
    if args.json:
        print_json(rows)
        return 0
    width = terminal_width()
    for r in rows:
        views = ", ".join(f"{who}: {verdict or 'none'}" for who, verdict in sorted(r["verdicts"].items()))
        state = f"settled {r['settled_verdict']} by {r['settled_by']}" if r["settled_at"] else "open"
        head = f"{r['claim_id']:>5}  {state:12} {views}  "
        print(head + one_line(r["claim_text"], max(width - len(head), 20)))
    print(f"{len(rows)} disputed claim{'s' * (len(rows) != 1)}" + ("" if args.all else " open"))
    return 0
