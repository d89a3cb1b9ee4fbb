"""Figures written in words: fractions and shares ("a quarter", "ein Viertel", "seperempat").

``FRACTIONS[lang]`` maps a phrase to the percentage it stands for. A phrase is read as a figure only
where it is a share of something: followed by the language's word for "of" (``OF``: "a quarter of
the revenue", "en fjerdedel af", "la metà degli ordini"), or in languages that join the base
without such a word (Arabic "ربع إيرادات", Hindi, Bengali, Japanese) anywhere. "The first half of
2024" is a period, not a share: a fraction right after an ordinal ("first", "second") is skipped.
Numbers written as words ("twenty") are not read: a figure we cannot read is left unread.
"""

from __future__ import annotations

FRACTIONS: dict[str, dict[str, float]] = {
    "en": {"a quarter": 25, "one quarter": 25, "a third": 100 / 3, "one third": 100 / 3,
           "two thirds": 200 / 3, "two-thirds": 200 / 3, "half": 50, "a half": 50,
           "three quarters": 75, "three-quarters": 75, "a fifth": 20, "one fifth": 20,
           "a tenth": 10, "a sixth": 100 / 6, "one sixth": 100 / 6,
           "an eighth": 12.5, "one eighth": 12.5, "one in four": 25, "one in three": 100 / 3,
           "one in five": 20, "one in ten": 10, "one in two": 50},
    "da": {"en fjerdedel": 25, "en tredjedel": 100 / 3, "to tredjedele": 200 / 3, "halvdelen": 50,
           "halvdel": 50, "tre fjerdedele": 75, "en femtedel": 20, "en tiendedel": 10, "en sjettedel": 100 / 6,
           "hver fjerde": 25, "hver tredje": 100 / 3, "hver femte": 20, "hver anden": 50},
    "nb": {"en fjerdedel": 25, "en tredjedel": 100 / 3, "to tredjedeler": 200 / 3, "halvparten": 50,
           "tre fjerdedeler": 75, "en femtedel": 20, "en tidel": 10, "en sjettedel": 100 / 6},
    "sv": {"en fjärdedel": 25, "en tredjedel": 100 / 3, "två tredjedelar": 200 / 3, "hälften": 50,
           "tre fjärdedelar": 75, "en femtedel": 20, "en tiondel": 10, "en sjättedel": 100 / 6},
    "de": {"ein viertel": 25, "einem viertel": 25, "ein drittel": 100 / 3, "einem drittel": 100 / 3,
           "zwei drittel": 200 / 3, "die hälfte": 50, "der hälfte": 50, "drei viertel": 75,
           "ein fünftel": 20, "ein sechstel": 100 / 6, "einem sechstel": 100 / 6,
           "ein achtel": 12.5, "ein zehntel": 10, "jeder vierte": 25, "jede vierte": 25,
           "jeder dritte": 100 / 3, "jede dritte": 100 / 3, "jeder fünfte": 20, "jede fünfte": 20,
           # the dative: "zu zwei Dritteln finanziert", "zu vier Fünfteln ausgeschöpft"
           "zwei dritteln": 200 / 3, "drei vierteln": 75, "einem fünftel": 20, "zwei fünfteln": 40,
           "drei fünfteln": 60, "vier fünfteln": 80, "einem zehntel": 10},
    "nl": {"een kwart": 25, "een derde": 100 / 3, "twee derde": 200 / 3, "de helft": 50,
           "driekwart": 75, "drie kwart": 75, "een vijfde": 20,
           "een zesde": 100 / 6, "een achtste": 12.5, "een tiende": 10},
    "id": {"seperempat": 25, "sepertiga": 100 / 3, "dua pertiga": 200 / 3, "setengah": 50,
           "separuh": 50, "tiga perempat": 75, "seperlima": 20, "sepersepuluh": 10},
    "ms": {"suku": 25, "sepertiga": 100 / 3, "separuh": 50},
    "fr": {"un quart": 25, "un tiers": 100 / 3, "deux tiers": 200 / 3, "la moitié": 50,
           # and with the article ("plus du quart du produit intérieur brut", "le tiers des ménages")
           "le quart": 25, "du quart": 25, "le tiers": 100 / 3, "du tiers": 100 / 3,
           "trois quarts": 75, "un cinquième": 20, "un sixième": 100 / 6, "un huitième": 12.5, "un dixième": 10},
    "es": {"un cuarto": 25, "la cuarta parte": 25, "una cuarta parte": 25, "un tercio": 100 / 3,
           "la tercera parte": 100 / 3, "una tercera parte": 100 / 3,
           "dos tercios": 200 / 3, "la mitad": 50, "tres cuartos": 75, "una quinta parte": 20,
           "la quinta parte": 20, "una sexta parte": 100 / 6, "la sexta parte": 100 / 6,
           "una décima parte": 10, "tres cuartas partes": 75, "dos terceras partes": 200 / 3},
    "ca": {"un quart": 25, "un terç": 100 / 3, "dos terços": 200 / 3, "la meitat": 50, "tres quarts": 75,
           "tres quartes parts": 75, "la quarta part": 25, "la tercera part": 100 / 3, "una cinquena part": 20},
    "it": {"un quarto": 25, "un terzo": 100 / 3, "due terzi": 200 / 3, "la metà": 50, "metà": 50,
           "tre quarti": 75, "un quinto": 20, "un sesto": 100 / 6, "un ottavo": 12.5, "un decimo": 10},
    "pt": {"um quarto": 25, "a quarta parte": 25, "um terço": 100 / 3, "dois terços": 200 / 3,
           "metade": 50, "a metade": 50, "três quartos": 75, "um quinto": 20, "um sexto": 100 / 6,
           "a sexta parte": 100 / 6},
    # Where the base follows in the genitive or partitive, with no word for "of" ("dwie trzecie
    # pasażerów", "az utasok kétharmada", "kaksi kolmasosaa matkustajista"): the numerator and the
    # fraction together, or the fraction's own noun ("třetina", "trećina"), never a case form that is
    # a time as often ("v polovině listopadu", "u polovini godine")
    "pl": {"jedna trzecia": 100 / 3, "dwie trzecie": 200 / 3, "jedna czwarta": 25, "trzy czwarte": 75,
           "połowa": 50, "połowę": 50, "jedna piąta": 20, "jedna dziesiąta": 10,
           # the accusative a change takes ("o jedną czwartą mniej", "wzrosła o jedną trzecią")
           "jedną trzecią": 100 / 3, "jedną czwartą": 25, "jedną piątą": 20, "jedną dziesiątą": 10},
    "cs": {"třetina": 100 / 3, "třetinu": 100 / 3, "dvě třetiny": 200 / 3, "čtvrtina": 25, "čtvrtinu": 25,
           "tři čtvrtiny": 75, "polovina": 50, "polovinu": 50, "pětina": 20, "pětinu": 20, "desetina": 10,
           "desetinu": 10},
    "sk": {"tretina": 100 / 3, "tretinu": 100 / 3, "dve tretiny": 200 / 3, "štvrtina": 25, "štvrtinu": 25,
           "tri štvrtiny": 75, "polovica": 50, "polovicu": 50, "pätina": 20, "pätinu": 20, "desatina": 10},
    "hr": {"trećina": 100 / 3, "trećinu": 100 / 3, "dvije trećine": 200 / 3, "četvrtina": 25, "četvrtinu": 25,
           "tri četvrtine": 75, "polovica": 50, "polovicu": 50, "polovina": 50, "polovinu": 50,
           "petina": 20, "petinu": 20, "desetina": 10},
    "sr": {"trećina": 100 / 3, "trećinu": 100 / 3, "dve trećine": 200 / 3, "dvije trećine": 200 / 3,
           "četvrtina": 25, "četvrtinu": 25, "tri četvrtine": 75, "polovina": 50, "polovinu": 50,
           "трећина": 100 / 3, "трећину": 100 / 3, "две трећине": 200 / 3, "четвртина": 25, "три четвртине": 75,
           "половина": 50, "половину": 50},
    "bs": {"trećina": 100 / 3, "trećinu": 100 / 3, "dvije trećine": 200 / 3, "četvrtina": 25, "tri četvrtine": 75,
           "polovina": 50, "polovinu": 50},
    "sl": {"tretjina": 100 / 3, "tretjino": 100 / 3, "dve tretjini": 200 / 3, "četrtina": 25, "četrtino": 25,
           "tri četrtine": 75, "polovica": 50, "polovico": 50, "petina": 20, "petino": 20},
    "ru": {"треть": 100 / 3, "две трети": 200 / 3, "одна треть": 100 / 3, "три четверти": 75, "одна четверть": 25,
           "половина": 50, "половину": 50, "пятая часть": 20, "десятая часть": 10},
    "uk": {"третина": 100 / 3, "третину": 100 / 3, "дві третини": 200 / 3, "три чверті": 75, "половина": 50,
           "половину": 50, "п'ята частина": 20, "п’ята частина": 20},
    "hu": {"egyharmad": 100 / 3, "egyharmada": 100 / 3, "harmada": 100 / 3, "kétharmad": 200 / 3,
           "kétharmada": 200 / 3, "egynegyed": 25, "egynegyede": 25, "negyede": 25, "háromnegyed": 75,
           "háromnegyede": 75, "fele": 50, "ötöde": 20, "egyötöde": 20, "tizede": 10,
           # and as the object ("rakományuk negyedét tudják felvenni", "a forgalom harmadát")
           "egyharmadát": 100 / 3, "harmadát": 100 / 3, "kétharmadát": 200 / 3, "negyedét": 25,
           "egynegyedét": 25, "háromnegyedét": 75, "felét": 50, "ötödét": 20, "tizedét": 10,
           # and by so much, the instrumental a change takes ("egyötödével többe kerül", "harmadával nőtt")
           "egyharmadával": 100 / 3, "harmadával": 100 / 3, "negyedével": 25, "egynegyedével": 25,
           "ötödével": 20, "egyötödével": 20, "tizedével": 10, "felével": 50},
    "fi": {"kolmasosa": 100 / 3, "kolmannes": 100 / 3, "kaksi kolmasosaa": 200 / 3, "neljäsosa": 25,
           "kolme neljäsosaa": 75, "puolet": 50, "viidesosa": 20, "kymmenesosa": 10,
           # and in the cases a change takes ("nousivat neljänneksellä", "kolmanneksen verran")
           "neljänneksellä": 25, "neljänneksen": 25, "kolmanneksella": 100 / 3,
           "kolmanneksen": 100 / 3, "viidenneksellä": 20, "viidenneksen": 20},
    # Estonian and Latvian, in the cases a share or a change takes ("tõusnud veerandi võrra",
    # "apkalpo ceturto daļu no visiem"); not the bare "veerand", "neljännes": a quarter of an hour as often
    "et": {"veerandi": 25, "kolmandik": 100 / 3, "kolmandiku": 100 / 3, "kaks kolmandikku": 200 / 3,
           "viiendik": 20, "viiendiku": 20, "kümnendik": 10, "kümnendiku": 10},
    "lv": {"ceturtā daļa": 25, "ceturto daļu": 25, "trešā daļa": 100 / 3, "trešo daļu": 100 / 3,
           "divas trešdaļas": 200 / 3, "trešdaļa": 100 / 3, "trešdaļu": 100 / 3, "ceturtdaļa": 25,
           "ceturtdaļu": 25,
           "piektā daļa": 20, "piekto daļu": 20, "desmitā daļa": 10, "desmito daļu": 10},
    "lt": {"trečdalis": 100 / 3, "trečdalį": 100 / 3, "du trečdaliai": 200 / 3, "ketvirtadalis": 25,
           "ketvirtadalį": 25, "trys ketvirtadaliai": 75, "pusė": 50, "pusę": 50, "penktadalis": 20,
           "dešimtadalis": 10},
    "tr": {"üçte biri": 100 / 3, "üçte ikisi": 200 / 3, "dörtte biri": 25, "dörtte üçü": 75, "yarısı": 50,
           "üçte birini": 100 / 3, "dörtte birini": 25, "yarısını": 50, "onda birini": 10,
           "beşte biri": 20, "onda biri": 10},
    # with "of" after them (``OF``)
    "ro": {"o treime": 100 / 3, "două treimi": 200 / 3, "un sfert": 25, "trei sferturi": 75, "jumătate": 50,
           "o cincime": 20, "o zecime": 10},
    "bg": {"една трета": 100 / 3, "две трети": 200 / 3, "една четвърт": 25, "три четвърти": 75,
           "половината": 50, "една пета": 20, "една десета": 10},
    "el": {"ένα τρίτο": 100 / 3, "δύο τρίτα": 200 / 3, "ένα τέταρτο": 25, "τρία τέταρτα": 75, "ένα πέμπτο": 20,
           "ένα δέκατο": 10},
    "ar": {"ربع": 25, "ثلث": 100 / 3, "ثلثي": 200 / 3, "ثلثا": 200 / 3, "نصف": 50, "خمس": 20},
    "hi": {"एक चौथाई": 25, "चौथाई": 25, "एक तिहाई": 100 / 3, "दो तिहाई": 200 / 3, "तीन चौथाई": 75, "आधा": 50,
           "आधे": 50, "आधी": 50},
    "bn": {"এক-চতুর্থাংশ": 25, "এক চতুর্থাংশ": 25, "এক-তৃতীয়াংশ": 100 / 3, "অর্ধেক": 50},
    # Persian and Hebrew join the base to the share ("دو سوم درآمد", "שליש מהתיירים"); Hebrew's "about" is
    # glued to it ("כמחצית"). Not Hebrew's "רבע", a quarter of an hour or of the year as often
    "fa": {"یک چهارم": 25, "یک سوم": 100 / 3, "دو سوم": 200 / 3, "سه چهارم": 75, "یک پنجم": 20, "یک دهم": 10,
           "نیمی": 50},
    "he": {"שליש": 100 / 3, "כשליש": 100 / 3, "שני שלישים": 200 / 3, "כשני שלישים": 200 / 3, "מחצית": 50,
           "כמחצית": 50, "שלושה רבעים": 75, "חמישית": 20, "כחמישית": 20, "עשירית": 10, "כעשירית": 10},
    # with "of" after them (``OF``): Afrikaans, Swahili and Tagalog ("twee derdes van", "theluthi mbili ya",
    # "kalahati ng"); not Swahili's "robo", a quarter of the year as often
    "af": {"'n kwart": 25, "’n kwart": 25, "'n derde": 100 / 3, "’n derde": 100 / 3, "twee derdes": 200 / 3,
           "die helfte": 50, "drie kwart": 75, "'n vyfde": 20, "’n vyfde": 20, "'n tiende": 10, "’n tiende": 10},
    "sw": {"theluthi": 100 / 3, "theluthi moja": 100 / 3, "theluthi mbili": 200 / 3, "nusu": 50},
    "fil": {"kalahati": 50, "sangkatlo": 100 / 3, "isang-katlo": 100 / 3, "dalawang-katlo": 200 / 3, "sangkapat": 25},
    # and where the share comes first, its base joined or before it ("một nửa số hộ", "หนึ่งในสามของผู้ส่งออก",
    # "ایک تہائی کسان", "மூன்றில் ஒரு பங்கு", "uchdan ikki qismi", "üçdə ikisi", "үштен бірі"); not their
    # halves alone, a half of the year or an hour as often ("ilin birinci yarısı", "آدھے گھنٹے")
    "vi": {"một phần tư": 25, "một phần ba": 100 / 3, "hai phần ba": 200 / 3, "một nửa": 50, "ba phần tư": 75,
           "một phần năm": 20, "một phần mười": 10},
    "th": {"หนึ่งในสี่": 25, "หนึ่งในสาม": 100 / 3, "สองในสาม": 200 / 3, "ครึ่งหนึ่ง": 50, "สามในสี่": 75,
           "หนึ่งในห้า": 20},
    "ur": {"ایک چوتھائی": 25, "ایک تہائی": 100 / 3, "دو تہائی": 200 / 3, "تین چوتھائی": 75, "نصف": 50},
    "ta": {"நான்கில் ஒரு பங்கு": 25, "மூன்றில் ஒரு பங்கு": 100 / 3, "மூன்றில் இரண்டு பங்கு": 200 / 3},
    "sq": {"një e treta": 100 / 3, "dy të tretat": 200 / 3, "një e katërta": 25, "një e pesta": 20},
    "az": {"üçdə biri": 100 / 3, "üçdə ikisi": 200 / 3, "dörddə biri": 25, "dörddə üçü": 75, "beşdə biri": 20,
           "onda biri": 10, "üçdə birini": 100 / 3, "üçdə ikisini": 200 / 3, "dörddə birini": 25},
    "kk": {"үштен бірі": 100 / 3, "үштен екісі": 200 / 3, "төрттен бірі": 25},
    "ja": {"半分": 50, "半数": 50},
    "zh": {"一半": 50},  # and "三分之一", "两成": core.cjk_shares
}
# Two to four fifths and tenths ("zwei Fünftel seines Volumens", "quatre dixièmes de son volume"):
# the numerator's word and the plural of the part, per language
_FIFTHS_AND_TENTHS = {
    "en": (("two", "three", "four"), "fifths", "tenths"),
    "de": (("zwei", "drei", "vier"), "fünftel", "zehntel"),
    "fr": (("deux", "trois", "quatre"), "cinquièmes", "dixièmes"),
    "es": (("dos", "tres", "cuatro"), "quintos", "décimos"),
    "it": (("due", "tre", "quattro"), "quinti", "decimi"),
    "pt": (("dois", "três", "quatro"), "quintos", "décimos"),
    "nl": (("twee", "drie", "vier"), "vijfde", "tiende"),
    "da": (("to", "tre", "fire"), "femtedele", "tiendedele"),
    "nb": (("to", "tre", "fire"), "femtedeler", "tideler"),
    "sv": (("två", "tre", "fyra"), "femtedelar", "tiondelar"),
    "pl": (("dwie", "trzy", "cztery"), "piąte", "dziesiąte"),
    "cs": (("dvě", "tři", "čtyři"), "pětiny", "desetiny"),
    "ro": (("două", "trei", "patru"), "cincimi", "zecimi"),
    "el": (("δύο", "τρία", "τέσσερα"), "πέμπτα", "δέκατα"),
}
# and five to nine tenths ("nine-tenths of the volume", "neun Zehntel")
_MORE_TENTHS = {
    "en": ("five", "six", "seven", "eight", "nine"), "de": ("fünf", "sechs", "sieben", "acht", "neun"),
    "fr": ("cinq", "six", "sept", "huit", "neuf"), "es": ("cinco", "seis", "siete", "ocho", "nueve"),
    "it": ("cinque", "sei", "sette", "otto", "nove"), "pt": ("cinco", "seis", "sete", "oito", "nove"),
    "nl": ("vijf", "zes", "zeven", "acht", "negen"),
}
for _lang, (_numerators, _fifths, _tenths) in _FIFTHS_AND_TENTHS.items():
    for _n, _word in enumerate(_numerators, start=2):
        FRACTIONS[_lang].setdefault(f"{_word} {_fifths}", _n * 20)
        FRACTIONS[_lang].setdefault(f"{_word} {_tenths}", _n * 10)
    for _n, _word in enumerate(_MORE_TENTHS.get(_lang, ()), start=5):
        FRACTIONS[_lang].setdefault(f"{_word} {_tenths}", _n * 10)
