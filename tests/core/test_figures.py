"""The figure reader: one short sentence per rule, in many languages."""

from __future__ import annotations

import pytest

from factcheck.core.figures import may_have_figures, read_figures
from factcheck.core.numbers import scale_words
from factcheck.core.signature import build_signature


def one(text: str, lang: str, **kw):
    found = [f for f in read_figures(text, lang, **kw) if not f.courtesy]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, lang, value, unit",
    [
        ("Bruxelas multou a Apple em 1,8 mil milhões de euros.", "pt", 1.8e9, "EUR"),  # European Portuguese
        ("ইউরোপীয় কমিশন অ্যাপলকে ১৮০ কোটি ইউরো জরিমানা করেছে।", "bn", 1.8e9, "EUR"),  # Bengali digits, crore
        ("सौदे की कीमत 4.5 लाख करोड़ रुपये है।", "hi", 4.5e12, "INR"),  # lakh crore
        ("The deal is worth Rs 3 crore.", "en", 3e7, "INR"),
        ("فرضت المفوضية غرامة قدرها ١٫٨ مليار يورو.", "ar", 1.8e9, "EUR"),  # Arabic-Indic digits and decimal
        ("تدفع تيك توك نحو 20 مليون دولار شهريا.", "ar", 2e7, "USD"),
        ("被害額は約2.6兆円にのぼる。", "ja", 2.6e12, "JPY"),  # 兆 glued to the number and the yen
        ("毎月約2000万ドルを支払っている。", "ja", 2e7, "USD"),  # 万
        ("营收达到5亿元。", "zh", 5e8, "CNY"),  # 亿, 元
        ("TikTok versa quasi 20 milioni di dollari al mese.", "it", 2e7, "USD"),
        ("Er zahlt (ca. 145 Millionen RMB) im Monat.", "de", 1.45e8, "CNY"),
        ("The yuan figure was 145 million renminbi.", "en", 1.45e8, "CNY"),
        ("Penjualan mencapai 5 juta ringgit.", "id", 5e6, "MYR"),
        ("Dia membayar Rp 31,5 triliun.", "id", 31.5e12, "IDR"),
        ("It cost 3 billion greenbacks.", "en", 3e9, "USD"),
        ("O governo vai investir 2 milhões de reais.", "pt", 2e6, "BRL"),
        ("Kerugian negara mencapai Rp 2 milyar.", "id", 2e9, "IDR"),  # a spelling CLDR lacks
        ("Nilai proyek Rp 1,5 trilyun.", "id", 1.5e12, "IDR"),
        # the dollar and the euro as the press of these languages writes them, bare
        ("Поръчката е на стойност 3,1 милиарда долара.", "bg", 3.1e9, "USD"),
        ("Контракт оценивается в 3,1 млрд долларов.", "ru", 3.1e9, "USD"),
        ("Вартість замовлення становить 3,1 млрд доларів.", "uk", 3.1e9, "USD"),
        ("Vrednost naročila znaša 3,1 milijarde dolarjev.", "sl", 3.1e9, "USD"),
        ("Valitsus maksab igale perele 20 000 eurot.", "et", 2e4, "EUR"),
        ("Sandoris vertas 2,7 milijardo eurų.", "lt", 2.7e9, "EUR"),
        ("Il club lo ha venduto per 88 milioni di sterline.", "it", 8.8e7, "GBP"),
        ("Платіж зменшиться на 1 500 злотих.", "uk", 1500, "PLN"),
        ("Kontrakt wart 5 mln. zł podpisano wczoraj.", "pl", 5e6, "PLN"),  # the scale word's dot, then the currency
        # Serbian in either script
        ("Gubici iznose 1,6 miliona dinara dnevno.", "sr", 1.6e6, "RSD"),
        ("Gubici iznose 1,6 miliona evra dnevno.", "sr", 1.6e6, "EUR"),
        ("Губици износе 1,6 милиона евра дневно.", "sr", 1.6e6, "EUR"),
        # a country's money in other languages, in the case the sentence gives it
        ("Aylık abonman 14.100 forinte çıkacak.", "tr", 14100, "HUF"),
        ("Proje 3 milyar euroluk bir yatırım.", "tr", 3e9, "EUR"),
        ("Η κάρτα κοστίζει 11.400 φιορίνια.", "el", 11400, "HUF"),
        ("El projecte costarà 486 milions d'euros.", "ca", 4.86e8, "EUR"),  # Catalan "d'" before the currency
        # Korean glues its scale words and groups of ten thousands; Japanese too
        ("시가총액이 하루 만에 12조 원 넘게 줄었다.", "ko", 1.2e13, "KRW"),
        ("매출은 87억4천만 유로였다.", "ko", 8.74e9, "EUR"),
        ("약 9조2천억원이 사라졌다.", "ko", 9.2e12, "KRW"),
        ("벌금은 5억 달러다.", "ko", 5e8, "USD"),
        ("負担分は1兆2000億円にのぼる。", "ja", 1.2e12, "JPY"),
        # a hundredth of a currency, where the words say whose
        ("La laiterie paiera 41,8 centimes d'euro le litre.", "fr", 0.418, "EUR"),
        ("Ūkininkams mokama 38,5 euro cento už litrą.", "lt", 0.385, "EUR"),
        ("Die Molkerei zahlt künftig 41,8 Cent je Liter.", "de", 0.418, "EUR"),
        ("Mejeriet sænker prisen med 27 øre.", "da", 0.27, "DKK"),
        ("Do të paguajnë rreth 11 centë euro për kilovat-orë.", "sq", 0.11, "EUR"),
        ("Газ обійдеться у 6,2 євроцента за кіловат-годину.", "uk", 0.062, "EUR"),
        ("Farmers will get 36 pence a litre.", "en", 0.36, "GBP"),
        ("O café fechou a 318,45 centavos de dólar por libra-peso.", "pt", 3.1845, "USD"),
        ("soit environ 12 cents américains le kilo", "fr", 0.12, "USD"),
        ("Der Tarif steigt auf 67,84 Agorot.", "de", 0.6784, "ILS"),
        ("アラビカ種は481.95セントで引けた。", "ja", 4.8195, "USD"),
        # the crowns' hundredths where the word says whose, in any language
        ("SE3 averaged 92.7 öre per kWh in November.", "en", 0.927, "SEK"),
        ("I Sør-Sverige var snittet 99 norske øre per kilowattime.", "nb", 0.99, "NOK"),
        # Bosnia's mark in Croatian and Serbian papers, Tunisia's dinar in French
        ("Vlada je usvojila program vrijedan 12 milijuna KM.", "hr", 12e6, "BAM"),
        ("Влада је усвојила програм вриједан 12 милиона КМ.", "sr", 12e6, "BAM"),
        ("Le kilo de deglet nour se vend autour de 9,5 DT.", "fr", 9.5, "TND"),
        # Kinyarwanda's scale words before the number, its francs before or after them, Haitian Creole's thousand
        ("Leta izatanga miliyari 62 Frw buri mwaka.", "rw", 62e9, "RWF"),
        ("Leta izatanga Frw miliyari 5,2 buri kwezi.", "rw", 5.2e9, "RWF"),
        ("Kaye a koute 870 mil goud.", "ht", 870_000, "HTG"),
        ("Айлык төлөм 72 сом 80 тыйынга көбөйөт.", "ky", 72.8, "KGS"),  # the som and its tyiyn
        ("በአማካይ በ163.85 ብር ተሽጧል።", "am", 163.85, "ETB"),  # Amharic's "by", glued to the number
    ],
)
def test_money_in_many_scripts_and_scales(text, lang, value, unit):
    f = one(text, lang)
    assert f.kind == "money" and f.unit == unit and f.value == pytest.approx(value)


def test_danish_billion_is_ten_to_the_twelfth_from_cldr():
    assert scale_words("da")["billioner"] == 10**12 and scale_words("da")["milliarder"] == 10**9
    assert one("Gælden er 2 billioner kroner.", "da").value == 2e12


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("That is nearly a quarter of the revenue.", "en", 25),
        ("Das ist fast ein Viertel des Umsatzes.", "de", 25),
        ("Det er næsten en fjerdedel af omsætningen.", "da", 25),
        ("Jumlah itu setara dengan seperempat dari pendapatan.", "id", 25),
        ("C'est un quart du chiffre d'affaires.", "fr", 25),
        ("Es un cuarto de los ingresos.", "es", 25),
        ("È un quarto dei ricavi.", "it", 25),
        ("Half of the workers left.", "en", 50),
        ("One in four of the users pays.", "en", 25),
        ("Det svarer til en tredjedel af salget.", "da", 100 / 3),
        # sixths
        ("Salget faldt med omkring en sjettedel af mængden.", "da", 100 / 6),
        ("Das ist ein Sechstel des Absatzes.", "de", 100 / 6),
        ("About a sixth of the beer was exported.", "en", 100 / 6),
        ("ويمثل ذلك نحو ربع إيرادات الشركة.", "ar", 25),
        ("これは収益の約4分の1にあたる。", "ja", 25),
        # where the base follows in the genitive or partitive, with no word for "of"
        ("Dwie trzecie pasażerów stanowili uczniowie.", "pl", 200 / 3),
        ("Dvě třetiny cestujících byli žáci.", "cs", 200 / 3),
        ("Tretinu nákladu tvorilo obilie.", "sk", 100 / 3),
        ("Dvije trećine putnika bili su učenici.", "hr", 200 / 3),
        ("Az utasok kétharmada diák volt.", "hu", 200 / 3),
        ("Kaksi kolmasosaa matkustajista oli oppilaita.", "fi", 200 / 3),
        ("Yolcuların üçte ikisi öğrenciydi.", "tr", 200 / 3),
        ("Du trečdaliai keleivių buvo moksleiviai.", "lt", 200 / 3),
        ("Две трети пассажиров были школьниками.", "ru", 200 / 3),
        ("Drie kwart van de passagiers waren scholieren.", "nl", 75),
        ("Over halvparten av stemmene gikk til forslaget.", "no", 50),
        ("Två tredjedelar av passagerarna var elever.", "sv", 200 / 3),
        # and with one
        ("Două treimi din pasageri erau elevi.", "ro", 200 / 3),
        ("Корабите могат да товарят до две трети от капацитета си.", "bg", 200 / 3),
        ("Τα δύο τρίτα των επιβατών ήταν μαθητές.", "el", 200 / 3),
        # two to four fifths and tenths
        ("Der Gletscher hat zwei Fünftel seines Volumens verloren.", "de", 40),
        ("Le glacier a perdu quatre dixièmes de son volume.", "fr", 40),
        ("Three fifths of the staff were laid off.", "en", 60),
        # Finnish, Estonian and Latvian shares and changes in their cases
        ("Rahtihinnat nousivat katkon aikana neljänneksellä.", "fi", 25),
        ("Veohinnad on selle ajaga tõusnud veerandi võrra.", "et", 25),
        ("Osta apkalpo aptuveni ceturto daļu no visiem pārvadājumiem.", "lv", 25),
        # a change by a fraction, with no word for "of"
        ("Prices of other products rose by a tenth last year.", "en", 10),
        ("Prețurile celorlalte produse au crescut cu o zecime.", "ro", 10),
        ("Die Preise stiegen im Jahresvergleich um ein Fünftel.", "de", 20),
        # Hungarian fractions as the object, with their numerator; Turkish tenths
        ("A nagy uszályok rakományuk mindössze negyedét tudják felvenni.", "hu", 25),
        ("A beruházás költségeinek három tizedét az állam fizeti.", "hu", 30),
        ("Belediye maliyetin onda dördünü üstleniyor.", "tr", 40),
        # "of" elided onto its noun, or one word with "it"; Swedish "every third" of a neuter noun
        ("La regione produce quasi la metà dell'energia del Paese.", "it", 50),
        ("Ruim een derde daarvan ging naar de provincie.", "nl", 100 / 3),
        ("Företaget lägger ner vart femte lager.", "sv", 20),
        # a numerator and its fraction hyphenated; a change by a fraction said approximately or in its case
        ("The state pays more than three-fifths of the budget.", "en", 60),
        ("Ticket prices rose by nearly a third in a year.", "en", 100 / 3),
        # a bound between "by" and the fraction, and eighths
        ("Cocoa prices rose by more than a fifth in a month.", "en", 20),
        ("Die Aktie schoss um gut ein Viertel nach oben.", "de", 25),
        ("Gli ordini sono scesi di circa un ottavo.", "it", 12.5),
        ("Hiszpania zbierze w tym roku o jedną czwartą mniej oliwy.", "pl", 25),
        ("Jövőre harmadával drágul a bérlet.", "hu", 100 / 3),
        # German "of it" in one word; a Turkish share in the dative
        ("Mehr als drei Viertel davon waren Tagesbesucher.", "de", 75),
        ("Bu rakam ülkedeki doktorların dörtte üçüne karşılık geliyor.", "tr", 75),
    ],
)
def test_fractions_in_words_are_shares(text, lang, value):
    f = one(text, lang)
    assert f.kind == "percent" and f.unit == "%" and f.value == pytest.approx(value, rel=1e-4) and f.words


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sales rose in the first half of 2024.", "en"),  # a period, not a share
        ("We met for a quarter hour.", "en"),  # no "of": not a share
        ("It took twenty minutes.", "en"),  # numbers in words are not read: never guessed
        ("První polovina roku byla slabá.", "cs"),  # a period, not a share
        ("Prva polovica godine donijela je rast.", "hr"),
        ("Jumătate de oră mai târziu a sosit ambulanța.", "ro"),  # no "din": no share
        # a quarter of the year in Finnish: in the third quarter, as the quarter ended, in the quarter
        ("Rahasto tuotti kolmannella neljänneksellä hyvin.", "fi"),
        ("Osakkeiden osuus oli neljänneksen päättyessä suuri.", "fi"),
    ],
)
def test_words_that_are_not_figures(text, lang):
    assert [f for f in read_figures(text, lang) if f.kind == "percent"] == []


def test_a_finnish_quarter_before_a_figure_is_the_quarter_it_was_earned_in():
    assert [(f.kind, f.value) for f in read_figures("Osakkeet tuottivat neljänneksellä 5,6 prosenttia.", "fi")] \
        == [("percent", 5.6)]
    assert one("Hinnat nousivat neljänneksellä.", "fi").value == 25  # by a quarter


@pytest.mark.parametrize("text, value, unit", [
    ("Ávöxtunin nam 871 milljarði norskra króna.", 871e9, "NOK"),
    ("Hlutabréf voru 71,3 prósent af eignum sjóðsins.", 71.3, "%"),
    ("Það jafngildir um 3,8 milljónum Bandaríkjadala.", 3.8e6, "USD"),
])
def test_icelandic(text, value, unit):
    f = one(text, "is")
    assert (f.value, f.unit) == (pytest.approx(value), unit)


def test_trillions_in_latvian_and_lithuanian_cases():
    assert one("Fonda vērtība sasniedza 1,82 triljonus eiro.", "lv").value == pytest.approx(1.82e12)
    assert one("Vertė siekė 2 trilijonus eurų.", "lt").value == pytest.approx(2e12)


def test_a_digitless_sentence_is_checked_cheaply_for_fractions():
    assert may_have_figures("Det er næsten en fjerdedel af omsætningen.", "da")
    assert not may_have_figures("Det er en stor del af omsætningen.", "da")


@pytest.mark.parametrize(
    "text, lang, word",
    [
        ("TikTok disebut membayar hampir mencapai Rp322 miliar.", "id", "hampir"),  # not "mencapai"
        ("Paga cerca del 25% de los ingresos.", "es", "cerca del"),
        ("تدفع نحو 20 مليون دولار.", "ar", "نحو"),
        ("وقال إن ما يقرب من نصف الأسر تلقت المساعدات.", "ar", "ما يقرب من"),
        ("Sie zahlt knapp 20 Millionen Euro.", "de", "knapp"),
        ("Versa quasi 20 milioni di euro.", "it", "quasi"),
        ("Il paie près de 20 millions d'euros.", "fr", "près de"),
        ("Zahlt ca. 20 Mio. Euro.", "de", "ca."),
        ("It pays around $20 million.", "en", "around"),
        ("毎月約2000万ドルを支払う。", "ja", "約"),
        ("इसकी कीमत लगभग 55 अरब डॉलर है।", "hi", "लगभग"),
        ("That is nearly a quarter of revenue.", "en", "nearly"),
    ],
)
def test_the_approximation_word_is_named(text, lang, word):
    f = one(text, lang)
    assert f.approx and f.approx_word == word


@pytest.mark.parametrize(
    "text, lang, value, unit, dimension",
    [
        ("Tsunami waves of 1.2 metres reached Wajima.", "en", 1.2, "m", "length"),
        ("Eine Flutwelle von 120 Zentimetern wurde gemessen.", "de", 120, "cm", "length"),
        ("Gempa terjadi di kedalaman sekitar 16 mil.", "id", 16, "mi", "length"),
        ("輪島港では1.2メートルの津波を観測した。", "ja", 1.2, "m", "length"),
        ("The fire burned 500 square kilometres.", "en", 500, "km²", "area"),
        ("Winds reached 120 km/h.", "en", 120, "km/h", "speed"),
        ("It was 40 °C in Seville.", "en", 40, "°C", "temperature"),
        ("They shipped 5 kg of rice.", "en", 5, "kg", "mass"),
        ("Il a plu 30 litres par mètre carré.", "fr", 30, "mm", "length"),  # a litre on a square metre is a millimetre
        ("La citerne contient 30 litres.", "fr", 30, "l", "volume"),
        ("Dänemark genehmigt einen Windpark mit 3000 Megawatt.", "de", 3000, "MW", "power"),
        ("Un parque eólico marino de 3 gigavatios.", "es", 3, "GW", "power"),
        ("Denmark approved a 3-gigawatt wind farm.", "en", 3, "GW", "power"),  # joined by a hyphen
        ("A 10-km stretch of the road was closed.", "en", 10, "km", "length"),
        ("The country produced 40 TWh of wind power.", "en", 40, "TWh", "energy"),
        ("Den skal spare 4,5 millioner ton CO2 om året.", "da", 4.5e6, "t", "mass"),  # after a scale word
        ("Der Park soll 4,5 Millionen Tonnen CO2 einsparen.", "de", 4.5e6, "t", "mass"),
        ("Owners must stop charging the 540Wh battery packs.", "en", 540, "Wh", "energy"),
        # a language's press in its other script or region: Serbian in the Latin script, European Portuguese
        ("Rudnik će zauzeti 2.150 hektara u dolini.", "sr", 2150, "ha", "area"),
        ("O parque fica a 47 quilómetros da costa.", "pt", 47, "km", "length"),
        ("Через Дунай вивезено 3,11 млн т зерна.", "uk", 3.11e6, "t", "mass"),  # "т", the press's tonne
        ("Экспорт составил 3,1 млн т зерна.", "ru", 3.1e6, "t", "mass"),
        # Chinese, Japanese and Korean: Taiwan's words, hours in two ideographs, units in one square,
        # a Korean particle glued to a symbol, a Japanese rain report's "ミリ"
        ("近中心風速每秒45公尺。", "zh", 45, "m/s", "speed"),
        ("中心附近最大风速每秒51米。", "zh", 51, "m/s", "speed"),
        ("台风以时速185公里的速度移动。", "zh", 185, "km/h", "speed"),
        ("最大風速は50メートルに達した。", "ja", 50, "m/s", "speed"),
        ("최대 풍속은 초속 51m에 달했다.", "ko", 51, "m/s", "speed"),
        ("시속 185km의 강풍이 불었다.", "ko", 185, "km/h", "speed"),
        ("산간 지역에는 1,842㎜의 비가 내렸다.", "ko", 1842, "mm", "length"),
        ("雨量は1842ミリに達した。", "ja", 1842, "mm", "length"),
        ("颱風帶來的降雨持續48小時。", "zh", 48, "h", "span"),
        ("台风持续了48小时。", "zh", 48, "h", "span"),
        ("避難は72時間続いた。", "ja", 72, "h", "span"),
        ("電力需要は9920万kWと過去最高を記録した。", "ja", 99.2e6, "kW", "power"),  # a particle after the symbol
        # the vowel signs of the Indic scripts and Thai belong to a unit's word
        ("सड़क 45 किलोमीटर लंबी है।", "hi", 45, "km", "length"),
        ("চালের উৎপাদন দাঁড়াতে পারে ১০৮.৬ মিলিয়ন টনে।", "bn", 108.6e6, "t", "mass"),  # Bengali digits, millions, tonnes
        ("ডালের উৎপাদন নেমে ৬২ লক্ষ টনে দাঁড়াবে।", "bn", 6.2e6, "t", "mass"),
        ("ความต้องการไฟฟ้าสูงถึง 56.1 กิกะวัตต์", "th", 56.1, "GW", "power"),
        # Khmer's energy without CLDR's zero-width space, its power as Cambodia's press spells it, and its
        # digits grouped by a space; no metre in the first letter of "មេហ្គា"
        ("អ្នកប្រើប្រាស់ ៥០ គីឡូវ៉ាត់ម៉ោង", "km", 50, "kWh", "energy"),
        ("តម្រូវការបានឡើងដល់ ២ ៩៦០ មេហ្គាវ៉ាត់។", "km", 2960, "MW", "power"),
        # the press's units CLDR lacks: Portugal's arroba, Indonesia's quintal, Sri Lanka's Tamil ton, the
        # troy ounce in Uzbek, the kilowatt-hour in Kyrgyz
        ("Cada sobreiro deu em média 15 arrobas de cortiça.", "pt", 15, "arroba", "mass"),
        ("Produktivitas naik menjadi 53,5 kuintal.", "id", 53.5, "q", "mass"),
        ("இலங்கை 40,000 மெற்றிக் தொன் இறக்குமதி செய்யும்.", "ta", 40_000, "t", "mass"),
        ("Zaxiralar 12,3 mln troya unsiyasiga tushdi.", "uz", 12.3e6, "ozt", "mass"),
        ("Үй-бүлө айына 260 киловатт-саат колдонот.", "ky", 260, "kWh", "energy"),
        ("მთელი წლის წარმოება დაახლოებით 730 ათას ტონას მიაღწევს.", "ka", 730_000, "t", "mass"),  # Georgian's dative
        ("Germany's brewers sold 6.52 billion pints of beer.", "en", 6.52e9, "pint", "volume"),  # the British pint
        # the kilometre India's languages abbreviate with full stops
        ("सड़क 45 कि.मी. लंबी है।", "hi", 45, "km", "length"),
        ("பாதை 32 கி.மீ. நீளம் கொண்டது.", "ta", 32, "km", "length"),
        ("ಮಾರ್ಗ 118.9 ಕಿ.ಮೀ. ಉದ್ದವಿದೆ.", "kn", 118.9, "km", "length"),
    ],
)
def test_units_from_cldr(text, lang, value, unit, dimension):
    f = one(text, lang)
    assert (f.value, f.unit, f.dimension) == (pytest.approx(value), unit, dimension)


