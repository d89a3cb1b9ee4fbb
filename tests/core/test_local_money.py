"""Money as a country's own press writes it: its dollar's sign, its "元", the naira's N."""
from __future__ import annotations

import pytest

from factcheck.core.figures import read_figures
from factcheck.core.local_dollars import local_dollar


def units(text: str, lang: str = "en") -> list[str]:
    return [f.unit for f in read_figures(text, lang) if f.kind == "money"]


def test_a_local_papers_dollar_sign_is_its_countrys_dollar():
    text = ("RBA holds as Sydney house values hit a record\nSydney's median house value reached a record "
            "$1.742 million, and Melbourne's $1.012 million.")
    assert units(text) == ["AUD", "AUD"]
    assert units("In Toronto, the average price fell to $1.1 million, the Toronto board said.") == ["CAD"]


def test_an_article_that_writes_the_local_dollar_tells_the_two_apart():
    text = "SYDNEY - Sydney's median hit a record A$1.74 million ($1.15 million) in October."
    assert units(text) == ["AUD", "USD"]


def test_naming_the_local_currency_itself_does_not_tell_the_two_apart():
    text = ("Fonterra lifts milk price forecast to $10 midpoint\nFonterra raised its forecast to $9.50 to $10.50 per "
            "kgMS. The New Zealand dollar was buying 58.40 US cents. Fonterra said so.")
    assert units(text) == ["NZD", "NZD", "NZD", "USD"]  # and the US cents
    # a sum written in it by name does ("7 New Zealand dollars")
    assert units("Fonterra pays $9.85, about 7 New Zealand dollars less in Auckland, Fonterra said.")[0] == "USD"


@pytest.mark.parametrize(
    "text",
    [
        # a country named once, among others: a wire's US dollars
        "Philippine remittances hit $3.21 billion, led by the US, Saudi Arabia and Singapore.",
        # two of them named as often: whose is not said
        "Auckland's median rose to $1.1 million, against Sydney's $1.7 million; Wellington and Melbourne lag.",
    ],
)
def test_the_sign_stays_the_us_dollars_where_the_article_does_not_say(text):
    assert set(units(text)) == {"USD"}


def test_a_sign_its_sentence_says_is_the_us_dollar_stays_it():
    text = "Canada's dairy farmers face Ottawa's quota. In Canada, imports reached $1.05 billion in U.S. dollars."
    assert units(text) == ["USD"]
    assert units(text.replace(" in U.S. dollars", "")) == ["CAD"]


def test_a_province_names_its_country_to_its_own_press():
    text = ("À la bourse ICE, le canola a clôturé à 598,40 $ la tonne. Aux silos de la Saskatchewan, le prix "
            "s'établissait à 12,80 $ le boisseau, après une taxe de la Chine. Statistique Canada estime la récolte à "
            "19,8 millions de tonnes.")
    assert units(text, "fr") == ["CAD", "CAD"]


def test_a_city_that_names_the_country():
    assert local_dollar("Vancouver and Toronto prices fell to $1.1 million.", "en") == "CAD"
    assert local_dollar("Vancouver and Toronto prices fell, the RBA said; Sydney and Perth rose.", "en") is None


@pytest.mark.parametrize(
    "text, lang, code",
    [
        ("约合819万澳元", "zh", "AUD"), ("售价1,200万港元", "zh", "HKD"), ("营收为3,850亿新台币", "zh", "TWD"),
        ("中间值升至10纽元", "zh", "NZD"), ("約3445豪ドル", "ja", "AUD"), ("約153億NZドル", "ja", "NZD"),
    ],
)
def test_the_other_dollars_as_the_chinese_and_japanese_press_shortens_them(text, lang, code):
    assert units(text, lang) == [code]