# Hungarian says whose part it is with the part's own ending, and as the object: "négy tizedét"
for _n, _word in enumerate(("két", "három", "négy"), start=2):
    for _fifth, _tenth in (("ötöde", "tizede"), ("ötödét", "tizedét")):
        FRACTIONS["hu"].setdefault(f"{_word} {_fifth}", _n * 20)
        FRACTIONS["hu"].setdefault(f"{_word} {_tenth}", _n * 10)
# Turkish tenths, "onda yedisi" (seven in ten), and as the object, "onda yedisini"
for _n, _forms in enumerate(("ikisi ikisini", "üçü üçünü", "dördü dördünü", "beşi beşini", "altısı altısını",
                             "yedisi yedisini", "sekizi sekizini", "dokuzu dokuzunu"), start=2):
    for _word in _forms.split():
        FRACTIONS["tr"].setdefault(f"onda {_word}", _n * 10)
# and in the dative and the locative, "dörtte üçüne karşılık geliyor", "yarısında"
for _phrase, _share in [*FRACTIONS["tr"].items()]:
    if _phrase.endswith(("i", "ı", "ü", "u")):  # the possessive, to which the case is added with "n"
        for _case in ("ne", "na", "nde", "nda"):
            if (_case[-1] == "e") == (_phrase[-1] in "iü"):  # vowel harmony: front after i, ü; back after ı, u
                FRACTIONS["tr"].setdefault(_phrase + _case, _share)