@pytest.mark.parametrize("text, lang", [("电价为每千瓦时28.6日元。", "zh"), ("1kWh当たり平均28.6円だった。", "ja"),
                                        ("전력 가격은 kWh당 168.4원으로 올랐다.", "ko"), ("居民电价为每度电0.6元。", "zh")])
def test_east_asian_prices_name_their_unit_before_the_number(text, lang):
    money = [f for f in read_figures(text, lang) if f.kind == "money"]
    assert [f.per for f in money] == ["kWh"]


def test_a_thai_price_names_its_unit_before_the_number():
    money = [f for f in read_figures("ราคาข้าวขาวส่งออกอยู่ที่ตันละ 10,800 บาท", "th") if f.kind == "money"]
    assert [(f.value, f.unit, f.per) for f in money] == [(10_800, "THB", "t")]


def test_a_length_is_no_speed_without_the_name_of_one():
    assert one("这条铁路全长185公里。", "zh").unit == "km"
    assert one("容量5000ミリアンペア時のバッテリー", "ja").unit == "mAh"  # no "ミリ" of rain


@pytest.mark.parametrize("text, value, unit", [
    ("停電戶數一度多達61.2萬戶。", 612_000, None), ("損失達13億5000萬新台幣。", 1.35e9, "TWD"),
    ("損失約1億美元。", 1e8, "USD"),
])
def test_chinese_in_the_traditional_script(text, value, unit):
    f = one(text, "zh")
    assert (f.value, f.unit) == (pytest.approx(value), unit)


def test_a_list_of_small_numbers_is_no_indian_grouping():
    assert [f.value for f in read_figures("Sizes 10,20,30 and 1,2,3 were sold out.", "en")] != [102030]


@pytest.mark.parametrize("text", ["20m people voted.", "10 in 20 said no.", "A 4G phone and a 3D film.",
                                  "1.2 million in 2020 said no.", "A 20-year-old man and COVID-19."])
def test_letters_that_are_not_units(text):
    assert all(f.unit is None for f in read_figures(text, "en"))


@pytest.mark.parametrize(
    "text, lang, measure",
    [
        ("TikTok pays Microsoft $20 million a month.", "en", "payment"),
        ("Microsofts omsætning var 83 millioner dollar.", "da", "revenue"),
        ("Pendapatan Azure tumbuh 29 persen.", "id", "growth"),  # the nearer word wins
        ("Pendapatan naik 12 persen.", "id", "growth"),
        ("Selskabet omsatte for 3,2 milliarder kroner og vil anke bøden.", "da", "revenue"),
        ("The fire killed three people.", "en", "deaths"),
        ("Powerful quake kills at least 37 in Peru's Andes", "en", "deaths"),
        ("Al menos 37 personas murieron en el sismo.", "es", "deaths"),
        ("Más de 200 personas resultaron heridas.", "es", "injured"),
        ("Quelque 1 500 maisons ont été endommagées.", "fr", "damage"),
        ("Los precios subieron un 2,6% en noviembre.", "es", "growth"),
        ("Las ventas bajaron un 3%.", "es", "decline"),
        ("Fourteen people were hurt.", "en", "injured"),
        ("Apple krijgt een boete van 18 miljard euro.", "nl", "fine"),
        ("At least 48 people were killed.", "en", "deaths"),
        ("Mindestens 64 Menschen kamen ums Leben.", "de", "deaths"),
        ("これまでに64人の死亡が確認された。", "ja", "deaths"),
        ("The quake struck at a depth of 10 km.", "en", "depth"),
        ("Le séisme de magnitude 7,6 a frappé.", "fr", "magnitude"),
        ("IndiGo encarga 50 aviones a Airbus.", "es", "order"),
        ("Mindst 83 mennesker har mistet livet.", "da", "deaths"),
        ("In de fabriek zijn drie medewerkers om het leven gekomen.", "nl", "deaths"),
        ("Banjir telah menewaskan 83 orang.", "id", "deaths"),
        ("Outras 111 pessoas estão desaparecidas.", "pt", "missing"),
        ("111 savnes fortsat.", "da", "missing"),
        ("Plus de 121 000 personnes ont dû quitter leur domicile.", "fr", "displaced"),
        ("Lebih dari 121.000 warga terpaksa mengungsi.", "id", "displaced"),
        ("Unas 19.000 están en albergues públicos.", "es", "sheltered"),
        ("Em algumas regiões, choveu cerca de 300 mm.", "pt", "rainfall"),
        ("Kedjan har omkring 23 000 anställda.", "sv", "employees"),
        ("The chain employs about 23,000 people.", "en", "employees"),
        ("The government will release 1.2 billion reais in emergency aid.", "en", "aid"),
        ("Volterra will cut 4,000 jobs by 2027.", "en", "jobs"),
        ("Volterra schrapt 40.000 banen.", "nl", "jobs"),
        ("ボルテラは4000人を削減すると発表した。", "ja", "jobs"),
        ("The bank's quarterly profit was $2 billion.", "en", "profit"),
        ("Resultatet var opp 81 prosent.", "nb", "growth"),
        # Dutch "banen" are jobs; Norwegian "banen" is the path the rate is set to follow
        ("Rentebeslutningen var ventet, men banen ble justert: Norges Bank signaliserer ett kutt til 3,5 prosent.",
         "nb", "interest rate"),
        ("Turnout was 66.2%, the highest since 1995.", "en", "turnout"),
        ("A medida deverá custar 41 mil milhões de euros.", "pt", "cost"),
        ("In der Region wurden mehr als 127.000 Masernfälle gemeldet.", "de", "cases"),  # a compound's head
        ("Die Mehrkosten belaufen sich auf 4,1 Milliarden Euro.", "de", "cost"),
        ("Es gab 12 Verkehrstote.", "de", "deaths"),
        ("La cobertura de la vacuna bajó al 93 % en 2023.", "es", "coverage"),  # the level reached
        ("Core inflation, which excludes food and energy, held at 2.7%.", "en", "core inflation"),
        ("Die Kerninflation blieb bei 2,7 Prozent.", "de", "core inflation"),
        ("O desemprego manteve-se nos 6,8%.", "pt", "unemployment"),
        ("TikTok paga a Microsoft casi 20 millones de dólares al mes.", "es", "payment"),  # "casi": almost
        ("Der Konzern hält eine Beteiligung von 25 Prozent am Umsatz.", "de", "revenue"),  # a stake, no turnout
        ("Die Arbeitslosenquote verharrte bei 6,3 Prozent.", "de", "unemployment"),
        ("De extra uitkering kost jaarlijks zo'n 4,1 miljard euro.", "nl", "cost"),
        ("L'affluenza è stata del 62,2%.", "it", "turnout"),
        ("A abstenção ficou em 33,8%.", "pt", "abstention"),
        ("The party won 29.5% of the vote.", "en", "votes"),
        ("Shares were up 5% in early trading.", "en", "growth"),
        ("Sales were down 3%.", "en", "decline"),
        ("It reported an 18% rise in net profit.", "en", "growth"),
        ("Der Angreifer soll rund 140.000 Euro pro Woche verdienen.", "de", "salary"),
        ("El Newcastle ha cerrado el fichaje de De Wit a cambio de 62 millones de libras.", "es", "payment"),
        ("Feyenoord verliert De Wit für eine Sockelablöse von 62 Millionen Euro.", "de", "payment"),
        ("Driftsresultatet landede på 1,13 mia. kr.", "da", "operating profit"),
        ("En overskudsgrad på 23,4 procent.", "da", "margin"),
        ("Der Gerichtshof hat die Strafe gegen zwei Stromversorger bestätigt.", "de", None),  # no sum
        ("L'attaccante olandese, 21 anni, arriva dal Feyenoord.", "it", "age"),  # "ola" is no wave
        ("PT DompetKita mengonfirmasi kebocoran data yang memengaruhi 18,6 juta pengguna.", "id", "users"),
        ("De gegevens werden op een darkwebforum te koop aangeboden voor 45.000 dollar.", "nl", "price"),
        ("The fund invested $3 billion in new plants.", "en", "spending"),
        ("Fonden har investeret 3 milliarder kroner.", "da", "spending"),
        ("The scheme took its money from about 3,400 investors.", "en", None),  # people, not spending
        ("The evacuees are staying in 63 evacuation centres.", "en", None),  # the centres, no evacuees
        ("Gli sfollati sono ospitati in 63 centri di accoglienza.", "it", None),
        ("Das Haushaltsdefizit soll auf 5,8 Prozent sinken.", "de", "deficit"),
        ("The central budget shortfall will be capped at 279.5 billion zloty.", "en", "deficit"),
        ("La dette grimperait à 2 650 milliards de zlotys.", "fr", "debt"),
        ("Inflacja w sierpniu wyniosła 2,9 proc. r/r.", "pl", "inflation"),
        ("Strajk dotknął ok. 270 tys. pasażerów.", "pl", "passengers"),
        ("Norrvik offered 42.50 euros per share in cash.", "en", "per share"),
        ("Damit läge Polen erstmals deutlich über der Maastricht-Grenze von 60 Prozent.", "de", "limit"),
        ("Norrvik bietet 42,50 Euro je Aktie.", "de", "per share"),
        ("La oferta, de 42,50 euros por acción, es en efectivo.", "es", "per share"),
        ("Vireo Air užsakė 36 lėktuvus.", "lt", "order"),
        ("Pernai Vireo Air pervežė 9,2 mln. keleivių.", "lt", "passengers"),
        ("Разширяването ще създаде 1200 нови работни места в София.", "bg", "jobs"),
        ("Vireo Air väntas ha 85 flygplan i flottan år 2031.", "sv", "fleet"),
        ("Пенсии будут проиндексированы, инфляция составит 3,2%.", "ru", "inflation"),
        ("Hukkus kaheksa inimest.", "et", "deaths"),
        # options beside a firm order are not the order
        ("Wraz z opcjami wartość zamówienia sięga 4,65 mld dolarów.", "pl", "options"),
        ("The airline also took options for a further 12 jets.", "en", "options"),
        ("The plant has 2,870 people on the payroll.", "en", "employees"),  # not "pay"
        ("A csarnokból negyven dolgozót menekítettek ki.", "hu", "displaced"),
        # word beginnings of one language are not another's words: Hungarian "dolgozik" (works) is no
        # Slovenian "dolg" (debt)
        ("Jelenleg 2870 munkavállaló dolgozik a gyárban.", "hu", "employees"),
        ("Vláda poskytne závodu dotáciou 84 miliónov eur.", "sk", "subsidy"),
        ("Silta ylitti viime vuonna 73 miljoonaa ajoneuvoa.", "fi", "vehicles"),
        ("O passivo de 312 milhões de euros do clube.", "pt", "debt"),
        # Baltic counts and damage, and lists of goods
        ("PAGD duomenimis, iš viso nukentėjo 17 žmonių.", "lt", "injured"),
        ("Ettevõte hindab kahju esialgu 60 miljonile eurole.", "et", "damage"),
        ("Congelarán los precios de 502 productos básicos.", "es", "products"),
        ("Το μέτρο αφορά 520 βασικά προϊόντα.", "el", "products"),
    ],
)
def test_what_a_figure_measures(text, lang, measure):
    assert one(text, lang).measure == measure


@pytest.mark.parametrize(
    "text, lang, measure",
    [
        ("The death toll rose to 83.", "en", "deaths"),  # a level, not growth
        ("O número de mortos subiu para 83.", "pt", "deaths"),
        ("Jumlah korban jiwa naik menjadi 83 orang.", "id", "deaths"),
        ("Die Zahl der Toten stieg auf 83.", "de", "deaths"),
        ("死亡人数上升至83人。", "zh", "deaths"),
        ("The index rose to 5,000 points.", "en", None),
        ("Sales rose by 12 percent.", "en", "growth"),  # the change itself
        ("The number of deaths caused by the rains rose to 83.", "en", "deaths"),  # rain measures millimetres
        ("Up to 300 millimetres of rain fell.", "en", "rainfall"),
        ("14 employees were injured in the fire.", "en", "injured"),  # what happened, not who
        ("14 medarbejdere blev såret.", "da", "injured"),
    ],
)
def test_a_word_that_cannot_measure_a_figure_yields(text, lang, measure):
    assert one(text, lang).measure == measure


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The death toll from the magnitude 6.2 earthquake that struck Poso on Friday has risen to 43.", "en"),
        ("Die Zahl der Toten nach dem Beben der Stärke 6,2 in Poso ist auf 43 gestiegen.", "de"),
        ("El número de muertos por el terremoto de magnitud 6,2 que sacudió Poso el viernes ascendió a 43.", "es"),
        ("Jumlah korban meninggal akibat gempa bermagnitudo 6,2 di Poso, Sulawesi Tengah, bertambah menjadi 43 orang.",
         "id"),
    ],
)
def test_the_level_a_change_reached_measures_its_subject_past_another_figure(text, lang):
    quake, toll = read_figures(text, lang)
    assert (quake.value, quake.measure) == (6.2, "magnitude") and (toll.value, toll.measure) == (43, "deaths")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The quake struck about 18 km northeast of Poso at a depth of 10 km.", "en"),
        ("Menurut BMKG, pusat gempa berada 18 kilometer timur laut Poso pada kedalaman 10 km.", "id"),
        ("L'épicentre se situait à 18 kilomètres au nord-est de Poso, à 10 kilomètres de profondeur.", "fr"),
    ],
)
def test_a_measure_word_right_before_a_figure_is_that_figures_alone(text, lang):
    distance, depth = read_figures(text, lang)
    assert (distance.measure, depth.measure) == ("distance", "depth")  # "18 km northeast of": a distance


@pytest.mark.parametrize(
    "text, lang",
    [
        ("JAKARTA, March 14 (Reuters) - A magnitude 6.2 earthquake struck.", "en"),
        ("Am 14. März bebte die Erde mit einer Stärke von 6,2.", "de"),
        ("Um terremoto de magnitude 6,2 atingiu a ilha nesta sexta-feira (14).", "pt"),
    ],
)
def test_the_day_of_a_date_is_no_figure(text, lang):
    assert [f.value for f in read_figures(text, lang)] == [6.2]


@pytest.mark.parametrize(
    "text, lang, values",
    [
        ("他表示，4号线预计于2032年建成通车，届时日均客流量将达34万人次。", "zh", [340000]),
        ("台風10号の影響で、1万2000戸が停電した。", "ja", [12000]),
        ("서울 지하철 1~8호선의 평일 운행 횟수는 평소 3300회에서 2680회로 줄었다.", "ko", [3300, 2680]),
        ("정부는 주택 3만 호를 공급하기로 했다.", "ko", [30000]),  # "호" alone counts homes
    ],
)
def test_the_number_of_a_line_or_a_typhoon_is_no_figure(text, lang, values):
    assert [f.value for f in read_figures(text, lang) if f.kind == "number"] == values


def test_a_number_word_does_not_begin_with_and():
    injured, missing = read_figures("Ruim 300 mensen raakten gewond en zes mensen worden nog vermist.", "nl")
    assert (injured.measure, missing.text, missing.measure) == ("injured", "zes", "missing")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Third-quarter net profit fell 12% to 1.1 billion euros ($1.19 billion).", "en"),
        ("Im dritten Quartal sank der Nettogewinn um zwölf Prozent auf 1,1 Milliarden Euro.", "de"),
        ("Son bénéfice net a reculé de 12 % au troisième trimestre, à 1,1 milliard d'euros.", "fr"),
        ("Su beneficio neto cayó un 12% en el tercer trimestre, hasta 1.100 millones de euros.", "es"),
        ("De nettowinst daalde in het derde kwartaal met 12 procent tot 1,1 miljard euro.", "nl"),
        ("純利益は前年同期比12%減の11億ユーロだった。", "ja"),
        ("第三季度净利润下降12%，至11亿欧元。", "zh"),
        # the verb at the clause's end
        ("Der Nettogewinn ist im dritten Quartal um 12 Prozent auf 1,1 Milliarden Euro eingebrochen.", "de"),
        ("De nettowinst is met 12 procent tot 1,1 miljard euro gedaald.", "nl"),
        ("Le bénéfice net a chuté de 12 %, à 1,1 milliard d'euros.", "fr"),
        ("Nettooverskuddet faldt med 12 pct. til 1,1 mia. euro.", "da"),  # a compound, inflected
        ("Net profit fell 12pc to €1.1bn.", "en"),  # British and Pakistani English's "pc"
    ],
)
def test_a_change_and_the_level_it_reached(text, lang):
    change, level = [f for f in read_figures(text, lang) if not f.courtesy]
    assert (change.value, change.measure) == (12, "decline") and (level.value, level.measure) == (1.1e9, "profit")


def test_pc_after_the_digits_is_per_cent_but_pcs_are_pieces():
    assert [(f.kind, f.value) for f in read_figures("Inflation eased to 7.2pc in October.", "en")] == [("percent", 7.2)]
    assert [(f.kind, f.value) for f in read_figures("The school bought 30 PCs.", "en")] == [("number", 30)]


def test_the_level_after_a_change_does_not_take_the_next_clauses_measure():
    figures = read_figures("Son bénéfice net a reculé de 12 %, à 1,1 milliard d'euros, tandis que son chiffre d'affaires "
                           "a progressé de 3 %, à 9,6 milliards d'euros.", "fr")
    assert [f.measure for f in figures] == ["decline", "profit", "growth", "revenue"]


def test_a_word_right_after_a_figure_is_that_figures():
    figures = read_figures("Vinse con il 29,5% e 79 seggi, mentre i socialisti si fermarono al 28,7% con 77 seggi.", "it")
    assert [(f.value, f.measure) for f in figures] == [(29.5, None), (79, "seats"), (28.7, None), (77, "seats")]
    *_, votes = read_figures("Chega quadrupled its representation to 48 seats with 18.1% of the vote.", "en")
    assert votes.measure == "votes"


@pytest.mark.parametrize("text, lang", [("Dafür stimmten 54 Prozent der Abgeordneten.", "de"),
                                        ("Za ustawą głosowało 61 proc. posłów.", "pl")])
def test_a_share_of_the_members_is_of_the_seats(text, lang):
    assert one(text, lang).measure == "seats"


@pytest.mark.parametrize("text, lang", [
    ("Das Bündnis kommt auf 79 der 230 Sitze.", "de"),
    ("La alianza obtuvo 79 escaños de 230.", "es"),
    ("L'alliance a obtenu 79 sièges sur 230.", "fr"),
])
def test_the_whole_of_a_part_says_no_measure(text, lang):
    assert read_figures(text, lang)[-1].measure is None  # the seats of parliament are not the seats won


def test_a_word_across_a_break_before_the_next_figure_is_that_figures():
    share, turnout = read_figures("58,2 procent stemte for, og valgdeltagelsen var 58,3 procent.", "da")
    assert (share.measure, turnout.measure) == (None, "turnout")


@pytest.mark.parametrize("text, lang", [
    ("Euro zone inflation eased to 2.2% in November from 2.4% in October.", "en"),
    ("Die Inflation ist im November auf 2,2 Prozent gesunken, nach 2,4 Prozent im Oktober.", "de"),
    ("Inflasi turun menjadi 2,2 persen (yoy) pada November dari 2,4 persen pada Oktober.", "id"),
])
def test_the_month_a_figure_is_of(text, lang):
    november, october = read_figures(text, lang)
    assert (november.month, november.measure, october.month) == (11, "inflation", 10)


