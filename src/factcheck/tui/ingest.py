"""Adding article files from inside the workbench, in a thread so the screen never freezes.

Also the matching of a store that has no matches yet. Workers open their own connection (SQLite connections belong to one thread) and reports
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
    """``stored``: whether any article is in the store after it (added, updated or already there)."""

    def __init__(self, summary: str, failed: list[str], stored: bool = False) -> None:
        super().__init__()
        self.summary, self.failed, self.stored = summary, failed, stored

    def toast(self, most: int = 3) -> tuple[str, str, str]:
        """(title, severity, message) of the toast that reports the add: "Add failed" with the
        reasons when nothing could be stored, "Added, some failed" when part of it could."""
        reasons = self.failed[:most] + ([f"and {len(self.failed) - most} more"] if len(self.failed) > most else [])
        if not self.failed:
            return "Added", "information", self.summary
        if not self.stored:
            return "Add failed", "error", "Nothing added: " + "; ".join(reasons)
        return "Added, some failed", "warning", self.summary + "\nFailed: " + "; ".join(reasons)


class EmbedProgress(Message):
    """Sentences embedded so far for matching by meaning (``done`` of ``total``)."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done, self.total = done, total


class MatchesReady(Message):
    """Matching finished with ``count`` related pairs; ``raised`` claims became check-worthy by
    meaning on the way (the screen reloads its claims then); ``rejudged``: the stored pairs older
    rules had judged were judged again."""

    def __init__(self, count: int, raised: int = 0, rejudged: int = 0) -> None:
        super().__init__()
        self.count, self.raised, self.rejudged = count, raised, rejudged


def ingest(db_path: Path, paths: list[Path], post, read_only: bool | None = None) -> None:
    """Run in a worker thread: add the files (the importer matches them as they come)."""
    from factcheck.importer import add_paths
    from factcheck.store.matches import refresh_matches

    with Store(db_path, read_only=read_only) as store:
        if store.read_only:
            post(IngestDone("Nothing added", [store.read_only_message()]))
            return
        report = add_paths(store, paths, on_progress=lambda d, t, _c, p: post(IngestProgress(d, t, p)))
        refresh_matches(store)
    post(IngestDone(report.summary(), report.failed, stored=bool(report.added or report.updated or report.existing)))


def match(db_path: Path, post, read_only: bool | None = None) -> None:
    """Run in a worker thread: compute matches for a store that has none yet (one written before
    matching existed) or judge again those older rules judged (after an upgrade); a no-op
    otherwise. Either way the matcher's modules are loaded here, off the main thread, and the
    screen is told related statements can be shown."""
    from factcheck.store.matches import refresh_matches, stale_pairs

    with Store(db_path, read_only=read_only) as store:
        stale = 0 if store.read_only else stale_pairs(store)
        count = 0 if store.read_only else refresh_matches(store)
    post(MatchesReady(count, rejudged=stale))


EMBED_CHUNK = 32  # sentences saved at a time while the workbench is open: quitting waits ~2 s at most


def embed(db_path: Path, post, stop, enabled: bool = True) -> None:
    """Run in a worker thread: embed the sentences that have no vector yet, a chunk at a time
    (``stop`` set: return after the current chunk), then match by meaning and tell the screen.
    Nothing happens when the model cannot run here or is switched off."""
    from factcheck.core.semantic import available

    if not available(enabled):
        return
    from factcheck.embedding import embed_pending, raise_by_meaning
    from factcheck.store.embeddings import pending
    from factcheck.store.matches import rebuild

    with Store(db_path) as store:
        if store.read_only:
            return
        total = len(pending(store))
        if total:
            post(EmbedProgress(0, total))
            embed_pending(store, on_progress=lambda done, of: post(EmbedProgress(done, of)), stop=stop,
                          chunk=EMBED_CHUNK)
            if stop.is_set():
                return
        # claims embedded before the classifier existed (or by `add`) are read too
        raised = len(raise_by_meaning(store))
        if not (total or raised):
            return
        count = rebuild(store, meaning=True)
    if total:
        post(EmbedProgress(total, total))
    post(MatchesReady(count, raised))
