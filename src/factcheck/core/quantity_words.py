"""Per-language words around quantities that CLDR does not provide.

One entry per ISO 639-1 language; adding a language is adding an entry. Keys of an entry:

* ``approx``: words that make the following quantity approximate ("næsten $20 millioner"). They may
  be a couple of words away from the number. Matched case-insensitively, as whole words.
* ``percent``: words meaning "per cent" after a number ("25 procent"). "%" always counts.
* ``currency_of``: short words that may join a scale word and a currency or unit name
  ("200 millions de dollars", "20 millones de dólares", "16,5 millions de tonnes").

A language without an entry still gets numbers, scale words and currencies from CLDR, and the
language-neutral ``UNIVERSAL`` forms; unknown codes ("und", "xx") use English.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.core.measure_words import BOUNDS
from factcheck.core.scripts import LANGUAGES

UNIVERSAL: dict[str, tuple[str, ...]] = {
    "approx": ("~", "≈", "∼", "ca.", "circa", "approx."),
    "percent": ("%", "％", "٪", "pct."),  # the fullwidth sign of Chinese and Japanese, the Arabic sign
    "currency_of": (),
}

WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "da": {
        "approx": ("næsten", "cirka", "ca.", "omkring", "omtrent", "knap", "knapt", "tæt på"),
        "percent": ("procent", "pct.", "pct"),
    },
    "nb": {
        "approx": ("nesten", "cirka", "ca.", "omkring", "omtrent", "rundt", "knapt", "nærmere", "om lag"),
        "percent": ("prosent",),
    },
    "sv": {
        "approx": ("nästan", "cirka", "ca.", "omkring", "ungefär", "runt", "knappt"),
        "percent": ("procent",),
    },
    "id": {
        "approx": ("hampir", "sekitar", "kurang lebih", "lebih kurang", "kira-kira", "nyaris"),
        "percent": ("persen", "prosen"),
    },
    "ms": {  # Malay's per cent is its own ("57.3 peratus")
        "approx": ("hampir", "sekitar", "kurang lebih", "lebih kurang", "kira-kira", "anggaran"),
        "percent": ("peratus", "persen"),
    },
    "en": {
        "approx": ("nearly", "almost", "about", "around", "roughly", "approximately", "some",
                   "close to", "an estimated", "circa"),
        "percent": ("percent", "per cent", "pct", "pc"),
    },
    "de": {
        "approx": ("knapp", "fast", "etwa", "rund", "ungefähr", "circa", "ca.", "nahezu",
                   "annähernd", "beinahe"),
        "percent": ("Prozent",),
    },
    "es": {
        "approx": ("casi", "cerca de", "unos", "unas", "alrededor de", "aproximadamente",
                   "en torno a"),
        "percent": ("por ciento",),
        "currency_of": ("de",),
    },
    "fr": {
        "approx": ("près de", "presque", "environ", "quelque", "approximativement", "à peu près",
                   "autour de", "quasiment"),
        "percent": ("pour cent", "pourcent"),
        "currency_of": ("de", "d'", "d’"),
    },
    "pt": {
        "approx": ("quase", "cerca de", "aproximadamente", "por volta de"),
        "percent": ("por cento",),
        "currency_of": ("de",),
    },
    "it": {
        "approx": ("quasi", "circa", "intorno a", "all'incirca"),
        "percent": ("per cento", "percento"),
        "currency_of": ("di",),
    },
    "nl": {
        "approx": ("bijna", "ongeveer", "circa", "ca.", "zo'n", "rond", "nagenoeg"),
        "percent": ("procent",),
    },
    "pl": {
        "approx": ("prawie", "około", "ok.", "blisko", "niemal", "mniej więcej", "niespełna"),
        "percent": ("proc.", "procent", "procenta", "procentów", "procenty"),
    },
}
WORDS.update({
    "ar": {"approx": ("نحو", "حوالي", "حوالى", "قرابة", "تقارب", "يقارب", "ما يقارب", "ما يقرب من", "يقرب من", "زهاء",
                  "تقريبا"),
           "percent": ("في المئة", "بالمئة", "بالمائة", "في المائة")},
    "ja": {"approx": ("約", "およそ", "ほぼ", "概ね"), "percent": ("パーセント",)},
    # Hong Kong's press gives rates in "厘" ("P由5.25厘減至5.125厘"), where "厘米" is a centimetre
    "zh": {"approx": ("约", "大约", "近", "将近"), "percent": ("厘",)},
    "hi": {"approx": ("लगभग", "करीब", "क़रीब", "तकरीबन"), "percent": ("प्रतिशत", "फीसदी", "फ़ीसदी", "फीसद")},
    "fa": {"approx": ("حدود", "حدوداً", "تقریباً", "تقریبا", "نزدیک به", "قریب به"),
           "percent": ("درصد", "درصدی")},  # "رشد ۴٫۶ درصدی": the adjective
    "ur": {"approx": ("تقریباً", "تقریبا", "لگ بھگ", "قریب"), "percent": ("فیصد",)},
    "bn": {"approx": ("প্রায়", "আনুমানিক"),
           "percent": ("শতাংশই", "শতাংশের", "শতাংশে", "শতাংশ")},  # and its cases ("৫৪.৪ শতাংশই")
    "ko": {"approx": ("약", "거의"), "percent": ("퍼센트",)},
    "fil": {"approx": ("halos", "humigit-kumulang", "tinatayang"),
           "percent": ("porsiyento", "porsyento", "bahagdan")},
    "he": {"approx": ("כ-", "כמעט", "בערך", "קרוב ל-"), "percent": ("אחוזים", "אחוז")},
    "am": {"approx": ("ወደ", "በግምት", "ገደማ"), "percent": ("በመቶውን", "በመቶው", "በመቶ")},  # and its object ("48 በመቶውን")
    "ne": {"approx": ("करिब", "लगभग"), "percent": ("प्रतिशत", "प्रतिशतको", "प्रतिशतले")},
    "km": {"approx": ("ប្រមាណ", "ជាង", "ជិត"), "percent": ("ភាគរយ",)},
    # Azerbaijani, Uzbek and Kazakh per cent in their cases ("29,4 faizə", "3,1 faiz", "12 foizga", "5 пайызға")
    "az": {"approx": ("təxminən", "təqribən"), "percent": ("faizə", "faizdən", "faizlik", "faizini", "faizi", "faiz")},
    "uz": {"approx": ("qariyb", "taxminan"), "percent": ("foizga", "foizdan", "foizni", "foiz", "foizi", "foizini",
                                                            "foizgacha", "foizigacha")},
    "tk": {"percent": ("göterim", "göterime", "göterimi", "göterimden")},
    "kk": {"approx": ("шамамен", "шамасында"),
           "percent": ("пайызға", "пайыздан", "пайызды", "пайызын", "пайызы", "пайыз")},
    "ky": {"approx": ("болжол менен", "дээрлик"),
           "percent": ("пайызга", "пайыздан", "пайызды", "пайызын", "пайызы", "пайыз")},
    # Mongolian's in its cases ("52.3 хувийг", "21 орчим хувь")
    "mn": {"approx": ("орчим", "бараг", "ойролцоогоор"), "percent": ("хувийг", "хувиар", "хувьтай", "хувийн", "хувь")},
    # per cent where the press writes it in words: Vietnamese, Thai, Afrikaans, Welsh, Irish, Gaelic, Breton,
    # Galician, Bosnian, Armenian and Georgian (in their cases), Javanese, Pashto, Maori, Burmese, Tajik,
    # Cebuano, Samoan, Tongan
    "vi": {"percent": ("phần trăm",), "approx": ("khoảng", "khoảng chừng", "chừng", "gần", "xấp xỉ", "ước tính")},
    "th": {"percent": ("เปอร์เซ็นต์",)}, "af": {"percent": ("persent",)},
    "cy": {"percent": ("y cant", "y cent"), "approx": ("tua", "oddeutu", "bron i")}, "gl": {"percent": ("por cento",)},
    "ga": {"percent": ("faoin gcéad", "faoin chéad")}, "gd": {"percent": ("sa cheud", "sa chèud")},
    "br": {"percent": ("dre gant",)},
    "bs": {"percent": ("posto", "procenata", "procenta", "odsto")},
    "hy": {"percent": ("տոկոսով", "տոկոսը", "տոկոսի", "տոկոս")},
    "ka": {"percent": ("პროცენტით", "პროცენტს", "პროცენტზე", "პროცენტის", "პროცენტი")},
    "jv": {"percent": ("persen",)}, "ps": {"percent": ("سلنه",)}, "mi": {"percent": ("ōrau", "orau")},
    "my": {"percent": ("ရာခိုင်နှုန်း",)}, "tg": {"percent": ("фоиз", "фоизро", "фоизи", "фоизу", "дарсад")},
    "ceb": {"percent": ("porsiyento", "porsyento")}, "sm": {"percent": ("pasene",)}, "to": {"percent": ("peseti",)},
    # per cent in India's other languages and Sri Lanka's ("58 ਫ਼ੀਸਦੀ", "58 ટકા", "58 சதவீதம்", "58 శాతం")
    "pa": {"approx": ("ਲਗਭਗ", "ਕਰੀਬ", "ਤਕਰੀਬਨ"), "percent": ("ਫ਼ੀਸਦੀ", "ਫੀਸਦੀ", "ਪ੍ਰਤੀਸ਼ਤ")},
    "gu": {"approx": ("લગભગ", "આશરે", "અંદાજે"), "percent": ("ટકા",)},
    "ta": {"approx": ("சுமார்", "கிட்டத்தட்ட"),
           "percent": ("சதவீதம்", "சதவீதமாக", "சதவீதத்தை", "சதவீதத்துக்கு", "சதவிகிதம்", "சதவிகிதமாக", "சதவீத",
                       "சதவீதமானவை", "சதவீதமும்", "சதவீதத்தினர்", "சதவீதமாகும்")},
    "te": {"approx": ("సుమారు", "దాదాపు"), "percent": ("శాతం", "శాతానికి")},
    "ml": {"approx": ("ഏകദേശം", "ഏതാണ്ട്"), "percent": ("ശതമാനം", "ശതമാനമായി", "ശതമാനത്തിലേക്ക്")},
    "or": {"approx": ("ପ୍ରାୟ",), "percent": ("ପ୍ରତିଶତ",)},
    "as": {"approx": ("প্ৰায়",), "percent": ("শতাংশ",)},
    "mr": {"approx": ("सुमारे", "जवळपास", "अंदाजे"),
           "percent": ("टक्के", "टक्का", "टक्क्यांनी", "टक्क्यांवर")},
    # Somali joins a scale word and its currency with "oo" ("7.4 bilyan oo doolar")
    "so": {"approx": ("ku dhawaad", "qiyaastii", "ilaa"), "percent": ("boqolkiiba",), "currency_of": ("oo",)},
})
WORDS.update({
    "fi": {"approx": ("noin", "lähes", "melkein", "runsaat", "vajaat", "liki", "suunnilleen", "arviolta"),
           "percent": ("prosenttia", "prosentin", "prosenttiin", "prosentilla", "prosentti", "prosentissa",
                       "prosentista", "prosentiksi", "prosenttina", "prosentilta", "prosentille")},
    # not "um": "hækkaði um 5%" rose by 5 %
    "is": {"approx": ("tæplega", "nærri", "um það bil", "u.þ.b.", "hátt í", "nálægt"),
           "percent": ("prósent", "prósenta", "prósentum", "prósentu", "prósents")},
    "hu": {"approx": ("mintegy", "körülbelül", "kb.", "közel", "csaknem", "majdnem", "nagyjából"),
           "percent": ("százalék", "százaléka", "százalékát", "százalékkal", "százalékot", "százalékra",
                       "százalékos",
                       # and "at", "from", "to" and "of its" ("6,50 százalékon", "4,1 százalékáról 4,8 százalékára")
                       "százalékon", "százalékról", "százalékig", "százalékban", "százaléknyi", "százalékáról",
                       "százalékára", "százalékáig", "százalékán", "százalékának")},
    "hr": {"approx": ("oko", "gotovo", "skoro", "približno", "otprilike", "blizu"),
           "percent": ("posto", "postotak", "postotaka", "postotka")},
    "cs": {"approx": ("asi", "zhruba", "téměř", "skoro", "přibližně", "kolem", "bezmála", "takřka"),
           "percent": ("procent", "procenta", "procento")},
    "ro": {"approx": ("aproape", "circa", "aproximativ", "în jur de", "cca."),
           "percent": ("la sută", "procent", "procente"), "currency_of": ("de",)},  # "14 milioane de dolari"
    "el": {"approx": ("περίπου", "σχεδόν"), "percent": ("τοις εκατό",)},
    "sk": {"approx": ("asi", "zhruba", "takmer", "približne", "okolo"), "percent": ("percent", "percentá", "percenta")},
    "lt": {"approx": ("apie", "beveik", "maždaug", "arti"),
           "percent": ("proc.", "procento", "procentų", "procentai", "procentus", "procentais")},
    "lv": {"approx": ("aptuveni", "gandrīz", "apmēram", "ap"), "percent": ("procenti", "procentiem", "procentus", "procentu")},
    "et": {"approx": ("umbes", "peaaegu", "ligi", "ligikaudu"), "percent": ("protsenti", "protsendi", "protsendini", "protsent")},
    "sl": {"approx": ("približno", "skoraj", "okoli", "dobrih", "dobre"),
           "percent": ("odstotkov", "odstotke", "odstotka", "odstotek", "odstotki")},
    "bg": {"approx": ("около", "почти", "близо", "приблизително"), "percent": ("процента", "процент", "на сто")},
    "ru": {"approx": ("около", "почти", "примерно", "приблизительно", "порядка"), "percent": ("процента", "процентов", "процент")},
    "uk": {"approx": ("близько", "майже", "приблизно", "орієнтовно"), "percent": ("відсотків", "відсотка", "відсотки")},
    # Turkish writes its percent sign first ("yüzde 9,8"), read apart
    "tr": {"approx": ("yaklaşık", "yaklaşık olarak", "takriben", "neredeyse", "aşağı yukarı")},
    "sr": {"approx": ("oko", "gotovo", "skoro", "približno", "око", "готово", "скоро", "приближно"),
           "percent": ("odsto", "procenata", "одсто", "процената")},
    "sq": {"approx": ("rreth", "gati", "afërsisht", "përafërsisht"), "percent": ("përqind", "për qind")},
    "ca": {"approx": ("gairebé", "prop de", "uns", "unes", "al voltant de", "aproximadament", "quasi"),
           "percent": ("per cent",), "currency_of": ("de", "d'", "d’")},  # "486 milions d'euros"
    "mk": {"approx": ("околу", "речиси", "приближно"), "percent": ("отсто", "проценти", "процент")},
})
WORDS["es"]["approx"] += ("cerca del", "alrededor del", "unos", "en torno al")
WORDS["it"]["approx"] += ("circa il", "quasi il", "intorno ai", "oltre")[:3]
WORDS["fr"]["approx"] += ("près d'", "près d’", "environ", "quelque")
WORDS["no"] = WORDS["nb"]
# Nigerian Pidgin writes English's words ("food prices rise 28.6 percent", "about N1,200")
WORDS["pcm"] = WORDS["en"]
# Nynorsk: Bokmål's words, and its own for "about" and "nearly" ("om lag", "nesten", "kring", "nær")
WORDS["nn"] = {**WORDS["nb"], "approx": (*WORDS["nb"]["approx"], "kring", "nær", "nærare")}

#: Languages that write ordinals as a number with a dot ("1. august", "3. plads"). In these, a
#: small plain number followed by ". " and a lower-case word is an ordinal, not a quantity.
ORDINAL_DOT: frozenset[str] = frozenset({"da", "nb", "no", "sv", "de", "fi", "is", "cs", "sk", "pl", "hu"})


def words_for(language: str, key: str) -> tuple[str, ...]:
    """The ``key`` words ("approx", "percent", "currency_of") for ``language``, plus universal ones."""
    entry = WORDS.get(language) or {}
    return tuple(dict.fromkeys((*entry.get(key, ()), *UNIVERSAL.get(key, ()))))


@lru_cache(maxsize=LANGUAGES)
def approx_words(language: str) -> tuple[str, ...]:
    """The approximation words of ``language`` lower-cased, longest first (to match the longest)."""
    return tuple(sorted({w.lower() for w in words_for(language, "approx")}, key=len, reverse=True))


@lru_cache(maxsize=LANGUAGES)
def _count_words(language: str) -> tuple[str, ...]:
    """The approximation words of ``language`` and the words for "at least" and "more than"
    (``BOUNDS``), lower-cased: said before a number of a year's digits, they make it a count. Not
    "over", which is Dutch for "of" a year ("de cijfers over 2025")."""
    return tuple(sorted({*approx_words(language), *(w for w in BOUNDS["min"] if w != "over")}, key=len, reverse=True))


def approx_right_before(text: str, pos: int, language: str) -> bool:
    """Whether an approximation word of ``language`` (a CLDR language code, as ``numbers.language_of``
    gives), or one for "at least" or "more than", ends right before ``text[pos]``, with only spaces
    between: a number of a year's digits so said is a count ("około 1900 ciężarówek", "rundt 2000
    mennesker", "gut 2100 Arbeiter", "több mint 2100 munkás"), where a date is seldom said so."""
    before = text[max(0, pos - 30):pos]
    if not before[-1:].isspace():
        return False
    before = before.rstrip().lower()
    return any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
               for w in _count_words(language))
