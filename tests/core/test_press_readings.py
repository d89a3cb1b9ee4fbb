"""Figures as more of the world's press writes them: scale words CLDR leaves out (Khmer's and Lao's
myriad, the Vietnamese South's thousand, Tamil's cases, Maori's million), the word for percent of
Nigerian Pidgin, Hausa and Yoruba, a Japanese rate's day, a speed's hour, and a currency's own
nationality word."""

from __future__ import annotations

import pytest

from factcheck.core.signature import build_signature
from tests.core.pairs import judge


def read(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in build_signature(text, lang, date="2026-11-20").quantities]


@pytest.mark.parametrize("text, lang, value", [
    ("មានពលករខ្មែរប្រមាណ ៤៨ ម៉ឺននាក់ កំពុងធ្វើការនៅប្រទេសថៃ។", "km", 480_000),
    ("ពលករ ២ សែននាក់បានត្រឡប់មកវិញ។", "km", 200_000),
    ("ສົ່ງອອກໂປແທດ 50 ໝື່ນ ໂຕນ ໄປຈີນ.", "lo", 500_000),
    ("Xuất khẩu đạt 20 ngàn tấn trong tháng.", "vi", 20_000),
    ("இருசக்கர வாகன விற்பனை 21.65 லட்சமாக இருந்தது.", "ta", 2_165_000),
    ("வருவாய் 4.8 லட்சத்தைத் தாண்டியது.", "ta", 480_000),
    ("I tae mai ngā manuhiri 3.45 miriona mō te tau.", "mi", 3_450_000),
    ("Nanolotra tetibola fanampiny mitentina 68 miliara ny praiminisitra.", "mg", 68_000_000_000),
])
def test_a_scale_word_of_the_press(text, lang, value):
    assert [v for _, v, _ in read(text, lang)] == [value]


@pytest.mark.parametrize("text, lang, shown, value", [
    ("Di NBS tok say food prices rise 28.6 percent inside October.", "pcm", "28.6 percent", 28.6),
    ("Farashin abinci ya karu da kashi 2.9 cikin 100 a watan Oktoba.", "ha", "kashi 2.9 cikin 100", 2.9),
    ("Owó oúnjẹ ga sí ìdá 28.6 nínú ọgọ́rùn-ún ní oṣù October.", "yo", "ìdá 28.6 nínú ọgọ́rùn-ún", 28.6),
])
def test_a_percent_in_the_words_of_west_african_papers(text, lang, shown, value):
    # one share, and no stray "100" of "in a hundred"
    assert read(text, lang) == [(shown, pytest.approx(value), "%")]


def test_a_japanese_rates_day_is_its_period_not_a_count_of_one():
    for text in ("患者が1日あたり約420人訪れており、", "患者は1日に420人に上る。", "1日当たり420人が訪れた。"):
        (figure,) = build_signature(text, "ja", date="2026-11-20").quantities
        assert (figure.value, figure.period) == (420, "daily"), text
    # the day is the next figure's only, not that of one before it
    total, daily = build_signature("同社は計1236本、1日あたり412本を運行した。", "ja", date="2026-11-20").quantities
    assert (total.period, daily.period) == (None, "daily")
    # the first of a month is a date, and "1日に" before no figure says on which day: no count of one
    assert [f.value for f in build_signature("11月1日に420人が訪れた。", "ja", date="2026-11-20").quantities] == [420]
    assert build_signature("同社は1日に発表した。", "ja", date="2026-11-20").quantities == ()


@pytest.mark.parametrize("text, lang, values", [
    ("欧盟哥白尼大气监测服务20日宣布，今年的南极臭氧空洞已于19日闭合。", "zh", []),
    ("同センターは今月16日にも、最小記録を更新したと発表した。", "ja", []),
    ("정부는 19일 이번 축제에 5만명이 참가했다고 밝혔다.", "ko", [50000]),
    # a count of days stays one
    ("イベントは3日間で5万人を集めた。", "ja", [3, 50000]),
    ("会場は5日目に満席となった。", "ja", [5]),
])
def test_the_day_of_a_date_in_east_asian_news_is_no_count(text, lang, values):
    assert [f.value for f in build_signature(text, lang, date="2026-11-20").quantities] == values


