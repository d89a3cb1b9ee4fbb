"""Ranges and changes: the unit written once, the level a change started from, a range's bounds."""

from __future__ import annotations

import pytest

from factcheck.core.figures import read_figures


def two(text: str, lang: str):
    found = [f for f in read_figures(text, lang) if not f.courtesy]
    assert len(found) == 2, found
    return found


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Die Arbeitslosenquote stieg von 5,1 auf 5,4 Prozent.", "de"),
        ("De werkloosheid steeg van 5,1 naar 5,4 procent.", "nl"),
        ("Ledigheden steg fra 5,1 til 5,4 procent.", "da"),
        ("Il tasso di disoccupazione è salito dal 5,1 al 5,4 per cento.", "it"),
        ("Unemployment rose from 5.1 to 5.4 percent.", "en"),
        ("La tasa de paro subió del 5,1% al 5,4%.", "es"),
        ("A taxa de desemprego subiu de 5,1% para 5,4%.", "pt"),
        ("Tingkat pengangguran naik dari 5,1 persen menjadi 5,4 persen.", "id"),
        ("Nedarbo lygis padidėjo nuo 5,1 iki 5,4 procento.", "lt"),
        ("Stopa bezrobocia wzrosła z 5,1 do 5,4 procent.", "pl"),
        ("Уровень безработицы вырос с 5,1 до 5,4 процента.", "ru"),
    ],
)
def test_a_change_starts_at_an_earlier_level_of_what_changed(text, lang):
    start, end = two(text, lang)
    assert (start.kind, start.unit, start.value, end.value) == ("percent", "%", 5.1, 5.4)
    assert start.measure == end.measure == "unemployment"  # not "growth": "stieg von", "subió del"
    assert start.earlier and not end.earlier


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Já o Premium passa de R$ 59,90 para R$ 66,90 mensais.", "pt"),
        ("El plan Premium pasa de 59,90 a 66,90 reales al mes.", "es"),
        ("L'abbonamento Premium passa da 59,90 a 66,90 euro al mese.", "it"),
        ("L'abonnement Premium passe de 59,90 à 66,90 euros par mois.", "fr"),
    ],
)
def test_a_price_that_goes_from_one_level_to_another_is_a_change_not_a_range(text, lang):
    start, end = two(text, lang)
    assert start.earlier and not end.earlier and not (start.bound or end.bound)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("I ricavi sono saliti del 4% a 17,6 miliardi di euro.", "it"),
        ("Le chiffre d'affaires a augmenté de 4 % à 17,6 milliards d'euros.", "fr"),
    ],
)
def test_a_share_then_a_sum_is_a_change_by_and_the_level_reached(text, lang):
    by, level = two(text, lang)
    assert by.measure == "growth" and level.measure == "revenue"  # "del 4% a", "de 4 % à": by, not from
    assert not by.earlier


def test_the_earlier_level_may_come_second():
    now, before = two("Unemployment rose to 5.4% in November from 5.1% in October.", "en")
    assert before.earlier and not now.earlier and before.measure == now.measure == "unemployment"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Levi baharu bersamaan RM465 satu tan, berbanding RM372 sebelum ini.", "ms"),
        ("Die Inflation lag bei 3,4 Prozent nach 3,2 Prozent zuvor.", "de"),
        ("The levy is now $113 a tonne, against $90 previously.", "en"),
    ],
)
def test_a_level_said_to_be_the_previous_one_after_it_is_earlier(text, lang):
    now, before = two(text, lang)
    assert before.earlier and not now.earlier


def test_a_span_of_time_before_something_is_no_earlier_level():
    days, = read_figures("Los primeros casos se detectaron tres días antes.", "es")
    assert not days.earlier