def test_a_dollar_word_is_the_dollar_its_article_names_by_name():
    text = ("Il prezzo mediano a Sydney è salito a 1,74 milioni di dollari australiani. "
            "Con un mutuo di 600.000 dollari australiani la rata è di circa 3.445 dollari al mese.")
    assert units(text, "it") == ["AUD", "AUD", "AUD"]
    # an article that names the US too may mean its dollar
    assert units(text + " Negli Stati Uniti la Fed statunitense ha tagliato i tassi; 5 dollari.", "it")[-1] == "USD"
    # Japan's press keeps "ドル" for the US dollar
    assert units("豪ドル建てで約1億7600万豪ドル、米国では5000ドル。", "ja")[-1] == "USD"


def test_the_yuan_of_taiwans_and_hong_kongs_press():
    taiwan = "經濟部今天公布，台灣10月外銷訂單創新高。台積電10月營收3675億元，經濟部說台灣的訂單仍強。"
    assert units(taiwan, "zh") == ["TWD"]
    hong_kong = "香港差餉物業估價署公布，全港私宅成交總值271億元，約合人民幣250億元。"
    assert units(hong_kong, "zh") == ["HKD", "CNY"]
    # Hong Kong's press, that names its banks and interbank rate and hardly ever Hong Kong
    hong_kong = "滙豐今日宣布減P，拆息跌穿2厘。以500萬元貸款計，每月供款由22,452元減至22,105元。"
    assert units(hong_kong, "zh") == ["HKD", "HKD", "HKD"]
    # the mainland's press, in simplified characters, means the renminbi
    assert units("香港和台湾的订单增长，国家统计局说营收3675亿元，香港方面说。", "zh") == ["CNY"]


def test_the_yuan_of_singapores_own_chinese_press():
    # simplified characters, and what only Singapore's press names: the vehicle quota, its transport authority
    coe = "陆路交通管理局昨天公布，A组拥车证溢价从10万5999元涨至11万2889元，创历史新高。"
    assert units(coe, "zh") == ["SGD", "SGD"]
    # not where the page gives the renminbi: a mainland page on Singapore
    assert units("新加坡拥车证溢价涨至11万2889元，约合人民币58万元。新加坡政府说。", "zh") == ["CNY", "CNY"]


def test_nigerias_press_writes_the_nairas_sign_as_an_n():
    assert [(f.text, f.unit) for f in read_figures("Petrol sells at N985 a litre in Lagos, down from N1,040.", "en")
            if f.kind == "money"] == [("N985", "NGN"), ("N1,040", "NGN")]
    assert read_figures("Sales of N95 masks rose.", "en") == []  # a mask where no Nigeria is named


def test_one_letter_is_the_sign_of_the_currency_of_the_country_the_article_names():
    def money(text, lang="en"):
        return [(f.text, f.value, f.unit) for f in read_figures(text, lang) if f.kind == "money"]

    assert money("Port Moresby set aside K10 million for relief.") == [("K10 million", 1e7, "PGK")]
    assert money("Speaking in Lilongwe, the minister said a bag costs K20,000.") == [("K20,000", 20000, "MWK")]
    assert money("Alimi alipira K20,000 pa thumba m'misika ya ADMARC.", "ny") == [("K20,000", 20000, "MWK")]
    assert money("In Maseru, relief is M1,000 a month.") == [("M1,000", 1000, "LSL")]
    assert money("Debswana's sales fell to P2.3 billion.") == [("P2.3 billion", 2.3e9, "BWP")]
    assert money("Jeepney fares in Manila rise to P15.") == [("P15", 15, "PHP")]
    # no country of the letter's named: no money, and no "million" left of it
    assert read_figures("The government set aside K10 million for relief.", "en") == []
    assert read_figures("The M23 rebels took the town.", "en") == []
    # after the digits a letter is a thousand or a million, no currency
    assert money("In Port Moresby she earns 50K a year; Maseru lost 20 M in exports.") == []
    # of two countries, the one the article keeps naming: Zambia's farmers in a story on Malawi
    malawi = ("Malawi's farmers pay K20,000 a bag. In Lilongwe, traders said Malawi's prices beat Zambia's."
              " Malawi expects a good harvest.")
    assert {unit for _, _, unit in money(malawi)} == {"MWK"}


