"""Figures given per unit of something measured (``core.unit_prices``): read in many languages, compared
per one unit, and the same number per another unit as one outlet's slip."""

from __future__ import annotations

import pytest

from factcheck.core.figures import read_figures
from factcheck.core.signature import build_signature

from .pairs import judge, judged


def _per(text: str, lang: str) -> dict[str, str | None]:
    return {f.text: f.per for f in build_signature(text, lang, date="2026-11-18").quantities}


@pytest.mark.parametrize(("text", "lang", "figure", "per"), [
    ("Spot prices jumped to €148 per megawatt-hour on Tuesday.", "en", "€148", "MWh"),
    ("The ceiling is €70/MWh for new bids.", "en", "€70", "MWh"),
    ("Kupfer kostete 11.020 Dollar je Tonne.", "de", "11.020 Dollar", "t"),
    ("Prețul a urcat la 29 de lei pe kilogram.", "ro", "29 de lei", "kg"),
    ("Le cacao s'échange à 9 960 livres sterling la tonne.", "fr", "9 960 livres sterling", "t"),
    ("Kahvi maksaa nyt 9,80 euroa kilolta.", "fi", "9,80 euroa", "kg"),
    # the unit with its article: "kiloen", "the kilo"
    ("Omregnet får fiskerne nærmere 76 kroner kiloen.", "no", "76 kroner", "kg"),
    ("Bensinen kostar 19 kronor litern i Sverige.", "sv", "19 kronor", "l"),
    ("Prisen steg til 1,05 kroner per kilowatttime i Østdanmark.", "da", "1,05 kroner", "kWh"),
    ("Gold rose to $2,650 an ounce.", "en", "$2,650", "ozt"),
    ("Zlato stálo 4 634 dolarů za trojskou unci.", "cs", "4 634 dolarů", "ozt"),
    ("Zlato je u utorak koštalo 147 dolara po unci.", "sr", "147 dolara", "ozt"),
    ("A Milano il canone medio ha superato i 22 euro al metro quadro.", "it", "22 euro", "m²"),
    # after the outlet's own conversion
    ("Rents hit €22 ($25) per square metre in May.", "en", "€22", "m²"),
    ("Randamentul mediu a fost de 6,1 tone la hectar.", "ro", "6,1 tone", "ha"),
    ("Le terrain le moins cher se vend 1,15 million de dongs l'hectare.", "fr", "1,15 million de dongs", "ha"),
])
def test_a_figure_is_read_per_the_unit_after_it(text, lang, figure, per):
    assert _per(text, lang)[figure] == per


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("The pass costs €500 a month.", "en", "€500"),  # a period, not a unit
    ("Shares closed at $6.60 a share.", "en", "$6.60"),  # no unit of measurement
])
def test_a_period_or_a_thing_after_a_figure_is_no_unit_it_is_per(text, lang, figure):
    assert _per(text, lang)[figure] is None


def test_prices_per_units_of_one_dimension_are_compared_per_one_unit():
    state, lines = judged(("Spot prices jumped to €148 per megawatt-hour.", "en"),
                          ("Der Strom kostete 14,8 Cent je Kilowattstunde.", "de"))
    assert state == "consistent", lines
    # a price of another day, perhaps: no agreement, and no conflict where neither says what it is of
    state, _ = judged(("Spot prices jumped to €148 per megawatt-hour.", "en"),
                      ("Der Strom kostete 24,8 Cent je Kilowattstunde.", "de"))
    assert state == "not-compared"


def test_a_price_per_arroba_is_one_per_fifteen_kilograms():
    state, lines = judged(("O preço da cortiça foi de 42 euros por arroba.", "pt"),
                          ("El corcho se pagó a 2,80 euros el kilo.", "es"))
    assert state == "consistent", lines
    state, lines = judged(("O preço da cortiça foi de 42 euros por arroba.", "pt"),
                          ("El corcho se pagó a 42 euros el kilo.", "es"))
    assert state == "conflict" and "the same number per another unit" in lines[0]


