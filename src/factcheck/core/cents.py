"""Prices in cents as the English press writes them: "47 cents a litre", "57.90 US cents".

English "cents" are a hundredth of many currencies, so they are money only where the sum or its
article says whose: the US dollar's where written "US cents", else the one country's money its
article names, South Africa's rand (its fuel prices move by "47 cents a litre") or a local dollar
(``local_dollars``: a Sydney paper's "cents"). An English page on Germany's fuel writes euro
cents; there they stay plain numbers, as a guessed currency would be a false conflict.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from factcheck.core.currency import as_money
from factcheck.core.currency_subunits import subunits
from factcheck.core.local_dollars import local_dollar
from factcheck.core.models import Figure
from factcheck.core.numbers import language_of
from factcheck.core.scripts import LANGUAGES
from factcheck.core.shared_currency_words import named_currency

_CENTS = re.compile(r"(?P<us>\s*U\.?S\.?)?\s*cents?(?![^\W\d_])")
# a euro written in the article, by its sign or name: its cents may be the euro's
_EURO = re.compile(r"€|(?i:\beur(?:o|os|a|y|ų|u)?\b)")


def in_cents(text: str, lang: str, as_of: str | None, found: list[Figure]) -> list[Figure]:
    """``found``, a plain number before "cents" in an English article made money, a hundredth of the
    currency said or named (see the module's doc); and, in an article on South Africa that writes no
    euro, the cents other languages take for the euro's ("gasóleo baixa 68 cêntimos") the rand's."""
    if language_of(lang) != "en":
        return _rand_cents(text, lang, as_of, found)
    if "c" not in text:
        return found
    out = []
    for f in found:
        m = _CENTS.match(text, f.end) if f.kind == "number" and f.unit is None and not f.words else None
        if m is None:
            out.append(f)
            continue
        code = "USD" if m.group("us") else _local_money(text, lang)
        if code is None:
            out.append(f)
            continue
        out.append(as_money(replace(f, value=f.value / 100, end=m.end(), text=text[f.start:m.end()]), code, as_of))
    return out


def _local_money(text: str, lang: str) -> str | None:
    """The currency of the one country ``text`` (the whole article) names whose cents it may count."""
    return "ZAR" if named_currency(text, lang, "rand") == "ZAR" else local_dollar(text, lang)


def _rand_cents(text: str, lang: str, as_of: str | None, found: list[Figure]) -> list[Figure]:
    """``found``, its euro cents the rand's where the article names South Africa and writes no euro."""
    words = _cent_words(lang)
    euro_cents = [f for f in found if f.kind == "money" and f.unit == "EUR" and f.text.casefold().endswith(words)]
    if not euro_cents or _EURO.search(text) or named_currency(text, lang, "rand") != "ZAR":
        return found
    return [as_money(f, "ZAR", as_of) if f in euro_cents else f for f in found]


@lru_cache(maxsize=LANGUAGES)  # read once per language, not per sentence
def _cent_words(lang: str) -> tuple[str, ...]:
    """The words ``lang`` writes for a hundredth it takes for the euro's without naming the euro ("cêntimos")."""
    return tuple(w for w, code in subunits(lang).items() if code == "EUR" and not _EURO.search(w))
