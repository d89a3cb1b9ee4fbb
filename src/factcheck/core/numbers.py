"""Locale-aware number parsing: separators and scale words from the Unicode CLDR (through Babel).

* ``parse_number("15,45", "da") == 15.45``; ``parse_number("1.000", "da") == 1000``;
  ``parse_number("1,000.5", "en") == 1000.5``; French groups with (narrow) no-break spaces.
* A string that is not valid in the language's own convention but is valid in the other
  ``.``/``,`` convention is read that way (Danish "15.45" is 15.45, never 1545): translated and
  machine-written articles mix conventions, and a wrong thousand-fold value is the worst outcome.
* ``scale_words("da")["millioner"] == 10**6`` and ``scale_words("da")["billioner"] == 10**12``:
  scale words come from CLDR's compact decimal formats (long and short), never from an English
  table. ``EXTRA_SCALE_WORDS`` lists the few forms CLDR lacks.

Everything that touches Babel is computed once per language and cached; unknown language codes
("und", "xx", "") fall back to English, they never raise.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale

from factcheck.core.scripts import LANGUAGES, is_unspaced

#: Space characters accepted as a group separator when the language groups with a space.
SPACES = " \u00a0\u202f"
MINUS = "-\u2212"


def by_word(forms: dict[int, str]) -> dict[str, int]:
    """Numbers' words by value, each a string of its forms ("dwa dwie dwóch"), as word -> value."""
    return {word: value for value, words in forms.items() for word in words.split()}


