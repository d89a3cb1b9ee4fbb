"""Units of measurement: their words in each language (CLDR, through Babel) and conversion (pint).

``unit_forms("de")`` maps every way German writes the units below ("Kilometer", "km", "Meilen",
"Zentimetern") to a unit symbol ("km", "mi", "cm"); ``convert(1.2, "m", "cm") == 120``.

The words come from CLDR's unit patterns ("{0} Kilometer", "{0} km") for the language and for
English (symbols such as "km" are written everywhere), long and short, every plural form. CLDR
has no grammatical cases for most languages, so German's dative plural ("in 10 Kilometern") is
added by rule. Conversion uses pint's unit registry, built on first use only: importing pint and
building its registry takes ~0.5 s, which only a comparison of two figures in different units
pays, never ``factcheck add`` or the workbench's start.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.core.numbers import VARIANTS, cldr_locale
from factcheck.core.scripts import LANGUAGES, is_unspaced
from factcheck.core.unit_cases import MEASURED, case_forms

#: CLDR unit id -> (symbol used in figures, pint unit expression, dimension)
UNITS: dict[str, tuple[str, str, str]] = {
    "length-kilometer": ("km", "kilometer", "length"),
    "length-meter": ("m", "meter", "length"),
    "length-centimeter": ("cm", "centimeter", "length"),
    "length-millimeter": ("mm", "millimeter", "length"),
    "length-mile": ("mi", "mile", "length"),
    "length-nautical-mile": ("nmi", "nautical_mile", "length"),
    "length-foot": ("ft", "foot", "length"),
    "length-inch": ("in", "inch", "length"),
    "area-square-kilometer": ("km²", "kilometer ** 2", "area"),
    "area-square-meter": ("m²", "meter ** 2", "area"),
    "area-square-mile": ("sq mi", "mile ** 2", "area"),
    "area-square-foot": ("sq ft", "foot ** 2", "area"),  # floor space in American and British copy
    "area-hectare": ("ha", "hectare", "area"),
    "area-acre": ("ac", "acre", "area"),
    "mass-kilogram": ("kg", "kilogram", "mass"),
    "mass-gram": ("g", "gram", "mass"),
    "mass-tonne": ("t", "metric_ton", "mass"),
    # dust and pollutants in the air and water ("142 µg/m³", "142 милиграма на кубичен метър")
    "mass-milligram": ("mg", "milligram", "mass"),
    "mass-microgram": ("µg", "microgram", "mass"),
    "mass-pound": ("lb", "pound", "mass"),
    "mass-carat": ("ct", "carat", "mass"),  # gems ("a 48-carat emerald", "48 quilates")
    # gold and silver are weighed in troy ounces, and the press's plain ounce is theirs
    "mass-ounce-troy": ("ozt", "troy_ounce", "mass"),
    "mass-ounce": ("ozt", "troy_ounce", "mass"),
    "volume-liter": ("l", "liter", "volume"),
    "volume-hectoliter": ("hl", "hectoliter", "volume"),  # wine, beer and milk by the hundred litres
    "volume-megaliter": ("ML", "megaliter", "volume"),  # a city's water ("1 650 megaliter per dag", "1,650 ML/d")
    "volume-cubic-meter": ("m³", "meter ** 3", "volume"),
    "volume-cubic-kilometer": ("km³", "kilometer ** 3", "volume"),  # ice and water lost ("1,9 km³")
    "volume-gallon": ("gal", "gallon", "volume"),
    "volume-barrel": ("bbl", "oil_barrel", "volume"),  # oil ("9 millions de barils par jour", "4,05 milyon varil")
    "volume-bushel": ("bu", "bushel", "volume"),  # America's grain ("6.53 billion bushels", "188,6 Bushel je Hektar")
    "volume-acre-foot": ("ac ft", "acre_foot", "volume"),  # the American West's water ("17.6 million acre-feet")
    "volume-cubic-foot": ("ft³", "foot ** 3", "volume"),  # gas in America's measure ("30 billion cubic feet")
    "volume-cubic-yard": ("yd³", "yard ** 3", "volume"),  # dredging and fill ("1.6 million cubic yards of seabed")
    "speed-kilometer-per-hour": ("km/h", "kilometer / hour", "speed"),
    "speed-mile-per-hour": ("mph", "mile / hour", "speed"),
    "speed-meter-per-second": ("m/s", "meter / second", "speed"),
    "speed-knot": ("kn", "knot", "speed"),  # winds at sea ("raggiunto i 70 nodi")
    "temperature-celsius": ("°C", "degC", "temperature"),
    "temperature-fahrenheit": ("°F", "degF", "temperature"),
    "power-gigawatt": ("GW", "gigawatt", "power"),
    "power-megawatt": ("MW", "megawatt", "power"),
    "power-kilowatt": ("kW", "kilowatt", "power"),
    "energy-kilowatt-hour": ("kWh", "kilowatt_hour", "energy"),
    # spans of time ("41 minuten", "dopo 58 ore", "fem dagar"); months and years are left to the
    # readers of ages, prison terms, parts of the year and durations in two parts
    "duration-second": ("sec", "second", "span"),  # "en apenas cinco segundos", not a race's time
    "duration-minute": ("min", "minute", "span"),
    "duration-hour": ("h", "hour", "span"),
    "duration-day": ("d", "day", "span"),
    "duration-week": ("wk", "week", "span"),
    "duration-month": ("mo", "month", "span"),
}
#: Units CLDR has no patterns for, written as their symbols in every language
SYMBOLS_ONLY: dict[str, tuple[str, str]] = {
    "Wh": ("watt_hour", "energy"), "MWh": ("megawatt_hour", "energy"), "GWh": ("gigawatt_hour", "energy"),
    "TWh": ("terawatt_hour", "energy"),
    "hm³": ("hectometer ** 3", "volume"),  # Spain's and Portugal's reservoirs, a million cubic metres each
    "TEU": ("teu", "containers"),  # ports' twenty-foot containers ("4,2 millions d'EVP", "1.2 million TEUs")
    "stremma": ("decaare", "area"),  # Greece's measure of land, 1,000 m² ("18.000 στρέμματα" = 1,800 ha)
    "daa": ("decaare", "area"),  # the same 1,000 m² in Norway ("1200 mål", "dekar") and Turkey ("dönüm")
    # a phone's battery and storage ("5.500 mAh", "512 GB", "1 TB")
    "mAh": ("milliampere_hour", "charge"), "GB": ("gigabyte", "data"), "TB": ("terabyte", "data"),
}
#: Units the press writes with their scale in one word, read as the unit, scaled: "177,6 Mt" of soya (million
#: tonnes), "4 bcm of gas a year", "210 MCM" of water, "7,957 MU" of India's electricity (million units, kWh)
SCALED: dict[str, tuple[str, int]] = {"Mt": ("t", 10**6), "MMT": ("t", 10**6), "bcm": ("m³", 10**9),
                                      "BCM": ("m³", 10**9), "mcm": ("m³", 10**6), "MCM": ("m³", 10**6),
                                      "MU": ("kWh", 10**6)}
_SCALED_ONLY_IN = {"MU": "en"}  # "3 MU" elsewhere may be anything
#: Units given to figures read by other means than their words: a race time ("2:06:41") in seconds
READ_OTHERWISE: dict[str, tuple[str, str]] = {"s": ("second", "duration")}
#: Units of one country's speech, read from its words only (``EVERYDAY``): the Scandinavian mile of
#: ten kilometres ("Banan är 87 mil lång"), not the English mile other languages' "mil" is
LOCAL: dict[str, tuple[str, str]] = {"mil": ("scandinavian_mile", "length"),
                                     # and the quintal or centner of a hundred kilograms, in which India
                                     # prices onions and the former Soviet Union counts yields
                                     "q": ("centner", "mass"),
                                     # and the gigacalorie in which the former Soviet Union prices heat
                                     # ("7 160 тенге за гигакалорию", "за 1 Гкал")
                                     "Gcal": ("gigacalorie", "energy"),
                                     # and the kilolitre in which Asia's fuel is counted ("26.5 million
                                     # kilolitres", "27,4 juta KL", "2650万千升")
                                     "kl": ("kiloliter", "volume"),
                                     # and the Chinese pound in which pork and vegetables are priced: the
                                     # mainland's jin of 500 g ("每斤15元"), Taiwan's catty of 600 g ("台斤")
                                     "jin": ("jin", "mass"), "catty": ("catty", "mass"),
                                     # and Thailand's rai of 1,600 m², in which it counts its fields ("22.1 ล้านไร่")
                                     "rai": ("rai", "area"),
                                     # and the arroba of 15 kg, in which Portugal prices cork and Brazil cattle
                                     # ("42 euros por arroba"); Spain's is another weight
                                     "arroba": ("arroba", "mass"),
                                     "pint": ("imperial_pint", "volume")}
# what pint's registry lacks
_DEFINED = ("scandinavian_mile = 10 * kilometer", "centner = 100 * kilogram", "teu = [twenty_foot_container]",
            "jin = 500 * gram", "catty = 600 * gram", "rai = 1600 * meter ** 2", "arroba = 15 * kilogram")
_PINT = ({symbol: expr for symbol, expr, _ in UNITS.values()}
         | {s: expr for s, (expr, _) in (SYMBOLS_ONLY | READ_OTHERWISE | LOCAL).items()})
DIMENSION = ({symbol: dim for symbol, _, dim in UNITS.values()}
             | {s: dim for s, (_, dim) in (SYMBOLS_ONLY | READ_OTHERWISE | LOCAL).items()})

# Short forms that are ordinary words or letters in running text: only taken right after a number
# with a space ("1.2 m", not "20m people", which is 20 million in British English), never glued.
AMBIGUOUS = frozenset({"m", "g", "t", "l", "in", "ac", "ha", "h"})
# Wire style glues the degrees' letter to the number ("46.9C (116.4F)"); apart, a C or F is a letter.
GLUED_ONLY = {"C": "°C", "F": "°F"}
# Where temperatures are Celsius, the bare word for degrees is Celsius ("46,9 grados", "46,9 Grad");
# not in English, where "116 degrees" is as often Fahrenheit.
CELSIUS_DEGREES: dict[str, tuple[str, ...]] = {
    "es": ("grados",), "de": ("Grad",), "fr": ("degrés",), "pt": ("graus",), "it": ("gradi",),
    "id": ("derajat",), "ms": ("darjah",), "da": ("grader",), "sv": ("grader",), "nb": ("grader",), "nn": ("grader",),
    "no": ("grader",), "nl": ("graden",), "ru": ("градусов", "градуса", "градус"), "uk": ("градусів", "градуси"),
    "bg": ("градуса",), "pl": ("stopni", "stopnie"), "cs": ("stupňů", "stupně"), "sk": ("stupňov",),
    "tr": ("derece", "dereceye", "dereceyi"), "fi": ("astetta", "asteeseen", "asteessa", "asteen"), "ro": ("grade",),
    "et": ("kraadi", "kraadini", "kraad"),
    "el": ("βαθμούς",),  # not "βαθμών" of a quake
    "ur": ("ڈگری",), "sd": ("ڊگري",), "fa": ("درجه",),
}

# Units whose short forms are letters or words in running text, read from so many letters only (a
# short form that is ``AMBIGUOUS`` is read where spaced from its number): "3 nautical miles", not
# Spanish "M" or German "sm" (millions, and any two letters); Swedish "v", Danish "t.", Hungarian "p"
# (a week, an hour, a minute); "ct" is a cent in Dutch and German, "CD" a disc, "kt" a knot
_SHORTEST = {"nmi": 3, "sec": 3, "min": 3, "h": 3, "d": 3, "wk": 3, "mo": 2, "ct": 4, "bu": 3}
# Italian "ora" (now) as often as an hour, Greek "λεπτά" (cents) as often as minutes
_NOT_UNITS = frozenset({"ora", "λεπτά", "λεπτό", "λ.",
                        "secondo", "segundo", "seconde", "second",  # and "according to" (it, es, pt, fr)
                        "livre", "livres"})  # the French press's pounds are money (``shared_currency_words``)

# the Devanagari press's short words for units, in Hindi, Marathi and Nepali: "952.6 मिमी", "120 किमी"
_DEVANAGARI_SHORT = {"किमी": "km", "मिमी": "mm", "सेमी": "cm", "किग्रा": "kg", "कि.मी": "km", "कि.ग्रा": "kg"}
# Where CLDR names a unit formally ("metrik ton", "tonnellate metriche", "kilogramos"), the words outlets write
EVERYDAY: dict[str | None, dict[str, str]] = {
    # every language; plain text writes the square and cube as a digit ("12 km2", "120.000 m3")
    None: {"kilo": "kg", "kilos": "kg", "quilo": "kg", "quilos": "kg", "Kilo": "kg", "km2": "km²", "m2": "m²", "m3": "m³",
           "hm3": "hm³",
           # ports' containers as the press names them ("1.2 million TEUs", "4,2 millions d'EVP", "320万标箱")
           "TEUs": "TEU", "teu": "TEU", "teus": "TEU", "EVP": "TEU", "evp": "TEU", "équivalents vingt pieds": "TEU",
           "标箱": "TEU", "標箱": "TEU", "标准箱": "TEU", "標準箱": "TEU",
           "stremmata": "stremma", "µg": "µg",  # the micro sign, where CLDR writes the Greek mu
           "bpd": "bbl", "b/d": "bbl",  # oil's barrels a day (the day is read as its period, ``periods``)
           "kilolitres": "kl", "kilolitre": "kl", "kiloliters": "kl", "kiloliter": "kl", "kilolitros": "kl",
           "kilolitro": "kl", "Kiloliter": "kl", "千升": "kl", "キロリットル": "kl", "킬로리터": "kl",
           "kl": "kl", "KL": "kl", "किलोलीटर": "kl", "किलोलिटर": "kl", "কিলোলিটার": "kl", "kilolít": "kl"},
    # and the tonne as much of the world's English press writes it ("200,000 tons of rice" in Seoul's and
    # Beijing's; CLDR's "tons" are short tons, which news of grain, ore and ships seldom means)
    # (and New Zealand's kilogram of milk solids, in which its dairy is paid: "$9.85/kgMS", "612 million kgMS")
    "en": {"kilowatt hours": "kWh", "quintal": "q", "quintals": "q", "tons": "t", "ton": "t", "kgMS": "kg",
           # and Asia's English press's metric tonnes ("12,000 MT of onions"), and the square as the wires
           # shorten it ("5,826 sq km")
           "MT": "MT", "metric tonnes": "t", "metric tons": "t", "metric tonne": "t", "metric ton": "t",
           "metric-ton": "t", "metric-tonne": "t", "sq km": "km²", "sq. km": "km²", "square km": "km²", "sq m": "m²",
           "sq. m": "m²",
           # and beer's pint, the British press's imperial one ("6.52 billion pints"); not CLDR's "pt"
           "pint": "pint", "pints": "pint"},
    "el": {"στρέμματα": "stremma", "στρέμμα": "stremma", "στρεμμάτων": "stremma", "τόνους": "t", "τόνων": "t",
           "τόνο": "t", "μέτρων": "m", "χιλιομέτρων": "km", "μιλίων": "mi", "εκταρίων": "ha", "κιλών": "kg", "λίτρων": "l",
           "τετραγωνικών χιλιομέτρων": "km²", "τετραγωνικών μέτρων": "m²",
           # the press's short words: "237 χιλιοστά βροχής", "28,5 εκατ. κυβικά νερού"
           "χιλιοστά": "mm", "χιλιοστών": "mm", "κυβικά": "m³", "κυβικών": "m³"},
    "id": {"ton": "t", "km/jam": "km/h", "kilometer per jam": "km/h", "kuintal": "q"},
    "ms": {"tan": "t", "km/j": "km/h", "km/jam": "km/h"},
    # the tonne and the kilogram as Korea's press writes them ("39만8000톤", "20㎏당"; CLDR: "메트릭 톤")
    "ko": {"톤": "t", "킬로": "kg"},
    # rain in weather reports ("雨量は1842ミリ"; "キロ" is a kilogram as often as a kilometre), snow in centimetres
    # ("積雪210センチ"), a span of days ("50日間", where "3日" may be a date) and months as the press writes them
    # ("6カ月", "3ヶ月"; CLDR: "か月")
    "ja": {"ミリ": "mm", "センチ": "cm", "平方キロ": "km²", "ヘクトリットル": "hl", "ミリアンペア時": "mAh",
           "ミリアンペアアワー": "mAh", "日間": "d", "カ月": "mo", "ヶ月": "mo", "ヵ月": "mo"},
    # "全程约3天": days, where "3日" may be a date
    "zh": {"百升": "hl", "吨": "t", "噸": "t", "天": "d", "斤": "jin", "市斤": "jin", "台斤": "catty", "公担": "q"},
    "vi": {"tấn": "t", "tạ": "q"}, "th": {"ตัน": "t", "ไร่": "rai"},  # Vietnam's "tạ", a hundred kilograms
    # the tonne with Armenian's article and cases, Pashto's, and Cebuano's Spanish one
    "hy": {"տոննա": "t", "տոննան": "t", "տոննայի": "t", "տոննայով": "t"},
    "ps": {"ټنه": "t", "ټن": "t", "کيلوګرامه": "kg", "کيلوګرام": "kg"},
    "ceb": {"tonelada": "t", "metriko tonelada": "t"},
    "fil": {"tonelada": "t", "toneladang": "t", "ektarya": "ha"},
    # the press's kilo and tonne
    "ur": {"کلو": "kg", "ٹن": "t", "کوئنٹل": "q", "کلوگرام": "kg", "کلوواٹ": "kW",  # CLDR: "کلو گرام"
           "میگاواٹ": "MW", "گیگاواٹ": "GW", "مکعب میٹر": "m³", "کیوبک میٹر": "m³",
           "سینٹی میٹر": "cm", "کلومیٹر": "km", "کلو میٹر": "km"},
    "hi": {"किलो": "kg", "टन": "t", "गीगावाट": "GW", "गीगावॉट": "GW", "मेगावाट": "MW", "मेगावॉट": "MW",
           "क्विंटल": "q", "मेगावाट घंटा": "MWh", **_DEVANAGARI_SHORT},
    "mr": {"क्विंटल": "q", "टन": "t", **_DEVANAGARI_SHORT},
    # the tonne as the press of India's other languages writes it ("15 லட்சம் டன்", "56 ಲಕ್ಷ ಟನ್")
    # (and the kilometre India's scripts abbreviate with full stops: "32 கி.மீ.", "118.9 ಕಿ.ಮೀ.")
    "gu": {"ટન": "t", "કિલો": "kg", "કિ.મી": "km"}, "pa": {"ਟਨ": "t"},
    "ta": {"டன்": "t", "டன்னாக": "t", "கிலோ": "kg", "தொன்": "t", "மெற்றிக் தொன்": "t",  # and Sri Lanka's ton
           "கி.மீ": "km", "மணி நேரம்": "h", "மணி நேரமாக": "h"},  # and hours ("48 மணி நேரம்")
    "te": {"టన్నులు": "t", "టన్నుల": "t", "కి.మీ": "km"},
    "kn": {"ಟನ್": "t", "ಕಿ.ಮೀ": "km"}, "ml": {"ടൺ": "t", "കി.മീ": "km"}, "or": {"ଟନ": "t"},
    # Somali's units, and with the "oo" that may join a number to its noun ("30,000 oo tan oo sonkor")
    "so": {f"{oo}{word}": symbol for oo in ("", "oo ") for word, symbol in (
        ("tan", "t"), ("kiilo", "kg"), ("kiilomitir", "km"), ("kilomitir", "km"), ("mitir", "m"), ("litir", "l"),
        ("mitir kuyuub", "m³"), ("kiilomitir oo laba jibbaaran", "km²"), ("hektar", "ha"))},
    "ne": {"मिटर": "m", "टन": "t", "किलो": "kg", "क्विन्टल": "q", "लिटर": "l", **_DEVANAGARI_SHORT},
    "kk": {"центнер": "q", "центнерден": "q", "тонна": "t", "тоннадан": "t", "тоннаға": "t", "Гкал": "Gcal",
           "шақырым": "km", "шақырымға": "km", "шақырымды": "km",  # Kazakh's own kilometre
           "тоннаны": "t", "киловатт-сағат": "kWh", "трой унциясы": "ozt", "трой унциясын": "ozt"},
    # (and its kilowatt-hours, "kVt·soat": CLDR has the kilowatt only)
    "uz": {"kVt·soat": "kWh", "kVt soat": "kWh", "kVt/soat": "kWh", "MVt·soat": "MWh", "MVt soat": "MWh",
           "kilovatt-soat": "kWh", "kilovatt-soatgacha": "kWh",
           "GVt·soat": "GWh", "mlrd kVt·soat": "GWh", "кВт·соат": "kWh", "кВт соат": "kWh",
           "sentner": "q", "sentnerni": "q", "sentnerdan": "q", "tonna": "t", "tonnani": "t", "tonnaga": "t",
           "tonnadan": "t", "tonnalik": "t", "unsiya": "ozt", "unsiyadan": "ozt", "unsiyani": "ozt", "unsiyaga": "ozt",
           "troya unsiyasi": "ozt", "troya unsiyasiga": "ozt", "troya unsiyasini": "ozt", "unsiyasi": "ozt",
           "kilometr": "km", "kilometri": "km", "kilometrga": "km", "kub metr": "m³", "kubometr": "m³",
           "kub metrgacha": "m³", "kub metrni": "m³", "kub metrga": "m³", "kub metrdan": "m³"},
    # Turkmen's and Tajik's, in the cases a sum takes ("410 километрро", "98 миллион метри мукааб")
    "tk": {"kilometr": "km", "kilometre": "km", "tonna": "t", "kub metr": "m³", "kub metre": "m³"},
    "tg": {"километр": "km", "километрро": "km", "километри": "km", "тонна": "t", "тоннаро": "t", "метри мукааб": "m³"},
    "ky": {"тонна": "t", "тоннаны": "t", "тоннага": "t", "тоннадан": "t", "тонналык": "t", "унция": "ozt",
           "унцияга": "ozt", "унциядан": "ozt", "грамм": "g", "киловатт-саат": "kWh", "кВт·саат": "kWh"},
    "he": {"טון": "t", "טונות": "t", "קילו": "kg"},  # the tonne as Hebrew's press writes it (CLDR: "טון מטרי")
    "ar": {"طن": "t", "أطنان": "t", "كيلو": "kg", "ملم": "mm", "مم": "mm", "مليمتر": "mm", "ملليمتر": "mm",
           # power as the Levant's and the Gulf's press spell it ("8700 ميغاواط", "ميجاوات")
           "ميغاواط": "MW", "ميغاوات": "MW", "ميجاوات": "MW", "ميجاواط": "MW", "غيغاواط": "GW", "جيجاوات": "GW",
           # and their hours, written apart ("280 غيغاواط ساعة")
           "غيغاواط ساعة": "GWh", "جيجاوات ساعة": "GWh", "ميغاواط ساعة": "MWh", "ميجاوات ساعة": "MWh",
           "كيلوواط ساعة": "kWh",
           # a speed in the accusative the press gives it ("بسرعة 85 كيلومترا في الساعة")
           "كيلومترا في الساعة": "km/h", "كيلومتراً في الساعة": "km/h", "كيلومترات في الساعة": "km/h",
           "كم في الساعة": "km/h",
           # days, months and hours as a count above ten takes them ("لمدة 20 يوما", "15 شهرا", "12 ساعة")
           "يوما": "d", "يوماً": "d", "شهرا": "mo", "شهراً": "mo", "ساعة": "h",
           # the plurals and spellings CLDR does not give ("9 لترات", "ليتر", "كيلوجرام"), the terawatt-hour
           # and the quintal in which the Maghreb weighs its harvests ("5,6 ملايين قنطار")
           # (their accusatives, "ليترا", "قنطارا", are made as every measured unit's are: ``_arabic_accusatives``)
           "لترات": "l", "ليتر": "l", "ليترات": "l", "كيلوغرامات": "kg", "كيلوجرام": "kg", "كيلوجرامات": "kg",
           "هكتارات": "ha", "تيراواط ساعة": "TWh", "تيراوات ساعة": "TWh", "قنطار": "q", "قناطير": "q",
           "أوقية": "ozt", "أوقيات": "ozt"},
    # and Dari's spellings of the gram ("۴۱ هزار و ۵۰۰ کیلوگرام", CLDR's Persian "کیلوگرم")
    "fa": {"تن": "t", "کیلو": "kg", "کیلوگرام": "kg", "گرام": "g",
           "کیلومتری": "km", "کیلومتر": "km", "میلی‌متر": "mm", "میلیمتر": "mm",
           "مترمکعب": "m³", "متر مکعب": "m³", "سانتی‌متر": "cm", "سانتیمتر": "cm", "سانتی متر": "cm"},
    "bn": {"টন": "t", "টনে": "t", "কেজি": "kg", "কি.মি": "km"},
    # the quintal in which Latin America, Italy and Ethiopia weigh harvests ("31,2 quintales por
    # hectárea", "31 qq", "14,5 milioni di quintali", "14.5 ሚሊዮን ኩንታል")
    "it": {"tonnellate": "t", "tonnellata": "t", "quintale": "q", "quintali": "q", "metro quadro": "m²",
           "metri quadri": "m²", "chilo": "kg", "chili": "kg"},
    "es": {"quintal": "q", "quintales": "q", "qq": "q", "hectómetros cúbicos": "hm³", "hectómetro cúbico": "hm³"},
    "am": {"ኩንታል": "q", "ቶን": "t", "ኪሎ": "kg", "ኪሎ ሜትር": "km", "ሜጋዋት": "MW", "ኪዩቢክ ሜትር": "m³",
           "ሜጋ ዋት": "MW", "ጊጋ ዋት": "GW", "ጊጋዋት": "GW", "ኪሎ ዋት ሰዓት": "kWh", "ሜጋ ዋት ሰዓት": "MWh",
           "ጊጋ ዋት ሰዓት": "GWh"},
    "lo": {"ໂຕນ": "t", "ກິໂລ": "kg"},
    # and Khmer's power as Cambodia's press spells it ("២ ៩៦០ មេហ្គាវ៉ាត់", CLDR's "មេកាវ៉ាត់")
    "km": {"មេហ្គាវ៉ាត់": "MW", "ជីហ្គាវ៉ាត់": "GW", "មេហ្គាវ៉ាត់ម៉ោង": "MWh", "ជីហ្គាវ៉ាត់ម៉ោង": "GWh", "តោន": "t"},
    "ht": {"galon": "gal", "lit": "l"},  # Haitian Creole's gallon of fuel
    "pt": {"arroba": "arroba", "arrobas": "arroba",
           "toneladas": "t", "tonelada": "t", "hectómetros cúbicos": "hm³", "hectômetros cúbicos": "hm³"},
    "nl": {"ton": "t", "hoogtemeter": "m", "hoogtemeters": "m", "vaten": "bbl"},  # oil's barrels ("672.000 vaten")
    "af": {"ton": "t"},  # CLDR: "metrieke ton"
    "ca": {"tones": "t", "tona": "t",  # CLDR: "tones mètriques"
           "hectòmetres cúbics": "hm³", "hectòmetre cúbic": "hm³"},
    # a race's climbing, in metres of height
    "de": {"Höhenmeter": "m", "Höhenmetern": "m", "dt": "q", "Dezitonnen": "q", "Doppelzentner": "q",
           "Standardcontainer": "TEU",  # a port's twenty-foot containers ("13,8 Millionen Standardcontainer")
           "Doppelzentnern": "q",
           "Stundenkilometer": "km/h", "Stundenkilometern": "km/h"},
    "ro": {"tone": "t", "de tone": "t", "tonă": "t"},
    "hu": {"tonna": "t", "tonnát": "t", "tonnával": "t", "tonnányi": "t", "hektárt": "ha", "hektáron": "ha"},
    "tr": {"tona": "t", "tonu": "t", "tonluk": "t", "tonla": "t", "tondu": "t", "tondan": "t",
          "dönüm": "daa", "dönümlük": "daa", "dekar": "daa", "sentner": "q",
          # the watt-hours the press hyphenates ("1 milyar kilovat-saat"), not a kilowatt before "-saat"
          "kilovat-saat": "kWh", "megavat-saat": "MWh", "gigavat-saat": "GWh", "teravat-saat": "TWh"},
    # Azerbaijani's cubic metre in one word and its cases ("7,6 milyard kubmetr", "kubmetrə")
    "az": {"kubmetr": "m³", "kub metr": "m³", "kubmetrə": "m³", "kubmetrdən": "m³", "kubmetri": "m³", "ton": "t",
           "tona": "t", "tondan": "t"},
    "ka": {"ტონას": "t", "ტონის": "t", "ტონით": "t", "ტონამდე": "t", "ტონად": "t",  # Georgian's cases
           "კუბური მეტრი": "m³", "კუბური მეტრის": "m³", "კუბ. მ": "m³", "კუბ.მ": "m³"},
    "fi": {"tonnin": "t", "tonniin": "t", "tonnilla": "t", "kuutiota": "m³", "kuutiometrin": "m³"},  # "70 000 kuutiota"
    # Mongolian's press writes Russian's short forms in its Cyrillic ("312 мкг/м3", "980 мянган тонн")
    "mn": {"мкг": "µg", "м3": "m³", "тонн": "t"},
    "lt": {"tona": "t", "tonos": "t", "tonų": "t", "toną": "t", "tonas": "t", "tonomis": "t"},  # CLDR: "metrinių tonų"
    "lv": {"tonna": "t", "tonnas": "t", "tonnu": "t", "tonnām": "t"},  # CLDR: "metrisko tonnu"
    # the press's accents on the larger prefixes ("120 euros le mégawattheure")
    "fr": {"mégawattheure": "MWh", "mégawattheures": "MWh", "térawattheure": "TWh", "térawattheures": "TWh",
           "quintal": "q", "quintaux": "q", "milles nautiques": "nmi", "mille nautique": "nmi"},
    "is": {"tonn": "t", "tonna": "t", "tonnum": "t", "feta": "ft", "fetum": "ft"},  # a foot's cases ("2.200 feta")
    # energy written as one word, where CLDR hyphenates it ("1,05 kroner per kilowatttime")
    "da": {"højdemeter": "m", "kilowatttime": "kWh", "kilowatttimer": "kWh", "megawatttime": "MWh", "megawatttimer": "MWh"},
    "no": {"høydemeter": "m", "mål": "daa", "dekar": "daa", "kilowattime": "kWh", "kilowattimer": "kWh", "megawattime": "MWh",
           "megawattimer": "MWh", "mil": "mil"},
    "sv": {"mil": "mil", "höjdmeter": "m"},
    # the press's abbreviations of square and cubic ("48 кв. км", "3,1 млн. куб. м", "120 kv. m")
    # and tonnes as the press writes them, not CLDR's metric ones ("38,6 млн тонн", "233 долара за тон")
    "bg": {"км": "km", "кг": "kg", "мм": "mm", "см": "cm", "МВт": "MW", "ГВт": "GW", "кВт": "kW", "кВтч": "kWh",
           "МВтч": "MWh", "дка": "daa", "декара": "daa",  # Cyrillic, where CLDR's short forms are Latin
           "кв. км": "km²", "кв.км": "km²", "кв. м": "m²", "кв.м": "m²", "куб. м": "m³", "куб.м": "m³",
           "тона": "t", "тон": "t", "тони": "t", "т": "t", "ха": "ha", "хектара": "ha", "хектар": "ha"},
    "ru": {"кв. км": "km²", "кв.км": "km²", "кв. м": "m²", "кв.м": "m²", "куб. м": "m³", "куб.м": "m³",
           "тонн": "t", "тонны": "t", "тонну": "t", "тонна": "t", "тоннами": "t", "тоннах": "t", "тоннам": "t",
           "кубометров": "m³", "кубометра": "m³", "кубометры": "m³", "кубометр": "m³", "т": "t",
           "куб. футов": "ft³", "куб.футов": "ft³",
           "центнер": "q", "центнера": "q", "центнеров": "q", "ц": "q",
           "Гкал": "Gcal", "гигакалория": "Gcal", "гигакалорию": "Gcal", "гигакалорий": "Gcal", "гигакалории": "Gcal"},
    "uk": {"кв. км": "km²", "кв.км": "km²", "кв. м": "m²", "кв.м": "m²", "куб. м": "m³", "куб.м": "m³",
           "тонн": "t", "тонни": "t", "тонну": "t", "тонна": "t", "тоннами": "t", "тоннах": "t", "т": "t",
           "кубометрів": "m³", "кубометри": "m³", "кубометра": "m³", "кубометр": "m³",
           "центнерів": "q", "центнери": "q", "ц": "q", "Гкал": "Gcal", "гігакалорію": "Gcal"},
    "sr": {"kubika": "m³", "кубика": "m³", "кв. км": "km²", "кв. м": "m²", "куб. м": "m³", "kv. km": "km²", "kv. m": "m²", "kub. m": "m³",
           "tona": "t", "тона": "t", "tonama": "t", "тонама": "t"},
    "mk": {"тони": "t", "тона": "t", "км": "km", "кг": "kg", "мм": "mm", "см": "cm", "МВт": "MW", "кВт": "kW"},
    "sq": {"ton": "t", "tonë": "t"},
    "pl": {"km kw": "km²", "m kw": "m²", "m sześc": "m³",  # the dot after them ends the word
           "dt": "q", "decyton": "q",  # a decitonne is a quintal ("15,8 dt/ha")
           "tonami": "t", "tonach": "t", "tonom": "t", "uncję": "ozt", "uncję trojańską": "ozt"},
    # Croatian writes "četvorni" as often as CLDR's "kvadratni"
    "hr": {"kubika": "m³", "četvornih kilometara": "km²", "četvorna kilometra": "km²", "četvorni kilometar": "km²",
           "četvornih metara": "m²", "četvorna metra": "m²", "četvorni metar": "m²",
           # and "kubični" as often as CLDR's "kubni"
           "kubičnih metara": "m³", "kubična metra": "m³", "kubični metar": "m³", "tonama": "t",
           # and energy in the locative a price takes ("120 eura po megavatsatu")
           "kilovatsatu": "kWh", "megavatsatu": "MWh"},
    "sl": {"hektarjev": "ha", "hektarje": "ha", "hektarjih": "ha",  # CLDR: "hektarov", "hektari"
           "ton": "t", "tone": "t", "tonami": "t", "tonah": "t",
           "kilovatno uro": "kWh", "megavatno uro": "MWh"},  # the accusative a price takes ("za megavatno uro")
    # tonnes in the cases a verb or a preposition asks for ("s nákladom 1 870 tonami kukurice", "o 120 tunách")
    # and energy in the accusative a price takes ("620 zlotých za megawatthodinu", "6,20 Kč za kilowatthodinu")
    "sk": {"tonami": "t", "tonách": "t", "tonám": "t", "uncu": "ozt", "trojskú uncu": "ozt",
           "kilowatthodinu": "kWh", "megawatthodinu": "MWh",
           # and the cube after its metre, as the press writes it ("214 mikrogramov na meter kubický")
           "meter kubický": "m³", "metra kubického": "m³", "metrov kubických": "m³", "metre kubické": "m³"},
    "cs": {"tunami": "t", "tunách": "t", "tunám": "t", "unci": "ozt", "trojskou unci": "ozt",
           "kilowatthodinu": "kWh", "megawatthodinu": "MWh"},
}
EVERYDAY["nb"] = EVERYDAY["nn"] = EVERYDAY["no"]  # Norwegian under any code


# Spans of time in the cases a number governs or a preposition asks for, where CLDR gives one form
# ("po 16 dniach", "nejméně pět dní", "ilk 24 saatte", "nyolc hétig"), and Swedish days ("fem dagar")
_SPAN_CASES: dict[str, dict[str, str]] = {
    "sv": {"dagar": "d", "dag": "d"}, "da": {"døgn": "d"}, "de": {"Tagen": "d"},
    "it": {"giornate": "d", "giornata": "d"},  # days counted as such: "prevede 90 giornate"
    "pl": {"dniach": "d", "godzinach": "h", "godzinę": "h", "tygodniach": "wk", "minutach": "min", "doby": "d",
           "dób": "d"},
    "cs": {"dní": "d", "dnech": "d", "hodinách": "h", "týdnech": "wk", "minutách": "min"},
    "sk": {"dňoch": "d", "hodinách": "h", "týždňoch": "wk", "minútach": "min"},
    "fi": {"päivän": "d", "päivässä": "d", "vuorokautta": "d", "vuorokauden": "d", "tunnin": "h",
           "tunnissa": "h", "viikon": "wk", "viikossa": "wk", "minuutin": "min", "minuutissa": "min"},
    "hu": {"napig": "d", "napon": "d", "napja": "d", "hétig": "wk", "hete": "wk", "órán": "h", "órája": "h",
           "óráig": "h", "órát": "h", "órára": "h", "órával": "h", "percig": "min", "perce": "min", "percet": "min",
           "percre": "min", "perccel": "min", "napot": "d", "napra": "d", "hetet": "wk", "hétre": "wk",
           "hónapra": "mo", "hónapig": "mo", "hónapja": "mo", "hónappal": "mo", "hónapot": "mo"},
    "tr": {"günde": "d", "gündür": "d", "saatte": "h", "saattir": "h", "haftada": "wk", "haftadır": "wk",
           "dakikada": "min", "dakikadır": "min"},
    "el": {"ημερών": "d", "ωρών": "h", "εβδομάδων": "wk"},
    "lv": {"stundām": "h", "dienām": "d", "nedēļām": "wk", "minūtēm": "min"},
    "lt": {"valandas": "h", "dienas": "d", "savaites": "wk"},
    "bn": {"ঘণ্টায়": "h", "ঘণ্টার": "h", "দিনের": "d"},  # "২৪ ঘণ্টায়" (in 24 hours), "৬১ দিনের" (of 61 days)
}


def cldr_unit_patterns(locale, unit_id: str, width: str) -> list[str]:
    """``locale``'s patterns of a number of ``unit_id`` in ``width``, each of its plural forms ("{0}
    Sekunden", "kilomita {0}"); Babel gives no public access to them."""
    patterns = locale._data["unit_patterns"].get(unit_id, {}).get(width, {})
    return [pattern for plural, pattern in patterns.items() if plural != "per" and "{0}" in pattern]