# A third, a quarter and a fifth in the genitive a bound or "about" takes ("oko četvrtine svjetskog izvoza",
# "více než třetiny", "около трети"); not the halves, which are times as often ("do poloviny roku")
for _lang, _forms in {"hr": ("trećine", "četvrtine", "petine"), "bs": ("trećine", "četvrtine", "petine"),
                      "sr": ("trećine", "četvrtine", "petine", "трећине", "четвртине", "петине"),
                      "sl": ("tretjine", "četrtine", "petine"), "cs": ("třetiny", "čtvrtiny", "pětiny"),
                      "sk": ("tretiny", "štvrtiny", "pätiny"), "ru": ("трети",), "uk": ("третини",)}.items():
    for _form, _share in zip(_forms, (100 / 3, 25, 20) * 2):  # in that order, in each script
        FRACTIONS[_lang].setdefault(_form, _share)
# Uzbek's part of so many and its cases ("uchdan ikki qismini tashkil etgan"), in each apostrophe the press types
for _parts, _share in (("uchdan bir", 100 / 3), ("uchdan ikki", 200 / 3), ("to'rtdan bir", 25), ("to'rtdan uch", 75),
                       ("beshdan bir", 20), ("o'ndan bir", 10)):
    for _mark in "'‘ʻ’":
        for _case in ("", "ni", "ga", "dan"):
            FRACTIONS.setdefault("uz", {})[f"{_parts.replace(chr(39), _mark)} qismi{_case}"] = _share
