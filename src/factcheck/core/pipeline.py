"""From an article file to its claims: ingest -> language -> sentences -> claims -> quantities."""

from __future__ import annotations

from pathlib import Path

from factcheck.core.claims import find_claims
from factcheck.core.ingest import DEFAULT_MAX_BYTES, read_article
from factcheck.core.models import Analysis, Article
from factcheck.core.segment import split_sentences


def analyse(article: Article) -> Analysis:
    sentences = split_sentences(article.text, article.lang)
    return Analysis(article, find_claims(article.text, sentences, article.lang, article.date))


def analyse_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Analysis:
    return analyse(read_article(path, max_bytes))


def warm_up() -> None:
    """Load what every article needs (the language model, the exchange rates) now: before worker
    processes are forked, so that they share it instead of each loading it."""
    from factcheck.core.currency import usd_rate
    from factcheck.core.language import detect_language

    detect_language("Warming up the language model with a sentence of some twenty letters.")
    usd_rate("EUR", None)
