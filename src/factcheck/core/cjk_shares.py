"""Shares as Chinese, Japanese and Korean write them, in digits or in numerals, as percent figures.

* tenths: "近两成" (nearly two tenths, 20 %), "4成", "八成五" (85 %), "三割", "3割5分" (35 %);
* a part of a whole, the whole first: "三分之二", "五分之一", "3分の1", "三分の一", "3분의 2";
* hundredths and thousandths in words: "百分之三十" (30 %), "百分之七点五", "百分之7.5", "千分之三" (0.3 %);
* a half: Korean "절반".

Not the words 成 begins ("成功", "成为", "成本"), nor minutes ("5分の遅れ").
"""

from __future__ import annotations

import re

from factcheck.core.models import Figure

LANGUAGES = frozenset({"zh", "ja", "ko"})

_ONES = "一二两三四五六七八九"
_DIGIT_OF = {w: n for n, ws in enumerate(("〇零", "一", "二两", "三", "四", "五", "六", "七", "八", "九")) for w in ws}
# a count up to ninety-nine in numerals ("三", "十", "十五", "二十", "二十五"), or in digits
_COUNT = rf"\d{{1,3}}|[{_ONES}]?十[{_ONES}]?|[{_ONES}]"
_NOT_AFTER = rf"(?<![\d{_ONES}十百千万億亿.,])"

_TENTHS = {
    # not the words 成 begins ("成功", "成为", "成本", "成员", "成都")
    "zh": re.compile(rf"{_NOT_AFTER}([1-9]|[{_ONES}])成(?![功为立本员交长年熟果绩就效都人品型份分不])"
                     rf"(?:([1-9]|[{_ONES}])(?![\d{_ONES}十百千万亿个家人名]))?"),
    "ja": re.compile(rf"{_NOT_AFTER}([1-9]|[{_ONES}])割(?:([1-9]|[{_ONES}])分)?"),
}
_PART_OF = re.compile(rf"{_NOT_AFTER}({_COUNT})(?:分之|分の|분의\s?)({_COUNT})(?![\d{_ONES}十百千万亿])")
_AMOUNT = rf"\d+(?:\.\d+)?|(?:一百|[{_ONES}]?十[{_ONES}]?|[{_ONES}])(?:[点點][〇零{_ONES}]+)?"
_HUNDREDTHS = re.compile(rf"([百千])分之({_AMOUNT})(?![\d{_ONES}十百千万亿])")
_HALF = {"ko": re.compile(r"절반")}

#: what may hold one of these shares: the cheap test for a sentence without digits
GATE = re.compile(rf"[1-9{_ONES}][成割]|分之|分の|분의|절반")


def _count(word: str) -> float:
    """The value of a count in digits or numerals ("25", "二十五", "十", "七点五")."""
    whole, _, decimals = word.replace("點", "点").partition("点")
    if whole[0].isdigit():
        value = float(whole)
    elif whole == "一百":
        value = 100.0
    elif "十" in whole:
        tens, _, ones = whole.partition("十")
        value = float(10 * (_DIGIT_OF[tens] if tens else 1) + (_DIGIT_OF[ones] if ones else 0))
    else:
        value = float(_DIGIT_OF[whole])
    if decimals:
        digits = decimals if decimals.isdigit() else "".join(str(_DIGIT_OF[d]) for d in decimals)
        value += int(digits) / 10 ** len(digits)
    return value


def _share(m: re.Match[str], value: float) -> Figure:
    return Figure("percent", m.start(), m.end(), round(value, 4), "%", text=m.group(), words=True)


def cjk_shares(text: str, lang: str, lo: int, hi: int) -> list[Figure]:
    """The shares of ``text[lo:hi]`` as ``lang`` (Chinese, Japanese or Korean) writes them, in percent."""
    out = []
    if (tenths := _TENTHS.get(lang)) is not None:
        # a share in tenths is a rounding, as "nine in ten" is: "近九成" is 89 %
        out += [_share(m, 10 * _count(m.group(1)) + (_count(m.group(2)) if m.group(2) else 0))
                for m in tenths.finditer(text, lo, hi)]
    for m in _HUNDREDTHS.finditer(text, lo, hi):
        out.append(_share(m, _count(m.group(2)) / (1 if m.group(1) == "百" else 10)))
    for m in _PART_OF.finditer(text, lo, hi):
        whole, part = _count(m.group(1)), _count(m.group(2))
        if 0 < part <= whole and not any(f.start < m.end() and m.start() < f.end for f in out):
            out.append(_share(m, 100 * part / whole))
    if (half := _HALF.get(lang)) is not None:
        out += [_share(m, 50.0) for m in half.finditer(text, lo, hi)]
    return sorted(out, key=lambda f: f.start)