def test_may_the_verb_is_no_month():
    assert one("Prices may rise 2% this year.", "en").month is None
    assert one("Prices may rise 2% in May.", "en").month == 5


@pytest.mark.parametrize("text, lang, value, unit", [
    ("Temperatures hit 46.9C in Seville.", "en", 46.9, "°C"),  # wire style: glued
    ("Temperatures hit 116.4F in Seville.", "en", 116.4, "°F"),
    ("Las temperaturas alcanzaron los 46,9 grados en Sevilla.", "es", 46.9, "°C"),  # bare degrees: Celsius
    ("In Sevilla wurden 46,9 Grad gemessen.", "de", 46.9, "°C"),
])
def test_temperatures(text, lang, value, unit):
    f = one(text, lang)
    assert (f.value, f.unit) == (value, unit)


def test_a_letter_apart_from_a_number_is_no_temperature():
    assert one("He got grade 4 C in maths.", "en").unit is None


def test_a_sentence_end_the_splitter_left_is_a_clause_break():
    dead, missing = read_figures("Mindestens 83 Menschen sind ums Leben gekommen. 111 weitere werden noch vermisst.", "de")
    assert (dead.measure, missing.measure) == ("deaths", "missing")


@pytest.mark.parametrize("headline, lang", [
    ("El Real Madrid ficha a Lucas Andrade por 60 millones", "es"),
    ("Real Madrid betaalt 60 miljoen voor Lucas Andrade", "nl"),
])
def test_a_headlines_price_is_in_the_currency_the_article_counts_in(headline, lang):
    article = headline + "\n\nEl club pagará 60 millones de euros. Van Benfica: 60 miljoen euro."
    price = one(article, lang, end=len(headline))
    assert (price.kind, price.value, price.unit) == ("money", 6e7, "EUR")


def test_an_amount_paid_for_nothing_stays_a_number():
    article = "Tokyo population tops 14 million\n\nThe city budget is ¥5 trillion."
    assert one(article, "en", end=article.index("\n")).kind == "number"


def test_a_whole_word_does_not_match_a_longer_one():
    assert one("The company updated its forecast of 5%.", "en").measure is None  # "up" is growth


def test_a_period_past_a_conjunction_is_another_clauses():
    assert one("Volterra to cut 4,000 jobs as quarterly profit slumps", "en").period is None
    assert one("TikTok pays Microsoft $20 million a month.", "en").period == "monthly"


def test_each_figure_takes_the_nearest_measure_of_its_stretch():
    a, b = read_figures("TikTok pays $20 million a month, and Microsoft's cloud revenue is $83 million a month.", "en")
    assert (a.measure, a.period) == ("payment", "monthly") and (b.measure, b.period) == ("revenue", "monthly")


@pytest.mark.parametrize(
    "text, lang, period",
    [
        ("TikTok betaler $20 millioner om måneden.", "da", "monthly"),
        ("Dalam setahun, setoran mencapai Rp3,9 triliun.", "id", "yearly"),
        ("A medida deverá custar 41 mil milhões de francos suíços por ano.", "pt", "yearly"),
        ("Der Umsatz liegt bei 1 Milliarde Dollar im Jahr.", "de", "yearly"),
        ("毎月約2000万ドルを支払っている。", "ja", "monthly"),
        ("全职员工月收入约为20.3万日元。", "zh", "monthly"),  # a month's pay
        ("Tiền thuê nhà trung bình là 642 AUD mỗi tháng.", "vi", "monthly"),
        ("Temir yo'l haftasiga 1 100 ta vagon beradi.", "uz", "weekly"),
        ("Теміржол тәулігіне 1 100 вагон береді.", "kk", "daily"),
        ("השכר עומד על 8,000 שקל לחודש.", "he", "monthly"),
        ("Liman günde 864 bin metreküp su üretiyor.", "tr", "daily"),
        # touching the words around it, as Chinese and Japanese ones do
        ("ค่าจ้าง 7,100 บาทต่อเดือน", "th", "monthly"), ("日給は現在1750ルピー", "ja", "daily"),
        ("Toplayıcıların günlük 1.750 rupilik yevmiyesi", "tr", "daily"),
        ("ប្រាក់ឈ្នួល ២១៧ ដុល្លារក្នុងមួយខែ។", "km", "monthly"),
        ("تدفع نحو 20 مليون دولار شهريا.", "ar", "monthly"),
        ("Landið rís um 0,8 cm á dag.", "is", "daily"),
        ("Konsumsi beras 94 kilogram saben sasi.", "jv", "monthly"),  # Javanese
        ("Leta izatanga miliyari 62 Frw buri mwaka.", "rw", "yearly"),  # Kinyarwanda
        ("Inntøkan verður 450 milliónir krónur um árið.", "fo", "yearly"),
        ("Í dag kostar miðinn 500 krónur.", "is", None),  # "í dag" is today
        # South Asia's, in their cases or before the figure; a month's and a year's output in Japanese
        ("விலை வாரத்திற்கு 300 லிட்டர் வரை", "ta", "weekly"), ("ஆண்டுக்கு ரூ.1,420 கோடி இழப்பு", "ta", "yearly"),
        ("জোগান নেমে এসেছে সপ্তাহে ১,১৫০ টনে।", "bn", "weekly"), ("सरकारला वर्षाला १४,२०० कोटी रुपये", "mr", "yearly"),
        ("同鉱山は月産19万トンの精鉱を生産していた。", "ja", "monthly"),
        ("日産自動車は19万台を生産した。", "ja", None),  # Nissan
        # before the figure ("dagelijks 96.000 liter"), as often as after
        ("In het gebied wordt dagelijks 96.000 liter melk vernietigd.", "nl", "daily"),
        ("Naponta mintegy 45 ezer tonna áru halad át a szakaszon.", "hu", "daily"),
        ("Der Verband rechnet mit täglich 2,5 Millionen Euro Verlust.", "de", "daily"),
        ("Po progi bo vsak dan vozilo 41.000 potnikov.", "sl", "daily"),
        ("La línia transportarà uns 290.000 viatgers a la setmana.", "ca", "weekly"),
        ("Il ministero stima un gettito di 480 milioni di euro l'anno.", "it", "yearly"),
        ("Il piano fa risparmiare 90 milioni di euro al trimestre.", "it", "quarterly"),
        ("The merger brings annual savings of about €150m.", "en", "yearly"),
        ("De fusie levert een jaarlijkse besparing van 150 miljoen euro op.", "nl", "yearly"),
        # a time, not a rate
        ("L'anno scorso il gettito era di 480 milioni di euro.", "it", None),
        ("Il gettito arriverà a 480 milioni di euro l'anno prossimo.", "it", None),
        # a period's locative after a count is a span: "in the first four months", "in 3 months"
        ("প্রথম চার মাসে নেপাল ৩ লাখ ১২ হাজার টন চাল আমদানি করেছে।", "bn", None),
        ("তিনি মাসে ১০ হাজার টাকা পান।", "bn", "monthly"),
    ],
)
def test_the_period_written_next_to_a_figure(text, lang, period):
    assert one(text, lang).period == period


def test_a_period_after_a_count_in_digits_is_a_span():
    *_, money = read_figures("Şirket son 3 ayda 120 milyon lira kazandı.", "tr")
    assert (money.value, money.period) == (120e6, None)


def test_a_period_right_before_a_chinese_or_japanese_figure_is_its_own():
    # a month's pay before the figure, not the year's after it
    month, year = read_figures("月収は約20万7000円、年収に換算すると約248万円となる。", "ja")
    assert (month.period, month.value) == ("monthly", 207_000) and year.value == 2_480_000


def test_a_period_right_before_the_next_figure_is_that_ones():
    total, year = read_figures("정부는 5년간 3조3천억 원을 투입하는데, 이는 연간 6,600억 원 규모다.", "ko")[-2:]
    assert (total.value, total.period) == (3.3e12, None) and (year.value, year.period) == (6.6e11, "yearly")


@pytest.mark.parametrize(
    "text, lang, period",
    [
        ("医師の残業は週70時間に達した。", "ja", "weekly"),
        ("手当は月20万円とする。", "ja", "monthly"),
        ("上限は年960時間とした。", "ja", "yearly"),
        ("실시한 주 52시간 근무제", "ko", "weekly"),
        ("월 200만 원을 받는다.", "ko", "monthly"),
        ("하루 8시간 일한다.", "ko", "daily"),
        ("하루 약 6000장의 웨이퍼를 생산한다.", "ko", "daily"),  # past "about"
        ("实行周40小时工作制。", "zh", "weekly"),
        # Japanese's rate of a day, past "on average" and "about"
        ("ブルーラグーンには1日約3000人が訪れる。", "ja", "daily"),
        ("1日平均では約12万トンのペースとなる。", "ja", "daily"),
        # a time, not a rate: this month, the same month, three months
        ("今月20万円を受け取った。", "ja", None),
        ("同月70時間を記録した。", "ja", None),
        ("3个月内完成200万吨。", "zh", None),
        ("11月1日3000人が参加した。", "ja", None),  # the first of the month
        ("オンタリオ州政府は3年間で2億5000万カナダドルの支援策を打ち出した。", "ja", None),  # over three years
    ],
)
def test_a_period_of_one_syllable_right_before_the_number(text, lang, period):
    assert read_figures(text, lang)[-1].period == period


def test_a_year_in_a_date_is_no_period():
    assert one("Im Jahr 2024 zahlte sie 5 Millionen Euro.", "de").period is None


@pytest.mark.parametrize(
    "text, lang, kept, courtesy",
    [
        ("The EU fined Apple €1.8 billion ($1.95 billion).", "en", "EUR", "USD"),
        ("Bruselas impone una multa de 1.800 millones de euros, unos 1.950 millones de dólares.", "es", "EUR", "USD"),
        ("It struck at a depth of 10 km (6 miles).", "en", "km", "mi"),
        ("TikTok zahlt 20 Millionen US-Dollar pro Monat für Modelle (ca. 145 Millionen RMB).", "de", "USD", "CNY"),
        ("Regeringen har afsat 1,2 milliarder real, svarende til godt 1,6 milliarder kroner, i Brasilien.", "da",
         "BRL", "DKK"),
        ("The fine of 2 million euros, equivalent to 2.2 million dollars, was paid.", "en", "EUR", "USD"),
        # the clause's verb before the words that say "the same amount"
        ("Die Subvention hätte 4,2 Billionen Naira gekostet, umgerechnet rund 2,8 Milliarden Dollar.", "de",
         "NGN", "USD"),
        # Chinese and Japanese write their brackets wide
        ("欧盟对苹果公司处以18亿欧元（约合19.5亿美元）的罚款。", "zh", "EUR", "USD"),
        ("企業の人件費負担が毎月420億バーツ（約1880億円）増えると試算した。", "ja", "THB", "JPY"),
    ],
)
def test_an_outlets_own_conversion_is_a_courtesy(text, lang, kept, courtesy):
    stated, converted = read_figures(text, lang)
    assert (stated.unit, stated.courtesy) == (kept, False) and (converted.unit, converted.courtesy) == (courtesy, True)
    assert (converted.measure, converted.period) == (stated.measure, stated.period)


def test_a_verb_and_a_bracket_between_two_sums_make_no_courtesy():
    # the sum after the bracket restates the first in another period, not the bracket's zlotys
    found = read_figures("Mieszkanie kosztuje 1190 euro miesięcznie (ok. 5,2 tys. zł), czyli ok. 14,3 tys. euro "
                         "rocznie.", "pl")
    assert [(f.unit, f.courtesy) for f in found] == [("EUR", False), ("PLN", True), ("EUR", False)]
    # one word may stand before "umgerechnet", not two
    assert not read_figures("Sie hätte 4,2 Billionen Naira gekostet und gespart, umgerechnet 2,8 Milliarden Dollar.",
                            "de")[1].courtesy


def test_a_restatement_in_the_same_currency_is_no_courtesy():
    a, b = read_figures("Versa 20 milioni di dollari al mese, circa 240 milioni di dollari all'anno.", "it")
    assert not a.courtesy and not b.courtesy and (a.period, b.period) == ("monthly", "yearly")


@pytest.mark.parametrize(
    "text, lang, bound",
    [("At least 48 people died.", "en", "min"), ("Au moins 92 morts.", "fr", "min"),
     ("It flies more than 300 aircraft.", "en", "min"), ("Weniger als 10 Prozent.", "de", "max"),
     ("Up to 300 millimetres of rain fell.", "en", "max"), ("Es fielen bis zu 300 Liter Regen.", "de", "max"),
     ("Kedjan har drygt 23 000 anställda.", "sv", "min"),
     # a verb right before the figure says more than it: "passengers top 24 million"
     ("Nordlys passengers top 24 million.", "en", "min"), ("Le feu a dépassé 1 000 hectares.", "fr", "min"),
     ("Fusionen kan koste op mod 3.000 arbejdspladser.", "da", "max"),
     ("Hasta 600 empleos están en el aire.", "es", "max"), ("Até 40 voos foram cancelados.", "pt", "max"),
     ("Det kan bli opp mot 400 ansatte.", "no", "max"), ("Upp emot 900 tjänster försvinner.", "sv", "max")],
)
def test_bounds(text, lang, bound):
    assert one(text, lang).bound == bound


@pytest.mark.parametrize(
    "text, lang, bound",
    [("事故造成1000人以上受伤。", "zh", "min"), ("事故造成1000多人受伤。", "zh", "min"),
     ("事故造成逾1000人受伤。", "zh", "min"), ("事故造成不超过1000人受伤。", "zh", "max"),
     ("事故で1000人以上が負傷した。", "ja", "min"), ("負傷者は1000人を超えた。", "ja", "min"),
     ("이번 사고로 1,000명 이상이 다쳤다.", "ko", "min"), ("이번 사고로 1천여 명이 다쳤다.", "ko", "min"),
     ("इस हादसे में 1,000 से अधिक लोग घायल हुए।", "hi", "min"), ("Kazada 1.000'den fazla kişi yaralandı.", "tr", "min"),
     ("Kazada 1.000'den az kişi yaralandı.", "tr", "max"),
     # ages name a group: the figure is the group's age, no bound on a count
     ("16歳未満の子ども", "ja", ""), ("65岁以上的老人", "zh", ""), ("65세 이상 노인", "ko", ""),
     ("事故造成1000人受伤。", "zh", "")],
)
def test_bounds_said_after_the_figure(text, lang, bound):
    assert one(text, lang).bound == bound


def test_a_year_after_until_is_no_bound():
    sig = build_signature("A fábrica vai funcionar até 2031, anunciou a empresa.", "pt", date="2026-01-01")
    assert [(e.text, e.bound) for e in sig.events] == [("2031", "")]


@pytest.mark.parametrize(
    "text, precision",
    [("It was 322 billion.", 0.5 / 322), ("It was 1.8 billion.", 0.05 / 1.8), ("It was 7.5 on the scale.", 0.05 / 7.5),
     ("It was 20 million.", 0.03)],  # at most 3 % either way
)
def test_precision_is_half_a_unit_of_the_last_digit(text, precision):
    assert one(text, "en").precision == pytest.approx(precision)


@pytest.mark.parametrize(
    "text, lang, year, measure",
    [
        ("Spotify complained in 2019.", "en", 2019, "complaint"),
        ("Spotify avait déposé plainte en 2019.", "fr", 2019, "complaint"),
        ("স্পটিফাই ২০১৯ সালে অভিযোগ করেছিল।", "bn", 2019, "complaint"),
        ("La investigación se abrió en 2021.", "es", 2021, "investigation"),
        ("調査は2021年に始まった。", "ja", 2021, "investigation"),  # the year's word glued on
        ("조사는 2021년에 시작됐다.", "ko", 2021, None),
    ],
)
def test_years_are_figures_of_their_event(text, lang, year, measure):
    (f,) = [f for f in read_figures(text, lang, years=True) if f.kind == "year"]
    assert (f.value, f.measure) == (year, measure)


@pytest.mark.parametrize(
    "text, lang, kind",
    [
        ("ソニーの売上は10%増えた。", "ja", "percent"),
        ("被害額は約2.6兆円にのぼる。", "ja", "money"),
        ("ইউরোপীয় কমিশন অ্যাপলকে ১৮০ কোটি ইউরো জরিমানা করেছে।", "bn", "money"),
        ("ويمثل ذلك نحو ربع إيرادات مايكروسوفت.", "ar", "percent"),
        ("Det svarer til næsten en fjerdedel af Microsofts omsætning.", "da", "percent"),
    ],
)
def test_sentences_with_such_figures_are_claims(text, lang, kind):
    import hashlib

    from factcheck.core.models import DEFAULT_THRESHOLD, Article
    from factcheck.core.pipeline import analyse

    (claim,) = analyse(Article(text, lang, hashlib.sha256(text.encode()).hexdigest())).claims
    assert kind in claim.kinds and claim.score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "text, lang",
    [
        ("L'accord doit permettre d'économiser 1,5 milliard d'euros par an.", "fr"),
        ("Aftalen skal spare selskabet omkring 1,5 mia. euro om året.", "da"),
        ("Langkah itu menghemat biaya tenaga kerja sekitar 1,5 miliar euro per tahun.", "id"),  # costs saved
        ("The deal would save 1.5 billion euros a year in labour costs.", "en"),
    ],
)
def test_a_sum_saved(text, lang):
    assert one(text, lang).measure == "savings"


def test_saving_lives_is_no_sum_and_a_cost_is_no_saving():
    assert one("The vaccine could save 100 lives a day.", "en").measure is None
    assert one("The plant will cost 2 billion dollars.", "en").measure == "cost"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("He served two and a half years.", "en"),  # not 2
        ("He served 2 and a half years.", "en"),
        ("Il a passé deux ans et demi en prison.", "fr"),
        ("Foi condenado a dois anos e meio de prisão.", "pt"),
        ("Fue condenado a dos años y seis meses de prisión.", "es"),
        ("She was jailed for two years and six months.", "en"),
        ("Er erhielt zweieinhalb Jahre Haft.", "de"),
    ],
)
def test_a_duration_in_two_parts_is_one_figure_in_years(text, lang):
    f = one(text, lang)
    assert (f.kind, f.value) == ("number", 2.5)


@pytest.mark.parametrize("text, lang, value, unit", [
    ("Motor se vypnul 7 minut a 40 sekund po startu.", "cs", 7 + 40 / 60, "min"),
    ("Motorn stängdes av 7 minuter och 40 sekunder efter start.", "sv", 7 + 40 / 60, "min"),
    ("Turen tog 3 timer og 20 minutter.", "da", 3 + 20 / 60, "h"),
    # the minutes in words, as the hours may be
    ("La red se restableció en seis horas y veinte minutos.", "es", 6 + 20 / 60, "h"),
    ("Es dauerte zwei Stunden und fünfzehn Minuten.", "de", 2.25, "h"),
    ("Die Sperre dauerte 4 Minuten und 30 Sekunden.", "de", 4.5, "min"),
    # one hour in words, and hours and minutes with no "and" between
    ("El cruce en ferry tarda una hora y diez minutos.", "es", 1 + 10 / 60, "h"),
    ("The crossing takes an hour and ten minutes.", "en", 1 + 10 / 60, "h"),
    ("La traversata dura un'ora e dieci minuti.", "it", 1 + 10 / 60, "h"),
    ("The crossing takes 1 hour 10 minutes.", "en", 1 + 10 / 60, "h"),
])
def test_hours_and_minutes_or_minutes_and_seconds_are_one_span(text, lang, value, unit):
    f = one(text, lang)
    assert (f.unit, round(f.value, 6)) == (unit, round(value, 6))


@pytest.mark.parametrize("text, lang, value", [
    ("La caída ocurrió en apenas cinco segundos.", "es", 5), ("Le réseau a décroché en cinq secondes.", "fr", 5),
    ("Die Frequenz brach binnen 20 Sekunden ein.", "de", 20), ("It lasted 45 seconds.", "en", 45),
])
def test_seconds_are_a_span(text, lang, value):
    f = one(text, lang)
    assert (f.unit, f.dimension, f.value) == ("sec", "span", value)


def test_according_to_is_no_second():
    # Italian "secondo", Spanish and Portuguese "segundo": according to
    found = [(f.unit, f.value) for f in read_figures("I manifestanti erano 42mila, 110mila secondo i sindacati.", "it")
             if not f.courtesy]
    assert found == [(None, 42000.0), (None, 110000.0)]


def test_a_number_after_a_span_and_and_is_no_part_of_it_without_its_unit():
    found = [(f.unit, f.value) for f in read_figures("It took 2 hours and 3 people.", "en") if not f.courtesy]
    assert found == [("h", 2.0), (None, 3.0)]


