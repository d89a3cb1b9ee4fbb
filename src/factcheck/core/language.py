"""Offline language identification with py3langid (its model ships in the wheel).

``detect_language(text)`` returns an ISO 639-1 code, or "und" when the text has fewer than
``MIN_LETTERS`` letters. Only the first ``MAX_CHARS`` = 1,000 characters (~150 words) are
classified: py3langid walks the text byte by byte in Python (~1.3 µs a byte), so 3,000 characters
cost ~4 ms an article -- the single biggest cost of ingesting a 4 kB article -- and 1,000 cost
~0.8 ms. Accuracy did not move: on the seeds and 180 generated articles in da/id/en/de/es/fr (the
templates of benchmarks/ingest.py) every sample size from 200 to 3,000 characters gave 0 errors.
Loading the model takes ~0.6 s, once, on first use, and milliseconds from the cache after that
(``_model``).

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

import json
import os
import re
import shutil
import tempfile
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

MIN_LETTERS = 20
MAX_CHARS = 1000
ID_MS_MARGIN = 3.0

_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier():  # noqa: ANN202 - py3langid has no type hints
    from py3langid.langid import LanguageIdentifier

    class Identifier(_WordMemo, LanguageIdentifier):
        pass

    ptc, pc, classes, nextmove, row, out = _model()
    return Identifier(ptc, pc, classes, nextmove, out, tk_row=row)  # own instance: py3langid's global stays untouched


def _model() -> tuple:
    """py3langid's model restricted to two-letter labels, from the cache when it is there.

    The packaged model is an LZMA-compressed .npz: decompressing and reading it costs ~0.6 s in
    every process. The same arrays, restricted and laid out as we use them, are kept uncompressed
    in the user's cache folder (~60 MB, see ``_cache_folder``) and memory-mapped from there: they
    load in milliseconds, and only the pages a text touches become resident. Any problem with the
    cache (missing, unwritable, damaged) falls back to the packaged model.
    """
    folder = _cache_folder()
    if folder is not None:
        try:
            return _read_cache(folder)
        except (OSError, ValueError, KeyError):
            shutil.rmtree(folder, ignore_errors=True)  # damaged (or absent): written anew below
    arrays = _restricted_model()
    if folder is not None:
        _write_cache(folder, arrays)
    return arrays


def _restricted_model() -> tuple:
    """The packaged model with only the two-letter labels. The table is stored row-major float16:
    after py3langid's own ``set_languages`` it is column-major, and gathering a text's rows from
    that cost 2.4 ms a call for 3,000 characters; row-major costs 0.03 ms (``_sparse_score``
    widens the gathered rows to float32, exactly as a float32 table would hold them)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, out = load_model(MODEL_DIR / MODEL_FILE)
    keep = [i for i, c in enumerate(classes) if len(c) == 2]
    ptc = np.ascontiguousarray(np.asarray(ptc)[:, keep])
    return ptc, np.asarray(pc)[keep], [classes[i] for i in keep], nextmove, row, out


_CACHE_FILES = ("ptc", "pc", "nextmove", "row", "out")


def _cache_folder() -> Path | None:
    """``$XDG_CACHE_HOME/factcheck/langid-<version>-<size>`` (default ``~/.cache``): named after
    py3langid's version and its model file's size, so another py3langid gets a fresh cache while
    reinstalling the same one (a new virtualenv: a new file time) reuses it."""
    import py3langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    try:
        size = (MODEL_DIR / MODEL_FILE).stat().st_size
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except (OSError, RuntimeError):  # no home folder
        return None
    return root / "factcheck" / f"langid-{py3langid.__version__}-{size}"


def _read_cache(folder: Path) -> tuple:
    ptc, pc, nextmove, row, out = (np.load(folder / f"{name}.npy", mmap_mode="r") for name in _CACHE_FILES)
    classes = json.loads((folder / "classes.json").read_text(encoding="utf-8"))
    if ptc.ndim != 2 or ptc.shape[1] != len(classes) != len(pc) or (nextmove.dtype, row.dtype) != (np.uint32, np.uint16):
        raise ValueError("cache does not fit")
    # memoryviews index like py3langid's array('I'/'H') and list, without copying the mapped file
    return ptc, np.array(pc), classes, memoryview(nextmove), memoryview(row), out.tolist()


def _write_cache(folder: Path, arrays: tuple) -> None:
    """Write the cache next to its final place, then rename it there (two processes may race)."""
    ptc, pc, classes, nextmove, row, out = arrays
    values = {"ptc": ptc, "pc": pc, "nextmove": np.frombuffer(nextmove, dtype=np.uint32),
              "row": np.frombuffer(row, dtype=np.uint16), "out": np.asarray(out, dtype=np.int32)}
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = tempfile.mkdtemp(dir=folder.parent, prefix=".langid-")
    except OSError:
        return  # read-only home or full disk: use the model in memory
    try:
        for name in _CACHE_FILES:
            np.save(Path(tmp, f"{name}.npy"), values[name])
        Path(tmp, "classes.json").write_text(json.dumps(classes), encoding="utf-8")
        os.replace(tmp, folder)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)  # full disk, or another process won the race
        return
    for stale in folder.parent.glob("langid-*"):  # an earlier py3langid's: ~60 MB each
        if stale != folder:
            shutil.rmtree(stale, ignore_errors=True)


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

    def _sparse_score(self, visits, table):  # noqa: ANN001, ANN202 - py3langid's signature
        """py3langid's score, with the gathered float16 rows widened to float32 first."""
        idx = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
        counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
        return np.log1p(counts) @ np.asarray(table[idx], dtype=np.float32) + self.nb_pc

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
