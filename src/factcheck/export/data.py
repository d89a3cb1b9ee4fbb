"""What every export format shows: the articles and the claims chosen, with verdicts and context.

Gathered once from the store (``collect``) so Markdown, ClaimReview, CSV and JSON agree on which
claims they contain. A claim is *reviewed* when it has a verdict or a note; ``include_unreviewed``
adds the other check-worthy claims of the chosen articles.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from factcheck.config import Config
from factcheck.store import Store
from factcheck.store.articles import list_articles
from factcheck.store.claims import list_claims
from factcheck.store.verdicts import history


@dataclass
class ExportData:
    generated_at: str
    organisation: str
    organisation_url: str | None
    articles: list[dict]  # id, file, title, lang, date, url, content_hash
    claims: list[dict]  # see ``_claim``
    counts: Counter = field(default_factory=Counter)  # verdict key (None = no verdict yet) -> claims
    include_unreviewed: bool = False


RELATED_LIMIT = 10  # related statements listed per claim; counts cover them all


def collect(
    store: Store,
    config: Config,
    *,
    include_unreviewed: bool = False,
    article_ids: list[int] | None = None,
    with_related: bool = True,
) -> ExportData:
    from factcheck.core.claims import DEFAULT_THRESHOLD
    from factcheck.store.disputes import open_disputes

    articles = [
        {k: a[k] for k in ("id", "title", "lang", "date", "url", "content_hash")} | {"file": a["file_name"]}
        for a in list_articles(store)
        if article_ids is None or a["id"] in article_ids
    ]
    chosen = {a["id"] for a in articles}
    disputes = open_disputes(store)
    claims = []
    for record in list_claims(store, article_ids=sorted(chosen)):
        reviewed = record.verdict is not None or record.note is not None
        if reviewed or (include_unreviewed and record.score >= DEFAULT_THRESHOLD):
            claims.append(_claim(store, config, record, reviewed, disputes.get(record.id), with_related))
    by_id = {a["id"]: a for a in articles}
    for claim in claims:
        claim["article"] = by_id[claim.pop("article_id")]
    return ExportData(
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        organisation=config.organisation,
        organisation_url=config.organisation_url,
        articles=articles,
        claims=claims,
        counts=Counter(c["verdict"] for c in claims if c["reviewed"]),
        include_unreviewed=include_unreviewed,
    )


def _claim(store: Store, config: Config, record, reviewed: bool, dispute: dict | None, with_related: bool) -> dict:
    verdict = config.scale.get(record.verdict)
    related = related_statements(store, record.id) if with_related else []
    changes = history(store, record.id)
    return {
        "id": record.id,
        "article_id": record.article_id,
        "lang": record.lang,
        "text": record.text,
        "start": record.start,
        "end": record.end,
        "score": record.score,
        "kinds": record.kinds,
        "reasons": record.reasons,
        "quantities": record.quantities,
        "reviewed": reviewed,
        "verdict": record.verdict,
        # a key no longer on the scale is still shown, as itself
        "verdict_label": verdict.label if verdict else record.verdict,
        "rating": verdict.rating if verdict else None,
        "note": record.note,
        "reviewer": record.reviewer,
        "updated_at": changes[-1]["at"] if changes else None,
        "history": [{k: h[k] for k in _HISTORY_FIELDS} for h in changes],
        "disputed": dispute and dispute | {"labels": {who: _label(config, v) for who, v in dispute["verdicts"].items()}},
        "related": related[:RELATED_LIMIT],
        "related_total": len(related),
        "related_conflicts": sum(1 for r in related if r.get("consistency") == "conflict"),
    }


def _label(config: Config, key: str | None) -> str | None:
    verdict = config.scale.get(key)
    return verdict.label if verdict else key


_HISTORY_FIELDS = ("reviewer", "at", "old_verdict", "new_verdict", "old_note", "new_note")


def related_statements(store: Store, claim_id: int) -> list[dict]:
    """The matcher's related statements in other articles, best first ([] before it exists)."""
    if importlib.util.find_spec("factcheck.store.matches") is None:
        return []
    from factcheck.store.matches import related

    return related(store, claim_id)