def test_a_prison_term_is_what_a_figure_of_years_measures():
    for text, lang in (("He was sentenced to seven years in prison.", "en"), ("La Fiscalía había pedido diecinueve años de "
                       "prisión.", "es"), ("Er ist zu sieben Jahren Haft verurteilt worden.", "de")):
        assert one(text, lang).measure == "prison term"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("About seven in ten accounts were affected.", "en"),
        ("Data itu mencakup sekitar tujuh dari sepuluh akun terdaftar.", "id"),
        ("Sieben von zehn Konten waren betroffen.", "de"),
        ("Afectó a siete de cada diez cuentas.", "es"),
        ("7 out of 10 accounts were affected.", "en"),
        ("Sept comptes sur dix ont été touchés.", "fr"),
        ("Sette account italiani su dieci sono stati colpiti.", "it"),
        ("Foram afetadas sete contas em cada dez.", "pt"),
    ],
)
def test_a_count_out_of_ten_is_one_share(text, lang):
    (share,) = read_figures(text, lang)
    assert (share.kind, share.value, share.unit) == ("percent", 70, "%")


def test_a_difference_in_degrees_and_a_heatwave_are_no_wave():
    record, by = read_figures("La ola de calor dejó un récord en Bolonia, con 41,9 grados, 1,2 grados por encima de "
                              "la anterior marca.", "es")
    assert (record.measure, record.dimension) == (None, "temperature") and by.measure == "growth"


def test_a_measure_word_past_a_conjunction_after_the_figure_is_another_clauses():
    figures = read_figures("Hidrosur écope de 61,2 millions d'euros, Electra Meseta de 37,4 millions, tandis que la "
                           "sanction visant Levante Energía est annulée.", "fr")
    assert [f.measure for f in figures] == [None, None]


@pytest.mark.parametrize(
    "text, lang, measure",
    [
        ("The government sees average inflation slowing to 2.5% next year.", "en", "inflation forecast"),
        ("Per il 2027 il governo prevede un'inflazione media del 2,5% e una crescita del pil del 3,1%.", "it",
         "inflation forecast"),
        ("Für das kommende Jahr rechnet die Regierung mit einer Teuerung von 2,5 Prozent.", "de", "inflation forecast"),
        ("L'inflation a ralenti à 2,9 % sur un an en août.", "fr", "inflation"),  # measured, not forecast
        ("Sales rose 5% in the third quarter, more than analysts had expected.", "en", "growth"),  # no macro rate
    ],
)
def test_a_forecast_of_a_rate_is_its_own_measure(text, lang, measure):
    assert read_figures(text, lang)[0].measure == measure


@pytest.mark.parametrize(
    "text, lang, earlier",
    [
        ("W ubiegłym roku TAP przewiózł 16,6 mln pasażerów.", "pl", True),
        ("The airline carried 9.3 million passengers last year.", "en", True),
        ("Prices rose 2.9% from last year.", "en", False),  # this year's change
        ("The strike hit about 190,000 passengers.", "en", False),
    ],
)
def test_a_count_of_last_year_is_an_earlier_level(text, lang, earlier):
    assert read_figures(text, lang)[0].earlier is earlier


@pytest.mark.parametrize(
    "text, lang, value, unit",
    [
        ("Het bod waardeert Meridiaan op ongeveer €2,2 mrd.", "nl", 2.2e9, "EUR"),
        ("Affären värderas till 23,8 mdr kronor.", "sv", 23.8e9, "SEK"),
        ("Microsoft betaler derefter 11 mia. dollar.", "da", 11e9, "USD"),
        ("Deficyt wyniesie 279,5 mld złotych.", "pl", 279.5e9, "PLN"),
        ("Piloci żądają 14 proc. podwyżki.", "pl", 14, "%"),
        ("Deficyt spadnie o 0,6 pkt proc.", "pl", 0.6, "pp"),
    ],
)
def test_newsroom_abbreviations_of_scales_percent_and_points(text, lang, value, unit):
    f = read_figures(text, lang)[0]
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("text, lang", [
    ("Innerhalb von 24 Stunden sind 381 Liter Regen pro Quadratmeter gefallen.", "de"),
    ("Cayeron 381 litros por metro cuadrado.", "es"),
    ("A Girona hi han caigut 381 litres per metre quadrat.", "ca"),
    ("Sono caduti 381 litri per metro quadro in due giorni.", "it"),
])
def test_litres_of_rain_per_square_metre_are_millimetres(text, lang):
    rain = [f for f in read_figures(text, lang) if f.value == 381][0]
    assert (rain.unit, rain.dimension) == ("mm", "length")


@pytest.mark.parametrize("text, lang", [
    ("Cayeron 381 litros por metro cuadrado en Carcaixent.", "es"),  # what fell, no fall
    ("Es hat wieder geregnet: In Jaén fielen seit September 381 Millimeter.", "de"),
])
def test_rain_that_fell_is_rainfall(text, lang):
    assert [f for f in read_figures(text, lang) if f.value == 381][0].measure == "rainfall"


def test_millimetres_that_fell_without_rain_are_a_fall():
    assert read_figures("Sea levels fell by 5 mm last year.", "en")[0].measure == "decline"


@pytest.mark.parametrize("text, lang, value, unit", [
    ("وبلغ إجمالي الأمطار 381 ملم منذ سبتمبر.", "ar", 381, "mm"),
    ("O azeite custa 4,28 euros por quilo.", "pt", 4.28, "EUR"),
    # a letter scale before a unit, or joined to it by hyphens, is a scale, not metres
    ("The crop reached 1.48m tonnes.", "en", 1_480_000, "t"),
    ("Spain expects a 1.48m-tonne crop.", "en", 1_480_000, "t"),
    ("Spain expects a 1.5-million-tonne crop.", "en", 1_500_000, "t"),
    # ice and water in cubic kilometres, wine in hectolitres
    ("Die Gletscher verloren insgesamt 1,86 Kubikkilometer Eis.", "de", 1.86, "km³"),
    ("I ghiacciai hanno perso quasi 2 chilometri cubi di ghiaccio.", "it", 2, "km³"),
    ("氷河は1.9立方キロメートルの氷を失った。", "ja", 1.9, "km³"),
    ("今年产量约为3960万百升。", "zh", 39_600_000, "hl"),
    # Korean thousands inside a group of ten thousands
    ("생산 차질은 약 3만4천800t에 이른다.", "ko", 34_800, "t"),
    ("일시금 약 4천600만원을 제시했다.", "ko", 46_000_000, "KRW"),
    ("今年预计收成高达791万吨。", "zh", 7_910_000, "t"), ("Sản lượng ước đạt 7,19 triệu tấn.", "vi", 7_190_000, "t"),
    ("Ibebenta nito ang 210,000 tonelada ng bigas.", "tl", 210_000, "t"),
    ("Mas mataas ito ng 10.4 porsiyento kaysa noong isang taon.", "tl", 10.4, "%"),
    ("ไทยส่งออกข้าวได้ 6.48 ล้านตัน", "th", 6_480_000, "t"), ("ซื้อทองคำรวม 241.3 ตันในไตรมาส 3", "th", 241.3, "t"), ("ราคาข้าว 4,268 เยนต่อถุง", "th", 4268, "JPY"),
    ("Potrošeno je 2,8 miliona kubika vode.", "sr", 2_800_000, "m³"),
    ("Nasira ang 46,000 ektarya ng palayan.", "tl", 46_000, "ha"),
    # yen and sen, as Japanese gives an exchange rate
    ("一時1ドル＝162円40銭まで下落した。", "ja", 162.40, "JPY"),
    # a race's climbing, and the Dutch pound
    ("Insgesamt sind 53.000 Höhenmeter zu bewältigen.", "de", 53_000, "m"),
    ("Rittet har 54 100 høydemeter.", "no", 54_100, "m"),
    ("Hij kreeg 11,5 miljoen pond om te tekenen.", "nl", 11_500_000, "GBP"),
    # a scale word joined by a hyphen
    ("Firma má približne 132-tisíc zamestnancov.", "sk", 132_000, None),
    # a phone's battery and storage
    ("Der Akku fasst jetzt 5.500 mAh.", "de", 5500, "mAh"), ("Wer 512 GB möchte, zahlt mehr.", "de", 512, "GB"),
    # Indian grouping, in lakhs and crores
    ("Indian customers pay from Rs 1,09,999.", "en", 109_999, "INR"),
    ("भारत में कीमत 1,09,999 रुपये रखी गई है।", "hi", 109_999, "INR"),
    # oil in barrels
    ("Квота России составит 8,98 млн баррелей в сутки.", "ru", 8_980_000, "bbl"),
    ("Kotası 4,05 milyon varile düşecek.", "tr", 4_050_000, "bbl"), ("日产量约为900万桶。", "zh", 9_000_000, "bbl"),
    # a currency's narrow symbol, and its noun without its country in Chinese, Japanese and Korean
    ("Petrol now sells for ₦1,295 a litre in Lagos.", "en", 1295, "NGN"),
    ("汽油价格涨至1295奈拉。", "zh", 1295, "NGN"), ("ガソリン価格は1295ナイラに上昇した。", "ja", 1295, "NGN"),
    ("입국세는 300바트다.", "ko", 300, "THB"),
    # a Chinese unit whose first character is a scale word ("兆", a trillion)
    ("南非停运容量约1.745万兆瓦。", "zh", 17_450, "MW"), ("装机容量5150兆瓦。", "zh", 5150, "MW"),
    # rupees of the one country their article names besides India
    ("In Lahore a 20kg bag of flour touched Rs2,750 on Wednesday.", "en", 2750, "PKR"),
    ("पाकिस्तान में आटे की बोरी 2,850 रुपये की हो गई।", "hi", 2850, "PKR"),
    ("In Delhi the same bag costs Rs2,750.", "en", 2750, "INR"),
    ("سری لنکا میں ڈالر 296.85 روپے پر پہنچ گیا۔", "ur", 296.85, "LKR"),
    ("श्रीलंका में एक डॉलर की कीमत 298.40 रुपये हो गई।", "hi", 298.40, "LKR"),
    ("बुधवार को एक डॉलर की कीमत 298.40 श्रीलंकाई रुपये रही।", "hi", 298.40, "LKR"),
    ("शुल्क २४ लाख ५७ हजार रुपैयाँ पुगेको छ।", "ne", 2_457_000, "NPR"),
    ("An Indian firm signed a Rs 500 crore deal with Indonesia.", "en", 5_000_000_000, "INR"),
    # Bengali's taka: West Bengal's press gives it India's rupees; Bangladesh's stays Bangladesh's
    ("কলকাতার মাল্টিপ্লেক্সে টিকিটের দাম ছিল ৬৫০ টাকা।", "bn", 650, "INR"),
    ("বাংলাদেশে পোশাক শ্রমিকদের ন্যূনতম মজুরি ১২৫০০ টাকা।", "bn", 12500, "BDT"),
    ("পোশাক শ্রমিকদের ন্যূনতম মজুরি ১২৫০০ টাকা।", "bn", 12500, "BDT"),
    # the pound of the one country its article names besides Britain, and Egypt's own signs
    ("Das Große Ägyptische Museum verlangt von Ausländern 1.700 Pfund Eintritt.", "de", 1700, "EGP"),
    ("Vstupné do muzea v Egyptě činí 1 700 liber.", "cs", 1700, "EGP"),
    ("In Khartoum a sack of flour costs 45,000 pounds.", "en", 45_000, "SDG"),
    ("Egypt raised the price of a ticket to 1,700 pounds.", "en", 1700, "EGP"),  # "p" for pence is no "price"
    ("Die Bank of England verlangt 3 Milliarden Pfund.", "de", 3e9, "GBP"),
    ("Cairo's museum charges E£1,700 a ticket, London's £17.", "en", 1700, "EGP"),
    ("The price of Egypt's tickets was £17 in London.", "en", 17, "GBP"),
    # Mexico's press gives the thousands of millions before "millones"; a count before a sum stays apart
    ("Las remesas sumaron 49 mil 372 millones de dólares.", "es", 49_372_000_000, "USD"),
    ("Llegaron 49 mil personas y 372 millones de dólares.", "es", 372_000_000, "USD"),
    # the dollar in India's other scripts, and Tamil's with its case ending
    ("ਨੁਕਸਾਨ 1.42 ਅਰਬ ਡਾਲਰ ਹੈ।", "pa", 1.42e9, "USD"), ("கையிருப்பு 671.2 பில்லியன் டாலராக இருந்தது.", "ta", 671.2e9, "USD"),
    # East Africa's shillings: Kenya's by default, Tanzania's or Uganda's where the article names it
    ("Deni la Kenya limefikia Sh11.5 trilioni.", "sw", 11.5e12, "KES"),
    ("Tanzania italipa shilingi trilioni 1.1 mwaka huu.", "sw", 1.1e12, "TZS"),
    ("In Dar es Salaam the budget is Sh2.5 trillion.", "en", 2.5e12, "TZS"),
    ("Uganda will spend Shs2.5 trillion on roads.", "en", 2.5e12, "UGX"),
    # per cent in Azerbaijani, Uzbek and Kazakh, in their cases
    ("Oktyabrda illik inflyasiya 29,4 faizə yüksəlib.", "az", 29.4, "%"), ("Inflyatsiya 12 foizga yetdi.", "uz", 12, "%"),
    ("Инфляция 8,5 пайызға жетті.", "kk", 8.5, "%"),
    # the Devanagari press's short words for units, Marathi's per cent, Amharic's thousand
    ("सांताक्रूज वेधशाला में 952.6 मिमी बारिश दर्ज की गई।", "hi", 952.6, "mm"), ("मुंबई से 120 किमी दूर", "hi", 120, "km"),
    ("तलावांमध्ये एकूण ९६.७ टक्के पाणीसाठा आहे.", "mr", 96.7, "%"), ("ለድሉ 40 ሺህ ዩሮ ተሸልሟል።", "am", 40_000, "EUR"),
    # Tagalog joins a scale word to its noun ("milyong ektarya")
    ("Umabot sa 2.96 milyong ektarya ang nasunog.", "tl", 2_960_000, "ha"),
    # Nepal's arab and crore (CLDR makes the crore a million), the CFA franc, Nepal's own English
    ("क्षति ९ अर्ब ६० करोड रुपैयाँ पुगेको छ।", "ne", 9_600_000_000, "NPR"),
    ("Le champ a coûté 2 800 milliards de francs CFA.", "fr", 2.8e12, "XOF"),
    ("Le projet vaut 1 500 milliards de FCFA.", "fr", 1.5e12, "XOF"),
    ("Exports earned 21.4 billion Nepali rupees.", "en", 21.4e9, "NPR"),
    # millions of foreign sums in Urdu
    ("امریکہ اور کینیڈا سے 5.2 ملین ڈالر آئے۔", "ur", 5_200_000, "USD"),
    # the rupee and the crore in South India's languages (in Sri Lanka's Tamil, Sri Lanka's rupee);
    # the crore borrowed by the world's press
    ("படம் ரூ.480 கோடியைத் தாண்டியது.", "ta", 4_800_000_000, "INR"),
    ("టికెట్ ధర పెరిగింది (రూ.176.5 కోట్లు).", "te", 1_765_000_000, "INR"),
    ("இலங்கையில் ஒரு கிலோ அரிசி ரூ.250 ஆக உயர்ந்தது.", "ta", 250, "LKR"),
    ("Di India, filem itu meraih kutipan bersih 72.6 crore rupee.", "ms", 726_000_000, "INR"),
    # Korean thousands of ten thousands after a larger group, and a currency's name written as one word
    ("망치 가격은 4억1천200만 홍콩달러였다.", "ko", 412_000_000, "HKD"),
    ("La policia suma 389 tones confiscades.", "ca", 389, "t"),
    # Khmer: no space after a currency's word, the thousands grouped with a full stop
    ("ប្រាក់ឈ្នួល ២១៧ ដុល្លារក្នុងមួយខែ។", "km", 217, "USD"), ("ប្រាក់ឈ្នួល ប្រមាណ ៨៧២.០០០ រៀល", "km", 872_000, "KHR"),
    ("អតិផរណា ២.៥ ភាគរយ", "km", 2.5, "%"),
    # the quintal or centner, a hundred kilograms, and the decitonne; Kazakh tonnes in their cases
    ("Урожайность составила 34 центнера с гектара.", "ru", 34, "q"), ("zaledwie 15,8 dt/ha", "pl", 15.8, "q"),
    ("hosildorlik gektariga 34 sentner", "uz", 34, "q"), ("rinde de 31,2 quintales por hectárea", "es", 31.2, "q"),
    ("rese medie di 31,2 quintali per ettaro", "it", 31.2, "q"), ("Урожайность — 31,2 ц/га.", "ru", 31.2, "q"),
    ("ምርቱ 14.5 ሚሊዮን ኩንታል ደርሷል።", "am", 14.5e6, "q"),
    ("Былтыр 3,31 млн тоннадан астам жиналды.", "kk", 3_310_000, "t"),
    # Somali's per cent, billions and dollars joined by "oo"; Amharic's and Chinese's birr; Azerbaijan's manat;
    # Russian's lira in a story on Turkey; Sri Lanka's Tamil rupee in its cases
    ("Bangiga dhexe ayaa heerka u qaaday 17.5 boqolkiiba.", "so", 17.5, "%"),
    ("Dhoofinta ayaa gaareen 7.4 bilyan oo doolar.", "so", 7.4e9, "USD"), ("ጭማሪው 25.83 ብር ነው", "am", 25.83, "ETB"),
    ("上涨逾25比尔", "zh", 25, "ETB"), ("təxminən 5,3 milyard manat", "az", 5.3e9, "AZN"),
    ("Турция: расходы превысили 3 трлн лир.", "ru", 3e12, "TRY"),
    # the Gulf's and the Maghreb's press: "KD 6.8 billion", "1 285 DA le quintal"
    ("The deficit forecast rose to KD 6.8 billion.", "en", 6.8e9, "KWD"),
    ("En Algérie, le blé se vendait à 1 285 DA le quintal.", "fr", 1285, "DZD"),
    ("இலங்கையில் சம்பளம் 1,750 ரூபாவிலிருந்து உயர்ந்தது.", "ta", 1750, "LKR"),
    # a first group of one or two written as its scale word alone, the next joined with "and"
    ("یک میلیون و ۶۷۳ هزار نفر در حج شرکت کردند.", "fa", 1_673_000, None),
    ("بلغ عدد السكان مليونين و300 ألف نسمة.", "ar", 2_300_000, None), ("1 مليون و673 ألف حاج", "ar", 1_673_000, None),
    # Arabic units in the accusative of the counts from eleven to ninety-nine
    ("وصل القارب بعد رحلة نحو 780 كيلومترا من السواحل.", "ar", 780, "km"),
    ("يبلغ ارتفاع القمة 8849 متراً.", "ar", 8849, "m"), ("على بعد 420 ميلا بحريا.", "ar", 420, "nmi"),
    # the pound's hundredth in any language, and Iran's tomans, ten rials each
    ("The unit rate rises to 27.58p per kilowatt-hour.", "en", 0.2758, "GBP"),
    ("Il gas scenderà a 6,21 penny al chilowattora.", "it", 0.0621, "GBP"),
    ("دلار در بازار آزاد به ۱۱۸ هزار و ۵۰۰ تومان رسید.", "fa", 1_185_000, "IRR"),
    ("Ein Liter Benzin kostet 1.500 Toman.", "de", 15_000, "IRR"),
    # the dollar's sign in Latin America's Spanish is its pesos, where the article names the country
    ("El INDEC informó que el blue se vendió a $1.615.", "es", 1615, "ARS"),
    ("En México la gasolina cuesta $24 por litro.", "es", 24, "MXN"),
    ("Apple vende el iPhone a $999 en Estados Unidos.", "es", 999, "USD"),
    ("Argentina recibió US$20.000 millones del FMI.", "es", 20_000_000_000, "USD"),
    # Hebrew's prepositions hyphened to a number, and per cent in Hebrew, Amharic and Nepali
    ("האינפלציה הגיעה ל-13.5% באוקטובר.", "he", 13.5, "%"), ("הריבית ירדה ל-4.25 אחוזים.", "he", 4.25, "%"),
    ("44 በመቶ የሚሆነው ህዝብ መብራት የለውም።", "am", 44, "%"), ("यो २० प्रतिशतको वृद्धि हो।", "ne", 20, "%"),
    # temperatures below zero, before or after the number, and the one sign for degrees Celsius
    ("Temperaturen sank bis minus 40 Grad.", "de", -40, "°C"), ("气温降至零下40摄氏度。", "zh", -40, "°C"),
    ("Ночью до минус 40 градусов.", "ru", -40, "°C"), ("Se esperan 40 grados bajo cero.", "es", -40, "°C"),
    ("기온이 영하 40℃까지 떨어졌다.", "ko", -40, "°C"), ("最高気温は40℃に達した。", "ja", 40, "°C"),
    # Korean groups of ten thousands, spaced
    ("정부는 1억 5천만 원을 지원한다.", "ko", 150_000_000, "KRW"),
    # Nynorsk: Bokmål's kroner, per cent and halves, its own scale words and "one"
    ("Regjeringa vil bruke 54,2 milliardar kroner av oljepengane.", "nn", 54.2e9, "NOK"),
    ("Bustadprisane gjekk opp 0,2 prosent i oktober.", "nn", 0.2, "%"),
    ("Lånet er på halvanna million kroner.", "nn", 1.5e6, "NOK"),
    ("Ein tredjedel av lånet er fast.", "nn", 33.3333, "%"),
    ("Mga 6.3 milyon ka pasahero ang mosakay og dyip.", "ceb", 6_300_000, None),
    ("South Korea will purchase 200,000 tons of newly harvested rice.", "en", 200_000, "t"),
    # Arabic's megawatts and trillions; Sorani Kurdish's billions and dollars, thousands and dinars
    ("ليصل العجز إلى 8700 ميغاواط.", "ar", 8700, "MW"), ("الديون بنحو 14.5 تريليون دينار عراقي.", "ar", 14.5e12, "IQD"),
    ("قەرزی عێراق بۆ ئێران گەیشتووەتە ١١.٢ ملیار دۆلار.", "ku", 11.2e9, "USD"),
    ("نرخی هەر ئەمپێرێک ١٥ هەزار دینار بێت.", "ku", 15_000, "IQD"),
    # Georgian's scale words before their noun, the lari in its cases; Armenian's dollar; Turkish "lari"
    ("შემოსავალმა 11.12 მილიარდ ლარს შეადგენს.", "ka", 11.12e9, "GEL"),
    ("եկամուտները կազմել են 412 միլիոն դոլար։", "hy", 412e6, "USD"),
    ("Turizm geliri 4,12 milyar lari ile rekora ulaştı.", "tr", 4.12e9, "GEL"),
    # South Asia's groups: Nepali hundreds, thousands of crores, Bengali's decimal point in words,
    # Nepal's paisa after the rupees
    ("कतार (३५ हजार ८ सय ६०) र साउदी", "ne", 35_860, None),
    ("রিজার্ভ দাঁড়িয়েছে ১ হাজার ৯৮৪ কোটি ডলারে।", "bn", 19.84e9, "USD"),
    ("सरकार ने 5 हजार 200 करोड़ रुपये दिए।", "hi", 52e9, "INR"),
    ("প্রবাসী আয় বেড়েছে ১৪ দশমিক ৮ শতাংশ।", "bn", 14.8, "%"),
    ("রিজার্ভ ২৫ দশমিক ৪ বিলিয়ন ডলার।", "bn", 25.4e9, "USD"),
    ("अमेरिकी डलरको खरिददर १४१ रुपैयाँ ९० पैसा तोकेको छ।", "ne", 141.9, "NPR"),
    # the Faroese króna is the Danish krone; South Asian groups in Tamil and in Pakistan's Punjabi
    ("Prísurin var 58,90 krónur fyri kiloið.", "fo", 58.9, "DKK"),
    ("இந்த ஆண்டு 20 இலட்சத்து 3,418 பயணிகள் வந்துள்ளனர்.", "ta", 2_003_418, None),
    ("اب تک 1 کروڑ 1 لکھ 80 ہزار گانٹھاں پہنچیاں", "pa", 10_180_000, None),
    # Persian's kilometre with its ending ("in 28 kilometres of"), Indonesian's and Malay's speeds
    ("مرکز زلزله در ۲۸ کیلومتری مزار شریف بود.", "fa", 28, "km"),
    ("Pebalap melaju dengan kecepatan rata-rata 41,6 km/jam.", "id", 41.6, "km/h"),
    ("Kenderaan itu dipandu pada kelajuan 90 km/j.", "ms", 90, "km/h"),
    # a symbol glued on before a Korean word: metres and tonnes, never a million's "m"
    ("활주로 끝에서 264m 떨어진 곳에 둔덕이 있었다.", "ko", 264, "m"),
    ("정부는 비축미 100만t 수준을 유지하기로 했다.", "ko", 1_000_000, "t"),
])
def test_units_as_the_press_writes_them(text, lang, value, unit):
    f = [f for f in read_figures(text, lang) if f.unit == unit][0]
    assert (f.value, f.unit) == (pytest.approx(value), unit)
    if lang == "pt":
        assert f.per == "kg"


