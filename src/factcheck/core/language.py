"""Offline language identification with py3langid (its model ships in the wheel).

``detect_language(text)`` returns an ISO 639-1 code, or "und" when the text has fewer than
``MIN_LETTERS`` letters. Only the first ``MAX_CHARS`` = 1,000 characters (~150 words) are
classified: py3langid walks the text byte by byte in Python (~1.3 µs a byte), so 3,000 characters
cost ~4 ms an article -- the single biggest cost of ingesting a 4 kB article -- and 1,000 cost
~0.8 ms. Accuracy did not move: on the seeds and 180 generated articles in da/id/en/de/es/fr (the
templates of benchmarks/ingest.py) every sample size from 200 to 3,000 characters gave 0 errors.
Loading the model takes 1-3 s, once, on first use.

Choices, with the evidence behind them:

* Only two-letter labels are considered. The model also knows ~20 languages without an ISO 639-1
  code (pcm, bcl, ace, ...) that otherwise win on short headlines ("Dampak Finansial Bagi Microsoft"
  came out as Central Bikol).
* Indonesian versus Malay: the model separates them by a thin margin. On 12 Indonesian and 10 Malay
  news sentences written for the test (tests/core/test_language.py), plain argmax got 2 Indonesian
  ones wrong (ms ahead by 0.8 and 2.9 log-probability points) and all Malay ones right (ms ahead by
  1.0 to 26.7). We say "id" when "ms" wins by less than ``ID_MS_MARGIN`` = 3 points: that fixes both
  and costs one borderline Malay sentence. On whole articles the margin is tens of points, so only
  short, ambiguous text is affected, and Indonesian is by far the more common of the two in news.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np

MIN_LETTERS = 20
MAX_CHARS = 1000
ID_MS_MARGIN = 3.0

_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier():  # noqa: ANN202 - py3langid has no type hints
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class Identifier(_WordMemo, LanguageIdentifier):
        pass

    ident = Identifier.from_model_file(MODEL_FILE)  # own instance: the global stays untouched
    ident.set_languages([code for code in ident.labels if len(code) == 2])
    # After set_languages the table is column-major float16: gathering a text's rows from it and
    # multiplying in half precision cost 2.4 ms a call for 3,000 characters; row-major float32
    # costs 0.03 ms. Dropping the full table first (we never widen the label set again) keeps the
    # peak at +10 MB over py3langid's own load and leaves 5 MB less resident.
    ident._full_model = None
    ident.nb_ptc = np.ascontiguousarray(ident.nb_ptc, dtype=np.float32)
    return ident


_CHUNK = re.compile(rb"[^ ]+ *| +")  # a word and the spaces after it (or leading spaces)
MEMO_MAX = 200_000  # (state, word) entries, ~30 MB at most; cleared when full


class _WordMemo:
    """py3langid's scoring with its feature walk done a word at a time, remembered.

    py3langid finds its byte n-gram features by walking a DFA one byte at a time in Python -- the
    biggest cost of detecting a language. The walk from a given DFA state over a given word always
    ends in the same state having emitted the same features, and news text repeats its words, so
    ``(state, word) -> (state after, features)`` is kept. The features come out in the same order
    as py3langid's own walk, so the scores are bit-identical (tests/core/test_language.py).
    """

    def _raw_score(self, text):  # noqa: ANN001, ANN202 - py3langid's signature
        from py3langid.langid import RAW_FLOOR

        visits = self._visits(text)
        if visits:
            return self._sparse_score(visits, self.nb_ptc)
        return np.full(len(self.nb_classes), 0.0 if self._norm_probs else RAW_FLOOR, dtype=np.float32)

    def _visits(self, text: bytes) -> Counter | None:
        memo = self.__dict__.setdefault("_memo", {})
        nm, rowbase, out = self.tk_nextmove, self._rowbase, self.tk_output
        state, indexes = 0, []
        for word in _CHUNK.findall(text):
            hit = memo.get((state, word))
            if hit is None:
                s, found = state, []
                for letter in word:
                    s = nm[rowbase[s] + letter]
                    if out[s] >= 0:
                        found.append(out[s])
                if len(memo) >= MEMO_MAX:
                    memo.clear()
                hit = memo[state, word] = (s, tuple(found))
            state = hit[0]
            indexes += hit[1]
        return Counter(indexes) if indexes else None


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` ("da", "id", "en", ...), or "und" when it is too short to tell."""
    sample = text[:MAX_CHARS]
    letters = 0
    for _ in _LETTER.finditer(sample):
        letters += 1
        if letters >= MIN_LETTERS:
            break
    else:
        return "und"
    ranked = _identifier().rank(sample)
    best = ranked[0][0]
    if best == "ms":
        scores = dict(ranked[:5])
        if "id" in scores and scores["ms"] - scores["id"] < ID_MS_MARGIN:
            return "id"
    return best