FRACTIONS["tl"] = FRACTIONS["fil"]  # Tagalog, under either code
FRACTIONS["no"] = FRACTIONS["nb"]  # Norwegian, under any code
FRACTIONS["nn"] = {**FRACTIONS["nb"], "ein fjerdedel": 25, "ein tredjedel": 100 / 3, "ein femtedel": 20,
                   "ein tidel": 10}

#: The word for "of" after a fraction, per language; languages not listed need none.
OF: dict[str, tuple[str, ...]] = {
    "en": ("of",), "da": ("af",), "nb": ("av",), "nn": ("av",), "sv": ("av",),
    "de": ("des", "der", "dem", "den", "von", "vom", "ihrer", "ihres", "seiner", "seines", "aller", "davon", "hiervon"),
    "nl": ("van", "daarvan", "ervan", "hiervan"), "id": ("dari",), "ms": ("daripada", "dari"),
    "fr": ("de", "du", "des", "d'", "d’"), "es": ("de", "del"),
    "it": ("di", "del", "della", "dei", "degli", "delle", "dello", "dell'", "dell’"),
    "pt": ("de", "do", "da", "dos", "das"), "ro": ("din", "dintre"), "bg": ("от",),
    "el": ("των", "του", "της"),
    "af": ("van",), "sw": ("ya", "za", "wa"), "fil": ("ng",), "tl": ("ng",),
}