@pytest.mark.parametrize("text, lang, value", [
    ("该地区产量占全国总产量近两成。", "zh", 20), ("渡轮超载约四成。", "zh", 40), ("约有4成受访者表示不满。", "zh", 40),
    ("消費者の3割5分が不満だと答えた。", "ja", 35), ("約4割が高いと答えた。", "ja", 40),
])
def test_shares_in_tenths(text, lang, value):
    f = one(text, lang)
    assert (f.kind, f.value, f.unit) == ("percent", value, "%")


@pytest.mark.parametrize("text", ["他的计划取得成功。", "价格多年来一成不变。", "两人合资成立公司。"])
def test_words_that_begin_with_tenths_are_none(text):
    assert not [f for f in read_figures(text, "zh") if f.kind == "percent"]


def test_share_moves_in_other_words():
    assert read_figures("A Piazza Affari il titolo è balzato del 72,6%.", "it")[0].measure == "growth"
    assert read_figures("Die Aktie schoss um 27,6 Prozent nach oben.", "de")[0].measure == "growth"


def test_ages_in_a_list_and_the_persons_they_are_of():
    two, first, second = read_figures("Two workers have died: a 57-year-old man and a 61-year-old.", "en")
    assert (first.measure, second.measure, second.earlier) == ("age", "age", False)
    assert [f.measure for f in read_figures("W upale zmarło dwóch robotników w wieku 57 i 61 lat.", "pl")][-2:] == [
        "age", "age"]
    assert read_figures("Partileder Jens-Frederik Nielsen (33) sa det.", "no")[0].measure == "age (Nielsen)"
    assert read_figures("mens 29-årige Anna Holm blev bedste dansker", "da")[0].measure == "age (Holm)"
    # and in their cases
    assert read_figures("Ein 76-jähriger Mann aus Dresden starb.", "de")[0].measure.startswith("age")
    assert read_figures("En 76-åring døde i brannen.", "nb")[0].measure == "age"


@pytest.mark.parametrize(
    "text, lang, value, unit",
    [
        ("Satelit seberat 13,2 ton itu akan mengorbit.", "id", 13.2, "t"),
        ("Les exportations sont attendues à 16,5 millions de tonnes.", "fr", 16.5e6, "t"),
        ("Il raccolto è di 23 milioni di tonnellate.", "it", 23e6, "t"),
        ("El satélite pesa 1.320 kilos al despegar.", "es", 1320, "kg"),
        ("Tiene 5 millones de habitantes.", "es", 5e6, None),  # "de" and no unit
    ],
)
def test_tonnes_and_kilos_are_read_as_outlets_write_them(text, lang, value, unit):
    (f,) = [q for q in read_figures(text, lang) if q.kind == "number"]
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize(
    "text, lang, kind, value, unit",
    [
        # Finnish and Hungarian decline the sum; Croatian writes "četvorni" for CLDR's "kvadratni"
        ("Aldervik ostaa Bryden noin 3,3 miljardilla eurolla.", "fi", "money", 3.3e9, "EUR"),
        ("Yhtiö arvioi 900 miljoonan Ruotsin kruunun säästöt.", "fi", "money", 9e8, "SEK"),
        ("Kaupan ehtona on, että vähintään 90 prosenttia osakkeista myydään.", "fi", "percent", 90, "%"),
        ("Az angol klub 68 millió eurót fizet érte.", "hu", "money", 6.8e7, "EUR"),
        ("Ez mintegy 26,5 milliárd forintot jelent.", "hu", "money", 2.65e10, "HUF"),
        ("A középpályás heti 150 ezer font fizetést kap.", "hu", "money", 1.5e5, "GBP"),  # pounds, not lb
        ("Nevelőegyesülete a vételár 15 százalékát kapja.", "hu", "percent", 15, "%"),
        ("Potraga se proširila na 4.500 četvornih kilometara.", "hr", "number", 4500, "km²"),
        ("Iskopano je 8,4 milijuna kubičnih metara stijene.", "hr", "number", 8.4e6, "m³"),
        ("A műhold 412 millió euróba került.", "hu", "money", 4.12e8, "EUR"),  # the illative: "into euros"
        ("Egy frank csütörtökön már 4,587 zlotyba került.", "hu", "money", 4.587, "PLN"),
        ("Poškodovanih je 3000 hektarjev vinogradov.", "sl", "number", 3000, "ha"),
        ("S'han perdut quatre de cada deu quilos de raïm.", "ca", "percent", 40, "%"),  # Catalan words
        ("S'ha perdut tres quartes parts de la collita.", "ca", "percent", 75, "%"),
        ("Se perdieron tres cuartas partes de la cosecha.", "es", "percent", 75, "%"),
        ("Bir sonraki fırlatma altı ay gecikecek.", "tr", "number", 6, "mo"),  # a span of months
        ("A kerülő akár 45 percet is jelenthet.", "hu", "number", 45, "min"),  # minutes in the accusative
        ("Nezaměstnanost klesla na 3,8 procenta.", "cs", "percent", 3.8, "%"),
        # a Hungarian unit takes the sentence's case ending, in harmony with its vowels
        ("A Duna szintje 34 centiméterre apadt.", "hu", "number", 34, "cm"),
        ("A vízmércén szerdán 96 centimétert mértek.", "hu", "number", 96, "cm"),
        ("A 32,6 kilométeres szakaszt lezárták.", "hu", "number", 32.6, "km"),
        ("A forgalom napi 45 ezer tonnára csökkent.", "hu", "number", 45000, "t"),
        ("A termelés 40 gigawattórával nő.", "hu", "number", 40, "GWh"),
        # and Finnish, Estonian, Latvian and Lithuanian units in the cases a sentence gives them
        ("Ankkuri raahautui noin 87 kilometrin matkan.", "fi", "number", 87, "km"),
        ("Alus kulki kuuden solmun nopeudella.", "fi", "number", 6, "kn"),
        ("Vaurioita löytyi 12 kilometrillä.", "fi", "number", 12, "km"),
        ("Kahjustatud on 146-kilomeetrine merekaabel.", "et", "number", 146, "km"),
        ("Ankur lohises 87 kilomeetri pikkusel lõigul.", "et", "number", 87, "km"),
        ("Enkurs tika vilkts 87 kilometrus garā posmā.", "lv", "number", 87, "km"),
        ("Inkaras buvo vilktas net 87 jūrmyles.", "lt", "number", 87, "nmi"),
        ("Kabelis nutiestas per 146 kilometrus.", "lt", "number", 146, "km"),
        ("Barajlardaki su 28,5 milyon metreküpe kadar geriledi.", "tr", "number", 28.5e6, "m³"),
        ("Yağış 71 milimetreye ulaştı.", "tr", "number", 71, "mm"),
        ("Yeni hat 120 kilometrelik.", "tr", "number", 120, "km"),
        ("Üretim 958 kilovatsaate ulaştı.", "tr", "number", 958, "kWh"),  # "saat" takes front endings
        ("Üretim 958 kilovat-saat oldu.", "tr", "number", 958, "kWh"),  # hyphenated: no kilowatt
        # the Scandinavian mile, ten kilometres ("mil" is the English mile in other languages)
        ("Hela banan är 87 mil lång.", "sv", "number", 87, "mil"),
        ("Sprekken er 6,5 mil lang.", "no", "number", 6.5, "mil"),
        ("Hat 116 mil uzunluğunda.", "tr", "number", 116, "mi"),
        # Hebrew scale words behind CLDR's direction marks, and its currency words as the press writes them
        ("תפוקת ההתפלה עומדת על 210 אלף מטר מעוקב ביום.", "he", "number", 210e3, "m³"),
        ("הפרויקט יעלה 27 מיליון דולר.", "he", "money", 27e6, "USD"),
        ("הקנס הוא 300 יורו.", "he", "money", 300, "EUR"),
        ("Его стоимость составила 2,6 млрд рублей.", "ru", "money", 2.6e9, "RUB"),
        # the press's short words for cubic metres and millimetres
        ("Τα αποθέματα έπεσαν στα 28,5 εκατ. κυβικά νερού.", "el", "number", 28.5e6, "m³"),
        ("Έπεσαν μόλις 237 χιλιοστά βροχής.", "el", "number", 237, "mm"),
        ("В водохранилищах осталось 28,5 млн кубометров.", "ru", "number", 28.5e6, "m³"),
        # a rate per 100,000 in more languages' words
        ("Die Inzidenz liegt bei rund 32 Fällen je 100.000 Einwohner.", "de", "number", 32, "/100k"),
        ("Zachorowalność wynosi 15 przypadków na 100 tys. mieszkańców.", "pl", "number", 15, "/100k"),
        ("Incidența a urcat la 32 de cazuri la 100.000 de locuitori.", "ro", "number", 32, "/100k"),
        # and per 10,000 or per 1,000, scaled to the same base
        ("A incidência é de 129 casos por 10 mil habitantes.", "pt", "number", 1290, "/100k"),
        ("Заболеваемость составила 696 случаев на 10 тысяч жителей.", "ru", "number", 6960, "/100k"),
        ("Hubo 40 muertes por cada 1000 nacidos vivos.", "es", "number", 4000, "/100k"),
        # Romanian with the cedilla letters of old keyboards
        ("Euro era cotat la 426,3 forinţi.", "ro", "money", 426.3, "HUF"),
        # Baltic tonnes as outlets write them (CLDR has only the formal "metric" forms), a Latvian count
        # in the genitive, an Estonian sum in its case, a Romanian sum of twenty or more with its "de",
        # the Bulgarian article joined to a numeral
        ("Sandėlyje buvo laikoma 250 tonų amoniako.", "lt", "number", 250, "t"),
        ("Gamykla per metus pagamina apie 1,1 mln. tonų trąšų.", "lt", "number", 1.1e6, "t"),
        ("Rūpnīcā glabājās 2 500 tonnu amonjaka.", "lv", "number", 2500, "t"),
        ("Iedzīvotājiem divu kilometru rādiusā lika palikt mājās.", "lv", "number", 2, "km"),
        ("Ettevõte hindab kahju esialgu 60 miljonile eurole.", "et", "money", 60e6, "EUR"),
        ("Un coș de bază costă circa 240 de lei pe lună.", "ro", "money", 240, "RON"),
        ("Abonamentul lunar costă 11.400 de forinți.", "ro", "money", 11400, "HUF"),
        ("Министерството публикува списъка на 520-те стоки.", "bg", "number", 520, None),
        ("Operators lēš, ka zaudējumi sasniedz 2,5 miljonus eiro dienā.", "lv", "money", 2.5e6, "EUR"),
        ("Šoferi gaida līdz pat trīsdesmit stundām.", "lv", "number", 30, "h"),
        ("Dernek, etkilenen yolcu sayısının 150 bini bulduğunu öne sürdü.", "tr", "number", 150e3, None),
        ("Havalimanı zararın 3 milyar lirayı bulduğunu açıkladı.", "tr", "money", 3e9, "TRY"),
        # a percent in words whose sign is a number word too ("cento", "ciento", "cent")
        ("O sindicato continua a exigir quinze por cento.", "pt", "percent", 15, "%"),
        ("Chiedono un aumento del venti per cento.", "it", "percent", 20, "%"),
        ("Ils demandent quinze pour cent de plus.", "fr", "percent", 15, "%"),
        # a year-like number with a unit is a measure ("2000 km"); "2019 m." is Lithuanian "in 2019"
        ("The pipeline runs for 2000 km under the sea.", "en", "number", 2000, "km"),
        # the Slavic scale words in the cases a sum takes after a verb or a preposition
        ("Vláda firmu podporila 3,1 miliónmi eur.", "sk", "money", 3.1e6, "EUR"),
        ("Loď narazila do člna s nákladom 1 870 tonami kukurice.", "sk", "number", 1870, "t"),
        ("Statek z 640 tonami zboża osiadł na mieliźnie.", "pl", "number", 640, "t"),
        # the tens in Hungarian words, and Italian days counted as such
        ("A díjat kilencven napon szedik majd.", "hu", "number", 90, "d"),
        ("Il calendario prevede 90 giornate di apertura.", "it", "number", 90, "d"),
        ("Stát přispěl milionem korun a kraj 2,5 miliardami korun.", "cs", "money", 2.5e9, "CZK"),
        ("Gmina dysponuje 12 milionami złotych.", "pl", "money", 12e6, "PLN"),
        ("Grad je projekt sufinancirao s 4,2 milijunima eura.", "hr", "money", 4.2e6, "EUR"),
        ("Občina je prispevala 1,5 milijardo evrov.", "sl", "money", 1.5e9, "EUR"),
        ("Уряд виділив 3 мільярдами гривень менше.", "uk", "money", 3e9, "UAH"),
    ],
)
def test_languages_that_decline_their_figures(text, lang, kind, value, unit):
    f = one(text, lang)
    assert (f.kind, f.unit) == (kind, unit) and f.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "lang"), [
    ("A bárka 1870 tonna kukoricát szállított.", "hu"),
    ("Barža je prevozila 1800 tona kukuruza.", "sr"),
    ("The barge carried 1900 metric tons of maize.", "en"),
])
def test_a_number_of_a_years_digits_with_a_unit_after_it_is_no_year(text, lang):
    figures = read_figures(text, lang, years=True)
    assert [f.kind for f in figures] == ["number"] and figures[0].unit == "t"


@pytest.mark.parametrize(("text", "lang"), [
    ("Vom Umbau sind gut 2100 Arbeiter betroffen.", "de"), ("Több mint 2100 munkás dolgozik az építkezésen.", "hu"),
    ("The plant will employ more than 2000 people.", "en"), ("Na budowie pracuje ponad 1900 osób.", "pl"),
])
def test_a_number_of_a_years_digits_said_to_be_at_least_is_a_count(text, lang):
    figures = read_figures(text, lang, years=True)
    assert [(f.kind, f.bound) for f in figures] == [("number", "min")]


def test_a_year_after_since_or_from_stays_a_year():
    assert [f.kind for f in read_figures("Seit 2019 steigt der Preis, ab 2027 gilt die Regel.", "de", years=True)] \
        == ["year", "year"]


def test_a_lithuanian_year_is_no_length():
    assert [f for f in read_figures("Panaši avarija įvyko 2019 m. Latvijoje.", "lt") if f.kind != "year"] == []


def test_bounds_and_periods_in_more_languages():
    assert one("A Westbridge már több mint 200 millió fontot költött.", "hu").bound == "min"
    assert one("Yhtiö tavoittelee 900 miljoonan Ruotsin kruunun säästöjä kuukaudessa.", "fi").period == "monthly"


def test_a_distance_is_no_cost_and_nautical_miles_are_a_length():
    (f,) = read_figures("El barco volcó a unos 3 kilómetros de la costa.", "es")
    assert f.measure != "cost" and f.unit == "km"
    f, courtesy = read_figures("It overturned roughly 3 nautical miles (5.6 kilometers) offshore.", "en")
    assert (f.unit, courtesy.unit, courtesy.courtesy) == ("nmi", "km", True)
    assert [q.unit for q in read_figures("La empresa ganó 20 M de euros.", "es")] != ["nmi"]


@pytest.mark.parametrize(
    "text, lang, unit",
    [("The fire has burned 10 km² of forest.", "en", "km²"), ("Le feu a brûlé 10 km2 de pinède.", "fr", "km²"),
     ("Sesuvem se pohnulo 120 000 m3 zeminy.", "cs", "m³"), ("Ein 45 m² großes Studio.", "de", "m²")],
)
def test_squares_and_cubes_written_as_symbols_or_digits(text, lang, unit):
    f = one(text, lang)
    assert f.unit == unit and f.value in (10, 120000, 45)


@pytest.mark.parametrize(
    "text, lang, unit, value",
    [("Οι άνεμοι έπνεαν με ριπές έως 70 χλμ./ώρα.", "el", "km/h", 70),  # an abbreviation's dot is the unit's
     ("Το χωριό απέχει 12 χλμ. από την πόλη.", "el", "km", 12), ("The race was 5 km.", "en", "km", 5),
     ("Έχουν καεί 18.000 στρέμματα.", "el", "stremma", 18000)],
)
def test_units_written_with_their_abbreviation_dot(text, lang, unit, value):
    f = one(text, lang)
    assert (f.unit, f.value) == (unit, value)


