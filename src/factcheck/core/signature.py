"""Language-neutral signatures of claims: what two statements in different languages can share.

A signature holds what survives translation:

* named entities, folded across case, accents and genitive endings ("ByteDances", "Microsoft's",
  "OpenAIs" -> bytedance, microsoft, openai). Entities are the claim's ``entity`` spans plus tokens
  whose shape marks a name: inner capitals (TikTok), acronyms (AI, ECB), or a capital letter that does
  not start a sentence (Microsoft). Month names, corporate suffixes (Ltd., Corporation) and, in
  German, plain capitalised words (every noun) are left out or weigh less.
* normalised quantities (money in USD at the article's date, percentages, numbers),
* years (via ``core.dates``),
* period words ("monthly", "månedligt", "setiap bulan", "pro Monat", "al mes", "par mois") as one
  anchor per period, and
* the folded text, for rapidfuzz where the languages are close.

``anchors`` are the keys of the inverted index that finds candidate pairs (see ``matching``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from babel.core import get_global

from factcheck.core.accents import strip_accents
from factcheck.core.claim_words import NOUN_CAPITALISING
from factcheck.core.dates import find_dates, month_names, weekday_named
from factcheck.core.day_dates import days_named
from factcheck.core.figure_context import annotate
from factcheck.core.figure_parts import with_parts
from factcheck.core.figure_roles import with_dated
from factcheck.core.figure_spans import with_spans
from factcheck.core.figure_sources import with_sources
from factcheck.core.figure_subjects import with_subjects
from factcheck.core.figures import read_figures, year_figures
from factcheck.core.units import DIMENSION
from factcheck.core.measure_words import EVENTS
from factcheck.core.models import Figure, Quantity
from factcheck.core.relative_years import with_relative_years
from factcheck.core.places import NATIONALS, places_named
from factcheck.core.periods import PERIODS, find_periods  # noqa: F401 (re-exported)
from factcheck.core.years_ago import years_ago

# Words that follow a company name and say nothing about which one it is.
CORPORATE_SUFFIXES = frozenset(
    "ltd inc corp corporation co company gmbh ag sa sas spa plc llc lp nv bv ab as asa oy pt tbk"
    " group holding holdings".split()
)
# The same acronym in other languages: KI (de), IA (fr, es) = AI; UE = EU; ONU, PBB, FN, VN = UN.
ACRONYM_ALIASES = {"ki": "ai", "ia": "ai", "ue": "eu", "onu": "un", "pbb": "un", "otan": "nato"}
# ISO 4217 codes written beside amounts ("20 M USD", "DKK 150") are units, not names.
CURRENCY_CODES = frozenset(get_global("all_currencies"))
# Capitalised function words that begin quotes or follow a dash; not names in any language.
_NOT_NAMES = frozenset(
    "the a an and or but in on at of for to by with from as this that these those it its he she we"
    " they i you der die das den dem des ein eine und oder le la les un une et ou de du des el los las"
    " y o en det en et og eller i på af til med fra som den der dette disse yang dan atau di ke dari"
    " untuk dengan ini itu".split()
)

_WORD = re.compile(r"[^\W\d_][\w.&]*(?:['’][\w]+|['’])?", re.UNICODE)
_SENTENCE_OPENERS = set(".!?:;\"'“”‘’«»„()[]–—-•")
_FOLD_GENITIVE = re.compile(r"(?:['’]s?|:\w+)$")
_ELISION = re.compile(r"^(?:[lLdD]|[dD]ell|[nN]ell|[aA]ll|[sS]ull|[qQ]u)['’](?=\w)")
_TEXT_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1 << 16)
def fold_entity(token: str) -> str:
    """One key for a name across case, accents and genitive endings.

    "ByteDances" -> "bytedance", "Microsoft's" -> "microsoft", "OpenAIs" -> "openai", "AIs" -> "ai",
    "OpenAI:n" -> "openai", "Ltd." -> "ltd". A trailing s is taken off words longer than three
    letters (not "ss"): every language's form of a name folds the same way, so "Paris" -> "pari" on
    both sides of a comparison does no harm.
    """
    token = token.strip(".")
    token = _FOLD_GENITIVE.sub("", token)
    token = _ELISION.sub("", token)  # "L'Indonesia", "d'OpenAI"
    if len(token) >= 3 and token.endswith("s") and token[-2].isupper():
        token = token[:-1]  # "AIs", "IBMs": genitive on an acronym
    folded = strip_accents(token).casefold()
    if len(folded) > 3 and folded.endswith("s") and not folded.endswith("ss"):
        folded = folded[:-1]
    return ACRONYM_ALIASES.get(folded, folded)


NAME_STEM = 7  # letters of a folded name that make its key


def name_key(folded: str) -> str:
    """The key a folded name is compared by: its first ``NAME_STEM`` letters, so that one name's
    forms across languages and inflections meet ("indonesia", "indonesien", "indonesie" ->
    "indones"; Polish "microsoftu" -> "microso"). Two different names sharing seven first letters
    in one story are rare; a name that is missed costs a related statement."""
    return folded[:NAME_STEM]


@dataclass(frozen=True, slots=True)
class Entity:
    key: str  # folded
    display: str  # as first written
    weight: float  # 1.0 for a distinctive shape, less for a plain capitalised word


# Words that introduce who says so; the name right after them is a source, not the subject
# ("According to Reuters, ..."): two claims citing one agency are not for that the same statement.
SOURCE_CUES = (
    "according to", "reported by", "ifølge", "iflg.", "laut", "nach angaben von", "según",
    "de acuerdo con", "selon", "d'après", "d’après", "menurut", "dilansir", "dilansir dari", "mengutip",
)
SOURCE_WEIGHT = 0.35
_SOURCE_RE = re.compile(
    r"(?<!\w)(?:%s)\s+(?:(?:the|der|die|das|dem|den|el|la|le|les|l'|l’)\s*)?"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[\w.&'’-]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w.&'’-]*){0,2})"
    % "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in SOURCE_CUES),
    re.IGNORECASE,
)


def source_names(text: str) -> set[str]:
    """Folded names standing right after a source cue: "Ifølge Berlingske" -> {"berlingske"}."""
    found = set()
    for m in _SOURCE_RE.finditer(text):
        for word in m.group("name").split():
            if word[:1].isupper():
                found.add(fold_entity(word.strip(",.;:")))
    return found


@lru_cache(maxsize=1 << 16)
def _shape_weight(token: str, lang: str) -> float:
    """How surely a capitalised token is a name, from its shape alone."""
    letters = [c for c in token if c.isalpha()]
    uppers = sum(c.isupper() for c in letters)
    if uppers >= 2:  # TikTok, OpenAI, ByteDance, AI, ECB
        return 1.0 if len(letters) > 2 else 0.5  # two-letter acronyms (AI, EU, US) are everywhere
    if lang == "de":  # German capitalises every noun: a plain capitalised word is weak evidence
        return 0.15
    return 0.7


def find_entities(
    text: str, lang: str, spans: tuple[str, ...] = (), quantity_texts: tuple[str, ...] = ()
) -> list[Entity]:
    """Names in a claim's text: entity spans (``spans``, texts) and name-shaped tokens. Words of
    the quantities ("DKK", "USD", "Rp", "Miliar") are not names."""
    found: dict[str, Entity] = {}
    months = month_names(lang) if lang else {}
    in_quantities = {fold_entity(w.group()) for q in quantity_texts for w in _WORD.finditer(q)}
    sources = source_names(text)

    def add(token: str, weight: float) -> None:
        key = fold_entity(token)
        if len(key) < 2 or key in CORPORATE_SUFFIXES or key in _NOT_NAMES or key in months:
            return
        if key in in_quantities or key.upper() in CURRENCY_CODES:
            return
        if key.rstrip(".") in months or _DIGIT.search(key):
            return
        if key in sources:
            weight = min(weight, SOURCE_WEIGHT)
        key = name_key(key)
        old = found.get(key)
        if old is None or weight > old.weight:
            found[key] = Entity(key, old.display if old else _display(token), weight)

    for span in spans:
        for m in _WORD.finditer(span):
            for part in m.group().split("-"):
                if part[:1].isupper():
                    add(part, max(_shape_weight(part, lang), 0.7))
    words = list(_WORD.finditer(text))
    # A headline in Title Case capitalises every word: only name-shaped tokens count there.
    title_case = len(words) >= 4 and sum(w.group()[0].isupper() for w in words) >= 0.6 * len(words)
    for m in words:
        word = m.group()
        if word.islower():
            continue
        j = m.start() - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        sentence_start = j < 0 or text[j] in _SENTENCE_OPENERS
        for i, part in enumerate(word.split("-")):
            if not part[:1].isupper():
                continue
            weight = _shape_weight(part, lang)
            if lang in NOUN_CAPITALISING and weight < 0.3:
                continue  # a German noun; names there come from the claim's entity spans
            if title_case and weight < 1.0:
                weight = min(weight, 0.3)
            if weight < 1.0 and sentence_start and i == 0:
                continue  # "Rapporter viser, ...": capitalised because it starts the sentence
            add(part, weight)
    return list(found.values())


def _display(token: str) -> str:
    token = token.strip(".")
    token = _FOLD_GENITIVE.sub("", token)
    return token


@dataclass(slots=True)
class Signature:
    entities: dict[str, Entity]
    quantities: tuple[Figure, ...]  # money, percentages, numbers (with units), as ``core.figures`` reads them
    years: frozenset[int]
    periods: frozenset[str]
    text: str  # folded words, for rapidfuzz
    anchors: tuple[str, ...] = field(default=())
    date: str | None = None  # the article's date; None when the article is undated

    entity_weight: float = 0.0  # sum of the entities' weights
    events: tuple[Figure, ...] = ()  # years as figures ("complained in 2019"), compared when their event agrees
    story_date: str | None = None  # for an undated article: the date of its story, and why
    story_reason: str = ""
    places: frozenset[str] = frozenset()  # the countries it names, and whether a route or the world (core.places)
    weekday: int | None = None  # the one weekday it names (0: Monday): "am Mittwoch", "at Thursday's peak"
    months: frozenset[str] = frozenset()  # the months it names with their year, "2027-03" ("1 March 2027")
    days: frozenset[str] = frozenset()  # the dates to the day it names, "2027-12-18", "--12-18" (no year written)


SIGNATURE_VERSION = 128
"""Stored signatures (``to_data``) carry this number; one of another number is built anew from its
claim. Raise it whenever ``build_signature`` gives a different result for the same claim."""

DISTINCTIVE = 0.7  # a name at least this weighty, on one side only, says the two may speak of others


def counterparts(a: Signature, b: Signature, shared: Iterable[str] | None = None) -> float:
    """Up to 1 when each side names someone the other does not (A pays B / C pays B): the
    distinctive names only one side has, the smaller of the two sums. ``shared``: the names both
    have, when known."""
    keys = set(a.entities.keys() & b.entities.keys() if shared is None else shared)
    only_a = sum([e.weight for k, e in a.entities.items() if k not in keys and e.weight >= DISTINCTIVE])
    only_b = sum([e.weight for k, e in b.entities.items() if k not in keys and e.weight >= DISTINCTIVE])
    return min(1.0, only_a, only_b)


_FIGURE_FIELDS = Figure.__dataclass_fields__.keys()


def _word_key(word: str) -> str:
    """The key ``word`` has as a name (as ``find_entities`` keys it); "" for a word that is no name
    ("The" opening a sentence)."""
    folded = fold_entity(word)
    return "" if folded in _NOT_NAMES else name_key(folded)


def to_data(sig: Signature) -> list:
    """The signature as plain JSON-able lists (``from_data`` gives it back, equal field by field),
    so a store can keep it instead of parsing the claim again."""
    return [
        [[e.key, e.display, e.weight] for e in sig.entities.values()],
        [[getattr(q, f) for f in _FIGURE_FIELDS] for q in sig.quantities],
        sorted(sig.years), sorted(sig.periods), sig.text, list(sig.anchors), sig.date, sig.entity_weight,
        [[getattr(q, f) for f in _FIGURE_FIELDS] for q in sig.events], sig.story_date, sig.story_reason,
        sorted(sig.places), sig.weekday, sorted(sig.months), sorted(sig.days),
    ]


def from_data(data: list) -> Signature:
    (entities, quantities, years, periods, text, anchors, date, entity_weight, events, story_date, reason, places,
     weekday, months, days) = data
    return Signature(
        {key: Entity(key, display, weight) for key, display, weight in entities},
        tuple(Figure(*q) for q in quantities), frozenset(years), frozenset(periods), text, tuple(anchors), date,
        entity_weight, tuple(Figure(*q) for q in events), story_date, reason, frozenset(places), weekday,
        frozenset(months), frozenset(days),
    )


def story_date(dates) -> tuple[str | None, str]:
    """The date of a story from the dates of its dated articles: the middle one (a late follow-up
    does not move it), and the reason the evidence gives."""
    known = sorted(d for d in dates if d)
    if not known:
        return None, ""
    middle = known[(len(known) - 1) // 2]
    many = f"{len(known)} dated related articles" if len(known) > 1 else "a dated related article"
    return middle, f"undated; story date {middle} from {many}"


def find_years(text: str, lang: str) -> frozenset[int]:
    years = set()
    for d in find_dates(text, lang or "und"):
        if d.value[:1].isdigit():
            years.add(int(d.value[:4]))
    return frozenset(years)


def fold_text(text: str) -> str:
    return " ".join(_TEXT_TOKEN.findall(strip_accents(text).casefold()))


def money_bucket(usd: float) -> int:
    """Half-decade buckets of a USD amount: amounts within ~10% mostly share one, neighbours the other."""
    return int(math.floor(math.log10(max(usd, 1e-9)) * 10))


def _nationals(numbers: Iterable[Figure]) -> frozenset[str]:
    """``{NATIONALS}`` when a count is of one nationality ("420 Dutch", ``Figure.nationals``): a local
    angle, as "citizens"."""
    return frozenset({NATIONALS}) if any(f.nationals for f in numbers) else frozenset()


def build_signature(
    text: str,
    lang: str,
    quantities: tuple[tuple[Quantity, str], ...] = (),
    entity_spans: tuple[str, ...] = (),
    date: str | None = None,
    offset: int = 0,
    story_dates: tuple[str, ...] = (),
) -> Signature:
    """The signature of one claim. Its figures are ``quantities`` (the claim's figures as
    ``core.figures.read_figures`` read them and the store keeps them, offsets into the article,
    ``offset`` being the claim's), annotated with what each measures from ``text``; a claim given
    without them is read from ``text``. ``story_dates``: for an undated article, the dates of
    related dated articles."""
    dates = find_dates(text, lang or "und")
    if quantities:
        figures = annotate(text, lang, [_in_claim(q, t, text, offset) for q, t in quantities]
                           + year_figures(text, lang, 0, len(text), dates))
    else:
        figures = read_figures(text, lang, as_of=date, years=True)
    ago, figures = years_ago(text, lang, figures, date)  # "vor 17 Jahren": a year, no count
    figures = [*figures, *ago]
    numbers = tuple(f for f in figures if f.kind != "year")
    events = tuple(f for f in figures if f.kind == "year" and f.measure in EVENTS)
    texts = tuple(f.text for f in numbers) + tuple(t for _, t in quantities)
    entities = {e.key: e for e in find_entities(text, lang, entity_spans, texts)}
    numbers = with_subjects(text, lang, with_parts(text, lang, with_dated(text, numbers)), entities.keys(), _word_key)
    numbers = with_spans(text, lang, numbers)
    numbers = with_sources(text, with_relative_years(text, numbers, date, lang))
    years = frozenset(int(f.value) for f in figures if f.kind == "year")
    periods = find_periods(text)
    # "... on 1 January 2024": a date in its own words, to the month at least
    written = [d.value for d in dates if d.precision in ("month", "day") and d.value[:1].isdigit()
               ] if years or (date is None and not story_dates) else []
    sig = Signature(entities, numbers, years, periods, fold_text(text), date=date,
                    entity_weight=sum(e.weight for e in entities.values()), events=events,
                    places=places_named(text, lang) | _nationals(numbers), weekday=weekday_named(text, lang),
                    months=frozenset(w[:7] for w in written if int(w[:4]) in years), days=days_named(dates))
    if date is None and story_dates:
        sig.story_date, sig.story_reason = story_date(story_dates)
    elif date is None:
        if written:
            sig.story_date = max(written)
            sig.story_reason = f"undated; date {sig.story_date} from its own text"
    sig.anchors = _anchors(sig)
    return sig


def _in_claim(q: Quantity, written: str, claim: str, offset: int) -> Figure:
    """A figure the store kept (offsets into the article) with offsets into its claim's text;
    where those do not hold its text (a hand-made statement), it is looked for in the claim."""
    start = q.start - offset
    if claim[start:start + len(written)] != written and (found := claim.find(written)) >= 0:
        start = found
    words = not any(ch.isdigit() for ch in written)  # "a quarter": a fraction written in words
    return Figure(q.kind, start, start + len(written), q.value, q.unit, q.approx, q.usd, q.as_of, written,
                  q.approx_word, words=q.words or words, dimension=q.dimension or DIMENSION.get(q.unit or ""))


def _anchors(sig: Signature) -> tuple[str, ...]:
    """Index keys: each entity, year, period and quantity (money by size bucket and its neighbour,
    percentages by value), plus the kinds of quantity, so a pair with different numbers still meets."""
    anchors = [f"e:{k}" for k, e in sig.entities.items() if e.weight >= 0.3]
    anchors += [f"y:{y}" for y in sig.years]
    anchors += [f"p:{p}" for p in sig.periods]
    for q in sig.quantities:
        if q.kind == "money" and q.usd:
            b = money_bucket(q.usd)
            anchors += [f"m:{b}", f"m:{b + 1}"]
        elif q.kind == "percent":
            anchors.append(f"%:{round(q.value)}")
        anchors.append(f"k:{q.kind}")
    return tuple(dict.fromkeys(anchors))