#: Scale words CLDR does not have but newspapers use ("$3bn", "£15.45m"). Keyed by CLDR language.
#: Single-character forms (like CLDR's own "M", "K") are only trusted after a currency symbol:
#: see ``quantities``.
# Where CLDR's compact formats give a scale word the wrong size: Nepali's "करोड" is a crore, ten
# million, as in Hindi (CLDR writes a million "0 करोड" and ten million "00 करोड")
CORRECTED_SCALE_WORDS: dict[str, dict[str, int]] = {"ne": {"करोड": 10**7}}
EXTRA_SCALE_WORDS: dict[str, dict[str, int]] = {
    # Nepal's spelling of the arab and kharab beside CLDR's "अरब", and its hundreds, a group of their own
    # in a number written in words and digits ("३५ हजार ८ सय ६०": 35,860)
    "ne": {"अर्ब": 10**9, "खर्ब": 10**11, "सय": 100},
    # the thousand inside a group of ten thousands, as Korean's "천" is: "8万7千户" is 87,000 households,
    # "1亿2千万元" 120 million yuan (CLDR's compact forms start at "万")
    "zh": {"千": 10**3}, "ja": {"千": 10**3},
    "am": {"ሺህ": 10**3, "ሺሕ": 10**3, "ሺ": 10**3},  # Amharic's thousand as the press writes it ("40 ሺህ ዩሮ", "11 ሺሕ")
    # Hungarian's thousand in the cases a count takes ("elérte a 620 ezret", "28 ezren írták alá")
    "hu": {"ezret": 10**3, "ezren": 10**3, "ezerrel": 10**3, "ezerre": 10**3, "ezernyi": 10**3,
           "ezres": 10**3},
    # Mongolian's thousand before what it counts ("105 мянган төгрөг", "980 мянган тонн"; CLDR: "мянга")
    "mn": {"мянган": 10**3},
    # Swahili puts its scale words before the number ("shilingi trilioni 1.1"), but after a sign
    # too ("Sh11.5 trilioni")
    "sw": {"milioni": 10**6, "bilioni": 10**9, "trilioni": 10**12},
    "en": {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "tn": 10**12, "trn": 10**12},
    # the older spelling of the billion several Vietnamese papers keep beside CLDR's "tỷ" ("7.850 tỉ đồng"),
    # and the South's thousand ("20 ngàn tấn")
    "vi": {"tỉ": 10**9, "ngàn": 10**3},
    # the myriad and the lakh Khmer and Lao count in, which CLDR leaves out ("៤៨ ម៉ឺននាក់", "50 ໝື່ນ ໂຕນ")
    "km": {"ម៉ឺន": 10**4, "សែន": 10**5},
    "lo": {"ໝື່ນ": 10**4, "ຫມື່ນ": 10**4},
    # spellings Indonesian outlets still write beside CLDR's "miliar"/"triliun" ("Rp 2 milyar")
    "id": {"milyar": 10**9, "milyard": 10**9, "miliard": 10**9, "trilyun": 10**12},
    # abbreviations CLDR lacks ("€2,2 mrd", "23,8 mdr kronor"); the full stop may be left out
    "nl": {"mrd.": 10**9},
    # and the genitive a sum takes after "ύψους" ("ύψους τριών εκατομμυρίων ευρώ")
    "el": {"εκατ.": 10**6, "δισ.": 10**9, "εκατομμύρια": 10**6, "δισεκατομμύρια": 10**9, "εκατομμυρίων": 10**6,
           "δισεκατομμυρίων": 10**9},
    "sv": {"mdr.": 10**9, "milj.": 10**6},
    "st": {"bilione": 10**9, "dibilione": 10**9, "milione": 10**6, "dimilione": 10**6},  # "R8.2 bilione"
    "ky": {"млрд": 10**9, "млрд.": 10**9},  # Kyrgyz outlets write Russian's abbreviation ("12,4 млрд сом"; CLDR: "млд")
    "da": {"tusinde": 10**3},  # the plural beside CLDR's "tusind" ("tre tusinde ansatte")
    # Tagalog joins a scale word to its noun with "-ng" ("2.96 milyong ektarya", "3 libong bumbero")
    "fil": {"libong": 10**3, "milyong": 10**6, "bilyong": 10**9, "trilyong": 10**12},
    # Cebuano's bare ones, and those it takes from Spanish ("6.3 milyon ka pasahero", "P2.8 milyones")
    "ceb": {"libo": 10**3, "milyon": 10**6, "bilyon": 10**9, "milyones": 10**6},
    # Finnish inflects its scale words with the sum ("3,3 miljardilla eurolla", "900 miljoonan kruunun")
    "fi": {"miljoonan": 10**6, "miljoonalla": 10**6, "miljoonaan": 10**6, "miljoonasta": 10**6,
           "miljardin": 10**9, "miljardilla": 10**9, "miljardiin": 10**9, "miljardista": 10**9,
           "tuhannen": 10**3, "tuhannella": 10**3},
    # the accusative and dative Latvian and Lithuanian sums take ("2,5 miljonus eiro", "2 milijonus eurų")
    "lv": {"miljonus": 10**6, "miljoniem": 10**6, "miljardus": 10**9, "miljardiem": 10**9, "tūkstošus": 10**3,
           "triljonus": 10**12, "triljoniem": 10**12},
    # the Bengali press's millions, and its lakh spelled as spoken
    "bn": {"মিলিয়ন": 10**6, "বিলিয়ন": 10**9, "লক্ষ": 10**5},
    # and the Urdu and Hindi press's, of foreign sums ("4.3 ملین ڈالر", "5.2 मिलियन डॉलर")
    "ur": {"ملین": 10**6, "بلین": 10**9},
    # Sindhi's and Pashto's lakhs, crores and arabs ("37 لک گهريلو صارفن", "۳۱۲ ارب روپیو")
    "sd": {"لک": 10**5, "لکھ": 10**5, "ڪروڙ": 10**7, "ارب": 10**9, "هزار": 10**3},
    "ps": {"لک": 10**5, "لکه": 10**5, "کروړ": 10**7, "ارب": 10**9, "زره": 10**3},
    "ht": {"milya": 10**9, "milyon": 10**6, "mil": 10**3},  # Haitian Creole ("28,4 milya goud", "870 mil moun")
    "yo": {"bílíọ̀nù": 10**9, "mílíọ̀nù": 10**6, "tírílíọ̀nù": 10**12},  # Yoruba as its press accents them
    # Nigerian Pidgin, which writes English's ("N2 trillion")
    "pcm": {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "m": 10**6, "bn": 10**9},
    # Uzbek in the Cyrillic script ("1 850 миллиард сўм")
    "uz": {"миллиард": 10**9, "миллион": 10**6, "минг": 10**3, "триллион": 10**12, "трлн": 10**12, "млрд": 10**9,
           "млн": 10**6},
    # (and its thousand and crore as often written without the dot CLDR gives them: "हजार", "करोड")
    "hi": {"मिलियन": 10**6, "बिलियन": 10**9, "हजार": 10**3, "करोड": 10**7},
    # and South India's crores and lakhs, which CLDR counts in millions ("ரூ.480 கோடி", "రూ.176.5 కోట్లు")
    # (Tamil's also as formally spelled, and joined to the group after it: "20 இலட்சத்து 3,418",
    # "2 கோடியே 50 லட்சம்")
    # and the lakh in the cases a sentence puts it in ("21.65 லட்சமாக", "4.8 லட்சத்தைத்")
    "ta": {"கோடி": 10**7, "கோடியே": 10**7, "லட்சம்": 10**5, "இலட்சம்": 10**5, "லட்சத்து": 10**5, "இலட்சத்து": 10**5,
           "ஆயிரத்து": 10**3}
    | {lakh + ending: 10**5 for lakh in ("லட்ச", "இலட்ச") for ending in ("மாக", "மாகக்", "மும்", "த்தை", "த்தைத்",
                                                                         "த்தைக்", "த்துக்கு")},
    # Maori's ("3.45 miriona", "1.04 piriona") and Malagasy's ("68 miliara", "12 tapitrisa")
    "mi": {"miriona": 10**6, "piriona": 10**9},
    "mg": {"miliara": 10**9, "lavitrisa": 10**9, "tapitrisa": 10**6},
    # Punjabi as Pakistan writes it, in the Urdu script ("1 کروڑ 1 لکھ 80 ہزار گانٹھاں")
    "pa": {"کروڑ": 10**7, "لکھ": 10**5, "لاکھ": 10**5, "ہزار": 10**3, "ارب": 10**9},
    # and the oblique forms before the noun counted ("46.12 లక్షల వాహనాలు", "176 కోట్ల రూపాయలు")
    "te": {"కోట్లు": 10**7, "కోటి": 10**7, "లక్షలు": 10**5, "లక్ష": 10**5, "లక్షల": 10**5, "కోట్ల": 10**7},
    "kn": {"ಕೋಟಿ": 10**7, "ಲಕ್ಷ": 10**5}, "ml": {"കോടി": 10**7, "ലക്ഷം": 10**5},
    # Arabic's thousand as the object of a verb ("صدرت 74 ألفا"), and the plurals of its millions
    # Kurdish as Iraq's Sorani press writes it, in the Arabic script ("١١.٢ ملیار دۆلار", "١٥ هەزار دینار")
    "ku": {"ملیار": 10**9, "ملیۆن": 10**6, "هەزار": 10**3},
    "ar": {"ألفا": 10**3, "ألفاً": 10**3, "مليونا": 10**6, "مليوناً": 10**6, "مليارات": 10**9, "ملياري": 10**9,
           "تريليون": 10**12, "تريليونات": 10**12},
    # Icelandic in its cases ("871 milljarði", "21.480 milljarða", "3,8 milljónum", "10,8 billjónum")
    "is": {"milljarða": 10**9, "milljörðum": 10**9, "milljarði": 10**9, "milljarð": 10**9, "milljóna": 10**6,
           "milljónum": 10**6, "milljóninni": 10**6, "billjóna": 10**12, "billjónum": 10**12},
    # Georgian's scale words before their noun drop their ending ("4.12 მილიარდ დოლარს", "64 ათას ნომერს")
    "ka": {"მილიარდ": 10**9, "მილიონ": 10**6, "ათას": 10**3, "მლნ": 10**6, "მლრდ": 10**9},
    "lt": {"milijonus": 10**6, "milijonais": 10**6, "milijardus": 10**9, "milijardais": 10**9, "trilijonus": 10**12},
    # and Estonian ("60 miljonile eurole", "1,1 miljoni tonni", "2 miljardi euro")
    "et": {"miljoni": 10**6, "miljonile": 10**6, "miljonilt": 10**6, "miljonini": 10**6, "miljardi": 10**9,
           "miljardile": 10**9, "miljardilt": 10**9, "miljardini": 10**9},
    # Turkish scale words with their case endings ("150 bini bulduğunu", "2 milyonu aştı", "3 milyara");
    # not "binde", which before a number is per mille ("binde 5")
    "tr": {"bini": 10**3, "binin": 10**3, "bine": 10**3, "binden": 10**3, "milyonu": 10**6, "milyonun": 10**6,
           "milyona": 10**6, "milyonda": 10**6, "milyondan": 10**6, "milyarı": 10**9, "milyarın": 10**9,
           "milyara": 10**9, "milyarda": 10**9, "milyardan": 10**9},
    # Albanian plurals ("15 milionë euro", "1,5 miliardë lekë"); CLDR has the singular only
    "sq": {"milionë": 10**6, "miliardë": 10**9},
    # the Slavic cases a sum takes after a preposition or a verb, where CLDR has those of counting
    # ("prispela 2,4 miliónmi eur", "s milionem korun", "z 2,4 milionami złotych", "s 2,4 milijunima eura",
    # "с 2,4 миллионами рублей"): dative, instrumental and locative, singular and plural
    "sk": by_word({10**6: "miliónu miliónom milióne miliónmi miliónoch",
                  10**9: "miliardu miliarde miliardou miliardám miliardami miliardách",
                  10**3: "tisícom tisícmi tisícoch"}),
    "cs": by_word({10**6: "milionem milionům milionech", 10**9: "miliardu miliardě miliardou miliardám miliardami miliardách",
                  10**3: "tisíci tisícům tisících"}),
    "pl": by_word({10**6: "milionowi milionem milionie milionom milionami milionach",
                  10**9: "miliardowi miliardem miliardzie miliardom miliardami miliardach",
                  10**3: "tysiącem tysiącom tysiącami tysiącach"}),
    "hr": by_word({10**6: "milijunu milijunom milijunima", 10**9: "milijardu milijardom milijardama mlrd. mlrd",
                  10**3: "tisuću tisućom tisućama"}),
    "sr": by_word({10**6: "milionu milionom milionima милиону милионом милионима",
                  10**9: "milijardu milijardom milijardama милијарду милијардом милијардама",
                  10**3: "hiljadu hiljadom hiljadama хиљаду хиљадом хиљадама"}),
    "bs": by_word({10**6: "milionu milionom milionima", 10**9: "milijardu milijardom milijardama",
                  10**3: "hiljadu hiljadom hiljadama"}),
    "sl": by_word({10**6: "milijonu milijonom milijonih milijonoma", 10**9: "milijardo milijardi milijardami milijardah milijardam"}),
    "ru": by_word({10**6: "миллиону миллионом миллионе миллионам миллионами миллионах",
                  10**9: "миллиарду миллиардом миллиарде миллиардам миллиардами миллиардах",
                  10**3: "тысячу тысячей тысячам тысячами тысячах"}),
    "uk": by_word({10**6: "мільйону мільйоном мільйоні мільйонам мільйонами мільйонах",
                  10**9: "мільярду мільярдом мільярді мільярдам мільярдами мільярдах",
                  10**3: "тисячу тисячею тисячам тисячами тисячах"}),
}
EXTRA_SCALE_WORDS["ckb"] = EXTRA_SCALE_WORDS["ku"]  # Sorani Kurdish under its own code
# the press of Britain's, Ireland's and Malta's own languages abbreviates as English does ("£14.6m y flwyddyn")
for _language in ("cy", "ga", "gd", "kw", "gv", "mt"):
    EXTRA_SCALE_WORDS[_language] = EXTRA_SCALE_WORDS.get(_language, {}) | EXTRA_SCALE_WORDS["en"]

