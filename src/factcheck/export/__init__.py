"""Exports: Markdown (the report for an editor), ClaimReview JSON-LD, CSV and JSON.

``write_export(store, "markdown", path, config)`` is what ``factcheck export`` and the TUI's ``e`` call.
A file is written whole or not at all: into a temporary file beside it, then renamed over it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from factcheck.config import Config
from factcheck.errors import FactcheckError
from factcheck.export import claimreview, markdown, tabular
from factcheck.export.data import RELATED_LIMIT, ExportData, collect
from factcheck.store import Store

# format name -> (renderer, usual file extension)
FORMATS: dict[str, tuple[Callable[[ExportData], str], str]] = {
    "markdown": (markdown.render, ".md"),
    "claimreview": (claimreview.render, ".jsonld"),
    "csv": (tabular.render_csv, ".csv"),
    "json": (tabular.render_json, ".json"),
}


def render(
    store: Store, fmt: str, config: Config, *, include_unreviewed: bool = False, article_ids: list[int] | None = None
) -> str:
    if fmt not in FORMATS:
        raise FactcheckError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if article_ids is not None:
        known = {row["id"] for row in store.query("SELECT id FROM articles")}
        if missing := [str(i) for i in article_ids if i not in known]:
            raise FactcheckError(f"no article with id {', '.join(missing)}")
    data = collect(
        store, config, include_unreviewed=include_unreviewed, article_ids=article_ids,
        with_related=fmt != "claimreview",  # ClaimReview has no place for them
        related_limit=0 if fmt == "csv" else RELATED_LIMIT,  # CSV shows only how many
    )
    return FORMATS[fmt][0](data)


def write_export(
    store: Store,
    fmt: str,
    path: Path | None,
    config: Config,
    *,
    include_unreviewed: bool = False,
    article_ids: list[int] | None = None,
) -> Path | None:
    """Render and write to ``path`` (None: standard output). Returns the path written."""
    if path is not None:
        check_destination(Path(path))
    text = render(store, fmt, config, include_unreviewed=include_unreviewed, article_ids=article_ids)
    if path is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return None
    return write_atomic(Path(path), text)


def check_destination(path: Path) -> None:
    parent = path.parent
    if path.is_dir():
        raise FactcheckError(f"{path} is a directory; give a file name to export to")
    if not parent.is_dir():
        raise FactcheckError(f"cannot export to {path}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise FactcheckError(f"cannot export to {path}: directory {parent} is not writable")


def write_atomic(path: Path, text: str) -> Path:
    check_destination(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():  # keep the permissions of the file being replaced
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise FactcheckError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
