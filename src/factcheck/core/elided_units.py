"""Amounts written with a scale word but no currency or unit, whose currency or unit the outlet said once
already.

"los ingresos subieron un 3%, hasta 9.600 millones." takes the euros of the profit before it in the
sentence, and "En euros, la cifra equivale a unos 19.800 millones." the currency its first words name.
An amount so read must end its clause or go on with a preposition or a period's word, never with what
it counts ("1.200 millones de usuarios"); and one currency must be in question, not two. Not the
currency of the sentence before: "Ses exportations ont atteint 712 millions" follows its dollars, but
"Les retraités sont 4,63 millions." as often follows a sum (the thing counted is said before the number).

So with a unit, in a sentence without money: "14,28 millones de toneladas diarias, por encima de los 13,30
millones diarios" and "55,5 miliardi di metri cubi annui ..., il Sudan per i suoi 18,5 miliardi" give the
second amount the tonnes and the cubic metres of the first; an amount of a scale counts what a unit counts
only after one (not after "a 24-hour strike").
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.core.currency import as_money, currency_forms
from factcheck.core.figure_context import bare_amount
from factcheck.core.models import Figure
from factcheck.core.numbers import written_with_letters
from factcheck.core.periods import PERIOD_RE
from factcheck.core.units import DIMENSION

# After the amount, what ends the clause: "hasta 9.600 millones." (not "1.200 millones de usuarios"); what
# compares it with another or dates it a year before ("uno sforamento di 1,4 miliardi rispetto alle
# previsioni", "5,1 Milliarden im Vorjahr"); or a preposition or an article ("10.400 millones en los nueve
# primeros meses", "loin des 4,9 milliards de la saison précédente", "davon 500 Millionen als Einlage")
_CLAUSE_END = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:and|und|et|y|e|og|och|dan|while|mientras|während|tandis|enquanto|mentre|"
    r"rispetto|compared|than|against|versus|vs|gegenüber|verglichen|par\s+rapport|comparé|frente|comparado|"
    r"tegenover|vergeleken|a\s+year\s+(?:earlier|ago|before)|last\s+year|im\s+Vorjahr|vor\s+einem\s+Jahr|"
    r"l'anno\s+scorso|l’anno\s+scorso|l'an\s+dernier|l’an\s+dernier|el\s+año\s+pasado|no\s+ano\s+passado|"
    r"vorig\s+jaar|"
    r"in|en|im|dans|au|aux|em|nel|nella|nei|negli|during|durante|over|for|pour|für|por|para|per|als|como|comme|as|"
    r"d[eu]\s+(?:la|l['’]|le|les|los|las|el|este|esta|ce|cette)|del|della|dello|degli|des|du|dos|das|do|da|der)"
    r"(?![^\W\d_]))",
    re.IGNORECASE)

_SPACES = re.compile(r"\s*")


def _ends_its_clause(text: str, end: int, hi: int) -> bool:
    """Whether the clause ends after ``end``, or after a period's word there ("los 13,30 millones diarios,
    ..."; not "1.3 million daily passengers"). ``PERIOD_RE`` itself, not a copy: compiling the period
    words again costs ~18 ms at every start."""
    if (m := PERIOD_RE.match(text, _SPACES.match(text, end, hi).end(), hi)) is not None:
        end = m.end()
    return _CLAUSE_END.match(text, end, hi) is not None


# A sentence that opens by naming its currency: "En euros, ...", "Em euros, ...", "In dollars, ...",
# "En dólares estadounidenses, ...", "In Euro umgerechnet ..."
_IN_A_CURRENCY = re.compile(r"\s*(?:en|em|in)\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[,:]?", re.IGNORECASE)


def elided_units(text: str, lang: str, as_of: str | None, lo: int, hi: int, found: list[Figure]) -> list[Figure]:
    """``found`` (the figures of ``text[lo:hi]``, a sentence, in order), each amount without its
    currency or unit read in it where the module's doc says it was said."""
    amounts = [f for f in found if bare_amount(f, text[f.start:f.end])]
    if not amounts:
        return found
    currencies: set[str | None] = set()
    money = any(f.kind == "money" for f in found)
    if (named := _named_first(text, lang, lo, hi)) is not None:
        currencies.add(named)
    out = []
    for f in found:
        if f.kind == "money":
            currencies.add(f.unit)
        elif f in amounts:
            if len(currencies) == 1 and None not in currencies and _ends_its_clause(text, f.end, hi):
                f = as_money(f, next(iter(currencies)), as_of)
            elif not currencies:  # "13,9 Milliarden (knapp 1,3 Mrd. Euro)": an amount in a currency left unsaid
                currencies.add(None)
        out.append(f)
    return out if money or currencies - {None} else _with_the_unit_before(text, out, hi)


def _with_the_unit_before(text: str, found: list[Figure], hi: int) -> list[Figure]:
    """``found`` (a sentence with no money), each amount that ends its clause in the unit of the amounts
    before it ("14,28 millones de toneladas ... los 13,30 millones"), where they are in one."""
    units: set[str] = set()
    out = []
    for f in found:
        if f.kind == "number" and f.unit and f.value >= 1e6 and written_with_letters(text, f.start, f.end):
            units.add(f.unit)
        elif len(units) == 1 and bare_amount(f, text[f.start:f.end]) and _ends_its_clause(text, f.end, hi):
            unit = next(iter(units))
            f = replace(f, unit=unit, dimension=DIMENSION.get(unit))
        out.append(f)
    return out


def _named_first(text: str, lang: str, lo: int, hi: int) -> str | None:
    """The currency the sentence's first words name ("En euros, ..."), or None."""
    m = _IN_A_CURRENCY.match(text, lo, hi)
    if m is None:
        return None
    forms = currency_forms(lang)
    words = m.group("name").split()
    return forms.code_for(" ".join(words)) or forms.code_for(words[0])
