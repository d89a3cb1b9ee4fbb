"""Shared helpers for the reliability suite: a seeded database, byte-exact snapshots, CLI runners.

Subprocesses run the real CLI (``python -m factcheck``) with the same interpreter; in-process runs go
through ``factcheck.cli.main`` like tests/test_cli.py does.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.store import Store
from factcheck.store import articles as store_articles
from tests.conftest import make_analysis

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = HERE / "fixtures"

# Sentences for a store that does not depend on the claim heuristics (see tests.conftest.make_analysis).
SENTENCES = [f"Claim number {i} says the budget grew by {i % 9 + 1} percent in 2023." for i in range(40)]


def sqlite_snapshot(path: Path) -> tuple[bytes, list[str]]:
    """The file's bytes and its SQL dump (read through a read-only URI so nothing is written)."""
    data = Path(path).read_bytes()
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            dump = list(conn.iterdump())
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # not a database at all: the bytes say it all
        dump = [f"<{exc}>"]
    return data, dump


def checkpointed(path: Path) -> None:
    """Fold the WAL into the main file so the file's bytes are the whole database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def make_store(path: Path, sentences: list[str] = SENTENCES, title: str = "Seeded") -> list[int]:
    """A database with one hand-built article; returns its claim ids."""
    with Store(path) as store:
        store.write(lambda: store_articles.save(store, make_analysis(sentences, title=title)))
        ids = [r[0] for r in store.conn.execute("SELECT id FROM claims ORDER BY id")]
    checkpointed(path)
    return ids


@pytest.fixture
def seeded_db(tmp_path) -> Path:
    """A database with one article of 40 claims, the WAL checkpointed."""
    path = tmp_path / "seeded.db"
    make_store(path)
    return path


def run_main(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    env.update(FACTCHECK_CONFIG=str(tmp_path / "no-config.toml"), PYTHONUNBUFFERED="1", **extra)
    return env


def run_cli(tmp_path: Path, *argv: str, preexec_fn=None, timeout: float = 180, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *argv],
        capture_output=True, text=True, timeout=timeout, env=cli_env(tmp_path, **env), preexec_fn=preexec_fn,
    )


# --- running as an unprivileged user -----------------------------------------------------------
# As root, chmod does not stop reads or writes. Instead of skipping, the child process drops the
# capabilities that let root ignore file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) from
# its bounding set before exec; it keeps uid 0, so it can still reach the interpreter under /root.
_PR_CAPBSET_DROP = 24
_DAC_CAPS = (1, 2)


def _drop_dac_caps() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _DAC_CAPS:
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def permissions_preexec():
    """A preexec_fn under which file permissions apply to the child, or skip the test saying why."""
    if os.geteuid() != 0:
        return None
    if not sys.platform.startswith("linux"):
        pytest.skip("running as root on a system without Linux capabilities: chmod cannot deny root")
    try:
        probe = subprocess.run([sys.executable, "-c", "pass"], preexec_fn=_drop_dac_caps, capture_output=True)
        dropped = probe.returncode == 0
    except (OSError, subprocess.SubprocessError):
        dropped = False
    if not dropped:
        pytest.skip("running as root and cannot drop CAP_DAC_OVERRIDE (no CAP_SETPCAP): chmod cannot deny root")
    return _drop_dac_caps


def copy_db(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "slow: takes seconds (subprocesses, big files); still runs in CI")
