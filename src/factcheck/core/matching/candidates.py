"""Which pairs of claims are worth scoring: the inverted index of signature anchors.

Every index key involves a named entity: the entity alone, or the entity together with another
anchor (a second entity, a year, a period word, a kind of quantity, a money bucket). A pair is a
candidate only if it shares a key whose posting list is at most ``MAX_POSTING`` long, so a name that
is in every claim ("Microsoft" in a store about Microsoft) costs nothing by itself but still finds
pairs through its rarer combinations. Keys always involve an entity because the score cannot reach
``DEFAULT_MIN_SCORE`` without a shared entity (see ``score``): equal numbers alone never match.

The same rule serves an index held in memory (``MatchIndex``) and one held by a store
(``against_known``: the store hands over its posting lists, this module decides).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from factcheck.core.matching.statement import Statement
from factcheck.core.signature import Signature

MAX_POSTING = 250  # index keys shared by more claims than this are too common to find pairs by
MAX_ENTITY_KEYS = 6  # entities per claim that take part in composite keys (the weightiest)
CANDIDATE_CHUNK = 500_000  # at most about so many (claim, claim, key) triples per array pass in candidate_pairs

# Languages whose words overlap enough for fuzzy text matching to mean something.
LANGUAGE_GROUPS = (
    frozenset({"da", "nb", "nn", "no", "sv"}),
    frozenset({"es", "pt", "it", "fr", "ca", "ro", "gl"}),
    frozenset({"de", "nl", "lb"}),
    frozenset({"id", "ms"}),
    frozenset({"en"}),
)
_GROUP_OF = {lang: i for i, group in enumerate(LANGUAGE_GROUPS) for lang in group}


def close_languages(a: str, b: str) -> bool:
    return a == b or (a in _GROUP_OF and _GROUP_OF.get(a) == _GROUP_OF.get(b))


class Place(NamedTuple):
    """Where a claim is: its language and its article."""

    lang: str
    article_id: int


def index_keys(sig: Signature) -> list[str]:
    """The inverted-index keys of a signature: each entity, and each entity with another anchor."""
    entities = [e for e in sorted(sig.entities.values(), key=lambda e: (-e.weight, e.key)) if e.weight >= 0.3]
    names = ["e:" + e.key for e in entities[:MAX_ENTITY_KEYS]]
    keys = list(names)
    for name in names:
        keys += [f"{name}|{anchor}" for anchor in sig.anchors if anchor > name]
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

    def place(self, pos: int) -> Place:
        st = self.statements[pos]
        return Place(st.lang, st.article_id)

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
        return pick_candidates(self.keys[pos], self.place(pos), self.postings, self.place)


def pick_candidates(
    keys: Iterable[str], me: Place, postings: Mapping[str, Sequence[int]], place_of: Callable[[int], Place]
) -> list[int]:
    """Claims of other articles sharing two anchors with a claim (two single keys, or one composite
    key), counting only keys held by at most ``MAX_POSTING`` claims; where the languages are close,
    one shared key is enough. One shared key means one shared name and nothing else: without similar
    wording that cannot reach the threshold. ``postings`` maps a key to every claim holding it."""
    counts: Counter[int] = Counter()
    for key in keys:
        posting = postings.get(key, ())
        if len(posting) <= MAX_POSTING:
            counts.update(posting)
            if "|" in key:  # a composite key is two shared anchors at once
                counts.update(posting)
    found = []
    for p, n in counts.items():
        other = place_of(p)
        if other.article_id != me.article_id and (n >= 2 or close_languages(me.lang, other.lang)):
            found.append(p)
    return found


@dataclass(slots=True)
class KnownClaims:
    """Claims indexed elsewhere (a store), as far as candidate selection needs them: for each key
    the claim ids holding it (a key held by more than ``MAX_POSTING`` claims may be given by its
    length alone, e.g. a list of that many zeros), and where each listed claim is."""

    postings: dict[str, list[int]] = field(default_factory=dict)
    places: dict[int, Place] = field(default_factory=dict)


@dataclass(slots=True)
class Candidates:
    """Pairs to score for some new claims of an index: among the new claims (positions, each pair
    once), and between a new claim and known claims (position -> known claim ids)."""

    new_pairs: list[tuple[int, int]] = field(default_factory=list)
    known: dict[int, list[int]] = field(default_factory=dict)

    def known_ids(self) -> list[int]:
        return sorted({cid for ids in self.known.values() for cid in ids})


def against_known(index: MatchIndex, new: Sequence[int], known: KnownClaims) -> Candidates:
    """The candidates of the claims at positions ``new`` among themselves and against ``known``
    claims, by ``pick_candidates``'s rule over the posting lists of both together."""
    postings = {key: list(ids) for key, ids in known.postings.items()}
    for key, positions in index.postings.items():  # new claims as -1 - position
        postings.setdefault(key, []).extend(-1 - p for p in positions)

    def place_of(ref: int) -> Place:
        return index.place(-1 - ref) if ref < 0 else known.places[ref]

    out = Candidates()
    for p in new:
        for ref in pick_candidates(index.keys[p], index.place(p), postings, place_of):
            if ref >= 0:
                out.known.setdefault(p, []).append(ref)
            elif -1 - ref < p:  # new pairs once
                out.new_pairs.append((p, -1 - ref))
    return out


