"""Pairs that state the same figure in two articles on one story (``same_figure.on_one_story``)."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.core.matching import same_figure as sf
from factcheck.core.matching.neighbours import Alike


def _unit(m):
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def _corpus(linking_pairs: int = 2, alike: float = 0.2):
    """Articles 1 and 2, their claims 10-13 and 20-23: ``linking_pairs`` pairs found strongly alike
    (10-20, 11-21), and 12 / 22 stating one figure, ``alike`` apart in their vectors (0.2: a cosine
    of ~0.98, 3.0: ~0.4); 13 / 23 state another figure each."""
    rng = np.random.default_rng(1)
    ids = np.array([10, 11, 12, 13, 20, 21, 22, 23])
    articles = np.array([1, 1, 1, 1, 2, 2, 2, 2])
    matrix = rng.normal(size=(8, 16))
    matrix[6] = matrix[2] + alike * rng.normal(size=16)
    links = [(10, 20), (11, 21)][:linking_pairs]
    found = Alike(np.array([a for a, _ in links], dtype=np.int64), np.array([b for _, b in links], dtype=np.int64),
                  np.full(len(links), 0.9), np.full(len(links), 0.8), np.zeros(len(links), dtype=np.int64))
    key = sf.figure_key("money", 78e6, "EUR")
    figures = [(12, key), (22, key), (13, sf.figure_key("money", 12e6, "EUR")), (23, sf.figure_key("percent", 25, "%"))]
    return ids, articles, _unit(matrix), found, figures


def test_the_same_figure_in_two_articles_on_one_story_is_a_pair():
    ids, articles, matrix, found, figures = _corpus()
    out = sf.on_one_story(found, ids, articles, matrix, figures)
    added = [(a, b, g, v) for a, b, g, v in zip(out.a, out.b, out.gain, out.bridges) if (a, b) == (12, 22)]
    assert added == [(12, 22, sf.FIGURE_GAIN, sf.SAME_FIGURE)]
    assert len(out) == len(found) + 1  # 13 / 23 state other figures


@pytest.mark.parametrize("linking_pairs, alike", [(1, 0.2), (2, 3.0)])
def test_not_without_a_story_shared_or_sentences_alike(linking_pairs, alike):
    ids, articles, matrix, found, figures = _corpus(linking_pairs, alike)
    assert len(sf.on_one_story(found, ids, articles, matrix, figures)) == len(found)


def test_a_figure_too_many_sentences_state_finds_nothing(monkeypatch):
    monkeypatch.setattr(sf, "MAX_HOLDERS", 1)
    ids, articles, matrix, found, figures = _corpus()
    assert len(sf.on_one_story(found, ids, articles, matrix, figures)) == len(found)


def test_only_pairs_with_a_new_side_when_some_are_new():
    ids, articles, matrix, found, figures = _corpus()
    assert len(sf.on_one_story(found, ids, articles, matrix, figures, new=[13])) == len(found)
    assert len(sf.on_one_story(found, ids, articles, matrix, figures, new=[22])) == len(found) + 1


def test_a_pair_found_weakly_is_raised_to_the_figures_term():
    ids, articles, matrix, found, figures = _corpus()
    weak = Alike(np.r_[found.a, 12], np.r_[found.b, 22], np.r_[found.cosine, 0.97], np.r_[found.gain, 0.2],
                 np.r_[found.bridges, 0])
    out = sf.on_one_story(weak, ids, articles, matrix, figures)
    assert len(out) == len(weak) and out.gain[-1] == sf.FIGURE_GAIN and out.bridges[-1] == sf.SAME_FIGURE


def test_what_a_figure_must_share():
    assert sf.figure_key("money", 78e6, "EUR") == sf.figure_key("money", 78_000_000.0, "EUR")
    assert sf.figure_key("money", 1.8e9, "EUR") != sf.figure_key("money", 1.84e9, "EUR")
    assert sf.figure_key("money", 78e6, "EUR") != sf.figure_key("money", 78e6, "USD")
    assert sf.figure_key("number", 12, None) is None and sf.figure_key("number", 5972, None) is not None
    assert sf.figure_key("number", 12, "km") is not None  # a unit says what is counted


@pytest.mark.parametrize("a, b", [
    (("da", "Omkring 95.000 passagerer er berørt."),
     ("en", "The carrier said it had cancelled flights affecting around 95,000 passengers.")),
    (("de", "Die Behörde verhängte ein Bußgeld von 39 Millionen Euro."),
     ("es", "La autoridad impuso una multa de 39 millones de euros.")),
])
def test_a_pair_stating_the_same_figure_is_listed_even_when_the_figure_is_a_plain_count(a, b):
    # The same count of passengers (no unit: a plain number, a weaker figure term than money) in
    # two sentences alike on one story, no name shared: listed on the figure's meaning term alone.
    from factcheck.core.matching import DEFAULT_MIN_SCORE
    from factcheck.core.matching.score import score_pair
    from factcheck.core.signature import build_signature

    (la, ta), (lb, tb) = a, b
    scored = score_pair(build_signature(ta, la), build_signature(tb, lb), meaning=sf.FIGURE_GAIN)
    assert scored.score >= DEFAULT_MIN_SCORE and scored.consistency == "consistent"
