"""The batch job's one door into the matcher (``core.matching``, ``core.signature``). The job works
with its concepts only -- a claim's signature and index keys, the posting limit, the candidate rule,
the pair scorer, the search for sentences alike in meaning and its pairing rule -- and calls them
through here, so the answer is the one-process answer by
construction: nothing of the rule or the score is restated in the job.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.core import consistency as _consistency
from factcheck.core import matching as _matching
from factcheck.core.matching import STORE_MIN_SCORE, Match, Statement  # noqa: F401  (the job's vocabulary)
from factcheck.core.matching import candidates as _candidates
from factcheck.core.matching import neighbours as _neighbours
from factcheck.core.matching.neighbours import Alike, Columns, Neighbourhood  # noqa: F401
from factcheck.core.matching.restated import with_restated
from factcheck.core.matching.same_figure import on_one_story
from factcheck.core.signature import Signature, from_data

Claim = tuple[int, int, str, str | None, str, tuple[str, ...]]  # id, article id, language, article date, signature JSON, (rare) index keys
Links = dict[int, dict[int, str]]  # undated article -> {dated article it is paired with: that article's date}


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


def columns_per_chunk() -> int:
    """The columns of the similarity matrix multiplied at a time (read where the search reads it):
    the job's search reads them so, so each row's numbers are one process's."""
    return _neighbours.COLUMNS_PER_CHUNK


def search_rows(matrix, articles, lo: int, hi: int, block: int, columns: Columns) -> tuple[Neighbourhood, Neighbourhood]:
    """Search the rows ``lo <= row < hi`` of ``matrix`` (unit rows; ``articles`` parallel) against
    every row (read through ``columns``, see ``neighbours.neighbourhood``): their own numbers
    (background, edge; no edges), and their edges (an edge's ``row`` is its row of the matrix)."""
    import numpy as np

    near = _neighbours.neighbourhood(matrix, articles, np.arange(lo, hi), _neighbours.edge_of(articles), block, columns)
    none = {t: np.zeros(0, dtype=t) for t in (np.int64, np.int8, np.float32)}
    rows = Neighbourhood(near.rows, near.mean, near.sd, near.edge, none[np.int64], none[np.int64], none[np.int8],
                         none[np.float32])
    return rows, edges_only(near.rows[near.row].astype(np.int32), near.other, near.rank, near.cosine)


def edges_only(row, other, rank, cosine) -> Neighbourhood:
    """A ``Neighbourhood`` of edges alone (an edge's ``row`` is its row of the matrix), no row's own
    numbers: what a search partition finds, and what a pairing task reads of a bucket."""
    import numpy as np

    none = {t: np.zeros(0, dtype=t) for t in (np.int64, np.float32)}
    return Neighbourhood(none[np.int64], none[np.float32], none[np.float32], none[np.float32], row, other, rank, cosine)


def joined_rows(parts: Sequence[Neighbourhood]) -> Neighbourhood:
    """Every row's own numbers, from the searches of the row ranges (in order)."""
    import numpy as np

    cat = lambda name: np.concatenate([getattr(p, name) for p in parts])  # noqa: E731
    return Neighbourhood(cat("rows"), cat("mean"), cat("sd"), cat("edge"), cat("row"), cat("other"), cat("rank"),
                         cat("cosine"))


def alike_pairs(claim_ids, rows: Neighbourhood, edges: Neighbourhood) -> Alike:
    """The pairs alike in meaning among ``edges`` (a bucket of them: both ways of each of their
    pairs), given every row's own numbers (``rows``, ``joined_rows``)."""
    import numpy as np

    n = len(claim_ids)
    near = Neighbourhood(rows.rows, rows.mean, rows.sd, rows.edge, edges.row, edges.other, edges.rank, edges.cosine)
    assert np.array_equal(near.rows, np.arange(n))  # so an edge's row is its index into ``near.rows``
    return _neighbours.pair_up(np.asarray(claim_ids, dtype=np.int64), near, n, np.arange(n))


