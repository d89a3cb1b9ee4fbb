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
    # sorted: summing the weights in a set's order made the last bit of the score depend on the
    # process's string hash seed (0.9312 or 0.9313 for one pair, run to run, at a rounding edge)
    keys = sorted(a.entities.keys() & b.entities.keys())
    if not keys:
        return [], 0.0, 0.0
    ea, eb = a.entities, b.entities
    total = sum(max(ea[k].weight, eb[k].weight) for k in keys)
    overlap = min(1.0, total / max(min(a.entity_weight, b.entity_weight), 1.0))
    return keys, total, overlap


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

    kinds_a = {q.kind for q in a.quantities}
    kinds_b = {q.kind for q in b.quantities}
    common = kinds_a & kinds_b
    # A second bound before comparing any figure: periods and years exactly, figures at their best.
    if common:
        best = score + support * (W_NUMBER_ONLY if common == {"number"} else W_QUANTITY_AGREE)
    else:
        best = score - (P_QUANTITY_KINDS_DIFFER if kinds_a and kinds_b else P_QUANTITY_ONE_SIDE if kinds_a or kinds_b else 0.0)
    if a.periods and b.periods:
        best += support * W_PERIOD if a.periods & b.periods else -W_PERIOD
    if a.years and b.years:
        best += support * W_YEAR if a.years & b.years else -P_YEAR_DIFFERS
    if best * factor + 0.0001 < min_score:  # the margin covers rounding to 4 places below
        return best * factor, [], None

    comparisons = compare_quantities(a, b)
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

    def add(
        self, statements: Iterable[Statement], signatures: Iterable[Signature] | None = None, keyed: bool = True
    ) -> list[int]:
        """Index statements; returns their positions. ``signatures``, one per statement, are used
        as they are (a store keeps them); otherwise each statement's signature is built. Without
        ``keyed`` the statements only take part in pairs given to ``score_pairs``: they get no index
        keys, so ``candidates`` never finds them."""
        positions = []
        given = iter(signatures) if signatures is not None else None
        for st in statements:
            pos = len(self.statements)
            sig = st.signature() if given is None else next(given)
            keys = index_keys(sig) if keyed else []
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
    ps, qs = candidate_pairs(index, new)
    return _score_arrays(index, ps, qs, min_score)


CANDIDATE_CHUNK = 500_000  # at most about so many (claim, claim, key) triples per array pass in candidate_pairs


def candidate_pairs(index: MatchIndex, new: Iterable[int]):
    """The pairs ``match_positions`` scores, as two arrays of positions (p in ``new``; q any,
    earlier than p when also new): for each p, ``index.candidates(p)``. Computed on arrays from
    the posting lists of the new statements' keys: every two claims of a posting list, the count
    of shared anchors summed per pair, then ``pick_candidates``'s rule. Sorted by (p, q)."""
    import numpy as np

    st = index.statements
    n = len(st)
    new = list(new)
    is_new = np.zeros(n, dtype=bool)
    is_new[new] = True
    article = np.fromiter((s.article_id for s in st), dtype=np.int64, count=n)
    groups = _language_groups(st)
    keys = {key for p in new for key in index.keys[p]}
    limit = MAX_POSTING
    codes, weights = [], []
    batch: list[tuple[list[int], int]] = []
    size = 0

    def flush() -> None:
        lengths = np.array([len(posting) for posting, _ in batch], dtype=np.int64)
        flat = np.fromiter((q for posting, _ in batch for q in posting), dtype=np.int64, count=int(lengths.sum()))
        list_of = np.repeat(np.arange(len(batch)), lengths)  # each element's posting list
        mine = is_new[flat]
        ps, lists = flat[mine], list_of[mine]  # each new element pairs with every element of its list
        reps = lengths[lists]
        total = int(reps.sum())
        offset = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
        qs = flat[np.repeat((np.cumsum(lengths) - lengths)[lists], reps) + offset]
        ps = np.repeat(ps, reps)
        weight = np.repeat(np.array([w for _, w in batch], dtype=np.int8)[lists], reps)
        keep = (~is_new[qs] | (qs < ps)) & (article[ps] != article[qs])
        codes.append(ps[keep] * n + qs[keep])
        weights.append(weight[keep])

    for key in keys:
        posting = index.postings.get(key, ())
        if 2 <= len(posting) <= limit:
            batch.append((posting, 2 if "|" in key else 1))  # a composite key is two shared anchors
            size += len(posting) ** 2
            if size >= CANDIDATE_CHUNK:
                flush()
                batch, size = [], 0
    if batch:
        flush()
    if not codes:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    code, weight = np.concatenate(codes), np.concatenate(weights)
    del codes[:], weights[:]
    order = np.argsort(code, kind="stable")
    code, weight = code[order], weight[order].astype(np.int64)
    del order
    starts = np.flatnonzero(np.r_[True, code[1:] != code[:-1]])  # first triple of each pair
    shared = np.add.reduceat(weight, starts)
    ps, qs = code[starts] // n, code[starts] % n
    keep = (shared >= 2) | (groups[ps] == groups[qs])
    return ps[keep], qs[keep]


