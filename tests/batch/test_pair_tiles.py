"""The pairs only meaning found, shared out by the blocks of claims they join."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.batch import pair_tiles


@pytest.mark.parametrize("shares, blocks", [(1, 1), (2, 2), (3, 2), (4, 3), (16, 6), (21, 6), (22, 7)])
def test_the_fewest_blocks_whose_tiles_are_enough(shares, blocks):
    assert pair_tiles.blocks_for(shares) == blocks
    assert pair_tiles.tile_count(blocks) >= shares > pair_tiles.tile_count(blocks - 1)


def test_every_pair_is_in_one_tile_and_a_tile_joins_two_blocks_of_claims_at_most(monkeypatch):
    monkeypatch.setattr(pair_tiles, "PAIRS_AT_A_TIME", 1000)  # several rounds
    rng = np.random.default_rng(7)
    a, b = rng.integers(1, 5000, 20_000), rng.integers(1, 5000, 20_000)
    rest = np.flatnonzero(rng.random(20_000) < 0.8)
    blocks = pair_tiles.blocks_for(16)
    pairs, starts = pair_tiles.tiled(a, b, rest, blocks)
    assert len(starts) == pair_tiles.tile_count(blocks) + 1 and starts[0] == 0 and starts[-1] == len(rest)
    assert sorted(pairs.tolist()) == rest.tolist()
    tiles = [pairs[starts[i]:starts[i + 1]] for i in range(len(starts) - 1)]
    named = [set(a[t].tolist()) | set(b[t].tolist()) for t in tiles]
    # each tile names far fewer claims than all; together they name each claim ``blocks`` times at most
    everyone = set(a[rest].tolist()) | set(b[rest].tolist())
    assert max(map(len, named)) < 0.45 * len(everyone)
    assert sum(map(len, named)) <= blocks * len(everyone)
    assert min(map(len, tiles)) > 0
