"""Adding article files from inside the workbench, in a thread so the screen never freezes.

The worker opens its own connection (SQLite connections belong to one thread) and reports
progress to the screen with messages.
"""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from factcheck.store import Store


class IngestProgress(Message):
    def __init__(self, done: int, total: int, path: Path | None) -> None:
        super().__init__()
        self.done, self.total, self.path = done, total, path


class IngestDone(Message):
    def __init__(self, summary: str, failed: list[str]) -> None:
        super().__init__()
        self.summary, self.failed = summary, failed


def ingest(db_path: Path, paths: list[Path], post) -> None:
    """Run in a worker thread: add the files, then refresh matches if the matcher offers it."""
    from factcheck.importer import add_paths

    with Store(db_path) as store:
        report = add_paths(store, paths, on_progress=lambda d, t, _c, p: post(IngestProgress(d, t, p)))
        _match(store)
    post(IngestDone(report.summary(), report.failed))


def _match(store: Store) -> None:
    try:
        from factcheck.store.matches import refresh_matches  # provided by the matcher
    except ImportError:
        return
    refresh_matches(store)
