"""``factcheck verdict CLAIM_ID VERDICT [--note TEXT]``: review a claim from the shell."""

from __future__ import annotations

from factcheck.cli.common import config_from, store_from
from factcheck.errors import FactcheckError
from factcheck.store.verdicts import set_verdict


def register(subparsers) -> None:
    p = subparsers.add_parser("verdict", help="set a claim's verdict (and note)")
    p.add_argument("claim_id", metavar="CLAIM_ID", help="the claim's id (see `factcheck claims`)")
    p.add_argument("verdict", metavar="VERDICT", help="a verdict key such as false, or 'none' to clear")
    p.add_argument("--note", help="a note: sources, reasoning")
    p.add_argument("--reviewer", help="who reviewed (default: $FACTCHECK_REVIEWER, the config, or the login name)")
    p.set_defaults(run=run)


def run(args) -> int:
    config = config_from(args)
    try:
        claim_id = int(args.claim_id)
    except ValueError:
        raise FactcheckError(f"claim id must be a number, not {args.claim_id!r}") from None
    key = None if args.verdict.lower() in ("none", "clear", "-") else config.scale.parse(args.verdict).key
    changes = {"verdict": key}
    if args.note is not None:
        changes["note"] = args.note
    with store_from(args, write=True) as store:
        change = set_verdict(store, claim_id, reviewer=config.reviewer_name(args.reviewer, store.user), **changes)
    print(f"claim {claim_id}: {change.old_verdict or 'unreviewed'} -> {change.new_verdict or 'unreviewed'}")
    return 0