@lru_cache(maxsize=64)
def cldr_unit_words(locale, unit_id: str, width: str) -> list[str]:
    """The words ``locale`` writes beside a number of ``unit_id`` in ``width`` ("{0} Sekunden" ->
    "Sekunden"), each of its plural forms."""
    return [" ".join(pattern.replace("{0}", "").split()) for pattern in cldr_unit_patterns(locale, unit_id, width)]


def own_and_english_words(lang: str, unit_id: str, widths: tuple[str, ...] = ("long",)) -> list[str]:
    """The words ``lang`` and English write beside a number of ``unit_id`` (``cldr_unit_words``), ``lang``'s
    first: outlets write the English ones too ("48 hours" in a Slovenian feed)."""
    return [word for locale in (cldr_locale(lang), cldr_locale("en")) for width in widths
            for word in cldr_unit_words(locale, unit_id, width)]


def unit_forms(lang: str | None) -> dict[str, str]:
    """Every written form of the units (as in text, case kept) -> unit symbol, for ``lang``."""
    forms: dict[str, str] = {}
    own: dict[str, str] = {}  # the language's own long forms
    language = cldr_locale(lang).language
    # and its press's other script or region ("2.150 hektara": Serbian in the Latin script)
    locales = [cldr_locale(lang), *map(cldr_locale, VARIANTS.get(language, ())), cldr_locale("en"), cldr_locale("en_GB")]
    for n, locale in enumerate(locales):
        for unit_id, (symbol, _, _) in UNITS.items():
            for width in ("long", "short"):
                for word in cldr_unit_words(locale, unit_id, width):
                    # two ideographs are a word ("小时", "時間", "시간"); one may be a date's ("3日")
                    shortest = _SHORTEST.get(symbol, 0)
                    shortest = min(shortest, 2) if is_unspaced(word[:1]) else shortest
                    too_short = len(word.rstrip(".")) < shortest and word not in AMBIGUOUS
                    if too_short or word in _NOT_UNITS:
                        continue
                    if word and not any(ch.isdecimal() for ch in word):  # "km²" is a unit, "²" no decimal
                        forms.setdefault(word, symbol)
                        if n == 0 and width == "long":
                            own[word] = symbol
                        if locale.language == "de" and width == "long" and word.endswith("er"):
                            forms.setdefault(word + "n", symbol)  # dative plural: "in 10 Kilometern"
    for word, symbol in (EVERYDAY[None] | EVERYDAY.get(language, {}) | _SPAN_CASES.get(language, {})).items():
        forms.setdefault(word, symbol)
    for word, symbol in case_forms(language, own | EVERYDAY.get(language, {}), DIMENSION).items():
        forms.setdefault(word, symbol)
    for word, symbol in _larger_energy(forms).items():
        forms.setdefault(word, symbol)
    for word, symbol in list(forms.items()):  # CLDR's dot operator, as the press types it ("МВт·год", "кВт*ч", "кВтч")
        if "\u22c5" in word:
            for dot in ("\u00b7", "*", "-", ""):
                forms.setdefault(word.replace("\u22c5", dot), symbol)
        if "\u200b" in word:  # and its zero-width spaces, which the press leaves out ("គីឡូវ៉ាត់ម៉ោង")
            forms.setdefault(word.replace("\u200b", ""), symbol)
    if language == "ar":
        for word, symbol in list(forms.items()):
            for accusative in _arabic_accusatives(word) if DIMENSION.get(symbol) in MEASURED else ():
                forms.setdefault(accusative, symbol)
    for word in CELSIUS_DEGREES.get(language, ()):
        forms.setdefault(word, "°C")
    for letter, symbol in GLUED_ONLY.items():
        forms.setdefault(letter, symbol)
    if language == "he":  # the press types CLDR's gershayim and geresh as quotes ("210 אלף מ\"ק", "ק\"מ")
        for word, symbol in list(forms.items()):
            forms.setdefault(word.replace("\u05f4", '"').replace("\u05f3", "'"), symbol)
    for symbol in (*SYMBOLS_ONLY, *(s for s in SCALED if _SCALED_ONLY_IN.get(s, language) == language)):
        forms.setdefault(symbol, symbol)
    return forms