def test_a_speeds_hour_is_no_period():
    (figure,) = build_signature("Der Taifun erreichte Windgeschwindigkeiten von 38 Kilometern pro Stunde.", "de",
                                date="2026-11-20").quantities
    assert (figure.unit, figure.period) == ("km/h", None)
    # so the same number in another unit of speed is one outlet's slip, as between speeds said alike
    state, lines, _ = judge(("Der Taifun erreichte Windgeschwindigkeiten von 137 Kilometern pro Stunde.", "de", None),
                            ("The typhoon made landfall with winds of 137 miles an hour.", "en", None),
                            ("2026-11-20",))
    assert state == "conflict", lines


def test_a_currencys_own_nationality_word_says_nothing_of_whose_the_sum_is():
    text = "Les droits sur des marchandises canadiennes représentent 9,8 milliards de dollars américains."
    (figure,) = build_signature(text, "fr", date="2026-11-20").quantities
    assert (figure.unit, figure.nationals) == ("USD", "")
    state, lines, _ = judge((text, "fr", "2026-11-20"),
                            ("Para Canadá, la cifra es de 9 mil 800 millones de dólares.", "es", "2026-11-21"))
    assert state == "consistent", lines
    # a count's nationality is still its own
    (count,) = build_signature("Unos 420 turistas neerlandeses fueron evacuados.", "es", date="2026-11-20").quantities
    assert count.nationals == "NL"


@pytest.mark.parametrize("text, lang", [
    ("Flyplassen hadde 41 300 passasjerer i oktober, en økning på 28 prosent fra samme måned i fjor.", "nb"),
    ("Antalet resenärer ökade med 28 procent från samma månad i fjol.", "sv"),
    ("O número de passageiros subiu 28% em relação ao mesmo mês do ano passado.", "pt"),
    ("Пассажиропоток вырос на 28% по сравнению с тем же месяцем прошлого года.", "ru"),
    ("旅客数は前年同月比28%増えた。", "ja"),
])
def test_a_changes_base_a_year_before(text, lang):
    (change,) = [f for f in build_signature(text, lang, date="2026-11-20").quantities if f.kind == "percent"]
    assert (change.measure, change.period) == ("growth", "yearly")


def test_up_to_after_a_change_is_the_level_reached_not_a_cap():
    state, lines, _ = judge(("Shares rose 4.1% to $214.30 in extended trading.", "en", "2026-11-20"),
                            ("Las acciones subían un 4,4 % hasta 214,90 dólares.", "es", "2026-11-20"))
    assert "money differs slightly: $214.30 vs 214,90 dólares" in " ".join(lines), lines
    # a cap stays a cap: a grant of up to 5,000 euros, and a change of up to 5 %
    (grant,) = build_signature("Subvenciones de hasta 5.000 euros.", "es", date="2026-11-20").quantities
    (change,) = build_signature("Los precios subirán hasta 5 %.", "es", date="2026-11-20").quantities
    assert (grant.bound, change.bound) == ("max", "max")


