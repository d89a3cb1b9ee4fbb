"""``factcheck history CLAIM_ID [--json]``: every change to a claim's verdict and note, newest first."""

from __future__ import annotations

from factcheck.cli.common import one_line, print_json, store_from, terminal_width
from factcheck.errors import FactcheckError
from factcheck.store.verdicts import claim_history


def register(subparsers) -> None:
    p = subparsers.add_parser("history", help="who changed a claim's verdict or note, when (newest first)")
    p.add_argument("claim_id", metavar="CLAIM_ID", help="the claim's id (see `factcheck claims`)")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(run=run)


def run(args) -> int:
    try:
        claim_id = int(args.claim_id)
    except ValueError:
        raise FactcheckError(f"claim id must be a number, not {args.claim_id!r}") from None
    with store_from(args) as store:
        rows = claim_history(store, claim_id)
    if args.json:
        print_json([
            {key: row[key] for key in ("claim_id", "at", "reviewer", "old_verdict", "new_verdict", "old_note", "new_note",
                                       "reverts", "claim_text")}
            for row in rows
        ])
        return 0
    width = terminal_width()
    for line in history_lines(rows):
        print(one_line(line, width) if not line.startswith("    ") else line)
    print(f"claim {claim_id}: {len(rows)} change{'s' * (len(rows) != 1)}")
    return 0


def history_lines(rows: list[dict]) -> list[str]:
    """Per change: when, who, old -> new verdict, and the note when it changed (indented)."""
    lines = []
    for i, row in enumerate(rows):
        verdicts = f"{row['old_verdict'] or 'unreviewed'} -> {row['new_verdict'] or 'unreviewed'}"
        if row["old_verdict"] == row["new_verdict"]:
            verdicts = f"{row['new_verdict'] or 'unreviewed'} (verdict unchanged)"
        revert = "  (reverts the change before)" if row["reverts"] else ""
        lines.append(f"{short_time(row['at'])}  {row['reviewer']}: {verdicts}{revert}")
        if row["old_note"] != row["new_note"]:
            note = " ".join((row["new_note"] or "").split())
            lines.append(f"    note: {note}" if note else "    note removed")
        if i + 1 < len(rows) and row["claim_text"] != rows[i + 1]["claim_text"]:  # re-anchored in a re-add
            lines.append(f"    the article was edited; the claim now reads: {' '.join(row['claim_text'].split())}")
    return lines


def short_time(at: str) -> str:
    """'2024-08-12T09:30:05.123+00:00' -> '2024-08-12 09:30:05 UTC' (stored times are UTC)."""
    return at[:19].replace("T", " ") + (" UTC" if at.endswith("+00:00") else "")
