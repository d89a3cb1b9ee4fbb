"""A small reviewed database for the export tests, built by hand (no claim heuristics involved)."""

from __future__ import annotations

import dataclasses

import pytest

from factcheck.config import Config
from factcheck.store import articles
from factcheck.store.claims import list_claims
from factcheck.store.verdicts import set_verdict
from tests.conftest import make_analysis

CONFIG = Config(organisation="Example Fact Check", organisation_url="https://factcheck.example/report")


def add_article(store, sentences, **kwargs):
    url = kwargs.pop("url", None)
    analysis = make_analysis(sentences, **kwargs)
    if url:
        analysis.article = dataclasses.replace(analysis.article, url=url)
    article_id, _ = store.write(lambda: articles.save(store, analysis))
    return article_id


@pytest.fixture
def reviewed(store):
    """Two articles; three claims reviewed (false with a note, mostly-true, unproven), two not."""
    a = add_article(store, ["TikTok paid 20 million a month.", "It was 25 percent of revenue.", "Unreviewed 7."],
                    lang="en", title="TikTok pays Microsoft", url="https://www.example.com/tiktok")
    b = add_article(store, ["TikTok membayar Rp322 miliar 3.", "Belum ditinjau 9."], lang="id", title="Upeti",
                    date="2024-08-01")
    claims = list_claims(store)
    set_verdict(store, claims[0].id, "false", note="ECB rate: see https://ecb.europa.eu/x", reviewer="ana")
    set_verdict(store, claims[1].id, "mostly-true", reviewer="ben")
    set_verdict(store, claims[3].id, "unproven", note="no source", reviewer="ana")
    store.ids = {"a": a, "b": b, "claims": [c.id for c in claims]}
    return store