#: Regional variants whose scale words a language's articles use too: European Portuguese "mil
#: milhões" (10^9) beside Brazilian "bilhões"; Indian English "lakh", "crore", "lakh crore".
#: Serbian in the Latin script ("1,6 miliona") beside CLDR's Cyrillic ("1,6 милиона").
#: Where a word means different things, the language's own meaning wins.
VARIANTS: dict[str, tuple[str, ...]] = {"pt": ("pt_PT",), "en": ("en_IN",), "sr": ("sr_Latn",),
                                        "zh": ("zh_Hant",),  # Taiwan's and Hong Kong's "萬", "億", "公尺"
                                        # Uzbek in the Cyrillic script; Tajik's press, which writes its units and
                                        # scale words as Russian does ("1 800 мегаватт", "165 метр")
                                        "uz": ("uz_Cyrl",), "tg": ("ru",)}


#: ISO 639-3 codes CLDR names otherwise: Dari is CLDR's Persian of Afghanistan
_OTHER_CODES = {"prs": "fa_AF"}


@lru_cache(maxsize=256)
def cldr_locale(lang: str | None) -> Locale:
    """The Babel locale for an ISO code such as "da", "pt-BR" or "nb_NO"; English when unknown."""
    try:
        code = (lang or "").strip().replace("-", "_")
        code = _OTHER_CODES.get(code, code)
        if not code or code.lower() in {"und", "mul", "zxx", "mis"}:
            return Locale("en")
        locale = Locale.parse(code)
        locale.number_symbols["latn"]  # noqa: B018 (a locale without Latin digits data is useless here)
        return locale
    except Exception:  # noqa: BLE001 (any odd code must fall back, never raise)
        return Locale("en")


