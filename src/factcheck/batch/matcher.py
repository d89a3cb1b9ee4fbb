"""The batch job's one door into the matcher (``core.matching``, ``core.signature``). The job works
with its concepts only -- a claim's signature and index keys, the posting limit, the candidate rule,
the pair scorer -- and calls them through here, so the answer is the one-process answer by
construction: nothing of the rule or the score is restated in the job.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from factcheck.core import matching as _matching
from factcheck.core.matching import STORE_MIN_SCORE, Match, Statement  # noqa: F401  (the job's vocabulary)
from factcheck.core.matching import candidates as _candidates
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


def local_matches(
    claims: Sequence[Claim], owns: Callable[[str], bool], min_score: float = STORE_MIN_SCORE
) -> tuple[list[Match], int]:
    """Matches among ``claims`` (sorted by id; each with its rare keys only, the keys held by at
    most ``posting_limit()`` claims in the whole store), and how many candidate pairs were scored.

    The candidate rule counts the anchors two claims share over their keys; both claims of a pair
    carry every one of their rare keys, so the count here is the count over the whole store. A pair
    is kept only where ``owns`` its smallest shared key, so across partitions that each own a share
    of the keys every pair is scored exactly once. Pairs are oriented as the one-process rebuild
    orients them (the later claim first), so even an asymmetric detail of the scorer agrees.
    Signatures are parsed only for the claims of kept pairs."""
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
    return _matching.score_pairs(index, pairs, min_score), len(pairs)