@pytest.mark.parametrize("text, lang, expected", [
    # a scale word hyphened to a sum after its sign, as South Africa's and Canada's press writes it
    ("Nersa allowed R1.32-trillion, against the R1.54-trillion Eskom applied for.", "en",
     [("R1.32-trillion", 1.32e12, "ZAR"), ("R1.54-trillion", 1.54e12, "ZAR")]),
    ("The C$1.2-billion deal", "en", [("C$1.2-billion", 1.2e9, "CAD")]),
    # Portuguese pounds are money where nothing in the sentence weighs ("distribuídos" is no "di")
    ("Um aumento em relação aos 56,5 milhões de libras distribuídos em 2025.", "pt",
     [("56,5 milhões de libras", 56.5e6, "GBP")]),
    ("Os pescadores desembarcaram 3 milhões de libras de lagosta.", "pt", [("3 milhões de libras", 3e6, "lb")]),
    # Azerbaijani's and Malagasy's currencies, the manat and the toman in their cases
    ("Ləpə fındığın kiloqramı isə 17 manatdır.", "az", [("17 manatdır", 17, "AZN")]),
    ("Dollar 116 min 800 tümənə geri çəkilib.", "az", [("116 min 800 tümənə", 1_168_000, "IRR")]),
    ("Nahatratra 12 tapitrisa dolara ny fanondranana.", "mg", [("12 tapitrisa dolara", 12e6, "USD")]),
    # cubic yards and feet, and Khmer's tonne
    ("The developers would first have to dredge about 1.6 million cubic yards of seabed.", "en",
     [("1.6 million cubic yards", 1.6e6, "yd³")]),
    ("Месторождение с запасами около 4,2 трлн куб. футов.", "ru", [("4,2 трлн куб. футов", 4.2e12, "ft³")]),
    ("នាវាធុនរហូតដល់ ៣ ០០០ តោន អាចឆ្លងកាត់បាន។", "km", [("3 000 តោន", 3000, "t")]),
    # Bengali's case after a hyphen, Arabic's days as a count above ten takes them, French's "aux deux tiers"
    ("শুক্রবার পর্যন্ত মৃতের সংখ্যা বেড়ে দাঁড়িয়েছে ৩১-এ।", "bn", [("31", 31, None)]),
    ("واحتجز السجناء الحراس لمدة 20 يوما قبل الإفراج عنهم.", "ar", [("20 يوما", 20, "d")]),
    ("Elle a été financée aux deux tiers par des prêts chinois.", "fr", [("deux tiers", 200 / 3, "%")]),
    # an English count in words hyphened to its unit, as in digits ("a 4-day closure")
    ("Georgia reopened the crossing after a four-day closure; one-sided talks went on.", "en",
     [("four-day", 4, "d")]),
    # Hebrew's tonne, Bhutan's ngultrum in Nepali, and Persian's people counted in "تن" who came home
    ("בתפוקה מלאה יניבו החוות 420 טון תפרחות מיובשות.", "he", [("420 טון", 420, "t")]),
    ("भुटानी मुद्रामा यो रकम ४६३ अर्ब ८० करोड ङुल्ट्रम बराबर हुन्छ।", "ne",
     [("463 अर्ब 80 करोड ङुल्ट्रम", 463.8e9, "BTN")]),
    ("از آغاز سال تاکنون یک میلیون و ۲۸۰ هزار تن از ایران بازگشته‌اند.", "fa",
     [("یک میلیون و 280 هزار تن", 1_280_000, None)]),
    # Albania's lek in the genitive, Tamil's percent in its cases
    ("Fituesit do të paguajnë një tarifë prej 400 mijë lekësh në muaj.", "sq", [("400 mijë lekësh", 400_000, "ALL")]),
    ("கையாளப்பட்ட கொள்கலன்களில் 83 சதவீதமானவை மீள் ஏற்றுமதி கொள்கலன்களாகும்.", "ta", [("83 சதவீதமானவை", 83, "%")]),
    # a distance an hour is a speed, whichever comes first ("óránként 120 kilométeres széllökések")
    ("A hegygerinceken óránként 120 kilométeres széllökéseket mértek.", "hu", [("120 kilométeres", 120, "km/h")]),
    # Cambodia's riel in Thai, and Thai's "per" joined to its unit
    ("ครัวเรือนจะจ่ายหน่วยละ 680 เรียล จากเดิม 730 เรียล", "th",
     [("680 เรียล", 680, "KHR"), ("730 เรียล", 730, "KHR")]),
    # Italy's first of a month, with a degree sign, is a date; a German port's containers are TEU
    ("Dal 1° gennaio 2027 l'importo medio salirà a 265 euro mensili.", "it", [("265 euro", 265, "EUR")]),
    ("Maasmond schlug rund 13,8 Millionen Standardcontainer um.", "de",
     [("13,8 Millionen Standardcontainer", 13.8e6, "TEU")]),
    # Polish pounds in the plural of two to four are sterling, as "funtów" is
    ("Limit cen wyniesie 1774 funty rocznie.", "pl", [("1774 funty", 1774, "GBP")]),
    # pounds that a sentence weighs are a weight
    ("The drugs, weighing more than 40,000 pounds, were found in a warehouse.", "en",
     [("40,000 pounds", 40_000, "lb")]),
    # a city's water in megalitres, and Lesotho's loti as Afrikaans writes its sign
    ("Rand Water het sy toevoer verminder, van 1 650 megaliter na sowat 1 100 megaliter.", "af",
     [("1 650 megaliter", 1650, "ML"), ("1 100 megaliter", 1100, "ML")]),
    ("Lesotho se uitvoere na die VSA het tot M1,45 miljard gedaal.", "af", [("M1,45 miljard", 1.45e9, "LSL")]),
    # the dollars and cents of other countries as Japan's and Korea's press writes them, glued ("ブルネイ" is no
    # Ethiopian "ブル"), and the crowns Korean names bare where the article names their country
    ("LNG輸出額は11億8000万ブルネイドルだった。", "ja", [("11億8000万ブルネイドル", 1.18e9, "BND")]),
    ("粗利益は23.3豪セントに拡大した。", "ja", [("23.3豪セント", 0.233, "AUD")]),
    ("負担は17.6カナダセントとなる。", "ja", [("17.6カナダセント", 0.176, "CAD")]),
    ("LNG 수출액은 11억8000만 브루나이달러였다.", "ko", [("11억8000만 브루나이달러", 1.18e9, "BND")]),
    ("덴마크 공장의 총 투자비는 24억 크로네로 집계됐다.", "ko", [("24억 크로네로", 2.4e9, "DKK")]),
    ("각 부문 상금은 1,100만 크로나로 노르웨이에서도 같다.", "ko", [("1,100만 크로나", 1.1e7, "SEK")]),  # Sweden's krona
    ("Nilai ekspor LNG Brunei tercatat B$1,18 miliar.", "id", [("B$1,18 miliar", 1.18e9, "BND")]),
    ("صوبے میں 4,150 کلوگرام خشک زعفران حاصل ہوا ہے۔", "ur", [("4,150 کلوگرام", 4150, "kg")]),  # CLDR: "کلو گرام"
])
def test_sums_and_units_of_more_of_the_press(text, lang, expected):
    assert read(text, lang) == [(shown, pytest.approx(value), unit) for shown, value, unit in expected]


