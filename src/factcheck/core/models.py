"""The data that flows from an article file to a reviewed claim.

Every offset (``start``/``end``) is a character offset into ``Article.text``: the text stored in the
database is exactly the text these offsets index, so a span is always ``article.text[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

# The largest article file read. Memory grows with the number of claims (~20 MB a MB of news text,
# on top of ~100 MB for the language model, rates and CLDR data): 5 MB, a hundred times a long
# article, peaked at 205 MB in analysis. The limit leaves room for saving it under the 300 MB target.
# Here, not in core/ingest: the command line names it in its help without loading the readers.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# Span kinds, in the order the UI and docs list them.
SPAN_KINDS = ("money", "percent", "number", "date", "attribution", "entity", "comparison")

# A claim is check-worthy at or above this score; why 0.30 is explained with the scoring, in
# core/claims.py (which re-exports it). Kept here so the workbench and the store can read it
# without importing the scorer and its CLDR tables (~30 ms of the workbench's start-up).
DEFAULT_THRESHOLD = 0.30

# In a claim's reasons, what the sentence model (core/claims_meaning.py) rather than the rules found:
# "event (by meaning)". Here for the same reason: the workbench's status line shows those reasons.
BY_MEANING = "(by meaning)"


#: The reader of figures, by number: raise it whenever ``find_claims`` reads the figures of a text
#: differently (a unit, a currency, a fraction more), so that stores read them again from their
#: stored text (``store.reread``) and the matcher compares what the reader sees today.
READING_VERSION = 113


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
class Figure:
    """A figure read from a sentence (``core.figures.read_figures``): the number, what it is in, and
    what it measures. The first eight fields are what the store keeps per claim; the rest is read
    again from the sentence when needed (``core.figure_context.annotate``).

    "næsten $20 millioner om måneden" -> Figure("money", value=20_000_000, unit="USD", approx=True,
                                              approx_word="næsten", period="monthly")
    "Rp322 miliar"                    -> Figure("money", value=322_000_000_000, unit="IDR", usd≈19.8e6)
    "en fjerdedel af omsætningen"     -> Figure("percent", value=25, unit="%", words=True,
                                              measure="revenue")
    "1,2 meter"                       -> Figure("number", value=1.2, unit="m", dimension="length")
    """

    kind: str  # "money", "percent", "number" or "year"
    start: int
    end: int
    value: float
    unit: str | None = None  # ISO 4217 code for money, "%" for percent, a unit symbol ("km"), or None
    approx: bool = False  # preceded by an approximation word ("næsten", "hampir", "about")
    usd: float | None = None  # money only: value in USD at ``as_of`` (ECB reference rate)
    as_of: str | None = None  # the date the conversion used (ISO)
    text: str = ""  # as written ("$20 millioner")
    approx_word: str = ""  # the word that made it approximate ("hampir", not the verb after it)
    period: str | None = None  # "monthly", "yearly", ... when the figure is a rate per period
    measure: str | None = None  # what it measures: "payment", "revenue", "growth", "deaths", ...
    courtesy: bool = False  # an outlet's own conversion of the figure before it: "€1.8bn ($1.9bn)"
    precision: float = 0.0  # half a unit of the last digit written, relative to the value
    words: bool = False  # written in words ("a quarter", "ein Viertel")
    bound: str = ""  # "min" for "at least"/"more than", "max" for "at most"/"less than"
    dimension: str | None = None  # for a unit: "length", "mass", ... (units compare within one)
    month: int | None = None  # the month it is of, when its clause names one ("2.2% in November"); 13-16 a quarter
    earlier: bool = False  # the level a change started from: the 5.1% of "rose from 5.1% to 5.4%"
    subject: str = ""  # whose it is, in a statement of several: a country's code or a name's key
    part: bool = False  # a part of the figure before it ("heraf 1.400"), or of a company's staff ("240 ansatte i Drammen")
    # true of its day only: a count so far of those an event hits ("41,000 passengers have been affected"),
    # a share's move ("Its shares fell 14.8% in after-hours trading")
    dated: bool = False
    year: int | None = None  # the year it is of, when its clause names one ("pagato 3,5 milioni nel 2023")
    source: str = ""  # whose count it is said to be: "police", "organisers", "ministry" (core.figure_sources)
    nationals: str = ""  # the nationality counted, a country's code: "Vier Deutsche" in Turkey is "DE"
    # on an undated page, the year said relative to the page's ("next year": 1): dated once the story's is known
    year_offset: int | None = None
    # the days it is a total of, where its clause gives a span and no period ("€2.4bn over four years":
    # 1461; "1.420 voos entre quinta-feira e domingo": 4; ``core.figure_spans``)
    over: float | None = None
    # the unit it is given per, a symbol: "€148 per megawatt-hour" is per "MWh" (``core.unit_prices``)
    per: str | None = None


# The name the store and older code use for a figure.
Quantity = Figure


def revalued(f: Figure, value: float, **changes) -> Figure:
    """``f`` read on to ``value`` (its next group, its decimals: "ایک ارب 43 کروڑ", "162円40銭"), its
    worth in dollars in proportion, with ``changes`` to its other fields."""
    usd = None if f.usd is None or not f.value else f.usd * value / f.value  # "0£1p": no worth to scale
    return replace(f, value=value, usd=usd, **changes)


@dataclass(slots=True)
class Claim:
    """A sentence with its check-worthiness. Every sentence becomes a Claim; ``score`` ranks them."""

    sentence: Sentence
    score: float  # check-worthiness in [0, 1]
    spans: list[Span] = field(default_factory=list)
    quantities: list[Figure] = field(default_factory=list)
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
