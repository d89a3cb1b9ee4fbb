"""Currency words several countries share: "a 290 million crown fine", "290 Millionen Kronen",
"310 miljard roepia", "5 millones de pesos".

Denmark, Sweden, Norway, Iceland and Czechia count in crowns, Romania and Moldova in lei; India, Indonesia and Pakistan in
rupees (one word in many languages: "rupia", "roepie"); Mexico, Argentina, Chile, Colombia and the
Philippines in pesos; Switzerland, Congo, Rwanda and others in francs; the Brazilian real shares its name with a
word ("19 miliar real", "1,2 Milliarden Real" against "real progress"), and so does the Peruvian sol
with the sun. An outlet writes "Danish
crowns" once and "crowns" after, or names only the country ("Denmark hands Norvexa record 290
million crown fine"). Such a bare word after a number takes the one currency of its family that
its article names: by a currency name the language knows (CLDR's "Danish krone", "dänische Krone",
plus wire style "Danish crowns"), by that name's adjective ("Danish", "dänische"), or by the
country's name (CLDR's territory names, in the language and in English: "Dänemark", "Denmark").
A Swiss article often names no country: its thousands grouped with an apostrophe ("61'400") say
where it is from, and its francs are Swiss. With none named, or several, it stays a plain number:
a guessed currency would be a false conflict. Forms read as one currency already ("kroner" in
Danish, "rupees" in English) are ``core.currency``'s and never come here.

The bare words of a language are the family's words in CLDR's names of its currencies
("indonesische roepia" -> "roepia"), so every language CLDR knows has them, and the English ones
besides (outlets borrow "kroner"). The Philippine peso's code "PHP" is not read bare (``currency``):
its sign is written back instead.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .currency import currency_forms
from .numbers import cldr_locale, swiss_style
from .quantity_words import words_for
from .scripts import HEBREW_PREFIXES, LETTER, case_blind_get, is_unspaced

_NO_WORD = r"(?!)"  # a family no word of which is read by it

# family -> (its currencies -> their territory, what its words start with)
FAMILIES: dict[str, tuple[dict[str, str], str]] = {
    "crown": ({"DKK": "DK", "SEK": "SE", "NOK": "NO", "ISK": "IS", "CZK": "CZ"},
              r"kron|krón|crown|coron|couronn|coroa|kroon|korun|koron|kruun|krun|κορών|крон|крун|كرون|کرون|크로네"),
    "rupee": ({"INR": "IN", "IDR": "ID", "PKR": "PK", "NPR": "NP", "LKR": "LK", "MUR": "MU"},
              r"rup|rúp|roep|roup|руп|روپ|روب|रुप|रूप|রুপ"),
    "peso": ({"MXN": "MX", "ARS": "AR", "CLP": "CL", "COP": "CO", "PHP": "PH"}, r"peso|piso|페소|песо|פסו|بيزو"),
    # one currency, but "real" is an everyday word: read only where the article names Brazil
    "real": ({"BRL": "BR"}, r"real|réal|реал"),
    # one currency, but "sol" is also the sun: read only where the article names Peru
    "sol": ({"PEN": "PE"}, r"sol"),
    # Romania's and Moldova's lei ("Romania estimated its losses at 650 million lei")
    "leu": ({"RON": "RO", "MDL": "MD"}, r"lei|leu|lej|леи|лей|лея|леу|леї"),
    "franc": ({"CHF": "CH", "CDF": "CD", "RWF": "RW", "GNF": "GN", "BIF": "BI", "DJF": "DJ", "KMF": "KM"},
              r"fran[ckg]|франк|فرنك"),
    # the two Koreas' won, an English verb besides: read where the article names one Korea, and from ten thousand
    "won": ({"KRW": "KR", "KPW": "KP"}, r"won|вон|وون"),
    # the Emirates' and Morocco's dirhams (and Arabic's plural: "8 دراهم"); the riyals and rials of Saudi Arabia,
    # Qatar, Oman, Iran and Yemen
    "dirham": ({"AED": "AE", "MAD": "MA"}, r"dirham|dírham|dirhem|درهم|دراهم|درہم|दिरहम|дирхам"),
    # Serbia's dinar and North Macedonia's denar, the Maghreb's, Iraq's, Jordan's, Kuwait's and Bahrain's dinars
    "dinar": ({"RSD": "RS", "MKD": "MK", "DZD": "DZ", "TND": "TN", "IQD": "IQ", "JOD": "JO", "KWD": "KW", "BHD": "BH"},
              r"dinar|dinár|dínar|dinaro|denar|динар|денар|دينار|دینار|דינר"),
    # Bengali's "টাকা" is Bangladesh's taka, and West Bengal's rupees ("২৮১ কোটি টাকা" at Kolkata's box office)
    "taka": ({"BDT": "BD", "INR": "IN"}, r"টাকা"),
    "riyal": ({"SAR": "SA", "QAR": "QA", "OMR": "OM", "IRR": "IR", "YER": "YE"},
              r"riyal|rial|ريال|ریال|रियाल|রিয়াল|রিয়েল|риал|riál|리얄|リヤル|リアル|里亚尔|里亞爾"),
    # Greek's and French's pounds and lira are one word ("λίρες", "livres"): Britain's, Turkey's or Egypt's,
    # as the article says; Arabic's lira is Turkey's, Lebanon's or Syria's
    "lira": ({"GBP": "GB", "TRY": "TR", "EGP": "EG", "LBP": "LB", "SYP": "SY"},
             r"λίρ|λιρ|ليرة|ليرات|livre|lira|лир"),
    # the pound is Britain's where no other is named, but Egypt's, Sudan's, Lebanon's or Syria's in a
    # story that names that country ("Eintritt für Ausländer 1.700 Pfund" in Giza)
    "pound": ({"GBP": "GB", "EGP": "EG", "SDG": "SD", "LBP": "LB", "SYP": "SY"},
              r"pound|pfund|pond|libra|libr|liber|livre|funt|фунт|sterlin|punt|جنيه|پوند|파운드|ポンド|镑|鎊"),
    # one currency each, whose sign their press writes as a letter ("N985", "R17.62"): read where the
    # article names the country
    "naira": ({"NGN": "NG"}, r"naira"),
    "rand": ({"ZAR": "ZA"}, r"rand|راند"),
    # Zambia's and Malawi's kwacha; and Georgia's lari, Haiti's gourde and Bolivia's boliviano, words of
    # Indonesian ("run"), French ("flask") and Spanish ("Bolivians"): read where the article names the country
    "kwacha": ({"ZMW": "ZM", "MWK": "MW"}, r"kwach|kwacz|квач|كواش"),
    # Papua New Guinea's kina, Botswana's pula and Lesotho's loti, whose press writes their signs as a
    # letter ("K10 million", "P2.3 billion", "M1,000"): "kina" is Polish for cinemas, Pula a Croatian city
    "kina": ({"PGK": "PG"}, r"kina|кина|基那"),
    "pula": ({"BWP": "BW"}, r"pula|пула|普拉"),
    "loti": ({"LSL": "LS"}, r"maloti|loti|лоти"),
    # and Guatemala's quetzal, Honduras's lempira and the Gambia's dalasi, only for their letters ("Q2,150 por
    # quintal", "L277,579.2 millones", "from D50 to D75"): their words name one currency wherever they stand
    "quetzal": ({"GTQ": "GT"}, _NO_WORD), "lempira": ({"HNL": "HN"}, _NO_WORD), "dalasi": ({"GMD": "GM"}, _NO_WORD),
    "lari": ({"GEL": "GE"}, r"lari|лари|לארי|لاري"),
    "gourde": ({"HTG": "HT"}, r"gourd|gurd"),
    "boliviano": ({"BOB": "BO"}, r"bolivian|боливиан"),
    # Russia's rouble, which shares its noun with Belarus's, and Ukraine's hryvnia, whose spellings vary: read
    # where the article names the country ("737,205 roubles", "12.400 millones de grivnas")
    "ruble": ({"RUB": "RU"}, r"rubl|roubl|rubel|rupl|рубл|рубел|روبل"),
    "hryvnia": ({"UAH": "UA"}, r"hryvn|grivn|hrivn|hrywn|grzywn|гривн|грывн"),
    # Kyrgyzstan's and Uzbekistan's som ("1,85 Billionen Som" in a story on Tashkent)
    "som": ({"KGS": "KG", "UZS": "UZ"}, r"som|сом|so'm|soʻm|сўм|сӯм|سوم"),
    # Kenya's, Tanzania's and Uganda's shillings ("shilingi bilioni 101", "1,1 billones de chelines")
    "shilling": ({"KES": "KE", "TZS": "TZ", "UGX": "UG", "SOS": "SO"},
                 r"shilling|shilin|chel[ií]n|xelim|xelin|schilling|scellin|szyling|šiling|шиллинг|شلن|شیلینگ|शिलिंग"
                 r"|先令|シリング|ሽልንግ"),
}
# The family's words of the scripts without spaces, glued to the number ("2.9亿克朗", "4万ペソ",
# "500亿卢比"): CLDR writes them inside one word with the country ("菲律宾比索")
GLUED: dict[str, str] = {"比索": "peso", "ペソ": "peso", "เปโซ": "peso", "페소": "peso", "卢比": "rupee", "盧比": "rupee",
                         "ルピー": "rupee", "รูปี": "rupee", "克朗": "crown", "クローネ": "crown", "クローナ": "crown",
                         "ウォン": "won", "先令": "shilling", "第纳尔": "dinar", "雷亚尔": "real",  # CLDR: "韓国ウォン", "巴西雷亚尔"
                         "フラン": "franc", "法郎": "franc",  # "379億フラン", "497亿瑞郎" has its country
                         # "2万克瓦查" is no 20,000 grams
                         "克瓦查": "kwacha", "クワチャ": "kwacha", "里亚尔": "riyal", "里亞爾": "riyal",
                         "索尔": "sol", "ソル": "sol"}  # "25.4索尔" in a story on Peru (CLDR: "秘鲁索尔")
# Words that name a country besides CLDR's name for it: cities that name it as often as its name does
# ("Dubai-based", "الرياض"), and its everyday names and adjectives
COUNTRY_CUES: dict[str, tuple[str, ...]] = {
    "AE": ("Dubai", "Dubaï", "Dubaj", "Abu Dhabi", "Abou Dhabi", "Дубай", "دبي", "دبی", "دبئی", "दुबई", "أبوظبي",
           "الإمارات", "الإماراتي", "UAE", "यूएई"),  # CLDR: "الإمارات العربية المتحدة", "United Arab Emirates"
    "SA": ("Riyadh", "Riad", "Riyad", "Jeddah", "Dschidda", "Эр-Рияд", "الرياض", "جدة", "ریاض", "रियाद",
           "السعودية", "السعودي",  # CLDR: "المملكة العربية السعودية"
           "عربستان",  # and Persian's (CLDR: "عربستان سعودی")
           # and the holy cities, which a story on the pilgrims names rather than the country
           "Mecca", "Makkah", "Mekka", "La Mecque", "Medina", "Madinah", "Médine", "مكة", "المدينة المنورة",
           "مکہ", "مدینہ", "मक्का", "मदीना"),
    "QA": ("Doha", "Доха", "الدوحة", "دوحه", "दोहा"),
    "MA": ("Casablanca", "Rabat", "الرباط", "الدار البيضاء"),
    "KE": ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "نيروبي", "内罗毕",
           "Quénia"),  # and Portugal's spelling (CLDR: "Quênia")
    "TZ": ("Dar es Salaam", "Dodoma", "Zanzibar", "Mwanza", "Arusha", "Mbeya", "Bukoba", "Kagera", "Tanga", "Morogoro"),
    "ZA": ("Johannesburg", "Cape Town", "Pretoria", "Durban", "Soweto", "Eskom", "Sasol", "Gauteng"),
    "NG": ("Lagos", "Abuja", "Kano", "Port Harcourt", "NNPC", "CBN", "Dangote", "لاغوس", "أبوجا"),
    "UG": ("Kampala", "Entebbe", "Jinja", "Gulu", "كمبالا"),
    # Somalia's press names its towns and calls itself "Soomaali" (CLDR: "Soomaaliya")
    "SO": ("Soomaali", "Mogadishu", "Muqdisho", "Hargeisa", "Hargeysa", "Berbera", "Boosaaso", "Bosaso", "Kismaayo",
           "Baydhabo", "Puntland", "Somaliland"),
    "EG": ("Cairo", "Kairo", "Caire", "El Cairo", "Káhira", "Kair", "Каир", "القاهرة", "قاهره", "Gizeh", "Giza",
           "الجيزة"),
    "SD": ("Khartoum", "Khartum", "Chartum", "Jartum", "Хартум", "الخرطوم", "Port Sudan", "بورتسودان"),
    "LB": ("Beirut", "Beyrouth", "Beirute", "Bejrut", "Бейрут", "بيروت"),
    "YE": ("Aden", "Sanaa", "Sana'a", "Sana’a", "عدن", "صنعاء"),
    "BO": ("La Paz", "Santa Cruz de la Sierra", "Cochabamba", "El Alto", "YPFB"),
    "HT": ("Port-au-Prince", "Pòtoprens", "Puerto Príncipe", "Porto Príncipe"),
    # the dinar's countries by their cities ("مركب صفاقس", "u Beogradu"), where a story names no country
    "TN": ("Tunis", "Sfax", "صفاقس", "Sousse", "سوسة", "التونسية", "التونسي"),
    "RS": ("Beograd", "Belgrade", "Belgrad", "Београд", "Novi Sad", "Нови Сад"), "MK": ("Skopje", "Скопје"),
    "IQ": ("Baghdad", "Bagdad", "بغداد", "Basra", "البصرة", "Erbil", "أربيل"),
    "RW": ("Kigali",), "ZM": ("Lusaka", "ZESCO"), "MW": ("Lilongwe", "Blantyre", "Mzuzu", "Zomba", "ADMARC"),
    # the press of Papua New Guinea, Lesotho and Botswana, which names its capital and institutions rather
    # than its country, as their letters for the kina, the loti and the pula are read by ("K10 million")
    "PG": ("Port Moresby", "PNG", "Bougainville"), "LS": ("Maseru", "Basotho"),
    "BW": ("Gaborone", "Debswana", "Batswana"),
    # South Korea as the press names it where CLDR says "Republic of Korea" ("Республика Корея"), and Seoul
    "KR": ("Seoul", "Séoul", "Seúl", "Сеул", "서울", "ソウル", "首尔", "首爾", "Южная Корея", "Южной Кореи",
           "Южной Корее", "한국", "韓国", "韩国"),
    "GT": ("Guatemala",), "HN": ("Tegucigalpa", "San Pedro Sula"), "GM": ("Banjul", "Gambia", "Gambie", "Gâmbia"),
    "GE": ("Tbilisi", "Tiflis", "Тбилиси"),
    "UZ": ("Tashkent", "Toshkent", "Taschkent", "Ташкент", "Тошкент", "Uzbek"),  # and "Uzbek households"
    "KG": ("Bishkek", "Bischkek", "Бишкек", "Kyrgyz"),
    "SY": ("Damascus", "Damaskus", "Damas", "Damasco", "Damaszek", "Дамаск", "دمشق"),
    # and the bodies a country's own press names where it never names its country ("el INDEC informó")
    "AR": ("Buenos Aires", "porteño", "porteños", "INDEC", "BCRA", "Casa Rosada", "AMBA", "ANSES", "bonaerense",
           "bonaerenses",
           # and the provinces whose names are nobody else's (not Córdoba, Santa Fe or Salta)
           "Mendoza", "Tucumán", "Misiones", "Corrientes", "Neuquén", "Jujuy", "Chubut", "Entre Ríos",
           "Santiago del Estero", "Mar del Plata", "Vaca Muerta"),
    "MX": ("Ciudad de México", "CDMX", "Monterrey", "Guadalajara", "Banxico", "INEGI", "Pemex"),
    "CL": ("La Moneda", "Valparaíso", "Antofagasta", "Codelco", "Banco Central de Chile"),
    "CO": ("Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "DANE", "Banrep", "Ecopetrol", "TRM",
           "Federación Nacional de Cafeteros"),
    "PK": ("Lahore", "Karachi", "Islamabad", "لاہور", "کراچی", "اسلام آباد", "لاهور", "كراتشي", "إسلام آباد"),
    "NP": ("Kathmandu", "Katmandu", "Katmandou", "काठमाडौं", "काठमांडू", "Nepali"),
    # and its own press's "Ceylon Petroleum Corporation" and "Lanka IOC", which name the island, not the country
    "LK": ("Colombo", "कोलंबो", "Ceylon", "Lanka"),
    "MU": ("Port Louis", "Port-Louis", "Moris"),  # and Mauritian Creole's name for Mauritius
    # the Philippines' press names Manila and its bodies more than its country ("P800 kada araw" in Metro Manila)
    "PH": ("Manila", "Maynila", "Cebu", "Sugbo", "Davao", "Quezon City", "LTFRB", "Bangko Sentral", "Pilipinas",
           "マニラ", "마닐라", "马尼拉", "馬尼拉",
           # and its islands, its provinces no other country names and the bodies its press names
           "Luzon", "Visayas", "Mindanao", "Bulacan", "Pampanga", "Pangasinan", "Batangas", "Cavite", "Mindoro",
           "Palawan", "Iloilo", "Leyte", "Ilocos", "Malacañang", "DPWH", "PAGASA", "NDRRMC", "PhilHealth",
           "Meralco"),
    "IN": ("কলকাতা", "পশ্চিমবঙ্গ", "মুম্বই", "মুম্বাই", "দিল্লি",  # Bengali's Kolkata, West Bengal, Mumbai, Delhi
           # and Urdu's: an Urdu paper in Delhi prices in India's rupees ("دہلی میں ٹماٹر 100 روپے فی کلو")
           "دہلی", "دلی", "ممبئی", "کولکاتا", "کلکتہ", "چنئی", "بنگلور", "لکھنؤ", "پٹنہ", "ہندوستان"),
    # and the names Greek and French give Britain besides CLDR's ("Ηνωμένο Βασίλειο", "Royaume-Uni")
    "GB": ("Βρετανία", "Αγγλία", "Λονδίνο", "Londres", "britannique", "Angleterre", "anglais", "anglaise"),
}
# Words the press writes that no CLDR name gives a family ("1,300 soums" in Tashkent)
PRESS_WORDS: dict[str, str] = {"soum": "som", "soums": "som", "sums": "som",  # "sept mille sums"
                               "soma": "som", "somu": "som",  # and in Turkish's cases ("385 bin soma")
                               # and Arabic's plural of the dinar ("10 دنانير للخبزة"), Albanian's of the denar
                               "دنانير": "dinar", "denarë": "dinar",
                               "shilin": "shilling"}  # Somali's (CLDR: "Shilingka Soomaaliya")
# The least amount a family's bare word is read after: "3 real improvements" in a story on Brazil
# is no sum of money; "1,2 milliarder real" is; nor "3 sol" (suns), where "14 soles" (the plural, which
# the sun's seldom takes after a number) is; nor are Spanish's plurals of the real and the won other words
# ("2.415 reales por saco", "300.000 wones por hogar")
LEAST_AMOUNT: dict[str, float] = {"real": 1e6, "sol": 1e3, "won": 1e4}
PLURALS_OF_ANY_AMOUNT = frozenset({"soles", "reales", "wones"})


@dataclass(frozen=True, slots=True)
class _Lexicon:
    bare: re.Pattern  # a family's word right after a number (and the word joining them)
    family_of: dict[str, str]  # bare word (casefolded) -> family
    cues: dict[str, tuple[tuple[str, str], ...]]  # family -> (what names one currency, its code), uncompiled


@lru_cache(maxsize=256)  # one per language an article is in: more than a few dozen
def _lexicon(lang: str) -> _Lexicon:
    locale = cldr_locale(lang)
    names = currency_forms(lang).names
    english = currency_forms("en").names  # loanwords: "150 juta kroner" in Indonesian
    english_places = cldr_locale("en").territories
    family_of: dict[str, str] = {}
    cues: dict[str, tuple[tuple[str, str], ...]] = {}
    for family, (codes, stem) in FAMILIES.items():
        starts = re.compile(stem, re.IGNORECASE)
        found = []
        for code, territory in codes.items():
            forms = set()
            for name in (n for n, c in names.items() if c == code):
                if " " in name or not starts.match(name):  # "krónur" alone names no one crown
                    forms.add(re.escape(name))
                words = re.split(r"[\s-]+", name)  # and German's compounds ("uganda-schilling")
                for word in filter(starts.match, words):  # and without Persian's ezafe ("روپیهٔ هند": "روپیه")
                    family_of.setdefault(word.casefold(), family)
                    family_of.setdefault(word.casefold().rstrip("\u0654"), family)
                # the adjective: "danish", "indonesische"; of several words before the noun, all of them
                # ("south african", not "south": "South Korea" names no rand); each word of a name whose
                # noun the family does not know ("இலங்கை ரூபாய்")
                adjective = [w for w in words if not starts.match(w)]
                groups = [adjective] if len(adjective) < len(words) else [[w] for w in adjective]
                forms.update(r"\s+".join(map(re.escape, g)) for g in groups if len("".join(g)) >= 4)
            for name in (n for n, c in english.items() if c == code):
                family_of.update((w.casefold(), family) for w in name.split()
                                 if starts.match(w) and w.casefold() not in family_of)
            # the country in the language and in English, which outlets use too ("peso Chile", not "Cile")
            places = {p for p in (locale.territories.get(territory), english_places.get(territory)) if p} \
                | set(COUNTRY_CUES.get(territory, ()))
            # a symbol is a word of its own ("p" for pence names no one's pound in "price"); a name
            # takes its cases' endings ("norwegischen Kronen")
            named = [r"(?i:\b(?:%s))" % "|".join(form + (_WORD_END if len(form) < 4 else "")
                                                 for form in sorted(forms, key=len, reverse=True))] if forms else []
            # an Arabic adjective takes the article and the particles before it ("الوكالة المغربية")
            named += [_ARABIC_BEFORE + form for form in forms if "\u0620" <= form[0] <= "\u064a"]
            named += [place_in_any_case(place) for place in sorted(places)]
            if named:
                found.append(("|".join(named), code))
        cues[family] = tuple(found)
    for word, family in PRESS_WORDS.items():
        family_of.setdefault(word, family)
    for word, family in list(family_of.items()):
        if names.get(word) is not None:  # read as one currency already ("kroner" in Danish)
            del family_of[word]
        elif family == "crown" and word[-1] in "aeiouyáóú" and len(word) > 4:
            family_of.setdefault(word[:-1], family)  # its stem, for the cases' endings ("krona": "kronu")
    joins = [re.escape(c) + (r"\s+" if c[-1].isalpha() else r"\s*") for c in words_for(locale.language, "currency_of")]
    between = "(?:%s)?" % "|".join(joins) if joins else ""
    words = "|".join(re.escape(w) for w in sorted(family_of, key=len, reverse=True))
    glued = r"\s*(?P<glued>%s)" % "|".join(re.escape(w) for w in sorted(GLUED, key=len, reverse=True))
    spaced = r"\s+(?P<join>%s)(?P<word>%s)(?P<ending>[^\W\d_]{0,3})\b|" % (between, words) if words else ""
    return _Lexicon(re.compile(spaced + glued, re.IGNORECASE), family_of, cues)


@lru_cache(maxsize=1024)
def _cues(lang: str, family: str) -> tuple[tuple[re.Pattern, str], ...]:
    """What names each currency of ``family`` in ``lang`` (its names, adjectives, country), compiled on
    first use: an article meets few families, and a language's patterns of them all cost a tenth of
    a second to compile."""
    return tuple((re.compile(pattern), code) for pattern, code in _lexicon(lang).cues.get(family, ()))


def place_in_any_case(place: str) -> str:
    """A pattern of a proper noun in the cases a language gives it: "Schwedens", "Danmarks" (a
    genitive s), "Norjan", "Norvegijos", "Norvēģijas", "Svédországban" (an ending for the last
    vowel, or after the last consonant). A name of four letters or fewer takes the genitive s only:
    "Peru" is no "Person". A name in a script without spaces is itself ("丹麦")."""
    if is_unspaced(place[0]):  # "丹麦罚款": a script without spaces has no word's end to find
        return re.escape(place)
    if "\u0620" <= place[0] <= "\u064a":
        # Arabic joins "and", "in", "for" before a name ("بالرياض", "للرياض"), and no ending after it
        # ("الرياضة" is sport)
        body = "ا?" + re.escape(place[1:]) if place.startswith("ال") else re.escape(place)
        return r"(?<![^\W\d_])[وفبلك]{0,2}" + body + _WORD_END
    if "\u05d0" <= place[0] <= "\u05ea":  # and Hebrew its "in", "from", "to", "and", "the" ("בגאורגיה")
        return rf"(?<![^\W\d_])[{HEBREW_PREFIXES}]{{0,2}}" + re.escape(place) + _WORD_END
    if len(place) < 5:
        return r"\b%ss?%s" % (re.escape(place), _WORD_END)
    if place[-1].lower() in "aeiouyäöüáéíóúæøåąęěėįųūāēīōāîâăəıаеиоуяэыюєії":
        return r"\b%s%s{1,4}%s" % (re.escape(place[:-1]), LETTER, _WORD_END)
    return r"\b%s%s{0,3}%s" % (re.escape(place), LETTER, _WORD_END)


_WORD_END = rf"(?!{LETTER})"  # no letter follows, a vowel sign neither ("श्रीलंका")
_ARABIC_BEFORE = r"(?<![^\W\d_])[وفبلك]{0,2}ال"  # "and", "in", "for" and "the" joined before a word


def shared_word(text: str, lang: str, at: int, hi: int) -> tuple[int, int, str] | None:
    """(start, end, family) of a shared currency word (with the word joining it: "de couronnes")
    right after ``at`` (the end of a number), before ``hi``; None when there is none."""
    lex = _lexicon(lang)
    m = lex.bare.match(text, at, hi)
    if m is None:
        return None
    if m.group("glued"):
        return m.start("glued"), m.end(), GLUED[m.group("glued")]
    family = case_blind_get(lex.family_of, m.group("word").casefold())
    if family is None:  # pragma: no cover (the pattern is made of the words)
        return None
    # the crowns', the dinars' and the riyals' words take their cases' endings ("kruunua", "kronų",
    # "korunách", "dinárral", "riyale"), and Arabic's words its accusative's alef ("38 درهماً", "500 جنيها");
    # "real" and "sol" with an ending are other words ("really", "sold"), but for the sol's plural ("14
    # soles por kilo", ``PLURALS_OF_ANY_AMOUNT``)
    if m.group("ending") and family not in ("crown", "dinar", "riyal") and m.group("ending") != "ا" \
            and (m.group("word") + m.group("ending")).casefold() not in PLURALS_OF_ANY_AMOUNT:
        return None
    return m.start("join"), m.end(), family


def one_family(a: str | None, b: str | None) -> bool:
    """Whether two currencies are named by one word of a family whose country a page's language does
    not tell ("rupees", "টাকা", "shillings": India's or Pakistan's, Bangladesh's or West Bengal's, Kenya's
    or Tanzania's; a bare "元": the renminbi, or Hong Kong's, Taiwan's or Macau's dollar). Not the crowns:
    "kroner", "kronor" and "krónur" say whose."""
    return {a, b} <= _YUAN or any(a in codes and b in codes for family, (codes, _) in FAMILIES.items()
                                  if family != "crown")


_YUAN = frozenset({"CNY", "HKD", "TWD", "MOP"})


def currencies_named(text: str, lang: str, family: str) -> set[str]:
    """The currencies of ``family`` that ``text`` (the whole article) names."""
    named = {code for pattern, code in _cues(lang, family) if pattern.search(text)}
    if family == "franc" and not named and swiss_style(text):
        return {"CHF"}
    return named


@lru_cache(maxsize=256)  # one page, read a statement at a time
def most_named_currency(text: str, lang: str, family: str) -> str | None:
    """The currency of ``family`` whose country ``text`` (the whole article) keeps naming (``most_named``)."""
    return most_named((times, code) for code, times in times_named(text, lang, family).items())


def times_named(text: str, lang: str, family: str) -> Counter[str]:
    """How often ``text`` (the whole article) names each currency of ``family`` (its country, its name)."""
    times: Counter[str] = Counter()
    for pattern, code in _cues(lang, family):
        times[code] += len(pattern.findall(text))
    return times


def most_named(times: Iterable[tuple[int, str]]) -> str | None:
    """Of (how often an article names it, what), the one it names at least twice, and twice as often as
    any other: its own country, where the others are named for comparison (a wire on Pakistan's fuel
    prices names India once; an Australian paper on Bali's flights names the Australians stranded,
    Virgin Australia and a Perth traveller)."""
    ranked = sorted(times, reverse=True)
    if not ranked or ranked[0][0] < 2:
        return None
    return ranked[0][1] if len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0] else None


def named_currency(text: str, lang: str, family: str) -> str | None:
    """The currency of ``family`` that ``text`` (the whole article) names: the one it names, or of
    several the one it keeps naming (``most_named``); None when it names none, or several as often."""
    named = currencies_named(text, lang, family)
    if len(named) == 1:
        return named.pop()
    return most_named_currency(text, lang, family) if named else None


def country_after(text: str, lang: str, family: str, code: str, at: int, hi: int) -> int:
    """The end of the country (or its adjective) right after a bare word ending at ``at``, as in
    "1 juta peso Chile", or ``at`` when none follows."""
    m = re.compile(r"\s+").match(text, at, hi)
    if m is None:
        return at
    for pattern, named in _cues(lang, family):
        if named == code and (found := pattern.match(text, m.end(), hi)) is not None:
            return found.end()
    return at
