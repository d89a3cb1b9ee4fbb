"""``factcheck orphans``: verdicts whose claim vanished when its article was re-added."""

from __future__ import annotations

from factcheck.cli.common import one_line, print_json, store_from, terminal_width
from factcheck.store.orphans import list_orphans


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "orphans", help="verdicts whose claim vanished when its article was re-added (put back with restore)"
    )
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--all", action="store_true", help="include the ones already restored")
    p.set_defaults(run=run)


def run(args) -> int:
    with store_from(args) as store:
        rows = list_orphans(store, include_restored=args.all)
    if args.json:
        print_json(rows)
        return 0
    width = terminal_width()
    for r in rows:
        state = f"restored to {r['restored_to']}" if r["restored_to"] else "orphaned"
        head = f"{r['claim_id']:>5}  {(r['verdict'] or 'note'):12} {r['reviewer']:10} {r['article']['file'] or '?'}: "
        print(head + one_line(r["claim_text"], max(width - len(head) - len(state) - 3, 20)) + f"  ({state})")
        if r["note"]:
            print(" " * 7 + "note: " + one_line(r["note"], max(width - 13, 20)))
    if not rows:
        print("no verdicts are orphaned" if not args.all else "no verdicts were ever orphaned")
    else:
        print(f"{len(rows)} orphaned verdict{'s' * (len(rows) != 1)}; "
              "put one back with `factcheck restore CLAIM_ID --to NEW_CLAIM_ID`")
    return 0
