"""Pounds that are a weight, not money: "84.2 million pounds of lobster", "11,2 millones de libras,
unas 5.080 toneladas", "1120万ポンド（約5080トン）".

A sum in pounds by the bare word, in a language whose word for the pound of weight is the same, is
that weight where its article names none of the pound's countries (Britain, Egypt, Sudan, Lebanon,
Syria, their capitals, "£", "sterling") and its sentence says it weighs something: the pounds are
"of" a thing, or the sentence gives a weight in another unit. A fee in pounds in a story on an
English club that names no country ("185.000 libras semanales") stays money.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from factcheck.core.models import Figure
from factcheck.core.places import countries_in
from factcheck.core.scripts import LANGUAGES
from factcheck.core.units import DIMENSION, unit_forms

_POUND_COUNTRIES = frozenset({"GB", "EG", "SD", "LB", "SY"})
# what names Britain or its money where a country's name may not: its capital, its adjective, its
# nations (in the languages that write pounds of weight with the pound's word)
_BRITAIN = re.compile(
    r"£|GBP|\bUK\b|\bU\.K\.|sterlin|London|Londres|Londra|Londen|Лондон|ロンドン|伦敦|倫敦|런던|England|"
    r"Scotland|Wales|Schottland|Escocia|Écosse|Inglaterra|Angleterre|Inghilterra|Англи|Шотланд|イギリス|英国|英國|영국|"
    r"Premier League|Cairo|Kairo|Caire|Каир|カイロ|开罗|開羅|القاهرة|Beirut|Khartoum|"
    r"(?i:british|britisch|británic|britannique|britannic|britânic|британск|brytyjsk)")
# what a weight is of, right after it ("pounds of snow crab", "livres de crabe"), not its currency's name
_OF_A_THING = re.compile(
    r"\)?[ \u00a0]+(?:(?:of|de|di|du|des|da|do)(?![^\W\d_])|d['’])[ \u00a0]*(?!(?:sterling|esterlin|egip|libanes))",
    re.IGNORECASE)


# a verb that says the sentence weighs something ("The drugs, weighing more than 40,000 pounds")
_WEIGHS = re.compile(r"(?<![^\W\d_])(?:weigh|wieg|wog\b|gewogen|pès|pes(?:ant|ait|aient)\b)", re.IGNORECASE)


@lru_cache(maxsize=LANGUAGES)
def _weight_words(lang: str) -> tuple[str, ...]:
    """The language's words for the pound of weight, casefolded."""
    return tuple(sorted({w.casefold() for w, unit in unit_forms(lang).items() if unit == "lb"}))


def names_a_pound_country(text: str, lang: str) -> bool:
    """Whether ``text`` (a whole article) names a country whose money is the pound, or Britain's."""
    return bool(_BRITAIN.search(text)) or any(code in _POUND_COUNTRIES for _, _, code in countries_in(text, lang))


def as_weights(text: str, lang: str, found: list[Figure], pounds: list[Figure]) -> list[Figure]:
    """``found`` (a sentence's figures) with those of ``pounds`` that its words say weigh something as
    weights (see the module's doc); the caller has found the article names no pound's country."""
    words = _weight_words(lang)
    mass = any(DIMENSION.get(f.unit) == "mass" for f in found) or bool(_WEIGHS.search(text))
    return [replace(f, kind="number", unit="lb", dimension="mass", usd=None, as_of=None)
            if f in pounds and f.text.casefold().endswith(words)
            and (mass or _OF_A_THING.match(text, f.end)) else f for f in found]
