"""An amount whose currency or unit the outlet said once already in its sentence: before it, or in the
sentence's first words ("En euros, ..."); not in the sentence before."""

from __future__ import annotations

import pytest

from factcheck.core.figures import read_figures


def test_an_amount_does_not_take_the_currency_of_the_sentence_before():
    # the thing counted is said before the number as often as a sum's currency was said a sentence before
    article = "The fund paid out €1.2 billion last year. Pensioners in Romania number 4.63 million."
    start = article.index(". ") + 2
    assert [f.kind for f in read_figures(article, "en", start=start)] == ["number"]


def test_a_sentence_that_names_its_currency_first_gives_it_to_its_amount():
    (f,) = read_figures("En euros, la cifra equivale a unos 19.800 millones.", "es")
    assert (f.kind, f.value, f.unit) == ("money", 19.8e9, "EUR")
    (f,) = read_figures("Em euros, a receita equivale a cerca de 633 milhões.", "pt")
    assert (f.kind, f.unit) == ("money", "EUR")


@pytest.mark.parametrize("text, lang, value, unit", [
    ("Eso equivale a 14,28 millones de toneladas diarias, por encima de los 13,30 millones diarios, un récord.",
     "es", 13.3e6, "t"),
    ("L'Egitto teme per i suoi 55,5 miliardi di metri cubi annui, il Sudan per i suoi 18,5 miliardi.", "it",
     18.5e9, "m³"),
])
def test_an_amount_takes_the_unit_of_the_amount_before_it(text, lang, value, unit):
    assert [f.unit for f in read_figures(text, lang) if f.value == value] == [unit]


def test_an_amount_before_what_it_counts_takes_no_unit():
    figures = read_figures("A 24-hour strike left around 1.3 million daily passengers stranded.", "en")
    assert [f.unit for f in figures if f.value == 1.3e6] == [None]


def test_an_amount_after_money_and_a_unit_takes_neither_unit():
    figures = read_figures("It sold 3,2 million tonnes for $1.1 billion, against 2.9 million a year earlier.", "en")
    assert [f.unit for f in figures if f.value == 2.9e6] != ["t"]


def test_an_amount_whose_currency_was_said_before_it_is_money():
    *_, revenue = read_figures("El beneficio cayó un 12%, hasta 1.100 millones de euros, mientras que los ingresos "
                               "subieron un 3%, hasta 9.600 millones.", "es")
    assert (revenue.kind, revenue.value, revenue.unit) == ("money", 9.6e9, "EUR")
    # and one compared with another or dated a year before ("rispetto alle previsioni", "im Vorjahr")
    *_, overrun = read_figures("Il costo stimato sale a 4,1 miliardi di euro, con uno sforamento di 1,4 miliardi "
                               "rispetto alle previsioni del 2021.", "it")
    assert (overrun.kind, overrun.value, overrun.unit) == ("money", 1.4e9, "EUR")
    *_, before = read_figures("Der Umsatz stieg auf 5,4 Milliarden Euro nach 5,1 Milliarden im Vorjahr.", "de")
    assert (before.kind, before.unit) == ("money", "EUR")


@pytest.mark.parametrize("text, lang, value, code", [
    # a preposition or an article after the amount, not what it counts
    ("Vietnam exportó prendas por 37.800 millones de dólares, y Camboya, 10.400 millones en los nueve primeros "
     "meses.", "es", 10.4e9, "USD"),
    ("Finanziert wird das aus dem Hilfspaket von 620 Millionen Dollar, davon 500 Millionen als Einlage.", "de",
     5e8, "USD"),
    ("L'État a versé 5,8 milliards d'euros, loin des 7,1 milliards de la saison précédente.", "fr", 7.1e9, "EUR"),
])
def test_an_amount_going_on_with_a_preposition_takes_the_currency_said_before(text, lang, value, code):
    assert [(f.kind, f.unit) for f in read_figures(text, lang) if f.value == value] == [("money", code)]


@pytest.mark.parametrize("text, lang", [
    ("Su beneficio fue de 1.100 millones de euros y tiene 1.200 millones de usuarios.", "es"),  # a count
    ("Revenue was €5 billion, and the app has 1.2 billion users.", "en"),
    ("It paid $5 million and €2 million, then 3 million.", "en"),  # two currencies before: which one?
])
def test_an_amount_that_counts_something_or_follows_two_currencies_stays_a_number(text, lang):
    assert read_figures(text, lang)[-1].kind == "number"
