"""Period words from CLDR's units: "{0} per dag", "{0} kada araw", "{0} za rok", "{0}/mês".

Every language CLDR has writes a rate with its per-unit pattern for a day, a week, a month and a
year; ``derive()`` reads them from Babel for the languages below (the long and short forms, and
the narrow ones after a slash when their word has three letters or more: "/dia", not "/d"), and
``WORDS`` is its result, kept here so that importing the reader does not load 50 locales (a test
checks that the two agree). ``core.periods`` adds them to its own lists.
"""

from __future__ import annotations

LANGUAGES = ("ar bg bs ca cs cy da de el en es et eu fi fil fr ga gl hi hr hu id is it ja ko lt lv mk ms nb nl "
             "pl pt ro ru sk sl sq sr sv sw tr uk vi").split()
UNITS = {"duration-hour": "hourly", "duration-day": "daily", "duration-week": "weekly", "duration-month": "monthly",
         "duration-year": "yearly"}
# per-unit words that are something else on their own: Estonian "kuus" is also six
OTHER_WORDS = frozenset({"kuus"})
# and an hour's that are a span as often ("selama sejam", "за час до", "на час", "za hodinu"), or a year's ("/год")
NOT_HOURLY = frozenset({"/год", "sejam", "за час", "на час", "za hodinu"})

WORDS: dict[str, tuple[str, ...]] = {
    "hourly": (
        "/ tunti", "/giờ", "/godz.", "/klst.", "/oras", "/orë", "/saat", "/tim", "/uur", "/óra", "/сат", "all’ora",
        "kada oras", "kwa saa", "na godzinę", "na sat", "na uro", "ordu bakoitzeko", "par heure", "pe oră",
        "per hora", "per hour", "per jam", "per time", "per timme", "per uur", "por hora", "pr. time", "pro stunde",
        "stundā", "tunnis", "yr awr", "á klst.", "ανά ώρα", "в час", "на годину", "في الساعة", "प्रति घंटा", "시간당",
    ),
    "daily": (
        "/ päivä", "/araw", "/dag", "/dan.", "/den", "/deň", "/dia", "/ditë", "/dobę", "/día", "/giorno",
        "/gün", "/nap", "/ngày", "/ööp", "/ден", "/дневно", "al giorno", "dienā", "dnevno", "egun bakoitzeko",
        "kada araw", "kwa siku", "na dan", "na dobę", "par jour", "pe zi", "per dag", "per day", "per dia",
        "per dieną", "per dygn", "per døgn", "per hari", "por dia", "por día", "pr. dag", "pro tag", "sa lá",
        "setiap hari", "y diwrnod", "za den", "za deň", "á dag", "ööpäevas", "ανά ημέρα", "в день", "дневно",
        "на ден", "на день", "في اليوم", "प्रति दिन",
    ),
    "weekly": (
        "/ viikko", "/hafta", "/hét", "/javë", "/linggo", "/mgg", "/mgu", "/ned.", "/näd", "/sav.", "/scht",
        "/sedm.", "/sem", "/sem.", "/setm.", "/sett.", "/settimana", "/săpt.", "/tuần", "/tydz.", "/týd.",
        "/týž.", "/uge", "/εβδ.", "/нед", "/сед.", "/седм.", "/седмица", "/тиж", "/सप्ताह", "alla settimana",
        "aste bakoitzeko", "kada linggo", "kwa wiki", "na teden", "na tydzień", "nedēļā", "nädalas",
        "par semaine", "pe săptămână", "per minggu", "per savaitę", "per setmana", "per uke", "per vecka",
        "per week", "por semana", "pr. uge", "pro woche", "sedmično", "setiap minggu", "tjedno", "yr wythnos",
        "za týden", "za týždeň", "á viku", "ανά εβδομάδα", "в неделю", "на седмица", "на тиждень", "недељно",
        "седмично", "في الأسبوع", "प्रति सप्ताह",
    ),
    "monthly": (
        "/ kuukausi", "/bln", "/buwan", "/hil", "/hónap", "/lună", "/mes", "/mes.", "/mese", "/mies.", "/mis",
        "/mnd", "/muaj", "/mån", "/mês", "/mēn.", "/mėn.", "/měs.", "/tháng", "/мес", "/мес.", "/месец", "/міс",
        "al mese", "hilabete bakoitzeko", "kada buwan", "kwa mwezi", "mjesečno", "mēnesī", "na mesec",
        "na miesiąc", "par mois", "pe lună", "per bulan", "per maand", "per mes", "per month", "per månad",
        "per måned", "per mėnesį", "por mes", "por mês", "pr. måned", "pro monat", "setiap bulan", "y mis",
        "za mesiac", "za měsíc", "á mánuði", "ανά μήνα", "в месяц", "месечно", "на месец", "на місяць",
        "في الشهر", "प्रति महीना",
    ),
    "yearly": (
        "/ vuosi", "/anno", "/ano", "/any", "/god.", "/năm", "/rok", "/taon", "/thn", "/vit", "/yıl", "/ári",
        "/год", "/год.", "/سنة", "/वर्ष", "aastas", "all’anno", "gadā", "godišnje", "kada taon", "kwa mwaka",
        "na leto", "na rok", "om året", "par an", "pe an", "per any", "per jaar", "per metus", "per tahun",
        "per year", "per år", "por ano", "por año", "pro jahr", "sa bhliain", "setiap tahun", "urte bakoitzeko",
        "y flwyddyn", "za rok", "á ári", "ανά έτος", "в год", "годишно", "годишње", "на година", "на рік",
        "في السنة", "प्रति वर्ष",
    ),
}


def derive() -> dict[str, tuple[str, ...]]:
    from babel import Locale

    found: dict[str, set[str]] = {period: set() for period in UNITS.values()}
    for language in LANGUAGES:
        locale = Locale.parse(language)
        for unit, period in UNITS.items():
            for length in ("long", "short", "narrow"):
                # Babel formats compound units but gives no public access to the per-unit patterns alone
                pattern = locale._data["unit_patterns"].get(unit, {}).get(length, {}).get("per")
                if not pattern or "{0}" not in pattern:
                    continue
                word = " ".join(pattern.replace("{0}", " ").split()).lower()
                if sum(c.isalpha() for c in word) < 3 or word in OTHER_WORDS \
                        or period == "hourly" and word in NOT_HOURLY:
                    continue
                found[period].add(word)
    return {period: tuple(sorted(words)) for period, words in found.items()}
