"""Figures as Persian and Hebrew papers write them: Iran's rial and toman bare, the rials of the
Gulf where the page names them, dinars and lari by their country, shares in words ("دو سوم",
"כמחצית"), and Hebrew's rates a day or a month that are no day's date."""

from __future__ import annotations

import pytest

from factcheck.core.signature import build_signature
from tests.core.pairs import judge


def figures(text: str, lang: str):
    return build_signature(text, lang, date="2026-11-20").quantities


@pytest.mark.parametrize("text, lang, value, unit", [
    ("بنزین با قیمت لیتری ۶۵ هزار ریال عرضه می‌شود.", "fa", 65_000, "IRR"),
    ("برای هر واحد روستایی وام ۱۵۰ میلیون تومانی پرداخت می‌شود.", "fa", 1_500_000_000, "IRR"),  # ten rials a toman
    ("هزینه انتخابات عراق ۴۱۲ میلیارد دینار برآورد شده است.", "fa", 412e9, "IQD"),
    ("دولت ارمنستان ۴.۲ میلیارد درام برای تعمیر تونل اختصاص داده است.", "fa", 4.2e9, "AMD"),
    ("یک سرویس خصوصی دمای محسوس را ۴۸ درجه اعلام کرد.", "fa", 48, "°C"),
    ("اجاره اکنون حدود دو سوم درآمد یک خانوار را می‌بلعد.", "fa", pytest.approx(200 / 3, abs=1e-3), "%"),
    ("ישראלים היוו כמעט שליש מהתיירים שהגיעו לקפריסין.", "he", pytest.approx(100 / 3, abs=1e-3), "%"),
    ("מזון היווה כמחצית מהמטען שנכנס.", "he", 50, "%"),
    ("יצוא האשלג של ירדן הסתכם ב-436.9 מיליון דינר.", "he", pytest.approx(436.9e6), "JOD"),
    ("המחיר הממוצע ללילה במלון בגאורגיה עמד על 231 לארי.", "he", 231, "GEL"),
])
def test_a_sum_or_share_of_the_persian_and_hebrew_press(text, lang, value, unit):
    (figure,) = figures(text, lang)
    assert (figure.value, figure.unit) == (value, unit)


def test_persians_rial_is_the_gulfs_where_the_page_names_its_country():
    (deficit, _) = figures("وزارت دارایی عربستان کسری بودجه را ۱۶۵ میلیارد ریال (۴۳ میلیارد دلار) برآورد کرد.", "fa")
    assert deficit.unit == "SAR"
    assert [f.unit for f in figures("در عدن ۲۲۱۰ ریال یمن و در صنعا همچنان ۵۳۵ ریال است.", "fa")] == ["YER", "YER"]
    state, lines, _ = judge(("وزارت دارایی عربستان کسری بودجه را ۱۶۵ میلیارد ریال برآورد کرد.", "fa", "2026-11-19"),
                            ("Saudi Arabia put this year's budget deficit at 165 billion riyals.", "en", "2026-11-18"))
    assert state == "consistent", lines


@pytest.mark.parametrize("text, period", [
    ("לפי ההסכם, ישראל התחייבה לאפשר כניסה של 600 משאיות ביום.", "daily"),
    ("משק בית ממוצע צורך כ-650 קוט\"ש בחודש.", "monthly"),
    # a day's or a month's name, a date or "last" after it makes it a time
    ("ביום רביעי נכנסו לרצועה 600 משאיות.", None),
    ("בחודש נובמבר נכנסו לרצועה 600 משאיות.", None),
    ("בשנה שעברה נכנסו לרצועה 600 משאיות.", None),
])
def test_hebrews_rate_a_day_or_a_month(text, period):
    (figure,) = figures(text, "he")
    assert figure.period == period
