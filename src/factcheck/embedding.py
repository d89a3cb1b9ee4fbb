"""Sentence vectors for a store: embed the sentences that have none yet, in committed chunks.

Each chunk of ``CHUNK`` sentences is embedded and saved in its own transaction, so an interrupted
run (Ctrl-C, a closed workbench) keeps everything finished so far and the next run resumes where it
stopped. The model itself is core/semantic.py's; the rows are store/embeddings.py's.

Once sentences have vectors, ``raise_by_meaning`` reads the claims the rules left below the
threshold with the shipped classifier (core/claims_meaning.py): events and reported statements the
word lists missed are raised, with a reason. Callers do it before matching, so the raised claims
are matched like the others.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from factcheck.core import semantic
from factcheck.core.models import DEFAULT_THRESHOLD
from factcheck.store import Store, claim_scores, embeddings

CHUNK = 128  # sentences per saved chunk: ~5-8 s of work on 2 cores, so little is lost to an interrupt
ADD_LIMIT = 400  # `add` embeds at most this many new sentences itself (~20-30 s); more: `factcheck embed`


def embed_pending(
    store: Store,
    article_ids: Iterable[int] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    stop: threading.Event | None = None,
    embedder: semantic.Embedder | None = None,
    chunk: int | None = None,
) -> int:
    """Embed and save the sentences (of these articles, or of all) without a vector; returns how
    many were saved. ``on_progress(done, total)`` after each batch; ``stop`` set: return after the
    current chunk (of ``chunk`` sentences, default ``CHUNK``) is saved."""
    todo = embeddings.pending(store, article_ids)
    model = embedder or semantic.embedder()
    done = 0
    chunk = chunk or CHUNK
    for lo in range(0, len(todo), chunk):
        if stop is not None and stop.is_set():
            break
        keys, texts = todo.keys[lo : lo + chunk], todo.texts[lo : lo + chunk]
        progress = None
        if on_progress is not None:
            report, start, embedded = on_progress, done, [0]

            def progress(n: int) -> None:
                embedded[0] += n
                report(start + embedded[0], len(todo))

        vectors = model.embed(texts, progress)
        embeddings.save(store, keys, vectors)
        done += len(keys)
    return done


def raise_by_meaning(store: Store, article_ids: Iterable[int] | None = None,
                     threshold: float = DEFAULT_THRESHOLD) -> list[int]:
    """Raise the claims (of these articles, or of all) below ``threshold`` that the shipped
    classifier reads as an event or a reported statement, adding its reason; returns their ids.
    Claims without a stored vector are left as they are (they are read after their embedding)."""
    import numpy as np

    from factcheck.core import claims_meaning

    model = claims_meaning.shipped(semantic.MODEL_VERSION)
    if model is None:
        return []
    todo = [c for c in claim_scores.below(store, threshold, article_ids)
            if claims_meaning.may_raise(c.score, c.reasons, threshold)]
    keys = [semantic.text_key(c.text) for c in todo]
    vectors = embeddings.stored(store, keys)
    have = [(c, vectors[k]) for c, k in zip(todo, keys) if k in vectors]
    if not have:
        return []
    matrix = np.stack([embeddings.vector(v) for _, v in have]).astype(np.float32)
    changes = []
    for (claim, _), reading in zip(have, model.read(matrix)):
        new = claims_meaning.raised(claim.score, claim.reasons, reading, threshold)
        if new is not None:
            changes.append((claim, *new))
    return claim_scores.rescore(store, changes)
