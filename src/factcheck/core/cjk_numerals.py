"""Numbers written in Chinese characters, as the Chinese press writes round sums and counts:
"三千万元", "两百万个鸡蛋", "四千三百二十萬元", "一亿四千六百万" (146 million), "三点五亿美元".

A run of numeral characters is read only where it holds a hundred, a thousand or a larger unit
("百", "千", "万", "亿"): the press writes small counts so ("三人"), but also dates ("十一月二十日"),
ordinals ("第二十届") and names, which no figure is. The run's value is written in digits and what
follows it (a currency, a unit, a counter) is read as it is after digits.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.core.models import Figure

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"兆": 10**12, "亿": 10**8, "億": 10**8, "万": 10**4, "萬": 10**4}  # largest first
_RUN = re.compile("[%s%s%s点點]+" % ("".join(_DIGITS), "".join(_SMALL), "".join(_LARGE)))
# not a date's month or day, a time, a year, an ordinal ("第二十届"), nor a run inside a word of numerals
_NOT_AFTER = re.compile(r"[月日号號时時点點年岁歲届屆倍]")
_NOT_BEFORE = "第周週星礼禮初"
#: a numeral before a hundred or a larger unit: where a sentence may hold such a number
GATE = re.compile("[一二两兩三四五六七八九十][十百千万萬亿億]")


def _small(run: str) -> float | None:
    """A number below ten thousand ("四千三百二十", "十五", "一千零五", "三点五"), or None."""
    if "点" in run or "點" in run:
        whole, _, fraction = re.split("([点點])", run, maxsplit=1)
        if not fraction or any(ch not in _DIGITS for ch in fraction):
            return None
        head = _small(whole) if whole else 0
        return None if head is None else head + float("0." + "".join(str(_DIGITS[ch]) for ch in fraction))
    total, digit = 0, None
    for ch in run:
        if ch in _DIGITS:
            if digit and _DIGITS[ch]:
                return None  # "二三": no number ("一千零五": the zero holds a place)
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            total += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def value_of(run: str) -> float | None:
    """The value of a run of Chinese numerals ("一亿四千六百万": 146,000,000), or None."""
    for unit, size in _LARGE.items():
        if unit in run:
            head, _, rest = run.partition(unit)
            high = value_of(head) if head else None
            low = value_of(rest) if rest else 0
            return None if high is None or low is None else high * size + low
    return _small(run)


def read(text: str, lo: int, hi: int, taken: list[tuple[int, int]], read_digits) -> list[Figure]:
    """The figures written in Chinese numerals in ``text[lo:hi]``, not overlapping ``taken``;
    ``read_digits(text)`` reads the figures of a text (the run in digits and what follows it)."""
    out = []
    for m in _RUN.finditer(text, lo, hi):
        start, end = m.span()
        run = m.group()
        if not any(ch in _SMALL or ch in _LARGE for ch in run) or not any(ch in _DIGITS or ch == "十" for ch in run):
            continue
        if (value := value_of(run)) is None or value < 100 or _NOT_AFTER.match(text, end) \
                or text[start - 1:start] in _NOT_BEFORE or any(a < end and start < b for a, b in taken):
            continue
        digits = f"{value:.12g}" if value != int(value) else str(int(value))
        tail = text[end:min(hi, end + 12)]
        found = [f for f in read_digits(digits + tail) if f.start == 0]
        if not found:
            continue
        f = found[0]
        past = max(f.end - len(digits), 0)  # the words read after the digits: a currency, a unit
        out.append(replace(f, start=start, end=end + past, text=text[start:end + past], words=True))
    return out