# India's English press writes a million tonnes "MT" as it writes a tonne ("Coal India produced 72.3 MT";
# "12,000 MT of onions"): millions where the number has a fraction and fewer than four digits before it
MILLIONS_OF = {"MT": "t"}
_FRACTION = re.compile(r"(?<![\d,.])\d{1,3}\.\d+\s*$")


def scaled(symbol: str | None, number: str = "") -> tuple[str | None, int]:
    """A unit written with its scale in one word, as (the unit, its scale): "Mt" -> ("t", 10**6); else
    (symbol, 1). ``number``, the text the number ends, tells "72.3 MT" (millions) from "12,000 MT"."""
    if symbol in MILLIONS_OF:
        return MILLIONS_OF[symbol], 10**6 if _FRACTION.search(number) else 1
    return SCALED.get(symbol, (symbol, 1))


# the press's words where its language writes the unit first ("tani 430,000", "tan 82.3"); CLDR
# gives Swahili's tonne as "tani mita" and Hausa's as "metric tons"
_PRESS_BEFORE: dict[str, dict[str, str]] = {
    "sw": {"tani": "t", "kilo": "kg", "nyuzi joto": "°C", "kilomita za mraba": "km²", "kilowati-saa": "kWh",
           "megawati-saa": "MWh", "gigawati-saa": "GWh", "terawati-saa": "TWh"},  # "gigawati-saa 1,120"
    "ha": {"tan": "t", "ton": "t", "kilo": "kg", "kilomita": "km", "lita": "l", "sa'o'i": "h", "sa’o’i": "h",
           "awa": "h", "oza": "ozt", "kilowatt-hour": "kWh"},  # "awa 72", "oza 60,000"
    # and Sinhala's ("ටොන් 48,350", "ලීටර් ලක්ෂ 42"), where CLDR has "මෙට්‍රික් ටොන්" and "ලීටරය"
    "si": {"ටොන්": "t", "මෙට්‍රික් ටොන්": "t", "ලීටර්": "l", "කිලෝ": "kg", "කිලෝග්‍රෑම්": "kg"},
}


