"""Arabic's, Korean's and Chinese's press names of one country's money, and the units CLDR does not spell as
Arabic's press does."""

from __future__ import annotations

import pytest

from factcheck.core.figures import read_figures


@pytest.mark.parametrize("text, kind, value, unit", [
    ("وتبلغ ميزانية الانتخابات والاستفتاء 31.2 مليار تاكا، أي نحو 256 مليون دولار.", "money", 31.2e9, "BDT"),
    ("وتقدر النقابة إجمالي الأجور المتأخرة بنحو 9.85 ملايين مارك.", "money", 9.85e6, "BAM"),
    ("وتبلغ القيمة الإجمالية للمكافآت 95 مليون إسكودو.", "money", 95e6, "CVE"),
    ("وارتفع سعر اليورو إلى 4.25 زلوتي.", "money", 4.25, "PLN"),
    ("وبلغ العجز 1.2 تريليون فورنت.", "money", 1.2e12, "HUF"),
    ("وقدرت الخسائر بنحو 150 مليار دونغ.", "money", 150e9, "VND"),
    ("وأعلنت روسيا أن العجز بلغ 4.2 تريليون روبل.", "money", 4.2e12, "RUB"),
    ("وتقدر الحكومة تراجع الإيرادات بنحو 27.4 مليار ريال برازيلي.", "money", 27.4e9, "BRL"),
    ("لا يتجاوز نصيب اللاجئ 9 لترات من المياه يوميا.", "number", 9, "l"),
    ("وينتج المفاعلان 13.4 تيراواط ساعة سنويا.", "number", 13.4, "TWh"),
    ("ويتوقع أن يبلغ الإنتاج الوطني 13,5 مليون قنطار.", "number", 13.5e6, "q"),
    ("وصدرت الشركة 450 كيلوغرامات من الزعفران.", "number", 450, "kg"),
    ("وبلغ الإنتاج 60 ألف أوقية من الذهب.", "number", 60000, "ozt"),
])
def test_arabic_money_and_units_are_read(text, kind, value, unit):
    f = next(f for f in read_figures(text, "ar", as_of="2026-11-25") if f.unit == unit)
    assert (f.kind, f.value) == (kind, pytest.approx(value))


@pytest.mark.parametrize("text", [
    "وبلغت الإيرادات في الرياض 27.4 مليار ريال.",  # Saudi Arabia's riyal, where the article names it
])
def test_the_riyal_stays_the_country_the_article_names(text):
    assert [f.unit for f in read_figures(text, "ar", as_of="2026-11-25")] == ["SAR"]


def test_a_kwacha_glued_to_its_number_is_no_gram():
    figures = read_figures("农户每袋需支付2万克瓦查，约合11.42美元。马拉维储备银行", "zh", as_of="2026-11-25")
    assert [(f.kind, f.unit) for f in figures][0] == ("money", "MWK")


@pytest.mark.parametrize("text, lang, value, unit", [
    ("브라질 정부는 270억 헤알을 지원한다.", "ko", 27e9, "BRL"),
    ("인도네시아는 5조 루피아를 투입했다.", "ko", 5e12, "IDR"),
    ("澳门特区政府拨款3.5亿澳门元。", "zh", 3.5e8, "MOP"),
    ("沙特阿拉伯预算赤字为1650亿里亚尔。", "zh", 1.65e11, "SAR"),
])
def test_east_asian_names_of_one_countrys_money_are_read(text, lang, value, unit):
    (f,) = read_figures(text, lang, as_of="2026-11-25")
    assert (f.kind, f.value, f.unit) == ("money", pytest.approx(value), unit)


def test_finnish_roubles_are_read_in_a_story_on_russia():
    (f,) = read_figures("Venäjän alijäämä oli 4,2 miljardia ruplaa.", "fi", as_of="2026-11-25")
    assert (f.kind, f.unit) == ("money", "RUB")