def test_guatemalas_hondurass_and_the_gambias_letters_and_words():
    def money(text, lang="en"):
        return [(f.text, f.value, f.unit) for f in read_figures(text, lang) if f.kind == "money"]

    assert money("Farmers in Guatemala received Q2,150 per quintal.") == [("Q2,150", 2150, "GTQ")]
    assert money("Ferry fares in Banjul rise from D50 to D75.") == [("D50", 50, "GMD"), ("D75", 75, "GMD")]
    assert money("Honduras recibió L18,275.5 millones en remesas.", "es") == [("L18,275.5 millones", 18275.5e6, "HNL")]
    # a quarter and a vitamin are no sums, even where the country is named
    assert money("Guatemala's Q3 exports rose; Gambia's D3 supplements sold out.") == []
    assert read_figures("Results for Q3 2026 beat forecasts.", "en") == []
    # their words name one currency in any language
    assert money("Die Wahl kostet den Staat 2,48 Milliarden Lempira.", "de") == [
        ("2,48 Milliarden Lempira", 2.48e9, "HNL")]
    assert money("A tarifa passa a custar 1.800 dalasis.", "pt") == [("1.800 dalasis", 1800, "GMD")]
    assert money("Las ventas cayeron a 4.120 millones de vatus.", "es") == [("4.120 millones de vatus", 4.12e9, "VUV")]


def test_arabics_preposition_drawn_out_to_the_digits():
    assert units("وفي العاصمة أبوجا، بات اللتر يُباع بـ985 نيرة.", "ar") == ["NGN"]


def test_an_argentine_papers_pesos_where_it_names_no_argentina():
    text = "La boleta promedio en el AMBA pasará de $38.500 a $61.200 por mes, según el ENRE."
    assert units(text, "es") == ["ARS", "ARS"]


def test_a_colombian_papers_pesos_where_it_names_no_colombia():
    text = ("La Federación Nacional de Cafeteros fijó el precio en $3.240.000 por carga. "
            "La TRM quedó en $3.905,40.")
    assert units(text, "es") == ["COP", "COP"]


@pytest.mark.parametrize(
    "text, lang, code",
    [
        ("The Philippines capped rice at P45 a kilo.", "en", "PHP"),
        ("49 piso bawat kilo sa Pilipinas.", "tl", "PHP"),
        ("Filipinas fija el arroz en 45 pesos por kilo.", "es", "PHP"),
        ("México fija la tortilla en 25 pesos por kilo.", "es", "MXN"),
        # a page that names Manila, not its country; Korean's peso glued to the number
        ("Tinatayang madaragdagan ng P250 kada araw ang kita ng bawat tsuper sa Metro Manila.", "tl", "PHP"),
        ("Harga solar di Metro Manila sekitar 68,50 peso per liter.", "id", "PHP"),
        ("필리핀 마닐라 지프니의 기본요금이 15페소로 오른다.", "ko", "PHP"),
        # or that names its provinces and bodies only
        ("Contractors were paid P18.7 billion for flood control projects in Bulacan.", "en", "PHP"),
        ("Umabot sa P9.5 bilyon ang na-freeze na pera, ayon sa DPWH.", "tl", "PHP"),
    ],
)
def test_the_philippine_peso_as_its_press_and_others_write_it(text, lang, code):
    assert units(text, lang) == [code]


def test_a_p_before_digits_is_no_peso_where_no_philippines_is_named():
    assert units("He filed his P45 form in Leeds.") == []


@pytest.mark.parametrize(
    "text, lang, code, value",
    [
        ("丹麦罚款2.9亿克朗", "zh", "DKK", 2.9e8),  # crowns, no gram ("克")
        ("巴基斯坦政府拨款500亿卢比", "zh", "PKR", 5e10),
        ("墨西哥汇款1,500亿比索", "zh", "MXN", 1.5e11),
        ("インドで500億ルピー", "ja", "INR", 5e10),
        ("ノルウェーで150クローネ", "ja", "NOK", 150),
    ],
)
def test_a_currency_word_several_countries_share_glued_to_the_number(text, lang, code, value):
    money = [f for f in read_figures(text, lang) if f.kind == "money"]
    assert [(f.unit, f.value) for f in money] == [(code, value)]