@lru_cache(maxsize=LANGUAGES)
def units_before(lang: str | None) -> dict[str, dict[str, str]]:
    """The words of the units ``lang`` writes before the number, casefolded ("kilomita {0}",
    "kilomita {0} kwa saa"), each with what may follow the number -> the unit symbol ("" for
    nothing: {"kilomita": {"": "km", "kwa saa": "km/h"}}). Empty where the language writes them after."""
    locale = cldr_locale(lang)
    out: dict[str, dict[str, str]] = {}
    for unit_id, (symbol, _, _) in UNITS.items():
        # the long forms only: the short are letters and words in running text (Hausa "d", "mk", "wat")
        for pattern in cldr_unit_patterns(locale, unit_id, "long"):
            head, _, tail = pattern.partition("{0}")
            if head.strip() and not any(ch.isdecimal() for ch in head):
                out.setdefault(head.strip().casefold(), {}).setdefault(" ".join(tail.split()).casefold(), symbol)
    for word, symbol in _PRESS_BEFORE.get(locale.language, {}).items():
        out.setdefault(word, {}).setdefault("", symbol)
    return out


_TASHKEEL = re.compile("[\u064b-\u0652]")
_ARABIC = re.compile("[\u0621-\u064a]+")


def _arabic_accusatives(word: str) -> list[str]:
    """The accusative Arabic counts from eleven to ninety-nine give a unit, as the press writes it: its
    alif with the mark after it or none ("780 كيلومتراً", "780 كيلومترا"; CLDR: "كيلومترًا"), on each
    word of two ("26 كيلومترا مربعا", "420 ميلا بحريا")."""
    if not _ARABIC.fullmatch(word.replace(" ", "")):
        return [_TASHKEEL.sub("", word)] if _TASHKEEL.search(word) else []
    if _TASHKEEL.search(word):
        return [_TASHKEEL.sub("", word), word.replace("\u064b\u0627", "\u0627\u064b")]
    words = word.split()
    if any(w.endswith(("ا", "ة", "ى", "ات")) for w in words):
        return []
    return [" ".join(w + "ا" for w in words), " ".join(w + "اً" for w in words)]