def _language_groups(statements: Sequence[Statement]):
    """A number per statement, equal for two statements exactly when ``close_languages``."""
    import numpy as np

    group_of: dict[str, int] = {}
    return np.fromiter(
        (group_of.setdefault(s.lang, _GROUP_OF.get(s.lang, len(LANGUAGE_GROUPS) + len(group_of))) for s in statements),
        dtype=np.int64, count=len(statements),
    )


def score_pairs(index: MatchIndex, pairs: list[tuple[int, int]], min_score: float) -> list[Match]:
    """``score_pair`` of the given pairs of positions, those reaching ``min_score``.

    Bulk work is done on arrays: which pairs are in close languages, ``score_pair``'s two early
    exits for every pair at once (``_bounds``: first with the wording at its best, so only the
    pairs it could lift are compared), their text similarity (one ``process.cpdist`` call,
    ``workers=-1``), the exits again with it. Only the pairs left (about one in 24 on the
    benchmark corpus) are scored one by one, so the result is exactly ``score_pair``'s on every pair."""
    import numpy as np  # here, not at import: the TUI starts without it

    ps = np.fromiter((p for p, _ in pairs), dtype=np.int64, count=len(pairs))
    qs = np.fromiter((q for _, q in pairs), dtype=np.int64, count=len(pairs))
    return _score_arrays(index, ps, qs, min_score)


def _score_arrays(index: MatchIndex, ps, qs, min_score: float) -> list[Match]:
    if not len(ps):
        return []
    import numpy as np

    st, sigs = index.statements, index.signatures
    groups = _language_groups(st)
    near = groups[ps] == groups[qs]
    if min_score > 0:  # first without wording (at its best where it counts): fewer texts to compare
        keep = _bounds(sigs, ps, qs, np.where(near, 1.0, np.nan), min_score)
        ps, qs, near = ps[keep], qs[keep], near[keep]
        if not len(ps):
            return []
    close = np.flatnonzero(near)
    text_sim = np.full(len(ps), np.nan)
    if len(close):
        sims = process.cpdist(
            [sigs[p].text for p in ps[close].tolist()],
            [sigs[q].text for q in qs[close].tolist()],
            scorer=fuzz.token_set_ratio,
            workers=-1,
            dtype=np.float64,
        )
        text_sim[close] = sims / 100.0
    keep = _bounds(sigs, ps, qs, text_sim, min_score) if min_score > 0 else np.arange(len(ps))
    found = []
    for p, q, sim in zip(ps[keep].tolist(), qs[keep].tolist(), text_sim[keep].tolist()):
        t = None if sim != sim else sim  # NaN: languages not close
        score, evidence, consistency = score_pair(sigs[p], sigs[q], t, min_score)
        if score >= min_score:
            a, b = sorted((st[p].id, st[q].id))
            if (a, b) != (st[p].id, st[q].id):  # keep evidence "a vs b" in id order
                score, evidence, consistency = score_pair(sigs[q], sigs[p], t, min_score)
            found.append(Match(a, b, score, tuple(evidence), consistency))
    return found


BOUND_ENTITIES = 8  # names per claim the array bound handles; pairs with a longer list are scored one by one
BOUND_CHUNK = 50_000  # pairs per array pass (bounds the temporary arrays to a few tens of MB)


