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
from factcheck.core.signature import Signature, from_data

Claim = tuple[int, int, str, str, tuple[str, ...]]  # id, article id, language, signature JSON, (rare) index keys


def posting_limit() -> int:
    """Keys held by more claims than this find no pairs."""
    return _matching.MAX_POSTING


def build_signature(statement: Statement) -> Signature:
    return statement.signature()


def parse_signature(data: str) -> Signature:
    return from_data(json.loads(data))


def index_keys(sig: Signature) -> list[str]:
    return _matching.index_keys(sig)


def local_matches(claims: Sequence[Claim], owns: Callable[[str], bool], min_score: float = STORE_MIN_SCORE) -> tuple[list[Match], int]:
    """Matches among ``claims`` (sorted by id; each with its rare keys only, the keys held by at
    most ``posting_limit()`` claims in the whole store), and how many candidate pairs were scored.

    The candidate rule counts the anchors two claims share over their keys; both claims of a pair
    carry every one of their rare keys, so the count here is the count over the whole store. A pair
    is kept only where ``owns`` its smallest shared key, so across partitions that each own a share
    of the keys every pair is scored exactly once. Pairs are oriented as the one-process rebuild
    orients them (the later claim first), so even an asymmetric detail of the scorer agrees."""
    index = _matching.MatchIndex()
    index.add(
        [Statement(cid, article, lang, "") for cid, article, lang, _, _ in claims],
        [parse_signature(data) for _, _, _, data, _ in claims],
        keyed=False,
    )
    keysets = []
    for pos, (_, _, _, _, keys) in enumerate(claims):
        index.keys[pos] = list(keys)
        keysets.append(frozenset(keys))
        for key in keys:
            index.postings.setdefault(key, []).append(pos)
    ps, qs = _matching.candidate_pairs(index, range(len(index)))
    pairs = [(p, q) for p, q in zip(ps.tolist(), qs.tolist()) if owns(min(keysets[p] & keysets[q]))]
    return _matching.score_pairs(index, pairs, min_score), len(pairs)
