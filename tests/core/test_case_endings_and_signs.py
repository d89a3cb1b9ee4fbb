"""Figures as the press of Somalia, Iceland, Uzbekistan, Hungary, East and West Africa, South Asia
and Thailand writes them: units and currencies in the cases a sentence gives them ("110 megavöttum",
"840 kilometrni", "720 so'mni", "48 በመቶውን", "২৪ ঘণ্টায়", "4,1 milliárd dolláros"), Somali's percent
first and its shilling, the shilling's sign before Swahili's scale word, Hausa's and Amharic's
currencies and units, South Asia's sums in groups, and Thailand's neighbours' money and its rates."""

from __future__ import annotations

import pytest

from factcheck.core.signature import build_signature
from tests.core.pairs import judge


def read(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in build_signature(text, lang, date="2026-11-20").quantities]


@pytest.mark.parametrize("text, lang, unit", [
    ("Nýja flugbrautin er 2.200 feta löng.", "is", "ft"),
    ("Skerðingin nemur samtals 110 megavöttum hjá álverunum þremur.", "is", "MW"),
    ("Skerðingin jafngildir um 400 gígavattstundum af raforku.", "is", "GWh"),
    ("Vegurinn er 5 kílómetrum lengri en sá gamli.", "is", "km"),
    ("Hver íbúi notar um 300 lítrum meira en áður.", "is", "l"),
    ("Quvurning Xitoydan tashqaridagi qismi 840 kilometrni tashkil etadi.", "uz", "km"),
    ("Shundan 205 kilometri Oʻzbekiston hududidan oʻtadi.", "uz", "km"),
    ("Neft qazib olish 1,55 million barrelgacha kamaydi.", "uz", "bbl"),
    ("Ijtimoiy norma oyiga 400 kub metrgacha oshirildi.", "uz", "m³"),
    ("Ularning umumiy qiymati 702,4 mln dollarni tashkil etdi.", "uz", "USD"),
    ("Bu bugungi kurs bo'yicha taxminan 720 so'mni tashkil etadi.", "uz", "UZS"),
    ("Bu mamlakatdagi jami xonadonlarning 18 foizini tashkil etadi.", "uz", "%"),
    ("Dowladdu waxay oggolaatay in la soo geliyo 30,000 oo tan oo sonkor ah.", "so", "t"),
    ("FAO ayaa ka codsatay 68.5 milyan oo yuuro si loola dagaallamo ayaxa.", "so", "EUR"),
    ("Hay'adda ayaa sheegtay in boqolkiiba 45 dadka aysan haysan koronto.", "so", "%"),
    ("Mauzo ya umeme yalifikia gigawati-saa 1,120 mwaka huu.", "sw", "GWh"),
    ("ከወጪ ንግዱ 3.18 ቢሊዮን የአሜሪካ ዶላር ተገኝቷል።", "am", "USD"),
    ("ፕሮጀክቱ 720 ሚሊዮን ናቅፋ ወጪ ተደርጎበታል።", "am", "ERN"),
    ("ግድቡ ለኬንያ 400 ሜጋ ዋት ይልካል።", "am", "MW"),
    ("ግድቡ ከአገሪቱ ምርት 48 በመቶውን ይሸፍናል።", "am", "%"),
    ("Darajarsa ta kai dala biliyan 9.8.", "ha", "USD"),
    ("Gwamnati ta ce aikin ya ci kimanin Naira tiriliyan 1.63.", "ha", "NGN"),
    ("Ana sayen koko a kan Sefa miliyan 3.7 kan kowace tan.", "ha", "XOF"),
    ("Babban bankin zai samar da oza 60,000 na zinari.", "ha", "ozt"),
    ("An katse intanet na tsawon awa 72.", "ha", "h"),
    ("টেকনাফে ২৪ ঘণ্টায় বৃষ্টি হয়েছে।", "bn", "h"),
    ("واستورد السودان 280 غيغاواط ساعة عبر خط القضارف.", "ar", "GWh"),  # no power of 280 GW
    ("வாரத்துக்கு 48 மணி நேரம் என்ற வரம்பும் மாறவில்லை.", "ta", "h"),
    ("40,000 மெற்றிக் தொன் தேங்காய்ப் பருப்பை இறக்குமதி செய்ய அனுமதி.", "ta", "t"),
    ("A cég a harmadik negyedévben 4,1 milliárd dolláros nettó veszteséget könyvelt el.", "hu", "USD"),
    ("A gáz ára szerdán 34,25 dollárra ugrott.", "hu", "USD"),
    ("Az MNB 6,50 százalékon hagyta az alapkamatot.", "hu", "%"),
    ("A kormány a hiánycélt a GDP 4,8 százalékára emeli.", "hu", "%"),
    ("โครงการนี้มีมูลค่า 74,960 ล้านริงกิต", "th", "MYR"), ("ต้องใช้เงินราว 56.1 ล้านล้านรูเปียห์", "th", "IDR"),
    ("ขายได้เฉลี่ย 15,400 วอน เมื่อวันพฤหัสบดี", "th", "KRW"),
])


def test_a_unit_or_currency_in_its_case(text, lang, unit):
    ((_, _, read_as),) = read(text, lang)
    assert read_as == unit



