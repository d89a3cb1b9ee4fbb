"""The shipped classifier is the one scripts/train_claim_model.py computes from the labelled
training set, and it still fits that set (a regression guard; the measurement is the held-out part,
benchmarks/event_claims.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from factcheck.core import claims_meaning
from factcheck.core.semantic import MODEL_VERSION
from tests.claims_events import read_set

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_claim_model.py"


def test_the_shipped_weights_come_from_the_training_set_and_fit_it(embedder):
    spec = importlib.util.spec_from_file_location("train_claim_model", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    rows = read_set("train")
    x = embedder.embed([r.text for r in rows])
    shipped = claims_meaning.shipped(MODEL_VERSION)
    ours = shipped.read(x)
    again = script.model_of(x, rows).read(x)
    # the same data and script give the same decisions (edit the set: run the script again)
    agree = np.mean([(a.probability >= claims_meaning.MIN_PROBABILITY) == (b.probability >= claims_meaning.MIN_PROBABILITY)
                     for a, b in zip(ours, again)])
    assert agree >= 0.99
    said = np.array([r.probability >= claims_meaning.MIN_PROBABILITY for r in ours])
    positive = np.array([r.label != "neither" for r in rows])
    precision, recall = (said & positive).sum() / said.sum(), (said & positive).sum() / positive.sum()
    assert precision >= 0.95 and recall >= 0.95
    kinds = [o.label == r.label for o, r, s in zip(ours, rows, said) if s and r.label != "neither"]
    assert np.mean(kinds) >= 0.9  # the reason names the right kind
