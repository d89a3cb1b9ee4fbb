"""When the classifier's reading raises a claim, and the shipped weights (no sentence model needed)."""

from __future__ import annotations

import numpy as np

from factcheck.core import claims_meaning as cm
from factcheck.core.claims import ATTRIBUTION, EVENT, PENALTY_REASONS
from factcheck.core.models import DEFAULT_THRESHOLD
from factcheck.core.semantic import DIM, MODEL_VERSION

EVENT_READ = cm.Reading("event", 0.9)
STATEMENT_READ = cm.Reading("statement", 0.9)


def test_a_figure_free_event_below_the_threshold_is_raised_with_a_readable_reason():
    score, reasons = cm.raised(0.15, ["entity: Kairu"], EVENT_READ)
    assert DEFAULT_THRESHOLD <= score == max(DEFAULT_THRESHOLD, 0.15 + EVENT)
    assert reasons == ["entity: Kairu", "event (by meaning)"]
    score, reasons = cm.raised(0.25, [], STATEMENT_READ)
    assert score == round(0.25 + ATTRIBUTION, 4) and reasons == ["reported statement (by meaning)"]


def test_what_the_model_does_not_raise():
    assert cm.raised(0.15, [], cm.Reading("event", cm.MIN_PROBABILITY - 0.01)) is None  # not sure enough
    assert cm.raised(DEFAULT_THRESHOLD, [], EVENT_READ) is None  # check-worthy already: left to the rules
    for penalty in ("heading", "question", "short", "boilerplate"):  # no claim whatever it says
        assert cm.raised(0.1, [PENALTY_REASONS[penalty]], EVENT_READ) is None
    assert cm.raised(0.1, ["event (by meaning)"], EVENT_READ) is None  # never twice
    assert cm.raised(0.1, [PENALTY_REASONS["speculation"]], EVENT_READ) is not None  # the model judges hedges


def test_read_takes_the_likelier_kind_and_the_chance_of_either(tmp_path):
    weights = np.zeros((DIM, 3), np.float32)
    weights[0] = (0.0, 4.0, 0.0)  # dimension 0 says event
    weights[1] = (0.0, 0.0, 4.0)  # dimension 1 says statement
    model = cm.ClaimModel(weights, np.zeros(3, np.float32), MODEL_VERSION)
    x = np.zeros((3, DIM), np.float32)
    x[0, 0] = x[1, 1] = 1.0
    event, statement, neither = model.read(x)
    assert event.label == "event" and statement.label == "statement"
    assert event.probability == statement.probability > 0.9
    assert abs(neither.probability - 2 / 3) < 1e-3  # all three equal
    model.save(tmp_path / "m.npz")
    again = cm.read_model(tmp_path / "m.npz")
    assert again.model_version == MODEL_VERSION and again.read(x) == model.read(x)


def test_the_shipped_weights_read_this_model_only():
    model = cm.shipped(MODEL_VERSION)
    assert model is not None and model.weights.shape == (DIM, 3)
    assert cm.shipped("some-other-model/query") is None
    assert cm.DATA.stat().st_size < 64 * 1024
