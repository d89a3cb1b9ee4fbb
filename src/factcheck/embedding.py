"""Sentence vectors for a store: embed the sentences that have none yet, in committed chunks.

Each chunk of ``CHUNK`` sentences is embedded and saved in its own transaction, so an interrupted
run (Ctrl-C, a closed workbench) keeps everything finished so far and the next run resumes where it
stopped. The model itself is core/semantic.py's; the rows are store/embeddings.py's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from factcheck.core import semantic
from factcheck.store import Store, embeddings

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
