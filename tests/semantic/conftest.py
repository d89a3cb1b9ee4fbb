"""The sentence model, loaded at most once per test session, and a database of the tuned one-story
set embedded once and copied for each test that needs it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.core import semantic

DATA = Path(__file__).resolve().parents[1] / "data" / "semantic"


@pytest.fixture(autouse=True)
def _model_on(monkeypatch):
    monkeypatch.delenv(semantic.OFF_ENV, raising=False)


def _require_model() -> semantic.Embedder:
    status = semantic.available()
    if not status:
        pytest.skip(f"the sentence model cannot run here: {status.reason}")
    return semantic.embedder()


@pytest.fixture(scope="session")
def embedder() -> semantic.Embedder:
    return _require_model()


@pytest.fixture(scope="session")
def _tuned_db(tmp_path_factory, embedder) -> Path:
    from factcheck.embedding import embed_pending
    from factcheck.importer import add_paths
    from factcheck.store import Store
    from factcheck.store.matches import rebuild

    path = tmp_path_factory.mktemp("semantic") / "tuned.db"
    with Store(path) as store:
        report = add_paths(store, sorted((DATA / "tuned").glob("*.txt")))
        assert not report.failed
        embed_pending(store, embedder=embedder)
        rebuild(store, meaning=True)
    return path


@pytest.fixture
def tuned_db(_tuned_db, tmp_path) -> Path:
    """A copy of the tuned set's database: articles added, every sentence embedded, matched."""
    copy = tmp_path / "tuned.db"
    shutil.copy(_tuned_db, copy)
    return copy
