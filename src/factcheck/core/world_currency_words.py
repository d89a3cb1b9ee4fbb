"""Currency words outlets write bare, in any language: "500 billion dong", "48 million baht",
"2 milliards de forints", "Rp 5 triliun atau 240 juta ringgit".

Derived from CLDR (Babel): the words of the English names of the currencies we detect that name
the money itself (lowercase: "Vietnamese dong" gives "dong", not the country's adjective), in every
spelling the names in 33 languages give them ("đồng", "dông"), kept only where at least three
quarters of the current currencies named with that word, counted over those languages, are this
one; a word of five letters or more that is so, with the case endings those names give it too ("10,5
mlrd. zlotų", "470 miliónov forintov"). "franc", "dinar", "won", "leu", "rupee", "peso" and "krone"
name several countries' money and are left to an article's own words (``shared_currency_words``);
so are "real" and "sol", which are ordinary words too (read as money where the article names Brazil
or Peru).

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
_ENDING = 3  # letters a case ending adds to a currency word's stem
# "3 real reasons", "el sol brilló 3 horas", Italian "denaro" (money) and "birra" (beer), and
ORDINARY = frozenset({"real", "réal", "sol", "sols", "soles", "denaro", "denari", "birra",
                      "tenga", "soms",  # Spanish "have", Dutch "sometimes"
                      # Indonesian "run" and "sells well" (Georgia's lari is read where the article names
                      # Georgia), and the drama the dram's cases make;
                      "lari", "laris", "drama", "dramas",
                      # French "flask", and Bolivians: Haiti's gourde and Bolivia's boliviano are read where the
                      # article names the country; and the gold of "Zimbabwean Gold", read by its sign ("ZiG")
                      "gourde", "gourdes", "gourd", "gourda", "gourdea", "gourder", "bolivian", "bolivians",
                      "boliviano", "bolivianos", "gold", "golds"})

WORDS: dict[str, str] = {
    "lev": "BGN", "levs": "BGN", "leva": "BGN", "levas": "BGN", "reals": "BRL", "réals": "BRL", "reāls": "BRL", "yuan":
    "CNY", "yuans": "CNY", "korunas": "CZK", "korunaa": "CZK", "korunaer": "CZK", "korunası": "CZK", "euro": "EUR",
    "euró": "EUR", "euroa": "EUR", "eurot": "EUR", "euros": "EUR", "forinți": "HUF", "forinti": "HUF", "forintit":
    "HUF", "forintów": "HUF", "forinta": "HUF", "forintov": "HUF", "forintas": "HUF", "forintu": "HUF", "forintų":
    "HUF", "forintů": "HUF", "forinte": "HUF", "forints": "HUF", "fòrints": "HUF", "forintti": "HUF", "forinty": "HUF",
    "forintos": "HUF", "forinto": "HUF", "forint": "HUF", "fòrint": "HUF", "forinter": "HUF", "forintai": "HUF",
    "forinttia": "HUF", "rupiahs": "IDR", "rupiah": "IDR", "shekels": "ILS", "shekel": "ILS", "shekeli": "ILS",
    "krónur": "ISK", "yens": "JPY", "yên": "JPY", "yen": "JPY", "ringgitit": "MYR", "ringgiti": "MYR", "ringgitów":
    "MYR", "ringgiter": "MYR", "ringgits": "MYR", "ringgita": "MYR", "ringgitiä": "MYR", "ringgitu": "MYR", "ringgitů":
    "MYR", "ringgit": "MYR", "ringgitov": "MYR", "ringgity": "MYR", "złotya": "PLN", "złoty": "PLN", "zlotý": "PLN",
    "zloty": "PLN", "zlotys": "PLN", "złotych": "PLN", "zlotých": "PLN", "zloți": "PLN", "zloti": "PLN", "zlotas":
    "PLN", "zlots": "PLN", "złotego": "PLN", "zlott": "PLN", "zlotého": "PLN", "zlotov": "PLN", "zlotų": "PLN",
    "zlotti": "PLN", "zlote": "PLN", "złote": "PLN", "zloté": "PLN", "zlotai": "PLN", "zlotisi": "PLN", "bahts": "THB",
    "baht": "THB", "liras": "TRY", "rand": "ZAR", "rands": "ZAR", "takas": "BDT", "takası": "BDT", "takat": "BDT",
    "taka": "BDT", "takaa": "BDT", "nairat": "NGN", "nairası": "NGN", "nairaa": "NGN", "nairas": "NGN", "naira": "NGN",
    "naire": "NGN", "nair": "NGN", "nairy": "NGN", "nairos": "NGN", "naires": "NGN", "nairi": "NGN", "nairų": "NGN",
    "hryvniaa": "UAH", "hryvnias": "UAH", "hryvnia": "UAH", "dông": "VND", "dong": "VND", "đồng": "VND", "dôngs": "VND",
    "dongs": "VND", "denar": "MKD", "dénár": "MKD", "denár": "MKD", "denáre": "MKD", "denarja": "MKD", "denarer": "MKD",
    "denárov": "MKD", "denary": "MKD", "denáry": "MKD", "denarų": "MKD", "denáru": "MKD", "denárů": "MKD", "denaras":
    "MKD", "denāri": "MKD", "denaari": "MKD", "denarai": "MKD", "denarów": "MKD", "denarji": "MKD", "denara": "MKD",
    "denára": "MKD", "denars": "MKD", "denārs": "MKD", "rielis": "KHR", "rieliä": "KHR", "riela": "KHR", "rielov":
    "KHR", "rielių": "KHR", "rielio": "KHR", "riel": "KHR", "rieli": "KHR", "riely": "KHR", "riele": "KHR", "rieliai":
    "KHR", "rielu": "KHR", "rielů": "KHR", "riels": "KHR", "rieles": "KHR", "birr": "ETB", "birrs": "ETB", "birriä":
    "ETB", "birrov": "ETB", "birrów": "ETB", "birru": "ETB", "birrů": "ETB", "birri": "ETB", "birry": "ETB", "tengue":
    "KZT", "tenges": "KZT", "tengės": "KZT", "tengov": "KZT", "tengesi": "KZT", "tengių": "KZT", "tenge": "KZT",
    "tengė": "KZT", "tenget": "KZT", "tengeä": "KZT", "tengea": "KZT", "tengues": "KZT", "tugrikai": "MNT", "tugriko":
    "MNT", "tugriki": "MNT", "tugrikas": "MNT", "tugriku": "MNT", "tugriků": "MNT", "tugrikų": "MNT", "tugriks": "MNT",
    "tugrika": "MNT", "tugrik": "MNT", "tugriky": "MNT", "tugrikov": "MNT", "tugrikut": "MNT", "tugrikia": "MNT",
    "tugrików": "MNT", "tugrici": "MNT", "somonisi": "TJS", "somoni": "TJS", "somonis": "TJS", "somonio": "TJS",
    "somonių": "TJS", "somoniai": "TJS", "somonia": "TJS", "somonit": "TJS", "somonov": "TJS", "somons": "TJS",
    "somona": "TJS", "cédi": "GHS", "cedi": "GHS", "cédis": "GHS", "cedis": "GHS", "cediä": "GHS", "kyatov": "MMK",
    "kyatia": "MMK", "kyatı": "MMK", "kyați": "MMK", "kyatu": "MMK", "kyatů": "MMK", "kyats": "MMK", "kyaty": "MMK",
    "kyat": "MMK", "kip": "LAK", "kips": "LAK", "ariaries": "MGA", "ariarys": "MGA", "ariarisi": "MGA", "ariary": "MGA",
    "ariarya": "MGA", "ariariji": "MGA", "ariarija": "MGA", "ariario": "MGA", "ariarit": "MGA", "ariarių": "MGA",
    "ariari": "MGA", "ariaris": "MGA", "ariariai": "MGA", "metical": "MZN", "meticales": "MZN", "meticalov": "MZN",
    "meticaly": "MZN", "meticali": "MZN", "meticale": "MZN", "meticalu": "MZN", "meticalů": "MZN", "meticals": "MZN",
    "meticalia": "MZN", "meticais": "MZN", "meticala": "MZN", "lekë": "ALL", "leke": "ALL", "leks": "ALL", "lek": "ALL",
    "dramm": "AMD", "dramı": "AMD", "drami": "AMD", "dram": "AMD", "drammi": "AMD", "dramu": "AMD", "dramů": "AMD",
    "dramų": "AMD", "drams": "AMD", "dramy": "AMD", "dramia": "AMD", "dramai": "AMD", "dramo": "AMD", "dramov": "AMD",
    "dramów": "AMD", "quetzales": "GTQ", "quetzalov": "GTQ", "quetzali": "GTQ", "quetzalı": "GTQ", "quetzalia": "GTQ",
    "quetzale": "GTQ", "quetzalu": "GTQ", "quetzalů": "GTQ", "quetzals": "GTQ", "quetzala": "GTQ", "quetzaly": "GTQ",
    "quetzal": "GTQ", "quetzais": "GTQ", "bolívar": "VES", "bolivar": "VES", "bolivarer": "VES", "bolivarja": "VES",
    "bolivara": "VES", "bolivaras": "VES", "bolívaru": "VES", "bolívarů": "VES", "bolivarų": "VES", "bolivarji": "VES",
    "bolivaro": "VES", "bolivarai": "VES", "bolívares": "VES", "bolivars": "VES", "bolivārs": "VES", "bolívars": "VES",
    "bolivarı": "VES", "bolívari": "VES", "bolivāri": "VES", "bolívaria": "VES", "bolívarov": "VES", "bolívary": "VES",
    "bolivarjev": "VES", "rufiya": "MVR", "rufiyaa": "MVR", "rufiyaas": "MVR", "rufiyaata": "MVR", "rufiyas": "MVR",
    "rufiyaası": "MVR", "ngultrumů": "BTN", "ngultrumų": "BTN", "ngultrumu": "BTN", "ngultrumi": "BTN", "ngultrumov":
    "BTN", "ngultrumo": "BTN", "ngultrumy": "BTN", "ngultrumai": "BTN", "ngultrumit": "BTN", "ngultrums": "BTN",
    "ngultrumia": "BTN", "ngultruma": "BTN", "ngultrum": "BTN", "ngultruns": "BTN", "ngultrumas": "BTN", "guarani":
    "PYG", "guaraní": "PYG", "guaranís": "PYG", "guaranis": "PYG", "guaraniai": "PYG", "guaraniid": "PYG", "guaraníes":
    "PYG", "guaranių": "PYG", "guaranii": "PYG", "guaranio": "PYG", "guaranisi": "PYG", "guarania": "PYG", "paʻangası":
    "TOP", "paʻangas": "TOP", "paʻanga": "TOP", "kwanzas": "AOA", "kwanzaa": "AOA", "kwanza": "AOA", "kwanz": "AOA",
    "kwánz": "AOA", "kwanzy": "AOA", "kwanze": "AOA", "lempiros": "HNL", "lempiry": "HNL", "lempiri": "HNL", "lempīra":
    "HNL", "lempira": "HNL", "lempiră": "HNL", "lempiraa": "HNL", "lempire": "HNL", "lempirası": "HNL", "lempīras":
    "HNL", "lempiras": "HNL", "lempires": "HNL", "lempír": "HNL", "lempir": "HNL", "lempirų": "HNL", "dalasio": "GMD",
    "dalasit": "GMD", "dalasi": "GMD", "dalasa": "GMD", "dalasiai": "GMD", "dalasių": "GMD", "dalasis": "GMD", "dalas":
    "GMD", "dalasov": "GMD", "dalasisi": "GMD", "dalasia": "GMD", "vatu": "VUV", "vatų": "VUV", "vatus": "VUV",
    "vatusu": "VUV", "vatua": "VUV", "vatujev": "VUV", "vatuja": "VUV", "vatut": "VUV",
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
    def its_own(folded: str, code: str) -> bool:  # at least ``SHARE`` of the currencies so named are ``code``
        counts = named[folded]
        return counts[code] >= SHARE * sum(counts.values())

    out = {}
    for code in codes:
        for word in {w for n in cldr_names(code, english) for w in re.findall(r"\w+", n) if w.islower() and len(w) >= 3}:
            # and its plural in -s ("dongs", "rands"): other endings make ordinary words ("soli", "randy");
            # a word of five letters or more that is this currency's alone, in the cases the languages'
            # own names give it ("zlotų", "forintov"): its stem and an ending of a few letters; not a
            # word of several currencies ("franc": "Franken") nor one that is an ordinary word ("reals":
            # "reales", "reali")
            alone = its_own(fold(word), code) and not {fold(word), fold(word).rstrip("s")} & ORDINARY
            stem = fold(word)[:-1] if len(word) >= 5 and alone else None
            cased = {w for w in named if stem and w.startswith(stem) and len(w) <= len(stem) + _ENDING}
            for folded in {fold(word), fold(word) + "s"} | cased:
                if its_own(folded, code):
                    out.update({s: code for s in spellings[folded] if s not in ORDINARY})
    return out
