"""The dollar sign of a country's own press: a Sydney paper's "$1.742 million" is Australian dollars,
a Toronto paper's "$1.1 million" Canadian, the Straits Times' "$3,000" Singapore's. Those outlets
write "US$" for the US dollar; wires write "A$", "C$" or "Australian dollars" for the local one.

So a bare "$" (and, in the languages of that country's own press, a dollar word that says not whose)
is the local dollar where its article keeps naming one of these countries (its name in the article's
language or in English, or a city or body that names it as often: ``most_named``), and writes that
country's dollar nowhere by its own symbol, code or name: an article that does is telling the two
apart, and its "$" is the US dollar.
Elsewhere the sign stays the US dollar's, as ``core.currency`` reads it.

So, in traditional characters, is a bare "元": Taiwan's press writes its dollar so ("10月營收3675億元"),
Hong Kong's its own ("總值271億元"), and both write the renminbi as "人民幣" (``local_yuan``).

And a dollar word that says not whose ("3.445 dollari", "780 डॉलर") is the dollar its article names
by name, where it names one and never the US dollar ("600.000 dollari australiani", "1.74 लाख
ऑस्ट्रेलियाई डॉलर"): the outlet said whose once (``named_dollar``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .currency import currency_forms
from .numbers import cldr_locale, language_of
from .periods import phrase_trie
from .places import countries_in
from .scripts import LANGUAGES
from .shared_currency_words import most_named, place_in_any_case

# the dollars whose own press writes them "$" -> their territory
LOCAL_DOLLARS: dict[str, str] = {"AUD": "AU", "CAD": "CA", "NZD": "NZ", "SGD": "SG", "HKD": "HK"}
# cities and bodies that name the country as often as its name does
_CUES: dict[str, tuple[str, ...]] = {
    "AU": ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart",
           "Reserve Bank of Australia", "RBA", "ASX"),
    "CA": ("Toronto", "Vancouver", "Montreal", "Montréal", "Ottawa", "Calgary", "Edmonton", "Winnipeg",
           "Bank of Canada", "CMHC",
           # and its provinces, which its own press names more than its country
           "Saskatchewan", "Alberta", "Manitoba", "Ontario", "Québec", "Quebec", "British Columbia",
           "Colombie-Britannique", "Nova Scotia", "Nouvelle-Écosse", "New Brunswick", "Nouveau-Brunswick",
           "Prince Edward Island", "Île-du-Prince-Édouard", "Newfoundland", "Terre-Neuve",
           # and the provinces' capitals and cities
           "Halifax", "Moncton", "Fredericton", "Charlottetown", "Regina", "Saskatoon", "Gatineau",
           # and as Canada's Punjabi press writes its cities and province
           "ਟੋਰਾਂਟੋ", "ਬਰੈਂਪਟਨ", "ਮਿਸੀਸਾਗਾ", "ਸਰੀ", "ਵੈਨਕੂਵਰ", "ਓਨਟਾਰੀਓ",
           "ਕੈਲਗਰੀ"),
    # not Queenstown: Singapore has one; and its currency's nickname ("The kiwi firmed to 59.20 US cents")
    "NZ": ("Auckland", "Wellington", "Christchurch", "Aotearoa", "RBNZ", "Stats NZ", "NZX", "Fonterra", "kiwi",
           "Kiwis"),
    # and the bodies Singapore's own press names without naming the country
    "SG": ("Changi", "HDB", "CPF", "COE", "Jurong", "Tampines", "Punggol", "Sentosa"),
    "HK": ("Kowloon", "HKMA"),
}
# the dollar's sign alone before the digits, or after them as Quebec writes it: not "US$", "A$", "USD 5"
# the sign before the digits, or after them and a scale word ("125 $", "28 millions $", "5 M$"; not "US$")
_SIGN = re.compile(r"\$\s?\d|.*\d(?:\s?(?!US|C\$|A\$|NZ|HK|S\$)[^\W\d_]+\.?)?\s?\$$")
# the languages of each country's own press, whose dollar words mean its dollar ("3,8 milliards de
# dollars" in Montreal, "110 ਡਾਲਰ" in Canada's Punjabi press)
LOCAL_PRESS: dict[str, frozenset[str]] = {"CAD": frozenset({"en", "fr", "pa"}), "AUD": frozenset({"en"}),
                                          "NZD": frozenset({"en", "mi"}), "SGD": frozenset({"en", "ms", "ta"}),
                                          "HKD": frozenset({"en"})}
_OWN_PRESS_LANGUAGES = frozenset().union(*LOCAL_PRESS.values())


def bare_dollar(text: str) -> bool:
    """Whether a figure written ``text`` is the dollar's sign alone by its digits ("$1.742 million", "125 $")."""
    return _SIGN.match(text) is not None