@pytest.mark.parametrize("text, period", [
    ("ในวันธรรมดามีผู้โดยสารเฉลี่ย 48,000 คนต่อวัน", "daily"),  # CLDR's, and the rate said first
    ("มีรถไฟโดยสารข้ามแดนวันละ 4 ขบวน", "daily"),
    ("คาดว่าจะผลิตไฟฟ้าได้ปีละ 4,125 ล้านหน่วย", "yearly"),
    ("ปริมาณการซื้อขายเหลือราว 3,900 รายการต่อสัปดาห์", "weekly"),
])
def test_a_thai_rate(text, period):
    (figure,) = build_signature(text, "th", date="2026-11-20").quantities
    assert figure.period == period



@pytest.mark.parametrize("text, lang, shown, value", [
    # a hyphen after a word of the Indic scripts, whose last sign is a vowel's or a virama, is no minus
    ("சந்திரயான்-3 திட்டத்துக்கு ₹600 கோடி செலவானது.", "ta", "₹600 கோடி", 6e9),
    # a sum's sign before its first group: the next group is the same sum's
    ("राम मन्दिर ट्रस्टले नेरु १४ करोड ६० लाख दान सङ्कलन गरेको छ।", "ne", "रु 14 करोड 60 लाख", 146e6),
    ("मंदिर को ₹14 करोड़ 60 लाख का दान मिला।", "hi", "₹14 करोड़ 60 लाख", 146e6),
])
def test_one_sum_of_south_asias_press(text, lang, shown, value):
    ((read_shown, read_value, _),) = read(text, lang)
    assert (read_shown, read_value) == (shown, value)


def test_somalias_shilling_by_its_name_or_by_a_somali_town():
    assert read("Neef geel ah wuxuu gaaray qiyaastii 468,000 shilin Soomaali.", "so")[0][2] == "SOS"
    assert read("Geela dekedda Berbera wuxuu ku iibsamaa qiyaastii 475,000 shilin neefkii.", "so")[0][2] == "SOS"
    # a story on Kenya keeps its shillings Kenya's
    assert read("Mashruuca Kenya waxaa lagu qiyaasay 240 bilyan oo shilin.", "so")[0][2] == "KES"
    # and at the rate of the day, a Somali price meets the dollars it was converted from
    state, lines, _ = judge(("Magaalada Baydhabo, 20 litir oo biyo ah waxaa lagu iibiyaa 1,050 shilin Soomaali.", "so",
                             "2026-11-20"),
                            ("In Baidoa a 20-litre jerrycan of water now sells for about $1.85.", "en", "2026-11-20"))
    assert state == "consistent", lines


def test_hungarians_thousand_in_its_cases():
    assert [value for _, value, _ in read("A leölt madarak száma elérte a 620 ezret.", "hu")] == [620_000]
    assert [value for _, value, _ in read("A felhívást közel 28 ezren írták alá.", "hu")] == [28_000]
    # "fontos" is "important", no sum in pounds; "fontról" is one
    assert [unit for _, _, unit in read("Ez 3 fontos lépés a reform felé.", "hu")] != ["GBP"]
    assert [unit for _, _, unit in read("Az ár 120 fontról 130 fontra nőtt.", "hu")] == ["GBP", "GBP"]
    # percentage points stay points
    (points,) = build_signature("Ez 2 százalékpontos emelés.", "hu", date="2026-11-20").quantities
    assert points.unit == "pp"


def test_amharics_thousand_and_its_rates():
    ((shown, value, _),) = read("በፕሮጀክቱ ምክንያት 11 ሺሕ አባወራዎች ይነሳሉ።", "am")
    assert (shown, value) == ("11 ሺሕ", 11_000)
    (figure,) = build_signature("የአውሮፕላን ማረፊያው በዓመት 60 ሚሊዮን መንገደኞችን ያስተናግዳል።", "am", date="2026-11-20").quantities
    assert (figure.value, figure.period) == (60_000_000, "yearly")


def test_a_somali_rate_a_day_before_its_figure():
    (figure,) = build_signature("Tuubadu waxay maalintii keeni kartaa 120,000 mitir kuyuub oo biyo ah.", "so",
                                date="2026-11-20").quantities
    assert (figure.value, figure.unit, figure.period) == (120_000, "m³", "daily")


@pytest.mark.parametrize("text, value, unit", [
    ("Serikali imetoa Sh bilioni 2.5 kwa waathirika jijini Nairobi.", 2.5e9, "KES"),
    ("Benki Kuu ilitoa TSh bilioni 300 jijini Dodoma.", 300e9, "TZS"),
    # the bare sign is the shilling of the country the page names by its towns
    ("Meli mpya ya Mwanza hadi Bukoba imegharimu Sh bilioni 118.3.", 118.3e9, "TZS"),
])
def test_a_shilling_sign_before_swahilis_scale_word(text, value, unit):
    ((_, read_value, read_as),) = read(text, "sw")
    assert (read_value, read_as) == (pytest.approx(value), unit)


def test_a_dollar_named_with_its_country_after_a_sum_in_shillings():
    sums = read("Ujenzi umegharimu Sh trilioni 11.5 jijini Dodoma, sawa na dola za Marekani bilioni 4.6.", "sw")
    assert [unit for _, _, unit in sums] == ["TZS", "USD"]