def _bounds(sigs: Sequence[Signature], ps, qs, text_sim, min_score: float):
    """Indices of the pairs that pass both early exits of ``score_pair``: its first bound (names,
    wording, the best case of the rest) and its second (kinds of figure, periods and years exactly,
    figures at their best), each less a margin (the arrays add the same terms in another order).
    The pairs left out are exactly those ``score_pair`` would return early for, so skipping them
    changes nothing."""
    import numpy as np

    if not len(ps):
        return np.zeros(0, dtype=np.int64)
    bit_of: dict[object, int] = {}

    def mask(items: Iterable) -> tuple[int, bool]:
        """Items as bits (one bit per distinct item, 62 at most; beyond that: overflow)."""
        bits, over = 0, False
        for item in items:
            b = bit_of.setdefault(item, len(bit_of))
            if b < 62:
                bits |= 1 << b
            else:
                over = True
        return bits, over

    used = np.unique(np.concatenate([ps, qs]))
    row = np.full(len(sigs), -1, dtype=np.int64)
    row[used] = np.arange(len(used))
    key_id: dict[str, int] = {}
    k = BOUND_ENTITIES
    ids = np.full((len(used), k), -1, dtype=np.int64)
    weights = np.zeros((len(used), k))
    mass = np.zeros(len(used))
    overflow = np.zeros(len(used), dtype=bool)
    kinds = np.zeros(len(used), dtype=np.int64)  # bits: money 1, percent 2, number 4, other 8
    periods = np.zeros(len(used), dtype=np.int64)
    years = np.zeros(len(used), dtype=np.int64)
    has_periods = np.zeros(len(used), dtype=bool)
    has_years = np.zeros(len(used), dtype=bool)
    years_unknown = np.zeros(len(used), dtype=bool)  # more distinct years than bits: assume shared
    kind_bit = {"money": 1, "percent": 2, "number": 4}
    for r, pos in enumerate(used.tolist()):
        sig = sigs[pos]
        mass[r] = sig.entity_weight
        bits = 0
        for q in sig.quantities:
            bits |= kind_bit.get(q.kind, 8)
        kinds[r] = bits
        if sig.periods:
            has_periods[r] = True
            periods[r], over = mask(("p", x) for x in sig.periods)
            overflow[r] |= over
        if sig.years:
            has_years[r] = True
            years[r], years_unknown[r] = mask(sig.years)
        if len(sig.entities) > k:
            overflow[r] = True
            continue
        for c, e in enumerate(sig.entities.values()):
            ids[r, c] = key_id.setdefault(e.key, len(key_id))
            weights[r, c] = e.weight
    width = max(1, min(k, max((len(sigs[p].entities) for p in used.tolist()), default=1)))
    ids, weights = ids[:, :width], weights[:, :width]
    keep = []
    for lo in range(0, len(ps), BOUND_CHUNK):
        ra, rb = row[ps[lo : lo + BOUND_CHUNK]], row[qs[lo : lo + BOUND_CHUNK]]
        ia, ib, wa, wb = ids[ra], ids[rb], weights[ra], weights[rb]
        total = np.zeros(len(ra))
        shared = np.zeros(len(ra), dtype=bool)
        for i in range(width):
            for j in range(width):
                same = (ia[:, i] == ib[:, j]) & (ia[:, i] >= 0)
                if same.any():
                    shared |= same
                    total += np.where(same, np.maximum(wa[:, i], wb[:, j]), 0.0)
        overlap = np.minimum(1.0, total / np.maximum(np.minimum(mass[ra], mass[rb]), 1.0))
        support = np.minimum(1.0, overlap / SUPPORT_OVERLAP) ** 2
        score = W_ENTITY_OVERLAP * overlap + W_ENTITY_MASS * np.minimum(total, 2.0) / 2.0
        sim = text_sim[lo : lo + BOUND_CHUNK]
        wording = np.where(np.isnan(sim), 0.0, np.maximum(0.0, (sim - TEXT_FLOOR) / (1 - TEXT_FLOOR)))
        score += support * W_TEXT * wording
        factor = np.where(shared, 1.0, NO_SHARED_ENTITY)
        first = (score + support * (W_QUANTITY_AGREE + W_PERIOD + W_YEAR)) * factor >= min_score - 1e-9
        # the second bound, as score_pair computes it before comparing any figure
        ka, kb = kinds[ra], kinds[rb]
        common = ka & kb
        figures = np.where(
            common != 0,
            support * np.where(common == 4, W_NUMBER_ONLY, W_QUANTITY_AGREE),
            np.where((ka != 0) & (kb != 0), -P_QUANTITY_KINDS_DIFFER,
                     np.where((ka != 0) | (kb != 0), -P_QUANTITY_ONE_SIDE, 0.0)),
        )  # fmt: skip
        both = has_periods[ra] & has_periods[rb]
        period = np.where(both, np.where((periods[ra] & periods[rb]) != 0, support * W_PERIOD, -W_PERIOD), 0.0)
        both = has_years[ra] & has_years[rb]
        same_year = ((years[ra] & years[rb]) != 0) | years_unknown[ra] | years_unknown[rb]
        year = np.where(both, np.where(same_year, support * W_YEAR, -P_YEAR_DIFFERS), 0.0)
        second = (score + figures + period + year) * factor + 0.0001 >= min_score - 1e-9
        passed = (first & second) | overflow[ra] | overflow[rb]
        keep.append(np.flatnonzero(passed) + lo)
    return np.concatenate(keep)


def match_new(new: list[Statement], old: Iterable[Statement] = (), min_score: float = STORE_MIN_SCORE) -> list[Match]:
    """Matches of ``new`` statements against each other and against ``old`` ones."""
    index = MatchIndex(old)
    return match_positions(index, index.add(new), min_score)


def match_all(statements: Iterable[Statement], min_score: float = STORE_MIN_SCORE) -> list[Match]:
    """Every match among ``statements`` (a rebuild)."""
    return match_new(list(statements), (), min_score)
