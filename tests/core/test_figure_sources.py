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
        # the police as those counted, or as the ones who said it, are no source of a count
        ("Police said 37 people were arrested and 14 officers injured.", "en", [("37", ""), ("14", "")]),
    ],
)
def test_a_count_takes_the_counter_said_of_it(text, lang, expected):
    assert sources(text, lang) == expected
