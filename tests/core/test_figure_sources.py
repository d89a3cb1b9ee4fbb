"""Whose count a figure is: police, organisers (or the unions that called the march), a ministry."""

from __future__ import annotations

import pytest

from factcheck.core.signature import build_signature


def sources(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.source) for f in build_signature(text, lang, date="2026-11-18").quantities]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Selon la police, 42 000 personnes ont défilé ; les organisateurs, eux, revendiquent 110 000 participants.",
         "fr", [("42 000", "police"), ("110 000", "organisers")]),
        ("42 000 selon la police, 110 000 selon les syndicats.", "fr", [("42 000", "police"), ("110 000", "organisers")]),
        ("Die Polizei zählte 24.000 Teilnehmer, die Gewerkschaften sprachen von 110.000.", "de",
         [("24.000", "police"), ("110.000", "organisers")]),
        ("A rendőrség szerint 40 ezer ember vonult.", "hu", [("40 ezer", "police")]),
        ("Según la policía, 110.000 personas marcharon.", "es", [("110.000", "police")]),
        # a figure's conversion in brackets does not keep the counter said after it from the figure
        ("Strejken kostar rederierna 3,8 miljoner euro per dag (nästan 43 miljoner kronor), enligt bolagen.", "sv",
         [("3,8 miljoner euro", "the company"), ("43 miljoner kronor", "the company")]),
        ("Liiton puheenjohtaja arvioi kustannuksen jäävän alle kahden miljoonan euron päivässä.", "fi",
         [("kahden miljoonan euron", "organisers")]),
        # the police as those counted, or as the ones who said it, are no source of a count
        ("Police said 37 people were arrested and 14 officers injured.", "en", [("37", ""), ("14", "")]),
    ],
)
def test_a_count_takes_the_counter_said_of_it(text, lang, expected):
    assert sources(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Opposition leader Darius Sabaliauskas says the real deficit will be 3.4% of GDP.", "en",
         [("3.4%", "the opposition")]),
        ("Budgetrådet i Vilnius bedömer dock att underskottet snarare landar på 3,2 procent.", "sv",
         [("3,2 procent", "the fiscal council")]),
        ("Le conseil budgétaire met en doute la trajectoire du gouvernement : selon lui, le déficit atteindra 3,2 %.",
         "fr", [("3,2 %", "the fiscal council")]),
        # a critic named after the figure, or across another figure, is not its source
        ("The deficit will be 2.7%, which the opposition calls a fiction.", "en", [("2.7%", "")]),
        ("The government expects 2.7%; the opposition says 3.4%.", "en", [("2.7%", ""), ("3.4%", "the opposition")]),
        # analysts mostly pass on a firm's own figure
        ("Analysts say the company will cut around 350 jobs.", "en", [("350", "")]),
        # the two sides of a pay dispute
        ("Ametiühing nõuab 7,5 protsenti, tööandjad pakuvad 3,2 protsenti.", "et",
         [("7,5 protsenti", "organisers"), ("3,2 protsenti", "employers")]),
        ("Профсоюз требует повысить зарплаты на 7,5%.", "ru", [("7,5%", "organisers")]),
    ],
)
def test_a_critic_named_before_a_figure_is_its_source(text, lang, expected):
    assert sources(text, lang) == expected
