"""Figures written in words read as the same figures in digits: one short sentence per rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.core.figures import may_have_figures, read_figures


def figures(text: str, lang: str):
    return [(f.kind, f.value, f.unit) for f in read_figures(text, lang)]


@pytest.mark.parametrize(
    "words, digits, lang",
    [
        ("Er lief sechs Meilen (zehn Kilometern) weit.", "Er lief 6 Meilen (10 Kilometern) weit.", "de"),
        ("About twelve people were hurt.", "About 12 people were hurt.", "en"),
        ("Kommunen sparer fem millioner kroner.", "Kommunen sparer 5 millioner kroner.", "da"),
        ("Elle a couru dix kilomètres.", "Elle a couru 10 kilomètres.", "fr"),
        ("The plan costs three billion dollars.", "The plan costs 3 billion dollars.", "en"),
        ("Llegaron treinta y dos personas.", "Llegaron 32 personas.", "es"),
        ("O governo gastou dois milhões de euros.", "O governo gastou 2 milhões de euros.", "pt"),
        ("Hanno perso ventitré persone.", "Hanno perso 23 persone.", "it"),
        ("Er wonen twee miljoen mensen.", "Er wonen 2 miljoen mensen.", "nl"),
        ("Es kamen dreiundzwanzig Besucher.", "Es kamen 23 Besucher.", "de"),
        ("Han fik femogtyve kilometer i bil.", "Han fik 25 kilometer i bil.", "da"),
        ("He won one million euros.", "He won 1 million euros.", "en"),
        ("It ordered two dozen jets.", "It ordered 24 jets.", "en"),
        ("Sie bestellte zwei Dutzend Flugzeuge.", "Sie bestellte 24 Flugzeuge.", "de"),
        ("Elle a commandé deux douzaines d'avions.", "Elle a commandé 24 avions.", "fr"),
        ("Ha ordinato due dozzine di aerei.", "Ha ordinato 24 aerei.", "it"),
        ("Maskapai memesan dua lusin pesawat.", "Maskapai memesan 24 pesawat.", "id"),
        ("Delnica je zrasla za štiri odstotke.", "Delnica je zrasla za 4 odstotke.", "sl"),
        ("Vireo Air užsako dvidešimt keturis lėktuvus.", "Vireo Air užsako 24 lėktuvus.", "lt"),
        ("Погибли двадцать пять человек.", "Погибли 25 человек.", "ru"),
        ("Загинули п'ять людей.", "Загинули 5 людей.", "uk"),
        ("Загинаха девет души.", "Загинаха 9 души.", "bg"),
        ("Hukkus kaheksa inimest.", "Hukkus 8 inimest.", "et"),
        ("Zahynulo dvadsať päť ľudí.", "Zahynulo 25 ľudí.", "sk"),
        # Hungarian case endings after digits ("24 people", "rose to 11")
        ("Kórházban még 24-en vannak.", "Kórházban még 24 vannak.", "hu"),
        ("A halottak száma 11-re emelkedett.", "A halottak száma 11 emelkedett.", "hu"),
        # a count at the sentence's end, the level a toll rose to
        ("The death toll has risen to nine.", "The death toll has risen to 9.", "en"),
        ("Het dodental is opgelopen tot negen.", "Het dodental is opgelopen tot 9.", "nl"),
        ("La cifra de muertos subió a nueve.", "La cifra de muertos subió a 9.", "es"),
        ("ByteDance spende due miliardi di dollari.", "ByteDance spende 2 miliardi di dollari.", "it"),
        ("Gasta mil millones de dólares al año.", "Gasta 1.000 millones de dólares al año.", "es"),
        # a small count's word before a thousand, as its digits are read before it
        ("Může zaniknout až tři tisíce dalších míst.", "Může zaniknout až 3 tisíce dalších míst.", "cs"),
        ("Zniknie pięć tysięcy miejsc pracy.", "Zniknie 5 tysięcy miejsc pracy.", "pl"),
        ("Исчезнут три тысячи рабочих мест.", "Исчезнут 3 тысячи рабочих мест.", "ru"),
        ("Kolme tuhatta työpaikkaa katoaa.", "3 tuhatta työpaikkaa katoaa.", "fi"),
        ("Üç bin kişi tahliye edildi.", "3 bin kişi tahliye edildi.", "tr"),
        ("Trei mii de locuri de muncă dispar.", "3 mii de locuri de muncă dispar.", "ro"),
        ("Fusionen koster tre tusinde job.", "Fusionen koster 3000 job.", "da"),
        # the tens past fifty, the teens and a ten glued to its unit, as num2words writes them
        ("U luci čeka više od osamdeset plovila.", "U luci čeka više od 80 plovila.", "hr"),
        ("Jättipotti siirtyi kuusitoista kertaa.", "Jättipotti siirtyi 16 kertaa.", "fi"),
        ("Kontraktet omfattar sjuttio bussar.", "Kontraktet omfattar 70 bussar.", "sv"),
        ("Au fost create paisprezece mii de locuri.", "Au fost create 14 mii de locuri.", "ro"),
        ("Zahynulo šesťdesiatpäť ľudí.", "Zahynulo 65 ľudí.", "sk"),
        ("Umrlo je osamdeset dva putnika.", "Umrlo je 82 putnika.", "hr"),
        ("Zginęło sześćdziesiąt osób.", "Zginęło 60 osób.", "pl"),
        ("The cartel raised the prices of twenty-three off-patent medicines.",
         "The cartel raised the prices of 23 off-patent medicines.", "en"),  # the noun after it hyphenated
        ("Valuta je izgubila devet odsto vrednosti.", "Valuta je izgubila 9 odsto vrednosti.", "sr"),
        # Arabic: units of both genders, a unit and its ten joined by "و", hundreds, teens, a scale word after
        ("وأصيب تسعة أشخاص في الحادث.", "وأصيب 9 أشخاص في الحادث.", "ar"),
        ("تظاهر نحو خمسة وثلاثين ألف شخص.", "تظاهر نحو 35 ألف شخص.", "ar"),
        ("تبلغ قدرة المحطة أربعمئة وخمسين ميغاواط.", "تبلغ قدرة المحطة 450 ميغاواط.", "ar"),
        ("حمّلت الشركة ست عشرة شحنة.", "حمّلت الشركة 16 شحنة.", "ar"),
        ("استغرقت العملية ثلاثاً وعشرين دقيقة.", "استغرقت العملية 23 دقيقة.", "ar"),
        ("تبلغ النفقات ألف ومئتان وخمسون مليار دولار.", "تبلغ النفقات 1250 مليار دولار.", "ar"),
        # Persian: parts joined by "و" (a word, or glued after a non-joiner), groups with their scale words, a half
        ("صادرات به پنجاه و هشت هزار و چهارصد تن رسید.", "صادرات به 58400 تن رسید.", "fa"),
        ("ارزش آن چهارصد و دوازده میلیون دلار بود.", "ارزش آن 412 میلیون دلار بود.", "fa"),
        ("محصول امسال چهل‌ویک و نیم تن بود.", "محصول امسال 41.5 تن بود.", "fa"),
        ("ارزش صادرات دو و نیم میلیارد دلار بود.", "ارزش صادرات 2.5 میلیارد دلار بود.", "fa"),
        ("بیست و دو نفر کشته شدند.", "22 نفر کشته شدند.", "fa"),
        ("نه میلیون نفر رأی دادند.", "9 میلیون نفر رأی دادند.", "fa"),
    ],
)
def test_words_give_the_figures_digits_give(words, digits, lang):
    assert figures(words, lang) == figures(digits, lang) != []


def test_span_slices_the_words_with_their_unit():
    text = "Am Montag lief sie sechs Meilen."
    f, = read_figures(text, "de")
    assert text[f.start:f.end] == f.text == "sechs Meilen" and f.words


def test_span_covers_a_scale_word_and_currency():
    text = "Kommunen sparer fem millioner kroner i år."
    f, = read_figures(text, "da")
    assert text[f.start:f.end] == "fem millioner kroner"


def test_outlet_conversion_in_words_is_a_courtesy():
    first, second = read_figures("Er lief sechs Meilen (zehn Kilometern).", "de")
    assert not first.courtesy and second.courtesy


@pytest.mark.parametrize(
    "text, lang",
    [
        ("One of them said no.", "en"),
        ("En af dem sagde nej.", "da"),
        ("Un homme est venu.", "fr"),
        ("Ein Mann kam herein.", "de"),
        ("They met in nineteen ninety.", "en"),  # a year in words
        ("He counted: two, three.", "en"),  # no noun after the number
        ("Il est arrivé le premier.", "fr"),  # ordinal
    ],
)
def test_articles_pronouns_years_and_ordinals_are_no_figures(text, lang):
    assert read_figures(text, lang) == []


@pytest.mark.parametrize("text, lang, value", [
    ("It had inspected four of its grounded turboprops so far.", "en", 4),
    ("Two of the companies left.", "en", 2),
    ("Cinco de las piezas son pinturas.", "es", 5),
])
def test_a_count_in_words_before_its_of_is_a_count(text, lang, value):
    assert [f.value for f in read_figures(text, lang)] == [value]


@pytest.mark.parametrize("text", ["The runoff cost Bs198 million.", "Revenue fell to XY2.46 billion."])
def test_the_scale_of_digits_glued_to_an_unread_sign_is_no_figure_alone(text):
    assert not any(f.value in (1e6, 1e9) for f in read_figures(text, "en"))


def test_a_number_in_words_after_a_year_is_read():
    (share,) = read_figures("Brüssel will bis 2030 zehn Prozent des Bedarfs selbst abbauen.", "de")
    assert (share.kind, share.value) == ("percent", 10)


def test_digits_before_a_scale_word_read_once():
    assert len(read_figures("Custou 2 milhões de reais.", "pt")) == 1
    assert len(read_figures("It cost 3 billion dollars.", "en")) == 1


def test_an_arabic_fifth_and_a_thousand_alone_are_no_counts():
    assert [f.value for f in read_figures("ذهب خمس الإيرادات إلى الدولة.", "ar") if f.kind == "number"] == []
    assert [f.value for f in read_figures("بلغت الخسائر خمسة آلاف دولار.", "ar")] == [5000]


def test_an_arabic_fifth_is_a_share_only_of_a_definite_noun():
    (years,) = read_figures("استمر المشروع خمس سنوات.", "ar")  # five years
    assert (years.kind, years.value) == ("number", 5)
    for text in ("وشكل ذلك خمس الإيرادات.", "وينتج المفاعلان معا نحو خمس استهلاك بلجيكا من الكهرباء."):
        (share,) = read_figures(text, "ar")  # a fifth of the revenue, of Belgium's consumption
        assert (share.kind, share.value) == ("percent", 20)


@pytest.mark.parametrize("text, value, unit", [
    ("بلغت الصادرات ذروتها بأكثر من ملياري دولار سنوياً.", 2e9, "USD"),  # two billion dollars
    ("باعت الشركة مليوني طن من القمح.", 2e6, "t"),
    ("صدّرت مصر ألفي طن من البرتقال.", 2000, "t"),
    ("أعلنت الحكومة حالة الطوارئ في السجون لمدة شهرين.", 2, "mo"),  # two months
    ("فرّ السكان من المدينة في غضون أسبوعين فقط.", 2, "wk"),
    ("عادت الانقطاعات لمدة ساعتين يومياً.", 2, "h"),
])
def test_an_arabic_dual_is_two_of_its_scale_or_unit(text, value, unit):
    (f,) = read_figures(text, "ar")
    assert (f.value, f.unit) == (value, unit)


def test_an_arabic_dual_before_the_next_group_is_its_first_group():
    assert [f.value for f in read_figures("استقبل المعرض مليونين و300 ألف زائر.", "ar")] == [2_300_000]


def test_the_two_months_named_before_are_no_figure():
    assert [f for f in read_figures("خلال الشهرين الماضيين تراجعت المبيعات.", "ar") if f.unit == "mo"] == []


@pytest.mark.parametrize("text", [
    "جلسه روز سه‌شنبه برگزار شد.",  # Tuesday
    "دو سوم صادرات به چین رفت.",  # two thirds
    "نه، این گزارش درست نیست.",  # "no"
    "بی‌بی‌سی گزارش داد.",  # the BBC's "سی"
])
def test_persian_words_with_a_number_in_them_are_no_counts(text):
    assert [f for f in read_figures(text, "fa") if f.kind == "number"] == []


def test_a_persian_first_group_in_words_joins_the_digits_after_it():
    assert [f.value for f in read_figures("دو میلیون و ۶۷۳ هزار نفر آمدند.", "fa")] == [2_673_000]
    assert [f.value for f in read_figures("یک میلیون و ۶۷۳ هزار نفر آمدند.", "fa")] == [1_673_000]


def test_languages_without_a_number_word_reader_are_untouched():
    assert read_figures("Hann greiddi fimm milljónir evra.", "is") == []
    assert [f.value for f in read_figures("Hann greiddi 5 milljónir evra.", "is")] == [5_000_000]


def test_cheap_gate_lets_number_words_through_but_not_articles():
    assert may_have_figures("Elle a couru dix kilomètres.", "fr")
    assert not may_have_figures("Un homme est venu.", "fr")


@pytest.mark.parametrize("name, lang", [("000_198650b8101fa3b1.txt", "da"), ("003_01d0dd41a7b8cea4.txt", "id")])
def test_seeds_write_their_figures_in_digits(name, lang):
    # the seeds' figures are digits and fractions: their articles and pronouns ("et", "en") add none
    text = (Path(__file__).parents[2] / "seeds" / name).read_text(encoding="utf-8")
    found = read_figures(text, lang, years=True)
    assert found and all(f.kind == "percent" or any(c.isdigit() for c in f.text) for f in found)


# --- Indonesian and Malay cardinals, halves before a scale word ------------------------------------


@pytest.mark.parametrize(
    "text, lang, value, unit, span",
    [
        ("Kerugian mencapai dua puluh miliar rupiah.", "id", 2e10, "IDR", "dua puluh miliar rupiah"),
        ("Sebanyak tiga ratus ribu orang terdampak.", "id", 3e5, None, "tiga ratus ribu"),
        ("Satu juta orang telah divaksin.", "id", 1e6, None, "Satu juta"),
        ("Lebih dari seribu pekerja dirumahkan.", "id", 1000, None, "seribu"),
        ("Kerugian mencapai setengah miliar rupiah.", "id", 5e8, "IDR", "setengah miliar rupiah"),
        ("Dana itu satu setengah triliun rupiah.", "id", 1.5e12, "IDR", "satu setengah triliun rupiah"),
        ("Sekitar dua belas ribu rumah rusak.", "id", 12000, None, "dua belas ribu"),
        ("Perusahaan memecat empat puluh lima karyawan.", "id", 45, None, "empat puluh lima"),
        ("Ia menerima sejuta rupiah.", "id", 1e6, "IDR", "sejuta rupiah"),
        ("Nilainya dua koma lima miliar rupiah.", "id", 2.5e9, "IDR", "dua koma lima miliar rupiah"),
        ("Kerajaan memperuntukkan dua bilion ringgit.", "ms", 2e9, "MYR", "dua bilion ringgit"),
        ("Kerugian dua trilyun rupiah.", "id", 2e12, "IDR", "dua trilyun rupiah"),
        ("Dana setengah milyar rupiah cair.", "id", 5e8, "IDR", "setengah milyar rupiah"),
        ("The ministry will spend half a billion dollars.", "en", 5e8, "USD", "half a billion dollars"),
        ("It cost two and a half million dollars.", "en", 2.5e6, "USD", "two and a half million dollars"),
        ("About a quarter of a million people marched.", "en", 2.5e5, None, "a quarter of a million"),
        ("Roughly 1½ million visitors came.", "en", 1.5e6, None, "1½ million"),
        ("Regeringen afsætter halvanden milliard kroner.", "da", 1.5e9, "DKK", "halvanden milliard kroner"),
        ("Kommunen fik to og en halv million kroner.", "da", 2.5e6, "DKK", "to og en halv million kroner"),
        ("Der Bund stellt eine halbe Milliarde Euro bereit.", "de", 5e8, "EUR", "eine halbe Milliarde Euro"),
        ("Es kostet anderthalb Milliarden Euro.", "de", 1.5e9, "EUR", "anderthalb Milliarden Euro"),
        ("Sie zahlte zweieinhalb Millionen Euro.", "de", 2.5e6, "EUR", "zweieinhalb Millionen Euro"),
        ("Het kost anderhalf miljard euro.", "nl", 1.5e9, "EUR", "anderhalf miljard euro"),
        ("L'État versera un milliard et demi d'euros.", "fr", 1.5e9, "EUR", "un milliard et demi d'euros"),
        # the scale word alone before its half
        ("La sequía roza el millón y medio de afectados.", "es", 1.5e6, None, "millón y medio"),
        ("A million and a half households lost power.", "en", 1.5e6, None, "A million and a half"),
        # French's "of" elided onto the number
        ("Il s'agit d'un million d'euros.", "fr", 1e6, "EUR", "un million d'euros"),
        ("De quoi alimenter l'équivalent d'un million et demi de foyers.", "fr", 1.5e6, None, "un million et demi"),
        ("Le projet a coûté un demi-milliard d'euros.", "fr", 5e8, "EUR", "un demi-milliard d'euros"),
        ("Facturó dos millones y medio de dólares.", "es", 2.5e6, "USD", "dos millones y medio de dólares"),
        ("A multa foi de um milhão e meio de euros.", "pt", 1.5e6, "EUR", "um milhão e meio de euros"),
        ("Ha stanziato mezzo miliardo di euro.", "it", 5e8, "EUR", "mezzo miliardo di euro"),
        ("Bygget kostade en och en halv miljard kronor.", "sv", 1.5e9, "SEK", "en och en halv miljard kronor"),
        ("Staten bruker halvannen milliard kroner.", "no", 1.5e9, "NOK", "halvannen milliard kroner"),
        ("Kommunen lägger två miljarder kronor på skolor.", "sv", 2e9, "SEK", "två miljarder kronor"),
        ("Prosjektet fikk to milliarder kroner.", "no", 2e9, "NOK", "to milliarder kroner"),
        ("Wybito blisko ćwierć miliona kur.", "pl", 2.5e5, None, "ćwierć miliona"),
        ("Fast eine Viertelmillion Hühner wurden gekeult.", "de", 2.5e5, None, "eine Viertelmillion"),
        ("Il faudra abattre un quart de million de poulets.", "fr", 2.5e5, None, "un quart de million"),
        ("Acudieron casi un cuarto de millón de personas.", "es", 2.5e5, None, "un cuarto de millón"),
        ("Er kwamen een kwart miljoen bezoekers.", "nl", 2.5e5, None, "een kwart miljoen"),
        ("Nästan en kvarts miljon besökare kom.", "sv", 2.5e5, None, "en kvarts miljon"),
        ("Csaknem negyedmillió látogató érkezett.", "hu", 2.5e5, None, "negyedmillió"),
        # a number and a half before the word for percent
        ("Die Regierung bietet sechseinhalb Prozent mehr.", "de", 6.5, "%", "sechseinhalb Prozent"),
        ("The government offers six and a half per cent.", "en", 6.5, "%", "six and a half per cent"),
    ],
)
def test_numbers_in_words_with_value_unit_and_span(text, lang, value, unit, span):
    f, = read_figures(text, lang)
    assert (f.value, f.unit) == (pytest.approx(value), unit) and f.words
    assert text[f.start:f.end] == f.text == span


def test_a_half_in_words_is_the_same_figure_as_its_digits():
    words, = read_figures("Kerugian mencapai setengah miliar rupiah.", "id", as_of="2024-08-01")
    digits, = read_figures("Kerugian mencapai Rp 0,5 miliar.", "id", as_of="2024-08-01")
    assert (words.kind, words.value, words.unit) == (digits.kind, digits.value, digits.unit)
    assert words.usd == pytest.approx(digits.usd)


def test_a_half_after_digits_takes_them_in():
    f, = read_figures("Deux millions et demi de personnes; 2 millions et demi d'euros.", "fr")[:1]
    assert f.value == 2.5e6
    found = read_figures("Il a reçu 2 millions et demi d'euros.", "fr")
    assert [(g.value, g.unit, g.text) for g in found] == [(2.5e6, "EUR", "2 millions et demi d'euros")]


def test_an_approximation_word_before_words_is_kept():
    f, = read_figures("Kerugian mencapai hampir setengah miliar rupiah.", "id")
    assert f.approx and f.approx_word == "hampir"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Satu-satunya jalan adalah berdialog.", "id"),  # "the only one"
        ("Ia menjawab dengan setengah hati.", "id"),  # an idiom: half-heartedly
        ("Setengah jam kemudian polisi tiba.", "id"),  # a duration, no scale word
        ("Kedua pihak sepakat bertemu lagi.", "id"),  # "both": an ordinal form
        ("Salah satu warga mengatakan itu.", "id"),  # "one of"
        ("Warga yang berdua-dua itu pulang.", "id"),
        ("Dua di antaranya pulang.", "id"),  # "two of them": no noun
        ("Mereka datang dua tiga kali.", "id"),  # a vague range, not a figure
        ("Ribuan orang dan jutaan rupiah hilang.", "id"),  # "thousands", "millions": vague
        ("Ia tiba di Lima pada hari Senin.", "id"),  # Lima, Peru: a name
        ("Upacara digelar pada tujuh belas Agustus.", "id"),  # a date in words
        ("Half the staff were sent home.", "en"),  # no scale word: not money
        ("One of the ministers called it half-hearted.", "en"),
        ("Det var en halv sejr.", "da"),
        ("Das war nur eine halbe Sache.", "de"),
        ("Des évacuations ont eu lieu des deux côtés de la frontière.", "fr"),  # both sides
        ("Hubo evacuaciones a los dos lados de la frontera.", "es"),
        ("To je šesto izdanje festivala.", "hr"),  # "the sixth", 600 in Serbian
        ("Guvernul a anunțat o nouă lege.", "ro"),  # "a new law"
    ],
)
def test_words_that_look_like_numbers_but_are_no_figures(text, lang):
    assert [(f.kind, f.value, f.unit) for f in read_figures(text, lang) if f.kind != "percent"] == []


def test_indonesian_shares_and_money_in_one_sentence():
    found = read_figures("Dua pertiga warga menerima dua juta rupiah.", "id")
    assert [(f.kind, round(f.value, 2), f.unit) for f in found] == [("percent", 66.67, "%"), ("money", 2e6, "IDR")]


def test_cheap_gate_wakes_for_indonesian_and_halves_only():
    assert may_have_figures("Kerugian mencapai dua puluh miliar rupiah.", "id")
    assert may_have_figures("Le projet a coûté un demi-milliard d'euros.", "fr")
    assert may_have_figures("Bygget kostade en och en halv miljard kronor.", "sv")
    assert not may_have_figures("Salah satu warga mengatakan itu.", "id")
    assert not may_have_figures("Kedua pihak sepakat bertemu lagi.", "id")


def _judge(a: tuple[str, str], b: tuple[str, str], date: str = "2024-03-04"):
    from factcheck.core.consistency import compare_quantities, verdict
    from factcheck.core.signature import build_signature

    comparisons = compare_quantities(build_signature(*a, date=date), build_signature(*b, date=date))
    return verdict(comparisons), comparisons


def test_a_half_in_words_agrees_with_its_digits_across_languages():
    state, comparisons = _judge(("The EU fined Apple one and a half billion euros.", "en"),
                                ("Die EU verhängt eine Strafe von 1,5 Milliarden Euro.", "de"))
    assert state == "consistent" and comparisons[0].a == "one and a half billion euros"
    state, _ = _judge(("TikTok membayar Microsoft hampir setengah miliar rupiah setiap bulan.", "id"),
                      ("TikTok betaler Microsoft næsten en halv milliard rupiah om måneden.", "da"))
    assert state == "consistent"


def test_a_half_in_words_ten_times_off_is_a_conflict():
    state, _ = _judge(("The EU fined Apple half a billion euros.", "en"),
                      ("Apple krijgt een boete van 5 miljard euro.", "nl"))
    assert state == "conflict"


def test_a_digitless_indonesian_sentence_is_a_money_claim():
    import hashlib

    from factcheck.core.models import Article
    from factcheck.core.pipeline import analyse

    text = "Banjir di Semarang\n\nKerugian negara akibat banjir itu mencapai dua puluh miliar rupiah, kata gubernur.\n"
    claims = analyse(Article(text, "id", hashlib.sha256(text.encode()).hexdigest())).claims
    money = [(s.start, s.end) for c in claims for s in c.spans if s.kind == "money"]
    assert [text[a:b] for a, b in money] == ["dua puluh miliar rupiah"]
    q, = [q for c in claims for q in c.quantities]
    assert (q.value, q.unit) == (2e10, "IDR")


def test_an_outlets_conversion_after_a_half_in_words_is_a_courtesy():
    text = "The company lost one and a half billion dollars (€1.4 billion) last year."
    first, second = read_figures(text, "en")
    assert (first.value, first.unit, first.courtesy) == (1.5e9, "USD", False)
    assert (second.value, second.unit, second.courtesy) == (1.4e9, "EUR", True)


def test_several_figures_in_words_and_digits_in_one_sentence_keep_their_order_and_spans():
    text = "Dana sebesar Rp 1,5 triliun atau satu setengah triliun rupiah, untuk tiga ratus ribu warga."
    found = read_figures(text, "id")
    assert [(f.value, f.unit, text[f.start:f.end]) for f in found] == [
        (1.5e12, "IDR", "Rp 1,5 triliun"), (1.5e12, "IDR", "satu setengah triliun rupiah"),
        (3e5, None, "tiga ratus ribu")]
