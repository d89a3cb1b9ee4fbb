"""The first months of the year a figure is of, however many: "in the first ten months", "in den
ersten zehn Monaten", "dix premiers mois", "los primeros 10 meses", "前10个月", "ilk on ayında",
"10 bulan pertama", "за первые десять месяцев".

Exports "of 5,830 tonnes in the first ten months" are not "5.830 toneladas el mes pasado": an outlet
that gives the year so far for one month (or for nine) has slipped, where the same amount in other
months' words is no coincidence (``core.consistency``). Nine months and the first half, which the
press writes with no "first" as often, are ``core.quarters``' own; here "first" (or its place in the
phrase) must be written, since "ten months" alone is as often a duration ("a ten-month delay").
"""

from __future__ import annotations

import re

# Two to twelve in words, as they stand after "first" (Polish, Czech and Russian in the genitive
# that phrase takes)
_NUMBERS: dict[int, tuple[str, ...]] = {
    2: ("two", "zwei", "deux", "dos", "due", "dois", "twee", "to", "två", "dwóch", "dvou", "двух", "два", "dua", "iki"),
    3: ("three", "drei", "trois", "tres", "tre", "três", "drie", "trzech", "tří", "трёх", "трех", "три", "tiga", "üç"),
    4: ("four", "vier", "quatre", "cuatro", "quattro", "quatro", "fire", "fyra", "czterech", "čtyř", "четырёх",
        "четырех", "четыре", "empat", "dört"),
    5: ("five", "fünf", "cinq", "cinco", "cinque", "vijf", "fem", "pięciu", "pěti", "пяти", "пять", "lima", "beş"),
    6: ("six", "sechs", "seis", "sei", "zes", "seks", "sex", "sześciu", "šesti", "шести", "шесть", "enam", "altı"),
    7: ("seven", "sieben", "sept", "siete", "sette", "sete", "zeven", "syv", "sju", "siedmiu", "sedmi", "семи",
        "семь", "tujuh", "yedi"),
    8: ("eight", "acht", "huit", "ocho", "otto", "oito", "otte", "åtte", "åtta", "ośmiu", "osmi", "восьми",
        "восемь", "delapan", "lapan", "sekiz"),
    10: ("ten", "zehn", "dix", "diez", "dieci", "dez", "tien", "ti", "tio", "dziesięciu", "deseti", "десяти",
         "десять", "sepuluh", "on"),
    11: ("eleven", "elf", "onze", "once", "undici", "elleve", "elva", "jedenastu", "jedenácti", "одиннадцати",
         "одиннадцать", "sebelas", "on bir"),
}
_WORD_VALUE = {word: n for n, words in _NUMBERS.items() for word in words}
# Arabic counts the months after their noun, with the article: "الأشهر العشرة الأولى", the first ten months
_ARABIC = {"الثلاثة": 3, "الأربعة": 4, "الخمسة": 5, "الستة": 6, "السبعة": 7, "الثمانية": 8, "التسعة": 9,
           "العشرة": 10}
_N = r"\d{1,2}|" + "|".join(sorted(map(re.escape, _WORD_VALUE), key=len, reverse=True))
_FIRST = (r"first|ersten|primeros|primeras|primi|primeiros|eerste|første|första|pierwszych|prvních|первые|первых|"
          r"ilk|πρώτους|πρώτων")
_MONTHS = r"months|monaten?|monate|meses|mesi|maanden|måneder|månader|miesięcy|měsíců|месяцев|месяца|ay\w*|μήνες|μηνών"
_PATTERN = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_FIRST})\s+(?P<n>{_N})\s+(?:{_MONTHS})"  # "first ten months", "ilk on ayında"
    # "dix premiers mois", "10 bulan pertama", "۹ ماه نخست", "10 tháng đầu năm"
    rf"|(?P<n2>{_N})\s+(?:premiers\s+mois|bulan\s+pertama|ماهه?\s+(?:نخست|اول)|tháng\s+đầu)"
    rf"|(?:الأشهر|الشهور)\s+(?P<ar>{'|'.join(_ARABIC)})\s+الأولى)(?![^\W\d_])"  # "الأشهر العشرة الأولى"
    rf"|前\s*(?P<zh>\d{{1,2}}|[二三四五六七八]|十一?)\s*个?月",  # "前10个月", "前十个月"
    re.IGNORECASE)
# a piece of every phrase above, lower-cased: the cheap test first
STEMS = ("month", "monat", "mois", "mes", "maand", "måned", "månad", "miesi", "měsí", "месяц", " ay", "μήν", "bulan",
         "ماه", "الأشهر", "الشهور", "tháng", "月")
_ZH = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "十": 10, "十一": 11}


def first_months(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, int]]:
    """(start, end, n) of each "first n months" in ``text[lo:hi]``, n from 2 to 11 (nine as most
    languages write it in words is ``core.quarters``')."""
    out = []
    for m in _PATTERN.finditer(text, lo, len(text) if hi is None else hi):
        if m.group("ar"):
            out.append((m.start(), m.end(), _ARABIC[m.group("ar")]))
            continue
        word = (m.group("n") or m.group("n2") or m.group("zh")).lower()
        n = int(word) if word.isdigit() else _ZH.get(word) or _WORD_VALUE.get(" ".join(word.split()), 0)
        if 2 <= n <= 11:
            out.append((m.start(), m.end(), n))
    return out
