"""A bare number that is the base of a comparison takes the unit of the figure it is compared with
(``core.comparison_bases``)."""

from __future__ import annotations

import pytest

from factcheck.core.figures import read_figures


@pytest.mark.parametrize("text, lang, kind, value, unit", [
    ("Lo scontrino medio è stato di 750 reais, contro i 726 dell'anno scorso.", "it", "money", 726, "BRL"),
    ("The average ticket was 750 reais, against 726 last year.", "en", "money", 726, "BRL"),
    ("La Borsa di Rosario stima la campagna a 47 milioni di tonnellate, contro i 50,3 milioni della stagione "
     "precedente.", "it", "number", 50.3e6, "t"),
    ("Finora sono stati scavati 183 chilometri sui 230 dell'intero sistema di gallerie.", "it", "number", 230, "km"),
    ("L'inflazione è salita al 3,2%, contro il 2,9 di ottobre.", "it", "percent", 2.9, "%"),
    ("Las ventas sumaron 3,4 millones de euros, frente a los 2,9 del año pasado.", "es", "money", 2.9e6, "EUR"),
    ("Revenue rose to $3.4 billion from 2.9 a year earlier.", "en", "money", 2.9e9, "USD"),
    ("Overfarten vil derfor tage 90 minutter mod 75 i dag.", "da", "number", 75, "min"),
    ("Il cambio ha chiuso a 1.612 pesos argentini per dollaro, contro i 1.540 di lunedì.", "it", "money", 1540, "ARS"),
    # an approximation word before the base
    ("L'Italia importa 21,5 miliardi di metri cubi di gas su circa 61.", "it", "number", 61e9, "m³"),
    ("Revenue rose to $3.4 billion against about 2.9 a year earlier.", "en", "money", 2.9e9, "USD"),
])
def test_the_base_of_a_comparison_takes_the_unit_said_before_it(text, lang, kind, value, unit):
    base = read_figures(text, lang, as_of="2026-11-25")[-1]
    assert (base.kind, base.value, base.unit) == (kind, pytest.approx(value), unit)


@pytest.mark.parametrize("text, lang, base", [
    ("It sold 750 tonnes against 12 rivals.", "en", "12"),  # what follows says it counts something else
    ("Revenue rose to $3.4 billion, compared with 2025.", "en", "2025"),  # a year
    ("Der Haushaltsentwurf sieht 13,9 Milliarden vor (knapp 1,3 Mrd. Euro), nach 16,5 Milliarden in diesem Jahr.",
     "de", "16,5 Milliarden"),  # an outlet's conversion in parentheses is no sum of the sentence's
    ("The plant made 750 tonnes. Against 726 odds, it survived.", "en", "726"),  # another sentence
])
def test_a_number_that_is_no_base_of_the_figure_before_it_stays_plain(text, lang, base):
    assert not [f for f in read_figures(text, lang, as_of="2026-11-25") if f.text == base and f.unit]