@pytest.mark.parametrize(
    "text, lang, kind, value, unit",
    [("Pierderile ajung la 14 milioane de dolari pe săptămână.", "ro", "money", 1.4e7, "USD"),
     ("Ztráta činí 2,98 miliardy korun.", "cs", "money", 2.98e9, "CZK"),
     ("Οι ζημιές εκτιμώνται σε 38 εκατ. ευρώ.", "el", "money", 3.8e7, "EUR"),
     ("Cutting one in eight jobs sends the wrong signal.", "en", "percent", 12.5, "%"),
     ("Norvane säger upp nästan var femte anställd.", "sv", "percent", 20, "%"),
     ("Jeder fünfte Beschäftigte ist betroffen.", "de", "percent", 20, "%"),
     ("Minden ötödik dolgozót érinti.", "hu", "percent", 20, "%"),
     ("Dotyczy to co piątego pracownika.", "pl", "percent", 20, "%"),
     ("Týká se to každého pátého zaměstnance.", "cs", "percent", 20, "%"),
     ("Se koskee joka viidettä työntekijää.", "fi", "percent", 20, "%"),
     # Turkish writes the percent first; the lira, as Turkish, Croatian and English articles name it
     ("Hisseler yüzde 9,8 düşüşle kapandı.", "tr", "percent", 9.8, "%"), ("Enflasyon %47 oldu.", "tr", "percent", 47, "%"),
     ("Şirket maliyetini 240 milyon lira olarak tahmin ediyor.", "tr", "money", 2.4e8, "TRY"),
     ("Trošak je 240 milijuna lira.", "hr", "money", 2.4e8, "TRY"),
     ("The recall will cost 240m lira.", "en", "money", 2.4e8, "TRY"),
     # Serbian, Macedonian and Albanian percent words
     ("Пад износи 9,1 одсто.", "sr", "percent", 9.1, "%"), ("Pad iznosi 9,1 odsto.", "sr", "percent", 9.1, "%"),
     ("Опфатот е само 58 отсто.", "mk", "percent", 58, "%"), ("Rritja arriti 12 përqind.", "sq", "percent", 12, "%"),
     # tonnes as the Cyrillic press writes them, the bare dollar in Ukrainian, Albanian plurals of scale words
     ("Україна експортувала 38,6 млн тонн зерна.", "uk", "number", 38.6e6, "t"),
     ("Пшеницата се търгува по 233 долара за тон.", "bg", "money", 233, "USD"),
     ("Пшениця коштувала 233 долари за тонну.", "uk", "money", 233, "USD"),
     ("Трошокот е 983 милиони денари.", "mk", "money", 983e6, "MKD"),
     ("Kostoja arriti 15 milionë euro.", "sq", "money", 15e6, "EUR")],
)
def test_sums_in_more_languages_and_one_in_so_many(text, lang, kind, value, unit):
    f = one(text, lang)
    assert (f.kind, f.unit) == (kind, unit) and f.value == pytest.approx(value)


def test_a_count_followed_by_a_span_is_no_share():
    assert [f.kind for f in read_figures("The team scored 3 in 5 minutes.", "en")] == ["number", "number"]


@pytest.mark.parametrize(
    "text, lang, measure",
    [("Au total, 367 navires attendaient.", "fr", "vessels"), ("U kanalu je čekalo 376 brodova.", "hr", "vessels"),
     ("Le navire transportait 22 400 conteneurs.", "fr", "containers"),
     ("Wśród 25 członków załogi są Filipińczycy.", "pl", "crew"),
     ("A empresa vai despedir 1.580 trabalhadores.", "pt", "jobs"),  # staff laid off are jobs cut
     ("The company will lay off 1,850 employees.", "en", "jobs"), ("The company employs 15,400 workers.", "en", "employees"),
     ("Zemřelo 12 lidí.", "cs", "deaths"), ("Au murit 11 oameni.", "ro", "deaths"), ("Meghalt 7 ember.", "hu", "deaths"),
     ("Hypoteční sazba v září klesla na 4,62 %.", "cs", "interest rate"),  # fell to: the level
     ("The average interest rate on new mortgages fell to 4.62%.", "en", "interest rate"),
     ("A gazdaságban 2150 tehén volt.", "hu", "cattle"), ("Der blev aflivet 2.150 køer.", "da", "cattle"),
     ("Tilalla lopetettiin 2 150 lehmää.", "fi", "cattle")],
)
def test_measures_in_more_languages(text, lang, measure):
    assert one(text, lang).measure == measure


def test_a_time_of_day_is_no_figure():
    assert read_figures("Brod je oslobođen u ponedjeljak u 4.30 sati.", "hr") == []
    assert read_figures("Klokken 23.40 nåede parterne til enighed.", "da") == []
    assert [f.value for f in read_figures("It closed at 12.50 euros.", "en")] == [12.5]


def test_european_portuguese_groups_thousands_with_a_space():
    assert [f.value for f in read_figures("A empresa tinha apenas 4 200 trabalhadores.", "pt")] == [4200]
    assert [f.value for f in read_figures("A empresa tinha 4.200 trabalhadores.", "pt")] == [4200]


def test_polish_dollars_and_every_day():
    f = one("Blokada wstrzymuje handel o wartości 8,9 mln dolarów dziennie.", "pl")
    assert (f.kind, f.unit, f.value, f.period) == ("money", "USD", 8.9e6, "daily")
    assert one("Elke dag kost het 8,9 miljoen dollar.", "nl").period == "daily"
    assert one("Nuostoliai siekia 2,5 mln. dolerių per dieną.", "lt").period == "daily"


@pytest.mark.parametrize(
    "text, lang, value",
    [("Nio vattenbombande flygplan deltar.", "sv", 9), ("Vo vlaku cestovalo šesť členov posádky.", "sk", 6),
     ("Trať zůstane uzavřena nejméně pět dní.", "cs", 5), ("Zginęło pięć osób.", "pl", 5),
     ("Linia va fi redeschisă în aproximativ opt zile.", "ro", 8), ("Επιχειρούν δύο αεροσκάφη.", "el", 2),
     ("Priset steg till fem miljoner kronor.", "sv", 5e6), ("Az import csaknem háromezer megawatt volt.", "hu", 3000),
     ("Cena prekročila hranicu päťsto eur.", "sk", 500), ("Ewakuowano pięćset osób.", "pl", 500),
     ("Σε καραντίνα μπήκαν πεντακόσιοι επιβάτες.", "el", 500),
     # counts of people in the forms the Slavic languages keep for them
     ("Još je dvanaestero nestalih.", "hr", 12), ("Do szpitala trafiło pięcioro dzieci.", "pl", 5),
     ("Nezvestní sú ešte traja rybári.", "sk", 3),
     # Hungarian glues a ten and its unit into one word
     ("A bank kilencvenkét tonna aranyat vásárolt.", "hu", 92), ("A cég tizenöt millió forintot fizetett.", "hu", 15e6),
     ("Huszonhárom ember megsérült.", "hu", 23), ("Θα δημιουργηθούν εξήντα θέσεις εργασίας.", "el", 60)],
)
def test_small_counts_in_words_in_more_languages(text, lang, value):
    assert one(text, lang).value == value


def test_a_word_that_is_a_count_only_sometimes_is_none():
    assert read_figures("A vonal egy hétig marad lezárva.", "hu") == []  # "hét" is a week here, and seven elsewhere


@pytest.mark.parametrize(
    "text, lang, value, unit",
    [("Do Chorvatska loni vyrazil zhruba milion Čechů.", "cs", 1e6, None),
     ("Rząd przeznaczy na to miliard złotych.", "pl", 1e9, "PLN"),
     ("Sąd nakazał zwrot ponad milion złotych.", "pl", 1e6, "PLN"),
     ("România va importa un milion și jumătate de cutii.", "ro", 1.5e6, None),
     ("Η κυβέρνηση ανακοίνωσε βοήθεια ύψους τριών εκατομμυρίων ευρώ.", "el", 3e6, "EUR"),
     ("Страната е загубила близо половин милион души.", "bg", 5e5, None),
     ("Kampanja je stajala milijun eura.", "hr", 1e6, "EUR"),
     ("Hanke maksaa miljoona euroa.", "fi", 1e6, "EUR"),
     ("Hükümet bir milyar lira ayırdı.", "tr", 1e9, "TRY"),
     ("A kormány egy millió forintot ad.", "hu", 1e6, "HUF")],
)
def test_one_million_in_words(text, lang, value, unit):
    """A scale word in its singular alone, or after "one", is one of it."""
    f = one(text, lang)
    assert (f.value, f.unit) == (value, unit)


def test_a_scale_word_after_a_number_left_unread_is_none():
    # Hungarian keeps the singular after any number: "százhúsz millió" is 120 million, not one
    assert read_figures("A cég százhúsz millió forintot fizetett.", "hu") == []
    # and a plural alone ("millions of people") is no figure
    assert read_figures("Miliony lidí sledovaly přenos.", "cs") == []


@pytest.mark.parametrize(
    "text, lang, value, unit",
    [
        ("Romania va exporta 8,5 milioane de tone de grâu.", "ro", 8.5e6, "t"),
        ("Randamentul mediu a fost de 6,1 tone la hectar.", "ro", 6.1, "t"),
        ("Hasat 17,5 milyon tona geriledi.", "tr", 17.5e6, "t"),
        ("Törökország másfél millió tonna búzát vásárol.", "hu", 1.5e6, "t"),  # and "másfél": one and a half
        ("Kontrakt na półtora miliona ton pszenicy.", "pl", 1.5e6, "t"),
        ("Sato nousi 13 miljoonaan tonniin.", "fi", 13e6, "t"),
        ("The campus will use 1.2 terawatt hours a year.", "en", 1.2, "TWh"),
        ("Datacentret vil forbruge omkring 3,5 terawatttimer strøm om året.", "da", 3.5, "TWh"),
        ("Konesali kuluttaa noin 3,5 terawattituntia sähköä vuodessa.", "fi", 3.5, "TWh"),
        ("Die Anlage braucht 3,5 Terawattstunden im Jahr.", "de", 3.5, "TWh"),
        ("Централата ще съхранява 5,2 гигаватчаса енергия.", "bg", 5.2, "GWh"),
        ("Станция будет хранить 5,2 гигаватт-часа энергии.", "ru", 5.2, "GWh"),
        ("The plant will store 5.2 gigawatt-hours of energy.", "en", 5.2, "GWh"),  # not 5.2 gigawatts
        ("同国の電力輸入量は2840ギガワット時だった。", "ja", 2840, "GWh"),  # CLDR's kilowatt-hour, made giga
        ("四艘渡轮的电池合计36.8兆瓦时。", "zh", 36.8, "MWh"),
        ("수출량은 31.5테라와트시였다.", "ko", 31.5, "TWh"),
        # the press's abbreviations of square and cubic
        ("Горният изравнител ще заема 48 кв. км.", "bg", 48, "km²"),
        ("Водохранилище вместит 3,1 млн. куб. м воды.", "ru", 3.1e6, "m³"),
        ("Pożar objął 120 km kw. lasu.", "pl", 120, "km²"),
        ("El centro consumirá 3,5 teravatios hora al año.", "es", 3.5, "TWh"),
        ("Το 2025 καταναλώθηκαν 3,5 τεραβατώρες.", "el", 3.5, "TWh"),
        ("Tomten er på 1200 mål.", "no", 1200, "daa"),  # Norway's and Turkey's 1,000 m²
    ],
)
def test_tonnes_energy_and_land_as_each_press_writes_them(text, lang, value, unit):
    f = [f for f in read_figures(text, lang) if f.unit == unit]
    assert len(f) == 1 and f[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("Firma zaplatí půl miliardy korun.", "cs", 5e8),
        ("Yatırımın değeri bir buçuk milyar dolar.", "tr", 1.5e9),
        ("Το κόστος ανέρχεται σε ενάμισι εκατομμύριο ευρώ.", "el", 1.5e6),
        ("Hinta on puolitoista miljoonaa euroa.", "fi", 1.5e6),
        ("Costul este de jumătate de miliard de euro.", "ro", 5e8),
        ("A kormány fél milliárd forintot ad.", "hu", 5e8),
    ],
)
def test_a_half_and_one_and_a_half_before_a_scale_word(text, lang, value):
    assert one(text, lang).value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("A kormány 18 milliárd forintra, azaz nagyjából 45 millió euróra becsüli a károkat.", "hu"),
        ("Guvernul estimează pagubele la 560 de milioane de lei, adică aproximativ 112 milioane de euro.", "ro"),
        ("Rząd szacuje straty na co najmniej 9,5 mld zł, czyli około 2,2 mld euro.", "pl"),
    ],
)
def test_that_is_in_more_languages_restates_a_sum(text, lang):
    first, second = read_figures(text, lang)
    assert not first.courtesy and second.courtesy


@pytest.mark.parametrize(
    "text, lang, unit",
    [
        ("The Czech government put the damage at 48 billion koruna, while Romania estimated its losses at "
         "650 million lei.", "en", "RON"),
        ("Hungary put its damage at 18 billion forints.", "en", "HUF"),
        ("Les dégâts atteignent 18 milliards de forints.", "fr", "HUF"),
    ],
)
def test_lei_and_forints_as_the_worlds_press_writes_them(text, lang, unit):
    assert read_figures(text, lang)[-1].unit == unit


def test_shillings_of_an_article_naming_two_other_countries_stay_a_number():
    f = read_figures("Uganda na Tanzania zimelipa fidia ya jumla ya Sh298 bilioni.", "sw")[0]
    assert (f.kind, f.unit, f.value) == ("number", None, 298e9)
    # Portugal's Kenya
    f = read_figures("No Quénia, serão distribuídos 33,4 mil milhões de xelins.", "pt")[0]
    assert (f.kind, f.unit, f.value) == ("money", "KES", 33.4e9)


def test_lei_where_no_country_of_the_leu_is_named_stay_a_number():
    assert read_figures("The museum holds 650 lei coins.", "en")[0].unit is None


def test_a_day_and_month_in_brackets_is_a_date_not_a_figure():
    assert read_figures("Cruiseskipet la til kai i Tromsø torsdag morgen (19.11.) med et utbrudd.", "no") == []
    assert [f.value for f in read_figures("Am Dienstag (17.11.2026) stieg die Zahl auf 12.", "de")] == [12]
    assert [f.value for f in read_figures("The share price closed at 19.11 euros.", "en")] == [19.11]


def test_a_label_and_a_year_with_a_hungarian_ending_are_no_count():
    assert read_figures("A 4-es busz nem jár.", "hu") == []
    assert read_figures("A stadiont 1961-ben építették.", "hu") == []


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("Rates have now fallen 175 basis points since spring 2025.", "en", 1.75),
        ("Le taux a reculé de 1,75 point de pourcentage.", "fr", 1.75),
        ("Ha tagliato il tasso di riferimento di 25 punti base.", "it", 0.25),
        ("Die Notenbank senkte den Leitzins um 50 Basispunkte.", "de", 0.5),
        ("人民银行下调贷款市场报价利率25个基点。", "zh", 0.25),
        ("較周一急跌35點子。", "zh", 0.35),  # Hong Kong's word
        ("利率上升0.5個百分點。", "zh", 0.5),
        ("政策金利を0.25%ポイント引き上げた。", "ja", 0.25),
        ("기준금리를 0.25%포인트 인하했다.", "ko", 0.25),
        ("기준금리를 0.25%p 인하했다.", "ko", 0.25),
    ],
)
def test_basis_points_are_hundredths_of_a_point(text, lang, value):
    f = one(text, lang)
    assert (f.kind, f.unit) == ("percent", "pp") and f.value == pytest.approx(value)


