"""Currency words several countries share take the currency their article names."""

import pytest

from factcheck.core.figures import read_figures
from factcheck.importer import add_paths
from factcheck.store import Store
from factcheck.store.related import list_matches


def figures(text: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple]:
    return [(f.kind, f.value, f.unit, f.text) for f in read_figures(text, lang, start=start, end=end)]


def test_wire_style_crowns_with_their_country_are_money():
    assert figures("Norvexa was fined 290 million Danish crowns.", "en") == [
        ("money", 290e6, "DKK", "290 million Danish crowns")]
    assert figures("It paid 1.2 billion Swedish crowns.", "en")[0][2] == "SEK"
    assert figures("A 40 million Norwegian crown deal.", "en")[0][2] == "NOK"


@pytest.mark.parametrize("lang, article, figure, code", [
    ("en", "Denmark hands Norvexa record 290 million crown fine", "290 million crown", "DKK"),
    ("de", "Die dänische Behörde verhängte 290 Millionen Kronen Strafe.", "290 Millionen Kronen", "DKK"),
    ("fr", "L'autorité suédoise exige 290 millions de couronnes.", "290 millions de couronnes", "SEK"),
    ("es", "Noruega: una multa de 290 millones de coronas.", "290 millones de coronas", "NOK"),
    ("nl", "Indonesië legt boete op van 290 miljard roepia", "290 miljard roepia", "IDR"),
    ("it", "In India una multa di 290 milioni di rupie.", "290 milioni di rupie", "INR"),
    ("es", "El Banco de México cobró 290 millones de pesos.", "290 millones de pesos", "MXN"),
    ("id", "Otoritas Denmark menjatuhkan denda 290 juta kroner.", "290 juta kroner", "DKK"),  # a loanword
    # Greek's pounds and lira are one word
    ("el", "Η Τουρκία θα διαθέσει 290 εκατ. λίρες για τα σχολεία.", "290 εκατ. λίρες", "TRY"),
    ("el", "Η Βρετανία θα διαθέσει 290 εκατ. λίρες για τα σχολεία.", "290 εκατ. λίρες", "GBP"),
    # and French's: "livres" is sterling only where the article says so
    ("fr", "En Turquie, l'État versera 290 millions de livres aux écoles.", "290 millions de livres", "TRY"),
    ("fr", "Londres versera 290 millions de livres aux écoles.", "290 millions de livres", "GBP"),
    ("ar", "تنفق تركيا 290 مليون ليرة على المدارس.", "290 مليون ليرة", "TRY"),
    # dinars: Serbia's, Algeria's, Jordan's; a Hungarian one in its case; Catalan's Moroccan dírhams
    ("en", "Serbia's teachers will cost an extra 290 million dinars.", "290 million dinars", "RSD"),
    ("fr", "En Algérie, la hausse coûtera 290 millions de dinars.", "290 millions de dinars", "DZD"),
    ("de", "Jordanien zahlt 290 Millionen Dinar für die Schulen.", "290 Millionen Dinar", "JOD"),
    ("hu", "A szerb kormány 290 millió dinárral emeli a béreket.", "290 millió dinárral", "RSD"),
    ("ca", "El Marroc pagarà 290 milions de dírhams a les famílies.", "290 milions de dírhams", "MAD"),
    # an Arabic adjective with its article: "the Moroccan agency", "in the Emirati market"
    ("ar", "وقّعت الوكالة المغربية للطاقة اتفاقيات باستثمار 290 مليون درهم.", "290 مليون درهم", "MAD"),
    ("ar", "ضخت الحكومة الإماراتية 290 مليون درهم في السوق.", "290 مليون درهم", "AED"),
])
def test_a_shared_currency_word_takes_the_country_its_article_names(lang, article, figure, code):
    [(kind, value, unit, text)] = figures(article, lang)
    assert (kind, value, text, unit) == ("money", 290e6 if "miljard" not in article else 290e9, figure, code)


@pytest.mark.parametrize("lang, article, figure", [
    ("de", "Brasilien sagte Soforthilfen von 1,2 Milliarden Real zu.", "1,2 Milliarden Real"),
    ("id", "Pemerintah Brasil menggelontorkan bantuan senilai 1,2 miliar real.", "1,2 miliar real"),
    ("es", "Brasil anunció una ayuda de 1.200 millones de reales.", "1.200 millones de reales"),
    ("fr", "Le Brésil a débloqué 1,2 milliard de reais.", "1,2 milliard de reais"),
    ("en", "The government will release 1.2 billion reais.", "1.2 billion reais"),  # the plural is only money
])
def test_the_brazilian_real(lang, article, figure):
    assert figures(article, lang) == [("money", 1.2e9, "BRL", figure)]


