"""``factcheck [PATH ...]``: add the given articles, then open the workbench on the database."""

from __future__ import annotations

from pathlib import Path

from factcheck.cli.add import add_and_report, add_size_option, max_bytes, no_articles_at
from factcheck.cli.common import config_from, store_from
from factcheck.tui import startup  # no Textual: the interpreter's settings while the workbench starts


def register(subparsers) -> None:
    p = subparsers.add_parser("open", help="open the workbench (adding PATHs first); the default command")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    add_size_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    startup.begin()  # the imports too are start-up; the workbench ends it at its first screen
    try:
        return _open(args)
    finally:  # however it ended (an error, a refused file): the usual settings again
        startup.end(freeze=False)


def _open(args) -> int:
    config = config_from(args)
    from factcheck.tui.keymap import checked_keymap

    checked_keymap(config.keys)  # a clash in [keys] is reported before any file is added
    if args.paths and no_articles_at(args):
        return 2
    with store_from(args, write=bool(args.paths), create=True) as store:
        if args.paths:
            startup.end(freeze=False)  # adding may take long: the usual settings meanwhile
            report = add_and_report(store, args.paths, max_bytes(args))
            startup.begin()
            if report.failed and not (report.added or report.existing or report.updated):
                return 2
        db_path = store.location
    from factcheck.tui.app import run_app  # Textual is imported only when the UI is wanted

    run_app(db_path, config)
    return 0
