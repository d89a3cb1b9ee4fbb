"""A sum per share: "42.50 euros per share", "42,50 Euro je Aktie", "42,50 kronor per aktie", "Rp 1.250 per
lembar saham".

A takeover's offer, a dividend or a share price is a sum per share; the deal's value or a profit is a
total. The two are never held against each other, so a sum per share measures ``PER_SHARE`` whatever
word stands near it, and compares with other sums per share only. Those may still be different
things (an offer, a dividend, last year's price: "im Jahr 2021 mit 55 Euro je Aktie"), so they agree
or are not compared, unless one outlet slipped (``measure_words.HOW_COUNTED``).
"""

from __future__ import annotations

import re

from factcheck.core.models import Figure

PER_SHARE = "per share"
_AFTER = re.compile(
    r"\s*(?:in cash\s+)?(?:per|a|each|je|pro|par|por|pr\.|za|na|ad|à)\s+(?:lembar\s+)?"
    r"(?:share|aktie|action|acción|accion|ação|acao|azione|aandeel|saham|akcję|akcje)(?![^\W\d_])",
    re.IGNORECASE)


def is_per_share(text: str, f: Figure) -> bool:
    """Whether the sum ``f`` is said per share, right after it."""
    return f.kind == "money" and bool(_AFTER.match(text, f.end))