def test_the_same_number_per_another_unit_is_a_slip():
    state, lines = judged(("Der Zuschlag lag bei 58,40 Euro je Kilowattstunde.", "de"),
                          ("The winning bid was 58,40 euros per megawatt-hour.", "en"))
    assert state == "conflict" and "the same number per another unit" in lines[0] and "1,000× apart" in lines[0]
    state, lines = judged(("O café custa 9,80 euros por libra-peso.", "pt"), ("Kahvi maksaa 9,80 euroa kilolta.", "fi"))
    assert state == "conflict" and "the same number per another unit" in lines[0]


def test_prices_per_units_of_two_dimensions_are_of_two_things():
    state, lines = judged(("Rents reached €22 per square metre.", "en"), ("Der Preis lag bei 22 Euro je Kilogramm.", "de"))
    assert state == "not-compared" and "prices of different things" in " ".join(lines)


def test_a_price_per_unit_beside_a_sum_is_no_conflict():
    # the Milan rent per square metre against Barcelona's rent per month: not the same price
    state, _ = judged(("A Milano il canone medio ha superato i 22 euro al metro quadro al mese.", "it"),
                      ("Average rent stands at €1,190 a month.", "en"))
    assert state != "conflict"


@pytest.mark.parametrize(("a", "b"), [
    (("Der Strompreisdeckel liegt bei 12 Cent je Kilowattstunde.", "de"),
     ("Le plafond de 120 euros le mégawattheure entrera en vigueur le 1er décembre.", "fr")),
    (("Guvernul a plafonat prețul la 12 eurocenți/kWh.", "ro"),
     ("Η κυβέρνηση έθεσε ανώτατο όριο 120 ευρώ ανά μεγαβατώρα.", "el")),
    (("Cijena je ograničena na 12 centi po kilovatsatu.", "hr"),
     ("Vlada je omejila ceno na 120 evrov za megavatno uro.", "sl")),
    (("El tope es de 12 céntimos por kilovatio hora.", "es"), ("Il tetto è di 120 euro per megawattora.", "it")),
])
def test_a_price_in_cents_per_kilowatt_hour_is_the_same_per_megawatt_hour(a, b):
    state, lines = judged(a, b)
    assert state == "consistent", lines


def test_a_price_per_a_unit_and_a_sum_per_none_are_no_power_of_ten_slip():
    # "135 evrov" is the price per megawatt-hour the Slovenian statement gave before
    state, _ = judged(("Kar je manj od 135 evrov, kolikor znaša omejitev pri nas.", "sl"),
                      ("Susjedna Slovenija ograničila je cijenu na 13,5 centi po kWh.", "hr"))
    assert state != "conflict"


def test_micrograms_per_cubic_metre_and_the_same_number_in_milligrams_are_a_slip():
    assert _per("Dust peaked at 142 µg/m³ on Tuesday.", "en")["142 µg"] == "m³"
    state, lines = judged(("Прахът достигна пикова стойност от 142 милиграма на кубичен метър.", "bg"),
                          ("Stężenie pyłu osiągnęło 142 µg/m³.", "pl"))
    assert state == "conflict" and "1,000× apart" in lines[0]


@pytest.mark.parametrize("text, lang, unit", [
    ("The train runs at 120 km per hour.", "en", "km/h"),
    ("Winds reached 90 kilometres an hour.", "en", "km/h"),
    ("Le train roule à 200 kilomètres à l'heure.", "fr", "km/h"),
    ("Pociąg jechał z prędkością 90 km na godzinę.", "pl", "km/h"),
    ("Gusts of 40 miles an hour were recorded.", "en", "mph"),
])
def test_a_length_per_hour_is_a_speed(text, lang, unit):
    (f,) = build_signature(text, lang).quantities
    assert (f.unit, f.dimension, f.per) == (unit, "speed", None)


def test_a_speed_in_words_agrees_with_its_symbol_and_is_no_length():
    state, _ = judged(("The train runs at 120 km per hour.", "en"), ("Der Zug fährt 120 km/h.", "de"))
    assert state == "consistent"
    # an hour later is no rate
    (f,) = build_signature("The 120 km road opened an hour later.", "en").quantities
    assert f.unit == "km"


