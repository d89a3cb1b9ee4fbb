"""ClaimReview JSON-LD (schema.org), one object per claim with a verdict, after Google's fact-check
guideline: claimReviewed, reviewRating {ratingValue, bestRating, worstRating, alternateName}, url,
author (the organisation), datePublished, itemReviewed {Claim: author, datePublished, appearance}.

Verdicts off the 1-5 line (e.g. "unproven") carry only ``alternateName``; "not-a-claim" is not
published, there being no claim to review, and neither is a disputed claim until it is settled. ``url`` is the organisation's page for the claim
(``organisation_url#claim-ID``) and is omitted when no organisation_url is configured: set it.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from factcheck.core.scale import BEST_RATING, WORST_RATING
from factcheck.export.data import ExportData

CONTEXT = "https://schema.org"
NOT_PUBLISHED = {"not-a-claim"}


def outlet(url: str | None) -> str | None:
    """The publishing outlet as its host name: "https://www.dr.dk/x" -> "dr.dk"."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def review(claim: dict, data: ExportData) -> dict:
    article = claim["article"]
    rating: dict = {"@type": "Rating", "alternateName": claim["verdict_label"]}
    if claim["rating"] is not None:
        rating |= {"ratingValue": claim["rating"], "bestRating": BEST_RATING, "worstRating": WORST_RATING}
    item: dict = {"@type": "Claim"}
    if name := outlet(article["url"]):
        item["author"] = {"@type": "Organization", "name": name}
    if article["date"]:
        item["datePublished"] = article["date"]
    if article["url"]:
        item["appearance"] = {"@type": "CreativeWork", "url": article["url"]}
    if article["lang"] and article["lang"] != "und":
        item["inLanguage"] = article["lang"]
    author: dict = {"@type": "Organization", "name": data.organisation}
    if data.organisation_url:
        author["url"] = data.organisation_url
    obj: dict = {"@context": CONTEXT, "@type": "ClaimReview"}
    if data.organisation_url:
        obj["url"] = f"{data.organisation_url}#claim-{claim['id']}"
    obj |= {
        "claimReviewed": " ".join(claim["text"].split()),
        "author": author,
        "datePublished": (claim["updated_at"] or data.generated_at)[:10],
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if claim["reviewer"]:
        obj["contributor"] = {"@type": "Person", "name": claim["reviewer"]}
    return obj


def reviews(data: ExportData) -> list[dict]:
    return [review(c, data) for c in data.claims if publishable(c)]


def publishable(claim: dict) -> bool:
    return bool(claim["verdict"]) and claim["verdict"] not in NOT_PUBLISHED and not claim["disputed"]


def render(data: ExportData) -> str:
    return json.dumps(reviews(data), ensure_ascii=False, indent=2) + "\n"
