"""Halves and quarters before a scale word, as outlets write round sums: "half a billion",
"two and a half million", "halvanden milliard", "eine halbe Milliarde", "anderthalb Milliarden",
"un milliard et demi", "dos millones y medio", "mezzo miliardo", "1½ million".

``text2num`` reads whole numbers only, so these are matched here, per language, as a number
(``text2num``'s words, digits, or none) joined to a half or a quarter and a scale word of CLDR
(the quantity reader's own list, so "milliard" and a Danish "billion" mean what they mean there).

    >>> [(text[s:e], head, text[a:b]) for text in ["It cost half a billion dollars."]
    ...  for s, e, head, (a, b) in half_spans(text, "en")]
    [('half a billion', 0.5, 'billion')]

Each span is (start, end, head, (scale start, scale end)): the figure is ``head`` times the scale
word. In French, Spanish, Portuguese and Italian the half follows the scale word ("un milliard
et demi"), so the scale word is not always at the end of the span.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.core.number_words import LANGUAGES as TEXT2NUM_LANGUAGES
from factcheck.core.number_words import number_word_alternation

N, S = "{n}", "{s}"
# (template, what it adds to the number in {n}); a template without {n} stands for its constant.
# {n} is a number in words or digits, {s} a scale word; a space stands for spaces (or a hyphen),
# "_" for an optional one.
_TEMPLATES: dict[str, list[tuple[str, float]]] = {
    "en": [(f"{N} and a half {S}", 0.5), (f"half an? {S}", 0.5), (f"a quarter of an? {S}", 0.25),
           (f"three quarters of an? {S}", 0.75)],
    "da": [(f"{N} og en halv {S}", 0.5), (f"en halv {S}", 0.5), (f"halvanden {S}", 1.5),
           (f"en kvart {S}", 0.25)],
    "no": [(f"{N} og en halv {S}", 0.5), (f"en halv {S}", 0.5), (f"halvannen {S}", 1.5)],
    "sv": [(f"{N} och en halv {S}", 0.5), (f"en och en halv {S}", 1.5), (f"en halv {S}", 0.5),
           (f"halvannan {S}", 1.5)],
    "de": [(f"(?:eine|einer|einen|einem) halben? {S}", 0.5), (f"(?:anderthalb|eineinhalb) {S}", 1.5),
           (f"(?P<glued>{N})einhalb {S}", 0.5)],  # "zweieinhalb": the number is glued on
    "nl": [(f"een (?:half|halve) {S}", 0.5), (f"(?:anderhalf|anderhalve) {S}", 1.5),
           (f"(?P<glued>{N})(?:ë|e)n_(?:half|halve) {S}", 0.5)],  # "tweeënhalf", "vijfenhalf"
    "fr": [(f"(?:un |une )?demi {S}", 0.5), (f"{N} {S} et demie?", 0.5)],
    "es": [(f"medio {S}", 0.5), (f"{N} {S} y medio", 0.5)],
    "pt": [(f"meio {S}", 0.5), (f"{N} {S} e meio", 0.5)],
    "it": [(f"mezzo {S}", 0.5), (f"{N} {S} e mezzo", 0.5)],
}
_TEMPLATES["nb"] = _TEMPLATES["no"]

# Swedish and Norwegian numbers are not read by ``text2num``: the few that stand before "och en
# halv"/"og en halv" with a scale word.
_SMALL = {
    "sv": {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
           "nio": 9, "tio": 10},
    "no": {"en": 1, "ett": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7,
           "åtte": 8, "ni": 9, "ti": 10},
}
_SMALL["nb"] = _SMALL["no"]

_DIGITS = r"[0-9]{1,3}"
_VULGAR = re.compile(r"(?<![\w.,])(?P<n>[0-9]{1,3})?[ \u00a0]?½[ \u00a0]?")


def _scale_forms(lang: str) -> list[str]:
    from factcheck.core.numbers import scale_words

    # whole words only ("million", "mil millones"): an abbreviation after "half a" is not written
    return sorted({" ".join(w.lower().split()) for w in scale_words(lang)
                   if len(w) >= 4 and all(part.isalpha() for part in w.split()) and scale_words(lang)[w] >= 1000},
                  key=len, reverse=True)


@lru_cache(maxsize=32)
def _compiled(lang: str) -> tuple[re.Pattern[str] | None, list[float], re.Pattern[str] | None]:
    """(one pattern of every template, each alternative's added value; the scale-word pattern
    for "1½ million"), on lower-cased text."""
    forms = _scale_forms(lang)
    if not forms:
        return None, [], None
    scale = "(?:" + "|".join(re.escape(f).replace(r"\ ", " +") for f in forms) + ")"
    vulgar = re.compile(rf"(?P<s>{scale})(?![\w-])")
    templates = _TEMPLATES.get(lang)
    if not templates:
        return None, [], vulgar
    if lang in TEXT2NUM_LANGUAGES:
        words = number_word_alternation(lang)
        number = rf"{_DIGITS}|(?:{words})(?:[ -](?:{words}))*"
        glued = rf"(?:{words})"
    else:
        number = "|".join(sorted(_SMALL.get(lang, {}), key=len, reverse=True)) or "(?!x)x"
        glued = number
    alternatives = []
    for n, (template, _) in enumerate(templates):
        body = template.replace(" ", "[ -]+").replace("_", "[ -]*")
        if "(?P<glued>" in body:
            body = body.replace(f"(?P<glued>{N})", f"(?P<n{n}>{glued})")
        body = body.replace(N, f"(?P<n{n}>{number})").replace(S, f"(?P<s{n}>{scale})")
        alternatives.append(f"(?P<t{n}>{body})")
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")(?![\w-])")
    return pattern, [add for _, add in templates], vulgar


def _number(words: str, lang: str) -> float | None:
    words = " ".join(words.replace("-", " ").split())
    if words.isdigit():
        return float(words)
    small = _SMALL.get(lang)
    if small is not None:
        return small.get(words)
    from text_to_num import text2num  # lazily, as number_words does

    try:
        return float(text2num(words, lang))
    except ValueError:
        try:  # "twenty-two": text2num wants the hyphen
            return float(text2num(words.replace(" ", "-"), lang))
        except ValueError:
            return None


def trigger(lang: str) -> str | None:
    """A regex (for lower-cased text) of the scale words that halves need: part of the cheap
    gate, for languages whose number words alone do not wake it ("demi-milliard", Swedish)."""
    forms = _scale_forms(lang)
    if not forms or (lang not in _TEMPLATES):
        return None
    return r"(?<!\w)(?:" + "|".join(re.escape(f).replace(r"\ ", " +") for f in forms) + r")(?!\w)"


def half_spans(text: str, lang: str, lo: int = 0, hi: int | None = None):
    """(start, end, head, (scale start, scale end)) of each half or quarter before or after a
    scale word in ``text[lo:hi]``."""
    hi = len(text) if hi is None else hi
    lowered = text.lower()
    if len(lowered) != len(text):
        return []
    pattern, adds, vulgar = _compiled(lang)
    forms = frozenset(_scale_forms(lang))
    out = []
    if pattern is not None:
        for m in pattern.finditer(lowered, lo, hi):
            n = next(k for k in range(len(adds)) if m.group(f"t{k}") is not None)
            head = adds[n]
            if f"n{n}" in pattern.groupindex and m.group(f"n{n}") is not None:
                number = _number(m.group(f"n{n}"), lang)
                if number is None or number < 1:
                    continue
                a, b = m.span(f"s{n}")
                if f"{m.group(f'n{n}').split()[-1]} {lowered[a:b]}" in forms:
                    continue  # "mil millones y medio": "mil" belongs to the scale word
                head += number
            out.append((m.start(), m.end(), head, m.span(f"s{n}")))
    if vulgar is not None and "½" in text[lo:hi]:
        for m in _VULGAR.finditer(lowered, lo, hi):
            scale = vulgar.match(lowered, m.end(), hi)
            if scale is None:
                continue
            head = 0.5 + (float(m.group("n")) if m.group("n") else 0.0)
            if not any(a < scale.end() and m.start() < b for a, b, _, _ in out):
                out.append((m.start(), scale.end(), head, scale.span("s")))
    return sorted(out)
