"""Adding article files to a store: the loop behind ``factcheck add``, ``factcheck PATH`` and the TUI.

A bad file is named and skipped; the good ones are added, each whole or not at all (a savepoint
each, a few per transaction: see ``_Batch``), so a failure half-way leaves every earlier article
complete and nothing half-written.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

from factcheck.collection import Columns, Row, is_collection, read_rows
from factcheck.core.claims import DEFAULT_THRESHOLD
from factcheck.core.ingest import DEFAULT_MAX_BYTES, article_files
from factcheck.core.models import Analysis
from factcheck.core.pipeline import analyse, analyse_file, warm_up
from factcheck.errors import FactcheckError
from factcheck.store import Store
from factcheck.store.reanchor import Update, save_or_replace


@dataclass
class AddReport:
    added: list[int] = field(default_factory=list)  # new article ids
    existing: list[int] = field(default_factory=list)  # already stored (same text)
    failed: list[str] = field(default_factory=list)  # "PATH: reason", one per bad file or path
    claims: int = 0  # check-worthy claims in the new articles
    sentences: int = 0
    bytes: int = 0
    matches: int = 0  # related pairs (as `factcheck match` lists them) involving the new articles
    updated: list[Update] = field(default_factory=list)  # edited files re-added (issue 6, store/reanchor.py)

    def summary(self) -> str:
        parts = [f"added {len(self.added)} article{'s' * (len(self.added) != 1)}"]
        parts.append(f"{self.claims} claims in {self.sentences} sentences")
        if self.added:
            parts.append(f"{self.matches} match{'es' * (self.matches != 1)} with other articles")
        if self.existing:
            parts.append(f"{len(self.existing)} already stored")
        if self.updated:  # issue 6: "updated 1 article: a.txt: 5 verdicts kept, 1 vanished: “…” (false)"
            n = len(self.updated)
            parts.append(f"updated {n} article{'s' * (n != 1)}: " + "; ".join(u.summary() for u in self.updated))
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        return ", ".join(parts)


# Large batches are analysed in worker processes forked from this one, so they inherit the loaded
# language model and rates (core/pipeline.py warm_up) instead of loading them again (spawn workers
# did, and were slower than one process). Measured on this 2-core machine, 1,000 benchmark articles
# (4.1 MB): with other jobs at load ~1, one process 1.02-1.06 MB/s, two forked workers 1.34-1.48;
# at load ~3, one process 0.82-0.97 and the workers 0.90-1.12. 300 articles were faster in a pool
# at load ~1 and slower at load ~3 (each worker compiles each language's rules again), 50 always
# slower: hence 500. And as workers lose when the cores are busy with other work, as many are used
# as cores are idle, none if fewer than 1.5 are (``_free_cores``). (The
# processes are forked before the pool starts its manager thread.)
# Forking a process that runs other threads is unsafe (a lock held by another thread stays locked
# in the child), so workers are used only when this is the only thread: not in the TUI, which
# calls this from a thread (the CLI's progress bar is drawn from ``on_progress``, threadless).
PARALLEL_MIN_FILES = 500
MAX_WORKERS = 4

# on_progress(files done, files in all, check-worthy claims so far, the file just done)
Progress = Callable[[int, int, int, Path | None], None]


def collect_files(paths: Iterable[Path], report: AddReport) -> list[Path]:
    """Every article file under the given paths; a missing or empty path goes to report.failed."""
    files: list[Path] = []
    for path in paths:
        try:
            files += article_files(Path(path))
        except FactcheckError as exc:
            report.failed.append(str(exc))
    unique: dict[str, Path] = {}
    for file in files:  # a file named twice is read once, also as "./a.txt" and "../dir/a.txt"
        unique.setdefault(os.path.realpath(file), file)
    return list(unique.values())


def add_paths(
    store: Store,
    paths: Iterable[Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_progress: Progress | None = None,
    analyse: Callable[[Path, int], Analysis] = analyse_file,
    match: bool = True,
    on_matching: Callable[[], None] | None = None,
    columns: Columns | None = None,
) -> AddReport:
    """Add every article file under ``paths``, and every row of the collections among them (CSV,
    TSV, JSON, JSON lines: ``columns`` says which column is what); then, unless ``match`` is false,
    match the new articles' claims against the stored ones (``on_matching`` is called as that
    starts: on a large batch it takes a while)."""
    report = AddReport()
    files = expand_collections(collect_files(paths, report), report, columns or Columns(), max_bytes)
    if on_progress:
        on_progress(0, len(files), 0, None)
    batch = _Batch(store, report, len(files), on_progress)
    with _fewer_collections():
        try:
            for path, result in _analyses(files, max_bytes, analyse):
                batch.add(path, result)
        finally:
            batch.flush()
    # --- matching (issue 3): the new articles' claims against every stored claim, incrementally.
    if match and (report.added or report.updated):
        from factcheck.store.matches import match_articles

        if on_matching:
            on_matching()
        # by signature only: their sentences have no vectors yet (the caller embeds them, then
        # matches by meaning: cli/add.py, the workbench)
        report.matches = match_articles(store, report.added + [u.new_article_id for u in report.updated], meaning=False)
    return report


def expand_collections(files: list[Path], report: AddReport, columns: Columns, max_bytes: int) -> list[Path | Row]:
    """The files, each collection among them replaced by its rows (a bad row or an unreadable
    collection is a line in ``report.failed``)."""
    items: list[Path | Row] = []
    for file in files:
        if not is_collection(file):
            items.append(file)
            continue
        try:
            rows, bad = read_rows(file, columns, max_bytes)
        except FactcheckError as exc:
            report.failed.append(str(exc))
            continue
        report.failed += bad
        items += rows
    return items


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while articles are analysed. An analysis makes
    thousands of small objects that refcounting frees, yet every 700 allocations start a
    collection: on the 1,000-article benchmark ~560 collections, 4 of them walking every object
    (the language model's memo, CLDR data), took ~0.38 s of ~4.5 s; with these thresholds ~0.05 s.
    The thresholds are the process's, so they are put back as they were."""
    before = gc.get_threshold()
    gc.set_threshold(20_000, 50, 1_000)
    try:
        yield
    finally:
        gc.set_threshold(*before)


