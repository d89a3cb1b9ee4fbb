"""Exchange rates as the press gives them: the price of one unit of another currency, no sum."""

from __future__ import annotations

import pytest

from factcheck.core.consistency import compare_quantities, verdict
is_rate = lambda f: f.per in ("USD", "EUR", "JPY")
from factcheck.core.figures import read_figures
from factcheck.core.signature import build_signature


@pytest.mark.parametrize(
    "text, lang, value, unit, per",
    [
        ("At the official rate of 49.20 pounds to the dollar, Egypt's takings rose.", "en", 49.2, "EGP", "USD"),
        ("El peso cerró en 18.42 pesos por dólar en México.", "es", 18.42, "MXN", "USD"),
        ("Le naira s'échangeait à 1 580 nairas pour un dollar.", "fr", 1580, "NGN", "USD"),
        ("Il kwacha è sceso a 24,05 per dollaro.", "it", 24.05, None, "USD"),
        ("Forintul s-a prăbușit la 414,60 forinți pentru un euro.", "ro", 414.6, "HUF", "EUR"),
        ("人民币汇率为1美元兑7.12元人民币。", "zh", 7.12, "CNY", "USD"),
        ("円相場は一時1ドル＝162円40銭まで下落した。", "ja", 162.4, "JPY", "USD"),
        ("100円=971.4ウォンとなった。", "ja", 9.714, None, "JPY"),  # a rate for a hundred units, for one
        ("원·달러 환율은 달러당 1,475.3원에 마감했다.", "ko", 1475.3, "KRW", "USD"),
        ("엔화는 100엔당 969.8원이었다.", "ko", 9.698, "KRW", "JPY"),
        ("Rupiah melemah ke Rp16.200 per dolar AS.", "id", 16200, "IDR", "USD"),
        ("The peso traded at 18.44 per dollar on Tuesday.", "en", 18.44, None, "USD"),  # no time of day
        ("El yen cayó a 154,6 unidades por dólar.", "es", 154.6, None, "USD"),
        # one unit of a currency, then what it cost
        ("Ifølge Norges Bank kostet en dollar 10,38 kroner torsdag.", "nb", 10.38, "NOK", "USD"),
        ("Un euro vale 1,08 dólares.", "es", 1.08, "USD", "EUR"),
    ],
)
def test_a_rate_is_the_price_of_one_unit_of_a_currency(text, lang, value, unit, per):
    rates = [f for f in read_figures(text, lang) if is_rate(f)]
    assert len(rates) == 1, read_figures(text, lang)
    assert rates[0].value == pytest.approx(value) and rates[0].unit == unit and rates[0].per == per
    assert not any(f.kind == "money" and f.value in (1, 100) for f in read_figures(text, lang))  # "1美元", "100円"


def test_a_price_per_pound_of_weight_is_no_rate():
    f = read_figures("Fishermen are paid $3.50 a pound.", "en")[0]
    assert not is_rate(f) and f.per == "lb"


def test_a_sum_changed_into_another_currency_is_no_rate():
    f = read_figures("The company converted $5 million to euros in March.", "en")[0]
    assert not is_rate(f) and (f.kind, f.value) == ("money", 5e6)


def judge(a, b):
    return verdict(compare_quantities(build_signature(a[0], a[1], date="2026-11-20"),
                                      build_signature(b[0], b[1], date="2026-11-20")))


def test_a_rate_meets_the_same_rate_not_a_dollar():
    rate = ("At the official rate of 49.20 pounds to the dollar, Egypt's nine-month takings are worth more.", "en")
    assert judge(rate, ("按官方汇率1美元兑49.20埃及镑计算，埃及旅游收入增加。", "zh")) == "consistent"
    assert judge(rate, ("埃及旅游收入按官方汇率计算约1美元。", "zh")) != "consistent"


def test_a_rate_for_one_unit_is_no_rate_for_a_hundred():
    assert judge(("1日元兑969.8韩元。", "zh"), ("엔화는 100엔당 969.8원이었다.", "ko")) == "conflict"
    assert judge(("100円=971.4ウォンとなった。", "ja"), ("엔화는 100엔당 969.8원이었다.", "ko")) == "differs-slightly"


def test_a_bare_figure_near_a_rate_is_that_rate():
    assert judge(("Vor dem Schritt lag der offizielle Kurs in Kairo noch bei 50,80.", "de"),
                 ("في القاهرة تراجع الجنيه من 50.80 جنيه للدولار.", "ar")) == "consistent"


def test_a_rate_whose_currency_is_unsaid_meets_the_same_price_of_a_currency():
    assert judge(("The zloty weakened to 4.563 per Swiss franc in Warsaw.", "en"),
                 ("In Warschau kostete ein Franken 4,563 Zloty.", "de")) == "consistent"


def test_rates_against_two_currencies_are_not_compared():
    assert judge(("Le franc valait 0,9185 franc pour un euro en Suisse.", "fr"),
                 ("In der Schweiz kostete der Dollar 0,7930 Franken pro Dollar.", "de")) == "not-compared"
