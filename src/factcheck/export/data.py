"""What every export format shows: the articles and the claims chosen, with verdicts and context.

Gathered once from the store (``collect``) so Markdown, ClaimReview, CSV and JSON agree on which
claims they contain. A claim is *reviewed* when it has a verdict or a note; ``include_unreviewed``
adds the other check-worthy claims of the chosen articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from factcheck.config import Config
from factcheck.store import Store
from factcheck.store.articles import list_articles
from factcheck.store.claims import list_claims
from factcheck.store.verdicts import histories


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
    related_limit: int = RELATED_LIMIT,
) -> ExportData:
    """``related_limit``: related statements listed per claim (0: only their counts, as CSV shows)."""
    from factcheck.core.claims import DEFAULT_THRESHOLD
    from factcheck.store.disputes import open_disputes

    articles = [
        {k: a[k] for k in ("id", "title", "lang", "date", "url", "content_hash")} | {"file": a["file_name"]}
        for a in list_articles(store)
        if article_ids is None or a["id"] in article_ids
    ]
    chosen = {a["id"] for a in articles}
    disputes = open_disputes(store)
    records = [
        (record, reviewed)
        for record in list_claims(store, article_ids=sorted(chosen))
        if (reviewed := record.verdict is not None or record.note is not None)
        or (include_unreviewed and record.score >= DEFAULT_THRESHOLD)
    ]
    ids = [record.id for record, _ in records]
    # a few queries for all claims, not one per claim: exports of big stores took a minute
    related = related_statements(store, ids, related_limit) if with_related else {}
    changes = histories(store, ids)
    claims = [
        _claim(config, record, reviewed, disputes.get(record.id), related.get(record.id), changes.get(record.id, []))
        for record, reviewed in records
    ]
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


def _claim(config: Config, record, reviewed: bool, dispute: dict | None, related, changes: list[dict]) -> dict:
    verdict = config.scale.get(record.verdict)
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
        "related": related.items if related else [],
        "related_total": related.total if related else 0,
        "related_conflicts": related.conflicts if related else 0,
    }


def _label(config: Config, key: str | None) -> str | None:
    verdict = config.scale.get(key)
    return verdict.label if verdict else key


_HISTORY_FIELDS = ("reviewer", "at", "old_verdict", "new_verdict", "old_note", "new_note")


def related_statements(store: Store, claim_ids: list[int], limit: int = RELATED_LIMIT):
    """The matcher's related statements in other articles of each claim: claim id ->
    ``store.related.Related`` with the best ``limit`` and the counts of all."""
    from factcheck.store.related import related_many

    return related_many(store, claim_ids, limit=limit)