@pytest.mark.parametrize("article", [
    "Brazil made 3 real improvements to its flood defences.",  # a word, not a sum of money
    "Spain will spend 2 million real euros on it.",  # no Brazil named
])
def test_real_as_a_word_stays_a_word(article):
    assert all(unit != "BRL" for _, _, unit, _ in figures(article, "en"))


def test_spanish_plurals_of_the_real_and_the_won_are_sums_of_any_amount():
    assert figures("En Brasil, el café se vende a 2.415,30 reales por saco.", "es")[0][:3] == ("money", 2415.3, "BRL")
    assert figures("Corea del Sur pagará 300.000 wones por hogar.", "es")[0][:3] == ("money", 3e5, "KRW")
    assert all(unit is None for _, _, unit, _ in figures("El Gobierno pagará 300.000 wones por hogar.", "es"))


@pytest.mark.parametrize("lang, article, figure", [
    ("en", "Peru's government will spend 150 million soles ($40 million).", "150 million soles"),
    ("nl", "De Peruaanse regering trekt 150 miljoen sol uit.", "150 miljoen sol"),
    ("es", "El gobierno peruano destinará 150 millones de soles.", "150 millones de soles"),
])
def test_peruvian_soles(lang, article, figure):
    assert figures(article, lang)[0] == ("money", 150e6, "PEN", figure)


def test_the_sun_is_no_sum():
    found = figures("En Lima, Perú, el sol brilló 3 horas y costó 5 soles.", "es")
    # the sun that shone is none; what cost five soles is, however small: the plural follows no sun's count
    assert [text for _, _, unit, text in found if unit == "PEN"] == ["5 soles"]
    assert figures("El precio en Perú subió a 14 soles por kilo.", "es")[0][:3] == ("money", 14, "PEN")
    # and Chinese's and Japanese's sol glued to the number
    assert figures("秘鲁利马的液化气罐均价已升至25.4索尔。", "zh")[0][:3] == ("money", 25.4, "PEN")
    assert figures("ペルーではガスボンベの平均価格が52.4ソルに上昇した。", "ja")[0][:3] == ("money", 52.4, "PEN")


@pytest.mark.parametrize("lang, article, figure", [
    ("de", "Waldbrände in Chile: Jede Familie erhält einer Million Pesos.", "Million Pesos"),  # in words
    ("sv", "Bränder i Chile: varje familj får en miljon pesos.", "en miljon pesos"),
    ("id", "Kebakaran di Chile: bantuan sebesar 1 juta peso Chile.", "1 juta peso Chile"),  # the English name
])
def test_pesos_in_words_or_before_the_country(lang, article, figure):
    assert figures(article, lang) == [("money", 1e6, "CLP", figure)]


def test_a_conversion_after_the_country_is_a_courtesy():
    stated, converted = read_figures("Di Chile: 1 juta peso Chile atau sekitar Rp 16 juta per keluarga.", "id")
    assert (stated.unit, converted.unit, converted.courtesy) == ("CLP", "IDR", True)


@pytest.mark.parametrize("lang, article, figure", [
    ("de", "Die Schweiz sagt Ja: Die Mehrkosten belaufen sich auf 4,1 Milliarden Franken.", "4,1 Milliarden Franken"),
    ("fr", "Le peuple suisse a accepté: 4,1 milliards de francs par an.", "4,1 milliards de francs"),
    ("nl", "Zwitserland stemt in; de uitkering kost 4,1 miljard frank.", "4,1 miljard frank"),
])
def test_swiss_francs(lang, article, figure):
    assert figures(article, lang)[0] == ("money", 4.1e9, "CHF", figure)


def test_francs_of_no_named_country_stay_a_number():
    assert figures("La France a payé 5 millions de francs en 1990.", "fr")[0][2] is None


def test_a_country_named_in_the_genitive_counts():
    assert figures("Schwedens Kartellamt: Der Konzern setzte 96 Milliarden Kronen um.", "de")[0][2] == "SEK"


