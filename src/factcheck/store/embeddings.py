"""Sentence vectors: which sentences still need one, saving them, reading them back.

Every claim row is a sentence (check-worthy or not); its vector is stored once per distinct text and
model version (``embeddings``, schema 6), as float16. Computing vectors is core/semantic.py's work;
this module only reads and writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factcheck.core.semantic import DIM, MODEL_VERSION, text_key
from factcheck.store import Store

STORED_AS = "<f2"  # little-endian float16: 768 bytes a sentence


@dataclass(slots=True)
class Pending:
    """Distinct sentence texts without a vector for the model, with their keys."""

    keys: list[str]
    texts: list[str]

    def __len__(self) -> int:
        return len(self.keys)


def pending(store: Store, article_ids: Iterable[int] | None = None, model: str = MODEL_VERSION) -> Pending:
    """The sentences (of these articles, or of all) whose text has no vector for ``model``."""
    if article_ids is None:
        rows = store.conn.execute("SELECT text FROM claims ORDER BY id")
    else:
        rows = store.conn.execute(
            "SELECT text FROM claims WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(sorted(set(article_ids))),),
        )
    wanted: dict[str, str] = {}
    for (text,) in rows:
        wanted.setdefault(text_key(text), text)
    have = _existing(store, list(wanted), model)
    keys = [k for k in wanted if k not in have]
    return Pending(keys, [wanted[k] for k in keys])


def _existing(store: Store, keys: list[str], model: str) -> set[str]:
    have: set[str] = set()
    for lo in range(0, len(keys), 5000):
        have.update(k for (k,) in store.conn.execute(
            "SELECT text_key FROM embeddings WHERE model = ? AND text_key IN (SELECT value FROM json_each(?))",
            (model, json.dumps(keys[lo : lo + 5000])),
        ))  # fmt: skip
    return have


def save(store: Store, keys: list[str], vectors, model: str = MODEL_VERSION) -> None:
    """Store vectors (rows of a float array) under their text keys, in one transaction."""
    import numpy as np

    half = np.asarray(vectors, dtype=STORED_AS)
    rows = [(model, key, half[i].tobytes()) for i, key in enumerate(keys)]
    store.write(lambda: store.conn.executemany(
        "INSERT OR REPLACE INTO embeddings (model, text_key, vector) VALUES (?, ?, ?)", rows
    ))  # fmt: skip


@dataclass(slots=True)
class Vectors:
    """Claims with a stored vector: parallel arrays (claim id, article id) and the float32 matrix."""

    claim_ids: object  # numpy int64 arrays
    article_ids: object
    matrix: object  # (n, DIM) float32, unit rows

    def __len__(self) -> int:
        return len(self.claim_ids)


def load(store: Store, model: str = MODEL_VERSION) -> Vectors:
    """Every claim whose text has a vector for ``model`` (claims without one are left out)."""
    return _vectors(store, store.conn.execute("SELECT id, article_id, text FROM claims ORDER BY id").fetchall(), model)


def batches(store: Store, by_article: bool = False, size: int = 50_000, model: str = MODEL_VERSION) -> Iterator[Vectors]:
    """What ``load`` gives, ``size`` claims at a time, in id order or (``by_article``) in article
    order (by id within an article): a corpus of millions is read in memory that does not grow
    with it."""
    after = (-1, -1)  # the last (article, id) read
    while True:
        if by_article:
            sql = ("SELECT id, article_id, text FROM claims WHERE (article_id, id) > (?, ?)"
                   " ORDER BY article_id, id LIMIT ?")
            claims = store.conn.execute(sql, (*after, size)).fetchall()
        else:
            claims = store.conn.execute("SELECT id, article_id, text FROM claims WHERE id > ? ORDER BY id LIMIT ?",
                                        (after[1], size)).fetchall()
        if not claims:
            return
        after = (claims[-1][1], claims[-1][0])
        yield _vectors(store, claims, model)


def _vectors(store: Store, claims: list, model: str) -> Vectors:
    import numpy as np

    keys = [text_key(text) for _, _, text in claims]
    by_key = stored(store, keys, model)
    rows = [i for i, key in enumerate(keys) if key in by_key]
    # one conversion of all the rows' bytes (float16 -> float32 is exact), not one per row
    matrix = np.frombuffer(b"".join([by_key[keys[i]] for i in rows]), dtype=STORED_AS).reshape(len(rows), DIM)
    matrix = matrix.astype(np.float32)
    ids = np.fromiter((claims[i][0] for i in rows), dtype=np.int64, count=len(rows))
    articles = np.fromiter((claims[i][1] for i in rows), dtype=np.int64, count=len(rows))
    return Vectors(ids, articles, matrix)


def vector(blob: bytes):
    """A stored vector as numbers (float16, widened by whoever computes with it)."""
    import numpy as np

    return np.frombuffer(blob, dtype=STORED_AS)


def stored(store: Store, keys: Iterable[str], model: str = MODEL_VERSION) -> dict[str, bytes]:
    """The stored vectors (float16 bytes) of these text keys that have one for ``model``."""
    by_key: dict[str, bytes] = {}
    distinct = sorted(set(keys))
    for lo in range(0, len(distinct), 5000):
        by_key.update(store.conn.execute(
            "SELECT text_key, vector FROM embeddings WHERE model = ? AND text_key IN (SELECT value FROM json_each(?))",
            (model, json.dumps(distinct[lo : lo + 5000])),
        ).fetchall())  # fmt: skip
    return by_key


def counts(store: Store, model: str = MODEL_VERSION) -> tuple[int, int]:
    """(distinct sentence texts, of them with a vector for ``model``)."""
    texts = {text_key(t) for (t,) in store.conn.execute("SELECT text FROM claims")}
    return len(texts), len(_existing(store, sorted(texts), model))
