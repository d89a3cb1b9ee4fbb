"""Pairs alike through other articles: two sentences each alike to a sentence of two other
articles are alike; one bridge, weak pairs, or one article are not enough."""

from __future__ import annotations

import numpy as np

from factcheck.core.matching.neighbours import Alike
from factcheck.core.matching.restated import BRIDGE_GAIN, through_others, with_restated

# rows 0..7 in articles A B C D E F A C
ARTICLES = np.array([0, 1, 2, 3, 4, 5, 0, 2])
EDGES = [  # (row, row, meaning term), as the model found them
    (0, 2, 0.9), (1, 2, 0.8), (0, 3, 0.75), (1, 3, 0.95),  # 0 and 1: alike through C and D
    (4, 2, 0.9),  # E's sentence: alike to C's only, so to 0 and 1 through one article
    (5, 3, 0.9), (5, 7, BRIDGE_GAIN - 0.01),  # F's: through D, and through C by a weak pair
    (6, 2, 0.9), (6, 3, 0.9),  # a second sentence of A: alike to 1 through C and D, never to 0
]


def _found(new=None):
    a, b, g = (np.array(x) for x in zip(*EDGES))
    x, y, strength, bridges = through_others(a, b, g.astype(float), ARTICLES, new)
    return {(int(p), int(q)): (round(float(s), 4), int(k)) for p, q, s, k in zip(x, y, strength, bridges)}


def test_two_sentences_alike_through_two_other_articles_are_alike():
    found = _found()
    # the weaker of the two paths (through D: 0.75 and 0.95) is the pair's strength
    assert found[(0, 1)] == (0.75, 2)
    assert found[(1, 6)] == (0.8, 2)
    assert (0, 6) not in found  # one article's sentences are never paired
    assert not {(0, 4), (1, 4), (0, 5), (1, 5), (4, 5)} & set(found)  # one bridge, or a weak one
    # C's and D's sentences are alike through A (two sentences, one article: its best path) and B
    assert found[(2, 3)] == (0.8, 2)
    assert set(found) == {(0, 1), (1, 6), (2, 3)}


def test_only_pairs_with_a_new_side_when_some_are_new():
    new = np.zeros(len(ARTICLES), dtype=bool)
    new[6] = True
    assert set(_found(new)) == {(1, 6)}


def test_with_restated_adds_pairs_with_their_cosine_and_raises_those_found_weakly():
    ids = np.arange(len(ARTICLES)) * 10 + 10  # claim ids 10, 20, ...
    rng = np.random.default_rng(1)
    matrix = rng.normal(size=(len(ARTICLES), 8)).astype(np.float32)
    rows = [(a, b, g) for a, b, g in EDGES] + [(0, 1, 0.1)]  # 0 and 1 also found directly, weakly
    a, b = ids[[r[0] for r in rows]], ids[[r[1] for r in rows]]
    alike = Alike(np.minimum(a, b), np.maximum(a, b), np.full(len(rows), 0.9), np.array([r[2] for r in rows]))
    out = with_restated(alike, ids, ARTICLES, matrix)
    at = {(int(p), int(q)): i for i, (p, q) in enumerate(zip(out.a, out.b))}
    assert len(out) == len(alike) + 2  # 20-70 and 30-40 added; 10-20 raised, not repeated
    raised = at[(10, 20)]
    assert out.gain[raised] == 0.75 and out.bridges[raised] == 2
    added = at[(20, 70)]
    u, v = matrix[1], matrix[6]
    assert out.cosine[added] == round(float(u @ v / np.linalg.norm(u) / np.linalg.norm(v)), 4)
    assert out.gain[added] == 0.8 and out.bridges[added] == 2
    assert (out.bridges[: len(alike) - 1] == 0).all()  # the pairs found directly, as they were
    assert np.array_equal(out.gain[: len(alike) - 1], alike.gain[:-1])


def test_paths_enumerated_a_share_at_a_time_give_the_same_pairs(monkeypatch):
    import factcheck.core.matching.restated as restated

    rng = np.random.default_rng(3)
    articles = rng.integers(0, 12, size=300)
    a, b = rng.integers(0, 300, size=(2, 4000))
    a, b = a[articles[a] != articles[b]], b[articles[a] != articles[b]]
    pairs = np.unique(np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1), axis=0)
    gain = rng.random(len(pairs))
    whole = through_others(pairs[:, 0], pairs[:, 1], gain, articles)
    monkeypatch.setattr(restated, "PATHS_PER_SHARE", 7)
    shared = through_others(pairs[:, 0], pairs[:, 1], gain, articles)
    assert len(whole[0]) > 100
    for x, y in zip(whole, shared):
        assert np.array_equal(x, y)
    strong = {(int(p), int(q)) for (p, q), g in zip(pairs, gain) if g >= BRIDGE_GAIN}
    assert not strong & set(zip(whole[0].tolist(), whole[1].tolist()))  # found already: left as they were
