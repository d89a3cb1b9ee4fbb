"""Fixtures shared across the suite: a store on a temp file, and articles built by hand."""

from __future__ import annotations

import hashlib

import pytest

from factcheck.core.models import Analysis, Article, Claim, Quantity, Sentence, Span
from factcheck.core.models import Analysis
from factcheck.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "test.db") as s:
        yield s


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test reads the developer's config, reviewer name or database."""
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.delenv("FACTCHECK_REVIEWER", raising=False)
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.delenv("FACTCHECK_MAX_MB", raising=False)
    # The sentence model is off unless a test turns it on (tests/semantic/): embedding every article
    # the suite adds would cost minutes, and those tests are about something else.
    monkeypatch.setenv("FACTCHECK_NO_SEMANTIC", "1")


def make_analysis(sentences: list[str], lang: str = "en", title: str = "T", date: str | None = "2024-08") -> Analysis:
    """An Analysis of a text made of the given sentences, each scored 0.9 with a number span on
    its first digit, if any. For store tests that must not depend on the claim heuristics."""
    text = "\n\n".join(sentences)
    claims, offset = [], 0
    for s in sentences:
        spans, quantities = [], []
        digit = next((i for i, ch in enumerate(s) if ch.isdigit()), None)
        if digit is not None:
            spans.append(Span("number", offset + digit, offset + digit + 1))
            quantities.append(Quantity("number", offset + digit, offset + digit + 1, float(s[digit])))
        claims.append(Claim(Sentence(offset, offset + len(s)), 0.9, spans, quantities, ["test"]))
        offset += len(s) + 2
    article = Article(
        text=text, lang=lang, content_hash=hashlib.sha256(text.encode()).hexdigest(), title=title, date=date,
        path=f"/tmp/{title}.txt",
    )
    return Analysis(article, claims)
