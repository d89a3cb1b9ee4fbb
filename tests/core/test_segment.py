"""Sentence splitting: offsets that slice back, headings kept apart, numbers and abbreviations intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.core.ingest import read_article
from factcheck.core.segment import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def sentences(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


def assert_well_formed(text: str, lang: str) -> None:
    previous_end = 0
    for s in split_sentences(text, lang):
        assert 0 <= previous_end <= s.start < s.end <= len(text), (s, previous_end)
        piece = text[s.start : s.end]
        assert piece == piece.strip()
        assert s.kind in ("sentence", "heading")
        previous_end = s.end


# ------------------------------------------------------------------------------ must not split


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("da", "Rapporter viser, at TikTok har udbetalt næsten $20 millioner (£15,45 millioner) månedligt."),
        ("da", "TikTok, et datterselskab af ByteDance Ltd., har afgivet betydelige forpligtelser."),
        ("da", "Det koster 1.000 kr. om måneden ifølge Dr. Müller og bl.a. andre eksperter."),
        ("da", "Aftalen blev indgået den 1. august i år."),
        ("da", "Aftalen omfatter bl.a. Microsoft og OpenAI, jf. Reuters."),
        ("da", "Selskabet, dvs. TikTok, betalte ca. 15,45 mio. kr. inkl. moms."),
        ("da", "Mødet finder sted d. 5. maj kl. 14.30 i København."),
        ("de", "TikTok zahlt rund 20 Mio. US-Dollar pro Monat an Microsoft."),
        ("de", "Dr. Müller nennt z. B. Microsoft und OpenAI als Partner."),
        ("de", "Der 1. FC Köln zahlte 1.000 Euro, usw. und so weiter."),
        ("de", "Das kostet ca. 20 Euro laut Nr. 5 der Liste."),
        ("de", "Die Frist endet am 3. Oktober, sagte er."),
        ("da", "Holdet slog 1. FC København i går."),
        ("en", "TikTok paid $20 million, etc. and more to the U.S. company."),
        ("en", "Dr. Smith met the U.S. president and Mr. Jones on Monday."),
        ("en", "The deal was worth approx. 20 million dollars, or 1,000.5 a day."),
        ("en", "ByteDance Ltd., the owner of TikTok, paid the bill."),
        ("id", "TikTok bayar Rp322 miliar per bulan ke Microsoft."),
        ("id", "Menurut Dr. Budi, 1.000 orang dll. ikut hadir pada Tgl. 5 Agustus."),
        ("id", "ByteDance Ltd., pemilik TikTok, membayar Rp322 miliar."),
        ("es", "El Dr. García dijo que 1.000 personas, etc. vinieron a la reunión."),
        ("es", "EE. UU. pagó aprox. 20 millones de dólares, según la Sra. López."),
        ("fr", "M. Dupont a dit que 1.000 personnes, etc. sont venues."),
        ("fr", "Le Pr. Martin a payé 20 M. d'euros à ByteDance Ltd., selon Mme. Durand."),
        ("el", "Οι άνεμοι έπνεαν χθες με ριπές έως 70 χλμ./ώρα, σύμφωνα με την Πυροσβεστική."),
        ("en", "Rain of 108 mm. in 24 hours, said No. 10 on Tuesday."),
        ("it", "Sono state somministrate 500 mg. di paracetamolo al giorno, ha detto la Asl."),
        # a decimal point between the digits of another script
        ("bn", "এ বছর চালের উৎপাদন দাঁড়াতে পারে ১০৮.৬ মিলিয়ন টনে।"),
        ("hi", "इस साल उत्पादन १०८.६ मिलियन टन रह सकता है।"),
    ],
)
def test_does_not_split_inside_a_sentence(lang, sentence):
    assert sentences(sentence, lang) == [sentence]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "He lives in the U.S. The president said no.", ["He lives in the U.S.", "The president said no."]),
        ("da", "Det er slut. Hvad nu? Intet!", ["Det er slut.", "Hvad nu?", "Intet!"]),
        ("da", "Det koster 20 kr. Resten betaler staten.", ["Det koster 20 kr.", "Resten betaler staten."]),
        ("da", "Vi så løver, tigre osv. Det var sjovt.", ["Vi så løver, tigre osv.", "Det var sjovt."]),
        ("id", "Harga naik 25%. Namun, belum ada konfirmasi.", ["Harga naik 25%.", "Namun, belum ada konfirmasi."]),
        ("en", "Sales grew this year. 2024 will be harder.", ["Sales grew this year.", "2024 will be harder."]),
        ("fr", "Il est venu\u00a0! Puis reparti\u00a0? Oui.", ["Il est venu\u00a0!", "Puis reparti\u00a0?", "Oui."]),
        # a sentence ending in a small number, where "47." could be an ordinal
        ("de", "Die Zahl der Toten steigt auf 47. Die Regierung rief den Notstand aus.",
         ["Die Zahl der Toten steigt auf 47.", "Die Regierung rief den Notstand aus."]),
        ("da", "Antallet af døde steg til 47. Regeringen erklærede undtagelsestilstand.",
         ["Antallet af døde steg til 47.", "Regeringen erklærede undtagelsestilstand."]),
        ("sv", "Antalet döda steg till 12. Räddningstjänsten letar vidare.",
         ["Antalet döda steg till 12.", "Räddningstjänsten letar vidare."]),
        # words sentencex holds for abbreviations, where they end a sentence
        ("it", "Ha piovuto: 108 millimetri in 24 ore. Al momento del crollo c'erano 86 persone.",
         ["Ha piovuto: 108 millimetri in 24 ore.", "Al momento del crollo c'erano 86 persone."]),
        ("it", "La diga è crollata tre anni fa. Il processo è in corso.",
         ["La diga è crollata tre anni fa.", "Il processo è in corso."]),
        ("da", "Aftalen træder i kraft den 5. maj. Regeringen venter 200 ansøgninger.",
         ["Aftalen træder i kraft den 5. maj.", "Regeringen venter 200 ansøgninger."]),
        ("sv", "Han ville inte göra det. Polisen grep 14 personer.",
         ["Han ville inte göra det.", "Polisen grep 14 personer."]),
        ("ro", "Accidentul a avut loc. Poliția a anunțat 11 victime.",
         ["Accidentul a avut loc.", "Poliția a anunțat 11 victime."]),
        ("en", "Four passengers fell ill. The rain reached 108 mm. The vote is in May. \"We said no.\"",
         ["Four passengers fell ill.", "The rain reached 108 mm.", "The vote is in May.", "\"We said no.\""]),
        # a unit's symbol after a number ends a sentence in any language
        ("fr", "La station n'avait reçu que 73,4 mm. Cette fois, elle en a recueilli 386,4 mm.",
         ["La station n'avait reçu que 73,4 mm.", "Cette fois, elle en a recueilli 386,4 mm."]),
        ("de", "Die Strecke ist 12 km. Danach folgt der Tunnel.", ["Die Strecke ist 12 km.", "Danach folgt der Tunnel."]),
        # Georgian has no capitals to start a sentence with
        ("ka", "შარშან ვიზიტების რაოდენობა 5 920 900 იყო. ამ ვიზიტებიდან 3 384 150 ტურისტული იყო.",
         ["შარშან ვიზიტების რაოდენობა 5 920 900 იყო.", "ამ ვიზიტებიდან 3 384 150 ტურისტული იყო."]),
    ],
)
def test_does_split_between_sentences(lang, text, expected):
    assert sentences(text, lang) == expected


# ------------------------------------------------------------------------------------- headings


def test_heading_separated_by_one_newline_stays_apart():
    text = "Potentielle risici for stor afhængighed\nPå trods af aftalen er der risici. Den er stor."
    got = split_sentences(text, "da")
    assert [text[s.start : s.end] for s in got] == [
        "Potentielle risici for stor afhængighed",
        "På trods af aftalen er der risici.",
        "Den er stor.",
    ]
    assert [s.kind for s in got] == ["heading", "sentence", "sentence"]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Strategisk betydning af AI for TikTok", "heading"),
        ("Dampak Finansial Bagi Microsoft", "heading"),
        ("Ternyata TikTok Bayar Rp322 Miliar/Bulan ke Microsoft, Buat Apa?", "sentence"),
        ("Hvorfor betaler TikTok:", "sentence"),
        ("Short line that ends with a period.", "sentence"),
        ("one two three four five six seven eight nine ten eleven twelve thirteen", "sentence"),
    ],
)
def test_heading_kind(block, kind):
    (s,) = split_sentences(block, "en")
    assert s.kind == kind


def test_a_chinese_paragraph_that_ends_in_a_quote_is_sentences():
    text = ("日本政策金融公库19日公布的消费者调查显示，62%的受访者减少了大米购买量。该调查于11月上旬进行。"
            "一位主妇说：“现在每次去超市都要先比一比价格。”")
    assert [s.kind for s in split_sentences(text, "zh")] == ["sentence"] * 3


def test_seeds_split_cleanly():
    for name in ("000_198650b8101fa3b1.txt", "003_01d0dd41a7b8cea4.txt"):
        article = read_article(SEEDS / name)
        assert_well_formed(article.text, article.lang)
        got = sentences(article.text, article.lang)
        assert all("\n" not in s for s in got)
        if article.lang == "da":
            assert got[0].startswith("TikTok, et datterselskab af ByteDance Ltd., har afgivet")
            assert got[0].endswith("Microsoft Corporation.")
            assert "En væsentlig del af Microsofts omsætning" in got
            assert len(got) == 32  # 31 blocks, one of them two sentences
        else:
            assert "Ambisi TikTok dalam Pengembangan AI Mandiri" in got
            assert any(s.startswith("Rifinet.com – Raksasa media sosial") and s.endswith("Microsoft.") for s in got)


# --------------------------------------------------------------------------------------- offsets


def test_offsets_index_the_original_text_with_odd_whitespace():
    text = "  \n\tFirst one.   Second\u00a0one.  \n\n   Heading here \r\nLast."
    got = split_sentences(text, "en")
    assert [text[s.start : s.end] for s in got] == ["First one.", "Second\u00a0one.", "Heading here", "Last."]
    assert_well_formed(text, "en")


@pytest.mark.parametrize("lang", ["en", "da", "id", "und", "xx", "", "ms", "nb"])
def test_any_language_code_works(lang):
    assert sentences("Hello there. Dr. Who is here.", lang) == ["Hello there.", "Dr. Who is here."]


def test_no_break_space_before_a_period_does_not_crash():
    # sentencex 1.0.32 panics on "A\u00a0. B" (a byte offset inside the no-break space)
    assert sentences("Plan A\u00a0. Then B.", "en") == ["Plan A\u00a0.", "Then B."]


def test_empty_text():
    assert split_sentences("", "en") == [] and split_sentences(" \n\n\t ", "da") == []


ALPHABET = st.sampled_from(
    list("abc XYZ.!?,;:\n\t\r\u00a0\u2028\u3000\x1c1.0'\"()«»“”-–—")
    + ["Dr.", "U.S.", "etc.", "1.000", " z. B. ", "\n\n", "æø", "。", "…"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join), st.sampled_from(["en", "da", "de", "id", "fr", "und"]))
def test_offsets_always_slice_back(text, lang):
    assert_well_formed(text, lang)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["en", "da", "id"]))
def test_offsets_always_slice_back_on_any_unicode(text, lang):
    assert_well_formed(text, lang)


def test_polish_abbreviations_end_no_sentence():
    text = ("Strajk dotknął ok. 270 tys. pasażerów. Deficyt ma spaść do 5,8 proc. PKB z 6,4 proc. PKB w 2026 r. "
            "Piloci m.in. z Warszawy żądają np. 14 proc. podwyżki.")
    assert [text[s.start:s.end] for s in split_sentences(text, "pl")] == [
        "Strajk dotknął ok. 270 tys. pasażerów.",
        "Deficyt ma spaść do 5,8 proc. PKB z 6,4 proc. PKB w 2026 r.",
        "Piloci m.in. z Warszawy żądają np. 14 proc. podwyżki.",
    ]


@pytest.mark.parametrize("lang, text, expected", [
    # a scale word's abbreviation after a number, then the currency it is of: one sentence
    ("lt", "Už terminalą sumokėta 164 mln. JAV dolerių, pranešė ministerija. Tai daug.",
     ["Už terminalą sumokėta 164 mln. JAV dolerių, pranešė ministerija.", "Tai daug."]),
    ("lv", "Par to samaksāti 120 milj. Eiro, sacīja ministrs. Tas ir daudz.",
     ["Par to samaksāti 120 milj. Eiro, sacīja ministrs.", "Tas ir daudz."]),
    ("pl", "Firma zapłaci 3 mld. USD kary. To dużo.", ["Firma zapłaci 3 mld. USD kary.", "To dużo."]),
    # and where a sentence ends in the abbreviation, the next one begins
    ("lt", "Gyventojų yra 3 mln. Vyriausybė nori daugiau.", ["Gyventojų yra 3 mln.", "Vyriausybė nori daugiau."]),
])
def test_a_scale_words_abbreviation_before_its_currency_ends_no_sentence(lang, text, expected):
    assert [text[s.start:s.end] for s in split_sentences(text, lang)] == expected


def test_thai_clauses_end_at_a_space_between_thai_letters():
    text = ("สมาคมค้าทองคำประกาศราคาทองคำวันพุธ ทองคำแท่งรับซื้อบาทละ 77,950 บาท ขายออกบาทละ 78,150 บาท "
            "ปรับขึ้น 900 บาทจากวันก่อนหน้า ทั้งนี้ เมื่อวันที่ 17 พ.ย. ทองคำแท่งขายออกอยู่ที่บาทละ 77,250 บาท")
    assert [text[s.start:s.end] for s in split_sentences(text, "th")] == [
        "สมาคมค้าทองคำประกาศราคาทองคำวันพุธ", "ทองคำแท่งรับซื้อบาทละ 77,950 บาท",
        "ขายออกบาทละ 78,150 บาท ปรับขึ้น 900 บาทจากวันก่อนหน้า",
        "ทั้งนี้ เมื่อวันที่ 17 พ.ย. ทองคำแท่งขายออกอยู่ที่บาทละ 77,250 บาท"]  # no clause of a few letters; "พ.ย." is November


@pytest.mark.parametrize(("text", "lang"), [
    ("सड़क 45 कि.मी. लंबी है। इसका काम पूरा हो गया।", "hi"),
    ("பாதை 32 கி.மீ. நீளம் கொண்டது. பணிகள் முடிந்தன.", "ta"),
])
def test_india_s_dotted_abbreviation_of_the_kilometre_ends_no_sentence(text, lang):
    assert len(sentences(text, lang)) == 2


def test_khmer_sentences_end_at_its_khan():
    text = "ថ្លៃថ្មីនឹងចូលជាធរមាននៅឆ្នាំ២០២៧។ អ្នកប្រើប្រាស់នឹងសន្សំបាន ៧ ០០០ រៀល។"
    assert [text[s.start:s.end] for s in split_sentences(text, "km")] == [
        "ថ្លៃថ្មីនឹងចូលជាធរមាននៅឆ្នាំ២០២៧។", "អ្នកប្រើប្រាស់នឹងសន្សំបាន ៧ ០០០ រៀល។"]


@pytest.mark.parametrize(("text", "lang"), [
    ("पेट्रोलको मूल्य रु. 175 पुगेको छ। डिजेल रु. १६० मा बिक्री हुन्छ।", "ne"),
    ("भाव रु. 175 प्रति किलो है। डीजल रु. 160 है।", "hi"),
    ("விலை ரூ. 185 ஆக குறைந்தது. புதிய விலை நள்ளிரவு முதல் அமுலுக்கு வந்தது.", "ta"),
    ("මිල රු. 325 දක්වා ඉහළ ගියේය. නව මිල මධ්‍යම රාත්‍රියේ සිට ක්‍රියාත්මක වේ.", "si"),
])
def test_the_rupees_short_form_before_its_number_ends_no_sentence(text, lang):
    assert len(sentences(text, lang)) == 2
