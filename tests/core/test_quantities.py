"""find_quantities: money, percentages and numbers in several languages."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.core.quantities import find_quantities

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def spans(text, lang, as_of=None):
    return [(text[q.start:q.end], q) for q in find_quantities(text, lang, as_of)]


def only(text, lang, as_of=None):
    found = spans(text, lang, as_of)
    assert len(found) == 1, found
    return found[0]


def test_danish_seed_sentence():
    text = "Rapporter viser, at TikTok har udbetalt næsten $20 millioner (£15,45 millioner) månedligt."
    (s1, usd), (s2, gbp) = spans(text, "da", "2024-08")
    assert s1 == "$20 millioner"
    assert (usd.kind, usd.unit, usd.value, usd.approx) == ("money", "USD", 20e6, True)
    assert usd.usd == pytest.approx(20e6)
    assert s2 == "£15,45 millioner"
    assert (gbp.kind, gbp.unit, gbp.approx) == ("money", "GBP", False)
    assert gbp.value == pytest.approx(15.45e6)
    assert gbp.usd == pytest.approx(19.8e6, rel=0.02)
    assert gbp.as_of == "2024-08-01"


def test_indonesian_seed_amount():
    span, q = only("dana fantastis sebesar Rp322 miliar setiap bulan kepada Microsoft.", "id", "2024-08")
    assert span == "Rp322 miliar"
    assert (q.kind, q.unit, q.value) == ("money", "IDR", 322e9)
    assert q.usd == pytest.approx(19.8e6, rel=0.02)


def test_rate_slash_after_scale_word():
    span, q = only("TikTok Bayar “Upeti” Rp322 Miliar/Bulan ke Microsoft", "id", "2024-08")
    assert span == "Rp322 Miliar"
    assert q.value == 322e9


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("tegner sig for næsten 25 % af omsætningen", "da", "25 %"),
        ("mencakup 25% dari total pendapatan", "id", "25%"),
        ("naik 25 persen", "id", "25 persen"),
        ("um 25 Prozent gestiegen", "de", "25 Prozent"),
        ("subió un 25 por ciento", "es", "25 por ciento"),
        ("hausse de 25 pour cent", "fr", "25 pour cent"),
        ("steg 25 procent", "da", "25 procent"),
        ("rose 25 percent", "en", "25 percent"),
        ("rose 2.5\u00a0%", "en", "2.5\u00a0%"),
        # the fullwidth sign of Chinese and Japanese type, and the Arabic sign
        ("太陽光は全体の25％を賄った", "ja", "25％"),
        ("占总发电量的25％", "zh", "25％"),
        ("ارتفعت بنسبة 2.5٪ في أكتوبر", "ar", "2.5٪"),
    ],
)
def test_percent(text, lang, span):
    found, q = only(text, lang)
    assert found == span
    assert (q.kind, q.unit) == ("percent", "%")
    assert q.value in (25, 2.5)


@pytest.mark.parametrize(
    ("text", "lang", "span", "unit", "value", "approx"),
    [
        ("TikTok zahlt knapp 20 Mio. US-Dollar im Monat.", "de", "20 Mio. US-Dollar", "USD", 20e6, True),
        ("Die Kosten: 3,5 Mrd. Euro.", "de", "3,5 Mrd. Euro", "EUR", 3.5e9, False),
        ("TikTok paga casi 20 millones de dólares al mes.", "es", "20 millones de dólares", "USD", 20e6, True),
        ("unos 3.000 millones de euros", "es", "3.000 millones de euros", "EUR", 3e9, True),
        ("près de 200 millions de dollars par mois", "fr", "200 millions de dollars", "USD", 200e6, True),
        ("un coût de 2 milliards d'euros", "fr", "2 milliards d'euros", "EUR", 2e9, False),
        ("TikTok pays nearly $20 million a month.", "en", "$20 million", "USD", 20e6, True),
        ("It paid £15.45m last month.", "en", "£15.45m", "GBP", 15.45e6, False),
        ("a $3bn deal", "en", "$3bn", "USD", 3e9, False),
        ("about 20 million dollars", "en", "20 million dollars", "USD", 20e6, True),
        ("senilai US$ 19,8 juta", "id", "US$ 19,8 juta", "USD", 19.8e6, False),
        ("sekitar 20 juta dolar AS", "id", "20 juta dolar AS", "USD", 20e6, True),
        ("hampir Rp 5 T", "id", "Rp 5 T", "IDR", 5e12, True),
        ("det koster 3,5 mia. kr. om året", "da", "3,5 mia. kr.", "DKK", 3.5e9, False),
        ("cirka kr. 200 pr. person", "da", "kr. 200", "DKK", 200, True),
        ("omkring 2 billioner kroner", "da", "2 billioner kroner", "DKK", 2e12, True),
        ("det kostar 300 kr", "sv", "300 kr", "SEK", 300, False),
        ("EUR 5 million", "en", "EUR 5 million", "EUR", 5e6, False),
        ("it pays 20m dollars a month", "en", "20m dollars", "USD", 20e6, False),
        ("a 5bn euros plan", "en", "5bn euros", "EUR", 5e9, False),
    ],
)
def test_money(text, lang, span, unit, value, approx):
    found, q = only(text, lang, "2024-08")
    assert found == span
    assert (q.kind, q.unit, q.approx) == ("money", unit, approx)
    assert q.value == pytest.approx(value)
    assert q.usd is not None and q.as_of is not None


def test_danish_billion_is_ten_to_the_twelfth():
    _, q = only("3 billioner", "da")
    assert q.value == 3e12
    _, q = only("3 billion", "en")
    assert q.value == 3e9


def test_danish_point_decimal_is_not_a_thousand():
    _, q = only("kursen var 15.45 i går", "da")
    assert q.value == pytest.approx(15.45)
    _, q = only("1.000 ansatte", "da")
    assert q.value == 1000


def test_numbers_with_scale_words():
    span, q = only("TikTok har 3 millioner brugere", "da")
    assert (span, q.kind, q.value, q.unit) == ("3 millioner", "number", 3e6, None)
    span, q = only("20 mil personas", "es")
    assert q.value == 20_000


def test_french_space_groups_and_year_inside_run():
    found = [(s, q.value) for s, q in spans("1\u202f000 salariés, puis en 2019 200 postes", "fr")]
    assert found == [("1\u202f000", 1000), ("200", 200)]


@pytest.mark.parametrize(
    "text, lang, read",
    [
        ("Antes del paso del meteoro fueron evacuadas 735 000 personas.", "es", [("735 000", 735_000)]),
        ("Italien rechnet mit 210 000 Tonnen, nach 300 000 im Vorjahr.", "de",
         [("210 000 Tonnen", 210_000), ("300 000", 300_000)]),
        ("It evacuated 12\u00a0500 people.", "en", [("12\u00a0500", 12_500)]),
        # a year and a count, and a number before a model's are two
        ("En 2025 150 personas murieron.", "es", [("150", 150)]),
        ("Boeing handed over the last of 210 737-8200 jets.", "en", [("210", 210)]),
    ],
)
def test_a_space_groups_thousands_in_any_language(text, lang, read):
    assert [(s, q.value) for s, q in spans(text, lang) if s != "2025"] == read


@pytest.mark.parametrize(
    "text",
    [
        "sejak 2019 dan pada akhir 2023",
        "GPT-4 and A320 and 4G and COVID-19",
        "on 2024-08-01 at 10:30, open 24/7",
        "the 3D model, 1st place, a 4x4 car",
        "version v2.1.3",
        "a 20m sprint, 20m people",  # a letter scale is money only before a currency's name
    ],
)
def test_things_that_are_not_quantities(text):
    assert find_quantities(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("mellem 10-20 millioner kroner", "da", [("10", 10e6, "DKK"), ("20 millioner kroner", 20e6, "DKK")]),
        ("nearly $10–15 million", "en", [("$10", 10e6, "USD"), ("15 million", 15e6, "USD")]),
        ("naik 20 - 25 %", "id", [("20", 20, "%"), ("25 %", 25, "%")]),
        ("Rp10-15 miliar", "id", [("Rp10", 10e9, "IDR"), ("15 miliar", 15e9, "IDR")]),
    ],
)
def test_ranges_share_scale_and_unit(text, lang, expected):
    assert [(s, q.value, q.unit) for s, q in spans(text, lang, "2024")] == expected


def test_ranges_of_plain_numbers_are_not_quantities():
    assert find_quantities("won 2-1 in 2019–2020, call 555-1234", "en") == []


def test_ordinals_with_a_dot_are_not_quantities():
    assert find_quantities("den 1. august kom han på 3. plads", "da") == []
    assert [q.value for q in find_quantities("Prisen steg med 5. Derefter faldt den.", "da")] == [5]
    assert [q.value for q in find_quantities("on the 1. august list", "en")] == [1]


def test_year_with_currency_or_percent_is_kept():
    assert [q.value for q in find_quantities("2000 kroner og 1999 %", "da")] == [2000, 1999]


def test_negative_and_signed():
    (s1, q1), (s2, q2) = spans("fell -5% then rose +3.5%", "en")
    assert (s1, q1.value) == ("-5%", -5)
    assert (s2, q2.value) == ("+3.5%", 3.5)


def test_approximation_is_local():
    (_, a), (_, b) = spans("nearly 20 people, and later 30 more people came", "en")
    assert a.approx and not b.approx
    (_, q), = spans("≈20 %", "da")
    assert q.approx


def test_offsets_are_absolute_in_a_region():
    text = "Første: 10 %. Anden: næsten $20 millioner. Tredje: 30 %."
    start = text.index("Anden")
    end = text.index("Tredje")
    found = find_quantities(text, "da", "2024-08", start=start, end=end)
    assert [text[q.start:q.end] for q in found] == ["$20 millioner"]
    assert found[0].approx
    whole = find_quantities(text, "da", "2024-08")
    assert [text[q.start:q.end] for q in whole] == ["10 %", "$20 millioner", "30 %"]
    assert find_quantities(text, "da", start=10, end=5) == []


@pytest.mark.parametrize("lang", ["und", "xx", "", "zz-ZZ", "pt-BR", "nb"])
def test_unknown_language_does_not_raise(lang):
    found = find_quantities("nearly $20 million, 25 % and 1,000 people", lang, "2024-08")
    assert [q.kind for q in found][:2] == ["money", "percent"]


@pytest.mark.parametrize(("name", "lang"), [("000_198650b8101fa3b1.txt", "da"), ("003_01d0dd41a7b8cea4.txt", "id")])
def test_seed_articles(name, lang):
    text = (SEEDS / name).read_text(encoding="utf-8")
    found = find_quantities(text, lang, "2024-08")
    money = [q for q in found if q.kind == "money"]
    assert money and all(q.usd == pytest.approx(19.8e6, rel=0.02) or q.usd == 20e6 for q in money)
    assert any(q.kind == "percent" and q.value == 25 for q in found)
    assert not any(q.value in (2019, 2023, 2024) for q in found)
    for q in found:
        assert text[q.start:q.end].strip() == text[q.start:q.end]


PIECES = list("0123456789.,%$£€ -/:\u00a0\u202f") + ["Rp", "kr.", " millioner", " juta", " M", "næsten ", "de "]
TEXT = st.lists(st.one_of(st.characters(), st.sampled_from(PIECES)), max_size=80).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=TEXT, lang=st.sampled_from(["da", "id", "de", "es", "fr", "en", "und", "xx"]),
       bounds=st.tuples(st.integers(-5, 250), st.none() | st.integers(-5, 250)))
def test_never_raises_and_offsets_are_sane(text, lang, bounds):
    start, end = bounds
    found = find_quantities(text, lang, "2024-08", start=max(start, 0), end=end)
    lo, hi, _ = slice(max(start, 0), end).indices(len(text))
    last = lo
    for q in found:
        assert lo <= last <= q.start < q.end <= hi
        assert q.kind in ("money", "percent", "number")
        last = q.end


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_arbitrary_text(text):
    found = find_quantities(text, "da")
    assert all(0 <= a.start < a.end <= len(text) for a in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
