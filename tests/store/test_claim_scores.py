"""Raising claims by meaning on every engine, with a stand-in classifier (no sentence model): which
claims are read, what is written, that it happens once, and that a changed claim is left alone."""

from __future__ import annotations

import numpy as np

from factcheck.core import claims_meaning
from factcheck.core.models import DEFAULT_THRESHOLD
from factcheck.core.semantic import DIM, MODEL_VERSION
from factcheck.embedding import raise_by_meaning
from factcheck.importer import add_paths
from factcheck.store import claim_scores, embeddings
from factcheck.store.claims import list_claims

ARTICLE = """Title: Przewoźnik wstrzymuje loty

Narodowy przewoźnik wstrzymał wszystkie loty do Kairu po zamieszkach na lotnisku.

Nad płytą lotniska unosił się ciężki, szary dym, a w hali odlotów panował wielki chaos.

Bilety kupiło w tym tygodniu 12 500 pasażerów, podała spółka.
"""


def _says_event(monkeypatch):
    bias = np.array([0.0, 5.0, 0.0], np.float32)  # every sentence an event, p ~ 0.99
    model = claims_meaning.ClaimModel(np.zeros((DIM, 3), np.float32), bias, MODEL_VERSION)
    monkeypatch.setattr(claims_meaning, "shipped", lambda version: model if version == MODEL_VERSION else None)


def _add(store, tmp_path, without_vector: str = "\0"):
    """Add the article; every sentence gets a (random) vector but those starting ``without_vector``."""
    path = tmp_path / "pl.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert not add_paths(store, [path]).failed
    todo = embeddings.pending(store)
    keys = [k for k, t in zip(todo.keys, todo.texts) if not t.startswith(without_vector)]
    rng = np.random.default_rng(1)
    v = rng.normal(size=(len(keys), DIM)).astype(np.float32)
    embeddings.save(store, keys, v / np.linalg.norm(v, axis=1, keepdims=True))
    return {c.text: c for c in list_claims(store)}


def test_claims_below_the_threshold_are_raised_once_with_their_reason(store, tmp_path, monkeypatch):
    _says_event(monkeypatch)
    before = _add(store, tmp_path)
    low = {t: c for t, c in before.items() if c.score < DEFAULT_THRESHOLD
           and not any(r.startswith(("heading", "short")) for r in c.reasons)}
    assert any(t.startswith("Narodowy") for t in low)
    raised = raise_by_meaning(store)
    assert sorted(raised) == sorted(c.id for c in low.values())
    after = {c.text: c for c in list_claims(store)}
    for text, old in before.items():
        new = after[text]
        if text in low:
            assert new.score >= DEFAULT_THRESHOLD and new.reasons == old.reasons + ["event (by meaning)"]
        else:  # check-worthy already, or a heading: as the rules left it
            assert (new.score, new.reasons) == (old.score, old.reasons)
    assert raise_by_meaning(store) == []  # once


def test_a_claim_without_a_vector_or_changed_meanwhile_is_left_alone(store, tmp_path, monkeypatch):
    _says_event(monkeypatch)
    _add(store, tmp_path, without_vector="Narodowy")
    stale = [c for c in claim_scores.below(store, DEFAULT_THRESHOLD) if c.text.startswith("Nad ")]
    raised = raise_by_meaning(store)
    assert stale[0].id in raised  # the one with a vector
    event = next(c for c in list_claims(store) if c.text.startswith("Narodowy"))
    assert event.score < DEFAULT_THRESHOLD and event.id not in raised  # waits for its embedding
    assert claim_scores.rescore(store, [(stale[0], 0.9, ["x"])]) == []  # its score moved since it was read


def test_another_models_vectors_are_not_read(store, tmp_path, monkeypatch):
    monkeypatch.setattr(claims_meaning, "shipped", lambda version: None)
    before = _add(store, tmp_path)
    assert raise_by_meaning(store) == []
    assert {c.text: c.score for c in list_claims(store)} == {t: c.score for t, c in before.items()}


def test_without_the_model_embedding_raises_nothing(tmp_path, monkeypatch):
    import threading

    from factcheck.cli import main
    from factcheck.store import Store
    from factcheck.tui.ingest import embed

    _says_event(monkeypatch)  # a classifier that would raise everything, and stored vectors
    with Store(tmp_path / "off.db") as store:
        _add(store, tmp_path)
        before = {c.id: (c.score, c.reasons) for c in list_claims(store)}
    posted = []
    embed(tmp_path / "off.db", posted.append, threading.Event())  # FACTCHECK_NO_SEMANTIC is set
    assert main(["--db", str(tmp_path / "off.db"), "embed"]) == 2
    with Store(tmp_path / "off.db") as store:
        assert {c.id: (c.score, c.reasons) for c in list_claims(store)} == before
    assert posted == []