def test_a_price_per_tonne_and_per_kilo_in_malay_and_indonesian():
    tonne, _ = read_figures("Levi baharu bersamaan RM465 satu tan, berbanding RM372 sebelum ini.", "ms")
    kilo, = read_figures("Harga TBS di tingkat petani Rp3.100 setiap kilogram.", "id")
    assert (tonne.per, kilo.per) == ("t", "kg")


@pytest.mark.parametrize(
    "text, lang, per",
    [
        # the unit before the figure, in its case or with "each" after it, in India's languages
        ("டன்னுக்கு ரூ.5,200 என்ற விலையில் விற்கப்பட்டது.", "ta", "t"), ("கிலோவுக்கு ரூ.90 ஆக உயர்ந்தது.", "ta", "kg"),
        ("ટામેટાંનો ભાવ કિલોદીઠ ₹૮૮ રહ્યો.", "gu", "kg"), ("কেজিপ্রতি ৮০ টাকা ছিল।", "bn", "kg"),
        ("تھوک بھاؤ 700 روپے فی کوئنٹل تک جا پہنچا۔", "ur", "q"),
        # "за" in the Cyrillic languages
        ("Цената е 158,60 евро за киловатчас.", "bg", "kWh"), ("Бензин стоит $8,83 за литр.", "ru", "l"),
        ("Ціна — 52 гривні за літр.", "uk", "l"), ("Тариф на тепло составит 7 160 тенге за гигакалорию.", "ru", "Gcal"),
        # Arabic's "for the" joined to the unit, a unit that begins with "ل" and an adjective with the article too;
        # Arabic's and Persian's "for each"
        ("ارتفع سعر البن إلى 5.2 دولار للكيلوغرام.", "ar", "kg"), ("بلغ سعر النفط 82 دولارا للبرميل.", "ar", "bbl"),
        ("سعر البنزين 1.25 دولار للتر.", "ar", "l"), ("سعر الكهرباء 0.12 دولار للكيلوواط ساعة.", "ar", "kWh"),
        ("بلغ السعر 300 دولار للمتر المربع.", "ar", "m²"), ("بلغ السعر 14600 دولار لكل طن.", "ar", "t"),
        ("قیمت ۱۴ هزار و ۶۰۰ دلار برای هر کیلوگرم است.", "fa", "kg"),
    ],
)
def test_the_unit_a_price_is_per_in_the_languages_that_say_it_so(text, lang, per):
    price, = read_figures(text, lang)
    assert price.per == per


def test_a_japanese_price_is_per_the_one_unit_right_before_it_with_or_without_its_word_for_per():
    assert _per("卸値は1キロ当たり4300円だった。", "ja")["4300円"] == "kg"
    assert _per("基準値は30日時点で1キロ340円となった。", "ja")["340円"] == "kg"
    assert _per("価格は1キロ10.85ユーロだった。", "ja")["10.85ユーロ"] == "kg"
    # not a count of kilograms before a sum: "21キロ340円分" is 340 yen for 21 kilograms
    assert _per("販売量は21キロ340円分だった。", "ja")["340円"] is None


def test_a_price_per_quintal_in_hindi_and_per_kilo_in_urdu():
    quintal, = read_figures("लासलगांव में भाव 4,500 रुपये प्रति क्विंटल रहा।", "hi")
    kilo, = read_figures("لاہور میں آٹا 150 روپے فی کلو ہو گیا۔", "ur")
    assert (quintal.per, kilo.per) == ("q", "kg")