@lru_cache(maxsize=64)
def local_dollar(text: str, lang: str) -> str | None:
    """The code of the dollar a bare "$" is in ``text`` (the whole article), and a dollar word that
    says not whose in that country's own press ("2.8 ਕਰੋੜ ਡਾਲਰ" in Canada's Punjabi press): the one
    country of ``LOCAL_DOLLARS`` it names, where it never writes that dollar otherwise; None elsewhere."""
    if "$" not in text and language_of(lang) not in _OWN_PRESS_LANGUAGES:
        return None
    words = _words(lang)
    counts = {code: _times_named(w, text) for code, w in words.items()}
    code = most_named((n, code) for code, n in counts.items())
    if code is None or code in _dollars_named(text, lang, sums_only=True) or words[code].symbols.search(text):
        return None
    # and more than any other country: an Indian page on a final against Australia is no Australian paper
    others = Counter(c for _, _, c in countries_in(text, lang) if c != LOCAL_DOLLARS[code])
    # and the US by the initials its press writes more than its name ("the U.S. Mint", "US tariffs")
    others["US"] += len(_US_INITIALS.findall(text))
    return code if not others or counts[code] > max(others.values()) else None


_US_INITIALS = re.compile(r"(?<![\w.])U\.?S\.?(?![\w$])")


@lru_cache(maxsize=64)
def named_dollar(text: str, lang: str) -> str | None:
    """The dollar a dollar word that says not whose is in ``text`` (the whole article): the one of
    ``LOCAL_DOLLARS`` the article names by its name ("1,74 milioni di dollari australiani ... 3.445
    dollari", "1.74 लाख ऑस्ट्रेलियाई डॉलर ... 780 डॉलर"), where it names the US nowhere; None
    elsewhere."""
    named = _dollars_named(text, lang)
    return next(iter(named)) if len(named) == 1 and not _NAMES_THE_US.search(text) else None


# "the New Zealand dollar was buying 58.40 US cents": the currency itself, no sum written in it
_THE_CURRENCY = re.compile(r"(?<![^\W\d_])(?:the|le|la|der|die|das|den|dem|des|il|el|lo|o|a)\s+$")


@lru_cache(maxsize=64)
def _dollars_named(text: str, lang: str, sums_only: bool = False) -> frozenset[str]:
    """The local dollars ``text`` (the whole article) writes by name ("dollari australiani", "호주달러");
    ``sums_only``: not where the name is the currency itself ("the New Zealand dollar eased")."""
    pattern, code_of = _all_names(lang)
    folded = text.casefold()
    return frozenset(code_of[" ".join(m.group().split())] for m in pattern.finditer(folded)
                     if not (sums_only and _THE_CURRENCY.search(folded, max(0, m.start() - 5), m.start())))


def _times_named(w: _Words, text: str) -> int:
    """How often ``text`` names the country of ``w``; none where it names it only by a name other places
    share ("Lloyds and Halifax customers" in Britain), which counts once the country is named otherwise."""
    if not any(stem in text for stem in w.stems):
        return 0
    found = w.places.findall(text)
    return len(found) if any(place not in _SHARED_NAMES for place in found) else 0


# cues that name other places too: Halifax is a British bank and a Yorkshire town
_SHARED_NAMES = frozenset({"Halifax"})


@dataclass(frozen=True, slots=True)
class _Words:
    places: re.Pattern[str]  # what names the country: its name, its cities
    stems: tuple[str, ...]  # their first letters, to find before the pattern is run (a page names none, mostly)
    symbols: re.Pattern[str]  # its dollar's symbols and code: "A$", "AUD"


@lru_cache(maxsize=LANGUAGES)
def _words(lang: str) -> dict[str, _Words]:
    """code -> what names its country and its dollar's symbols, in ``lang`` and in English."""
    territories = (cldr_locale(lang).territories, cldr_locale("en").territories)
    forms = (currency_forms(lang), currency_forms("en"))
    out = {}
    for code, territory in LOCAL_DOLLARS.items():
        places = {t.get(territory) for t in territories} - {None} | set(_CUES[territory])
        symbols = {s for f in forms for s, c in f.symbols.items() if c == code and s != "$"}
        out[code] = _Words(re.compile("|".join(place_in_any_case(p) for p in sorted(places))),
                           tuple({p[:3] for p in places}),
                           re.compile("|".join(r"(?<![^\W\d_])" + re.escape(s) + r"(?![^\W\d_])"
                                               for s in sorted(symbols, key=len, reverse=True))))
    return out


