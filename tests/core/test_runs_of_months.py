"""Runs of months a figure is of ("in the first ten months", "entre enero y octubre", "1～10月"): read in
the languages of the press, and held against one month, a period or another run. One pair of short
sentences per rule, with the reason it states."""

from __future__ import annotations

import pytest

from factcheck.core.comparison import month_name
from factcheck.core.quarters import quarters_in
from tests.core.pairs import judge


# "the first ten months" may be a fiscal year's ("10M"); "January to October" is the calendar's
@pytest.mark.parametrize("text, lang, name", [
    ("in the first ten months of 2026", "en", "10M"),
    ("in den ersten zehn Monaten", "de", "10M"),
    ("au cours des dix premiers mois", "fr", "10M"),
    ("en los primeros 10 meses", "es", "10M"),
    ("entre enero y octubre de este año", "es", "Jan-Oct"),  # "and" after "between"
    ("von Januar bis Ende Oktober", "de", "Jan-Oct"),
    ("January through October", "en", "Jan-Oct"),
    ("in September and October", "en", "Sep-Oct"),  # two months running
    ("今年前10个月", "zh", "10M"),
    ("1～10月の輸出額", "ja", "Jan-Oct"),
    ("4月至11月", "zh", "Apr-Nov"),
    ("ilk on ayında", "tr", "10M"),
    ("10 bulan pertama", "id", "10M"),
    ("за первые десять месяцев", "ru", "10M"),
    ("خلال الأشهر العشرة الأولى من العام", "ar", "10M"),
    ("trong 10 tháng đầu năm", "vi", "10M"),
    ("در ۹ ماه نخست سال", "fa", "9M"),
    ("nos primeiros nove meses do ano", "pt", "9M"),
    ("in den ersten acht Monaten des Geschäftsjahres", "de", "8M"),  # perhaps a fiscal year's
    ("с января по октябрь", "ru", "Jan-Oct"),
    ("januari t/m oktober", "nl", "Jan-Oct"),
    ("في الفترة من يناير حتى أكتوبر", "ar", "Jan-Oct"),
    ("از ژانویه تا اکتبر", "fa", "Jan-Oct"),
    ("leden až říjen", "cs", "Jan-Oct"),
    ("Januari hadi Oktoba", "sw", "Jan-Oct"),
    ("jan.-okt.", "de", "Jan-Oct"),
    ("1∼10월", "ko", "Jan-Oct"),
    ("tháng 1 đến tháng 10", "vi", "Jan-Oct"),
])
def test_a_run_of_months_is_read_in_the_words_of_the_press(text, lang, name):
    assert [month_name(m) for _, _, m in quarters_in(text, 0, None, lang)] == [name]


@pytest.mark.parametrize("text, lang", [
    ("in January and October", "en"),  # two months, not the run between
    ("from October to March", "en"),  # a season into the next year
    ("near Viña del Mar last November", "en"),  # "Mar" and "November" with a word between
    ("the repair will take ten months", "en"),  # a duration: no "first"
    ("revenue of $38.9m", "en"),  # no "9M" inside a sum
])
def test_no_run_of_months_where_there_is_none(text, lang):
    assert quarters_in(text, 0, None, lang) == []


def test_the_same_amount_for_one_month_and_for_the_year_so_far_is_a_slip():
    october = ("Japan exportó 5.830 toneladas en octubre a la China continental.", "es", "2026-11-20")
    ten = ("In den ersten zehn Monaten des Jahres hatte Japan 5830 Tonnen Fisch nach China geliefert.", "de",
           "2026-11-21")
    state, lines, _ = judge(october, ten)
    assert state == "conflict" and any("Oct / 10M" in line for line in lines), lines
    # nine months against ten: one outlet's wrong span
    nine = ("O porto movimentou 13,6 milhões de toneladas nos primeiros nove meses do ano.", "pt", "2026-11-20")
    dix = ("Le port a enregistré un trafic de 13,6 millions de tonnes au cours des dix premiers mois de 2026.", "fr",
           "2026-11-21")
    state, lines, _ = judge(nine, dix)
    assert state == "conflict" and any("9M / 10M" in line for line in lines), lines
    # the same run in other words agrees
    assert judge(("As Bahamas receberam 9,31 milhões de passageiros entre janeiro e outubro.", "pt", "2026-11-20"),
                 ("Les Bahamas ont accueilli 9,31 millions de croisiéristes de janvier à octobre.", "fr",
                  "2026-11-21"))[0] == "consistent"
    # other amounts of other months are two figures, not a slip
    assert judge(october, ("In den ersten zehn Monaten hatte Japan 61.200 Tonnen Fisch nach China geliefert.", "de",
                           "2026-11-21"))[0] == "not-compared"


