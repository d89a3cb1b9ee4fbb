"""Related statements across articles and languages, scored and explained. Pure: no SQL, no UI.

How a pair is found and scored (DESIGN.md, "Matching across languages"):

1. Each claim gets a language-neutral :class:`~factcheck.core.signature.Signature`.
2. ``candidates``: an inverted index from anchors (names, and names with years, periods, kinds of
   figure) to claims picks the pairs worth scoring; a store hands its posting lists to
   ``candidates.against_known`` and reads and writes only.
3. ``score``: the one definition of a pair's score (``combine`` over ``PairFacts`` with one
   ``Weights``): shared names, figures of the same kind (more if they agree, still some if they
   conflict: a wrong number in the same statement is what a fact-checker looks for), the same
   period, a shared year, similar wording where the languages are close, similar meaning where a
   sentence model took part; less for names only one side has (A pays B / C pays B).
4. ``bulk``: many pairs at once, most dismissed by the score's upper bounds on arrays.

Same-article pairs are never produced. The score of a pair depends on the pair alone (no corpus
statistics), so matching new articles incrementally gives the same result as a rebuild.
"""

from factcheck.core.matching.bulk import match_all, match_new, match_positions, score_arrays, score_pairs
from factcheck.core.matching.candidates import (
    LANGUAGE_GROUPS,
    MAX_POSTING,
    Candidates,
    KnownClaims,
    MatchIndex,
    Place,
    against_known,
    candidate_pairs,
    close_languages,
    index_keys,
    pick_candidates,
)
from factcheck.core.matching.score import (
    DEFAULT_MIN_SCORE,
    JUDGING_VERSION,
    STORE_MIN_SCORE,
    WEIGHTS,
    PairFacts,
    PairScore,
    Weights,
    combine,
    score_pair,
)
from factcheck.core.matching.statement import Match, Statement

__all__ = [
    "DEFAULT_MIN_SCORE", "JUDGING_VERSION", "LANGUAGE_GROUPS", "MAX_POSTING", "STORE_MIN_SCORE", "WEIGHTS",
    "Candidates", "KnownClaims", "Match", "MatchIndex", "PairFacts", "PairScore", "Place", "Statement", "Weights",
    "against_known", "candidate_pairs", "close_languages", "combine", "index_keys", "match_all",
    "match_new", "match_positions", "pick_candidates", "score_arrays", "score_pair", "score_pairs",
]