@pytest.mark.parametrize(
    "text, lang, value, unit",
    [
        ("Revenue grew from 10 to 12 million dollars.", "en", 10e6, "USD"),
        ("Revenue rose from $10 to $12 million.", "en", 10e6, "USD"),
        ("Der Umsatz stieg von 10 auf 12 Millionen Euro.", "de", 10e6, "EUR"),
        ("Estimates range from 900,000 to 1.2 million people.", "en", 900_000, None),  # its own scale
        ("Die Strecke wuchs von 5 auf 7 Kilometer.", "de", 5, "km"),
        ("Η μηνιαία κάρτα αυξάνεται από 9.500 σε 11.400 φιορίνια.", "el", 9500, "HUF"),
        ("Οι απώλειες εκτιμώνται μεταξύ 10 και 12 εκατ. ευρώ.", "el", 10e6, "EUR"),
    ],
)
def test_the_first_figure_takes_the_unit_and_scale_written_once(text, lang, value, unit):
    first, _ = two(text, lang)
    assert (first.value, first.unit) == (value, unit)
    if unit == "USD":
        assert first.usd is not None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The fine will be between 10 and 12 million dollars.", "en"),
        ("Die Strafe liegt zwischen 10 und 12 Millionen Euro.", "de"),
        ("The fine will be 10-12 million dollars.", "en"),
        ("Inflation is expected at 2-3% next year.", "en"),
    ],
)
def test_a_range_is_a_lower_and_an_upper_bound(text, lang):
    low, high = two(text, lang)
    assert (low.bound, high.bound) == ("min", "max") and low.unit == high.unit
    assert not low.earlier and not high.earlier


def test_a_range_in_hundredths_of_a_currency_is_in_hundredths_at_both_ends():
    low, high = two("Le tarif passera de 64,12 à 67,84 agorot le kilowattheure.", "fr")
    assert (low.value, low.unit, high.value, high.unit) == (0.6412, "ILS", 0.6784, "ILS")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Flights from 12 countries to 30 destinations resumed.", "en"),  # no unit to share
        ("Sales rose 12% to 1.1 billion euros.", "en"),  # a change and the level it reached
        ("The data from 2019 to 2023 show 5 million visits.", "en"),
    ],
)
def test_figures_that_are_no_change_from_a_level(text, lang):
    assert not any(f.earlier for f in read_figures(text, lang))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The company now expects organic sales growth of 7% to 9% this year.", "en"),
        ("Topvrouw Mette Kragh verhoogde de verwachting voor de autonome groei naar 7 tot 9%.", "nl"),
        ("Die Prognose für das Wachstum liegt bei 7 bis 9 Prozent.", "de"),
    ],
)
def test_two_figures_joined_by_to_with_no_change_before_are_a_range(text, lang):
    low, high = two(text, lang)
    assert (low.kind, low.bound, high.bound) == ("percent", "min", "max") and low.measure == high.measure


def test_two_things_joined_by_and_are_no_range():
    # Hungarian "a" is "the", not Italian "a" (to): "540 forint ticket and the 11,400 forint pass"
    single, monthly = read_figures("A tüntetők az 540 forintos vonaljegy és a 11 400 forintos havi bérlet ellen "
                                   "tiltakoztak.", "hu")
    assert (single.bound, monthly.bound) == ("", "")


def test_a_persons_age_begins_no_range():
    # French "a" (has) is also Spanish and Portuguese "a" (to)
    age, sum_ = read_figures("La pyramide montée par cet homme de 58 ans a coûté 112 millions d'euros.", "fr")
    assert (age.kind, age.measure, age.bound) == ("number", "age", "")
    assert (sum_.kind, sum_.value, sum_.bound) == ("money", 112e6, "")


def test_a_change_by_then_to_is_no_range():
    by, level = two("Inflation rose 0.2% to 3.1% in May.", "en")
    assert not by.bound and not level.bound and (by.measure, level.measure) == ("growth", "inflation")


def test_arabic_ranges_and_changes_take_the_unit_written_once():
    start, end = two("ارتفع سعر التذكرة من 15 إلى 18 جنيهًا في مصر.", "ar")
    assert (start.unit, start.value, start.earlier) == ("EGP", 15, True) and not end.earlier
    low, high = two("يتراوح سعر الكيلوغرام في المغرب حاليا بين 25 و30 درهما.", "ar")  # "and" glued to the 30
    assert (low.unit, low.bound, high.bound) == ("MAD", "min", "max")
    # "14 out of 29 regions" is no range
    first, second = two("انتشر المرض في 14 من أصل 29 منطقة.", "ar")
    assert not (first.bound or second.bound or first.earlier)
