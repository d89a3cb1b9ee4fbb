"""importer.add_paths writes analyses a batch at a time, each article whole or not at all."""

from __future__ import annotations

import pytest

import factcheck.importer as importer
from factcheck.importer import add_paths
from factcheck.store.claims import list_claims


def _files(tmp_path, n):
    for i in range(n):
        (tmp_path / f"a{i}.txt").write_text(f"Spotify paid {i + 2} million dollars in 2024, the company said.\n")
    return [tmp_path]


def test_a_batch_of_articles_is_added_with_progress_for_each(store, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "BATCH_ARTICLES", 3)
    seen = []
    report = add_paths(store, _files(tmp_path, 7), on_progress=lambda d, t, c, p: seen.append((d, t)), match=False)
    assert len(report.added) == 7 and not report.failed
    assert seen == [(0, 7)] + [(i, 7) for i in range(1, 8)]
    assert len(list_claims(store)) == 7


def test_a_failing_save_keeps_the_articles_before_it_and_nothing_of_its_own(store, tmp_path, monkeypatch):
    real = importer.save_or_replace
    calls = []

    def flaky(store_, analysis):
        calls.append(analysis)
        if len(calls) == 3:
            real(store_, analysis)  # half-written, then fails: the savepoint must undo it
            raise RuntimeError("disk on fire")
        return real(store_, analysis)

    monkeypatch.setattr(importer, "save_or_replace", flaky)
    with pytest.raises(RuntimeError, match="disk on fire"):
        add_paths(store, _files(tmp_path, 5), match=False)
    stored = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stored == 2
    assert store.conn.execute("SELECT count(DISTINCT article_id) FROM claims").fetchone()[0] == 2


def test_garbage_collector_thresholds_are_put_back(store, tmp_path):
    import gc

    before = gc.get_threshold()
    add_paths(store, _files(tmp_path, 2), match=False)
    assert gc.get_threshold() == before


WORKERS_SCRIPT = r"""
import json, sys
from pathlib import Path
import factcheck.importer as importer
from factcheck.core.pipeline import analyse_file
from factcheck.store import Store

folder, out = Path(sys.argv[1]), {}
importer._free_cores = lambda: 2.0  # as on an idle 2-core machine, whatever else runs now
files = importer.collect_files([folder], importer.AddReport())
for mode, minimum in (("workers", 2), ("one", 10**9)):
    importer.PARALLEL_MIN_FILES = minimum
    out[mode + "_count"] = importer._worker_count(files, analyse_file)
    with Store(folder.parent / f"{mode}.db") as store:
        report = importer.add_paths(store, [folder], match=False)
        out[mode] = [list(r) for r in store.conn.execute(
            "SELECT a.path, c.char_start, c.char_end, c.score, c.kinds, c.reasons FROM claims c"
            " JOIN articles a ON a.id = c.article_id ORDER BY a.path, c.char_start")]
        out[mode + "_failed"] = report.failed
print(json.dumps(out))
"""


def test_forked_workers_store_what_one_process_stores(tmp_path):
    """Run in a fresh single-threaded process (pytest-xdist runs threads, and the importer forks
    only a process without other threads): same claims, scores and failures either way."""
    import json
    import subprocess
    import sys

    folder = tmp_path / "articles"
    folder.mkdir()
    _files(folder, 6)
    (folder / "da.md").write_text("# Overskrift\n\nIfølge Reuters betalte Nordea 20 millioner kroner i 2023.\n")
    (folder / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\nnot text")
    run = subprocess.run([sys.executable, "-c", WORKERS_SCRIPT, str(folder)], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["workers_count"] == 2
    assert out["one_count"] == 0
    assert out["workers"] == out["one"] and len(out["one"]) == 8
    assert out["workers_failed"] == out["one_failed"] and len(out["one_failed"]) == 1


@pytest.mark.parametrize(("free", "threads", "files", "expected"),
                         [(2.0, 1, 600, 2), (1.2, 1, 600, 0), (2.0, 2, 600, 0), (2.0, 1, 100, 0), (7.6, 1, 600, 4)])
def test_workers_only_for_large_batches_on_idle_cores_without_threads(monkeypatch, free, threads, files, expected):
    from factcheck.core.pipeline import analyse_file

    monkeypatch.setattr(importer, "_free_cores", lambda: free)
    monkeypatch.setattr(importer.threading, "active_count", lambda: threads)
    assert importer._worker_count([f"{i}.txt" for i in range(files)], analyse_file) == expected
    assert importer._worker_count([f"{i}.txt" for i in range(files)], lambda p, m: None) == 0


def test_free_cores_is_the_idle_share_of_the_cores(monkeypatch):
    """From two /proc/stat readings: cores x idle ticks / all ticks between them; where /proc/stat
    cannot be read, cores less the 1-minute load average."""
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    readings = iter([(1_000, 10_000), (1_150, 10_200)])  # 150 of the 200 ticks between them idle
    monkeypatch.setattr(importer, "_cpu_ticks", lambda: next(readings))
    monkeypatch.setattr(importer.time, "sleep", lambda seconds: None)
    assert importer._free_cores() == pytest.approx(cores * 0.75)

    def unreadable():
        raise OSError("no /proc here")

    monkeypatch.setattr(importer, "_cpu_ticks", unreadable)
    monkeypatch.setattr(importer.os, "getloadavg", lambda: (0.5, 0.4, 0.3))
    assert importer._free_cores() == pytest.approx(cores - 0.5)


def test_cpu_ticks_read_this_machine():
    import os

    if not os.path.exists("/proc/stat"):
        pytest.skip("no /proc/stat: _free_cores uses the load average here (tested above)")
    idle, total = importer._cpu_ticks()
    assert 0 < idle < total
    later_idle, later_total = importer._cpu_ticks()
    assert later_idle >= idle and later_total >= total
