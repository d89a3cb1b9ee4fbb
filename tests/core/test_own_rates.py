"""Sums in currencies the ECB does not quote, worth what their own article converts them at."""

from __future__ import annotations

import pytest

from factcheck.core.consistency import compare_quantities, verdict
from factcheck.core.matching import Statement
from factcheck.core.models import Article
from factcheck.core.pipeline import analyse

NAIRA = ("Lagos drivers queued again on Monday. Petrol now costs ₦1,295 ($0.84) a litre at NNPC stations. "
         "A year ago a litre cost ₦617. Private stations charge up to ₦1,340 a litre.")


def _money(text: str, lang: str, date: str | None = "2026-11-18") -> dict[str, float | None]:
    claims = analyse(Article(text, lang, "x", date=date)).claims
    return {q.text: q.usd for c in claims for q in c.quantities if q.kind == "money"}


def _signatures(text: str, lang: str, date: str | None = "2026-11-18"):
    """The signature of each claim of ``text`` read as one article, as the matcher builds it."""
    claims = analyse(Article(text, lang, "x", date=date)).claims
    return [Statement(i, 1, lang, text[c.start:c.end], tuple((q, text[q.start:q.end]) for q in c.quantities),
                      (), date, c.start).signature() for i, c in enumerate(claims) if c.quantities]


def test_an_articles_own_conversion_prices_its_other_sums_in_that_currency():
    usd = _money(NAIRA, "en")
    assert usd["₦1,295"] == pytest.approx(0.84)  # at its own conversion
    assert usd["₦617"] == pytest.approx(617 * 0.84 / 1295)  # at the article's rate
    assert usd["₦1,340"] == pytest.approx(1340 * 0.84 / 1295)


def test_a_conversion_either_way_round_gives_the_rate():
    usd = _money("The plan costs $605 million (71 billion taka). Fees add another 12 billion taka.", "en")
    assert usd["12 billion taka"] == pytest.approx(12e9 * 605e6 / 71e9)


def test_several_conversions_give_the_median_rate():
    text = ("Flour costs Rs2,750 ($9.90) a bag in Lahore. In Karachi a bag costs Rs2,800 ($10.10). "
            "Quetta pays Rs3,000 ($30). Millers want Rs2,400 a bag.")
    rate = sorted([9.90 / 2750, 10.10 / 2800, 30 / 3000])[1]
    assert _money(text, "en")["Rs2,400"] == pytest.approx(2400 * rate)


@pytest.mark.parametrize("text, lang, written, value", [
    ("The official rate is 4,015 riel to the dollar. A family saves 7,000 riel a month.", "en", "7,000 riel", 7000),
    ("អត្រាផ្លូវការ ៤.០២០ រៀលក្នុងមួយដុល្លារ។ ប្រាក់ឈ្នួលថ្មីស្មើនឹងប្រមាណ ៨៧២.០០០ រៀល។", "km", "872.000 រៀល", 872_000),
])
def test_a_rate_the_article_states_prices_its_sums_in_that_currency(text, lang, written, value):
    rate = 4015 if lang == "en" else 4020
    assert _money(text, lang)[written] == pytest.approx(value / rate)


def test_without_a_conversion_a_sum_stays_without_a_rate():
    assert _money("Petrol now costs ₦1,295 a litre. A year ago it cost ₦617.", "en")["₦617"] is None


def test_currencies_the_ecb_quotes_keep_its_rate():
    usd = _money("The fine is €1.8 billion ($9 billion). Apple paid €500 million.", "en")
    assert usd["€1.8 billion"] < 2.5e9 and usd["€500 million"] < 1e9  # not the slipped bracket's rate


def test_a_sum_at_its_articles_rate_agrees_with_anothers_dollars():
    (*_, private), = [_signatures(NAIRA, "en")]
    other, = _signatures("À Lagos, les stations privées vendent le litre jusqu'à 0,87 dollar.", "fr")
    comparisons = compare_quantities(private, other)
    assert verdict(comparisons) == "consistent" and any("its outlet's own rate" in c.note for c in comparisons)
    wrong, = _signatures("À Lagos, les stations privées vendent le litre jusqu'à 8,70 dollars.", "fr")
    assert verdict(compare_quantities(private, wrong)) == "conflict"


def test_rupees_its_article_prices_at_indias_rate_are_indias():
    # an Urdu paper in India names Hyderabad and Telangana, not India: its rupees read as Pakistan's
    # until its own conversion prices them at India's rate
    text = ("فلم نے پیر کو 38.2 کروڑ روپے کمائے۔ خلیجی ممالک سے فلم کو 4.3 ملین ڈالر (تقریباً 37.8 کروڑ روپے) ملے۔"
            " حیدرآباد میں ٹکٹ 50 روپے مہنگے کیے گئے ہیں۔")
    claims = analyse(Article(text, "ur", "x", date="2026-11-18")).claims
    units = {q.text: q.unit for c in claims for q in c.quantities if q.kind == "money"}
    assert units["38.2 کروڑ روپے"] == units["50 روپے"] == "INR"
    # at Pakistan's rate they stay Pakistan's
    text = text.replace("37.8 کروڑ", "120 کروڑ")
    claims = analyse(Article(text, "ur", "x", date="2026-11-18")).claims
    assert {q.unit for c in claims for q in c.quantities if q.kind == "money"} == {"PKR", "USD"}
