"""Two processes adding disjoint articles at once end with the same matches as adding them in turn
(both engines): each add matches its new claims against whatever the other has committed, so no
pair between the two batches is lost to the race."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ENGINES

ROOT = Path(__file__).resolve().parents[2]
COMPANIES = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Woodgrove", "Litware"]


def _write_articles(folder: Path, first: int, count: int) -> Path:
    folder.mkdir()
    for i in range(first, first + count):
        a, b = COMPANIES[i % 6], COMPANIES[(i + 1) % 6]
        (folder / f"story{i}.txt").write_text(
            f"date 2024-0{1 + i % 9}\n\n{a} deal\n\n"
            f"According to filings, {a} paid {b} ${10 + i % 3} million a month in 2023.\n\n"
            f"{b} said its revenue rose {5 + i % 4} percent after the deal with {a}.\n",
            encoding="utf-8",
        )
    return folder


def _add(location, *folders: Path, at_once: bool) -> None:
    cmd = [sys.executable, "-m", "factcheck", "--db", str(location), "add"]
    procs = []
    for folder in folders:
        procs.append(subprocess.Popen([*cmd, str(folder)], cwd=ROOT, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True))
        if not at_once:
            procs[-1].communicate(timeout=300)
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err[-1500:]


def _matches(location) -> set[tuple]:
    out = subprocess.run([sys.executable, "-m", "factcheck", "--db", str(location), "match", "--json",
                          "--min-score", "0.4"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-1500:]
    return {tuple(sorted((m["a"]["text"], m["b"]["text"]))) + (m["score"], m["consistency"])
            for m in json.loads(out.stdout)}


@pytest.mark.parametrize("engine", ENGINES)
def test_disjoint_adds_at_once_match_as_adds_in_turn(engine, tmp_path, request):
    first = _write_articles(tmp_path / "first", 0, 6)
    second = _write_articles(tmp_path / "second", 6, 6)
    if engine == "postgresql":
        server = request.getfixturevalue("pg_server")
        together, in_turn = (server.url(server.new_database()) for _ in range(2))
    else:
        together, in_turn = tmp_path / "together.db", tmp_path / "in_turn.db"
    _add(together, first, second, at_once=True)
    _add(in_turn, first, second, at_once=False)
    expected = _matches(in_turn)
    assert expected  # the stories are written to match across the two batches
    assert _matches(together) == expected
