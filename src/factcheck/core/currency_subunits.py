"""A hundredth of a currency, as prices per litre or per unit are written: "44,4 centimes d'euro",
"46,2 euro cento", "39 pence", "5,17 öre".

A subunit word after a number makes it money in its currency, a hundredth of the number: "44.4
euro cents" is EUR 0.444, and compares with "4,97 kronor". Only the words that say whose hundredth
they are, or that a language's press uses for one currency (German and Dutch "Cent" are euro
cents, Swedish "öre" Swedish, Danish "øre" Danish): English "cents" may be of dollars or euros, and
French "centimes" of francs as well.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.core.scripts import LANGUAGES

# the euro's hundredth by name, in any language: "euro cents", "centimes d'euro", "céntimos de euro"
_EURO = ("euro cent", "euro cents", "eurocent", "eurocents", "euro-cent", "euro-cents", "cent d'euro",
         "centimes d'euro", "centimes d’euro", "céntimos de euro", "cêntimos de euro", "centesimi di euro",
         "eurocentów", "eurocentu", "eurocenty", "eurocentit", "eurocenttiä", "euro cento", "euro centų",
         "euro centai", "euro centi", "eurocentov", "eurocenti", "eurocenți", "eurocenţi", "λεπτά του ευρώ",
         "ευρωλεπτά", "евроцента", "евроцент", "евроцентов", "євроцента", "євроцент", "євроцентів",
         "centë euro", "cent euro", "欧分", "歐分",
         "ユーロセント")

# and the US dollar's, by name: "centavos de dólar por libra", "12 cents américains", "318,45 US-Cent"
_DOLLAR = ("centavos de dólar", "centavos de dólar estadounidense", "centavos de dólar americano", "cêntimos de dólar",
           "cents américains", "cents us", "cents de dollar", "centesimi di dollaro",
           "us-cent", "us-cents", "dollarcent", "dollar-cent", "amerikaanse dollarcent",
           "セント", "美分", "센트")  # the cent Chinese, Japanese and Korean name is the US dollar's
# and the other dollars' cents, where the words say whose ("1,284 Australian cents a kilogram clean")
_LOCAL_DOLLARS = {"australian cents": "AUD", "australian cent": "AUD", "canadian cents": "CAD", "canadian cent": "CAD",
                  "new zealand cents": "NZD", "nz cents": "NZD", "singapore cents": "SGD",
                  # as Japan's press names them, glued ("23.3豪セント", "17.6カナダセント", "65.15米セント")
                  "豪セント": "AUD", "カナダセント": "CAD", "米セント": "USD", "nzセント": "NZD"}

SUBUNITS: dict[str, dict[str, str]] = {
    "de": {"cent": "EUR", "cents": "EUR"},
    "nl": {"cent": "EUR", "cents": "EUR"},
    "lv": {"centi": "EUR", "centu": "EUR", "centus": "EUR", "centiem": "EUR", "centi eiro": "EUR"},
    "lt": {"centų": "EUR", "centai": "EUR", "cento": "EUR", "centus": "EUR"},
    "et": {"senti": "EUR", "sendi": "EUR"},
    "sk": {"centov": "EUR", "centy": "EUR"},
    "sl": {"centov": "EUR", "centa": "EUR", "cente": "EUR"},
    "hr": {"centi": "EUR", "centa": "EUR", "centima": "EUR"},  # Croatia's euro, since 2023
    "bs": {"feninga": "BAM", "fening": "BAM", "feninzi": "BAM"},  # the convertible mark's
    # the hundredth of the euro where no other currency has the word ("céntimos", not Latin
    # America's "centavos"; "centimes" are Swiss francs' too)
    "es": {"céntimos": "EUR", "céntimo": "EUR"}, "pt": {"cêntimos": "EUR", "cêntimo": "EUR"},
    "it": {"centesimi": "EUR", "centesimo": "EUR"},
    "fi": {"senttiä": "EUR", "sentin": "EUR", "senttiin": "EUR"},
    "en": {"pence": "GBP"},
    "sv": {"öre": "SEK"},
    "da": {"øre": "DKK"},
    "nb": {"øre": "NOK"},
    "pl": {"groszy": "PLN", "grosze": "PLN"},
    "cs": {"haléřů": "CZK", "haléře": "CZK"},
    # the rupee's paise and the rouble's and hryvnia's kopecks, as prices give them after the whole
    # units ("264 روپے 65 پیسے", "94 रुपये 77 पैसे", "56 рублей 30 копеек")
    "hi": {"पैसे": "INR"}, "ne": {"पैसा": "NPR"}, "ur": {"پیسے": "PKR"}, "ru": {"копеек": "RUB", "копейки": "RUB"},
    "uk": {"копійок": "UAH", "копійки": "UAH"},
    "bn": {"পয়সা": "BDT", "পয়সায়": "BDT"},  # the taka's poisha ("১২২ টাকা ৮৫ পয়সায়")
    "af": {"sent": "ZAR"},  # Afrikaans's cents are the rand's ("47 sent per liter")
    # the som's tyiyn and the tenge's tiyn ("72 сом 80 тыйынга")
    "ky": {"тыйын": "KGS", "тыйынга": "KGS", "тыйындан": "KGS"}, "kk": {"тиын": "KZT", "тиынға": "KZT"},
}
SUBUNITS["no"] = SUBUNITS["nn"] = SUBUNITS["nb"]  # Norwegian under any code
# the pound's hundredth, in any language ("6,21 penny", "53,68 pence", "27.58p"), and the shekel's ("67.84 agorot")
_PENCE = {"pence": "GBP", "penny": "GBP", "peniques": "GBP", "pensów": "GBP", "pensa": "GBP", "agorot": "ILS",
          "אגורות": "ILS", "агорот": "ILS"}
# the Scandinavian crowns' hundredths in any language where the word says whose: Swedish "öre", and
# "norske øre", "Swedish ore" ("99 norske øre per kilowattime", "92.7 öre per kWh" in English)
_ORE = {"öre": "SEK", "swedish öre": "SEK", "swedish ore": "SEK", "svenske øre": "SEK", "svenska öre": "SEK",
        "norwegian øre": "NOK", "norwegian ore": "NOK", "norske øre": "NOK", "norska öre": "NOK",
        "danish øre": "DKK", "danish ore": "DKK", "danske øre": "DKK", "danska öre": "DKK"}


@lru_cache(maxsize=LANGUAGES)
def subunits(lang: str | None) -> dict[str, str]:
    """Subunit word (casefolded) -> the ISO code of the currency it is a hundredth of, for ``lang``."""
    language = (lang or "").split("-")[0].split("_")[0].lower()
    pence = {**_PENCE, "p": "GBP"} if language == "en" else _PENCE  # "27.58p per kilowatt-hour"
    return {**{w: "EUR" for w in _EURO}, **{w: "USD" for w in _DOLLAR}, **_LOCAL_DOLLARS, **pence, **_ORE,
            **SUBUNITS.get(language, {})}
