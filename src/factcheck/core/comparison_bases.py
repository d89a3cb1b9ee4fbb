"""A figure given as the base another is compared with, its unit said once, with the first: "1.612
pesos per dollaro, contro i 1.540 di lunedì", "an average ticket of 750 reais, against 726 last year",
"inflation of 3.2%, compared with 2.9 in October", "47 milioni di tonnellate, contro i 50,3 milioni della
stagione precedente".
Outlets write the currency, the unit or the percent sign with the first figure only; read bare, the
base is a plain number that meets the other outlets' figures of that unit as nothing.

Only a bare number right after a word that makes it the base and before the end of its clause or a word
that dates or places it ("di lunedì", "last year", "im Vorjahr") takes the unit: "against 12 rivals"
counts something else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.core.currency import as_money
from factcheck.core.models import Figure

# the words before what a figure is compared with: a base that takes the figure's unit here, and a relative
# year that dates no figure (``relative_years``: "up 4.2% from a year earlier")
COMPARED_WITH = (r"against|compared\s+(?:with|to)|versus|vs\.?|from|contre|par\s+rapport\s+à|gegenüber|"
                 r"comparado\s+co[nm]|по\s+сравнению\s+с")
# and the others that make what follows the base of a comparison, with the article they may take
_BASE_WORDS = (
    COMPARED_WITH + r"|out\s+of|comparé\s+à|sur|"
    r"contro|rispetto|su|sui|sugli|sulle|dal|dai|dagli|dalle|"
    r"frente|en\s+comparación\s+con|desde|"
    r"contra|ante|em\s+comparação\s+com|"
    r"verglichen\s+mit|nach|tegenover|mot|mod|wobec|oproti|"
    r"против|مقابل"
)
# and up to two articles after it ("frente a los", "rispetto ai", "par rapport aux")
_ARTICLES = (
    r"the|les?|la|l['’]|los|las|il|lo|i|gli|ai|agli|alle|alla|al|allo|all['’]|aux|"
    r"os|as|o|a|aos|às|ao|der|den|dem|die|het|de"
)
# and a word that makes the base approximate ("su circa 61", "against about 2.9", "contre environ 3")
_ABOUT = (r"about|around|roughly|some|nearly|almost|circa|quasi|environ|près\s+de|rund|etwa|knapp|unos|unas|"
          r"cerca\s+de|aproximadamente|около|примерно|حوالي|نحو")
_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_BASE_WORDS})(?:\s+(?:{_ARTICLES})){{0,2}}(?:\s+(?:{_ABOUT}))?\s*$",
                     re.IGNORECASE)
_REACH = 40  # characters before the number searched for the base word

# what may follow the base: its clause's end, or a word that dates or places it
_AFTER_WORDS = (
    "in", "on", "at", "last", "a", "an", "the", "of", "for", "earlier", "previously", "before", "during", "over",
    "and", "a year", "di", "del", "dello", "della", "dell", "dei", "degli", "delle", "nel", "nello", "nella", "nei",
    "negli", "nelle", "al", "alla", "lo", "l", "e", "en", "le", "les", "de", "du", "des", "au", "un", "une", "à",
    "et", "il", "el", "los", "las", "y", "hace", "em", "no", "na", "nos", "nas", "do", "da", "dos", "das",
    "o", "um", "uma", "há", "im", "am", "vom", "zum", "zur", "der", "dem", "ein", "einem", "einer", "vor", "und",
    "op", "een", "het", "vorig", "i", "på", "ett", "året", "fjol", "for", "för", "w", "we", "rok", "roku", "przed",
    "v", "ve", "в", "во", "годом", "год", "года", "за", "на", "и", "في", "خلال", "العام", "عام", "قبل", "و",
)
_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\u2013\u2014-]|$|(?:" + "|".join(sorted(map(re.escape, _AFTER_WORDS), key=len, reverse=True))
    + r")(?![^\W\d_]))",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[;!?]|\.\s")
_NEAR = 20.0  # how many times larger or smaller a base may be than the figure it is the base of
_SCALES = (1e3, 1e6, 1e9, 1e12)


def with_base_units(text: str, as_of: str | None, found: list[Figure]) -> list[Figure]:
    """``found``, with each bare number that is the base of a comparison ("contro i 1.540 di lunedì")
    read in the unit of the figure before it in its sentence, and at its scale where the base is
    written without one ("3,4 miliardi di dollari, contro 2,9 l'anno scorso")."""
    out: list[Figure] = []
    for f in found:
        # not an outlet's conversion in parentheses: "13,9 Milliarden Dirham (knapp 1,3 Mrd. Euro) vor, nach 16,5
        # Milliarden in diesem Jahr" are dirhams
        prior = next((x for x in reversed(out) if not _in_parentheses(text, x, f.start)), None)
        if prior is not None and (base := _as_base(text, as_of, prior, f)) is not None:
            f = base
        out.append(f)
    return out


def _in_parentheses(text: str, f: Figure, before: int) -> bool:
    """Whether ``f`` stands in parentheses closed before ``before``."""
    return text.rfind("(", 0, f.start) > text.rfind(")", 0, f.start) and 0 <= text.find(")", f.end, before)


def _as_base(text: str, as_of: str | None, prior: Figure, f: Figure) -> Figure | None:
    """``f`` read in the unit of ``prior``, the figure before it, where it is the base of a comparison
    with it (see the module's doc) and near it in size; None where it is not."""
    if f.kind != "number" or f.unit is not None or f.words or prior.unit is None or prior.kind == "year" \
            or prior.value <= 0 or f.value <= 0 or not _BEFORE.search(text, max(prior.end, f.start - _REACH), f.start) \
            or _SENTENCE_END.search(text[prior.end:f.start].replace("vs.", "vs")) or _a_year(f) \
            or not _AFTER.match(text, f.end):
        return None
    value = f.value
    if not 1 / _NEAR <= value / prior.value <= _NEAR:
        scaled = [value * s for s in _SCALES if 1 / _NEAR <= value * s / prior.value <= _NEAR]
        if len(scaled) != 1 or not any(ch.isalpha() for ch in prior.text) or any(ch.isalpha() for ch in f.text):
            return None
        value = scaled[0]
        f = replace(f, value=value)
    if prior.kind == "money":
        return as_money(f, prior.unit, as_of)
    return replace(f, kind=prior.kind, unit=prior.unit, dimension=prior.dimension)


def _a_year(f: Figure) -> bool:
    """Whether a bare number may be a year ("compared with 2025"): four digits of the last centuries or the next."""
    return f.text.isdigit() and len(f.text) == 4 and 1800 <= f.value <= 2200
