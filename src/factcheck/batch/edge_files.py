"""The search's edges on disk: each search partition writes its edges to one file, in order of
their bucket (the smaller of an edge's two rows, modulo the buckets, so both ways of a pair meet),
and each pairing task reads its bucket's slice of every file.

Why not Dask's P2P shuffle, which the claims take: by meaning the edges are most of what moves
(on a one-story corpus about 380 a sentence, 30 million at 80,000 claims), and the shuffle held
them in its buffers and in frames of 17 bytes a row, so a worker peaked at 1.2-1.8 GB. A file holds
an edge in 13 bytes, is written once and read a slice at a time through a memory map: a worker
holds one partition's edges while it searches and one bucket's while it pairs. The files go in
the job's folder, beside the vector files the workers read already.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from factcheck.batch import matcher

EDGE = np.dtype([("row", "<i4"), ("other", "<i4"), ("rank", "i1"), ("cosine", "<f4")])  # packed: 13 bytes


@dataclass(frozen=True, slots=True)
class EdgeFile:
    """Where a search partition's edges are, and where each bucket's begin: bucket ``j`` is
    ``starts[j]:starts[j + 1]``."""

    path: str
    starts: tuple[int, ...]


def write(edges: matcher.Neighbourhood, buckets: int, path: str) -> EdgeFile:
    """Write ``edges`` (an edge's ``row`` is its row of the matrix) to ``path`` by bucket."""
    bucket = np.minimum(edges.row, edges.other) % np.int32(buckets)
    order = np.argsort(bucket, kind="stable")
    records = np.empty(len(order), dtype=EDGE)
    for name in EDGE.names:
        records[name] = getattr(edges, name)[order]
    with open(path, "wb") as out:
        np.save(out, records)
    return EdgeFile(path, tuple(np.r_[0, np.cumsum(np.bincount(bucket, minlength=buckets))].tolist()))


def gathered(*files: EdgeFile) -> list[EdgeFile]:
    """Every search partition's file, as one task's output: each pairing task takes this one, not
    every search partition (which would make the graph grow as the square of the partitions)."""
    return list(files)


def bucket(files: list[EdgeFile], j: int) -> matcher.Neighbourhood:
    """The ``j``-th bucket's edges of every file, as the search found them (the pairing does not
    depend on their order)."""
    parts = [np.load(f.path, mmap_mode="r")[f.starts[j] : f.starts[j + 1]]
             for f in files if f.starts[j + 1] > f.starts[j]]
    records = np.concatenate(parts) if parts else np.zeros(0, dtype=EDGE)
    return matcher.edges_only(*(np.ascontiguousarray(records[name]) for name in EDGE.names))
