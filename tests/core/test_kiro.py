"""Japanese "キロ", a kilometre or a kilogram as its clause says, and a plain number where nothing says."""

from __future__ import annotations

import pytest

from factcheck.core.signature import build_signature
from tests.core.pairs import judged


def _units(text: str) -> dict[str, str | None]:
    return {f.text: f.unit for f in build_signature(text, "ja").quantities}


@pytest.mark.parametrize("text, figure, unit", [
    ("震源の深さは約48キロと推定されている。", "48キロ", "km"),  # a depth
    ("新しい橋は全長12.4キロで、来年開通する。", "12.4キロ", "km"),  # a length
    ("現場は港の南西およそ35キロの沖合だった。", "35キロ", "km"),  # a bearing
    ("事故は市中心部から8キロ離れた地点で起きた。", "8キロ", "km"),  # a distance
    ("原発から20キロ圏内の住民に避難を指示した。", "20キロ", "km"),  # a radius, said after
    ("税関は覚醒剤47キロを押収したと発表した。", "47キロ", "kg"),  # a seizure, said before
    ("空港でコカイン12キロが押収された。", "12キロ", "kg"),
    ("収穫したコメは1袋30キロで出荷される。", "30キロ", "kg"),  # a bag of so much
    ("今年の輸出量は約640キロにとどまった。", "640キロ", "kg"),  # an amount shipped
    ("修理船は約57キロのケーブルを交換した。", "57キロ", "km"),  # a cable's length, said after
    ("国境ではトラックの列が42キロに達している。", "42キロ", "km"),  # a queue
    ("新駅は市中心部から東へ約40キロに位置する。", "40キロ", "km"),
    ("成田行きのスーツケースから312キロが見つかった。", "312キロ", "kg"),  # what was found
    ("ジンバブエでは今年、3億1000万キロが販売された。", "3億1000万キロ", "kg"),  # what was sold
    ("主食のコメ1袋（約48キロ）が値上がりした。", "48キロ", "kg"),  # a bag, its weight in parentheses
    ("トマト25ポンド（約11.3キロ）入りの箱。", "11.3キロ", "kg"),  # pounds converted
    ("路線は全長30マイル（約48キロ）に及ぶ。", "48キロ", "km"),  # miles converted
])
def test_kiro_is_a_kilometre_or_a_kilogram_as_its_clause_says(text, figure, unit):
    assert _units(text)[figure] == unit


def test_the_first_of_two_weights_takes_the_words_after_the_last():
    units = _units("警察は銀210キロと金6.5キロを押収した。")
    assert units["210キロ"] == units["6.5キロ"] == "kg"


@pytest.mark.parametrize("text", [
    "記録は5キロだった。",  # nothing says what was measured
    "発電能力は300キロワットに達する。",  # a longer unit word, read as such elsewhere
])
def test_kiro_that_nothing_explains_stays_a_plain_number(text):
    assert all(unit not in ("km", "kg") for unit in _units(text).values())


def test_a_depth_in_kiro_agrees_with_kilometres_and_a_seizure_with_kilograms():
    state, _ = judged(("The quake struck at a depth of 48 kilometres.", "en"), ("震源の深さは約48キロ。", "ja"))
    assert state == "consistent"
    state, lines = judged(("Zöllner stellten 47 Kilogramm Kokain sicher.", "de"), ("税関はコカイン74キロを押収した。", "ja"))
    assert state == "conflict", lines
