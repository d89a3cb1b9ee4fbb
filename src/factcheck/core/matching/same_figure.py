"""Pairs that state the same figure in two articles on one story.

A headline or a short sentence ("El club inglés pagará 78 millones de euros", "Övergångssumman är
78 miljoner euro") often says the same as several sentences of another article, while the model
ranks only its best two there, and names no entity for the signatures to find it by. Within one
story, the same amount, share or count of a hundred or more (equal to three significant digits),
in two sentences alike in meaning, is the same statement: on the labelled one-story sets every such
pair is a labelled pair. Across stories it is not ("$20 million a month" of two companies), so the
two articles must be on one story: already share ``STORY_PAIRS`` pairs the model found strongly
alike, or each so linked to ``STORY_PAIRS`` articles in common (a story's outlets do not all restate
the same sentences: a Danish and a French article may share no two, and share a story with six
others). An amount of money is the same in two currencies when they convert to within
``AMOUNT_TOLERANCE`` of each other ("290 millioner kroner" / "knapp 39 Millionen Euro"); in one
currency, only the same amount is ("Rp310 miliar" against "Rp290 miliar" is another fine). Such a
pair takes ``FIGURE_GAIN`` as its meaning term: enough to be listed on it alone, even
when the figure is a plain count ("95.000 passagerer" / "95,000 passengers"), whose figure term is
small (a pair of plain numbers says little elsewhere). Chosen on tests/data/semantic/{brightwave,
dev_*,tuned} and tests/data/matching: at 0.9 all 80 such pairs there are listed, all labelled
(at 0.7, 59 of them, 6 of those below the threshold).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from factcheck.core.matching.neighbours import COSINE_FLOOR, Alike, pairwise, rows_of
from factcheck.core.matching.restated import BRIDGE_GAIN, with_later

STORY_PAIRS = 2  # pairs strongly alike (a meaning term of BRIDGE_GAIN or more) two articles share
FIGURE_GAIN = 0.9
LEAST_COUNT = 100  # a plain number below this ("three", "12") is too common to say the same
MAX_HOLDERS = 250  # a figure stated by more sentences than this says nothing of which two agree
# Two currencies' amounts this close in US dollars (each at its article's date) are one amount. Chosen
# on the tuning sets: every pair within 8 % there states one amount; at 10 % an outlet's conversion
# of one amount ("78 miljoner euro, nästan 900 miljoner kronor") meets another ("90 milhões").
AMOUNT_TOLERANCE = 0.08
SAME_FIGURE = -1  # in ``Alike.bridges``: a pair found by its figure


def figure_key(kind: str, value: float, unit: str | None) -> tuple | None:
    """What two sentences must share to state the same figure: its kind, unit and value to three
    significant digits ("78 millones" = "78 Millionen" = 7.8e7); None for a figure too common."""
    if not value or (kind == "number" and unit is None and abs(value) < LEAST_COUNT):
        return None
    return kind, unit, float(f"{value:.3g}")


def on_one_story(alike: Alike, claim_ids, article_ids, matrix, figures: Iterable[tuple], new=None) -> Alike:
    """``alike`` (pairs found directly, and through other articles) with the pairs that state the
    same figure in two articles on one story added, or their meaning term raised; ``bridges`` says
    ``SAME_FIGURE`` for them. ``figures``: (claim id, kind, value, unit, usd) of the sentences;
    ``claim_ids``, ``article_ids`` and the rows of ``matrix`` are parallel; ``new``: claim ids of
    which each added pair has one (None: any)."""
    import numpy as np

    claim_ids = np.asarray(claim_ids, dtype=np.int64)
    articles = np.asarray(article_ids, dtype=np.int64)
    row_of = rows_of(claim_ids)
    width = int(articles.max(initial=0)) + 1
    figures = list(figures)
    found = (_stating_one_figure(figures, claim_ids), _stating_one_amount(figures, claim_ids))
    a, b = (np.concatenate(side) for side in zip(*found))
    ra, rb = row_of(a), row_of(b)
    keep = _on_one_story(_story_links(alike, articles, row_of, width), articles[ra], articles[rb], width)
    if new is not None:
        fresh = np.fromiter(map(int, new), dtype=np.int64)
        keep &= np.isin(a, fresh) | np.isin(b, fresh)
    a, b, ra, rb = a[keep], b[keep], ra[keep], rb[keep]
    if len(a):  # two claims that state two figures alike are a pair once
        _, unique = np.unique(a * (int(b.max()) + 1) + b, return_index=True)
        a, b, ra, rb = a[unique], b[unique], ra[unique], rb[unique]
    at = alike.lookup(a, b)
    weak = (at < 0) | (alike.gain[np.maximum(at, 0)] < FIGURE_GAIN)  # most are found already
    a, b, ra, rb, at = a[weak], b[weak], ra[weak], rb[weak], at[weak]
    cosine = pairwise(_cosines, matrix, ra, rb)
    keep = cosine >= COSINE_FLOOR
    a, b, cosine, at = a[keep], b[keep], cosine[keep], at[keep]
    if not len(a):
        return alike
    add = at < 0
    out = alike.extended(a[add], b[add], np.round(cosine[add], 4), np.full(int(add.sum()), FIGURE_GAIN),
                         np.full(int(add.sum()), SAME_FIGURE))
    out.gain[at[~add]] = FIGURE_GAIN
    out.bridges[at[~add]] = SAME_FIGURE
    return out


def _cosines(u, v):
    import numpy as np

    u, v = np.asarray(u, dtype=np.float32), np.asarray(v, dtype=np.float32)
    norms = np.sqrt(np.einsum("ij,ij->i", u, u) * np.einsum("ij,ij->i", v, v))
    return np.einsum("ij,ij->i", u, v) / np.maximum(norms, np.float32(1e-12))


def _story_links(alike: Alike, articles, row_of, width: int):
    """The article pairs on one story (as codes ``smaller * width + larger``): ``STORY_PAIRS``
    pairs between them found directly and strongly alike."""
    import numpy as np

    direct = alike.gain >= BRIDGE_GAIN
    if alike.bridges is not None:
        direct &= alike.bridges == 0
    x, y = articles[row_of(alike.a[direct])], articles[row_of(alike.b[direct])]
    codes, counts = np.unique(np.minimum(x, y) * width + np.maximum(x, y), return_counts=True)
    return codes[counts >= STORY_PAIRS]


def _on_one_story(links, x, y, width: int):
    """Whether the articles ``x[i]`` and ``y[i]`` are two on one story: linked (``links``, as
    ``_story_links`` gives them), or each linked to ``STORY_PAIRS`` articles in common."""
    import numpy as np

    code = np.minimum(x, y) * width + np.maximum(x, y)
    keep = (x != y) & np.isin(code, links)
    ends = np.divmod(links, width)
    linked: dict[int, set[int]] = {}
    for p, q in zip(*(e.tolist() for e in ends)):
        linked.setdefault(p, set()).add(q)
        linked.setdefault(q, set()).add(p)
    unlinked = np.unique(code[(x != y) & ~keep])
    through = [c for c in unlinked.tolist()
               if len(linked.get(c // width, set()) & linked.get(c % width, set())) >= STORY_PAIRS]
    return keep | np.isin(code, np.asarray(through, dtype=np.int64))


def _stating_one_figure(figures: list[tuple], claim_ids):
    """Every two claims (of ``claim_ids``) that state one figure held by at most ``MAX_HOLDERS``:
    parallel arrays, the smaller id first (a pair may come once per figure it shares)."""
    import numpy as np

    keyed: dict[tuple, int] = {}
    held = [(c, keyed.setdefault(k, len(keyed)))
            for c, kind, value, unit, _ in figures if (k := figure_key(kind, value, unit)) is not None]
    claim = np.array([c for c, _ in held], dtype=np.int64)
    key = np.array([k for _, k in held], dtype=np.int64)
    known = np.isin(claim, claim_ids)
    claim, key = claim[known], key[known]
    span = int(claim.max(initial=0)) + 1
    key, claim = np.divmod(np.unique(key * span + claim), span)  # each claim once per key, by key, by id
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else key[:0]
    size = np.diff(np.r_[first, len(key)])
    # each holder with every later one of its figure: as many as follow it
    count = np.where(np.repeat(size, size) <= MAX_HOLDERS, np.repeat(first + size, size) - np.arange(len(key)) - 1, 0)
    left, right = with_later(count)
    return claim[left], claim[right]


def _stating_one_amount(figures: list[tuple], claim_ids):
    """Every two claims (of ``claim_ids``) that state amounts of money in two currencies within
    ``AMOUNT_TOLERANCE`` of each other in US dollars, among at most ``MAX_HOLDERS`` amounts that
    close: parallel arrays, the smaller id first."""
    import numpy as np

    held = sorted((math.log(usd), c, unit) for c, kind, _, unit, usd in figures if kind == "money" and usd and usd > 0)
    size = np.log1p(AMOUNT_TOLERANCE)
    log = np.array([x for x, _, _ in held], dtype=np.float64)
    claim = np.array([c for _, c, _ in held], dtype=np.int64)
    currency = np.unique(np.array([u for _, _, u in held], dtype=object), return_inverse=True)[1]
    known = np.isin(claim, claim_ids)
    log, claim, currency = log[known], claim[known], currency[known]
    # how many amounts above each are this close to it
    after = np.searchsorted(log, log + size, side="right") - np.arange(len(log)) - 1
    left, right = with_later(np.where(after < MAX_HOLDERS, after, 0))
    keep = (currency[left] != currency[right]) & (claim[left] != claim[right])
    a, b = claim[left][keep], claim[right][keep]
    return np.minimum(a, b), np.maximum(a, b)
