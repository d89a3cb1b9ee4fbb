"""The Dask job by meaning on the sentence model's own vectors of a labelled one-story set
(tests/data/semantic/dev_velumo): where pairs are found through other articles and by a shared
figure, the job's store is still the one-process store, to the float."""

from __future__ import annotations

import shutil

from factcheck.core import semantic
from factcheck.embedding import embed_pending
from factcheck.importer import add_paths
from factcheck.store import Store
from factcheck.store.matches import rebuild

from tests.batch.test_dask_rebuild import _dask, client, state  # noqa: F401  (client: the fixture)
from tests.semantic.conftest import DATA, _require_model


def test_pairs_through_other_articles_and_by_a_figure_are_the_one_process_pairs(tmp_path, client, monkeypatch):  # noqa: F811
    monkeypatch.delenv(semantic.OFF_ENV, raising=False)  # the model on, as for tests/semantic/
    embedder = _require_model()
    one, by_dask = tmp_path / "one.db", tmp_path / "dask.db"
    with Store(one) as store:
        add_paths(store, sorted((DATA / "dev_velumo").glob("*.txt")), match=False)
        embed_pending(store, embedder=embedder)
        rebuild(store)
    shutil.copy(one, by_dask)
    _dask(by_dask, client, partitions=3)
    expected = state(one)
    assert state(by_dask) == expected
    evidence = [m[3] for m in expected["matches"]]
    assert any("with the same figure, in two articles on one story" in e for e in evidence)
    assert any("each alike to the same statement in" in e for e in evidence)