def all_alike(found: Alike, claim_ids, article_ids, matrix, figures) -> Alike:
    """The pairs alike in meaning of every bucket (``found``, joined), with those alike through
    other articles (``restated.with_restated``) and those with the same figure on one story
    (``same_figure.on_one_story``, ``figures`` as the store gives them): over all of them, as one
    process finds them. ``matrix[rows]`` gives the vectors of the claims' rows."""
    found = with_restated(found, claim_ids, article_ids, matrix)
    return on_one_story(found, claim_ids, article_ids, matrix, figures)


def alike_at(alike: Alike | None, a, b):
    """The indices into ``alike`` of the pairs (a[i], b[i]), -1 where absent (all -1 without
    ``alike``)."""
    import numpy as np

    if alike is None or not len(alike):
        return np.full(len(a), -1, dtype=np.int64)
    return alike.lookup(np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64))


def _terms(alike: Alike | None, at):
    """Each pair's (gain, cosine, bridges) (``Alike.terms``; NaN, NaN, 0 without ``alike``)."""
    import numpy as np

    if alike is None or not len(alike):
        return np.full(len(at), np.nan), np.full(len(at), np.nan), np.zeros(len(at), dtype=np.int64)
    return alike.terms(at)


def alike_links(alike: Alike, claim_ids, article_ids, dates: dict[int, str | None]) -> Links:
    """The undated articles' links through the pairs of ``alike`` (every one of them is scored:
    with a signature pair, or alone), as ``consistency.undated_links`` gives them; ``claim_ids``
    (ascending) and ``article_ids``: each claim's article; ``dates``: article id -> date. In arrays:
    a one-story corpus has millions of such pairs, and as Python tuples they took 600 MB."""
    import numpy as np

    if all(dates.values()):
        return {}  # no undated article: nothing to link (and four million pairs not looked up)
    claim_ids, article_ids = np.asarray(claim_ids, dtype=np.int64), np.asarray(article_ids, dtype=np.int64)
    art_a = article_ids[np.searchsorted(claim_ids, alike.a)]
    art_b = article_ids[np.searchsorted(claim_ids, alike.b)]
    articles = np.unique(np.concatenate([art_a, art_b]))
    said = [dates.get(a) for a in articles.tolist()]
    undated = articles[np.array([d is None for d in said], dtype=bool)]
    dated = articles[np.array([bool(d) for d in said], dtype=bool)]
    links: Links = {}
    for me, other in ((art_a, art_b), (art_b, art_a)):
        keep = np.isin(me, undated) & np.isin(other, dated)
        for a, b in np.unique(np.stack([me[keep], other[keep]], axis=1), axis=0).tolist():
            links.setdefault(a, {})[b] = dates[b]
    return links


def merged_links(*parts: Links) -> Links:
    out: Links = {}
    for links in parts:
        for article, dated in links.items():
            out.setdefault(article, {}).update(dated)
    return out


@dataclass
class Share:
    """A partition's pairs, found and not yet scored: its claims as a ``MatchIndex``, the pairs as
    positions, each pair's index into ``alike`` (-1: not alike in meaning), and its undated links."""

    index: object
    ps: object
    qs: object
    at: object
    links: Links

    @property
    def met(self):
        """The indices into ``alike`` of the pairs alike in meaning too."""
        return self.at[self.at >= 0]