@pytest.mark.parametrize("text, lang, value, unit", [
    ("імпорт сягнув 31,5 тис. МВт·год за тиждень", "uk", 31_500, "MWh"),  # the product dotted as typed
    ("выработка 1,2 млрд кВт*ч", "ru", 1.2e9, "kWh"),
    ("выработка 1700 МВтч", "ru", 1700, "MWh"),
    ("the 5 km·h stretch", "en", 5, "km"),  # no unit of its own: its kilometres are
    ("17,4 tonnani tashkil etgan", "uz", 17.4, "t"),
    ("360 ming unsiyadan ortiq", "uz", 360_000, "ozt"),
    ("17,55 тонна деп баалады", "ky", 17.55, "t"),
    ("temperaturile au coborât la minus 9 grade", "ro", -9, "°C"),
    ("Jyväskylässä pakkanen laski −17,4 asteeseen", "fi", -17.4, "°C"),
    # degrees of frost ("pakkasta", "külma") before or after the number, in digits or words; Estonian's bare
    # degrees; Finnish's everyday cubic metre; Mongolian's short forms
    ("Rukalla oli lähdössä pakkasta yhdeksän astetta", "fi", -9, "°C"),
    ("Lämpötila oli 9 astetta pakkasta lauantaina", "fi", -9, "°C"),
    ("Stardis oli 8 kraadi külma", "et", -8, "°C"), ("Temperatuur langes miinus 8 kraadini", "et", -8, "°C"),
    ("Rukalle on varastoitu 70 000 kuutiota lunta", "fi", 70_000, "m³"),
    # speeds as the press writes them: Arabic's accusative, Turkish "saatte" before, German in one word
    ("كان القطار يسير بسرعة 85 كيلومترا في الساعة", "ar", 85, "km/h"),
    ("Tren saatte yaklaşık 85 kilometre hızla gidiyordu", "tr", 85, "km/h"),
    ("Der Zug fuhr mit 85 Stundenkilometern", "de", 85, "km/h"),
    # Arabic's and Persian's crowns, whose country the article names ("89.9 مليار كرونة" in a story on Norway)
    ("بلغت صادرات النفط والغاز في النرويج 89.9 مليار كرونة", "ar", 89.9e9, "NOK"),
    ("Агууламж 312 мкг/м3 хүрсэн байна", "mn", 312, "µg"),
    ("bu ölkəyə 7,6 milyard kubmetr qaz ixrac edilib", "az", 7.6e9, "m³"),
    # America's bushel of grain; oil's barrels in Dutch; the tonne in Afrikaans, Turkish's and Icelandic's cases;
    # French nautical miles; Ukrainian cubic metres
    ("The corn crop is forecast at a record 6.53 billion bushels.", "en", 6.53e9, "bu"),
    ("Der Ertrag liegt bei 188,6 Bushel je Hektar.", "de", 188.6, "bu"),
    ("Het veld produceert nog 672.000 vaten per dag.", "nl", 672_000, "bbl"),
    ("Die vereniging skat dat 45 100 ton suiker verlore gegaan het.", "af", 45_100, "t"),
    ("Listenin zirvesinde 31 tonla Polonya Merkez Bankası var.", "tr", 31, "t"),
    ("Aflinn nam um 9 milljörðum tonna.", "is", 9e9, "t"),
    ("Le navire était à quelque 450 milles nautiques de la côte.", "fr", 450, "nmi"),
    ("Споживання може сягати 5,8 млн кубометрів на добу.", "uk", 5.8e6, "m³"),
    ("从老挝万象到昆明全程约3天。", "zh", 3, "d"),
    ("مصرف روزانه ۳ میلیون و ۱۰۰ هزار مترمکعب است", "fa", 3.1e6, "m³"),
    ("فرونشست ۳۱ سانتی‌متر در سال", "fa", 31, "cm"),  # with its joiner
    ("ایک کروڑ 65 لاکھ مکعب میٹر", "ur", 1.65e7, "m³"),  # a crore and 65 lakh
    ("原定日程超时31个小时", "zh", 31, "h"),  # the classifier before its unit
    ("khoảng 86.000 ha lúa bị thiệt hại", "vi", 86_000, "ha"),  # where "ha" is no word
    ("12 000 ha de forêt brûlés", "fr", 12_000, "ha"),
    # Chinese and Japanese thousands inside a group of ten thousands, and South Asia's numbers in words
    # before a scale word
    ("约8万7千户停电。", "zh", 87_000, None), ("約8萬7千戶停電。", "zh", 87_000, None),  # not 80,007
    ("共1亿2千万元。", "zh", 120_000_000, "CNY"), ("約1万2千人が避難した。", "ja", 12_000, None),
    ("约3千人参加。", "zh", 3000, None),
    ("冰岛财政部预计，新税明年将带来31亿克朗的额外收入。", "zh", 3.1e9, "ISK"),  # "克" is no gram after "亿"
    ("通过220千伏线路输送。", "zh", 220, None),  # kilovolts, not 220,000
    ("发电量为1420万千瓦时。", "zh", 14_200_000, "kWh"),
    ("परिवारों को डेढ़ लाख रुपये दिए जाएंगे।", "hi", 150_000, "INR"),  # one and a half lakh
    ("साढ़े तीन लाख लोग प्रभावित हुए।", "hi", 350_000, None),  # three and a half lakh
    ("सवा लाख लोग पहुंचे।", "hi", 125_000, None), ("पौने दो करोड़ रुपये खर्च हुए।", "hi", 17_500_000, "INR"),
    ("तीन लाख लोग प्रभावित हुए।", "hi", 300_000, None),
    ("নিহতদের পরিবারকে দেড় লাখ টাকা দেওয়া হবে।", "bn", 150_000, "BDT"),
    ("সাড়ে ৩ লাখ মানুষ ঘরছাড়া।", "bn", 350_000, None),  # a half before digits
    ("ہر خاندان کو ڈیڑھ لاکھ روپے ملیں گے۔", "ur", 150_000, "PKR"),
    ("दीड लाख रुपये मिळतील.", "mr", 150_000, "INR"), ("दुई लाख रुपैयाँ दिइनेछ।", "ne", 200_000, "NPR"),
    ("ایک ارب 43 کروڑ ڈالر", "ur", 1.43e9, "USD"),  # groups after "one" stay one number
    ("దేశవ్యాప్తంగా 46.12 లక్షల వాహనాలు అమ్ముడయ్యాయి", "te", 4_612_000, None),  # the lakh's oblique form
    ("үнэ килограмм тутамд 105 мянган төгрөг болжээ", "mn", 105_000, "MNT"),
    # a one-letter tonne before the word it weighs, where "t" is no word; units with their scale in one word
    ("Algerien kauft 560.000 t Weizen", "de", 560_000, "t"), ("vyvezla 1 200 t obilí", "cs", 1200, "t"),
    ("Soja : le Brésil vise 177,6 Mt", "fr", 177.6e6, "t"), ("USDA puts the crop at 177 MMT", "en", 177e6, "t"),
    ("Algeria will pump an extra 4 bcm of gas", "en", 4e9, "m³"), ("a plant of 300 MCM a year", "en", 300e6, "m³"),
    ("exports had totalled 7,957 MU this year", "en", 7957e6, "kWh"),  # India's million units
    ("the government OKs 12,000 MT of onion imports", "en", 12_000, "t"),
    ("from 5,826 sq km a year earlier", "en", 5826, "km²"), ("1995年の2万9059平方キロを上回った", "ja", 29_059, "km²"),
    ("seeks an extra 1.3 million kl of fuel", "en", 1.3e6, "kl"), ("3천250만㎘로 늘어난다", "ko", 32.5e6, "kl"),
    # Cyrillic short forms where CLDR's are Latin; Hebrew's abbreviations, typed with a quote or gershayim
    ("Участъкът от 121 км е затворен", "bg", 121, "km"),
    ("מפיקים כיום 210 אלף מ\"ק ביום", "he", 210_000, "m³"), ("קטע של 121 ק״מ נסגר", "he", 121, "km"),
    ("512 ሺህ 400 ቶን ቡና ወደ ውጭ ተልኳል", "am", 512_400, "t"), ("ຂົນສົ່ງສິນຄ້າ 62 ລ້ານໂຕນ", "lo", 62e6, "t"),
    # currencies bare, where CLDR names their country, and in the cases a sum takes
    ("una dosis cuesta unos 4.500 yenes.", "es", 4500, "JPY"), ("билет стоит 1500 иен", "ru", 1500, "JPY"),
    ("около 3170 донгов за киловатт-час", "ru", 3170, "VND"), ("kostet 12,5 Milliarden HK-Dollar", "de", 12.5e9, "HKD"),
    ("über 9,64 Milliarden Schekel", "de", 9.64e9, "ILS"), ("NIS 9.64 billion in October", "en", 9.64e9, "ILS"),
    ("kaitsekulud tõusevad 2,14 miljardi euroni", "et", 2.14e9, "EUR"), ("بسعر 4,5 رينغيت للكيلو", "ar", 4.5, "MYR"),
    ("票价涨至80埃镑。", "zh", 80, "EGP"), ("विदेशीले अब १८ हजार डलर तिर्नुपर्ने", "ne", 18_000, "USD"),
    ("mỗi MWh giá 118 đô la Úc", "vi", 118, "AUD"), ("mỗi hộ được hỗ trợ 150 đô la", "vi", 150, "USD"),
    ("тапшылық 4,2 трлн рубльге жетті", "kk", 4.2e12, "RUB"),
    ("Keskuspankki piti ohjauskoron 3,75 prosentissa", "fi", 3.75, "%"),
    ("UzAutoning ulushi 84,9 foizi", "uz", 84.9, "%"), ("eksport 6,4 göterim köpdür", "tk", 6.4, "%"),
    ("17,860 metric tonnes of cinnamon", "en", 17_860, "t"), ("a 20,000-metric-ton quota", "en", 20_000, "t"),
    ("98 миллион метри мукааб газ", "tg", 98e6, "m³"), ("қисми 410 километрро", "tg", 410, "km"),
    ("yo'lning 205 kilometri", "uz", 205, "km"), ("ortaça 98 million kub metre", "tk", 98e6, "m³"),
    ("Die Prämie kostet Fr. 610.40 im Monat", "de", 610.4, "CHF"), ("fr. 610.40 al mese", "it", 610.4, "CHF"),
    ("日内瓦成人保费为每月665.3瑞郎。", "zh", 665.3, "CHF"),
    ("ha ganado 1.235 hectómetros cúbicos", "es", 1235, "hm³"), ("about 17.6 million acre-feet", "en", 17.6e6, "ac ft"),
    ("fast 20 Doppelzentnern je Hektar", "de", 20, "q"),
    # ports' containers, America's cubic feet; Angola's kwanza, West Africa's bare "CFA", Morocco's "DH"
    ("le port a traité 4,2 millions d'EVP", "fr", 4.2e6, "TEU"), ("handled 1.2 million TEUs", "en", 1.2e6, "TEU"),
    ("吞吐量达到320万标箱。", "zh", 3.2e6, "TEU"), ("30 billion cubic feet a year", "en", 30e9, "ft³"),
    ("diesel rose to 500 kwanzas a litre", "en", 500, "AOA"), ("passa para Kz 400 o litro", "pt", 400, "AOA"),
    ("за литр 500 кванз", "ru", 500, "AOA"), ("giá 1.300 CFA một kg", "vi", 1300, "XOF"),
    ("vendue à 12 DH le kilo", "fr", 12, "MAD"), ("4.5 ரிங்கிட்டாக உயர்ந்தது", "ta", 4.5, "MYR"),
    ("14.8 சதவீத அதிகரிப்பாகும்", "ta", 14.8, "%"),
    ("kilovat-sat od decembra 0,2150 KM", "bs", 0.215, "BAM"), ("sadašnjih 16,52 feninga", "bs", 0.1652, "BAM"),
    # India's "MT", a million tonnes where the number has a fraction; Sinhala's words before the number
    ("November offtake rose to 72.3 MT", "en", 72.3e6, "t"), ("India shipped 12,000 MT of onions", "en", 12_000, "t"),
    ("මිල රුපියල් 325 දක්වා ඉහළ ගියේය", "si", 325, "LKR"), ("ආදායම ඩොලර් මිලියන 238.4ක් විය", "si", 238.4e6, "USD"),
    ("දිනකට ලීටර් ලක්ෂ 42ක් අලෙවි වේ", "si", 4.2e6, "l"), ("ටොන් 48,350ක අපනයනය", "si", 48_350, "t"),
    ("ஒவ்வொரு குடும்பத்துக்கும் 25,000 ரூபா வழங்கப்படும்", "ta", 25_000, "LKR"),  # Sri Lanka's Tamil
    # Nepal's rupee and tonne, Armenia's tonne with its article, Azerbaijan's spaced thousands and manat's
    # cases, Chinese euro cents, Turkish soms in a story on Kyrgyzstan
    ("मूल्य रु ८८ पुगेको छ", "ne", 88, "NPR"), ("नेपालले ३ लाख १२ हजार टन चामल", "ne", 312_000, "t"),
    ("Արտահանվել է 1 420 տոննան", "hy", 1420, "t"), ("İtaliyaya 9 350 ton fındıq", "az", 9350, "t"),
    ("Qiymət 7,5 manatdan başlayır", "az", 7.5, "AZN"), ("平均每枝售价30.4欧分", "zh", 0.304, "EUR"),
    ("Kırgızistan'da un 385 bin soma çıktı", "tr", 385_000, "KGS"),
    # Korea's tonne with its particle, Croatia's "mlrd.", China's quintal, Turkey's decare, Thailand's rai,
    # the other dollars' cents by name and German's dollars in the dative
    ("사과 생산량은 39만8000톤으로 줄었다", "ko", 398_000, "t"), ("dosegnuli su 14,21 mlrd. eura", "hr", 14.21e9, "EUR"),
    ("进口软小麦2800万公担", "zh", 28e6, "q"), ("7,35 milyon dekar alanda", "tr", 7.35e6, "daa"),
    ("พื้นที่ปลูก 22.1 ล้านไร่", "th", 22.1e6, "rai"),
    ("rose to 1,284 Australian cents a kilogram", "en", 12.84, "AUD"),
    ("Der Umsatz lag bei 263 Mio. australischen Dollar", "de", 263e6, "AUD"),
    # Kazakh's kilometre, Amharic's megawatt, Urdu's and Sindhi's degrees, Swahili's square kilometres first
    ("Жер сілкінісі 15 шақырым тереңдікте болды", "kk", 15, "km"), ("የግድቡ አቅም 1,870 ሜጋዋት ነው", "am", 1870, "MW"),
    ("کراچی میں پارہ 42.4 ڈگری تک پہنچ گیا", "ur", 42.4, "°C"), ("ڪراچي ۾ گرمي 40.8 ڊگري رڪارڊ ٿي", "sd", 40.8, "°C"),
    ("Eneo la kilomita za mraba 240 limefurika", "sw", 240, "km²"),
])
def test_figures_and_units_as_the_press_writes_them(text, lang, value, unit):
    f = one(text, lang)
    assert (f.value, f.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, lang", [
    ("ein 3 MU Test", "de"),  # India's million units are English's only
    ("Vi har åbent 24 t hver dag", "da"),  # the Scandinavian hour's "t" before a word
])
def test_short_units_that_are_other_words_there(text, lang):
    assert one(text, lang).unit is None


@pytest.mark.parametrize("text, lang, kind, value", [
    ("Izinga lokuswela imisebenzi laliyi-32.1% ngekota edlule.", "zu", "percent", 32.1),
    ("KwiMpuma Koloni izinga liyi-38.9%.", "xh", "percent", 38.9),
    ("Kulahlekelwe yimisebenzi engu-45 000 kule kota.", "zu", "number", 45_000),  # and grouped by a space
    ("Batho ba ka 171 000 ba fumane mesebetsi.", "st", "number", 171_000),
    ("Mmuso o fumana R8.2 bilione bakeng sa lenaneo.", "st", "money", 8.2e9),
])
def test_south_africas_languages_join_a_number_to_its_word_and_group_it_by_spaces(text, lang, kind, value):
    f = one(text, lang)
    assert (f.kind, f.value) == (kind, pytest.approx(value))


def test_a_name_hyphened_to_a_number_stays_no_figure():
    assert read_figures("Abantu abaningi babulawa yi-COVID-19.", "zu") == []


@pytest.mark.parametrize("text, lang, period", [
    ("Rata-rata 1.470 kontainer durian melintas setiap pekan.", "id", "weekly"),
    ("ສະເລ່ຍ 210 ຕູ້ຕໍ່ມື້", "lo", "daily"),
])
def test_periods_as_indonesian_and_lao_write_them(text, lang, period):
    assert one(text, lang).period == period


@pytest.mark.parametrize("text, lang", [
    ("ਪ੍ਰਦੂਸ਼ਣ ਵਿੱਚ ਵਾਹਨਾਂ ਦਾ ਹਿੱਸਾ 58 ਫ਼ੀਸਦੀ ਹੈ", "pa"), ("વાહનોનો હિસ્સો 58 ટકા છે", "gu"),
    ("வாகனங்களின் பங்கு 58 சதவீதம்", "ta"), ("వాహనాల వాటా 58 శాతం", "te"), ("വാഹനങ്ങളുടെ പങ്ക് 58 ശതമാനം", "ml"),
    ("ವಾಹನಗಳ ಪಾಲು ಶೇಕಡಾ 58 ರಷ್ಟು", "kn"), ("වාහනවල කොටස සියයට 58 කි", "si"),
    # and in the other languages whose press writes it in words
    ("tăng 58 phần trăm", "vi"), ("เพิ่มขึ้นร้อยละ 58", "th"), ("เพิ่มขึ้น 58 เปอร์เซ็นต์", "th"),
    ("'n styging van 58 persent", "af"), ("cynnydd o 58 y cant", "cy"), ("aumentou un 58 por cento", "gl"),
    ("porast od 58 posto", "bs"), ("աճել է 58 տոկոսով", "hy"), ("58 პროცენტით გაიზარდა", "ka"),
    ("mundhak 58 persen", "jv"), ("ji sedî 58", "ku"), ("ҳисса 58 фоизро ташкил медиҳад", "tg"),
    ("ዋጋው በ58 በመቶ ጨምሯል።", "am"), ("የ58 በመቶ ጭማሪ", "am"),
])
def test_per_cent_in_words_as_each_press_writes_it(text, lang):
    f = one(text, lang)
    assert (f.kind, f.value) == ("percent", 58)


def test_ha_stays_a_verb_where_it_is_one():
    assert one("Il 40 ha detto di sì.", "it").unit is None
    assert one("La cifra de 10 ha aumentado.", "es").unit is None


def test_a_bengali_count_with_its_classifier_glued_on():
    assert [f.value for f in read_figures("রাজধানীর ৭৮টি হাসপাতাল থেকে রোগী এসেছে।", "bn")] == [78]


@pytest.mark.parametrize("text", ["İki saatlik bilet 4 riyal.",
                                  "ANLAŞMAYA GÖRE ALTI AY BOYUNCA 6 MILYON METREKÜP SU AKTI.",
                                  "MERKEZ BANKASI'NIN POLITIKA FAIZI HALEN %31,5 DÜZEYINDE BULUNUYOR."])
def test_turkish_capitals_are_read_as_their_small_letters(text):
    # the dotted capital İ and the capital of the dotless ı, which Python's lower() does not give back
    assert any(f.value in (4, 6_000_000, 31.5) for f in read_figures(text, "tr"))


def test_irans_press_types_its_decimal_sign_as_a_slash():
    f = one("ذخایر سدها معادل ۹/۴ درصد ظرفیت است", "fa")
    assert (f.kind, f.value) == ("percent", pytest.approx(9.4))
    assert [f for f in read_figures("در تاریخ ۱۴۰۳/۸/۱۵ اعلام شد", "fa") if f.kind != "year"] == []  # a date


def test_percent_in_the_cases_of_kyrgyz_and_mongolian():
    assert one("резервдердин 43,2 пайызын", "ky").kind == "percent"
    assert one("нийт экспортын 52.3 хувийг", "mn").kind == "percent"
    assert one("bunun 25,6 faizini Avropa təşkil edir", "az").kind == "percent"
    assert one("Thailand kekal pembekal terbesar dengan 57.3 peratus.", "ms").kind == "percent"
    assert one("মোট রাজস্বের ৫৪.৪ শতাংশই আসবে তেল থেকে।", "bn").kind == "percent"


def test_hong_kongs_rates_in_li_and_centimetres_in_li_mi():
    assert [(f.kind, f.value) for f in read_figures("滙豐P由5.25厘減至5.125厘。", "zh")] == \
        [("percent", 5.25), ("percent", 5.125)]
    assert (one("降雨量达3厘米。", "zh").unit, one("降雨量达3厘米。", "zh").kind) == ("cm", "number")


def test_the_persian_adjective_of_percent():
    assert one("رشد اقتصادی ۴٫۶ درصدی پیش‌بینی شده است.", "fa").kind == "percent"


def test_daris_kilogram_and_pashtos_groups_joined_by_and():
    assert (one("برداشت به ۴۱ هزار و ۵۰۰ کیلوگرام رسید.", "fa").value,
            one("برداشت به ۴۱ هزار و ۵۰۰ کیلوگرام رسید.", "fa").unit) == (41500, "kg")
    assert (one("حاصلات ۴۱ زره او ۵۰۰ کيلوګرامه ته ورسېد.", "ps").value,
            one("حاصلات ۴۱ زره او ۵۰۰ کيلوګرامه ته ورسېد.", "ps").unit) == (41500, "kg")


@pytest.mark.parametrize("text, lang, unit, value", [
    ("The thieves took the 48-carat Goa Emerald.", "en", "ct", 48),
    ("Se llevaron una esmeralda de 48 quilates.", "es", "ct", 48),
    ("Το πλοίο μήκους 186 μέτρων βυθίστηκε.", "el", "m", 186),  # the genitive plural after a noun
    ("Η φωτιά απείχε 30 χιλιομέτρων από την πόλη.", "el", "km", 30),
])
def test_units_written_as_the_press_writes_them(text, lang, unit, value):
    f = one(text, lang)
    assert (f.unit, f.value) == (unit, value)


def test_a_cent_is_no_carat():
    assert [f.unit for f in read_figures("De prijs steeg naar 15 ct per kilowattuur.", "nl")] != ["ct"]


def test_knots_are_a_speed():
    f = one("Il vento ha raggiunto i 70 nodi.", "it")
    assert (f.unit, f.dimension) == ("kn", "speed")


@pytest.mark.parametrize("text, lang, unit, value", [
    ("De dieven waren 41 minuten binnen.", "nl", "min", 41),
    ("Les voleurs sont restés quatorze minutes dans la salle.", "fr", "min", 14),
    ("Nach 56 Stunden war das Feuer gelöscht.", "de", "h", 56),
    ("System był wyłączony, a po 16 dniach wrócił do pracy.", "pl", "d", 16),
    ("Muzeum bylo zavřené nejméně pět dní.", "cs", "d", 5),
    ("İlk 24 saatte forma satışı rekor kırdı.", "tr", "h", 24),
    ("A híd nyolc hétig marad lezárva.", "hu", "wk", 8),
    ("Operaatio kestää viisi viikkoa.", "fi", "wk", 5),
    ("Fartyget låg under fem dagar vid kaj.", "sv", "d", 5),
])
def test_a_span_of_time_is_a_figure_in_its_unit(text, lang, unit, value):
    f = one(text, lang)
    assert (f.unit, f.dimension, f.value) == (unit, "span", value)


@pytest.mark.parametrize("text, lang", [
    ("La course a duré quatre heures et demie.", "fr"), ("Cursa a durat patru ore și jumătate.", "ro"),
    ("The race took four and a half hours.", "en"), ("Der Lauf dauerte viereinhalb Stunden.", "de"),
    ("Závod trval čtyři a půl hodiny.", "cs"), ("Bieg trwał cztery i pół godziny.", "pl"),
    ("De race duurde vier en een half uur.", "nl"), ("Yarış dört buçuk saat sürdü.", "tr"),
    ("De race duurde vierenhalf uur.", "nl"),
])
def test_a_span_and_a_half_is_one_figure_in_its_unit(text, lang):
    f = one(text, lang)
    assert (f.value, f.unit) == (4.5, "h")


@pytest.mark.parametrize("text, lang, minutes", [
    ("Le départ a été avancé de trois quarts d'heure.", "fr", 45),
    ("Der Start wurde um eine Dreiviertelstunde vorverlegt.", "de", 45),
    ("Die Feuerwehr war nach einer Viertelstunde vor Ort.", "de", 15),
    ("La ambulancia tardó media hora en llegar.", "es", 30),
    ("Start byl posunut o tři čtvrtě hodiny.", "cs", 45),
])
def test_parts_of_an_hour_in_words_are_minutes(text, lang, minutes):
    f = one(text, lang)
    assert (f.value, f.unit) == (minutes, "min")


@pytest.mark.parametrize("text, lang, value", [
    ("Une vingtaine de blessés ont été hospitalisés.", "fr", 20), ("Una treintena de corredores fueron atendidos.", "es", 30),
    ("Una ventina di feriti sono in ospedale.", "it", 20), ("Een honderdtal mensen werd geëvacueerd.", "nl", 100),
    ("A dozen people were hurt.", "en", 12),
])
def test_a_round_group_is_an_approximate_figure(text, lang, value):
    f = one(text, lang)
    assert (f.value, f.approx) == (value, True)


@pytest.mark.parametrize("text, lang, value, unit", [
    ("La strada resterà chiusa per una decina di settimane.", "it", 10, "wk"),
    ("Le feu a parcouru une vingtaine de kilomètres.", "fr", 20, "km"),
])
def test_a_round_group_takes_the_unit_after_its_of(text, lang, value, unit):
    f = one(text, lang)
    assert (f.value, f.unit, f.approx) == (value, unit, True)


def test_a_fraction_of_an_hour_after_by_is_minutes_not_a_share():
    f = one("Le départ avait été avancé de trois quarts d'heure.", "fr")
    assert (f.value, f.unit) == (45, "min")


def test_two_counts_joined_by_and_are_not_a_part_and_its_whole():
    found = read_figures("On compte une vingtaine de blessés et une centaine d'évacués.", "fr")
    assert [(f.value, f.measure) for f in found] == [(20, "injured"), (100, "displaced")]


def test_a_half_before_a_scale_word_is_not_the_counts():
    # "dwa i pół miliona" is two and a half million, never 2.5 and half a million
    assert all(f.value != 2.5 for f in read_figures("Zarobił dwa i pół miliona złotych.", "pl"))


@pytest.mark.parametrize("text, lang", [
    ("I morti sono saliti a 14 ora che le ricerche continuano.", "it"),  # "ora": now
    ("Η τιμή έφτασε τα 15,9 λεπτά την κιλοβατώρα.", "el"),  # cents
    ("The park had 3 h of sun.", "fr"),  # a letter in another language's text
])
def test_words_that_are_not_always_a_span_of_time(text, lang):
    assert all(f.dimension != "span" for f in read_figures(text, lang))