@lru_cache(maxsize=LANGUAGES)
def _unit_words(lang: str | None) -> frozenset[str]:
    """``lang``'s written forms of the units that measure, lower-cased: not the spans of time ("Sejak
    2020 jam kerja"), nor the short ones that are letters or words in running text (``AMBIGUOUS``)."""
    return frozenset(w.lower() for w, symbol in unit_forms(lang).items()
                     if len(w) > 1 and w not in AMBIGUOUS and DIMENSION.get(symbol) != "span")


_NEXT_WORDS = re.compile(r"\s+([^\W\d_][^\s,;:!?()]*?)\.?(?:\s+([^\W\d_][^\s,;:!?()]*?)\.?)?(?=[\s,;:!?()]|$)")


def unit_follows(text: str, end: int, lang: str | None) -> bool:
    """Whether a unit's word (one or two words) follows the number ending at ``end``: "1870 tonna
    kukoricát", "2000 km", "1800 metric tons" are measures, not years."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    words, one = _unit_words(lang), m.group(1).lower()
    return one in words or bool(m.group(2)) and f"{one} {m.group(2).lower()}" in words


# CLDR names the kilowatt-hour only; a country's use is said in tera-, giga- and megawatt-hours
# the kilo of each script and its tera, giga and mega: Latin, Greek, Cyrillic, Ukrainian, Japanese's
# katakana, Korean and Chinese ("キロワット時" -> "ギガワット時", "千瓦时" -> "吉瓦时", "兆瓦时" a megawatt-hour)
_LARGER_OF = {"kilo": ("tera", "giga", "mega"), "chilo": ("tera", "giga", "mega"), "quilo": ("tera", "giga", "mega"),
              "kíló": ("tera", "gíga", "mega"),
              "κιλο": ("τερα", "γιγα", "μεγα"), "кило": ("тера", "гига", "мега"), "кіло": ("тера", "гіга", "мега"),
              "キロ": ("テラ", "ギガ", "メガ"), "킬로": ("테라", "기가", "메가"), "千": ("太", "吉", "兆")}
_KILO = tuple(_LARGER_OF)


def _larger_energy(forms: dict[str, str]) -> dict[str, str]:
    """The language's words for the kilowatt-hour with the prefix made tera, giga or mega
    ("Kilowattstunden" -> "Terawattstunden", "kilowattituntia" -> "terawattituntia"), each also
    written without its hyphen ("terawatt-timer", "terawatttimer")."""
    out: dict[str, str] = {}
    for word, symbol in forms.items():
        if symbol == "kWh" and word.startswith("кВт"):  # the Cyrillic short form ("кВт⋅ч", "кВт⋅год")
            out.update({prefix + word[1:]: larger for prefix, larger in (("М", "MWh"), ("Г", "GWh"), ("Т", "TWh"))})
            continue
        kilo = next((k for k in _KILO if word.lower().startswith(k)), None) if symbol == "kWh" else None
        if kilo is None:
            continue
        rest = word[len(kilo):]
        for larger, prefix in zip(("TWh", "GWh", "MWh"), _LARGER_OF[kilo]):
            made = (prefix.capitalize() if word[0].isupper() else prefix) + rest
            out[made] = larger
            if "-" in made:
                out[made.replace("-", "")] = larger
    return out


@lru_cache(maxsize=1)
def _registry():
    import pint  # lazily: see the module docstring

    registry = pint.UnitRegistry()
    for definition in _DEFINED:
        registry.define(definition)
    return registry


def convert(value: float, unit: str, to: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to`` (symbols as in ``UNITS``); None if not convertible."""
    if unit == to:
        return value
    if DIMENSION.get(unit) is None or DIMENSION.get(unit) != DIMENSION.get(to):
        return None
    registry = _registry()
    try:
        return float(registry.Quantity(value, _PINT[unit]).to(_PINT[to]).magnitude)
    except Exception:  # noqa: BLE001 (an inconvertible pair is "not compared", never a crash)
        return None