@lru_cache(maxsize=LANGUAGES)
def _all_names(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """Every local dollar's names in ``lang`` and in English, casefolded, as one trie (one fast pass
    over a page, where a case-blind search per dollar costs five slow ones), and name -> its code."""
    forms = (currency_forms(lang), currency_forms("en"))
    code_of = {" ".join(n.casefold().split()): c for f in forms for n, c in f.names.items() if c in LOCAL_DOLLARS}
    return re.compile(phrase_trie(sorted(code_of)) or "(?!)"), code_of


# what names the US or its dollar: an article that does may mean it by a dollar word alone
_NAMES_THE_US = re.compile(r"US\$|\bUSD\b|U\.S\.|\bUS\b|(?i:améric|estadounid|statunit|amerik|american|أمريك|"
                           r"آمریک|امریک|अमेरिक|ਅਮਰੀਕ|Mỹ|미국|米ドル|美元|США|америк)")


# Taiwan's and Hong Kong's dollars, as their press writes them in traditional characters
_YUAN_CUES: dict[str, re.Pattern[str]] = {
    "TWD": re.compile("台灣|臺灣|台北|臺北|新台幣|台積電|經濟部|行政院|立法院|央行|新北|高雄|台中|臺中|主計總處|金管會"),
    # and what only Hong Kong's press names: its banks, districts, bodies and interbank rate
    "HKD": re.compile("香港|港元|港幣|港府|本港|全港|金管局|港股|港交所|滙豐|恒生|拆息|新界|九龍|港島|差估署|立法會|特區"),
}
# characters that only traditional, or only simplified, Chinese writes
_TRADITIONAL = re.compile("[國灣經濟會這說為與們來對時個區產業價額億萬銀樓電開發當後]")
_SIMPLIFIED = re.compile("[国湾经济会这说为与们来对时个区产业价额亿万银楼电开发当后]")
_RENMINBI = re.compile(r"\s*(?:人民幣|人民币)")


# Singapore's own Chinese press writes simplified characters, and its dollar as a bare "元" too ("拥车证溢价
# 涨至11万2889元"): what it names that no other place's press does, and the Singapore dollar's names
_SINGAPORE = re.compile("新加坡|狮城|新元|新币|拥车证|陆交局|陆路交通管理局|建屋局|建屋发展局|组屋|公积金|樟宜|裕廊|淡马锡"
                        "|星展|职总")


@lru_cache(maxsize=64)
def local_yuan(text: str) -> str | None:
    """The dollar a bare "元" is in ``text`` (a whole Chinese article): Taiwan's or Hong Kong's, where
    it is written in traditional characters and names that place at least twice, and twice as often as
    the other; Singapore's, where it is written in simplified characters, names Singapore or what only
    its press names at least twice and the renminbi nowhere; None elsewhere (the renminbi)."""
    if len(_TRADITIONAL.findall(text)) <= len(_SIMPLIFIED.findall(text)):
        return "SGD" if len(_SINGAPORE.findall(text)) >= 2 and "人民币" not in text else None
    return most_named((len(p.findall(text)), c) for c, p in _YUAN_CUES.items())


def renminbi_said(text: str, start: int, end: int) -> bool:
    """Whether the sum at ``text[start:end]`` says it is in renminbi ("3.97億元人民幣", "人民幣12.6萬元")."""
    return _RENMINBI.match(text, end) is not None or text[max(0, start - 4):start].rstrip("約约 ").endswith(("人民幣", "人民币"))


# a sum said in the US dollar by name ("US$", "美元", "USD"), or by the word Japan's and Korea's press
# keeps for it alone ("ドル", "달러"; Australia's are "豪ドル", "호주달러")
_US = re.compile(r"US|U\.S\.|美|米|ドル|달러")


def generic_dollar(text: str) -> bool:
    """Whether a sum in US dollars written ``text`` is a dollar word that says not whose ("3.445
    dollari", "780 डॉलर"), not the sign ("$5") nor the US dollar by name ("US$5", "5 美元", "5ドル",
    which Japan's press keeps for it)."""
    return "$" not in text and _US.search(text) is None
