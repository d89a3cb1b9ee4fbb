"""The batch job's one door into the matcher (``core.matching``, ``core.signature``). The job works
with its concepts only -- a claim's signature and index keys, the posting limit, the candidate rule,
the pair scorer, the search for sentences alike in meaning and its pairing rule -- and calls them
through here, so the answer is the one-process answer by
construction: nothing of the rule or the score is restated in the job.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from factcheck.core import matching as _matching
from factcheck.core.matching import STORE_MIN_SCORE, Match, Statement  # noqa: F401  (the job's vocabulary)
from factcheck.core.matching import candidates as _candidates
from factcheck.core.matching import neighbours as _neighbours
from factcheck.core.matching.neighbours import Alike, Neighbourhood  # noqa: F401
from factcheck.core.signature import Signature, from_data

Claim = tuple[int, int, str, str, tuple[str, ...]]  # id, article id, language, signature JSON, (rare) index keys


def posting_limit() -> int:
    """Keys held by more claims than this find no pairs (read where the candidate rule reads it)."""
    return _candidates.MAX_POSTING


def key_name(key: str) -> str:
    """The name a key is built on: the key itself, or a composite key's name part ("e:tiktok" for
    "e:tiktok|p:monthly"). Keys of one name go to one partition, so a claim is sent to as many
    partitions as it has names, not keys (3 instead of ~10)."""
    return key.split("|", 1)[0]


def build_signature(statement: Statement) -> Signature:
    return statement.signature()


def parse_signature(data: str) -> Signature:
    return from_data(json.loads(data))


def index_keys(sig: Signature) -> list[str]:
    return _matching.index_keys(sig)


def rows_per_block() -> int:
    """The rows of the similarity matrix multiplied at a time (read where the search reads it):
    the job splits the rows at multiples of it, so each row's numbers are one process's."""
    return _neighbours.ROWS_PER_BLOCK


def unit_rows(matrix):
    return _neighbours.unit_rows(matrix)


def search_rows(matrix, articles, lo: int, hi: int, block: int) -> Neighbourhood:
    """The neighbourhoods of the rows ``lo <= row < hi`` of ``matrix`` (unit rows; ``articles``
    parallel), searched against every row."""
    import numpy as np

    return _neighbours.neighbourhood(matrix, articles, np.arange(lo, hi), _neighbours.edge_of(articles), block)


def alike_pairs(claim_ids, matrix, parts: Sequence[Neighbourhood]) -> Alike:
    """The pairs alike in meaning, from the neighbourhoods of every row (``parts`` together)."""
    import numpy as np

    return _neighbours.pair_up(
        np.asarray(claim_ids, dtype=np.int64), matrix, _neighbours.joined(list(parts)), np.arange(len(matrix)))


def meaning_of(alike: Alike | None, a, b):
    """Each pair's (gain, cosine) from ``alike`` (NaN where it is not there, or without ``alike``),
    and the indices into ``alike`` of the pairs found there."""
    import numpy as np

    if alike is None or not len(alike):
        nan = np.full(len(a), np.nan)
        return nan, nan, np.zeros(0, dtype=np.int64)
    at = alike.lookup(np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64))
    gain = np.where(at >= 0, alike.gain[np.maximum(at, 0)], np.nan)
    cosine = np.where(at >= 0, alike.cosine[np.maximum(at, 0)], np.nan)
    return gain, cosine, at[at >= 0]


def score_alike(statements: Sequence[Statement], alike: Alike, which, min_score: float = STORE_MIN_SCORE) -> list[Match]:
    """Score the pairs ``which`` (indices into ``alike``) that only meaning found, among
    ``statements`` (every claim of those pairs), as the one-process rebuild scores them."""
    import numpy as np

    index = _matching.MatchIndex()
    index.add(statements, keyed=False)
    position = {s.id: i for i, s in enumerate(index.statements)}
    ps = np.fromiter((position[a] for a in alike.a[which].tolist()), dtype=np.int64, count=len(which))
    qs = np.fromiter((position[b] for b in alike.b[which].tolist()), dtype=np.int64, count=len(which))
    return _matching.score_arrays(index, ps, qs, min_score, alike.gain[which], alike.cosine[which])


def local_matches(
    claims: Sequence[Claim], owns: Callable[[str], bool], min_score: float = STORE_MIN_SCORE,
    alike: Alike | None = None,
) -> tuple[list[Match], int, object]:
    """Matches among ``claims`` (sorted by id; each with its rare keys only, the keys held by at
    most ``posting_limit()`` claims in the whole store), and how many candidate pairs were scored.

    The candidate rule counts the anchors two claims share over their keys; both claims of a pair
    carry every one of their rare keys, so the count here is the count over the whole store. A pair
    is kept only where ``owns`` its smallest shared key, so across partitions that each own a share
    of the keys every pair is scored exactly once. Pairs are oriented as the one-process rebuild
    orients them (the later claim first), so even an asymmetric detail of the scorer agrees.
    Signatures are parsed only for the claims of kept pairs. A pair found alike in meaning too
    (``alike``) is scored with its gain and cosine; the indices into ``alike`` of those pairs are
    returned third (the rest of ``alike`` is scored elsewhere, once)."""
    import numpy as np

    n = len(claims)
    index = _matching.MatchIndex()
    index.statements = [Statement(cid, article, lang, "") for cid, article, lang, _, _ in claims]
    index.signatures = [None] * n  # filled below for the claims that are scored
    index.keys = [list(keys) for *_, keys in claims]
    # A claim is here because it holds keys this partition owns, but two claims here may share only
    # keys owned elsewhere: a pair can be ours only if both hold one same owned key. Owned keys as
    # bits (a key's bit by its order here, modulo 64) rule most others out at once; the exact test
    # (the smallest shared key is ours) follows for the rest.
    postings = index.postings
    bit: dict[str, int] = {}  # owned keys only
    masks = np.zeros(n, dtype=np.uint64)
    for pos, keys in enumerate(index.keys):
        m = 0
        for key in keys:
            posting = postings.get(key)
            if posting is None:
                posting = postings[key] = []
                if owns(key):
                    bit[key] = 1 << (len(bit) % 64)
            posting.append(pos)
            m |= bit.get(key, 0)
        masks[pos] = m
    ps, qs = _matching.candidate_pairs(index, range(n))
    maybe = (masks[ps] & masks[qs]) != 0
    keysets = [frozenset(keys) for keys in index.keys]
    pairs = [(p, q) for p, q in zip(ps[maybe].tolist(), qs[maybe].tolist()) if min(keysets[p] & keysets[q]) in bit]
    for p in {p for pair in pairs for p in pair}:
        index.signatures[p] = parse_signature(claims[p][3])
    ps = np.fromiter((p for p, _ in pairs), dtype=np.int64, count=len(pairs))
    qs = np.fromiter((q for _, q in pairs), dtype=np.int64, count=len(pairs))
    ids = np.fromiter((c[0] for c in claims), dtype=np.int64, count=n)
    gain, cosine, found = meaning_of(alike, ids[ps], ids[qs])
    return _matching.score_arrays(index, ps, qs, min_score, gain, cosine), len(pairs), found