@pytest.mark.parametrize("text, lang, kind, value, unit", [
    ("این رقم ۲۸ درصد افزایش نشان می‌دهد.", "fa", "percent", 28, "%"),
    ("سود آن به ۱٫۶۹ میلیارد دلار رسید.", "fa", "money", 1.69e9, "USD"),
    ("رقیب سعودی آن ۲٫۹ میلیارد ریال سعودی سود برده است.", "fa", "money", 2.9e9, "SAR"),
    ("منافع 6.2 ارب درہم یعنی 479 ارب پاکستانی روپے رہا۔", "ur", "money", 479e9, "PKR"),
    ("شرح نمو 4 فیصد رہی۔", "ur", "percent", 4, "%"),
    ("कंपनी का राजस्व 6 फीसदी बढ़ा।", "hi", "percent", 6, "%"),
    # the dirham of the article's country, named by its city
    ("Dubai-based Sahra earned 6,2 milliards de dirhams.", "fr", "money", 6.2e9, "AED"),
    ("أعلنت مجموعة صحراء في دبي أرباحاً بلغت 6.2 مليار درهم.", "ar", "money", 6.2e9, "AED"),
    ("La banque centrale de Rabat a prêté 3 milliards de dirhams.", "fr", "money", 3e9, "MAD"),
])
def test_persian_urdu_hindi_and_the_gulf(text, lang, kind, value, unit):
    f = [f for f in read_figures(text, lang) if not f.courtesy][-1]
    assert (f.kind, f.value, f.unit) == (kind, pytest.approx(value), unit)


@pytest.mark.parametrize("text, lang, kind, value, unit", [
    ("Ruzuku hiyo iligharimu naira trilioni 4.2 kwa mwaka.", "sw", "money", 4.2e12, "NGN"),
    ("Serikali ilitumia dola bilioni 2.8.", "sw", "money", 2.8e9, "USD"),
    ("Mfumuko wa bei ulifikia asilimia 18.4 mwezi Oktoba.", "sw", "percent", 18.4, "%"),
    ("Tallafin ya lakume naira biliyan 350 a kowane wata.", "ha", "money", 350e9, "NGN"),
    ("Mafi karancin albashi naira dubu 70 a wata.", "ha", "money", 70e3, "NGN"),
    ("Farashin ya tashi da kashi 46 cikin ɗari.", "ha", "percent", 46, "%"),
])
def test_the_currency_scale_and_percent_before_the_number(text, lang, kind, value, unit):
    f = one(text, lang)
    assert (f.kind, f.value, f.unit) == (kind, pytest.approx(value), unit)


@pytest.mark.parametrize("text, lang, value, unit, written", [
    ("Reli itasafirisha tani 430,000 za mizigo kwa mwaka.", "sw", 430_000, "t", "tani 430,000"),
    ("Mauzo yalifikia tani milioni 1.2 mwaka jana.", "sw", 1.2e6, "t", "tani milioni 1.2"),
    ("Njia ina urefu wa kilomita 1,219 kutoka Dar.", "sw", 1219, "km", "kilomita 1,219"),
    ("Treni itakwenda kwa kasi ya kilomita 160 kwa saa.", "sw", 160, "km/h", "kilomita 160 kwa saa"),
    ("Walifanya kazi saa 98 kwa wiki.", "sw", 98, "h", "saa 98"),
    ("Mahitaji yalifikia megawati 17,450 Jumanne.", "sw", 17_450, "MW", "megawati 17,450"),
    ("An fitar da tan 82.3 na zinare.", "ha", 82.3, "t", "tan 82.3"),
    ("Buhun masara mai nauyin kilo 100 ya yi tsada.", "ha", 100, "kg", "kilo 100"),
])
def test_the_unit_before_the_number(text, lang, value, unit, written):
    f = one(text, lang)
    assert (f.value, f.unit, f.text) == (pytest.approx(value), unit, written)


def test_swahili_hours_on_the_clock_are_no_span():
    assert one("Treni iliondoka saa 3 asubuhi.", "sw").unit is None


def test_words_before_a_number_are_read_only_where_the_language_puts_them_there():
    assert one("The total was naira 1,380.", "en").unit is None  # English writes "1,380 naira"
    assert one("Watu 3,000 walikufa.", "sw").value == 3000


def test_every_friday_is_no_share():
    for text, lang in (("Targ odbywa się co piątek.", "pl"), ("Trh je každý pátek.", "cs"),
                       ("Trhy sú každý piatok.", "sk")):
        assert [f for f in read_figures(text, lang) if f.kind == "percent"] == []


@pytest.mark.parametrize("text, lang, kind, value, unit, precision", [
    ("Başkent Velgrad'ın nüfusu 1 milyon 148 bin 560 kişi oldu.", "tr", "number", 1_148_560, None, 1e-5),
    ("Tankerden yaklaşık 4 bin 200 ton petrol sızdı.", "tr", "number", 4200, "t", 0.012),
    ("A főváros lakossága 1 millió 148 ezer 560 fő.", "hu", "number", 1_148_560, None, 1e-5),
    ("Maliyet 2 milyar 300 milyon liraya ulaştı.", "tr", "money", 2.3e9, "TRY", 0.022),
    # Arabic and Persian join the groups with "and", glued to the number
    ("صدرت كينيا 74 ألفا و200 طن إلى مصر.", "ar", "number", 74_200, "t", 0.001),
    ("ایران ۷۴ هزار و۲۰۰ تن چای وارد کرد.", "fa", "number", 74_200, "t", 0.001),
    # crores and lakhs, in the Devanagari and the Urdu script
    ("इस दौरान 2 करोड़ 86 लाख यात्रियों ने सफर किया।", "hi", "number", 28.6e6, None, 0.002),
    ("اسی عرصے میں 2 کروڑ 86 لاکھ مسافروں نے سفر کیا۔", "ur", "number", 28.6e6, None, 0.002),
])
def test_a_number_written_in_groups_with_their_scale_words_is_one_figure(text, lang, kind, value, unit, precision):
    f = one(text, lang)
    assert (f.kind, f.value, f.unit) == (kind, pytest.approx(value), unit)
    assert f.precision <= precision  # to its last group's digit, not to its first group's


@pytest.mark.parametrize("text, lang", [
    ("Tankerden yaklaşık 4 bin 200 ton petrol sızdı.", "tr"), ("Pad iznosi oko 9,1 odsto.", "sr"),
    ("Kostoja arriti rreth 15 milionë euro.", "sq"), ("Загинаа околу 18 луѓе.", "mk"),
    ("Folketellingen kostet om lag 440 millioner kroner.", "no"), ("Gairebé 40 parades noves.", "ca"),
])
def test_approximation_words_in_more_languages(text, lang):
    assert one(text, lang).approx


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("In den Rheinhäfen kamen nur 61'400 Tonnen Güter an.", "de", 61400),
        ("Le canton compte désormais 1’204’300 habitants.", "fr", 1204300),
        ("Il costo è salito a 12'500 franchi.", "it", 12500),
    ],
)
def test_thousands_grouped_with_an_apostrophe_as_swiss_outlets_write_them(text, lang, value):
    assert [f.value for f in read_figures(text, lang) if f.kind != "year"] == [value]


def test_bare_francs_of_a_swiss_article_are_swiss_francs():
    text = "Die Reederei beziffert ihre Einbussen auf rund 1,95 Millionen Franken."
    assert [f.unit for f in read_figures(text, "de")] == [None]  # whose francs, the sentence does not say
    from factcheck.core.shared_currency_words import named_currency
    assert named_currency("Im Hafen kamen nur 61'400 Tonnen an. " + text, "de", "franc") == "CHF"
    assert named_currency(text, "de", "franc") is None


@pytest.mark.parametrize(
    "text, lang, value, unit",
    [
        ("Une hausse d'11 % du trafic.", "fr", 11, "%"),
        ("Il fatturato è in calo dell'11,5%.", "it", 11.5, "%"),
        ("El traçat, d'11,8 quilòmetres, travessarà la ciutat.", "ca", 11.8, "km"),
        ("Alternativa kryeson me 53,9 për qind.", "sq", 53.9, "%"),
    ],
)
def test_a_number_after_an_elided_article_and_more_percent_words(text, lang, value, unit):
    f = one(text, lang)
    assert (f.value, f.unit) == (pytest.approx(value), unit)


def test_a_korean_count_and_no_currency_inside_a_word_before_it():
    # "직원" (staff) ends in the syllable of the won: no currency before a number
    f = one("회사는 직원 1,850명을 감원한다.", "ko")
    assert (f.kind, f.value, f.unit) == ("number", 1850, None)


@pytest.mark.parametrize("text, lang", [("約2000人が避難した。", "ja"), ("주민 2000명이 대피했다.", "ko")])
def test_a_count_of_a_years_digits_with_its_counter_glued_on_is_a_count(text, lang):
    assert [(f.kind, f.value) for f in read_figures(text, lang, years=True)] == [("number", 2000)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Do dziewięciu wzrosła w piątek liczba zabitych.", "pl"),
        ("Στους έντεκα αυξήθηκαν οι νεκροί.", "el"),
        ("Žuvusiųjų skaičius išaugo iki šešių.", "lt"),
        ("The death toll has risen to 14.", "en"),
    ],
)
def test_the_count_a_change_reached_is_no_change(text, lang):
    assert one(text, lang).measure not in ("growth", "decline")


def test_a_change_by_a_count_is_still_a_change():
    assert one("The number of jobs grew by 300.", "en").measure == "growth"


def test_cents_that_do_not_say_whose_stay_a_number():
    f = one("The stamp costs 20 cents more.", "en")
    assert (f.kind, f.value, f.unit) == ("number", 20, None)


def test_both_readers_take_an_undetermined_languages_approximation_words_as_englishs():
    # the figure reader and the date reader agree: "about 2000" is a count, not a count and a year
    assert [(f.kind, f.value) for f in read_figures("About 2000 people were evacuated.", "und", years=True)] \
        == [("number", 2000)]


@pytest.mark.parametrize(("text", "lang"), [
    ("A Milano Linate dalle 23 alle 6 non decollano voli di linea.", "it"),
    ("Entre 23h et 6h, seuls 16 vols par nuit resteront autorisés.", "fr"),
    ("Von 23 bis 6 Uhr dürfen nur 16 Flüge starten.", "de"),
    ("Entre las 23 y las 6 solo habrá 16 vuelos.", "es"),
    ("Van 23 tot 6 uur mogen er nog 16 vluchten vertrekken.", "nl"),
])
def test_two_hours_of_the_clock_as_a_span_are_no_counts(text, lang):
    assert [f.value for f in read_figures(text, lang) if f.kind == "number"] in ([], [16.0])


def test_a_range_of_counts_is_still_read():
    assert [f.value for f in read_figures("Die Zahl der Flüge stieg von 12 bis 16 pro Nacht.", "de")] == [12.0, 16.0]


def test_miles_in_the_greek_genitive_are_read():
    assert [(f.value, f.unit) for f in read_figures("Σε ύψος 1.150 μιλίων.", "el")] == [(1150, "mi")]


def test_hectolitres_are_a_unit_of_volume():
    assert [(f.value, f.unit) for f in read_figures("Exportaron 7,2 millones de hectolitros.", "es")] == [(7.2e6, "hl")]


def test_a_one_letter_korean_noun_is_no_currency():
    assert [f.unit for f in read_figures("101동 주민 300명이 대피했다.", "ko")] == [None, None]


def test_sinhala_scale_words_before_a_number_with_its_case_ending():
    # the language puts its scale words first, as Swahili does, and has no press word for percent
    # of its own; its case ending glued to the digits is no "4G"
    (f,) = read_figures("ජාත්‍යන්තර මූල්‍ය අරමුදල ඩොලර් මිලියන 347ක වාරිකයක් නිදහස් කළේය.", "si")
    assert f.value == 347_000_000


@pytest.mark.parametrize(
    "text, lang",
    [("सुमारे ११२ लाख टन साखर", "mr"), ("15 லட்சம் டன் சர்க்கரை", "ta"), ("56 ಲಕ್ಷ ಟನ್ ಸಕ್ಕರೆ", "kn"),
     ("એટલે કે 35 લાખ ટન", "gu")],
)
def test_tonnes_as_the_press_of_indias_languages_writes_them(text, lang):
    assert one(text, lang).unit == "t"


@pytest.mark.parametrize(
    "text, lang, per",
    [("v priemere na úrovni 620 zlotých za megawatthodinu bez DPH.", "sk", "MWh"),
     ("Cena je 6,20 Kč za kilowatthodinu.", "cs", "kWh"),
     ("Der Tarif liegt bei 0,62 Złoty netto je Kilowattstunde.", "de", "kWh")],
)
def test_a_price_per_unit_in_its_case_and_past_net_or_gross(text, lang, per):
    assert one(text, lang).per == per


def test_a_spanish_page_that_writes_a_decimal_point_as_mexicos_press_does():
    money, share = read_figures("Las remesas sumaron 4,712 millones de dólares, una caída anual de 6.4%.", "es")
    assert (money.value, share.value) == (4.712e9, 6.4)
    # Spain's press: a decimal comma, and a time of day with a point is no decimal
    assert read_figures("Salieron a las 8.15 horas 37.000 corredores, un 6,4% más.", "es")[0].value == 37_000


@pytest.mark.parametrize(("text", "lang", "written", "value", "period"), [
    ("Mae'n costio £14.6m y flwyddyn.", "cy", "£14.6m", 14.6e6, "yearly"),
    ("Cosnóidh sé €1.2bn sa bhliain.", "ga", "€1.2bn", 1.2e9, "yearly"),
    ("Cosgais £14.6 millean sa bhliadhna.", "gd", "£14.6 millean", 14.6e6, "yearly"),
    ("Koust a ra 17 milion euro ar bloaz.", "br", "17 milion euro", 17e6, "yearly"),
    ("Bydd y cynllun yn costio tua £1.2m bob mis.", "cy", "£1.2m", 1.2e6, "monthly"),
    ("ہفتے وچ 98 گھنٹے بجلی بند رہی۔", "pa", "98", 98, "weekly"),
    ("37 لک گهريلو صارفن", "sd", "37 لک", 3.7e6, None),
    ("۳۱۲ ارب روپیو", "ps", "312 ارب روپیو", 312e9, None),
    ("1 850 миллиард сўм субсидия ажратилди.", "uz", "1 850 миллиард сўм", 1.85e12, None),
    ("sibvansyon an te koute Leta 28,4 milya goud pa ane.", "ht", "28,4 milya goud", 28.4e9, "yearly"),
    # Tajik's press writes units as Russian's; Uzbek's kilowatt-hours; Korean's in one square
    ("ба 6300 тонна дар як шабонарӯз расид", "tg", "6300 тонна", 6300, "daily"),
    ("Oʻzbekistonga 1,52 mlrd kVt·soat eksport qilindi.", "uz", "1,52 mlrd kVt·soat", 1.52e9, None),
    ("전기의 사회적 기준량은 연간 2,400㎾h로 정해졌다.", "ko", "2,400㎾h", 2400, "yearly"),
    # South India's and Gujarat's periods, and a first group of one in words ("ایک ارب 43 کروڑ")
    ("ఈ పథకం కింద కేంద్రం ఏటా ₹12,450 కోట్లు ఖర్చు చేయనుంది.", "te", "₹12,450 కోట్లు", 124.5e9, "yearly"),
    ("ತಿಂಗಳಿಗೆ 500 ಟನ್ ಬೇಕು", "kn", "500 ಟನ್", 500, "monthly"),
    ("تقریباً ایک ارب 43 کروڑ ڈالر", "ur", "ایک ارب 43 کروڑ ڈالر", 1.43e9, None),
    ("लगभग एक अरब 43 करोड़ डॉलर", "hi", "एक अरब 43 करोड़ डॉलर", 1.43e9, None),
    # the kilolitre of Asia's fuel, and Nigeria's languages' scales
    ("penyaluran Pertalite sudah mencapai 27,4 juta KL.", "id", "27,4 juta KL", 27.4e6, None),
    ("1至10月已消耗2650万千升", "zh", "2650万千升", 26.5e6, None),
    ("Ìjọba yóò máa ná ₦178.6 bílíọ̀nù.", "yo", "₦178.6 bílíọ̀nù", 178.6e9, None),
    ("goment go spend pass N2 trillion on subsidy for Nigeria.", "pcm", "N2 trillion", 2e12, None)
])
def test_scales_units_and_periods_of_the_languages_read_as_their_press_writes_them(text, lang, written, value, period):
    read = [(f.value, f.period) for f in build_signature(text, lang, date="2026-11-20").quantities if f.text == written]
    assert read == [(value, period)]


def test_gaelics_per_cent_in_words():
    percent = build_signature("Suas 27 sa cheud.", "gd", date="2026-11-20").quantities
    assert [(f.kind, f.value) for f in percent] == [("percent", 27.0)]


@pytest.mark.parametrize(("text", "lang", "written"), [
    ("повышение добавит около 0,6 процентного пункта", "ru", "0,6 процентного пункта"),
    ("inflace vzrostla o 0,6 procentního bodu", "cs", "0,6 procentního bodu"),
    ("a crescut cu 0,6 puncte procentuale", "ro", "0,6 puncte procentuale"),
    ("ارتفع 0.6 نقطة مئوية", "ar", "0.6 نقطة مئوية"),
    ("nousi 0,6 prosenttiyksikköä", "fi", "0,6 prosenttiyksikköä"),
])
def test_percentage_points_in_the_languages_that_write_them_in_words(text, lang, written):
    read = [(f.kind, f.unit, f.value) for f in build_signature(text, lang, date="2026-11-20").quantities
            if f.text == written]
    assert read == [("percent", "pp", 0.6)]


def test_a_page_that_groups_thousands_with_a_comma_where_its_languages_cldr_data_says_a_decimal_comma():
    # CLDR gives Kinyarwanda a decimal comma; a page that writes "420,000" groups with it
    fare, riders = read_figures("Itike ni 3,770 Frw, abagenzi 420,000 ku munsi.", "rw")
    assert (fare.value, riders.value) == (3770, 420_000)
    # a page with a decimal comma, or a group after a full stop, keeps its language's reading
    assert read_figures("Itike ni 3,770 Frw, abagenzi 5,2 ku munsi.", "rw")[0].value == 3.77
    assert read_figures("Itike ni 3,770 Frw, abagenzi 420.000 ku munsi.", "rw")[0].value == 3.77


def test_a_page_that_writes_a_decimal_comma_where_its_languages_cldr_data_says_a_point():
    # CLDR gives Papiamento a decimal point; Curaçao's press writes the Dutch way
    count, share = read_figures("Kòrsou tin 156.115 habitante i 8,4% mas turista.", "pap")
    assert (count.value, share.value) == (156_115, 8.4)
    # a page that writes a decimal point keeps its language's reading
    assert read_figures("Kòrsou tin 156.115 habitante i 8.4% mas turista.", "pap")[0].value == 156.115


@pytest.mark.parametrize("text, lang, period", [
    ("ينقل المترو 3.6 مليون راكب يوميًا.", "ar", "daily"),  # the tanween typed before the alif
    ("Laevad teevad neli väljumist päevas vähem.", "et", "daily"),
    ("SAS aflyser 126 af sine 190 daglige afgange.", "da", "daily"),
    ("Хилээр өдөрт дунджаар 1150 машин гарч байна.", "mn", "daily"),
])
def test_a_days_rate_in_more_of_the_words_the_press_writes(text, lang, period):
    assert read_figures(text, lang)[-1].period == period


@pytest.mark.parametrize("text, lang, value, unit", [
    ("Thiệt hại ước khoảng 7.850 tỉ đồng.", "vi", 7.85e12, "VND"),  # the older spelling of "tỷ"
    ("酸ケ湯では積雪が210センチに達した。", "ja", 210, "cm"),
    ("署名し、50日間で終結した。", "ja", 50, "d"),  # a span of days, where "3日" may be a date
    ("任期は6カ月とする。", "ja", 6, "mo"),
])
def test_scale_words_and_units_as_the_press_writes_them(text, lang, value, unit):
    figure = read_figures(text, lang)[-1]
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize("text, lang, read", [
    ("Kombinatas pernai išgavo 402 tonas gintaro.", "lt", [("402 tonas", 402, "t")]),
    ("Тази година са обрани 12 600 т розов цвят.", "bg", [("12 600 т", 12600, "t")]),
    ("Розовите масиви заемат 4300 ха.", "bg", [("4300 ха", 4300, "ha")]),
    ("Das entspricht 15.255 Lewa.", "de", [("15.255 Lewa", 15255, "BGN")]),
    # a base with a unit is no rate's base ("68 Fälle je 100.000 Einwohner" is one)
    ("Es wurden 18 Senkkästen mit je 10.000 Tonnen Gewicht versenkt.", "de",
     [("18", 18, None), ("10.000 Tonnen", 10000, "t")]),
])
def test_units_and_currencies_as_the_press_writes_them(text, lang, read):
    assert [(f.text, f.value, f.unit) for f in read_figures(text, lang)] == read


def test_a_conversion_at_the_days_rate_is_the_outlets_courtesy():
    for text, lang in [("Dort kostet eine Flasche 3500 Yen, nach aktuellem Kurs rund 20,1 Euro.", "de"),
                       ("A bottle costs 3,500 yen, or about €20.1 at today's rate.", "en"),
                       ("Бутылка стоит 3500 иен, по текущему курсу около 20,1 евро.", "ru")]:
        assert [f.courtesy for f in read_figures(text, lang)] == [False, True], text


def test_growers_are_no_growth():
    sig = build_signature("The trade body said growers harvested 590,000 hectolitres this year.", "en",
                          date="2026-11-19")
    assert [f.measure for f in sig.quantities] == [None]
