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


def test_vectors_read_a_batch_at_a_time_by_id_and_by_article_are_those_loaded(store):
    # articles added so that id order is not article order: a re-added first article comes last
    add_paths(store, [DATA / "tuned" / "en_veltrix.txt", DATA / "tuned" / "fr_veltrix.txt"])
    todo = embeddings.pending(store)
    embeddings.save(store, todo.keys, np.random.default_rng(1).normal(size=(len(todo), 384)).astype(np.float32))
    store.conn.execute("UPDATE claims SET article_id = (SELECT max(id) FROM articles) WHERE id % 3 = 0")
    whole = embeddings.load(store)
    by_id = list(embeddings.batches(store, size=3))
    assert len(by_id) > 2
    for name in ("claim_ids", "article_ids", "matrix"):
        assert np.array_equal(np.concatenate([getattr(b, name) for b in by_id]), getattr(whole, name)), name
    order = np.argsort(whole.article_ids, kind="stable")  # as the search orders its columns
    by_article = list(embeddings.batches(store, by_article=True, size=3))
    assert np.array_equal(np.concatenate([b.claim_ids for b in by_article]), whole.claim_ids[order])
    assert np.array_equal(np.concatenate([b.matrix for b in by_article]), whole.matrix[order])