def test_south_africas_press_writes_the_rands_sign_as_an_r():
    assert units("The rand averaged R17.62 to the dollar, Johannesburg dealers said.") == ["ZAR"]
    assert units("Take the R1 out of Leeds.") == []
    assert units("engu-R26.74 ilitha", "zu") == ["ZAR"]  # CLDR's own sign for Zulu, wherever it stands
    assert units("recorde de 26,74 randes na África do Sul", "pt") == ["ZAR"]


@pytest.mark.parametrize("text, lang", [("достигла 2,41 млн шекелей", "ru"), ("ok. 140 szekli miesięcznie", "pl")])
def test_the_shekel_in_the_cases_outlets_write_it(text, lang):
    assert units(text, lang) == ["ILS"]


@pytest.mark.parametrize(
    "text, lang, code",
    [
        ("أعلنت أرامكو السعودية أن صافي دخلها بلغ 97.5 مليار ريال.", "ar", "SAR"),
        ("خفض أسعار الوقود في الإمارات، سوبر 98 بـ2.61 درهم للتر.", "ar", "AED"),
        ("دولت پاکستان قیمت هر لیتر بنزین را به ۲۶۴٫۶۵ روپیه رساند.", "fa", "PKR"),
        # Riyadh with "in" joined before it
        ("قال الوزير في مؤتمر بالرياض إن الإيرادات تبلغ 590 مليار ريال.", "ar", "SAR"),
        ("সৌদি সরকার ১২৫ বিলিয়ন রিয়াল ব্যয়ের বাজেট দিয়েছে।", "bn", "SAR"),
        # an Urdu paper in Delhi: India's rupees, where Urdu's are Pakistan's by default
        ("دارالحکومت دہلی میں ٹماٹر کی قیمت 100 روپے فی کلو تک پہنچ گئی۔", "ur", "INR"),
        ("لاہور میں ٹماٹر کی قیمت 100 روپے فی کلو تک پہنچ گئی۔", "ur", "PKR"),
    ],
)
def test_a_shared_currency_word_of_the_country_the_page_names_as_its_press_does(text, lang, code):
    assert units(text, lang) == [code]


def test_a_page_that_names_another_country_as_often_is_no_local_paper():
    text = ("Sunday's final between India and Australia in Ahmedabad drew 236 million viewers in India. "
            "Australia's chase peaked at 61 million streams; India collected $4 million, Australia $2 million.")
    assert units(text) == ["USD", "USD"]


def test_the_climate_summits_are_no_colombian_pesos():
    assert units("Delegates at COP31 in Antalya agreed on finance.") == []
    assert units("Bogotá paid COP 5 million in fines, Colombia said.") == ["COP"]


def test_an_arabic_word_that_begins_with_a_places_name_is_not_the_place():
    # "الرياضة" is sport, not Riyadh: the riyal stays unread without a country
    assert units("وزارة الرياضة خصصت 590 مليار ريال.", "ar") == []


def test_the_country_a_page_keeps_naming_over_one_it_names_once():
    text = ("Pakistan raised petrol prices by 6.45 rupees a litre, Pakistan's finance ministry said. Pakistan "
            "sets fuel prices every two weeks, to meet targets agreed for Pakistan with the IMF. In neighbouring India petrol costs 94.77 Indian rupees a litre.")
    assert units(text) == ["PKR", "INR"]


def test_a_shared_word_is_of_the_one_country_its_sentence_names_before_it():
    text = ("A maior fatia vem da Alemanha, com 350 milhões de euros, seguida pela Noruega, que prometeu 3 bilhões "
            "de coroas. A Dinamarca entrou com 150 milhões de coroas dinamarquesas.")
    assert units(text, "pt") == ["EUR", "NOK", "DKK"]


