"""``factcheck add PATH ...``: ingest article files and folders, with a progress bar on a terminal."""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.cli.common import counting_bar, meaning_status, store_from
from factcheck.core.models import DEFAULT_MAX_BYTES
from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from factcheck.collection import Columns
    from factcheck.importer import AddReport
    from factcheck.store import Store

# The importer, its readers and language identification are imported where they are used: `open`
# registers --max-mb too, and the workbench on an existing database needs none of them.

REDRAW_SECONDS = 0.1  # the progress bar's redraw rate, at most


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "add", help="add article files or folders (.txt, .md, .html), or collections (.csv, .tsv, .json, .jsonl)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add_size_option(p)
    named = p.add_argument_group("collections", "which column of a CSV/TSV/JSON/JSON-lines file holds what")
    for what, default in (("text", "text"), ("title", "title"), ("date", "date"), ("url", "url")):
        named.add_argument(f"--{what}-column", default=default, metavar="NAME", help=f"default: {default}")
    p.set_defaults(run=run)


def add_size_option(parser) -> None:
    parser.add_argument(
        "--max-mb",
        type=float,
        metavar="MB",
        help=f"refuse files larger than this (default: $FACTCHECK_MAX_MB or {DEFAULT_MAX_BYTES // 2**20})",
    )


def max_bytes(args) -> int:
    value = args.max_mb if args.max_mb is not None else os.environ.get("FACTCHECK_MAX_MB")
    if value is None:
        return DEFAULT_MAX_BYTES
    try:
        mb = float(value)
    except ValueError:
        raise FactcheckError(f"FACTCHECK_MAX_MB must be a number of megabytes, not {value!r}") from None
    if mb <= 0:
        raise FactcheckError("the size limit must be more than 0 MB")
    return int(mb * 2**20)


def run(args) -> int:
    if no_articles_at(args):
        return 2
    with store_from(args, write=True, create=True) as store:
        report = add_and_report(
            store, args.paths, max_bytes(args), columns_from(args), meaning=bool(meaning_status(args))
        )
    return 2 if report.failed else 0


def no_articles_at(args) -> bool:
    """True, having printed why, when none of the paths holds an article file: checked before the
    database is opened, so a mistyped path does not leave a new empty database behind."""
    from factcheck.importer import AddReport, collect_files

    report = AddReport()
    if collect_files(args.paths, report):
        return False
    for failure in report.failed:
        print(f"factcheck: error: {failure}", file=sys.stderr)
    return True


def columns_from(args) -> Columns:
    from factcheck.collection import Columns

    return Columns(args.text_column, args.title_column, args.date_column, args.url_column)


def add_and_report(
    store: Store, paths: list[Path], limit: int, columns: Columns | None = None, meaning: bool = False
) -> AddReport:
    """Add, with a progress bar when stderr is a terminal; print errors and a summary line. With
    ``meaning``, a few new articles are embedded and matched by meaning too (a large batch is left
    to ``factcheck embed``, so adding stays fast)."""
    from factcheck import importer

    with _progress_bar() as (on_progress, on_matching):
        report = importer.add_paths(store, paths, limit, on_progress, on_matching=on_matching, columns=columns)
    new = report.added + [u.new_article_id for u in report.updated]
    if meaning and new:
        _embed_new(store, new, report)
    for failure in report.failed:
        print(f"factcheck: error: {failure}", file=sys.stderr)
    if report.failed and not (report.added or report.existing or report.updated):
        return report  # nothing but errors: those lines say it all (one bad file, one line)
    print(report.summary())
    return report


def _embed_new(store: Store, article_ids: list[int], report: AddReport) -> None:
    from factcheck.embedding import ADD_LIMIT, embed_pending, raise_by_meaning
    from factcheck.store.embeddings import pending
    from factcheck.store.matches import match_articles

    waiting = len(pending(store, article_ids))
    if waiting > ADD_LIMIT:
        print(f"{waiting} new sentences to embed for matching by meaning: run `factcheck embed` "
              f"(or open the workbench, which embeds while you work)", file=sys.stderr)
        return
    if waiting:
        with embedding_bar(waiting) as on_progress:
            embed_pending(store, article_ids, on_progress)
    raise_by_meaning(store, article_ids)  # before matching: the importer matched them without these
    report.matches = match_articles(store, article_ids, meaning=True)


def embedding_bar(total: int):
    """A progress callback (done, total) drawing 'embedding' with an ETA on stderr when it is a terminal."""
    return counting_bar(total, "embedding", "sentences")


@contextmanager
def _progress_bar():
    """(on_progress, on_matching) callbacks drawing a progress bar on stderr, or Nones when stderr
    is not a terminal."""
    if not sys.stderr.isatty():
        yield None, None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("files · {task.fields[claims]} claims"), TimeRemainingColumn(),
    )
    # Redrawn from the progress callback, not by rich's refresh thread: with no other thread
    # running, the importer may fork worker processes for a large batch (see importer.py).
    with Progress(*columns, console=Console(stderr=True), transient=True, auto_refresh=False) as progress:
        task = progress.add_task("adding", total=None, claims=0)
        drawn = [0.0]

        def on_progress(done: int, total: int, claims: int, path) -> None:
            now = time.monotonic()
            redraw = now - drawn[0] >= REDRAW_SECONDS or done == total
            progress.update(task, completed=done, total=total, claims=claims, refresh=redraw)
            if redraw:
                drawn[0] = now

        def on_matching() -> None:
            progress.update(task, description="matching", refresh=True)

        yield on_progress, on_matching
