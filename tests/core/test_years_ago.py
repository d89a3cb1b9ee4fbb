"""Years said as so many years before the article's date."""

from __future__ import annotations

import pytest

from factcheck.core.signature import build_signature
from tests.core.pairs import judged


@pytest.mark.parametrize("text, lang, year", [
    ("Der Brückenzug wurde zuletzt vor 17 Jahren saniert.", "de", 2009),
    ("Edellinen kuolemaan johtanut onnettomuus sattui seitsemän vuotta sitten.", "fi", 2019),
    ("Poslednji veliki popravak bio je pre dve godine.", "sr", 2024),
    ("Fartyget gick på grund för fem år sedan.", "sv", 2021),
    ("La dernière grande crue remonte à il y a 58 ans.", "fr", 1968),
    ("The plant was last inspected two years ago.", "en", 2024),
])
def test_so_many_years_ago_is_a_year_and_no_count(text, lang, year):
    signature = build_signature(text, lang, date="2026-11-18")
    assert signature.years == {year} and not signature.quantities


def test_an_undated_page_and_a_single_year_ago_name_no_year():
    assert not build_signature("Der Brückenzug wurde vor 17 Jahren saniert.", "de").years
    assert not build_signature("Prices were 4% lower a year ago.", "en", date="2026-11-18").years


def test_years_ago_agree_with_the_year_and_conflict_with_another():
    state, lines = judged(("Fartyget gick på grund för fem år sedan.", "sv"),
                          ("La nave si era già incagliata nel 2021.", "it"))
    assert state == "consistent" and "year 2021 both (the same year)" in lines
    state, _ = judged(("Edellinen kuolemaan johtanut onnettomuus sattui seitsemän vuotta sitten.", "fi"),
                      ("Poprzedni śmiertelny wypadek w kopalni miał miejsce w 2016 r.", "pl"))
    assert state == "conflict"
