"""Shares written with a slash ("khoảng 3/4", "sekitar 1/3"), where "1/5" alone is a date, and the words
for "about" and for a bound in Vietnamese."""

from __future__ import annotations

import pytest

from factcheck.core.figures import read_figures
from tests.core.pairs import judged


def shares(text: str, lang: str) -> list[float]:
    return [round(f.value, 2) for f in read_figures(text, lang) if f.kind == "percent"]


@pytest.mark.parametrize("text, lang, value", [
    ("Khách đại trà hiện chiếm khoảng 3/4 tổng doanh thu của các nhà điều hành.", "vi", 75),
    ("Nhu cầu trang sức đã giảm gần 1/5 trong quý III do giá quá cao.", "vi", 20),
    ("Khoảng 1/3 số nhà này đã bị sập hoàn toàn.", "vi", 33.33),
    ("Nhu cầu vàng trang sức giảm gần 1/5, mức thấp nhất từ năm 2020.", "vi", 20),  # a comma after it
    ("Sekitar 1/3 warga Jakarta naik KRL setiap hari.", "id", 33.33),
    ("Lebih dari 1/2 ekspor dikirim ke China.", "id", 50),
])
def test_a_slash_after_about_or_a_bound_is_a_share(text, lang, value):
    assert shares(text, lang) == [value]


@pytest.mark.parametrize("text, lang", [
    ("Từ ngày 1/9 đến nay đã có 171 container bị giữ lại.", "vi"),  # the first of September
    ("Hingga Kamis (8/10), jumlah korban tewas mencapai 46 orang.", "id"),
    ("Từ 1/7, công dân thêm 12 nước được miễn thị thực.", "vi"),
])
def test_a_slash_that_is_a_date_is_no_share(text, lang):
    assert shares(text, lang) == []


def test_a_slash_share_agrees_with_the_share_in_words():
    state, lines = judged(("Nhu cầu trang sức tại Ấn Độ đã giảm gần 1/5 trong quý III.", "vi"),
                          ("Indiens Schmucknachfrage sank im dritten Quartal um fast ein Fünftel.", "de"))
    assert state == "consistent", lines


def test_vietnamese_about_makes_a_figure_approximate():
    (f,) = read_figures("Sản lượng đạt khoảng 21 GW vào giờ cao điểm.", "vi")
    assert f.approx and f.approx_word == "khoảng"
