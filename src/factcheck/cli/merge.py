"""``factcheck merge OTHER.db``: bring another reviewer's verdicts and notes into this database."""

from __future__ import annotations

from pathlib import Path

from factcheck.cli.common import config_from, print_json, store_from
from factcheck.store.merge import merge, open_readonly


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "merge", help="merge another reviewer's database into this one (differing verdicts become disputes)"
    )
    p.add_argument("other", metavar="OTHER.db", help="the other database (opened read-only)")
    p.add_argument("--reviewer", help="who is merging; signs notes the merge joins (default as for verdict)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=run)


def run(args) -> int:
    config = config_from(args)
    open_readonly(Path(args.other)).close()  # a bad other file fails before a new database is made
    with store_from(args, write=True, create=True) as store:
        report = merge(store, Path(args.other), reviewer=config.reviewer_name(args.reviewer, store.user))
    if args.json:
        print_json(vars(report))
        return 0
    print(report.summary())
    if report.disputed:
        print(f"disputed claims: {', '.join(map(str, report.disputed))}; see `factcheck disputes`")
    return 0
