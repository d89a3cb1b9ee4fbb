"""Sums and counts the Chinese press writes in Chinese numerals ("三千万元", "四千三百二十萬元")."""

from __future__ import annotations

import pytest

from factcheck.core.cjk_numerals import value_of
from factcheck.core.signature import build_signature
from tests.core.pairs import judged


@pytest.mark.parametrize("run, value", [
    ("三千万", 30_000_000), ("两百万", 2_000_000), ("四千三百二十萬", 43_200_000), ("一亿四千六百万", 146_000_000),
    ("三点五亿", 350_000_000), ("一千零五", 1005), ("十五万", 150_000), ("一万亿", 10**12), ("二三", None),
])
def test_the_value_of_a_run_of_numerals(run, value):
    assert value_of(run) == value


def read(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in build_signature(text, "zh", date="2026-11-20").quantities]


def test_a_sum_or_a_count_in_numerals_is_read_with_what_follows_it():
    assert read("全案补贴经费为三千万元，共两百万个鸡蛋。") == [("三千万元", 30_000_000, "CNY"), ("两百万", 2_000_000, None)]
    assert read("总额一亿四千六百万美元。") == [("一亿四千六百万美元", 146_000_000, "USD")]


def test_dates_ordinals_small_counts_and_idioms_are_no_such_figures():
    assert read("十一月二十日，第二十届会议开幕，三人出席。千万不要相信百万富翁。") == []


def test_numerals_meet_digits():
    state, lines = judged(("台湾农业部将拨出四千三百二十万元补贴进口商。", "zh"), ("农业部补贴经费为4320万元。", "zh"))
    assert state == "consistent", lines
