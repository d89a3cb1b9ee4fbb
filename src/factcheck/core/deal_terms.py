"""How a takeover's sums are counted: per share, or with the target's debt.

* A sum per share: "42.50 euros per share", "42,50 Euro je Aktie", "42,50 kronor per aktie", "Rp 1.250 per
  lembar saham". An offer, a dividend or a share price is a sum per share; the deal's value or a
  profit is a total. The two are never held against each other, so a sum per share measures
  ``PER_SHARE`` whatever word stands near it, and compares with other sums per share only. Those may
  still be different things (an offer, a dividend, last year's price: "im Jahr 2021 mit 55 Euro je
  Aktie"), so they agree or are not compared, unless one outlet slipped (``measure_words.HOW_COUNTED``).
* A value with debt: "Including net debt of about 440 million euros, the deal values Meridiaan at
  roughly 2.6 billion euros", "valorise la cible à 2,6 milliards d'euros, dette comprise". The
  enterprise value is not the 2.16 billion the shares are bought for (``ENTERPRISE_VALUE``).
"""

from __future__ import annotations

import re

from factcheck.core.models import Figure

PER_SHARE = "per share"
ENTERPRISE_VALUE = "enterprise value"
_PER_SHARE_AFTER = re.compile(
    r"\s*(?:in cash\s+)?(?:per|a|each|je|pro|par|por|pr\.|za|na|ad|à)\s+(?:lembar\s+)?"
    r"(?:share|aktie|action|acción|accion|ação|acao|azione|aandeel|saham|akcję|akcje)(?![^\W\d_])",
    re.IGNORECASE)
_WITH_DEBT = re.compile(
    r"(?<![^\W\d_])(?:enterprise value|including (?:net )?debt|debt included|dette comprise|y compris (?:la )?dette|"
    r"inklusive (?:der )?schulden|einschließlich (?:der )?schulden|inklusive (?:netto)?gæld|inklusive skulder|"
    r"incluida la deuda|deuda incluida|incluyendo (?:la )?deuda|debito incluso|incluso il debito|"
    r"incluindo (?:a )?dívida|inclusief (?:de )?schulden|termasuk utang|wraz z długiem)(?![^\W\d_])", re.IGNORECASE)


def is_per_share(text: str, f: Figure) -> bool:
    """Whether the sum ``f`` is said per share, right after it."""
    return f.kind == "money" and bool(_PER_SHARE_AFTER.match(text, f.end))


def with_debt(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence ``text[lo:hi]`` counts a value with the target's debt."""
    return bool(_WITH_DEBT.search(text, lo, hi))