@pytest.mark.parametrize("lang, article, figure, code", [
    # the crown in its cases, and the country in its: Finnish, Latvian, Lithuanian, Polish, Croatian, Icelandic
    ("fi", "Norjan hallitus käyttää rahastosta 542 miljardia kruunua.", "542 miljardia kruunua", "NOK"),
    ("lv", "Norvēģijas valdība izņēmusi 404 miljardus kronu.", "404 miljardus kronu", "NOK"),
    ("lt", "Norvegijos vyriausybė paėmė 404 mlrd. kronų.", "404 mlrd. kronų", "NOK"),
    ("pl", "W Czechach płaca minimalna wzrośnie do 22 400 koron.", "22 400 koron", "CZK"),
    ("hr", "U Češkoj će se minimalna plaća povećati na 24.200 kruna.", "24.200 kruna", "CZK"),
    ("is", "Norska ríkið hefur tekið 404 milljarða norskra króna úr sjóðnum.", "404 milljarða norskra króna", "NOK"),
    ("is", "Íslenski sjóðurinn var metinn á 8.000 milljörðum króna.", "8.000 milljörðum króna", "ISK"),
])
def test_a_crown_in_its_case_takes_the_country_named_in_its_case(lang, article, figure, code):
    kind, _, unit, text = figures(article, lang)[0]
    assert (kind, unit, text) == ("money", code, figure)


def test_an_ending_is_a_crowns_only():
    # "sold" is no "sol" with an ending, in a story on Peru
    assert all(unit != "PEN" for _, _, unit, _ in figures("In Peru 3 million sold out in a day.", "en"))


def test_the_country_may_be_named_elsewhere_in_the_article():
    article = "Record 290 million crown fine for pharmacy\n\nThe Danish agency said the breach was grave."
    assert figures(article, "en", end=article.index("\n"))[0][2] == "DKK"


@pytest.mark.parametrize("lang, article", [
    ("en", "The company paid 290 million crowns."),  # no country
    ("en", "Sweden and Denmark each paid 5 million crowns."),  # two crown countries: which one is unknown
    ("fr", "L'Inde et l'Indonésie: 20 millions de roupies."),
    ("es", "Pagó 5 millones de pesos."),
])
def test_a_shared_word_without_one_country_stays_a_number(lang, article):
    assert [(k, u) for k, _, u, _ in figures(article, lang)] == [("number", None)]


def test_a_headline_in_bare_crowns_agrees_with_the_danish_report(tmp_path):
    (tmp_path / "en.txt").write_text("Denmark hands Norvexa record 290 million crown fine.\n", encoding="utf-8")
    (tmp_path / "da.txt").write_text(
        "Datatilsynet har givet netapoteket Norvexa en bøde på 290 millioner kroner.\n", encoding="utf-8")
    with Store(tmp_path / "f.db") as store:
        add_paths(store, sorted(tmp_path.glob("*.txt")))
        [found] = list_matches(store, min_score=0.0)
    assert found["consistency"] == "consistent"
    assert "money 290 millioner kroner ≈ 290 million crown" in found["evidence"]


@pytest.mark.parametrize("lang, article, figure, code", [
    # Arabic's plural "دراهم" is in CLDR's name of Morocco's dirham alone: a word of the family, not Morocco's name
    ("ar", "خفض أسعار الوقود في الإمارات. وتراجع سعر الديزل إلى 2.78 درهم، أي بتوفير نحو 8 دراهم.", "8 دراهم",
     "AED"),
    ("ar", "تنفق الأردن 10 دنانير على الخبز.", "10 دنانير", "JOD"),  # and the dinar's, which CLDR has not
    ("ru", "Индия выделит 290 миллионов рупий на школы.", "290 миллионов рупий", "INR"),
    ("uk", "Швейцарія виділить 290 мільйонів франків на школи.", "290 мільйонів франків", "CHF"),
])
def test_the_plurals_and_the_scripts_of_a_shared_currency_word(lang, article, figure, code):
    assert figures(article, lang)[-1][2:] == (code, figure)


@pytest.mark.parametrize("lang, article, figure, code", [
    ("en", "Russia pays mothers 737,205 roubles for a first child.", "737,205 roubles", "RUB"),
    ("es", "Ucrania firmó contratos por 12.400 millones de grivnas.", "12.400 millones de grivnas", "UAH"),
    ("de", "Die Ukraine zahlt 12,4 Milliarden Hrywnja.", "12,4 Milliarden Hrywnja", "UAH"),
    # a story on the pilgrims names Medina, not the country
    ("ar", "تعويض يصل إلى 100 ألف ريال لذوي كل معتمر توفي قرب المدينة المنورة.", "100 ألف ريال", "SAR"),
])
def test_the_rouble_the_hryvnia_and_the_riyal_where_the_article_names_their_country(lang, article, figure, code):
    assert figures(article, lang)[0][2:] == (code, figure)


def test_roubles_where_no_country_is_named_stay_a_number():
    assert figures("He paid 737,205 roubles.", "en")[0][:3] == ("number", 737205, None)
