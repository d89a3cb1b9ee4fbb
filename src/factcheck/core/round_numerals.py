"""Round numbers said as a group of about so many: "une vingtaine de blessés" (about 20), "una
treintena de corredores", "una ventina di feriti", "een honderdtal", "a dozen people".

The Romance languages and Dutch count people and things this way as often as in digits; read as
nothing, "une vingtaine" could never agree with "23 injured", and read as an exact 20 it would
conflict with it. A group is a figure of its round value, approximate, and as loose as its word
(``PRECISION``): "une vingtaine" is 15 to 25. Plurals ("des centaines", "decenas de") say no number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.core.models import Figure
from factcheck.core.quantities import unit_after
from factcheck.core.units import DIMENSION

PRECISION = 0.25  # "une vingtaine" is about 20: 15 to 25

_GROUPS: dict[str, dict[int, str]] = {
    "fr": {10: "une dizaine", 12: "une douzaine", 15: "une quinzaine", 20: "une vingtaine", 30: "une trentaine",
           40: "une quarantaine", 50: "une cinquantaine", 60: "une soixantaine", 100: "une centaine",
           1000: "un millier"},
    "es": {10: "una decena", 12: "una docena", 20: "una veintena", 30: "una treintena", 50: "una cincuentena",
           100: "un centenar", 1000: "un millar"},
    "it": {10: "una decina", 12: "una dozzina", 15: "una quindicina", 20: "una ventina", 30: "una trentina",
           50: "una cinquantina", 60: "una sessantina", 100: "un centinaio", 1000: "un migliaio"},
    "pt": {10: "uma dezena", 12: "uma dúzia", 20: "uma vintena", 30: "uma trintena", 100: "uma centena",
           1000: "um milhar"},
    "nl": {10: "een tiental", 12: "een dozijn", 20: "een twintigtal", 30: "een dertigtal", 40: "een veertigtal",
           50: "een vijftigtal", 100: "een honderdtal"},
    "en": {12: "a dozen"},
    "de": {12: "ein Dutzend|einem Dutzend|eines Dutzends"},
}

# "d'une vingtaine", "d'un millier": the article elided after "de"
_ELIDED = {"fr": r"(?:d['’])?"}


@lru_cache(maxsize=16)
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    groups = _GROUPS.get(lang)
    if groups is None:
        return None
    elided = _ELIDED.get(lang, "")
    alternatives = "|".join(f"(?P<g{value}>{words})" for value, words in groups.items())
    return (re.compile(rf"(?<![^\W\d_']){elided}(?:{alternatives})(?![^\W\d_])", re.IGNORECASE),
            {f"g{value}": value for value in groups})


def round_groups(text: str, lang: str, lo: int, hi: int) -> list[Figure]:
    """The round groups ``text[lo:hi]`` says ("une vingtaine": about 20), as approximate figures."""
    compiled = _pattern(lang)
    if compiled is None:
        return []
    pattern, values = compiled
    out = []
    for m in pattern.finditer(text, lo, hi):
        unit, end = unit_after(text, m.end(), lang) or (None, m.end())  # "una decina di settimane"
        out.append(Figure("number", m.start(), end, float(values[m.lastgroup]), unit, approx=True,
                          text=text[m.start():end], words=True, dimension=DIMENSION.get(unit or "")))
    return out


def is_round_group(text: str, lang: str) -> bool:
    """Whether ``text``, a figure as written, is a round group."""
    compiled = _pattern(lang)
    return compiled is not None and compiled[0].match(text) is not None  # with its unit, if any