def language_of(lang: str | None) -> str:
    """The CLDR language subtag ("da" for "da-DK", "en" for "und" or "xx")."""
    return cldr_locale(lang).language


@lru_cache(maxsize=256)
def separators(lang: str | None) -> tuple[str, str]:
    """(decimal, group) separators for ``lang`` from CLDR: ``(",", ".")`` for Danish."""
    symbols = cldr_locale(lang).number_symbols["latn"]
    decimal, group = symbols.get("decimal", "."), symbols.get("group", ",")
    if decimal not in ".,":  # e.g. the Arabic decimal separator: we only read Latin digits
        decimal = "."
    return decimal, group


# South Africa's press groups thousands with a space in all its languages ("engu-45 000", "ka 171 000"),
# where CLDR gives Zulu, Sesotho, Setswana and Sepedi a comma; and Azerbaijan's ("9 350 ton"), where it
# gives a full stop; and Cambodia's ("៧ ០០០ រៀល")
_SPACE_GROUPED = frozenset({"zu", "st", "tn", "nso", "az", "km"})


def groups_with_space(lang: str | None) -> bool:
    """True when the language writes thousands as "1 000" (French, Norwegian, Swedish...), or a
    regional variant its articles use does (European Portuguese "4 200" beside Brazilian "4.200")."""
    code = cldr_locale(lang).language
    return code in _SPACE_GROUPED or any(separators(v)[1] in SPACES or separators(v)[1].isspace()
                                         for v in (lang, *VARIANTS.get(code, ())))


