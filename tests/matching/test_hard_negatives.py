"""Pairs that look alike but are not the same statement rank below the true pairs."""

from __future__ import annotations

from rapidfuzz import fuzz

from factcheck.core.matching import DEFAULT_MIN_SCORE, Statement, score_pair
from factcheck.core.models import Quantity
from factcheck.core.signature import find_periods


def usd(value: float, text: str, sentence: str) -> tuple[Quantity, str]:
    start = sentence.index(text)
    return (Quantity("money", start, start + len(text), value, "USD", False, value, "2024-05-01"), text)


def st(cid: int, article: int, lang: str, text: str, figures=(), names=()) -> Statement:
    return Statement(cid, article, lang, text, tuple(usd(v, t, text) for v, t in figures), tuple(names), "2024-05-01")


def score(a: Statement, b: Statement) -> float:
    sim = fuzz.token_set_ratio(a.text.lower(), b.text.lower()) / 100 if a.lang == b.lang else None
    return score_pair(a.signature(), b.signature(), sim).score


def test_same_template_other_subject_ranks_below_the_same_statement():
    a = st(1, 1, "en", "Northwind paid Contoso $437 million for the cloud contract.", [(437e6, "$437 million")], ["Northwind", "Contoso"])
    other = st(2, 2, "en", "Fabrikam paid Contoso $448 million for the cloud contract.", [(448e6, "$448 million")], ["Fabrikam", "Contoso"])
    same = st(3, 3, "en", "Contoso received $437 million from Northwind under the deal, filings show.", [(437e6, "$437 million")], ["Contoso", "Northwind"])
    same_da = st(4, 4, "da", "Northwind betalte 437 millioner dollars til Contoso for cloudaftalen.", [(437e6, "437 millioner dollars")], ["Northwind", "Contoso"])
    same_figure = st(5, 5, "en", "Fabrikam paid Contoso $437 million for the cloud contract.", [(437e6, "$437 million")], ["Fabrikam", "Contoso"])
    assert score(a, same) >= DEFAULT_MIN_SCORE and score(a, same_da) >= DEFAULT_MIN_SCORE
    for negative in (other, same_figure):  # one template, another subject: not the same statement
        assert score(a, negative) < DEFAULT_MIN_SCORE
        assert score(a, negative) < min(score(a, same), score(a, same_da))


def test_a_source_named_daily_or_monthly_is_not_a_period():
    assert find_periods("The Daily Telegraph reported that TikTok pays Microsoft $20 million.") == frozenset()
    assert find_periods("According to Monthly Review, prices rose.") == frozenset()
    assert find_periods("Dagbladet Daily News: TikTok betaler 20 mio. kr. om måneden.") == frozenset({"monthly"})
    assert find_periods("TikTok pays Microsoft $20 million monthly.") == frozenset({"monthly"})