#: Comparatives after a fraction that is a change, in place of the word for "of" ("gut ein Drittel weniger als im
#: Vorjahr", "a third fewer", "un tercio menos", "een kwart meer").
THAN: dict[str, tuple[str, ...]] = {
    "en": ("less", "more", "fewer", "lower", "higher"), "de": ("weniger", "mehr"), "nl": ("minder", "meer"),
    "da": ("mindre", "mere", "færre"), "nb": ("mindre", "mer", "færre"), "sv": ("mindre", "mer", "färre"),
    "es": ("menos", "más"), "it": ("in meno", "in più"), "pt": ("a menos", "a mais"), "af": ("minder", "meer"),
}
THAN["no"] = THAN["nn"] = THAN["nb"]

#: The word for "by" before a fraction that is a change ("rose by a fifth", "stiegen um ein Viertel",
#: "au crescut cu o zecime", "è calato di un terzo"), and French's "to" of a share ("financée aux deux tiers"):
#: no word for "of" follows it.
BY: dict[str, tuple[str, ...]] = {
    "en": ("by",), "de": ("um", "zu"), "nl": ("met",), "da": ("med",), "nb": ("med",), "sv": ("med",),
    "fr": ("de", "d'", "d’", "aux"), "es": ("en",), "it": ("di",), "pt": ("em",), "ro": ("cu",), "pl": ("o",),
    "cs": ("o",), "sk": ("o",), "af": ("met",),
}
BY["no"] = BY["nn"] = BY["nb"]

