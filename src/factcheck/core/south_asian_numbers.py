"""South Asia's numbers in words before a scale word, as its press writes sums and counts: "डेढ़ लाख
रुपये" (one and a half lakh), "ढाई करोड़" (two and a half crore), "साढ़े तीन लाख" and "সাড়ে ৩ লাখ" (three
and a half lakh), "सवा लाख" (a lakh and a quarter), "ڈیڑھ لاکھ", "তিন লাখ" (three lakh).

Each is given as a half is (``core.number_halves.half_spans``): (start, end, head, (scale start, scale
end)), the figure then read as one of the scale word, times the head. Digits alone before a scale word
("3 लाख") are read as digits are; only a fraction word before them ("साढ़े 3") is read here.
"""

from __future__ import annotations

import re
from functools import lru_cache

# fractions that are numbers of their own ("डेढ़": one and a half; "सवा लाख": a lakh and a quarter), and
# those that change the number after them ("साढ़े तीन": three and a half; "सवा": and a quarter; "पौने":
# less a quarter)
_ALONE = {
    "hi": {"डेढ़": 1.5, "डेढ": 1.5, "ढाई": 2.5, "सवा": 1.25},
    "ne": {"डेढ": 1.5, "डेढ़": 1.5, "अढाई": 2.5, "ढाई": 2.5, "सवा": 1.25},
    "mr": {"दीड": 1.5, "अडीच": 2.5, "सव्वा": 1.25}, "ur": {"ڈیڑھ": 1.5, "ڈھائی": 2.5, "سوا": 1.25},
    "bn": {"দেড়": 1.5, "আড়াই": 2.5, "সোয়া": 1.25}, "gu": {"દોઢ": 1.5, "અઢી": 2.5, "સવા": 1.25},
    "pa": {"ਡੇਢ": 1.5, "ਢਾਈ": 2.5, "ਸਵਾ": 1.25},
}
_CHANGES = {
    "hi": {"साढ़े": 0.5, "साढे": 0.5, "सवा": 0.25, "पौने": -0.25},
    "ne": {"साढे": 0.5, "साढ़े": 0.5, "सवा": 0.25, "पौने": -0.25},
    "mr": {"साडे": 0.5, "सव्वा": 0.25, "पावणे": -0.25}, "ur": {"ساڑھے": 0.5, "سوا": 0.25, "پونے": -0.25},
    "bn": {"সাড়ে": 0.5, "সোয়া": 0.25, "পৌনে": -0.25}, "gu": {"સાડા": 0.5, "સવા": 0.25, "પોણા": -0.25},
    "pa": {"ਸਾਢੇ": 0.5, "ਸਵਾ": 0.25, "ਪੌਣੇ": -0.25},
}
# the numbers the press writes in words before a scale word
_NUMBERS = {
    "hi": "एक दो तीन चार पांच|पाँच छह|छः सात आठ नौ दस", "ne": "एक दुई तीन चार पाँच|पांच छ सात आठ नौ दस",
    "mr": "एक दोन तीन चार पाच सहा सात आठ नऊ दहा", "ur": "ایک دو تین چار پانچ چھ سات آٹھ نو دس",
    "bn": "এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ", "gu": "એક બે ત્રણ ચાર પાંચ છ સાત આઠ નવ દસ",
    "pa": "ਇੱਕ ਦੋ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ ਦਸ",
}
_TENS = {"hi": {"बीस": 20, "पच्चीस": 25, "पचास": 50}, "ne": {"बीस": 20, "पच्चीस": 25, "पचास": 50},
         "mr": {"वीस": 20, "पंचवीस": 25, "पन्नास": 50}, "ur": {"بیس": 20, "پچیس": 25, "پچاس": 50},
         "bn": {"বিশ": 20, "পঁচিশ": 25, "পঞ্চাশ": 50}, "gu": {"વીસ": 20, "પચીસ": 25, "પચાસ": 50},
         "pa": {"ਵੀਹ": 20, "ਪੱਚੀ": 25, "ਪੰਜਾਹ": 50}}
_SCALES = {
    "hi": "हज़ार हजार लाख करोड़ करोड अरब", "ne": "हजार लाख करोड करोड़ अर्ब", "mr": "हजार लाख कोटी अब्ज",
    "ur": "ہزار لاکھ کروڑ ارب", "bn": "হাজার লাখ লক্ষ কোটি", "gu": "હજાર લાખ કરોડ", "pa": "ਹਜ਼ਾਰ ਹਜਾਰ ਲੱਖ ਕਰੋੜ",
}
LANGUAGES = frozenset(_SCALES)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=len(LANGUAGES))
def _compiled(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """The language's pattern, the groups after a scale word that make one number with it, and its
    number words' values."""
    numbers = {w: n for n, ws in enumerate(_NUMBERS[lang].split(), start=1) for w in ws.split("|")}
    numbers |= _TENS[lang]
    # (the words of these scripts end in vowel signs, which are no word characters: a space or the
    # sentence's edge bounds them)
    pattern = re.compile(
        rf"(?<!\S)(?:(?P<alone>{_alternation(_ALONE[lang])})"
        rf"|(?:(?P<change>{_alternation(_CHANGES[lang])})\s+)?(?P<n>\d+(?:\.\d+)?|{_alternation(numbers)}))"
        rf"\s+(?P<s>{_alternation(_SCALES[lang].split())})")
    groups_after = re.compile(rf"\s+\d+\s+(?:{_alternation(_SCALES[lang].split())})")
    return pattern, groups_after, numbers


def spans(text: str, lang: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, float, tuple[int, int]]]:
    """(start, end, head, (scale start, scale end)) of each number in words before a scale word in
    ``text[lo:hi]``, as ``half_spans`` gives them; not digits alone, which are read as digits."""
    if lang not in LANGUAGES:
        return []
    pattern, groups_after, numbers = _compiled(lang)
    out = []
    for m in pattern.finditer(text, lo, len(text) if hi is None else hi):
        if (after := pattern.match(text, m.end() + 1)) is not None and after.start() == m.end() + 1 \
                or groups_after.match(text, m.end()):
            continue  # "ایک ارب 43 کروڑ": one number in groups (``core.number_groups``)
        if m.group("alone"):
            head = _ALONE[lang][m.group("alone")]
        else:
            number, change = m.group("n"), m.group("change")
            if number[0].isdigit() and not change:
                continue
            head = float(number) if number[0].isdigit() else float(numbers[number])
            head += _CHANGES[lang][change] if change else 0.0
        out.append((m.start(), m.end(), head, m.span("s")))
    return out