# Swiss outlets group thousands with an apostrophe ("61'400 Tonnen", "Fr. 1’250.–") in German,
# French and Italian alike; CLDR says so for de-CH, fr-CH and it-CH only, and articles come tagged "de"
_APOSTROPHE_GROUP = re.compile(r"(?<=\d)['’](?=\d{3}(?!\d))")


def swiss_style(text: str) -> bool:
    """Whether ``text`` groups thousands with an apostrophe, as only Swiss outlets do."""
    return _APOSTROPHE_GROUP.search(text) is not None


def apostrophe_groups(text: str, lang: str | None, lo: int = 0, hi: int | None = None) -> str:
    """``text`` with the apostrophes that group thousands in ``text[lo:hi]`` written as the language
    groups them (one character for one: offsets stay true), so that "61'400" reads as 61400."""
    hi = len(text) if hi is None else hi
    group = separators(lang)[1]
    if len(group) != 1 or _APOSTROPHE_GROUP.search(text, lo, hi) is None:
        return text
    return text[:lo] + _APOSTROPHE_GROUP.sub(group, text[lo:hi]) + text[hi:]


# Mexico's and Central America's press write a decimal point and group thousands with a comma, as
# English does ("4,712 millones de dólares", "una caída anual de 6.4%"), where CLDR's Spanish has them
# the other way round: a page that writes a decimal point and never a decimal comma is read so
# (not a time of day: "a las 8.15 horas")
_DECIMAL_POINT = re.compile(r"(?<![\d.,:])(?<!las )\d+\.\d{1,2}(?![\d.,])(?!\s*(?:h|hs|hrs|horas)\b)")
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])")
_SEPARATED = re.compile(r"\d[\d.,]*\d")
_DAY_MONTH_YEAR = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
_POINT_AND_COMMA = str.maketrans({",": ".", ".": ","})
_POINT_PRESSES = frozenset({"es"})


