"""The vectors' SQL on every engine, without the model: saved, read back, pending, used by rebuild."""

from __future__ import annotations

import numpy as np

from factcheck.importer import add_paths
from factcheck.store import embeddings
from factcheck.store.matches import rebuild
from factcheck.store.related import list_matches

from tests.semantic.conftest import DATA


def test_vectors_round_trip_and_take_part_in_rebuild(store):
    add_paths(store, [DATA / "tuned" / "en_veltrix.txt", DATA / "tuned" / "fr_veltrix.txt"])
    todo = embeddings.pending(store)
    assert len(todo) > 5
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(todo), 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    embeddings.save(store, todo.keys[:3], vectors[:3])
    assert len(embeddings.pending(store)) == len(todo) - 3  # resumable: only the rest
    embeddings.save(store, todo.keys, vectors)  # saving again replaces, never duplicates
    assert len(embeddings.pending(store)) == 0
    loaded = embeddings.load(store)
    assert len(loaded) == store.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert np.allclose(np.linalg.norm(loaded.matrix, axis=1), 1.0, atol=2e-3)  # float16 keeps ~3 digits
    rebuild(store, meaning=True)  # random vectors: nothing alike, the signature pairs stay
    with_vectors = {(m["a"]["id"], m["b"]["id"]) for m in list_matches(store)}
    rebuild(store, meaning=False)
    assert with_vectors == {(m["a"]["id"], m["b"]["id"]) for m in list_matches(store)}