def test_thai_gives_a_price_per_its_unit_joined():
    (rice,) = build_signature("ข้าวหอมอยู่ที่ราว 865 ดอลลาร์ต่อตัน", "th", date="2026-11-20").quantities
    assert (rice.unit, rice.per) == ("USD", "t")


def test_an_hour_said_far_from_a_distance_makes_no_speed_of_it():
    figures = build_signature("La lave a progressé à près d'un kilomètre à l'heure avant d'être arrêtée par une "
                              "digue de six kilomètres et demi.", "fr", date="2026-11-20").quantities
    assert [f.unit for f in figures if f.value == 6.5] == ["km"]


def test_a_tonne_glued_to_digits_and_a_korean_particle_is_no_year():
    assert read("농식품부는 수요량을 348만t으로 추정해 13만2000t가량이 남을 것으로 봤다.", "ko") == [
        ("348만t", 3_480_000, "t"), ("13만2000t", 132_000, "t")]
    assert read("수요량을 2000t으로 추정했다.", "ko") == [("2000t", 2000, "t")]


def test_a_japanese_count_of_years_is_no_rate_a_year():
    count, budget = build_signature("支援は4年間のプログラムで、年間45億円を投じる。", "ja", date="2026-11-20").quantities
    assert (count.period, budget.period) == (None, "yearly")