def test_a_months_amount_said_for_the_year_so_far_is_a_slip():
    state, lines, _ = judge(("爱尔兰对华牛肉出口每月约9800吨。", "zh", "2026-11-20"),
                            ("Exports to China reached 9,800 tonnes in the first nine months.", "en", "2026-11-21"))
    assert state == "conflict" and any("over another span" in line for line in lines), lines
    # a monthly average over the run is the month's ("月均")
    assert judge(("港口今年前9个月月均约16万标准箱。", "zh", "2026-11-20"),
                 ("The port handled an average of 160,000 TEU a month in the first nine months.", "en",
                  "2026-11-21"))[0] == "consistent"


def test_the_first_months_of_a_fiscal_year_may_be_a_run_from_april():
    chinese = ("4月至11月（本财年前八个月），该公司累计产煤5.126亿吨。", "zh", "2026-12-01")
    for german in ("In den ersten acht Monaten des indischen Geschäftsjahres kam der Konzern auf 512,6 Mio. Tonnen.",
                   "Seit Beginn des Fiskaljahres im April kam der Konzern auf 512,6 Mio. Tonnen."):
        assert judge(chinese, (german, "de", "2026-12-02"))[0] == "consistent", german


def test_east_asian_months_before_the_figures_are_theirs_and_a_month_after_is_the_next_ones():
    # "1～10月の...7.4%増の1010万トン": the run opens the sentence and dates its every figure
    state, lines, _ = judge(("صادرات ال‌ان‌جی عمان در ۹ ماه نخست سال ۲۰۲۶ به ۱۰٫۱ میلیون تن رسید.", "fa", "2026-11-20"),
                            ("同国の1～10月の液化天然ガス輸出量は前年同期比7.4%増の1010万トンだった。", "ja", "2026-11-21"))
    assert state == "conflict" and any("9M / Jan-Oct" in line for line in lines), lines
    # "10月の納入は72機で、1～10月の累計は604機": October's 72, not the run's
    assert judge(("Airbus a livré 72 appareils en octobre.", "fr", "2026-11-05"),
                 ("10月の納入は72機で、1～10月の累計は604機だった。", "ja", "2026-11-06"))[0] == "consistent"
    # a month between the opening run and a figure is that figure's
    assert judge(("電気は1～2月の使用分が1キロワット時あたり2.5円、3月は1.5円を補助する。", "ja", "2026-11-21"),
                 ("Electricity subsidies of 2.5 yen per kilowatt-hour will apply in January and February, falling "
                  "to 1.5 yen in March.", "en", "2026-11-21"))[0] == "consistent"


def test_the_year_beside_a_run_of_months_is_its_figures():
    # "in January-October 2025 ... shipped 52.3 tonnes": 2025's, as the other outlet says
    assert judge(("За тот же период 2025 года было вывезено 52,3 тонны.", "ru", "2026-11-20"),
                 ("A year earlier, in January-October 2025, the board and its predecessor shipped 52.3 tonnes worth "
                  "$5.21 billion.", "en", "2026-11-21"))[0] == "consistent"


def test_a_word_of_the_run_measures_nothing():
    # "premiers" of "les dix premiers mois" is no premium
    assert judge(("Las exportaciones de fosfatos alcanzaron los 2.148,6 millones de dinares entre enero y octubre.",
                  "es", "2026-11-20"),
                 ("Les exportations de phosphates ont atteint 2,15 milliards de dinars sur les dix premiers mois de "
                  "l'année.", "fr", "2026-11-21"))[0] == "consistent"