@pytest.mark.parametrize(("text", "lang", "figure", "per"), [
    # the pound of weight, whose word is also the currency's: a rate only near the day's ("$1.31 per pound")
    ("Shore prices for lobster rose to $8.50 per pound on Monday.", "en", "$8.50", "lb"),
    ("Arabica kostete am Donnerstag rund 420 US-Cent je Pfund.", "de", "420 US-Cent", "lb"),
    ("Sterling traded at $1.31 per pound on Monday.", "en", "$1.31", "GBP"),
    ("L'uranium a atteint 88,25 dollars la livre vendredi.", "fr", "88,25 dollars", "lb"),
    ("Il rame costava 7,24 dollari al chilo.", "it", "7,24 dollari", "kg"),
    ("Onion prices rose to $400 per MT last week.", "en", "$400", "t"),
    # the one-character units before a Chinese price, and the Japanese kilogram
    ("铜价为每磅5.66美元。", "zh", "5.66美元", "lb"),
    ("猪肉批发价为每斤13.2元。", "zh", "13.2元", "jin"),
    ("銅は1キロ当たり12.5ドルで取引された。", "ja", "12.5ドル", "kg"),
    ("सोना मन्सुली प्रतिकिलो रु ८८ पुगेको छ।", "ne", "रु 88", "kg"),  # Nepali's "each" before the unit
])
def test_a_price_per_pound_kilo_or_jin_as_each_press_writes_it(text, lang, figure, per):
    assert _per(text, lang)[figure] == per


def test_a_price_per_jin_or_pound_is_compared_per_kilogram():
    state, lines = judged(("猪肉批发价为每斤13.2元。", "zh"), ("Pork wholesale prices were 26.4 yuan a kilogram.", "en"))
    assert state == "consistent", lines
    state, lines = judged(("Lobster shore prices rose to $8.50 per pound.", "en"),
                          ("Le prix du homard à quai a atteint 18,74 dollars le kilo.", "fr"))
    assert state == "consistent", lines


@pytest.mark.parametrize(("text", "lang", "unit"), [
    # pounds of a thing, or beside a weight in another unit, where no pound's country is named
    ("Maine landed 84.2 million pounds of lobster in 2025.", "en", "lb"),
    ("La cuota asciende a 11,2 millones de libras, unas 5.080 toneladas.", "es", "lb"),
    ("漁獲枠は1120万ポンド（約5080トン）に決まった。", "ja", "lb"),
    # a fee or a wage, and pounds where Britain or Egypt is named, stay money
    ("Su salario rondará las 185.000 libras semanales.", "es", "GBP"),
    ("British growers sold 2.1 million pounds of seed potatoes abroad.", "en", "GBP"),
    ("In Kairo kostet die Fahrt 25 Pfund von Brot und Spielen.", "de", "EGP"),
])
def test_pounds_are_a_weight_where_the_sentence_weighs_something_and_no_pounds_country_is_named(text, lang, unit):
    pounds, *_ = read_figures(text, lang)
    assert pounds.unit == unit


def test_pounds_of_a_catch_agree_with_its_tonnes():
    state, lines = judged(("Maine landed 84.2 million pounds of lobster in 2025.", "en"),
                          ("In Maine wurden 2025 rund 38.000 Tonnen Hummer angelandet.", "de"))
    assert state == "consistent", lines


def test_one_unit_named_before_its_price_is_what_the_price_is_per():
    assert _per("The national average for a gallon of regular was $3.02 on Tuesday.", "en")["$3.02"] == "gal"
    # and the outlet's conversion per another unit is its own, no slip of the sum before it
    de = "Eine Gallone Normalbenzin kostet im Landesschnitt 3,02 Dollar, umgerechnet rund 69 Cent pro Liter."
    assert _per(de, "de") == {"3,02 Dollar": "gal", "69 Cent": "l"}
    state, lines = judged((de, "de"), ("A gallon of regular cost $3.02 on average, AAA said.", "en"))
    assert state == "consistent", lines


def test_an_arabic_price_per_kilogram_is_no_price_per_tonne():
    state, lines, _ = judge(("بلغ متوسط سعر التصدير 14600 دولار للكيلوغرام.", "ar", "2026-11-20"),
                            ("The average export price fell to $14,600 a tonne.", "en", "2026-11-20"))
    assert state == "conflict", lines  # the same number per another unit
    state, _, _ = judge(("بلغ متوسط سعر التصدير 14.6 دولار للكيلوغرام.", "ar", "2026-11-20"),
                        ("The average export price fell to $14,600 a tonne.", "en", "2026-11-20"))
    assert state == "consistent"
    # "for the first time" is no unit
    (sum_,) = read_figures("بلغت الصادرات 300 مليون دولار للمرة الأولى.", "ar")
    assert sum_.per is None
