"""``factcheck [PATH ...]``: add the given articles, then open the workbench on the database."""

from __future__ import annotations

import gc
from pathlib import Path

from factcheck.cli.add import add_and_report, add_size_option, max_bytes, no_articles_at
from factcheck.cli.common import config_from, store_from


def register(subparsers) -> None:
    p = subparsers.add_parser("open", help="open the workbench (adding PATHs first); the default command")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    add_size_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    # Imports and start-up make many objects and free few: the garbage collector is off until the
    # workbench's first screen is painted (see tui.app.run_app), but on while files are added.
    gc.disable()
    config = config_from(args)
    from factcheck.tui.keymap import checked_keymap

    checked_keymap(config.keys)  # a clash in [keys] is reported before any file is added
    if args.paths and no_articles_at(args):
        return 2
    with store_from(args, write=bool(args.paths), create=True) as store:
        if args.paths:
            gc.enable()
            report = add_and_report(store, args.paths, max_bytes(args))
            gc.disable()
            if report.failed and not (report.added or report.existing or report.updated):
                return 2
        db_path = store.location
    from factcheck.tui.app import run_app  # Textual is imported only when the UI is wanted

    run_app(db_path, config)
    return 0
