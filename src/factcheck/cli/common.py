"""Pieces several commands share: opening the store, JSON and table output."""

from __future__ import annotations

import json
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from factcheck.config import Config, load_config
from factcheck.errors import FactcheckError
from factcheck.store import Store, default_db_path, is_postgres_url, open_store


def store_from(args, write: bool = False, create: bool = False) -> Store:
    """The --db store; ``write=True`` for a command that changes it: a read-only file fails at once
    (one line, nothing done). Reading commands open a read-only file read-only and work.

    Only commands that bring work in (``create=True``: add, merge, the workbench) make a new
    database, and say so on stderr; any other command on a missing file is a mistyped path, and
    creating an empty database there would hide the mistake."""
    location = args.db or default_db_path()
    if is_postgres_url(str(location)):  # a server database: created empty by its administrator
        return open_store(str(location), write=write)
    path = Path(location)
    if not create and not path.exists():
        raise FactcheckError(f"{path}: no such database file (check the path; `factcheck add` makes a new one)")
    if not create and path.is_file() and path.stat().st_size == 0:
        raise FactcheckError(f"{path} is an empty file, not a factcheck database (`factcheck add` makes one there)")
    store = open_store(args.db, write=write)
    if store.created:  # said by the one process that made it, when two start at once
        print(f"factcheck: created a new database {path}", file=sys.stderr)
    return store


def config_from(args) -> Config:
    return load_config()


def meaning_status(args):
    """Whether matching by meaning is on for this command, and if not, why (core.semantic.Availability)."""
    from factcheck.core.semantic import available

    return available(enabled=not getattr(args, "no_semantic", False) and load_config().semantic)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def one_line(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def terminal_width() -> int:
    return shutil.get_terminal_size((120, 24)).columns


@contextmanager
def counting_bar(total: int, label: str, unit: str):
    """A progress callback (done, total) drawing ``label``, a bar, "done/total ``unit``" and an ETA on
    stderr when it is a terminal; None otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn(unit), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda done, _total: progress.update(task, completed=done)
