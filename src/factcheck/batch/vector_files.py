"""A job's sentence vectors on disk: written once, then read a slice at a time by every task.

Two raw files of float32 unit rows (no header): in claim-id order, for the rows a task searches and
the pairs whose cosine it measures; and in article order (by id within an article), for the other
side of the search, read a chunk of whole articles at a time (``neighbours.column_chunks``). A
worker so holds its rows and one chunk, not every vector: its memory does not grow with the
corpus. Written beside the job's Parquet files, in the folder the workers share.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from factcheck.batch import matcher
from factcheck.core.semantic import DIM
from factcheck.store import Store
from factcheck.store import embeddings

ITEM = 4  # bytes of a float32
# claims read at a time: a batch's texts, stored bytes and float rows are held together (at 50,000
# the task peaked at 430 MB, more than a search partition)
BATCH = 10_000


@dataclass(slots=True)
class VectorFiles:
    """Where the vectors are (files ``by_id`` and ``by_article``), and each row's claim and article
    (numpy int64, in claim-id order)."""

    by_id: str
    by_article: str
    claim_ids: object
    article_ids: object

    def __len__(self) -> int:
        return len(self.claim_ids)

    def matrix(self):
        """The rows in claim-id order, read from disk where they are indexed."""
        import numpy as np

        return np.memmap(self.by_id, dtype=np.float32, mode="r", shape=(len(self), DIM))

    def scattered_rows(self) -> ScatteredRows:
        """The rows in claim-id order, read a row at a time where they are indexed."""
        return ScatteredRows(self.by_id)

    def columns(self, per_chunk: int) -> matcher.Columns:
        """The search's other side, read from the file by article ``per_chunk`` columns at a time."""
        import numpy as np

        def read(lo: int, hi: int):
            count, offset = (hi - lo) * DIM, lo * DIM * ITEM
            return np.fromfile(self.by_article, dtype=np.float32, count=count, offset=offset).reshape(hi - lo, DIM)

        return matcher.Columns(read, per_chunk)


@dataclass(frozen=True, slots=True)
class ScatteredRows:
    """``rows[x]``: the rows ``x`` (an index array) of a file of float32 rows, read one by one, not
    mapped: a task that measures the cosines of some thousand pairs spread over the whole file
    would otherwise hold most of its pages (120 MB at 80,000 claims) in its memory."""

    path: str

    def __getitem__(self, x):
        import numpy as np

        x = np.asarray(x, dtype=np.int64)
        out = np.empty((len(x), DIM), dtype=np.float32)
        size = DIM * ITEM
        fd = os.open(self.path, os.O_RDONLY)
        try:
            for i, row in enumerate(x.tolist()):
                out[i] = np.frombuffer(os.pread(fd, size, row * size), dtype=np.float32)
        finally:
            os.close(fd)
        return out


def write(db: str, folder: str) -> VectorFiles:
    """Read the store's vectors a batch at a time, twice (by id, by article), into ``folder``."""
    import numpy as np

    by_id, by_article = os.path.join(folder, "vectors-by-id.f32"), os.path.join(folder, "vectors-by-article.f32")
    ids, articles = [], []
    with Store(db, read_only=True) as store:
        with open(by_id, "wb") as out:
            for batch in embeddings.batches(store, size=BATCH):
                np.ascontiguousarray(matcher.unit_rows(batch.matrix), dtype=np.float32).tofile(out)
                ids.append(batch.claim_ids)
                articles.append(batch.article_ids)
        with open(by_article, "wb") as out:
            for batch in embeddings.batches(store, by_article=True, size=BATCH):
                np.ascontiguousarray(matcher.unit_rows(batch.matrix), dtype=np.float32).tofile(out)
    cat = (lambda parts: np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64))
    files = VectorFiles(by_id, by_article, cat(ids), cat(articles))
    if os.path.getsize(by_article) != os.path.getsize(by_id):
        raise RuntimeError("the store's sentences changed while the job read their vectors")
    return files