def test_quebecs_and_canadas_punjabi_press_write_their_dollars_bare():
    text = ("Au Canada, la tarification du carbone passera de 110 $ à 125 $ la tonne; Ottawa en tire "
            "3,8 milliards de dollars, selon Environnement Canada.")
    assert units(text, "fr") == ["CAD", "CAD", "CAD"]
    # the sign after a scale word, as Quebec writes it
    text = "Le conflit coûte environ 28 millions $ par jour à Postes Canada, selon Postes Canada."
    assert units(text, "fr") == ["CAD"]
    # and a dollar word on a Punjabi page in Canada that writes no sign at all
    text = "ਕੈਨੇਡਾ ਪੋਸਟ ਦੀ ਹੜਤਾਲ ਜਾਰੀ ਹੈ। ਕੈਨੇਡਾ ਪੋਸਟ ਨੂੰ ਰੋਜ਼ਾਨਾ ਲਗਭਗ 2.8 ਕਰੋੜ ਡਾਲਰ ਦਾ ਨੁਕਸਾਨ ਹੋ ਰਿਹਾ ਹੈ।"
    assert units(text, "pa") == ["CAD"]


@pytest.mark.parametrize(
    "text, lang, code",
    [("Super 98 will be charged at Dh2.78 a litre in the UAE.", "en", "AED"),
     ("यूएई में पेट्रोल 2.87 दिरहम प्रति लीटर", "hi", "AED"),
     ("وبلغ متوسط سعر البرميل 63.40 دولاراً", "ar", "USD"),
     ("тариф снизился до 3,94 бата", "ru", "THB"),
     # Central Asia's and Mongolia's money, in the cases a sum takes, and as others write it
     ("орташа жалақы шамамен 49 200 теңгені құрады", "kk", "KZT"),
     ("алтындын баасы 4 100 долларга жетти", "ky", "USD"),
     ("салык 12,4 млрд сом болду", "ky", "KGS"),
     ("нүүрсний экспортоос 7.84 тэрбум ам.доллар олсон", "mn", "USD"),
     ("орлого 27 их наяд төгрөгийн", "mn", "MNT"),
     ("доходы около 26,5 трлн тугриков", "ru", "MNT"),
     ("The minimum wage rose to 85,000 tenge on Monday.", "en", "KZT"),
     ("Das Einkommen lag bei 5,6 Millionen Tugrik.", "de", "MNT"),
     ("月均名义工资为45.24万坚戈", "zh", "KZT"),
     ("㎏당 2,000숨을 받았다", "ko", "UZS"),
     # Azerbaijan's manat as its neighbours write it, and the dollar in Georgian
     ("Şirket 6,12 milyar manat gelir elde etti.", "tr", "AZN"),
     ("выручка составила 10,4 млрд манатов", "ru", "AZN"),
     ("ექსპორტმა 6,12 მილიარდი დოლარი შეადგინა", "ka", "USD"),
     ("વિજેતાને ૪૦ લાખ ડૉલરનું ઇનામ મળશે", "gu", "USD")],  # the dollar in its cases
)
def test_more_of_the_forms_the_press_writes(text, lang, code):
    assert units(text, lang) == [code]


@pytest.mark.parametrize(
    "text, lang, value",
    [("پٹرول کی قیمت بڑھ کر 264 روپے 65 پیسے فی لیٹر ہو گئی", "ur", 264.65),
     ("कीमत 94 रुपये 77 पैसे प्रति लीटर", "hi", 94.77), ("цена 56 рублей 30 копеек", "ru", 56.30),
     ("a ticket costs 2 pounds 50 pence", "en", 2.50)],
)
def test_a_sum_and_its_hundredths_after_it_are_one_sum(text, lang, value):
    money = [f for f in read_figures(text, lang) if f.kind == "money"]
    assert [round(f.value, 2) for f in money] == [value]


