"""The span of time a figure is a total of (``core.figure_spans``), and the same number over two
spans, a rate's period being one, as one outlet's slip."""

from __future__ import annotations

import pytest

from factcheck.core.periods import find_periods
from factcheck.core.signature import build_signature

from .pairs import judged


def _over(text: str, lang: str) -> dict[str, float | None]:
    return {f.text: f.over for f in build_signature(text, lang, date="2026-11-18").quantities}


@pytest.mark.parametrize(("text", "lang", "figure", "days"), [
    ("The scheme is worth €1.8bn over three years, the ministry said.", "en", "€1.8bn", 3 * 365.25),
    ("Die Reederei strich 2.150 Fahrten zwischen Freitag und Montag.", "de", "2.150", 4),
    ("La empresa recortará 2.700 empleos en cuatro años.", "es", "2.700", 4 * 365.25),
    ("I salari sono saliti del 7,2 % all'anno.", "it", "7,2 %", 365.25),
    # a span that opens its sentence is every figure's of its clause, past the figures between
    ("Über fünf Jahre verlor die Stadt 12.400 Einwohner oder 3,1 Prozent.", "de", "3,1 Prozent", 5 * 365.25),
])
def test_a_figure_takes_the_span_its_clause_gives(text, lang, figure, days):
    assert _over(text, lang)[figure] == pytest.approx(days)


@pytest.mark.parametrize(("text", "lang", "figure"), [
    # mid-sentence, a span before a figure is another thing's: the loan's term, not the saving's
    ("Sur un prêt de 300 000 euros sur 20 ans, la mensualité recule de 140 euros.", "fr", "140 euros"),
    # a length adds up over no time: a detour of 31 km is no total of the minutes it takes
    ("Der Umweg über 31 km kostet Lkw-Fahrer rund 40 Minuten.", "de", "31 km"),
    # a period word after the share, past a comma, is another clause's
    ("Die Steuer steigt auf 24 Prozent, die jährlich 410 Millionen Euro bringen sollen.", "de", "24 Prozent"),
    ("今年1至10月運量6,980萬人次，年增4.2%，日均22.96萬人次。", "zh", "4.2%"),  # past Chinese's comma
    # a rate keeps its period
    ("In den letzten drei Tagen kamen 55 neue Fälle pro Tag hinzu.", "de", "55"),
    # months in a row are a count of them, not a span a change is over
    ("9月の出生数は2万3140人と前年同月比6.4%増え、27カ月連続で前年を上回った。", "ja", "6.4%"),
])
def test_a_figure_takes_no_span_that_is_not_its(text, lang, figure):
    assert _over(text, lang)[figure] is None


def test_the_same_number_a_year_and_over_several_years_is_a_slip():
    state, lines = judged(("Guvernul a alocat pentru program 1,8 miliarde de euro pe an.", "ro"),
                          ("The programme is worth €1.8bn over three years.", "en"))
    assert state == "conflict"
    assert any("the same number over another span: a year / 3 years" in line for line in lines)


def test_a_sum_over_years_agrees_with_its_share_of_each_year():
    state, lines = judged(("La Suisse versera 12 millions de francs sur quatre ans.", "fr"),
                          ("La Svizzera verserà 3 milioni di franchi all'anno.", "it"))
    assert state == "consistent" and "over 4 years" in lines[0], lines
    state, lines = judged(("Switzerland will pay CHF 12 million over four years.", "en"),
                          ("La Svizzera verserà 4,5 milioni di franchi all'anno.", "it"))
    assert state != "consistent", lines


def test_the_same_count_a_day_and_over_a_weekend_is_a_slip():
    state, lines = judged(("La compagnia ha cancellato 2.150 corse al giorno.", "it"),
                          ("Die Reederei strich 2.150 Fahrten zwischen Freitag und Sonntag.", "de"))
    assert state == "conflict" and any("a day / 3 days" in line for line in lines)


def test_the_same_number_over_one_span_said_twice_agrees():
    state, _ = judged(("La empresa recortará 2.700 empleos en cuatro años.", "es"),
                      ("The company will cut 2,700 jobs over four years.", "en"))
    assert state == "consistent"


def test_spans_less_than_twice_apart_may_be_one_span_told_two_ways():
    # an outage of 41 hours over a weekend said as Friday to Sunday: one span, counted two ways
    state, _ = judged(("Quelque 124 000 passagers ont été touchés entre vendredi et dimanche.", "fr"),
                      ("The outage, which lasted 41 hours, hit some 124,000 passengers.", "en"))
    assert state != "conflict"


def test_a_period_word_before_after_and_a_verb_is_a_time_not_a_rate():
    assert find_periods("It inspected four planes so far, a day after pulling its fleet.") == frozenset()