def language_groups(statements: Sequence[Statement]):
    """A number per statement, equal for two statements exactly when ``close_languages``."""
    import numpy as np

    group_of: dict[str, int] = {}
    return np.fromiter(
        (group_of.setdefault(s.lang, _GROUP_OF.get(s.lang, len(LANGUAGE_GROUPS) + len(group_of))) for s in statements),
        dtype=np.int64, count=len(statements),
    )


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
    groups = language_groups(st)
    if is_new.all():  # a rebuild: every key of the index
        lists = index.postings.items()
    else:
        lists = ((key, index.postings.get(key, ())) for key in {key for p in new for key in index.keys[p]})
    codes, weights = [], []
    batch: list[tuple[list[int], int]] = []
    size = 0

    def flush() -> None:
        lengths = np.array([len(posting) for posting, _ in batch], dtype=np.int64)
        flat = np.fromiter((q for posting, _ in batch for q in posting), dtype=np.int64, count=int(lengths.sum()))
        list_of = np.repeat(np.arange(len(batch)), lengths)  # each element's posting list
        first = np.cumsum(lengths) - lengths  # where each list starts in flat
        mine = is_new[flat]
        if mine.all() and ((flat[1:] > flat[:-1]) | (list_of[1:] != list_of[:-1])).all():
            # every claim new and each list ascending (a rebuild): each element pairs with the
            # elements before it in its list only, the pairs the rule below keeps of all
            ps, lists = flat, list_of
            reps = np.arange(len(flat)) - first[list_of]
        else:
            ps, lists = flat[mine], list_of[mine]  # each new element pairs with every element of its list
            reps = lengths[lists]
        total = int(reps.sum())
        offset = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
        qs = flat[np.repeat(first[lists], reps) + offset]
        ps = np.repeat(ps, reps)
        weight = np.repeat(np.array([w for _, w in batch], dtype=np.int8)[lists], reps)
        keep = (~is_new[qs] | (qs < ps)) & (article[ps] != article[qs])
        codes.append(ps[keep] * n + qs[keep])
        weights.append(weight[keep])

    for key, posting in lists:
        if 2 <= len(posting) <= MAX_POSTING:
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
    if not len(code):  # keys shared only within articles
        return code, code
    # the weight (1 or 2) in the two low bits: one sort of numbers, no argsort and gathers
    code = np.sort(code * 4 + weight)
    weight = code & 3
    code >>= 2
    starts = np.flatnonzero(np.r_[True, code[1:] != code[:-1]])  # first triple of each pair
    shared = np.add.reduceat(weight, starts)
    del weight
    ps, qs = code[starts] // n, code[starts] % n
    keep = (shared >= 2) | (groups[ps] == groups[qs])
    return ps[keep], qs[keep]
