"""Dates to the day that two related statements give (``core.day_dates``)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.core.consistency import compare_quantities, describe, verdict
from factcheck.core.day_dates import on_a_day
from factcheck.core.signature import build_signature


def _judge(a: tuple[str, str, str | None], b: tuple[str, str, str | None]) -> tuple[str | None, list[str]]:
    sa, sb = (build_signature(text, lang, date=date) for text, lang, date in (a, b))
    comparisons = compare_quantities(sa, sb)
    return verdict(comparisons), [describe(c) for c in comparisons]


@pytest.mark.parametrize(("day", "reference", "date"), [
    ("--12-18", "2026-11-24", dt.date(2026, 12, 18)),
    ("--01-01", "2026-11-18", dt.date(2027, 1, 1)),  # the coming new year
    ("--11-28", "2027-01-05", dt.date(2026, 11, 28)),  # a day just past
    ("2027-12-18", "2026-11-24", dt.date(2027, 12, 18)),  # a year written is kept
    ("--12-18", None, None),
    ("--02-29", "2026-11-24", None),  # no year near has the day
])
def test_a_date_without_its_year_is_the_nearest_such_day(day, reference, date):
    assert on_a_day(day, reference) == date


def test_the_same_date_with_and_without_its_year_agrees():
    state, lines = _judge(("Les États membres ont jusqu'au 23 décembre 2026 pour répondre.", "fr", "2026-11-19"),
                          ("Medlemslandene har frist innen 23. desember.", "nb", "2026-11-20"))
    assert state == "consistent" and lines == ["date 2026-12-23 both (the same date)"]


def test_the_same_day_a_year_apart_is_a_slip():
    state, lines = _judge(("Het fonds moet uiterlijk 18 december 2027 alle rapporten aanleveren.", "nl", "2026-11-21"),
                          ("Kassen har frist til den 18. december.", "da", "2026-11-24"))
    assert state == "conflict" and "the same day a year apart" in lines[0]


def test_a_day_with_its_tens_slipped_is_a_slip_and_days_a_few_apart_are_two_days():
    ruling = ("Суд вынесет решение 13 ноября.", "ru", "2026-11-10")
    assert _judge(ruling, ("Das Gericht entscheidet am 23. November.", "de", "2026-11-10"))[0] == "conflict"
    assert _judge(ruling, ("Das Gericht entscheidet am 17. November.", "de", "2026-11-10"))[0] is None


def test_a_date_beside_figures_that_decide_is_left_to_them():
    state, lines = _judge(("Le 3 décembre, la compagnie a annulé 120 vols.", "fr", "2026-12-04"),
                          ("On 3 December the airline cancelled 210 flights.", "en", "2026-12-04"))
    assert not any(line.startswith("date") for line in lines)


def test_a_date_both_give_among_others_agrees():
    state, lines = _judge(("Seit Montag, dem 16. November, gilt der Wolf nur noch als geschützt.", "de", "2026-11-17"),
                          ("Depuis le lundi 16 novembre, le plafond passera à 21 % au 1er janvier 2027.", "fr",
                           "2026-11-20"))
    assert state == "consistent" and "date 2026-11-16 both (the same date)" in lines


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("A kifogást december 9-ig lehet benyújtani.", "hu", "--12-09"),  # a day with its case ending
    ("A rendelet november 16-án lépett hatályba.", "hu", "--11-16"),
    ("The government unveiled its May 5-year plan.", "en", None),  # no case endings in English
])
def test_a_hungarian_day_takes_its_case_ending(text, lang, value):
    days = build_signature(text, lang, date="2026-11-20").days
    assert days == (frozenset({value}) if value else frozenset())


def test_a_lithuanian_day_is_marked_as_one():
    from factcheck.core.signature import build_signature
    assert build_signature("Valdžia lapkričio 17 d. įsakė evakuoti namus.", "lt", date="2026-11-19").days == {"--11-17"}


def test_a_month_that_drops_its_e_before_an_ending_is_read():
    from factcheck.core.signature import build_signature
    assert build_signature("Carine bodo veljale od 1. decembra.", "sl", date="2026-11-20").days == {"--12-01"}
    assert build_signature("Platí od 1. októbra 2026.", "sk", date="2026-11-20").days == {"2026-10-01"}
