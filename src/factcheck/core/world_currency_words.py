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
    "lek": "ALL", "leke": "ALL", "leks": "ALL", "lekë": "ALL", "dram": "AMD", "dramai": "AMD", "drami": "AMD", "dramia":
    "AMD", "dramm": "AMD", "drammi": "AMD", "dramo": "AMD", "dramov": "AMD", "drams": "AMD", "dramu": "AMD", "dramy":
    "AMD", "dramów": "AMD", "dramı": "AMD", "dramů": "AMD", "dramų": "AMD", "kwanz": "AOA", "kwanza": "AOA", "kwanzaa":
    "AOA", "kwanzas": "AOA", "kwanze": "AOA", "kwanzy": "AOA", "kwánz": "AOA", "taka": "BDT", "takaa": "BDT", "takas":
    "BDT", "takası": "BDT", "takat": "BDT", "lev": "BGN", "leva": "BGN", "levas": "BGN", "levs": "BGN", "reals": "BRL",
    "reāls": "BRL", "réals": "BRL", "ngultrum": "BTN", "ngultruma": "BTN", "ngultrumai": "BTN", "ngultrumas": "BTN",
    "ngultrumi": "BTN", "ngultrumia": "BTN", "ngultrumit": "BTN", "ngultrumo": "BTN", "ngultrumov": "BTN", "ngultrums":
    "BTN", "ngultrumu": "BTN", "ngultrumy": "BTN", "ngultrumů": "BTN", "ngultrumų": "BTN", "ngultruns": "BTN", "yuan":
    "CNY", "yuans": "CNY", "korunaa": "CZK", "korunaer": "CZK", "korunas": "CZK", "korunası": "CZK", "nakf": "ERN",
    "nakfa": "ERN", "nakfaa": "ERN", "nakfas": "ERN", "nakfası": "ERN", "nakfat": "ERN", "nakfe": "ERN", "nakfes":
    "ERN", "nakfi": "ERN", "nakfos": "ERN", "nakfy": "ERN", "nakfų": "ERN", "birr": "ETB", "birri": "ETB", "birriä":
    "ETB", "birrov": "ETB", "birrs": "ETB", "birru": "ETB", "birry": "ETB", "birrów": "ETB", "birrů": "ETB", "euro":
    "EUR", "euroa": "EUR", "euros": "EUR", "eurot": "EUR", "euró": "EUR", "cedi": "GHS", "cedis": "GHS", "cediä": "GHS",
    "cédi": "GHS", "cédis": "GHS", "dalas": "GMD", "dalasa": "GMD", "dalasi": "GMD", "dalasia": "GMD", "dalasiai":
    "GMD", "dalasio": "GMD", "dalasis": "GMD", "dalasisi": "GMD", "dalasit": "GMD", "dalasių": "GMD", "dalasov": "GMD",
    "quetzais": "GTQ", "quetzal": "GTQ", "quetzala": "GTQ", "quetzale": "GTQ", "quetzales": "GTQ", "quetzali": "GTQ",
    "quetzalia": "GTQ", "quetzalov": "GTQ", "quetzals": "GTQ", "quetzalu": "GTQ", "quetzaly": "GTQ", "quetzalı": "GTQ",
    "quetzalů": "GTQ", "lempir": "HNL", "lempira": "HNL", "lempiraa": "HNL", "lempiras": "HNL", "lempirası": "HNL",
    "lempire": "HNL", "lempires": "HNL", "lempiri": "HNL", "lempiros": "HNL", "lempiry": "HNL", "lempiră": "HNL",
    "lempirų": "HNL", "lempír": "HNL", "lempīra": "HNL", "lempīras": "HNL", "forint": "HUF", "forinta": "HUF",
    "forintai": "HUF", "forintas": "HUF", "forinte": "HUF", "forinter": "HUF", "forinti": "HUF", "forintit": "HUF",
    "forinto": "HUF", "forintos": "HUF", "forintov": "HUF", "forints": "HUF", "forintti": "HUF", "forinttia": "HUF",
    "forintu": "HUF", "forinty": "HUF", "forintów": "HUF", "forintů": "HUF", "forintų": "HUF", "forinți": "HUF",
    "fòrint": "HUF", "fòrints": "HUF", "rupiah": "IDR", "rupiahs": "IDR", "shekel": "ILS", "shekeli": "ILS", "shekels":
    "ILS", "krónur": "ISK", "yen": "JPY", "yens": "JPY", "yên": "JPY", "riel": "KHR", "riela": "KHR", "riele": "KHR",
    "rieles": "KHR", "rieli": "KHR", "rieliai": "KHR", "rielio": "KHR", "rielis": "KHR", "rieliä": "KHR", "rielių":
    "KHR", "rielov": "KHR", "riels": "KHR", "rielu": "KHR", "riely": "KHR", "rielů": "KHR", "tenge": "KZT", "tengea":
    "KZT", "tenges": "KZT", "tengesi": "KZT", "tenget": "KZT", "tengeä": "KZT", "tengių": "KZT", "tengov": "KZT",
    "tengue": "KZT", "tengues": "KZT", "tengė": "KZT", "tengės": "KZT", "kip": "LAK", "kips": "LAK", "ariari": "MGA",
    "ariariai": "MGA", "ariaries": "MGA", "ariarija": "MGA", "ariariji": "MGA", "ariario": "MGA", "ariaris": "MGA",
    "ariarisi": "MGA", "ariarit": "MGA", "ariarių": "MGA", "ariary": "MGA", "ariarya": "MGA", "ariarys": "MGA",
    "denaari": "MKD", "denar": "MKD", "denara": "MKD", "denarai": "MKD", "denaras": "MKD", "denarer": "MKD", "denarja":
    "MKD", "denarji": "MKD", "denars": "MKD", "denary": "MKD", "denarów": "MKD", "denarų": "MKD", "denár": "MKD",
    "denára": "MKD", "denáre": "MKD", "denárov": "MKD", "denáru": "MKD", "denáry": "MKD", "denárů": "MKD", "denāri":
    "MKD", "denārs": "MKD", "dénár": "MKD", "kyat": "MMK", "kyatia": "MMK", "kyatov": "MMK", "kyats": "MMK", "kyatu":
    "MMK", "kyaty": "MMK", "kyatı": "MMK", "kyatů": "MMK", "kyați": "MMK", "tugrici": "MNT", "tugrik": "MNT", "tugrika":
    "MNT", "tugrikai": "MNT", "tugrikas": "MNT", "tugriki": "MNT", "tugrikia": "MNT", "tugriko": "MNT", "tugrikov":
    "MNT", "tugriks": "MNT", "tugriku": "MNT", "tugrikut": "MNT", "tugriky": "MNT", "tugrików": "MNT", "tugriků": "MNT",
    "tugrikų": "MNT", "rufiya": "MVR", "rufiyaa": "MVR", "rufiyaas": "MVR", "rufiyaası": "MVR", "rufiyaata": "MVR",
    "rufiyas": "MVR", "ringgit": "MYR", "ringgita": "MYR", "ringgiter": "MYR", "ringgiti": "MYR", "ringgitit": "MYR",
    "ringgitiä": "MYR", "ringgitov": "MYR", "ringgits": "MYR", "ringgitu": "MYR", "ringgity": "MYR", "ringgitów": "MYR",
    "ringgitů": "MYR", "meticais": "MZN", "metical": "MZN", "meticala": "MZN", "meticale": "MZN", "meticales": "MZN",
    "meticali": "MZN", "meticalia": "MZN", "meticalov": "MZN", "meticals": "MZN", "meticalu": "MZN", "meticaly": "MZN",
    "meticalů": "MZN", "nair": "NGN", "naira": "NGN", "nairaa": "NGN", "nairas": "NGN", "nairası": "NGN", "nairat":
    "NGN", "naire": "NGN", "naires": "NGN", "nairi": "NGN", "nairos": "NGN", "nairy": "NGN", "nairų": "NGN", "zlotai":
    "PLN", "zlotas": "PLN", "zlote": "PLN", "zloti": "PLN", "zlotisi": "PLN", "zlotov": "PLN", "zlots": "PLN", "zlott":
    "PLN", "zlotti": "PLN", "zloty": "PLN", "zlotys": "PLN", "zloté": "PLN", "zlotého": "PLN", "zlotý": "PLN",
    "zlotých": "PLN", "zlotų": "PLN", "zloți": "PLN", "złote": "PLN", "złotego": "PLN", "złoty": "PLN", "złotya": "PLN",
    "złotych": "PLN", "guarani": "PYG", "guarania": "PYG", "guaraniai": "PYG", "guaranii": "PYG", "guaraniid": "PYG",
    "guaranio": "PYG", "guaranis": "PYG", "guaranisi": "PYG", "guaranių": "PYG", "guaraní": "PYG", "guaraníes": "PYG",
    "guaranís": "PYG", "baht": "THB", "bahts": "THB", "somona": "TJS", "somoni": "TJS", "somonia": "TJS", "somoniai":
    "TJS", "somonio": "TJS", "somonis": "TJS", "somonisi": "TJS", "somonit": "TJS", "somonių": "TJS", "somonov": "TJS",
    "somons": "TJS", "paʻanga": "TOP", "paʻangas": "TOP", "paʻangası": "TOP", "liras": "TRY", "hryvnia": "UAH",
    "hryvniaa": "UAH", "hryvnias": "UAH", "bolivar": "VES", "bolivara": "VES", "bolivarai": "VES", "bolivaras": "VES",
    "bolivarer": "VES", "bolivarja": "VES", "bolivarjev": "VES", "bolivarji": "VES", "bolivaro": "VES", "bolivars":
    "VES", "bolivarı": "VES", "bolivarų": "VES", "bolivāri": "VES", "bolivārs": "VES", "bolívar": "VES", "bolívares":
    "VES", "bolívari": "VES", "bolívaria": "VES", "bolívarov": "VES", "bolívars": "VES", "bolívaru": "VES", "bolívary":
    "VES", "bolívarů": "VES", "dong": "VND", "dongs": "VND", "dông": "VND", "dôngs": "VND", "đồng": "VND", "vatu":
    "VUV", "vatua": "VUV", "vatuja": "VUV", "vatujev": "VUV", "vatus": "VUV", "vatusu": "VUV", "vatut": "VUV", "vatų":
    "VUV", "rand": "ZAR", "rands": "ZAR"
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
    return dict(sorted(out.items(), key=lambda item: (item[1], item[0])))  # by currency, then word: a stable table
