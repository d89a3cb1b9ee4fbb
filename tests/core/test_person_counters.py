"""Persian's "تن": a person in a count of people, a tonne elsewhere."""

from __future__ import annotations

import pytest

from factcheck.core.figures import read_figures


@pytest.mark.parametrize("text, unit", [
    ("شمار کشته‌شدگان زلزله به ۳۹۴ تن رسیده است.", None),  # the toll reached 394 people
    ("۱۸۶۰ تن دیگر نیز زخمی شده‌اند.", None),  # 1,860 more were injured
    ("در این حادثه ۱۲ تن کشته شدند.", None),
    ("۲۷۰ تن مواد کمکی برای زلزله‌زدگان و مجروحان فرستاده شد.", "t"),  # 270 tonnes of aid for the injured
    ("قزاقستان ۳٫۲ میلیون تن غلات صادر کرده است.", "t"),  # no people: tonnes of grain
])
def test_a_persian_count_in_tan_is_of_people_where_its_sentence_speaks_of_them(text, unit):
    (figure,) = read_figures(text, "fa")
    assert figure.unit == unit