# Analysed articles are written a few at a time: one COMMIT per article cost ~1 ms (WAL pages of the
# same index tails written again and again, FTS segments flushed), a third of the time of saving.
# Each article keeps its own savepoint, so it is still stored whole or not at all; the write lock is
# taken only while a batch is written, never while an article is analysed, and a batch waits at
# most BATCH_SECONDS, so the TUI and other writers still get their turn and progress stays live.
BATCH_ARTICLES = 32
BATCH_SECONDS = 0.25


class _Batch:
    """Analyses waiting to be written, and the files whose turn in ``on_progress`` comes with them."""

    def __init__(self, store: Store, report: AddReport, total: int, on_progress: Progress | None) -> None:
        self.store, self.report, self.total, self.on_progress = store, report, total, on_progress
        self.waiting: list[tuple[Path, Analysis | FactcheckError]] = []
        self.since = 0.0
        self.done = 0

    def add(self, path: Path, result: Analysis | FactcheckError) -> None:
        if not self.waiting:
            self.since = time.monotonic()
        self.waiting.append((path, result))
        if len(self.waiting) >= BATCH_ARTICLES or time.monotonic() - self.since >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the waiting analyses in one transaction, one savepoint each; an article whose save
        fails is rolled back alone, the ones before it are committed, then the error is raised."""
        waiting, self.waiting = self.waiting, []
        analyses = [r for _, r in waiting if not isinstance(r, FactcheckError)]
        saved, failure = self.store.write(lambda: _save_all(self.store, analyses)) if analyses else ([], None)
        outcomes = iter(saved)
        for path, result in waiting:
            if isinstance(result, FactcheckError):
                self.report.failed.append(str(result))
            else:
                outcome = next(outcomes, None)
                if outcome is None:  # not saved: the failure below
                    break
                _record(result, outcome, self.report)
            self.done += 1
            if self.on_progress:
                self.on_progress(self.done, self.total, self.report.claims, path)
        if failure is not None:
            raise failure


def _save_all(store: Store, analyses: list[Analysis]) -> tuple[list, BaseException | None]:
    saved = []
    for analysis in analyses:
        try:
            with store.transaction():  # nested: a savepoint
                # issue 6: a new version of a file added before replaces it, keeping verdicts
                saved.append(save_or_replace(store, analysis))
        except Exception as exc:  # noqa: BLE001 (re-raised by the caller once the others are committed)
            return saved, exc
    return saved, None


def _analyses(
    files: list[Path], max_bytes: int, analyse: Callable[[Path, int], Analysis]
) -> Iterator[tuple[Path, Analysis | FactcheckError]]:
    """(file, its analysis or the error that rejected it), in order."""
    for path, result in _results(files, max_bytes, analyse):
        if isinstance(result, FactcheckError):
            yield path, result
            continue
        article = result.article
        if article.path and not os.path.isabs(article.path):
            # stored absolute: re-adding the file from another directory finds this version
            # (store/reanchor.py); the paths in messages stay as the user typed them
            result.article = dataclasses.replace(article, path=os.path.abspath(article.path))
        yield path, result


def _results(
    files: list[Path], max_bytes: int, analyse: Callable[[Path, int], Analysis]
) -> Iterator[tuple[Path, Analysis | FactcheckError]]:
    workers = _worker_count(files, analyse)
    if not workers:
        for path in files:
            try:
                yield path, _analyse_row(path, max_bytes) if isinstance(path, Row) else analyse(path, max_bytes)
            except FactcheckError as exc:
                yield path, exc
        return
    warm_up()  # loaded once here, inherited by every worker
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        yield from zip(files, pool.map(_analyse_or_error, files, repeat(max_bytes), chunksize=8))
    finally:  # on an error, do not analyse the files still queued
        pool.shutdown(wait=True, cancel_futures=True)


def _worker_count(files: list[Path], analyse: Callable[[Path, int], Analysis]) -> int:
    """How many worker processes to fork for ``files``; 0: analyse them in this process."""
    if analyse is not analyse_file or len(files) < PARALLEL_MIN_FILES:
        return 0
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 0
    free = _free_cores()
    return min(int(free + 0.5), MAX_WORKERS) if free >= 1.5 else 0


def _free_cores() -> float:
    """Cores not busy with other work right now. Workers only pay when cores are idle: on this
    2-core machine with one other busy process, two workers took 4.1-6.3 s for the benchmark and
    one process 3.6-5.0 s. Measured over 0.15 s from /proc/stat (the load average lags a minute
    behind, so it counted our own work of a moment ago); where there is none, the load average."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    try:
        before = _cpu_ticks()
        time.sleep(0.15)
        after = _cpu_ticks()
        idle, total = after[0] - before[0], after[1] - before[1]
        return cores * idle / total
    except (OSError, ValueError, IndexError, ZeroDivisionError):
        try:
            return cores - os.getloadavg()[0]
        except OSError:
            return float(cores)


def _cpu_ticks() -> tuple[int, int]:
    """(idle, all) clock ticks of every CPU since boot, from the first line of /proc/stat."""
    with open("/proc/stat", encoding="ascii") as f:
        fields = [int(x) for x in f.readline().split()[1:9]]  # user nice system idle iowait irq softirq steal
    return fields[3] + fields[4], sum(fields)


def _analyse_row(row: Row, max_bytes: int) -> Analysis:
    return analyse(row.article(max_bytes))


def _analyse_or_error(path: Path | Row, max_bytes: int) -> Analysis | FactcheckError:
    try:
        return _analyse_row(path, max_bytes) if isinstance(path, Row) else analyse_file(path, max_bytes)
    except FactcheckError as exc:
        return exc


def _record(analysis: Analysis, outcome: tuple[int, bool, Update | None], report: AddReport) -> None:
    article_id, created, update = outcome
    if update is not None:
        report.updated.append(update)
        return
    if not created:
        report.existing.append(article_id)
        return
    report.added.append(article_id)
    report.sentences += len(analysis.claims)
    report.claims += sum(1 for c in analysis.claims if c.score >= DEFAULT_THRESHOLD)
    report.bytes += len(analysis.article.text.encode("utf-8"))
