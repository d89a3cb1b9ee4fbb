"""Persian and Dari cardinals written in words ("پنجاه و هشت هزار و چهارصد تن", "چهارصد و دوازده میلیون
دلار", "چهل‌ویک و نیم تن"), found with their offsets for the figure reader.

No maintained parser reads them (``text2num`` and ``num2words`` have no Persian reader), and the
grammar is small: a unit, a teen, a ten, a hundred ("دویست", "چهارصد"), each part joined by "و" (a
word of its own, or glued after a zero-width non-joiner: "چهل‌ویک"), groups of them each with its scale
word ("هزار", "میلیون") joined by "و" too, and "و نیم" for a half. A number of one group before its
scale word ends at the number, so that the figure reader reads the scale word as it does after
digits ("دو و نیم میلیارد" is 2.5, then a billion); a number of several groups ("پنجاه و هشت هزار و
چهارصد") is read whole, its scale words in it.

Not read: one alone ("یک" is "a"), nine alone ("نه" is "no") unless a scale word follows, a number
glued to another word after a non-joiner ("سه‌شنبه", Tuesday), or before an ordinal ("دو سوم", two
thirds: a fraction).

Spans have the shape of ``number_words.number_spans``: (start, end, value, head_end, head_value).
"""

from __future__ import annotations

import re

_WORDS = {1: "یک", 2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش شیش", 7: "هفت", 8: "هشت", 9: "نه",
          10: "ده", 11: "یازده", 12: "دوازده", 13: "سیزده", 14: "چهارده", 15: "پانزده پونزده", 16: "شانزده",
          17: "هفده هیفده", 18: "هجده هیجده هژده", 19: "نوزده", 20: "بیست", 30: "سی", 40: "چهل",
          50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود", 100: "صد یکصد", 200: "دویست",
          300: "سیصد", 400: "چهارصد", 500: "پانصد", 600: "ششصد", 700: "هفتصد", 800: "هشتصد", 900: "نهصد"}
WORDS = {word: value for value, words in _WORDS.items() for word in words.split()}
FEW = {words.split()[0]: value for value, words in _WORDS.items() if 2 <= value <= 9}  # "دو" ... "نه", as written
SCALES = {"هزار": 10**3, "میلیون": 10**6, "ملیون": 10**6, "میلیارد": 10**9, "ملیارد": 10**9, "تریلیون": 10**12}
_HALF = "نیم"
_ALONE_ONLY_BEFORE_A_SCALE = frozenset({"یک", "نه"})
_ORDINAL = re.compile(r"(?:سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|صدم)$")  # "دو سوم", two thirds

_WORD = re.compile(r"[^\W\d_]+")
_DIGITS_AFTER = re.compile(r"\s+و\s*\d")
_ZWNJ = "\u200c"
_LETTERS = str.maketrans("يكى", "یکی")  # Arabic yeh and kaf, as Afghan and older Iranian text types them
# the cheap test: a word that begins as a number word does
GATE = re.compile(r"(?<![^\W\d_])و?(?:دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|بیست|سی|چهل|شصت|هفتاد|هشتاد|نود|"
                  r"یازده|دوازده|سیزده|پانزده|شانزده|هفده|هجده|هیجده|نوزده|صد|دویست|سیصد|پانصد)")


def number_spans(text: str, lo: int = 0, hi: int | None = None) -> list[tuple]:
    """(start, end, value, head_end, head_value) of each Persian number in words in ``text[lo:hi]``."""
    words = [(m.start(), m.end(), m.group().translate(_LETTERS))
             for m in _WORD.finditer(text, lo, len(text) if hi is None else hi)]
    spans, i = [], 0
    while i < len(words):
        found = _number_at(text, words, i)
        if found is None:
            i += 1
            continue
        spans.append(found[1:])
        i = found[0]
    return spans


def _next_to(text: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether ``words[k]`` follows ``words[k - 1]`` with only spaces or a non-joiner between."""
    return k < len(words) and text[words[k - 1][1]:words[k][0]] in (" ", _ZWNJ, "\u00a0")


def _next_part(text: str, words: list[tuple[int, int, str]], k: int) -> tuple[int, str] | None:
    """(index, word) of the part of a number that may follow ``words[k - 1]``: a scale word right
    after it, or a part after "و", a word of its own ("پنجاه و هشت") or glued ("چهل‌ویک"); else None."""
    if not _next_to(text, words, k):
        return None
    word = words[k][2]
    if word in SCALES:
        return k, word
    if word == "و" and _next_to(text, words, k + 1):
        return k + 1, words[k + 1][2]
    if word.startswith("و") and len(word) > 1:
        return k, word[1:]
    if text[words[k - 1][1]:words[k][0]] == _ZWNJ:
        return k, ""  # "سه‌شنبه" (Tuesday), "یک‌سوم": one word with the number in it
    return None


def _number_at(text: str, words: list[tuple[int, int, str]], i: int) -> tuple | None:
    """(index after, start, end, value, head end, head value) of the number starting at ``words[i]``; its
    head is the number before its scale word where it is one group and its scale ("دو و نیم" of "دو و
    نیم میلیارد"), else the whole."""
    start, _, word = words[i]
    if word not in WORDS or text[start - 1:start] == _ZWNJ:
        return None  # "بی‌بی‌سی": the "سی" of the BBC
    total, group, k, after, head = 0.0, 0.0, i, i, None
    last = None  # the value of the last part read, to keep its order (a hundred, a ten, a unit)
    while True:
        if word in WORDS and (last is None or _follows(last, WORDS[word])):
            group, last = group + WORDS[word], WORDS[word]
        elif word == _HALF and last is not None and group:
            group, last = group + 0.5, 0.5  # "دو و نیم میلیون", "چهل‌ویک و نیم تن"
        elif word in SCALES and group and SCALES[word] > group and (not total or SCALES[word] < total):
            if head is None:
                head = (words[after - 1][1], group)  # a number of one group ends before its scale word
            total, group, last = total + group * SCALES[word], 0.0, None
        elif word == "" and after == i + 1:
            return None  # a compound word
        else:
            break
        after = k + 1
        if (nxt := _next_part(text, words, after)) is None:
            break
        k, word = nxt
    value, end = total + group, words[after - 1][1]
    if not group and _DIGITS_AFTER.match(text, end):
        return None  # "دو میلیون و ۶۷۳ هزار": the first group of digits' number (``number_groups``)
    if group or head is None or total != head[1] * SCALES[words[after - 1][2]]:
        head = (end, value)  # not one group and its scale word (whose scale the reader reads): the whole
    one_word = after == i + 1
    if one_word and words[i][2] in _ALONE_ONLY_BEFORE_A_SCALE:
        return None  # "یک" alone is "a", "نه" "no"; before a scale word it is read with it
    if one_word and after < len(words) and _ORDINAL.search(words[after][2]):
        return None  # "دو سوم": two thirds
    value, head_value = (int(x) if x == int(x) else x for x in (value, head[1]))
    return (after, start, end, value, head[0], head_value) if value > 1 else None


def _follows(before: float, value: int) -> bool:
    """Whether a part of ``value`` may follow one of ``before`` in one group: a ten or a unit after a
    hundred, a unit after a ten ("سیصد و بیست و پنج", 325)."""
    if before >= 100:
        return value < 100
    return 20 <= before < 100 and before % 10 == 0 and value < 10
