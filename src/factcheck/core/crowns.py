"""Crowns that name no country: "a 290 million crown fine", "290 Millionen Kronen", "290 millions de
couronnes".

Denmark, Sweden, Norway, Iceland and Czechia all count in crowns. An outlet writes "Danish crowns"
once and "crowns" after, or names the country and never the adjective ("Denmark hands Norvexa record
290 million crown fine"). A bare crown after a number takes the one crown currency its article
names: by a currency name the language knows (CLDR's "Danish krone", "dänische Krone", plus
"Danish crowns"), by the country's name (CLDR's territory names: "Denmark", "Dänemark"), or by the
adjective of such a currency name ("Danish", "dänisch"). With none named, or several, it stays a
plain number: a wrong currency would be a false conflict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .currency import currency_forms
from .numbers import cldr_locale

CROWNS = {"DKK": "DK", "SEK": "SE", "NOK": "NO", "ISK": "IS", "CZK": "CZ"}  # currency -> territory

#: The bare words, per language (none in Danish, Swedish, Norwegian: their own "kroner" is theirs).
BARE: dict[str, tuple[str, ...]] = {
    "en": ("crowns", "crown", "kroner", "krone", "kronor", "krona"),
    "de": ("Kronen", "Krone"),
    "fr": ("couronnes", "couronne"),
    "es": ("coronas", "corona"),
    "it": ("corone", "corona"),
    "pt": ("coroas", "coroa"),
    "nl": ("kronen", "kroon"),
    "id": ("krone", "kronor", "krona"),
}

#: Words that may stand between the number and the currency ("290 millions de couronnes").
CONNECTORS: dict[str, tuple[str, ...]] = {"fr": ("de", "d'"), "es": ("de",), "it": ("di",), "pt": ("de",)}

# the stems of crown words in currency names: what is left of a name without them is its adjective
_CROWN_STEM = re.compile(r"(?i)^(?:kron|krón|crown|coron|couronn|coroa|kroon|korun)")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    bare: re.Pattern  # a bare crown word right after a number (and its scale word)
    cues: tuple[tuple[re.Pattern, str], ...]  # (what names a crown currency, its code)


@lru_cache(maxsize=32)
def _lexicon(lang: str) -> _Lexicon | None:
    code = lang.split("-")[0].split("_")[0].lower()
    words = BARE.get(code)
    if not words:
        return None
    between = "".join(r"(?:%s\s*)?" % re.escape(c) if c.endswith("'") else r"(?:%s\s+)?" % re.escape(c)
                      for c in CONNECTORS.get(code, ()))
    bare = re.compile(r"\s+(?P<word>%s(?:%s))\b" % (between, "|".join(map(re.escape, words))), re.IGNORECASE)
    territories = cldr_locale(lang).territories
    by_code: dict[str, set[str]] = {code: set() for code in CROWNS}
    for name, code in currency_forms(lang).names.items():
        if code in CROWNS:
            by_code[code].add(re.escape(name))
            by_code[code].update(re.escape(w) for w in name.split() if len(w) >= 4 and not _CROWN_STEM.match(w))
    cues = []
    for code, forms in by_code.items():
        folded = r"(?i:\b(?:%s))" % "|".join(sorted(forms, key=len, reverse=True)) if forms else None
        place = territories.get(CROWNS[code])
        named = r"\b%s\b" % re.escape(place) if place else None  # a proper noun: its case as written
        cues.append((re.compile("|".join(p for p in (folded, named) if p)), code))
    return _Lexicon(bare, tuple(cues))


def bare_crown(text: str, lang: str, at: int, hi: int) -> tuple[int, int] | None:
    """The span of a bare crown word (with the word that joins it: "de couronnes") right after
    ``at`` (the end of a number), before ``hi``, or None."""
    lex = _lexicon(lang)
    if lex is None:
        return None
    m = lex.bare.match(text, at, hi)
    return m.span("word") if m else None


def named_crown(text: str, lang: str) -> str | None:
    """The one crown currency ``text`` (the whole article) names, or None when it names none or several."""
    lex = _lexicon(lang)
    if lex is None:
        return None
    named = {code for pattern, code in lex.cues if pattern.search(text)}
    return named.pop() if len(named) == 1 else None
