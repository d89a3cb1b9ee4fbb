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
    figures = [(12, "money", 78e6, "EUR", 84e6), (22, "money", 78e6, "EUR", 84.5e6), (13, "money", 12e6, "EUR", 13e6),
               (23, "percent", 25, "%", None)]
    return ids, articles, _unit(matrix), found, figures


def _pairs(out):
    return {(int(a), int(b)) for a, b, v in zip(out.a, out.b, out.bridges) if v == sf.SAME_FIGURE}


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


@pytest.mark.parametrize("other, paired", [
    ((290e6, "DKK", 43.4e6), True),  # "290 millioner kroner" / "39 Millionen Euro": one amount, two currencies
    ((660e9, "IDR", 40.6e6), True),  # "Rp660 miliar": 7 % apart, the conversions rounded
    ((38e6, "EUR", 41.0e6), False),  # the same currency, another amount: another fine
    ((47e6, "USD", 47e6), False),  # 12 % apart
])
def test_an_amount_is_the_same_in_two_currencies_when_they_convert_to_it(other, paired):
    ids, articles, matrix, found, _ = _corpus()
    figures = [(12, "money", 39e6, "EUR", 43.0e6), (22, "money", *other)]
    assert ((12, 22) in _pairs(sf.on_one_story(found, ids, articles, matrix, figures))) is paired


def test_two_articles_on_one_story_through_the_articles_both_share_it_with():
    # Articles 1 and 2 share no two strong pairs, but each shares two with articles 3 and 4.
    rng = np.random.default_rng(2)
    ids = np.array([10, 11, 20, 21, 30, 31, 40, 41])
    articles = np.array([1, 1, 2, 2, 3, 3, 4, 4])
    matrix = rng.normal(size=(8, 16))
    matrix[2] = matrix[0] + 0.2 * rng.normal(size=16)
    links = [(10, 30), (11, 31), (10, 40), (11, 41), (20, 30), (21, 31), (20, 40), (21, 41)]
    figures = [(10, "number", 95000, None, None), (20, "number", 95000, None, None)]

    def run(links):
        found = Alike(np.array([a for a, _ in links], dtype=np.int64), np.array([b for _, b in links], dtype=np.int64),
                      np.full(len(links), 0.9), np.full(len(links), 0.8), np.zeros(len(links), dtype=np.int64))
        return _pairs(sf.on_one_story(found, ids, articles, _unit(matrix), figures))

    assert run(links) == {(10, 20)}
    assert run(links[:6]) == set()  # article 2 shares one pair with article 4: one article in common


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
