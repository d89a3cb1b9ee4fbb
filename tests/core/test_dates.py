"""Dates in text: CLDR month names per language, ISO and numeric dates, quarters, bare years."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.core.dates import find_dates, month_names, weekday_named
from factcheck.core.figures import read_figures


def found(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(text[d.start:d.end], d.value, d.precision) for d in find_dates(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("da", "Aftalen blev indgået 1. august 2024 i København.", [("1. august 2024", "2024-08-01", "day")]),
        ("da", "I august 2024 betalte TikTok.", [("august 2024", "2024-08", "month")]),
        ("da", "Tallet fra jan. 2023 er nyt.", [("jan. 2023", "2023-01", "month")]),
        ("id", "Pada 17 Agustus 1945 merdeka.", [("17 Agustus 1945", "1945-08-17", "day")]),
        ("id", "OpenAI memblokir akses pada akhir 2023.", [("2023", "2023", "year")]),
        ("id", "pada kuartal keempat tahun fiskal 2024", [("2024", "2024", "year")]),
        ("en", "On August 1, 2024 the deal closed.", [("August 1, 2024", "2024-08-01", "day")]),
        ("en", "Sales rose in March 2020.", [("March 2020", "2020-03", "month")]),
        ("en", "It happened on May 3rd.", [("May 3rd", "--05-03", "day")]),
        ("en", "Revenue in Q4 2024 fell.", [("Q4 2024", "2024-Q4", "quarter")]),
        ("en", "Filed 12/31/2023.", [("12/31/2023", "2023-12-31", "day")]),
        ("de", "Am 3. März 2024 sagte er.", [("3. März 2024", "2024-03-03", "day")]),
        ("de", "Im Sept. 2021 begann es.", [("Sept. 2021", "2021-09", "month")]),
        ("es", "El 3 de mayo de 2024 informó.", [("3 de mayo de 2024", "2024-05-03", "day")]),
        ("es", "En agosto de 2023 cayó.", [("agosto de 2023", "2023-08", "month")]),
        ("fr", "Le 1er août 2024, il a déclaré.", [("1er août 2024", "2024-08-01", "day")]),
        ("fr", "En févr. 2021 déjà.", [("févr. 2021", "2021-02", "month")]),
        ("en", "ISO 2024-08-01 and 2024-08.", [("2024-08-01", "2024-08-01", "day"), ("2024-08", "2024-08", "month")]),
        ("und", "le 3 mai 2020", [("3 mai 2020", "2020-05-03", "day")]),
        # a month in the cases CLDR does not give: its stem and an ending
        ("pl", "Produkcja wzrośnie w styczniu 2027.", [("styczniu 2027", "2027-01", "month")]),
        ("el", "Η παραγωγή ξεκινά τον Ιανουάριο του 2026.", [("Ιανουάριο του 2026", "2026-01", "month")]),
        ("fi", "Tuotanto alkaa tammikuussa 2027.", [("tammikuussa 2027", "2027-01", "month")]),
        ("sl", "Plače bodo višje od januarja 2028.", [("januarja 2028", "2028-01", "month")]),
        ("en", "Augustine 2020 and Marchers 2021 are no months.", [("2020", "2020", "year"), ("2021", "2021", "year")]),
    ],
)
def test_dates_per_language(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    ["$2024 million", "Rp2000", "12000 people", "2024%", "20.2019", "year 1799 and 2101", "2,019"],
)
def test_not_a_year(text: str) -> None:
    assert find_dates(text, "en") == []


def test_lowercase_modal_is_not_a_month() -> None:
    assert found("Prices may 5 times rise.", "en") == []
    assert found("In May 2024 prices rose.", "en") == [("May 2024", "2024-05", "month")]


def test_start_end_window_and_absolute_offsets() -> None:
    text = "Første 2019. Anden 1. august 2024. Tredje 2030."
    a = text.index("Anden")
    b = text.index(" Tredje")
    got = find_dates(text, "da", a, b)
    assert [(text[d.start:d.end]) for d in got] == ["1. august 2024"]


def test_month_names_come_from_cldr() -> None:
    assert month_names("da")["marts"] == 3
    assert month_names("id")["agustus"] == 8
    assert month_names("de")["märz"] == 3
    assert month_names("fr")["févr"] == 2


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .-/,%$ aAugustmajQ4de")), max_size=60),
       st.sampled_from(["da", "id", "en", "de", "es", "fr", "und"]))
def test_never_raises_offsets_in_range(text: str, lang: str) -> None:
    for d in find_dates(text, lang):
        assert 0 <= d.start < d.end <= len(text)
        assert d.precision in ("year", "quarter", "month", "day")


def test_the_day_in_brackets_after_its_weekday():
    text = "O tremor ocorreu nesta sexta-feira (14), e a empresa demitiu (14) pessoas."
    (found,) = find_dates(text, "pt")
    assert (text[found.start:found.end], found.value, found.precision) == ("14", "---14", "day")


def test_a_weekday_is_read_in_its_case_and_not_in_an_ordinal():
    assert [weekday_named(t, lang) for t, lang in (("W środę import wyniósł 3 GW.", "pl"), ("Ve středu", "cs"),
                                                   ("Szerdán", "hu"), ("Keskiviikkona", "fi"))] == [2, 2, 2, 2]
    assert weekday_named("co piątego pracownika", "pl") is None
    assert weekday_named("On Monday and Tuesday", "en") is None  # two days: none of them


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("Az üzem 2027 júniusának végén zár be.", "hu", "2027-06"),
        ("Az új díjak 2028 januárjától érvényesek.", "hu", "2028-01"),
        ("Gamykla bus uždaryta 2027 m. birželio pabaigoje.", "lt", "2027-06"),
        ("工場は2027年6月末に閉鎖される。", "ja", "2027-06"),
        ("공장은 2027년 6월 말 폐쇄된다.", "ko", "2027-06"),
    ],
)
def test_a_month_after_its_year_in_languages_that_write_it_so(text, lang, value):
    assert [d.value for d in find_dates(text, lang)] == [value]


def test_a_year_before_a_word_that_is_no_month_stays_a_year():
    assert [d.value for d in find_dates("Az 1974-ben épült kemence 2027 végén zár be.", "hu")] == ["1974", "2027"]


def test_an_arabic_month_with_its_levantine_name_after_a_slash():
    assert [d.value for d in find_dates("ويسري الأجر الجديد اعتباراً من يناير/كانون الثاني 2027، بحسب بيان.", "ar")] \
        == ["2027-01"]
    assert [d.value for d in find_dates("وفي 15 نوفمبر/تشرين الثاني 2026 أعلنت الشركة", "ar")] == ["2026-11-15"]
    assert [d.value for d in find_dates("in May/June 2026", "en")] == ["2026-06"]  # a Latin slash is not this


def test_thai_months_and_years_of_the_buddhist_era():
    assert [d.value for d in find_dates("จะเริ่มเก็บตั้งแต่วันที่ 1 มีนาคม 2570", "th")] == ["2027-03-01"]
    assert [d.value for d in find_dates("เมื่อวันที่ 17 พ.ย. 2569 ราคาทอง", "th")] == ["2026-11-17"]
    assert [d.value for d in find_dates("ในปี 2570 และ พ.ศ. 2568", "th")] == ["2027", "2025"]
    assert find_dates("ราคา 2500 บาท", "th") == []  # a sum, not the year 1957


def test_a_hebrew_month_with_its_preposition_glued_on():
    assert [d.value for d in find_dates("ההסכם שנחתם באפריל 2024 יחול החל מ-1 בינואר 2027", "he")] \
        == ["2024-04", "2027-01-01"]


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("政府于11月20日宣布", "zh", "--11-20"),
        ("禁令已于11月12号生效", "zh", "--11-12"),
        ("政府は2026年11月20日に発表した。", "ja", "2026-11-20"),
        ("정부는 11월 20일 발표했다.", "ko", "--11-20"),
        ("2029년 3월 31일까지 유지한다.", "ko", "2029-03-31"),
    ],
)
def test_a_day_after_its_month_in_chinese_japanese_and_korean(text, lang, value):
    assert [d.value for d in find_dates(text, lang)] == [value]


def test_a_month_and_a_number_after_it_that_is_no_day():
    assert find_dates("11月の輸出は20%増えた。", "ja") == []
    assert [d.value for d in find_dates("2026年11月に20万台", "ja")] == ["2026-11"]


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("रोक को 31 मार्च 2029 तक बढ़ा दिया।", "hi", "2029-03-31"),
        ("26 जुलाई 2005 को मुंबई में", "hi", "2005-07-26"),
        ("15 नोव्हेंबर 2026 रोजी", "mr", "2026-11-15"),
        ("15 நவம்பர் 2026 அன்று", "ta", "2026-11-15"),
    ],
)
def test_month_names_written_with_the_vowel_signs_of_indic_scripts(text, lang, value):
    assert [d.value for d in find_dates(text, lang)] == [value]


@pytest.mark.parametrize("text, lang", [("10月份进口大米390万吨", "zh"), ("11月の輸出は390万トン", "ja"),
                                        ("10월 수입은 390만t", "ko")])
def test_the_number_of_a_month_counts_nothing(text, lang):
    assert [f.value for f in read_figures(text, lang)] == [3_900_000]


def test_so_many_months_are_a_span():
    assert [f.unit for f in read_figures("3个月内增长20%", "zh")] == ["mo", "%"]


@pytest.mark.parametrize(
    "text, lang, value",
    [
        # the cases the press writes beside CLDR's two: its format case's last vowel another
        ("Забастовка началась в июне 2028 года.", "ru", "2028-06"),
        ("Выборы прошли в мае 2027 года.", "ru", "2027-05"),
        ("Pociąg ma ruszyć w grudniu 2028 roku.", "pl", "2028-12"),
        ("Zákon začne platit v lednu 2027.", "cs", "2027-01"),
        ("Опалення вимкнули у грудні 2026 року.", "uk", "2026-12"),
        # Serbian in the Latin script, and the vowel the names drop before an ending
        ("Nove cene primenjivaće se od 1. decembra 2027. godine.", "sr", "2027-12-01"),
        ("Aerodrom je otvoren u oktobru 2026.", "cnr", "2026-10"),
        # Estonian's cases of a month of five letters, and of one that drops its vowel before a long one
        ("Valitsus kiitis heaks plaani sulgeda plokk 31. märtsil 2027.", "et", "2027-03-31"),
        ("Hinnad kehtivad 15. detsembrini 2026.", "et", "2026-12-15"),
        ("Registreerimistasu vähendatakse 2027. aasta 1. juulist kolmandiku võrra.", "et", "2027-07-01"),
        # digits of other scripts
        ("এই প্রকল্প ৩১ মার্চ ২০২৯ পর্যন্ত চলবে।", "bn", "2029-03-31"),
        ("وتطبق الأسعار الجديدة من ١ ديسمبر ٢٠٢٦.", "ar", "2026-12-01"),
        # the year first, its word and a day between or after
        ("Jaunie tarifi būs spēkā no 2026. gada 1. decembra.", "lv", "2026-12-01"),
        ("Жаңа тариф 2027 жылғы 1 желтоқсаннан бастап енгізіледі.", "kk", "2027-12-01"),
        ("Yeni əmək haqqı 2026-cı il yanvarın 1-dən qüvvəyə minir.", "az", "2026-01-01"),
        ("Yangi tarif 2025-yil 1-dekabrdan amal qiladi.", "uz", "2025-12-01"),
        ("Նոր սակագները կգործեն 2026 թվականի հունվարի 1-ից։", "hy", "2026-01-01"),
        ("নির্বাচন হবে ২০২৭ সালের ১১ ফেব্রুয়ারি।", "bn", "2027-02-11"),
        ("सन् २०२४ को नोभेम्बरमा भाडा बढेको थियो।", "ne", "2024-11"),
        # Vietnamese's month of a year in numbers
        ("Mức lãi suất được giữ nguyên từ tháng 11/2025.", "vi", "2025-11"),
        # Khmer's words "month" glued before the name and "year" before the number
        ("ថ្លៃថ្មីនេះនឹងចូលជាធរមានចាប់ពីថ្ងៃទី១ ខែមករា ឆ្នាំ២០២៧។", "km", "2027-01-01"),
        ("កាលពីខែតុលា ឆ្នាំ២០២៦ ថ្លៃអគ្គិសនីនៅដដែល។", "km", "2026-10"),
    ],
)
def test_a_month_in_the_cases_scripts_and_orders_the_press_writes(text, lang, value):
    assert [d.value for d in find_dates(text, lang)] == [value]


def test_a_short_stem_takes_no_ending_and_a_count_after_a_month_is_no_day():
    assert find_dates("Kosztuje 5 marek.", "pl") == []  # "mar" of "marca" and "marzec": no March
    assert [d.value for d in find_dates("2026 decemberében 5 millió forint", "hu")] == ["2026-12"]
    assert [d.value for d in find_dates("2027 жылы 5 млн теңге бөлінеді", "kk")] == ["2027"]
    assert [d.value for d in find_dates("Trong tháng 11/2025 có 11/20 tỉnh", "vi")] == ["2025-11"]
