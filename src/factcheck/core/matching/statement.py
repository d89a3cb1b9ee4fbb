"""What the matcher reads (a ``Statement``) and what it produces (a ``Match``)."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.core.models import Quantity
from factcheck.core.signature import Signature, build_signature


@dataclass(frozen=True, slots=True)
class Statement:
    """A claim as the matcher sees it."""

    id: int
    article_id: int
    lang: str
    text: str
    quantities: tuple[tuple[Quantity, str], ...] = ()  # each with its text as written
    entity_spans: tuple[str, ...] = ()  # texts of the claim's entity spans
    date: str | None = None  # the article's date (ISO, as precise as known)
    start: int = 0  # the claim's offset in the article (Quantity offsets index the article)

    def signature(self) -> Signature:
        return build_signature(self.text, self.lang, self.quantities, self.entity_spans, self.date, self.start)


@dataclass(frozen=True, slots=True)
class Match:
    a: int  # claim id, a < b
    b: int
    score: float
    evidence: tuple[str, ...]
    consistency: str | None  # "consistent" | "conflict" | None
    semantic: float | None = None  # the sentence model's similarity, when it took part
