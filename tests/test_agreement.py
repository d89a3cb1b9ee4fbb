"""Agreement between reviewers: confusion matrix, percent agreement and Cohen's kappa."""

from __future__ import annotations

import json
import shutil

import pytest

from factcheck.cli import main
from factcheck.core.agreement import agreement, cohen_kappa, confusion_matrix
from factcheck.store import Store, articles
from factcheck.store.claims import list_claims
from factcheck.store.verdicts import set_verdict
from tests.conftest import make_analysis

# Hand-computed example, 10 claims:
#              B: false  B: true
#   A: false        4         2      (A: 6 false, 4 true)
#   A: true         1         3      (B: 5 false, 5 true)
# p_o = (4 + 3) / 10 = 0.7
# p_e = (6/10)(5/10) + (4/10)(5/10) = 0.30 + 0.20 = 0.5
# kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
PAIRS = [("false", "false")] * 4 + [("false", "true")] * 2 + [("true", "false")] + [("true", "true")] * 3


def test_kappa_against_hand_computed_example():
    result = agreement(PAIRS, order=["true", "false"])
    assert result.labels == ["true", "false"]
    assert result.matrix == [[3, 1], [2, 4]]
    assert result.n == 10 and result.percent == pytest.approx(70.0)
    assert result.kappa == pytest.approx(0.4)
    assert result.counts() == {"true": (4, 5), "false": (6, 5)}


def test_three_labels_hand_computed():
    # A\B  x  y  z  | p_o = (2 + 1 + 1) / 8 = 32/64; row sums 3,3,2; column sums 3,2,3
    # x    2  1  0  | p_e = (3*3 + 3*2 + 2*3) / 64 = 21/64
    # y    0  1  2  | kappa = (32/64 - 21/64) / (43/64) = 11/43
    # z    1  0  1
    pairs = [("x", "x")] * 2 + [("x", "y"), ("y", "y"), ("y", "z"), ("y", "z"), ("z", "x"), ("z", "z")]
    labels, matrix = confusion_matrix(pairs)
    assert labels == ["x", "y", "z"] and matrix == [[2, 1, 0], [0, 1, 2], [1, 0, 1]]
    assert cohen_kappa(matrix) == pytest.approx(11 / 43)


def test_edge_cases():
    assert agreement([]).kappa is None and agreement([]).percent is None
    assert agreement([("a", "a")] * 3).kappa is None  # one shared verdict: undefined, not 1 or 0
    assert agreement([("a", "b"), ("b", "a")]).kappa == pytest.approx(-1.0)
    assert agreement([("a", "a"), ("b", "b")]).kappa == pytest.approx(1.0)


def test_cli_on_two_databases(tmp_path, capsys):
    sentences = [f"Claim number {i}." for i in range(10)]
    with Store(tmp_path / "a.db") as a:
        a.write(lambda: articles.save(a, make_analysis(sentences)))
    shutil.copy(tmp_path / "a.db", tmp_path / "b.db")
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        ids = [c.id for c in list_claims(a)]
        for cid, (va, vb) in zip(ids, PAIRS):
            set_verdict(a, cid, va, reviewer="ana")
            set_verdict(b, cid, vb, reviewer="ben")
        set_verdict(b, ids[0], None, note="only a note", reviewer="ben")  # no verdict: not compared
        set_verdict(b, ids[0], "false", reviewer="ben")
    assert main(["agreement", str(tmp_path / "a.db"), str(tmp_path / "b.db"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["n"] == 10 and data["kappa"] == pytest.approx(0.4) and data["percent_agreement"] == pytest.approx(70)
    assert data["labels"] == ["true", "false"] and data["counts"]["false"] == {"a": 6, "b": 5}
    assert main(["agreement", str(tmp_path / "a.db"), str(tmp_path / "b.db")]) == 0
    out = capsys.readouterr().out
    assert "claims both reviewed: 10" in out and "percent agreement: 70.0%" in out and "Cohen's kappa: 0.400" in out
