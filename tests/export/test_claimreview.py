"""ClaimReview JSON-LD: Google's fields, and it expands as JSON-LD (inline context, no network)."""

from __future__ import annotations

import json

from pyld import jsonld

from factcheck.config import Config
from factcheck.export import render
from factcheck.store.disputes import open_dispute
from tests.export.conftest import CONFIG

SCHEMA = "http://schema.org/"
# the schema.org context, inline: every term in the schema.org vocabulary
INLINE_CONTEXT = {"@context": {"@vocab": SCHEMA}}


def offline_loader(url, options=None):
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), f"unexpected fetch of {url}"
    return {"contextUrl": None, "documentUrl": url, "document": INLINE_CONTEXT}


def test_one_review_per_published_verdict_with_google_fields(reviewed):
    reviews = json.loads(render(reviewed, "claimreview", CONFIG))
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["False", "Mostly true", "Unproven"]
    first = reviews[0]
    assert first["@type"] == "ClaimReview" and first["claimReviewed"] == "TikTok paid 20 million a month."
    assert first["reviewRating"] == {"@type": "Rating", "alternateName": "False", "ratingValue": 1,
                                     "bestRating": 5, "worstRating": 1}  # fmt: skip
    assert first["url"].startswith("https://factcheck.example/report#claim-")
    assert first["author"] == {"@type": "Organization", "name": "Example Fact Check",
                               "url": "https://factcheck.example/report"}  # fmt: skip
    assert len(first["datePublished"]) == 10
    assert first["itemReviewed"] == {"@type": "Claim", "author": {"@type": "Organization", "name": "example.com"},
                                     "datePublished": "2024-08", "inLanguage": "en",
                                     "appearance": {"@type": "CreativeWork", "url": "https://www.example.com/tiktok"}}  # fmt: skip
    assert first["contributor"] == {"@type": "Person", "name": "ana"}
    assert "ratingValue" not in reviews[2]["reviewRating"]  # unproven is off the 1-5 line


def test_expands_as_json_ld_with_required_fields(reviewed):
    reviews = json.loads(render(reviewed, "claimreview", CONFIG))
    expanded = jsonld.expand(reviews, {"documentLoader": offline_loader})
    assert len(expanded) == 3
    for node in expanded:
        assert node["@type"] == [SCHEMA + "ClaimReview"]
        for field in ("claimReviewed", "reviewRating", "url", "author", "datePublished", "itemReviewed"):
            assert SCHEMA + field in node, field
        rating = node[SCHEMA + "reviewRating"][0]
        assert SCHEMA + "alternateName" in rating
        item = node[SCHEMA + "itemReviewed"][0]
        assert item["@type"] == [SCHEMA + "Claim"]
    assert {SCHEMA + "appearance", SCHEMA + "author", SCHEMA + "datePublished"} <= set(expanded[0][SCHEMA + "itemReviewed"][0])


def test_not_a_claim_and_disputed_claims_are_not_published(reviewed):
    from factcheck.store.verdicts import set_verdict

    first, second = reviewed.ids["claims"][:2]
    set_verdict(reviewed, first, "not-a-claim", reviewer="ana")
    reviewed.write(lambda: open_dispute(reviewed, second, {"ana": "mostly-true", "ben": "false"}))
    reviews = json.loads(render(reviewed, "claimreview", CONFIG))
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["Unproven"]


def test_without_organisation_url_there_is_no_url(reviewed):
    reviews = json.loads(render(reviewed, "claimreview", Config(organisation="X")))
    assert reviews and all("url" not in r and r["author"] == {"@type": "Organization", "name": "X"} for r in reviews)