@lru_cache(maxsize=64)  # one page, read a statement at a time
def _decimal_point_page(text: str) -> bool:
    return _DECIMAL_COMMA.search(text) is None and _DECIMAL_POINT.search(text) is not None


@lru_cache(maxsize=64)
def _decimal_comma_page(text: str) -> bool:
    return _DECIMAL_POINT.search(text) is None and _DECIMAL_COMMA.search(text) is not None


# a comma before three zeros, or before two groups of three, is a thousands group in any convention
# ("420,000 ku munsi", "1,250,000"): no outlet writes a decimal so; a page in a language of decimal
# commas that writes such groups, and neither a decimal comma nor a group after a full stop, writes as
# English does ("3,770 Frw" is 3,770 francs)
_COMMA_GROUPS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,000|,\d{3},\d{3})(?![\d.,])")
_POINT_GROUP = re.compile(r"(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?!\d)")


@lru_cache(maxsize=64)
def _comma_groups_page(text: str) -> bool:
    return _DECIMAL_COMMA.search(text) is None and _POINT_GROUP.search(text) is None \
        and _COMMA_GROUPS.search(text) is not None


def decimal_points(text: str, lang: str | None, lo: int = 0, hi: int | None = None) -> str:
    """``text``, where the page (all of ``text``) writes its decimals otherwise than its language's
    CLDR data says, with the points and commas of the numbers in ``text[lo:hi]`` swapped (one
    character for one: offsets stay true): a decimal point as Mexico's press does, so that the
    Spanish reader takes "4,712" as 4712 and "6.4" as 6.4; a decimal comma where CLDR gives a point,
    as Curaçao's Papiamento press ("156.115 habitante", "8,4%") and Paraguay's Guarani press write,
    so that "156.115" is 156115; commas that group thousands where CLDR gives a decimal comma
    (``_comma_groups_page``)."""
    decimal = separators(lang)[0]
    swapped = _decimal_point_page(text) if cldr_locale(lang).language in _POINT_PRESSES \
        else decimal == "." and _decimal_comma_page(text) or decimal == "," and _comma_groups_page(text)
    if not swapped:
        return text
    hi = len(text) if hi is None else hi
    return text[:lo] + _SEPARATED.sub(lambda m: m.group() if _DAY_MONTH_YEAR.fullmatch(m.group())
                                      else m.group().translate(_POINT_AND_COMMA), text[lo:hi]) + text[hi:]


#: Languages whose press groups thousands with a full stop ("11.480 nxënës", "1.200 osób", "1.150 veciños") though CLDR
#: groups them with a space: there a number of whole groups of three after a first digit not 0 is
#: whole ("0.625" stays a decimal). Babel reads such a number as a decimal. French outlets write it too
#: (Belgian papers, wire copy: "plus de 14.800 kilomètres de fibre"), where a decimal takes a comma;
#: Nordic and Finnish outlets do not, so they are not listed. Cambodia's press writes the French way
#: ("៩១៨.០០០ នាក់", 918,000 people) where CLDR gives Khmer a decimal point.
DOTTED_GROUPS = frozenset({"sq", "pl", "cs", "sk", "hu", "lt", "lv", "et", "bg", "ru", "uk", "mk", "gl", "fr", "km"})
DOTTED = re.compile(rf"[{MINUS}]?[1-9][0-9]{{0,2}}(?:\.[0-9]{{3}})+(?:,[0-9]*)?")