@pytest.mark.parametrize(
    "text, code",
    [("Stats NZ said the median house price was $770,000; in Auckland it was $1.015 million. The kiwi fell.", "NZD"),
     ("A record 412 HDB flats sold for $1 million or more, the Housing Board said; one in Tampines fetched "
      "$1.1 million.", "SGD")],
)
def test_a_papers_own_country_named_by_what_its_press_names_instead(text, code):
    assert set(units(text)) == {code}


def test_a_chilean_papers_pesos_where_it_names_la_moneda_not_chile():
    text = ("La Pensión Garantizada Universal aumenta de $224.004 a $250.000 mensuales, unos US$263, "
            "afirmó la ministra en La Moneda.")
    assert units(text, "es") == ["CLP", "CLP", "USD"]


def test_a_shared_currency_word_of_the_country_a_page_keeps_naming():
    text = ("Denmark's regulator fined the bank 290 million crowns, the largest fine in Denmark, Danish "
            "officials said. A Swedish lender paid less last year.")
    assert units(text) == ["DKK"]


def test_of_two_countries_the_rupees_are_of_the_one_their_sentence_names():
    text = ("Nepal Oil Corporation cut prices on Wednesday. It buys all its fuel from India's Indian Oil. "
            "In Kathmandu, a litre of petrol now costs Rs 170. In New Delhi, India, petrol sells for Rs 95.")
    read = []
    for sentence in ("In Kathmandu", "In New Delhi"):  # each read within its sentence, as articles are
        start = text.index(sentence)
        end = text.find(".", start) + 1
        read += [f.unit for f in read_figures(text, "en", start=start, end=end) if f.kind == "money"]
    assert read == ["NPR", "INR"]


def test_english_cents_are_money_where_the_sum_or_its_article_says_whose():
    assert [(f.unit, f.value) for f in read_figures(
        "In South Africa, petrol 93 will drop by 47 cents a litre in Johannesburg.", "en") if f.kind == "money"] \
        == [("ZAR", 0.47)]
    assert units("The New Zealand dollar eased to 57.90 US cents after the Fonterra auction.") == ["USD"]
    # "South Korea" names no rand (its adjective is "South African", not "South"), nor does a page on Germany
    assert units("Spot prices in South Korea rose to $13.28, or about 83 cents per gigabit.") == ["USD"]
    assert units("In Germany, petrol rose 5 cents a litre.") == []


def test_namibias_dollar_at_par_with_the_rand_and_the_soum_of_tashkent():
    assert units("In Namibia, petrol fell to N$20.63 a litre at Walvis Bay.") == ["NAD"]
    assert units("In Tashkent, gas will cost 1,300 soums per cubic metre.") == ["UZS"]
    assert units("Mongolia has 330 soums and 21 provinces.") == []


def test_the_cents_of_a_page_on_south_africa_are_the_rands():
    assert [(f.unit, f.value) for f in read_figures(
        "Na África do Sul, com a valorização do rand, o gasóleo baixa 68 cêntimos por litro.", "pt")
        if f.kind == "money"] == [("ZAR", 0.68)]
    assert units("Petrol van 93 oktaan word 47 sent per liter goedkoper.", "af") == ["ZAR"]
    # a page that writes the euro keeps its cents the euro's; so does a page on Portugal
    assert units("Na África do Sul o rand subiu; o gasóleo baixa 68 cêntimos, cerca de 3 euros por depósito.",
                 "pt") == ["EUR", "EUR"]
    assert units("Em Portugal, o gasóleo baixa 5 cêntimos por litro.", "pt") == ["EUR"]


def test_a_provinces_cities_name_its_country_and_the_sign_says_whose_after_the_digits():
    text = ("Les acheteurs offrent 8,50 $ la livre aux pêcheurs de la Nouvelle-Écosse. Dans les épiceries de "
            "Halifax, le homard se vendait 15,99 $ la livre.")
    assert units(text, "fr") == ["CAD", "CAD"]
    # "$ US" and "$ canadiens" after the digits say whose, as Quebec's press writes them
    text = "Le repas coûtera 59,82 $ US, soit environ 83,63 $ canadiens, selon Statistique Canada."
    assert units(text, "fr") == ["USD", "CAD"]


