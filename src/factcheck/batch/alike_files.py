"""Pairs alike in meaning on disk: each pairing task writes the pairs it found, the task that joins
them writes the whole set, and every task that scores reads it through a memory map.

Why not as tasks' results: on a one-story corpus there are about fifty such pairs a sentence, four
million at 80,000 claims, 160 MB. As results, each partition's pairs were held until the join
finished and the join's result until the last task that scores was done, on every worker that ran
one; a worker so peaked at 1.2 GB in the join. A file is written once; a task maps it while it
runs, and reads the pages it looks up. The files go in the job's folder, beside its vector and edge
files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

import numpy as np

from factcheck.batch import matcher

_FIELDS = tuple(f.name for f in fields(matcher.Alike))


@dataclass(frozen=True, slots=True)
class AlikeFile:
    """Where an ``Alike``'s arrays are (``{prefix}-{name}.npy``), which of them it has (``bridges``
    may be None), and how many pairs."""

    prefix: str
    names: tuple[str, ...]
    count: int

    def __len__(self) -> int:
        return self.count

    def load(self) -> matcher.Alike:
        """The pairs, their arrays memory-mapped (read only)."""
        return matcher.Alike(**{name: np.load(f"{self.prefix}-{name}.npy", mmap_mode="r") for name in self.names})


def write(alike: matcher.Alike, prefix: str) -> AlikeFile:
    names = tuple(name for name in _FIELDS if getattr(alike, name) is not None)
    for name in names:
        np.save(f"{prefix}-{name}.npy", np.ascontiguousarray(getattr(alike, name)))
    return AlikeFile(os.fspath(prefix), names, len(alike))


def joined(files: list[AlikeFile]) -> matcher.Alike:
    """The pairs of every file (one at least), in order, in memory: read one file at a time, so a
    task holds the joined arrays and one file's pages, not every file's mapped."""
    total = sum(len(f) for f in files)
    out: dict = {}
    at = 0
    for f in files:
        part = f.load()
        if not out:  # every file has the same arrays, of the same types
            out = {name: np.empty(total, dtype=getattr(part, name).dtype) for name in f.names}
        for name, column in out.items():
            column[at : at + len(f)] = getattr(part, name)
        at += len(f)
    return matcher.Alike(**out)
