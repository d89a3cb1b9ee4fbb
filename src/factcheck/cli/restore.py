"""``factcheck restore CLAIM_ID --to CLAIM_ID``: put an orphaned verdict back onto a claim."""

from __future__ import annotations

from factcheck.cli.common import config_from, store_from
from factcheck.errors import FactcheckError
from factcheck.store.orphans import restore


def register(subparsers) -> None:
    p = subparsers.add_parser("restore", help="put an orphaned verdict (see `factcheck orphans`) onto a claim")
    p.add_argument("claim_id", metavar="CLAIM_ID", help="the vanished claim's id, as `factcheck orphans` lists it")
    p.add_argument("--to", required=True, metavar="CLAIM_ID", help="the claim that takes the verdict and note")
    p.add_argument("--reviewer", help="who restores (recorded; the verdict stays its reviewer's)")
    p.set_defaults(run=run)


def run(args) -> int:
    config = config_from(args)
    ids = []
    for value in (args.claim_id, args.to):
        try:
            ids.append(int(value))
        except ValueError:
            raise FactcheckError(f"claim id must be a number, not {value!r}") from None
    with store_from(args, write=True) as store:
        done = restore(store, ids[0], ids[1], config.reviewer_name(args.reviewer, store.user))
    print(f"claim {ids[1]}: {done['verdict'] or 'note'} by {done['reviewer']} restored from vanished claim {ids[0]}")
    return 0
