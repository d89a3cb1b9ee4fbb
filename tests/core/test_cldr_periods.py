"""Period words from CLDR's per-unit patterns, in languages the hand lists do not cover."""

from factcheck.core.cldr_periods import WORDS, derive
from factcheck.core.figures import read_figures
from factcheck.core.periods import find_periods


def test_the_table_is_cldr_s():
    assert derive() == WORDS  # regenerate WORDS when Babel's CLDR data changes


def test_a_rate_in_cldr_s_words_takes_its_period():
    for text, lang, period in [("Nagbabayad sila ng 12 euro kada araw.", "tl", "daily"),
                               ("Pracovník dostane 50 000 Kč za rok.", "cs", "yearly"),
                               ("Wanalipwa shilingi 300 kwa wiki.", "sw", "weekly"),
                               ("Eguneko 40 euro ordaintzen dira hilabete bakoitzeko.", "eu", "monthly")]:
        assert period in find_periods(text), text
    (rate,) = [f for f in read_figures("Nagbabayad sila ng 12 euro kada araw.", "tl") if f.kind == "money"]
    assert rate.period == "daily"
    # a number word is no period: Estonian "kuus" is six as well as "a month"
    assert "monthly" not in find_periods("Kuus laeva jäi sadamasse.")


def test_a_latvian_period_word_with_an_adjective_before_it_is_a_time_not_a_rate():
    assert find_periods("Līniju izmanto 10 100 pasažieru dienā.") == {"daily"}
    assert find_periods("Pirmajā dienā jauno līniju izmantoja aptuveni 10 100 pasažieru.") == frozenset()
    assert find_periods("Šajā gadā ostā ienāca 212 kuģi.") == frozenset()


def test_a_finnish_day_of_twenty_four_hours_is_a_day():
    assert find_periods("Päivystykseen hakeutui 1 180 ihmistä vuorokaudessa.") == {"daily"}


def test_an_hours_rate_is_a_period_of_its_own():
    from tests.core.pairs import judged

    # the same number an hour and a day: one outlet's slip of the period
    state, lines = judged(("Die Erntehelfer bekommen 55 Euro pro Stunde.", "de"),
                          ("Οι εργάτες παίρνουν 55 ευρώ την ημέρα.", "el"))
    assert state == "conflict", lines
    # an hour's flow and a day's, 24 times it: one flow
    state, lines = judged(("Die Pumpen fördern 900 Kubikmeter pro Stunde aus dem Tunnel.", "de"),
                          ("Οι αντλίες βγάζουν 21.600 κυβικά μέτρα την ημέρα από τη σήραγγα.", "el"))
    assert state == "consistent", lines
    # a speed says its hour in its unit, and half an hour is a span
    for text in ("Winds reached 150 kilometres per hour.", "Some 200 people waited half an hour in the rain."):
        assert [f.period for f in read_figures(text, "en")] == [None] * len(read_figures(text, "en")), text
