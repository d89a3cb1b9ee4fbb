"""Pieces several commands share: opening the store, JSON and table output."""

from __future__ import annotations

import json
import shutil
import sys
from typing import Any

from factcheck.config import Config, load_config
from factcheck.store import Store, open_store


def store_from(args, write: bool = False) -> Store:
    """The --db store; ``write=True`` for a command that changes it: a read-only file fails at once
    (one line, nothing done). Reading commands open a read-only file read-only and work."""
    return open_store(args.db, write=write)


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
