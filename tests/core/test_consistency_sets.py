"""The labelled stories the figure rules were developed against (tests/data/consistency/tuned) stay
judged as labelled: a regression guard. The held-out stories are a measurement, not a test
(benchmarks/consistency.py prints both)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TUNED = sorted((ROOT / "tests" / "data" / "consistency" / "tuned").glob("*.json"))


def _benchmark():
    spec = importlib.util.spec_from_file_location("consistency_benchmark", ROOT / "benchmarks" / "consistency.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", TUNED, ids=lambda p: p.stem)
def test_every_tuned_pair_is_judged_as_labelled(path):
    results = _benchmark().judge(json.loads(path.read_text(encoding="utf-8")))
    wrong = [(pair["a"], pair["b"], pair["expect"], got) for pair, got, _ in results if got != pair["expect"]]
    assert wrong == []


def test_a_saved_run_lists_the_pairs_judged_otherwise_and_how():
    pair = {"a": ["de1", "4,2 Mrd."], "b": ["en1", "€4.2bn"], "expect": "consistent"}
    now = {"heldout/x#0": (pair, "consistent"), "heldout/x#1": (pair, "conflict"), "heldout/x#2": (pair, "conflict"),
           "heldout/x#3": (pair, "consistent")}
    saved = {"heldout/x#0": "not-compared", "heldout/x#1": "consistent", "heldout/x#2": "not-compared",
             "heldout/x#3": "consistent"}
    lines = _benchmark().changes(saved, now)
    assert [tuple(line.split()[:2]) for line in lines] == [("+", "heldout/x#0"), ("-", "heldout/x#1"),
                                                           ("~", "heldout/x#2")]
    assert "not-compared -> consistent" in lines[0]
