"""The dollar sign of a country's own press: a Sydney paper's "$1.742 million" is Australian dollars,
a Toronto paper's "$1.1 million" Canadian, the Straits Times' "$3,000" Singapore's. Those outlets
write "US$" for the US dollar; wires write "A$", "C$" or "Australian dollars" for the local one.

So a bare "$" is the local dollar where its article names one of these countries (its name in the
article's language or in English, or a city or body that names it as often) at least twice, and
more than twice as often as another of them, and writes that country's dollar nowhere by its own
symbol, code or name: an article that does is telling the two apart, and its "$" is the US dollar.
Elsewhere the sign stays the US dollar's, as ``core.currency`` reads it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .currency import currency_forms
from .numbers import cldr_locale
from .shared_currency_words import place_in_any_case

# the dollars whose own press writes them "$" -> their territory
LOCAL_DOLLARS: dict[str, str] = {"AUD": "AU", "CAD": "CA", "NZD": "NZ", "SGD": "SG", "HKD": "HK"}
# cities and bodies that name the country as often as its name does
_CUES: dict[str, tuple[str, ...]] = {
    "AU": ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart",
           "Reserve Bank of Australia", "RBA", "ASX"),
    "CA": ("Toronto", "Vancouver", "Montreal", "Montréal", "Ottawa", "Calgary", "Edmonton", "Winnipeg",
           "Bank of Canada", "CMHC"),
    "NZ": ("Auckland", "Wellington", "Christchurch", "Queenstown", "Aotearoa", "RBNZ"),
    "SG": ("Changi",),
    "HK": ("Kowloon", "HKMA"),
}
# the dollar's sign alone before the digits: not "US$", "A$", "USD 5"
_SIGN = re.compile(r"\$\s?\d")


def bare_dollar(text: str) -> bool:
    """Whether a figure written ``text`` is the dollar's sign alone before its digits ("$1.742 million")."""
    return _SIGN.match(text) is not None


@lru_cache(maxsize=64)
def local_dollar(text: str, lang: str) -> str | None:
    """The code of the dollar a bare "$" is in ``text`` (the whole article): the one country of
    ``LOCAL_DOLLARS`` it names, where it never writes that dollar otherwise; None elsewhere."""
    if "$" not in text:
        return None
    times = sorted(((len(places.findall(text)), code) for code, (places, _) in _patterns(lang).items()), reverse=True)
    (most, code), (next_most, _) = times[0], times[1]
    if most < _NAMED_AT_LEAST or most < _OVER_THE_NEXT * next_most:
        return None
    return None if _patterns(lang)[code][1].search(text) else code


# how often the article names its country, and how much more often than another of them: a wire story
# names Singapore once among the remittances' sources; an Australian paper on Bali's cancelled flights
# names the Australians stranded, Virgin Australia and a Perth traveller
_NAMED_AT_LEAST = 2
_OVER_THE_NEXT = 2


@lru_cache(maxsize=64)
def _patterns(lang: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """code -> (what names its country, what writes its dollar), for ``lang``."""
    territories = (cldr_locale(lang).territories, cldr_locale("en").territories)
    forms = (currency_forms(lang), currency_forms("en"))
    out = {}
    for code, territory in LOCAL_DOLLARS.items():
        places = {t.get(territory) for t in territories} - {None} | set(_CUES[territory])
        names = {n for f in forms for n, c in f.names.items() if c == code}
        symbols = {s for f in forms for s, c in f.symbols.items() if c == code and s != "$"}
        written = [r"(?i:%s)" % "|".join(re.escape(n).replace(r"\ ", r"\s*") for n in sorted(names, key=len, reverse=True))] \
            if names else []
        written += [r"(?<![^\W\d_])" + re.escape(s) + r"(?![^\W\d_])" for s in sorted(symbols, key=len, reverse=True)]
        out[code] = (re.compile("|".join(place_in_any_case(p) for p in sorted(places))), re.compile("|".join(written)))
    return out
