"""Currency words outlets write bare, in any language: "500 billion dong", "48 million baht",
"2 milliards de forints", "Rp 5 triliun atau 240 juta ringgit".

Derived from CLDR (Babel): the words of the English names of the currencies we detect that name
the money itself (lowercase: "Vietnamese dong" gives "dong", not the country's adjective), in every
spelling the names in 33 languages give them ("đồng", "dông"), kept only where at least three
quarters of the current currencies named with that word, counted over those languages, are this
one. "franc", "dinar", "won", "leu", "rupee", "peso" and "krone" name several countries' money and
are left to an article's own words (``shared_currency_words``); so are "real" and "sol", which are
ordinary words too (read as money where the article names Brazil or Peru).

``derive()`` computes the table (half a second); ``WORDS`` is its result, kept here so that
reading figures does not pay that, and a test checks that the two agree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict

LANGUAGES = ("en de fr es it pt nl da sv nb fi pl cs sk hu ro bg hr sr sl el tr id ms vi fil lt lv et uk ru "
             "ca").split()
SHARE = 0.75
ORDINARY = frozenset({"real", "réal", "sol", "sols", "soles"})  # "3 real reasons", "el sol brilló 3 horas"

WORDS: dict[str, str] = {
    "taka": "BDT", "takas": "BDT", "lev": "BGN", "leva": "BGN", "levas": "BGN", "levs": "BGN", "reals": "BRL",
    "reāls": "BRL", "réals": "BRL", "yuan": "CNY", "yuans": "CNY", "korunas": "CZK", "euro": "EUR",
    "euros": "EUR", "euró": "EUR", "forint": "HUF", "forints": "HUF", "fòrint": "HUF", "fòrints": "HUF",
    "rupiah": "IDR", "rupiahs": "IDR", "shekel": "ILS", "shekels": "ILS", "krónur": "ISK", "yen": "JPY",
    "yens": "JPY", "yên": "JPY", "ringgit": "MYR", "ringgits": "MYR", "naira": "NGN", "nairas": "NGN",
    "zloty": "PLN", "zlotys": "PLN", "zlotý": "PLN", "złoty": "PLN", "baht": "THB", "bahts": "THB",
    "liras": "TRY", "hryvnia": "UAH", "hryvnias": "UAH", "dong": "VND", "dongs": "VND", "dông": "VND",
    "dôngs": "VND", "đồng": "VND", "rand": "ZAR", "rands": "ZAR",
}


def derive(codes) -> dict[str, str]:
    """The table of ``WORDS`` for the currencies ``codes``, from the installed CLDR data."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    from factcheck.core.currency import cldr_names
    from factcheck.core.accents import strip_accents

    def fold(word: str) -> str:  # "złoty", "đồng": letters NFKD does not take apart, by hand
        return strip_accents(word.casefold().replace("ł", "l").replace("đ", "d").replace("ı", "i"))

    english = Locale("en")
    day = dt.date(2026, 1, 1)
    current = {c for t in english.territories if len(t) == 2 and t.isalpha()
               for c in get_territory_currencies(t, start_date=day, end_date=day, tender=True)} | set(codes)

    named = defaultdict(Counter)  # a folded word -> how many languages name each currency with it
    spellings = defaultdict(set)
    for language in LANGUAGES:
        locale = Locale.parse(language)
        for code in sorted(current):
            words = set()
            for name in cldr_names(code, locale):
                for word in re.findall(r"\w+", name):
                    words.add(fold(word))
                    if code in codes:
                        spellings[fold(word)].add(word.casefold())
            for word in words:
                named[word][code] += 1
    out = {}
    for code in codes:
        for word in {w for n in cldr_names(code, english) for w in re.findall(r"\w+", n) if w.islower() and len(w) >= 3}:
            # and its plural in -s ("dongs", "rands"): other endings make ordinary words ("soli", "randy")
            for folded in (fold(word), fold(word) + "s"):
                counts = named[folded]
                if counts[code] >= SHARE * sum(counts.values()):
                    out.update({s: code for s in spellings[folded] if s not in ORDINARY})
    return out
