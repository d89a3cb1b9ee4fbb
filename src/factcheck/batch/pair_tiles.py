"""Pairs of claims shared out so that each share names few claims.

The pairs only meaning found are scored with their claims read from the store and their signatures
parsed (``job.meaning_rest``). A claim is alike in meaning to some fifty others spread over the whole
store, so shares dealt out pair by pair each name nearly every claim: at 80,000 claims a share of a
sixteenth of the pairs read 75,000 of them. Here the claims are cut into ``B`` blocks by id, and a
pair goes to the tile of its two claims' blocks (a block with itself too): a tile names two blocks'
claims at most, and the ``B (B + 1) / 2`` tiles together read each claim ``B`` times at most.
"""

from __future__ import annotations

import math

PAIRS_AT_A_TIME = 1 << 20  # pairs given their tile at a time (the temporaries of four million took 270 MB)
SAMPLED = 1 << 16  # the blocks are cut at the quantiles of the claims of about so many pairs


def blocks_for(shares: int) -> int:
    """The fewest blocks whose tiles are at least ``shares``."""
    return max(1, math.ceil((math.sqrt(8 * shares + 1) - 1) / 2))


def tile_count(blocks: int) -> int:
    return blocks * (blocks + 1) // 2


def tiled(a, b, rest, blocks: int) -> tuple:
    """The pairs ``rest`` (indices into the claim ids ``a`` and ``b``, arrays) sorted by tile, and
    where each of the ``tile_count(blocks)`` tiles starts in them (one more at the end). The claims
    are cut into ``blocks`` ranges by id, of about equal numbers of pairs (cut at a sample's
    quantiles); a tile for each unordered pair of ranges."""
    import numpy as np

    sample = rest[:: max(1, len(rest) // SAMPLED)]
    ends = np.sort(np.concatenate([a[sample], b[sample]]))
    edges = ends[(np.arange(1, blocks) * len(ends)) // blocks]
    tile = np.empty(len(rest), dtype=np.int32)
    for lo in range(0, len(rest), PAIRS_AT_A_TIME):
        at = rest[lo : lo + PAIRS_AT_A_TIME]
        x, y = np.searchsorted(edges, a[at], side="right"), np.searchsorted(edges, b[at], side="right")
        high = np.maximum(x, y)
        tile[lo : lo + len(at)] = high * (high + 1) // 2 + np.minimum(x, y)
    order = np.argsort(tile, kind="stable")
    return rest[order], np.searchsorted(tile[order], np.arange(tile_count(blocks) + 1))
