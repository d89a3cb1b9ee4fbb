from __future__ import annotations

import pytest

from factcheck.core.figures import read_figures
from factcheck.core.local_dollars import local_dollar


def units(text: str, lang: str = "en") -> list[str]:
    return [f.unit for f in read_figures(text, lang) if f.kind == "money"]


def test_a_local_papers_dollar_sign_is_its_countrys_dollar():
    text = ("RBA holds as Sydney house values hit a record\nSydney's median house value reached a record "
            "$1.742 million, and Melbourne's $1.012 million.")
    assert units(text) == ["AUD", "AUD"]
    assert units("In Toronto, the average price fell to $1.1 million, the Toronto board said.") == ["CAD"]


def test_an_article_that_writes_the_local_dollar_tells_the_two_apart():
    text = "SYDNEY - Sydney's median hit a record A$1.74 million ($1.15 million) in October."
    assert units(text) == ["AUD", "USD"]


@pytest.mark.parametrize(
    "text",
    [
        # a country named once, among others: a wire's US dollars
        "Philippine remittances hit $3.21 billion, led by the US, Saudi Arabia and Singapore.",
        # two of them named as often: whose is not said
        "Auckland's median rose to $1.1 million, against Sydney's $1.7 million; Wellington and Melbourne lag.",
    ],
)
def test_the_sign_stays_the_us_dollars_where_the_article_does_not_say(text):
    assert set(units(text)) == {"USD"}


def test_a_city_that_names_the_country():
    assert local_dollar("Vancouver and Toronto prices fell to $1.1 million.", "en") == "CAD"
    assert local_dollar("Vancouver and Toronto prices fell, the RBA said; Sydney and Perth rose.", "en") is None


@pytest.mark.parametrize(
    "text, lang, code",
    [
        ("约合819万澳元", "zh", "AUD"), ("售价1,200万港元", "zh", "HKD"), ("营收为3,850亿新台币", "zh", "TWD"),
        ("中间值升至10纽元", "zh", "NZD"), ("約3445豪ドル", "ja", "AUD"), ("約153億NZドル", "ja", "NZD"),
    ],
)
def test_the_other_dollars_as_the_chinese_and_japanese_press_shortens_them(text, lang, code):
    assert units(text, lang) == [code]
