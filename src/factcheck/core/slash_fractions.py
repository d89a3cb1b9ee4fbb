"""Shares written with a slash where dates are written so too: "chiếm khoảng 3/4 tổng doanh thu" (about
three quarters), "giảm gần 1/5" (nearly a fifth), "sekitar 1/3 warga". "1/5" alone is the first of May
in Vietnamese and Indonesian, so a slash is a share only after a word a date never follows: an
approximation, a bound ("hơn 1/3", "lebih dari 1/2") or a verb of a share ("chiếm 1/4").
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.core.measure_words import BOUNDS
from factcheck.core.models import Figure
from factcheck.core.quantity_words import approx_words
from factcheck.core.scripts import LANGUAGES

_SLASH = re.compile(r"(?<![\d/.,])([1-9])/([2-9]|10)(?![\d/]|[.,]\d|\s*(?:năm|tahun)\b)")  # not "1/5/2026"
# not where a slash is a decimal point (Persian's "۱/۸ میلیون", 1.8 million)
SLASHED = frozenset({"vi", "id", "ms", "en", "es", "pt", "fr", "it", "de", "nl", "pl", "tr"})
_SHARE_VERBS = {"vi": ("chiếm",), "id": ("sebanyak",), "ms": ("sebanyak",)}


@lru_cache(maxsize=LANGUAGES)
def _said_before(language: str) -> re.Pattern[str]:
    words = {*approx_words(language), *BOUNDS["min"], *BOUNDS["max"], *_SHARE_VERBS.get(language, ())}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w[:1].isalpha())
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})\s+$", re.IGNORECASE)


def slash_shares(text: str, language: str, lo: int, hi: int) -> list[Figure]:
    """The shares written as "n/d" (one to ten, the numerator the smaller) in ``text[lo:hi]`` after a word
    a date never follows, in percent."""
    out = []
    for m in _SLASH.finditer(text, lo, hi):
        numerator, denominator = int(m.group(1)), int(m.group(2))
        if numerator < denominator and _said_before(language).search(text, max(lo, m.start() - 20), m.start()):
            out.append(Figure("percent", m.start(), m.end(), round(100 * numerator / denominator, 4), "%",
                              text=m.group(), words=True))
    return out
