"""Times of day are no figures: a draw "um 20 Uhr deutscher Zeit" and one "klo 21 Suomen aikaa" are one
time in two zones, no count that differs by one; and a span of hours stays a duration."""

from __future__ import annotations

import pytest

from factcheck.core.figures import read_figures
from tests.core.pairs import judged


def texts(text: str, lang: str) -> list[str]:
    return [f.text for f in read_figures(text, lang)]


@pytest.mark.parametrize("text, lang, kept", [
    ("Die Ziehung fand um 20 Uhr deutscher Zeit statt, der Jackpot lag bei 120 Millionen Euro.", "de",
     ["120 Millionen Euro"]),
    ("Arvonta tehtiin klo 21 Suomen aikaa, ja potti oli 120 miljoonaa euroa.", "fi", ["120 miljoonaa euroa"]),
    ("The draw was held at 8 p.m. local time, and 8p was added to the ticket.", "en", ["8p"]),
    ("The draw took place at 9 pm in Helsinki.", "en", []),
    ("El sorteo se celebró a las 21 horas en Helsinki, tras 21 horas de espera.", "es", ["21 horas"]),
    ("Розыгрыш прошёл в 22 часа по московскому времени, а длился 22 часа.", "ru", ["22 часа"]),
    ("De trekking was om 20 uur, na 20 uur wachten.", "nl", ["20 uur"]),
    ("Le tirage a eu lieu à 20 h, après 20 h de retard.", "fr", ["20"]),
    ("Dragningen skedde klockan 20 svensk tid och 20 personer vann.", "sv", ["20"]),
    ("抽選は日本時間21時に行われ、21人が当選した。", "ja", ["21"]),
    ("추첨은 한국시간 오전 5시에 진행됐고 5시간 걸렸다.", "ko", ["5시간"]),
    ("开奖于北京时间凌晨4点进行，奖金4亿元。", "zh", ["4亿元"]),
    ("Losowanie odbyło się o godz. 20 czasu polskiego, wygrało 20 osób.", "pl", ["20"]),
])
def test_a_whole_hour_of_the_clock_is_no_figure(text, lang, kept):
    assert texts(text, lang) == kept


def test_one_draw_in_two_time_zones_is_no_difference():
    state, lines = judged(("Die Ziehung fand um 20 Uhr deutscher Zeit statt, der Jackpot lag bei 120 Millionen Euro.",
                           "de"),
                          ("Arvonta tehtiin klo 21 Suomen aikaa, ja potti oli 120 miljoonaa euroa.", "fi"))
    assert state == "consistent" and lines == ["money 120 Millionen Euro ≈ 120 miljoonaa euroa"]


@pytest.mark.parametrize("text, lang, hours", [
    ("Le train le plus rapide relie Paris et Lyon en 2 h 21.", "fr", 2.35),
    ("Les visiteurs ont patienté 2 h 15 sur le parvis.", "fr", 2.25),
    ("Os participantes tiveram 5h30 para responder às questões.", "pt", 5.5),
])
def test_hours_and_minutes_that_set_no_clock_are_a_span(text, lang, hours):
    assert [(f.value, f.unit) for f in read_figures(text, lang)] == [(hours, "h")]


@pytest.mark.parametrize("text, lang", [
    ("La plaque s'est décrochée vers 11 h 40.", "fr"),
    ("Un pic a été atteint à 17 h 15, selon l'opérateur.", "fr"),
    ("O fogo foi dado como dominado às 7h40 desta sexta-feira.", "pt"),
    ("Haverá serviços mínimos entre as 6h00 e as 9h00.", "pt"),
])
def test_hours_and_minutes_after_a_word_that_sets_a_clock_are_no_figure(text, lang):
    assert read_figures(text, lang) == []


def test_a_change_from_one_span_to_another_agrees_with_minutes():
    state, lines = judged(("Le trajet passe ainsi de 2 h 10 à 1 h 30.", "fr"),
                          ("The trip now takes 90 minutes, down from 2 hours 10 minutes.", "en"))
    assert state == "consistent", lines


@pytest.mark.parametrize("text, lang", [("障害は14時間32分に及んだ。", "ja"), ("故障持续了14小时32分钟。", "zh"),
                                        ("서비스 장애는 14시간 32분 동안 이어졌다.", "ko")])
def test_east_asian_hours_and_minutes_are_one_span(text, lang):
    assert [(f.value, f.unit) for f in read_figures(text, lang)] == [(14.5333, "h")]
