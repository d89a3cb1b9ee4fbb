"""Related statements across articles and languages, scored and explained. Pure: no SQL, no UI.

How a pair is found and scored (DESIGN.md, "Matching across languages"):

1. Each claim gets a language-neutral :class:`~factcheck.core.signature.Signature`.
2. An inverted index maps index keys to claims. Every key involves a named entity: the entity
   alone, or the entity together with another anchor (a second entity, a year, a period word, a kind
   of quantity, a money bucket). A pair is scored only if it shares a key whose posting list is at
   most ``MAX_POSTING`` long, so a name that is in every claim ("Microsoft" in a store about
   Microsoft) costs nothing by itself but still finds pairs through its rarer combinations.
   Keys always involve an entity because the score cannot reach ``DEFAULT_MIN_SCORE`` without a
   shared entity (see ``score_pair``): equal numbers alone never make a match.
3. Where the two languages are close (same group in ``LANGUAGE_GROUPS``) the folded texts are
   compared with rapidfuzz ``token_set_ratio``, all candidate pairs in one ``process.cpdist`` call
   with ``workers=-1`` (``cpdist`` scores given pairs; ``cdist`` would score every combination).
4. ``score_pair`` adds up the evidence: shared entities, quantities of the same kind (more if they
   agree, still some if they conflict: a wrong number in the same statement is what a fact-checker
   looks for), the same period ("monthly"), a shared year, and similar wording.

Same-article pairs are never produced. The score of a pair depends on the pair alone (no corpus
statistics), so matching new articles incrementally gives the same result as a rebuild.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from factcheck.core.consistency import compare_quantities, describe, summary, verdict
from factcheck.core.models import Quantity
from factcheck.core.signature import Signature, build_signature

DEFAULT_MIN_SCORE = 0.55  # listed as related at or above this score
STORE_MIN_SCORE = 0.4  # kept in the store at or above this, so --min-score can go a little lower
MAX_POSTING = 250  # index keys shared by more claims than this are too common to find pairs by
MAX_ENTITY_KEYS = 6  # entities per claim that take part in composite keys (the weightiest)

# Languages whose words overlap enough for fuzzy text matching to mean something.
LANGUAGE_GROUPS = (
    frozenset({"da", "nb", "nn", "no", "sv"}),
    frozenset({"es", "pt", "it", "fr", "ca", "ro", "gl"}),
    frozenset({"de", "nl", "lb"}),
    frozenset({"id", "ms"}),
    frozenset({"en"}),
)
_GROUP_OF = {lang: i for i, group in enumerate(LANGUAGE_GROUPS) for lang in group}

# Weights of the evidence (see score_pair).
W_ENTITY_OVERLAP = 0.35
W_ENTITY_MASS = 0.15
W_QUANTITY_AGREE = 0.30
W_QUANTITY_CONFLICT = 0.20
W_QUANTITY_FAR = 0.10  # conflicting figures more than NEAR_RATIO apart
NEAR_RATIO = 12.0  # "20 millioner" vs "200 millions": a slip of one order of magnitude is near
P_OTHER_NAMES = 0.08
W_NUMBER_ONLY = 0.10
P_QUANTITY_KINDS_DIFFER = 0.20
P_QUANTITY_ONE_SIDE = 0.05
W_PERIOD = 0.15
W_YEAR = 0.10
P_YEAR_DIFFERS = 0.05
W_TEXT = 0.25
TEXT_FLOOR = 0.4
NO_SHARED_ENTITY = 0.5  # multiplier: without a shared name the score stays below DEFAULT_MIN_SCORE
SUPPORT_OVERLAP = 0.7  # name overlap from which numbers, periods and years count in full


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


def close_languages(a: str, b: str) -> bool:
    return a == b or (a in _GROUP_OF and _GROUP_OF.get(a) == _GROUP_OF.get(b))


def _names(a: Signature, b: Signature) -> tuple[list[str], float, float]:
    """Shared entity keys, their weight, and the overlap: the share of the
    smaller side's names that the other side also has (floored at one name's weight)."""
    keys = a.entities.keys() & b.entities.keys()
    if not keys:
        return [], 0.0, 0.0
    ea, eb = a.entities, b.entities
    total = sum(max(ea[k].weight, eb[k].weight) for k in keys)
    overlap = min(1.0, total / max(min(a.entity_weight, b.entity_weight), 1.0))
    return list(keys), total, overlap


def _counterparts(a: Signature, b: Signature, shared: list[str]) -> float:
    """Up to 1 when each side names someone the other does not (A pays B / A pays C): the
    distinctive names (weight >= 0.7) only one side has, the smaller of the two sums."""
    keys = set(shared)
    only_a = sum(e.weight for k, e in a.entities.items() if k not in keys and e.weight >= 0.7)
    only_b = sum(e.weight for k, e in b.entities.items() if k not in keys and e.weight >= 0.7)
    return min(1.0, only_a, only_b)


def _support(overlap: float) -> float:
    """How much agreeing numbers, periods, years and wording count: fully once most names agree,
    hardly when only a source or one of several names is shared. Equal numbers alone never match."""
    return min(1.0, overlap / SUPPORT_OVERLAP) ** 2


def score_pair(
    a: Signature, b: Signature, text_similarity: float | None = None, min_score: float = 0.0
) -> tuple[float, list[str], str | None]:
    """(score in [0, 1], evidence lines, consistency) for two claims' signatures.
    ``text_similarity`` in [0, 1] is given only when the languages are close. When even the best
    case cannot reach ``min_score`` the pair is not examined further: (upper bound, [], None)."""
    shared, shared_weight, overlap = _names(a, b)
    support = _support(overlap)
    score = W_ENTITY_OVERLAP * overlap + W_ENTITY_MASS * min(shared_weight, 2.0) / 2.0
    if text_similarity is not None:  # formulaic news ("X pays Y N a month") is alike whoever pays
        score += support * W_TEXT * max(0.0, (text_similarity - TEXT_FLOOR) / (1 - TEXT_FLOOR))
    factor = 1.0 if shared else NO_SHARED_ENTITY
    best = (score + support * (W_QUANTITY_AGREE + W_PERIOD + W_YEAR)) * factor
    if best < min_score:
        return best, [], None  # not rounded: rounding could lift it to min_score

    comparisons = compare_quantities(a, b)
    kinds_a = {q.kind for q in a.quantities}
    kinds_b = {q.kind for q in b.quantities}
    common = kinds_a & kinds_b
    if common:
        figures = [c for c in comparisons if c.kind in common]
        agree = bool(figures) and all(c.consistent for c in figures)
        near = all(c.difference <= 1 - 1 / NEAR_RATIO for c in figures)
        if common == {"number"}:
            score += support * W_NUMBER_ONLY
        elif agree:
            score += support * W_QUANTITY_AGREE
        else:  # a wrong number in the same statement; past NEAR_RATIO apart, less likely the same
            score += support * (W_QUANTITY_CONFLICT if near else W_QUANTITY_FAR)
    elif kinds_a and kinds_b:
        score -= P_QUANTITY_KINDS_DIFFER
    elif kinds_a or kinds_b:
        score -= P_QUANTITY_ONE_SIDE
    score -= P_OTHER_NAMES * _counterparts(a, b, shared)
    periods = sorted(a.periods & b.periods)
    if a.periods and b.periods:
        score += support * W_PERIOD if periods else -W_PERIOD
    if a.years and b.years:
        score += support * W_YEAR if a.years & b.years else -P_YEAR_DIFFERS
    score = round(min(1.0, max(0.0, score * factor)), 4)
    if score < min_score:
        return score, [], None

    evidence: list[str] = []
    if shared:
        shared.sort(key=lambda k: (-max(a.entities[k].weight, b.entities[k].weight), k))
        names = [min(a.entities[k].display, b.entities[k].display, key=len) for k in shared]
        evidence.append("entities: " + ", ".join(names))
    evidence += periods
    evidence += [describe(c) for c in comparisons]
    if text_similarity is not None and text_similarity >= 0.5:
        evidence.append(f"wording {text_similarity:.0%} alike")
    if comparisons:
        evidence.append(summary(comparisons))
    return score, evidence, verdict(comparisons)


def index_keys(sig: Signature) -> list[str]:
    """The inverted-index keys of a signature: each entity, and each entity with another anchor."""
    entities = [e for e in sorted(sig.entities.values(), key=lambda e: (-e.weight, e.key)) if e.weight >= 0.3]
    entities = entities[:MAX_ENTITY_KEYS]
    keys = [f"e:{e.key}" for e in entities]
    for e in entities:
        keys += [f"e:{e.key}|{anchor}" for anchor in sig.anchors if anchor > f"e:{e.key}"]
    return keys


class MatchIndex:
    """Statements with their signatures and the inverted index key -> positions."""

    def __init__(self, statements: Iterable[Statement] = ()) -> None:
        self.statements: list[Statement] = []
        self.signatures: list[Signature] = []
        self.keys: list[list[str]] = []
        self.postings: dict[str, list[int]] = {}
        self.add(statements)

    def __len__(self) -> int:
        return len(self.statements)

    def add(self, statements: Iterable[Statement]) -> list[int]:
        """Index statements; returns their positions."""
        positions = []
        for st in statements:
            pos = len(self.statements)
            sig = st.signature()
            keys = index_keys(sig)
            self.statements.append(st)
            self.signatures.append(sig)
            self.keys.append(keys)
            for key in keys:
                self.postings.setdefault(key, []).append(pos)
            positions.append(pos)
        return positions

    def candidates(self, pos: int) -> list[int]:
        """Positions of other articles that may match ``pos`` (see ``pick_candidates``)."""
        me = self.statements[pos]
        return pick_candidates(
            self.keys[pos], me.lang, me.article_id, self.postings,
            lambda p: self.statements[p].lang, lambda p: self.statements[p].article_id,
        )


def pick_candidates(
    keys: Iterable[str],
    lang: str,
    article_id: int,
    postings: Mapping[str, Sequence[int]],
    lang_of: Callable[[int], str],
    article_of: Callable[[int], int],
) -> list[int]:
    """Claims of other articles sharing two anchors with a claim (two single keys, or one composite
    key), counting only keys held by at most ``MAX_POSTING`` claims; where the languages are
    close, one shared key is enough. One
    shared key means one shared name and nothing else: without similar wording that scores at most
    W_ENTITY_OVERLAP + W_ENTITY_MASS, below the threshold. ``postings`` maps a key to every claim
    holding it (the store passes its ``match_keys`` rows, the in-memory index its lists)."""
    counts: Counter[int] = Counter()
    for key in keys:
        posting = postings.get(key, ())
        if len(posting) <= MAX_POSTING:
            counts.update(posting)
            if "|" in key:  # a composite key is two shared anchors at once
                counts.update(posting)
    return [
        p for p, n in counts.items()
        if article_of(p) != article_id and (n >= 2 or close_languages(lang, lang_of(p)))
    ]


def match_positions(index: MatchIndex, new: list[int], min_score: float = STORE_MIN_SCORE) -> list[Match]:
    """Matches of the statements at ``new`` against every indexed statement (each pair once)."""
    new_set = set(new)
    pairs: list[tuple[int, int]] = []
    for p in new:
        for q in index.candidates(p):
            if q not in new_set or q < p:
                pairs.append((p, q))
    return score_pairs(index, pairs, min_score)


def score_pairs(index: MatchIndex, pairs: list[tuple[int, int]], min_score: float) -> list[Match]:
    st, sigs = index.statements, index.signatures
    close = [i for i, (p, q) in enumerate(pairs) if close_languages(st[p].lang, st[q].lang)]
    text_sim: dict[int, float] = {}
    if close:
        sims = process.cpdist(
            [sigs[pairs[i][0]].text for i in close],
            [sigs[pairs[i][1]].text for i in close],
            scorer=fuzz.token_set_ratio,
            workers=-1,
        )
        text_sim = {i: float(s) / 100.0 for i, s in zip(close, sims)}
    found = []
    for i, (p, q) in enumerate(pairs):
        score, evidence, consistency = score_pair(sigs[p], sigs[q], text_sim.get(i), min_score)
        if score >= min_score:
            a, b = sorted((st[p].id, st[q].id))
            if (a, b) != (st[p].id, st[q].id):  # keep evidence "a vs b" in id order
                score, evidence, consistency = score_pair(sigs[q], sigs[p], text_sim.get(i), min_score)
            found.append(Match(a, b, score, tuple(evidence), consistency))
    return found


def match_new(new: list[Statement], old: Iterable[Statement] = (), min_score: float = STORE_MIN_SCORE) -> list[Match]:
    """Matches of ``new`` statements against each other and against ``old`` ones."""
    index = MatchIndex(old)
    return match_positions(index, index.add(new), min_score)


def match_all(statements: Iterable[Statement], min_score: float = STORE_MIN_SCORE) -> list[Match]:
    """Every match among ``statements`` (a rebuild)."""
    return match_new(list(statements), (), min_score)
