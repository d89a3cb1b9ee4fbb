"""Where a statement's count is of: the countries it names, and routes to and from a city.

"24 vuelos con origen o destino en España, lo que afectó a unos 3.900 pasajeros" and "Allein ... 18
Verbindungen von und nach Berlin, rund 2300 Passagiere" count the passengers of one country or city
of a strike that hit 27,000 in all: an outlet's local angle, not another count of the whole. Two
counts are not held against each other as one where only one speaks of a route, or where both name
countries (CLDR's territory names, in the statement's language and in English) and none in common.
One naming the story's country and the other none is no local angle: outlets name it or not; but
one that counts the world or a continent ("1.2 million cars worldwide", "in Europa") against one naming
a country ("In Deutschland 186.000 Autos") is, and so is a count of one country's citizens ("sembilan
warga negara Indonesia" of a crew of 23, "420 Dutch": ``nationals_after``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.core.numbers import cldr_locale
from factcheck.core.scripts import LANGUAGES

ROUTE = "route"  # a statement about the traffic to and from one place
_ROUTE = re.compile(
    r"(?:to and from|from and to|von und nach|nach und von|de e para|de y hacia|con origen o destino en|"
    r"au départ ou à destination de|da e per|van en naar|til og fra|till och från|z i do|do i z)\s+(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE)

CLAUSE_END = re.compile(r"[,;:]")  # where a clause ends: a place past it is another clause's
WORLD = "world"  # a statement about every country at once, or a continent's
_WORLD = re.compile(
    r"(?<![^\W\d_])(?:worldwide|globally|around the world|weltweit|dans le monde|au niveau mondial|en todo el mundo|"
    r"a nivel mundial|in tutto il mondo|a livello globale|em todo o mundo|no mundo|wereldwijd|verden over|"
    r"på verdensplan|globalt|världen över|i hele verden|secara global|di seluruh dunia|na (?:całym )?świecie|"
    # a continent's count is no country's either: "Die Zahl der Masernfälle in Europa", "across the EU"
    r"in europe|across europe|in europa|en europe|en europa|w europie|v evropě|v európe|în europa|európában|"
    r"euroopassa|στην ευρώπη|u europi|avrupa'da|di eropa|i europa|in the eu|across the eu|in der eu|dans l'ue|"
    r"en la ue|nell'ue|na ue|in de eu|i eu|w ue|"
    # and a region of several countries': "Storm Vera buries Balkans ... death toll reaches 11"
    r"balkans?|balkan(?:u|a|e|ie|om|on|lar\w*)|balkán\w*|balcan(?:i|s|es)|balcãs|bałkan\w*|βαλκάνια|"
    r"scandinavia|skandinavi(?:a|en|e)|escandinavia|scandinavie)(?![^\W\d_])",
    re.IGNORECASE)
NATIONALS = "nationals"  # a count of one country's citizens: "sembilan warga negara Indonesia", "three Danes"
_NATIONALS = re.compile(
    r"(?<![^\W\d_])(?:citizens|nationals|warga negara|wni|ressortissants|citoyens|staatsbürger|staatsangehörige|"
    r"ciudadanos|cittadini|cidadãos|obywatel[ia]?|medborgare|statsborgere|statsborgarar|landgenoten|"
    r"connazionali|compatriotas|compatriotes|landsmænd|landsmän)(?![^\W\d_])", re.IGNORECASE)


# Languages that decline a country's name ("w Bułgarii", "u Hrvatskoj", "Suomessa", "Magyarországon"):
# there a name is its stem (less a final vowel) and an ending of a few letters
INFLECTING = frozenset({"pl", "cs", "sk", "hr", "sr", "bs", "sl", "fi", "et", "hu", "lt", "lv", "ru", "uk"})
_ENDING = 4  # letters of a case ending
_STEM = 5  # letters a name has at least to be read by its stem ("Suomi": "Suomeen"); "Peru", "Mali" as written


# Names outlets write for a country beside CLDR's ("Britain" for the United Kingdom, "Holland")
_ALSO = {"Britain": "GB", "Great Britain": "GB", "Großbritannien": "GB", "Grande-Bretagne": "GB", "Gran Bretaña": "GB",
         "Gran Bretagna": "GB", "Groot-Brittannië": "GB", "Wielka Brytania": "GB", "Wielkiej Brytanii": "GB",
         "Nagy-Britannia": "GB", "Marea Britanie": "GB", "Velika Britanija": "GB", "Velké Británii": "GB",
         "Holland": "NL", "Holanda": "NL", "Hollandia": "NL"}


@lru_cache(maxsize=LANGUAGES)
def _names(lang: str) -> tuple[re.Pattern | None, dict[str, str]]:
    """A pattern of the country names of ``lang`` and English, and each name's code (by name, or
    by stem in an ``INFLECTING`` language)."""
    code_of: dict[str, str] = {}
    inflecting = cldr_locale(lang).language in INFLECTING
    for own, code, name in _territories(lang):
        if name[:1].isupper():
            stem = _stem(name) if own and inflecting else name
            code_of.setdefault(stem, code)
            if own and inflecting and stem.endswith("k"):  # Polish "w Polsce": k becomes c before its ending
                code_of.setdefault(stem[:-1] + "c", code)
    for name, code in _ALSO.items():  # read in every language, as the English names are
        code_of.setdefault(name, code)
    if not code_of:
        return None, {}
    english = set(cldr_locale("en").territories.values())  # read as written in any language
    forms = [re.escape(name) + (r"[^\W\d_]{0,%d}" % _ENDING if inflecting and name not in english else "")
             for name in sorted(code_of, key=len, reverse=True)]
    return re.compile(r"(?<![^\W\d_])(?:%s)(?![^\W\d_])" % "|".join(forms)), code_of


def _territories(lang: str):
    """(whether in ``lang``'s own words, code, name) of each country CLDR names, in English first,
    then in ``lang``: two-letter codes only, and none for a union of countries ("EU", "UN")."""
    for own, locale in enumerate((cldr_locale("en"), cldr_locale(lang))):
        for code, name in locale.territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO"):
                yield bool(own), code, name


def _stem(name: str) -> str:
    """A country's name less the vowel its cases replace ("Bułgaria" -> "Bułgari": "w Bułgarii")."""
    return name[:-1] if name[-1] in "aeiouyąęáéíóúýěůäöőű" and len(name) >= _STEM else name



@lru_cache(maxsize=4096)
def countries_in(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, ISO code) of each country ``text`` names, in text order."""
    pattern, code_of = _names(lang or "en")
    if not pattern:
        return ()
    return tuple((m.start(), m.end(), _code(m.group(), code_of)) for m in pattern.finditer(text))


def _code(found: str, code_of: dict[str, str]) -> str:
    """The code of a name as found: itself, or its longest stem among ``code_of``."""
    for end in range(len(found), 0, -1):
        if found[:end] in code_of:
            return code_of[found[:end]]
    raise KeyError(found)


# Nationalities: a word made of a country's name ("Nederlanders", "Australiens", "indonesische",
# "Germans": the name's first letters, all but four at most, and five at least), or a common demonym
# that is not ("Dutch", "Briten", "holandeses"). Read only right after a count, where they say whose it is.
_DEMONYMS = {
    **dict.fromkeys("dutch holandeses neerlandeses olandesi néerlandais hollændere nederlændere nederländare "
                    "holendrów holendrzy".split(), "NL"),
    **dict.fromkeys("british britons briten britten britanniques británicos britânicos britannici briter britter "
                    "brytyjczyków brytyjczycy".split(), "GB"),
    **dict.fromkeys("americans américains estadounidenses americani statunitensi amerikaner amerikanen "
                    "americanos amerykanów".split(), "US"),
    **dict.fromkeys("danes danish danois daneses danesi dänen danskere danskar duńczyków".split(), "DK"),
    **dict.fromkeys("swedes suédois suecos svedesi schweden zweden svenskere svenskar szwedów".split(), "SE"),
    **dict.fromkeys("norwegians norwegian norvégiens noruegos norvegesi noren nordmænd nordmenn norrmän "
                    "norwegów".split(), "NO"),
    **dict.fromkeys("poles polish polonais polacos polacchi polen polakker polacker polaków".split(), "PL"),
    **dict.fromkeys("french français franceses francesi franzosen fransen franskmænd fransmän francuzów".split(), "FR"),
    **dict.fromkeys("greeks greek grecs griegos greci griechen grieken grækere greker greków".split(), "GR"),
    "italians": "IT", "italian": "IT", "spaniards": "ES", "spanish": "ES", "swiss": "CH", "finns": "FI",
    "finnish": "FI", "irish": "IE", "chinese": "CN", "japanese": "JP", "turks": "TR", "turkish": "TR",
    "mexicans": "MX", "filipinos": "PH", "thai": "TH",
}
_WORD = re.compile(r"[^\W\d_]{4,}")
_SHORTEST_SHARED = 5
_MOST_CUT = 4


@lru_cache(maxsize=LANGUAGES)
def _nationality_stems(lang: str) -> dict[str, dict[str, str]]:
    """Lower-cased one-word country names of ``lang`` and English -> code, by their first letters."""
    out: dict[str, dict[str, str]] = {}
    for _, code, name in _territories(lang):
        if name.isalpha() and len(name) >= _SHORTEST_SHARED:
            out.setdefault(name[:_SHORTEST_SHARED].lower(), {}).setdefault(name.lower(), code)
    return out


@lru_cache(maxsize=8192)
def nationality(word: str, lang: str) -> str:
    """The country a nationality word is of ("Nederlandse" -> "NL", "Dutch" -> "NL"), or ""."""
    w = word.lower()
    if w in _DEMONYMS:
        return _DEMONYMS[w]
    stems = _nationality_stems(lang or "en").get(w[:_SHORTEST_SHARED], {})
    if len(w) <= _SHORTEST_SHARED or w in stems:
        return ""
    best, code = 0, ""
    for name, c in stems.items():
        shared = next((k for k, (x, y) in enumerate(zip(w, name)) if x != y), min(len(w), len(name)))
        if shared > best and shared >= max(_SHORTEST_SHARED, len(name) - _MOST_CUT) and shared < len(w):
            best, code = shared, c
    return code


def nationals_after(text: str, lang: str, end: int, hi: int | None = None) -> str:
    """The country of the nationality word among the two words after ``end`` (a count's end) in
    its clause ("1.100 Nederlandse toeristen", "420 Dutch", "touristes australiens"), or ""."""
    hi = len(text) if hi is None else hi
    for n, m in enumerate(_WORD.finditer(text, end, min(hi, end + 40))):
        if n > 1 or CLAUSE_END.search(text, end, m.start()) or len(text[end:m.start()].split()) > n:
            return ""
        if code := nationality(m.group(), lang):
            return code
    return ""


@lru_cache(maxsize=4096)
def places_named(text: str, lang: str) -> frozenset[str]:
    """The countries ``text`` names (ISO codes), ``ROUTE`` when it speaks of traffic to and from a
    place, ``WORLD`` when it counts the world, ``NATIONALS`` when it counts one country's citizens."""
    found = {code for _, _, code in countries_in(text, lang)}
    if _ROUTE.search(text):
        found.add(ROUTE)
    if _WORLD.search(text):
        found.add(WORLD)
    if _NATIONALS.search(text):
        found.add(NATIONALS)
    return frozenset(found)


MARKS = frozenset({ROUTE, WORLD, NATIONALS})  # what ``places_named`` gives beside countries


def countries(places: frozenset[str]) -> frozenset[str]:
    """The countries among ``places`` (``places_named``)."""
    return places - MARKS


def local_angle(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether statements naming places ``a`` and ``b`` (``places_named``) may count different places."""
    if (ROUTE in a) != (ROUTE in b) or (NATIONALS in a) != (NATIONALS in b):
        return True
    if (WORLD in a) != (WORLD in b) and (a ^ b) - {WORLD}:  # the world against a country
        return True
    a, b = countries(a), countries(b)
    return bool(a and b and not a & b)
