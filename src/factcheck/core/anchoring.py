"""Finding the claims of an article's earlier version in its new text, as annotation tools re-anchor
a highlight after the page changed (Hypothesis: a text-quote selector, exact quote with prefix and
suffix, then a fuzzy search within the document).

1. **Exact**: an old claim whose text (whitespace-insensitive) is still a claim of the new version
   goes there; when that text occurs more than once, the occurrence whose surroundings (CONTEXT
   characters each side) and relative position agree best wins.
2. **Alike**: an old claim left over goes to the most alike new claim no old claim took, if their
   texts are at least ``SIMILAR`` percent alike (rapidfuzz ``ratio``; a one-word correction of a
   news sentence scores 90-99), surroundings and position breaking ties.

Claims marked ``first`` (the reviewed ones) choose before the others in each step, so a claim
nobody reviewed never takes the place a reviewed one needs. Pure functions: no SQL, no UI.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

CONTEXT = 32  # characters of prefix/suffix compared
SIMILAR = 85.0  # least ratio (0-100) for step 2


@dataclass(frozen=True, slots=True)
class Quote:
    id: int
    start: int
    end: int
    text: str
    first: bool = False  # placed before the others (a reviewed claim)


@dataclass(frozen=True, slots=True)
class Anchor:
    new_id: int
    similarity: float  # 100.0 for the same text


def anchor(old_text: str, old: Sequence[Quote], new_text: str, new: Sequence[Quote],
           similar: float = SIMILAR) -> dict[int, Anchor]:
    """old claim id -> where it is in the new version; old claims that are gone are left out."""
    placed: dict[int, Anchor] = {}
    free = {q.id: q for q in new}
    by_text: dict[str, list[Quote]] = {}
    for q in new:
        by_text.setdefault(norm(q.text), []).append(q)
    ordered = sorted(old, key=lambda q: (not q.first, q.start))
    for q in ordered:  # step 1
        options = [o for o in by_text.get(norm(q.text), ()) if o.id in free]
        if options:
            best = max(options, key=lambda o: _agreement(old_text, q, new_text, o))
            placed[q.id] = Anchor(free.pop(best.id).id, 100.0)
    for first in (True, False):  # step 2, reviewed claims first
        left = [q for q in ordered if q.first == first and q.id not in placed]
        if left and free:
            placed.update(_alike(old_text, left, new_text, list(free.values()), similar, free))
    return placed


def _alike(old_text: str, left: list[Quote], new_text: str, options: list[Quote], similar: float,
           free: dict[int, Quote]) -> dict[int, Anchor]:
    from rapidfuzz import fuzz, process

    scores = process.cdist([norm(q.text) for q in left], [norm(o.text) for o in options],
                           scorer=fuzz.ratio, score_cutoff=similar)
    pairs = [
        (float(scores[i][j]), _agreement(old_text, q, new_text, o), i, j)
        for i, q in enumerate(left) for j, o in enumerate(options) if scores[i][j] >= similar
    ]
    pairs.sort(key=lambda p: (p[0], p[1]), reverse=True)
    out: dict[int, Anchor] = {}
    for score, _, i, j in pairs:  # the most alike pairs first, each claim used once
        q, o = left[i], options[j]
        if q.id in out or o.id not in free:
            continue
        out[q.id] = Anchor(free.pop(o.id).id, round(score, 1))
    return out


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _agreement(old: str, q: Quote, new: str, o: Quote) -> tuple[int, float]:
    """How well an occurrence in the new text agrees with the old one: shared context characters,
    then closeness of relative position."""
    prefix_old, prefix_new = old[max(0, q.start - CONTEXT) : q.start], new[max(0, o.start - CONTEXT) : o.start]
    suffix_old, suffix_new = old[q.end : q.end + CONTEXT], new[o.end : o.end + CONTEXT]
    shared = len(os.path.commonprefix([prefix_old[::-1], prefix_new[::-1]]))
    shared += len(os.path.commonprefix([suffix_old, suffix_new]))
    where = abs(q.start / max(len(old), 1) - o.start / max(len(new), 1))
    return shared, -where