#: India's crore and lakh, in every language: the world's press borrows them writing of India ("72.6 crore
#: rupee" in Malay, "Rs 500 crores" in English)
BORROWED_SCALE_WORDS = {"crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5}

#: Indian grouping, in lakhs and crores ("1,09,999", "4,13,540", "12,34,56,789"), in Indian outlets in
#: English, Hindi, Bengali or Urdu alike; no other convention has groups of two digits
INDIAN_GROUPS = re.compile(rf"[{MINUS}]?[1-9][0-9]?(?:,[0-9]{{2}})+,[0-9]{{3}}(?:\.[0-9]*)?")


def _convention_regex(decimal: str, groups: str) -> re.Pattern[str]:
    g, d = f"[{re.escape(groups)}]", re.escape(decimal)
    integer = rf"(?:[0-9]{{1,3}}(?:{g}[0-9]{{3}})+|[0-9]+)"
    return re.compile(rf"[{MINUS}]?(?:{integer}(?:{d}[0-9]*)?|{d}[0-9]+)")


@lru_cache(maxsize=256)
def _conventions(lang: str | None) -> tuple[tuple[re.Pattern[str], dict[int, str | None]], ...]:
    """The language's own convention first, then the tolerant other ``.``/``,`` convention.

    Each is (validating regex, translation to Python's notation).
    """
    decimal, group = separators(lang)
    own_groups = (SPACES + (group if group not in SPACES else "")) if groups_with_space(lang) else group
    other = "." if decimal == "," else ","
    conventions = []
    for dec, groups in ((decimal, own_groups), (other, decimal)):
        table: dict[int, str | None] = {ord(c): None for c in groups}
        table.update({ord(dec): ".", ord("\u2212"): "-"})
        conventions.append((_convention_regex(dec, groups), table))
    if "." not in own_groups and cldr_locale(lang).language in DOTTED_GROUPS:
        # after the language's own decimal comma; before its own decimal point (Khmer's)
        conventions.insert(1 if decimal == "," else 0, (DOTTED, {ord("."): None, ord(","): ".", ord("\u2212"): "-"}))
    if decimal == "." and group == ",":
        conventions.append((INDIAN_GROUPS, {ord(","): None, ord("\u2212"): "-"}))
    if not groups_with_space(lang):
        # last, thousands grouped with a space where the language's own convention does not ("más de
        # 47 000 casos" in Cuba's press, "mindestens 800 000 Euro" in Austria's): no other reading of
        # "735 000" is a number
        table = {ord(c): None for c in SPACES}
        table.update({ord(decimal): ".", ord("\u2212"): "-"})
        conventions.append((_convention_regex(decimal, SPACES), table))
    return tuple(conventions)


def _read(text: str, lang: str | None) -> Decimal | None:
    for regex, table in _conventions(lang):
        if regex.fullmatch(text):
            try:
                return Decimal(text.translate(table))
            except InvalidOperation:  # pragma: no cover (the regex only lets valid numbers through)
                return None
    return None


def parse_decimal(text: str, lang: str | None) -> Decimal | None:
    """``text`` (a whole number string, optional sign) as a Decimal in ``lang``; None if it is not one."""
    return _read(text.strip(), lang)


def parse_number(text: str, lang: str | None) -> float | None:
    """``text`` as a float in ``lang`` ("15,45" in da -> 15.45); None if it is not a number."""
    value = parse_decimal(text, lang)
    return None if value is None else float(value)


_SEPARATOR = re.compile(rf"[.,{SPACES}]")


_NUMERAL = re.compile(r"[0-9][0-9.,\u00a0\u202f ]*")


def numeral_in(text: str, start: int, end: int, lang: str | None) -> Decimal | None:
    """The number written in digits in ``text[start:end]`` (a figure's span), without its scale
    word or currency: "1.8" of "$1.8 billion", 322 of "Rp322 miliar"; None when there is none."""
    m = _NUMERAL.search(text, start, end)
    parsed = parse_number_prefix(m.group().rstrip(" .,\u00a0\u202f"), lang) if m else None
    return None if parsed is None else parsed[0]


def written_with_letters(text: str, start: int, end: int) -> bool:
    """Whether a figure's span holds a letter: a scale word ("50 ribu", "9.600 millones") or words."""
    return any(ch.isalpha() for ch in text[start:end])


@lru_cache(maxsize=8192)
def parse_number_prefix(token: str, lang: str | None) -> tuple[Decimal, int] | None:
    """The longest leading part of ``token`` that is a number in ``lang``: (value, its length).

    For a scanned run such as "2019 200" (French) this gives (2019, 4): the rest is another number.
    """
    cuts = [m.start() for m in _SEPARATOR.finditer(token)]
    for cut in [len(token), *reversed(cuts)]:
        value = _read(token[:cut], lang)
        if value is not None:
            return value, cut
    return None


_DIRECTION_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")  # Hebrew's "\u200f0 אלף": no text


def _unquote(pattern_part: str) -> str:
    """CLDR pattern literal text without its quoting ("mio'.'" -> "mio.") and direction marks."""
    return re.sub(r"'([^']*)'", lambda m: m.group(1) or "'", pattern_part.translate(_DIRECTION_MARKS))


@lru_cache(maxsize=LANGUAGES)
def singular_scale_words(lang: str | None) -> dict[str, int]:
    """Scale word -> multiplier, in the form CLDR gives for one of it ("milion", "miliarda"; not
    "miliony", "milionów"): the long compact formats of the plural category "one"."""
    try:
        patterns = cldr_locale(lang).compact_decimal_formats["long"]["one"]
    except (KeyError, TypeError):
        return {}
    return {" ".join(_unquote(p.suffix[0]).split()): int(magnitude) for magnitude, p in patterns.items()
            if p.int_prec[0] == 1 and not _unquote(p.prefix[0]).strip() and _unquote(p.suffix[0]).strip()}


def variants(lang: str | None) -> tuple[str, ...]:
    """The regions or scripts whose words a plain language code takes as well ("pt": "pt_PT", "zh":
    "zh_Hant"); none for a code that names its own ("pt_BR")."""
    locale = cldr_locale(lang)
    return VARIANTS.get(locale.language, ()) if str(locale) == locale.language else ()


def compact_words(lang: str | None, forms: tuple[str, ...]) -> list[tuple[str, str, int]]:
    """(the words before the number, the words after it, the multiplier) of each of CLDR's compact
    formats of ``lang`` in ``forms`` ("long", "short") that holds a number: "0 Mio." gives ("",
    "Mio.", 10**6), Swahili's "elfu 0" ("elfu", "", 1000); not "mille", which holds none."""
    locale = cldr_locale(lang)
    out = []
    for form in forms:
        try:
            by_plural = locale.compact_decimal_formats[form]
        except (KeyError, TypeError):
            continue
        for patterns in by_plural.values():
            for magnitude, pattern in patterns.items():
                if digits := pattern.int_prec[0]:
                    before, after = (" ".join(_unquote(part[0]).split()) for part in (pattern.prefix, pattern.suffix))
                    out.append((before, after, int(magnitude) // 10 ** (digits - 1)))
    return out


@lru_cache(maxsize=256)
def scale_words(lang: str | None) -> dict[str, int]:
    """Scale word -> multiplier for ``lang``, from CLDR compact formats (long and short) plus extras.

    Keys keep CLDR's case ("Mio.", "M", "millioner"); spaces inside words are single spaces.
    """
    locale = cldr_locale(lang)
    words: dict[str, int] = {}
    for before, word, multiplier in compact_words(lang, ("long", "short")):
        # a word before the number is not a scale here (``core.words_before`` reads those)
        if not before and word and multiplier > 1 and not any(ch.isdigit() for ch in word):
            words.setdefault(word, multiplier)
    words.update(CORRECTED_SCALE_WORDS.get(locale.language, {}))
    for word, multiplier in EXTRA_SCALE_WORDS.get(locale.language, {}).items():
        words.setdefault(word, multiplier)
    for word, multiplier in BORROWED_SCALE_WORDS.items():
        words.setdefault(word, multiplier)
    for variant in variants(lang):
        for word, multiplier in scale_words(variant).items():
            # single letters ("L", "M") mean different things by region; ideographs do not ("萬")
            if len(word) > 2 or is_unspaced(word):
                words.setdefault(word, multiplier)
    return words