def local_pairs(claims: Sequence[Claim], owns: Callable[[str], bool], alike: Alike | None = None) -> Share:
    """The candidate pairs among ``claims`` (sorted by id; each with its rare keys only, the keys
    held by at most ``posting_limit()`` claims in the whole store) that this partition scores.

    The candidate rule counts the anchors two claims share over their keys; both claims of a pair
    carry every one of their rare keys, so the count here is the count over the whole store. A pair
    is kept only where ``owns`` its smallest shared key, so across partitions that each own a share
    of the keys every pair is scored exactly once. Pairs are oriented as the one-process rebuild
    orients them (the later claim first), so even an asymmetric detail of the scorer agrees.
    Signatures are parsed later, by ``score_share``, only for the claims of kept pairs."""
    import numpy as np

    n = len(claims)
    index = _matching.MatchIndex()
    index.statements = [Statement(cid, article, lang, "", date=date) for cid, article, lang, date, _, _ in claims]
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
    maybe = np.flatnonzero((masks[ps] & masks[qs]) != 0)
    keysets = [frozenset(keys) for keys in index.keys]
    ours = np.zeros(len(maybe), dtype=bool)
    for lo in range(0, len(maybe), PAIRS_TESTED):  # a share at a time: as Python ints, millions took 150 MB
        at = maybe[lo : lo + PAIRS_TESTED]
        ours[lo : lo + len(at)] = [min(keysets[p] & keysets[q]) in bit
                                   for p, q in zip(ps[at].tolist(), qs[at].tolist())]
    ps, qs = ps[maybe[ours]], qs[maybe[ours]]
    ids = np.fromiter((c[0] for c in claims), dtype=np.int64, count=n)
    undated = any(st.date is None for st in index.statements)
    links = _consistency.undated_links(index.statements, zip(ps.tolist(), qs.tolist())) if undated else {}
    return Share(index, ps, qs, alike_at(alike, ids[ps], ids[qs]), links)


PAIRS_TESTED = 1 << 16  # candidate pairs tested for ownership at a time


def score_share(
    share: Share, claims: Sequence[Claim], alike: Alike | None, links: Links, min_score: float = STORE_MIN_SCORE
):
    """Score a partition's pairs (``local_pairs`` of ``claims``), those alike in meaning with their
    gain and cosine; undated claims dated by ``links``, the links of every pair of the job (see
    ``_dated``). Returns the matches reaching ``min_score`` and the signatures so dated (claim
    id, signature), to be stored as the one-process rebuild stores them."""
    index = share.index
    scored = set(share.ps.tolist()) | set(share.qs.tolist())
    for p in scored:
        index.signatures[p] = parse_signature(claims[p][4])
    gain, cosine, bridges = _terms(alike, share.at)
    dated = _dated(index, scored, links)
    return _matching.score_arrays(index, share.ps, share.qs, min_score, gain, cosine, bridges=bridges,
                                  date_from_pairs=False), dated


def score_alike(
    statements: Sequence[Statement], stored: dict[int, str], alike: Alike, which, links: Links,
    min_score: float = STORE_MIN_SCORE,
):
    """Score the pairs ``which`` (indices into ``alike``) that only meaning found, among
    ``statements`` (every claim of those pairs; ``stored``: the signature JSON of those that have
    a current one, the others' are built), as the one-process rebuild scores them; undated claims
    dated by ``links`` (see ``score_share``). Returns the matches and the dated signatures."""
    import numpy as np

    index = _matching.MatchIndex()
    index.add(statements, [parse_signature(stored[s.id]) if s.id in stored else build_signature(s) for s in statements],
              keyed=False)
    position = {s.id: i for i, s in enumerate(index.statements)}
    ps = np.fromiter((position[a] for a in alike.a[which].tolist()), dtype=np.int64, count=len(which))
    qs = np.fromiter((position[b] for b in alike.b[which].tolist()), dtype=np.int64, count=len(which))
    dated = _dated(index, set(ps.tolist()) | set(qs.tolist()), links)
    gain, cosine, bridges = alike.terms(which)
    return _matching.score_arrays(index, ps, qs, min_score, gain, cosine, bridges=bridges,
                                  date_from_pairs=False), dated


def _dated(index, positions: set[int], links: Links) -> list[tuple[int, Signature]]:
    """Date the undated claims at ``positions`` from the job's ``links`` (of all its pairs, not
    only this partition's), as the one-process scorer dates them from all of its pairs
    (``consistency.give_story_dates``, the rule it uses); the scorer is then told not to date them
    from the share of pairs it is given. Returns (claim id, signature) of the claims given a story
    date."""
    st, sigs = index.statements, index.signatures
    undated = sorted(p for p in positions if st[p].date is None)
    _consistency.give_story_dates(st, sigs, undated, links)
    return [(st[p].id, sigs[p]) for p in undated if links.get(st[p].article_id)]