#: Fractions that are shares before their noun with no word for "of" ("dua pertiga warga",
#: "separuh penduduk"). Not "setengah" (half), which is an idiom or a duration as often
#: ("setengah hati", "setengah jam"), nor Malay "suku" (also "tribe"): they need "dari".
SHARES_OF_A_NOUN: dict[str, tuple[str, ...]] = {
    "id": ("sepertiga", "dua pertiga", "seperempat", "tiga perempat", "seperlima", "sepersepuluh", "separuh"),
    "ms": ("sepertiga", "dua pertiga", "separuh"),
}

#: Words after such a fraction that make it no share: time ("seperempat abad"), idioms ("separuh
#: hati", "separuh baya"), scale words ("seperempat juta" is an amount).
NOT_A_BASE = frozenset(
    "jam menit detik hari minggu pekan bulan tahun abad dekade malam siang pagi waktu masa musim babak "
    "periode kuartal semester jalan hati jiwa mati baya umur usia tiang matang lingkaran harga "
    "ribu juta miliar milyar triliun bilion trilion".split()
)

#: Ordinals before "half"/"quarter" that make it a period of time ("the first half of 2024").
ORDINALS = frozenset(
    "first second third fourth last latest første anden sidste ersten zweiten letzten premier "
    "première second seconde dernier primera segunda primer último prima seconda ultimo pertama "
    "kedua terakhir eerste tweede laatste "
    # "první polovina roku", "prva polovica godine", "az első fele", "ensimmäinen puolisko"
    "první druhá druhou prvá prvú druhú prva druga prvu drugu pierwsza pierwszą drugą "
    "prvo drugo prvi drugi első második ensimmäinen toinen первая вторая первую вторую перша друга першу "
    "другу първата втората pirmoji antroji pirmąją antrąją "
    # Finnish in the cases of a time: "kolmannella neljänneksellä" is in the third quarter, not by a quarter
    "ensimmäisellä toisella kolmannella neljännellä viimeisellä edellisellä kuluneella tällä samalla "
    "ensimmäisen toisen kolmannen neljännen viimeisen edellisen kuluneen tämän saman viime".split()
)
