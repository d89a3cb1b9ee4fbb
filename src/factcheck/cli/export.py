"""``factcheck export --format markdown|claimreview|csv|json [-o FILE]``: verdicts for publishing or scripts."""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.cli.common import config_from, store_from
from factcheck.errors import FactcheckError
from factcheck.export import FORMATS, check_destination, write_export


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help="export verdicts: markdown report, ClaimReview JSON-LD, CSV, JSON")
    # not argparse choices: an unknown format gets our own one-line message listing the formats
    p.add_argument("--format", "-f", dest="fmt", default="markdown", metavar="FORMAT",
                   help=f"one of {', '.join(FORMATS)} (default markdown)")  # fmt: skip
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")
    p.add_argument("--include-unreviewed", action="store_true",
                   help="also list check-worthy claims nobody has reviewed yet")  # fmt: skip
    p.add_argument("--article", dest="articles", metavar="ID", type=_article_id, nargs="+", action="extend",
                   help="only these articles (ids as in `factcheck claims --json`)")  # fmt: skip
    p.set_defaults(run=run)


def _article_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise FactcheckError(f"article id must be a number, not {text!r}") from None


def run(args) -> int:
    if args.fmt not in FORMATS:
        raise FactcheckError(f"unknown export format {args.fmt!r}; choose one of: {', '.join(FORMATS)}")
    path = Path(args.output) if args.output not in (None, "-") else None
    if path is not None:
        check_destination(path)  # before any work, and before opening (or creating) the database
    config = config_from(args)
    with store_from(args) as store:
        written = write_export(
            store, args.fmt, path, config, include_unreviewed=args.include_unreviewed, article_ids=args.articles
        )
    if args.fmt == "claimreview" and not config.organisation_url:
        print("factcheck: warning: no organisation_url in the config, so the ClaimReview objects have no"
              " url (Google requires one)", file=sys.stderr)  # fmt: skip
    if written is not None:
        print(f"wrote {args.fmt} to {written}", file=sys.stderr)
    return 0
