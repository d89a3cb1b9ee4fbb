"""The data that flows from an article file to a reviewed claim.

Every offset (``start``/``end``) is a character offset into ``Article.text``: the text stored in the
database is exactly the text these offsets index, so a span is always ``article.text[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Span kinds, in the order the UI and docs list them.
SPAN_KINDS = ("money", "percent", "number", "date", "attribution", "entity", "comparison")

# A claim is check-worthy at or above this score; why 0.30 is explained with the scoring, in
# core/claims.py (which re-exports it). Kept here so the workbench and the store can read it
# without importing the scorer and its CLDR tables (~30 ms of the workbench's start-up).
DEFAULT_THRESHOLD = 0.30


@dataclass(frozen=True, slots=True)
class Article:
    text: str  # the cleaned article body; every offset indexes this string
    lang: str  # ISO 639-1 code ("da", "id", "en", ...), "und" when unknown
    content_hash: str  # sha256 hex of ``text``: the same article is stored once
    title: str | None = None
    date: str | None = None  # ISO 8601, as precise as the source: "2024", "2024-08", "2024-08-01"
    url: str | None = None
    path: str | None = None  # the file it came from, for display only


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    kind: str = "sentence"  # "sentence" or "heading"


@dataclass(frozen=True, slots=True)
class Span:
    kind: str  # one of SPAN_KINDS
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in text, normalised.

    "næsten $20 millioner" -> Quantity(kind="money", value=20_000_000, unit="USD", approx=True)
    "Rp322 miliar"         -> Quantity(kind="money", value=322_000_000_000, unit="IDR", usd≈19.8e6)
    "25 %"                 -> Quantity(kind="percent", value=25, unit="%")
    """

    kind: str  # "money", "percent" or "number"
    start: int
    end: int
    value: float
    unit: str | None = None  # ISO 4217 code for money, "%" for percent, else None or a unit word
    approx: bool = False  # preceded by an approximation word ("næsten", "hampir", "about")
    usd: float | None = None  # money only: value in USD at ``as_of`` (ECB reference rate)
    as_of: str | None = None  # the date the conversion used (ISO)


@dataclass(slots=True)
class Claim:
    """A sentence with its check-worthiness. Every sentence becomes a Claim; ``score`` ranks them."""

    sentence: Sentence
    score: float  # check-worthiness in [0, 1]
    spans: list[Span] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # short human words: "money", "attribution: ifølge"

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    @property
    def kinds(self) -> list[str]:
        present = {s.kind for s in self.spans}
        return [k for k in SPAN_KINDS if k in present]


@dataclass(slots=True)
class Analysis:
    """An article with its claims: what the pipeline produces and the store saves."""

    article: Article
    claims: list[Claim]  # one per sentence, in text order
