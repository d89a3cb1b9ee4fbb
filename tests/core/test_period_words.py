"""A period said in the words of more of the press: the adjective ("aylık", "évi", "حصة شهرية", "연평균"),
"every month" (Zulu "njalo ngenyanga", Hausa "kowace rana") and "per working day". The same amount
said for another period is one outlet's slip."""

from __future__ import annotations

import pytest

from factcheck.core.periods import period_of
from factcheck.core.signature import build_signature
from tests.core.pairs import judge


@pytest.mark.parametrize("word, period", [
    ("aylık", "monthly"), ("yıllık", "yearly"), ("haftalık", "weekly"), ("évi", "yearly"), ("شهرية", "monthly"),
    ("연평균", "yearly"), ("월평균", "monthly"), ("njalo ngenyanga", "monthly"), ("kowace rana", "daily"),
    ("pro Werktag", "daily"), ("ہر ماہ", "monthly"), ("年均", "yearly"),
    # Russian's adverbs, Georgian's locatives, Korean's "every week", Norwegian's week and quarter, a hotel's night
    ("еженедельно", "weekly"), ("ежедневно", "daily"), ("კვირაში", "weekly"),
    ("დღეში", "daily"), ("თვეში", "monthly"), ("წელიწადში", "yearly"), ("매주", "weekly"), ("i uka", "weekly"),
    ("i kvartalet", "quarterly"), ("zilnic", "daily"), ("ημερησίως", "daily"), ("a night", "daily"),
    # Hindi's and Nepali's month and week ("मासिक १३ लाख यात्रु", "हप्ताको ६५ डलर")
    ("मासिक", "monthly"), ("प्रति महिना", "monthly"), ("हप्ताको", "weekly"),
    # Albanian's ("400 mijë lekësh në muaj")
    ("në muaj", "monthly"), ("në vit", "yearly"), ("në ditë", "daily"), ("në javë", "weekly"),
    ("napi", "daily"), ("havi", "monthly"),  # Hungarian's adjectives ("napi 30,7 millió köbméter")
    ("하루 평균", "daily"), ("일평균", "daily"),  # Korean's daily average
    ("por temporada", "yearly"), ("per season", "yearly"),  # a season's pay or catch, one a year
])
def test_a_period_word(word, period):
    assert period_of(word) == period


@pytest.mark.parametrize("one, other", [
    (("A family using 500 kilowatt-hours would pay about 140 rand more a year, the regulator Nersa said.", "en"),
     ("Ngokusho kwe-Nersa, umndeni osebenzisa ama-kilowatt-hour angu-500 uzokhokha cishe u-R140 ngaphezulu njalo "
      "ngenyanga.", "zu")),
    (("Families will pay 7,100 lira a year for the new homes.", "en"),
     ("Konutlar için aylık taksit 7.100 TL olacak.", "tr")),
    (("Struja košta 36 forinti do potrošnje od 2.523 kWh mesečno.", "sr"),
     ("Az áram ára az átlagfogyasztásig, évi 2523 kilowattóráig 36 forint.", "hu")),
    (("スペイン紙によると、年俸は月額2000万ユーロに上るという。", "ja"),
     ("El jugador percibe un salario de unos 20 millones de euros brutos por temporada.", "es")),
    (("Jeder Neuankömmling erhält 13,5 Kilogramm Sorghum pro Woche.", "de"),
     ("ويحصل كل نازح جديد على حصة شهرية تشمل 13.5 كيلوغرام من الذرة الرفيعة.", "ar")),
])
def test_the_same_amount_for_another_period_is_a_slip(one, other):
    state, lines, _ = judge((*one, "2026-11-20"), (*other, "2026-11-21"))
    assert state == "conflict", lines


def test_the_same_amount_for_the_same_period_in_other_words_agrees():
    assert judge(("Konutlar için aylık taksit 7.100 TL olacak.", "tr", "2026-11-20"),
                 ("Die Monatsrate beträgt 7.100 Lira pro Monat.", "de", "2026-11-21"))[0] == "consistent"


def test_how_often_a_report_comes_is_no_period_of_its_figures():
    for text, lang in (("El estímulo costó 34.100 millones de pesos, según el informe trimestral de Hacienda.", "es"),
                       ("The levy raised 412 million euros, the finance ministry's quarterly report shows.", "en")):
        (figure,) = build_signature(text, lang, date="2026-11-20").quantities
        assert figure.period is None, text
    # a quarter's amount is still a quarter's
    (figure,) = build_signature("The levy raises 412 million euros per quarter.", "en", date="2026-11-20").quantities
    assert figure.period == "quarterly"


def test_a_korean_daily_average_said_before_its_noun_is_its_figure_s():
    (figure,) = build_signature("3분기 하루 평균 탄화수소 생산량은 석유환산 1310만 배럴로 집계됐다.", "ko",
                                date="2026-11-04").quantities
    assert figure.period == "daily"
    state, _, _ = judge(("3분기 하루 평균 탄화수소 생산량은 석유환산 1310만 배럴로 집계됐다.", "ko", "2026-11-04"),
                        ("Total hydrocarbon production came in at 13.1 million barrels of oil equivalent per day.",
                         "en", "2026-11-04"))
    assert state == "consistent"
    # a daily average said after a month's total is the next figure's
    month, day = build_signature("10월 한 달간 입경 방문객은 374만 명으로, 하루 평균 약 12만 명이 마카오를 찾았다.", "ko",
                                 date="2026-11-04").quantities
    assert (month.period, day.period) == (None, "daily")


def test_a_chinese_monthly_rent_is_a_month_s():
    (rent,) = [f for f in build_signature("今年第三季度全国新租约平均月租为1742欧元（约合2020美元）。", "zh",
                                          date="2026-11-20").quantities if not f.courtesy]
    assert rent.period == "monthly"