def test_rupees_of_a_page_that_names_only_the_islands_bodies():
    text = ("The Ceylon Petroleum Corporation reduced Octane 92 by Rs. 12 to Rs. 299 per litre. Lanka IOC said "
            "it would match the new prices.")
    assert units(text) == ["LKR", "LKR"]


def test_an_argentine_provinces_page_writes_its_pesos_with_the_sign():
    text = ("Unos 1.200 productores se concentraron sobre la ruta 14, a la altura de Oberá. Hoy los secaderos "
            "pagan unos $330 por kilo. Los yerbales ocupan 164.800 hectáreas entre Misiones y Corrientes.")
    assert units(text, "es") == ["ARS"]


def test_canadas_punjabi_press_names_its_cities_in_its_script():
    text = "ਟੋਰਾਂਟੋ ਸ਼ਹਿਰ ਦਾ ਬਰਫ਼ ਹਟਾਉਣ ਦਾ ਬਜਟ 12.68 ਕਰੋੜ ਡਾਲਰ ਹੈ। ਬਰੈਂਪਟਨ ਅਤੇ ਮਿਸੀਸਾਗਾ ਵਿੱਚ ਵੀ ਬਰਫ਼ ਪਈ।"
    assert units(text, "pa") == ["CAD"]


def test_halifax_is_a_british_bank_as_often_as_a_canadian_city():
    text = ("Lloyds and Halifax customers locked out as cloud failure hits UK\nHalifax and Lloyds reported problems. "
            "Damage reached £2.6bn, and insured losses about $380m, one Halifax customer was told.")
    assert units(text) == ["GBP", "USD"]


def test_a_page_that_names_the_us_by_its_initials_keeps_its_dollar():
    text = ("The U.S. Mint struck its last penny on Wednesday. Making one cost 3.69 cents, and the US Treasury "
            "expects to save $56 million a year. Canada dropped its penny in 2012, and Canada's shops round to "
            "five cents.")
    assert units(text) == ["USD"]
    # a Canadian page, which names its country more than the US: its own dollar
    text = ("Canada Post raises stamp prices again. A domestic stamp will cost $1.75, the Crown corporation said, "
            "after a $1.3 billion loss; its US counterpart lost more. Canada's unions objected.")
    assert units(text) == ["CAD", "CAD"]


def test_trinidads_dollar_nicaraguas_cordoba_and_a_dinar_by_its_city():
    assert units("Atlantic LNG lost TT$520 million, or TT$ 75 million a week.") == ["TTD", "TTD"]
    assert units("El impuesto recaudará 3.820 millones de córdobas al año.", "es") == ["NIO"]
    assert units("Vive en Córdoba desde 2010 con 3 hijos.", "es") == []
    # a page from Sfax names its city, not Tunisia
    assert units("وأفاد الناجون من مركب صفاقس بأن كل واحد منهم دفع 3500 دينار.", "ar") == ["TND"]


def test_bruneis_press_writes_its_dollar_b_dollar():
    assert [(f.text, f.unit) for f in read_figures("Berjumlah B$1.18 bilion pada suku ketiga.", "ms")] == [
        ("B$1.18 bilion", "BND")]


def test_an_arabic_currency_word_in_the_accusative():
    assert units("في المغرب بلغ سعر القنطار 38 درهماً.", "ar") == ["MAD"]
    assert units("في القاهرة ارتفع سعر التذكرة إلى 500 جنيها.", "ar") == ["EGP"]


def test_south_korea_as_the_press_names_it_tells_whose_won():
    # CLDR's Russian says "Республика Корея"; the press says "Южная Корея" and Seoul
    assert units("Власти Южной Кореи снизили лимит ипотеки в Сеуле до 40 млн вон.", "ru") == ["KRW"]
