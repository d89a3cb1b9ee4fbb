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
from factcheck.core.number_words import WORD_START, number_word_alternation
from factcheck.core.periods import phrase_trie

N, S = "{n}", "{s}"
# (template, what it adds to the number in {n}); a template without {n} stands for its constant.
# {n} is a number in words or digits, {s} a scale word; a space stands for spaces (or a hyphen),
# "_" for an optional one.
_TEMPLATES: dict[str, list[tuple[str, float]]] = {
    "en": [(f"{N} and a half {S}", 0.5), (f"half an? {S}", 0.5), (f"a quarter of an? {S}", 0.25),
           (f"three quarters of an? {S}", 0.75), (f"an? {S} and a half", 1.5)],
    "da": [(f"{N} og en halv {S}", 0.5), (f"en halv {S}", 0.5), (f"halvanden {S}", 1.5),
           (f"en kvart {S}", 0.25)],
    # Swedish and Norwegian whole numbers before a scale word too ("två miljarder"): text2num
    # reads neither language
    "no": [(f"{N} og en halv {S}", 0.5), (f"en halv {S}", 0.5), (f"halvannen {S}", 1.5), (f"en kvart {S}", 0.25),
           (f"{N} {S}", 0)],
    "sv": [(f"{N} och en halv {S}", 0.5), (f"en och en halv {S}", 1.5), (f"en halv {S}", 0.5),
           (f"halvannan {S}", 1.5), (f"en kvarts {S}", 0.25), (f"{N} {S}", 0)],
    "de": [(f"(?:eine|einer|einen|einem) halben? {S}", 0.5), (f"(?:anderthalb|eineinhalb) {S}", 1.5),
           (f"(?P<glued>{N})einhalb {S}", 0.5),  # "zweieinhalb": the number is glued on
           (f"(?:eine |einer )?viertel_{S}", 0.25), (f"(?:eine |einer )?dreiviertel_{S}", 0.75)],
    "nl": [(f"een (?:half|halve) {S}", 0.5), (f"(?:anderhalf|anderhalve) {S}", 1.5),
           (f"(?P<glued>{N})(?:ë|e)n_(?:half|halve) {S}", 0.5),  # "tweeënhalf", "vijfenhalf"
           (f"een kwart_{S}", 0.25)],
    "fr": [(f"(?:un |une )?demi {S}", 0.5), (f"{N} {S} et demie?", 0.5), (f"(?:un )?quart de {S}", 0.25),
           (f"trois quarts de {S}", 0.75), (f"{S} et demi", 1.5)],
    # and the scale word alone before its half ("roza el millón y medio", "a million and a half")
    "es": [(f"medio {S}", 0.5), (f"{N} {S} y medio", 0.5), (f"(?:un )?cuarto de {S}", 0.25), (f"{S} y medio", 1.5)],
    "pt": [(f"meio {S}", 0.5), (f"{N} {S} e meio", 0.5), (f"(?:um )?quarto de {S}", 0.25), (f"{S} e meio", 1.5)],
    "it": [(f"mezzo {S}", 0.5), (f"{N} {S} e mezzo", 0.5), (f"(?:un )?quarto di {S}", 0.25), (f"{S} e mezzo", 1.5)],
}
# Where text2num reads no number words: a half, and one and a half, before a scale word ("pół
# miliarda", "másfél millió tonna", "puolitoista miljoonaa", "bir buçuk milyar", "ενάμισι εκατομμύριο")
_TEMPLATES |= {
    "pl": [(f"pół {S}", 0.5), (f"półtor(?:a|ej) {S}", 1.5), (f"ćwierć {S}", 0.25)],
    "cs": [(f"půl {S}", 0.5), (f"jeden a půl {S}", 1.5), (f"čtvrt {S}", 0.25)],
    "sk": [(f"pol {S}", 0.5), (f"jeden a pol {S}", 1.5), (f"štvrť {S}", 0.25)],
    "hu": [(f"fél {S}", 0.5), (f"másfél {S}", 1.5), (f"negyed_{S}", 0.25)],
    "fi": [(f"puoli {S}", 0.5), (f"puolitoista {S}", 1.5), (f"neljännes_{S}", 0.25)],
    "hr": [(f"pola {S}", 0.5), (f"jedan i pol {S}", 1.5)],
    "ro": [(f"jumătate de {S}", 0.5), (f"(?:un|o) {S} și jumătate", 1.5)],
    "tr": [(f"yarım {S}", 0.5), (f"bir buçuk {S}", 1.5)],
    "el": [(f"μισό {S}", 0.5), (f"(?:ενάμισι|ενάμιση|μιάμιση) {S}", 1.5)],
    "bg": [(f"половин {S}", 0.5), (f"един и половина {S}", 1.5)],
    "ca": [(f"mig {S}", 0.5), (f"(?:un|una) {S} i mig", 1.5)],
}
_TEMPLATES["nb"] = _TEMPLATES["no"]
_TEMPLATES["nn"] = [(f"{N} og ein halv {S}", 0.5), (f"ein halv {S}", 0.5), (f"halvanna {S}", 1.5),
                    (f"ein kvart {S}", 0.25), (f"{N} {S}", 0)]

# Swedish and Norwegian numbers are not read by ``text2num``: the few that stand before "och en
# halv"/"og en halv" with a scale word.
_SMALL = {
    "sv": {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
           "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "femton": 15, "tjugo": 20, "trettio": 30,
           "fyrtio": 40, "femtio": 50, "hundra": 100},
    "no": {"en": 1, "ett": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7,
           "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "femten": 15, "tjue": 20, "tretti": 30,
           "førti": 40, "femti": 50, "hundre": 100},
}
_SMALL["nb"] = _SMALL["no"]
_SMALL["nn"] = {**_SMALL["no"], "ein": 1, "eitt": 1, "eit": 1}

# Pieces every template of a language holds (Swedish and Norwegian read whole numbers too: none)
_HINTS = {"en": ("half", "quarter"), "da": ("halv", "kvart"), "de": ("halb", "viertel"),
          "nl": ("half", "halve", "kwart"), "fr": ("demi", "quart"), "es": ("medio", "cuarto"),
          "pt": ("meio", "quarto"), "it": ("mezzo", "quarto"),
          "pl": ("pół", "ćwierć"), "cs": ("půl", "čtvrt"), "sk": ("pol", "štvrť"), "hu": ("fél", "negyed"),
          "fi": ("puoli", "neljännes"), "hr": ("pol",), "ro": ("jumătate",), "tr": ("yarım", "buçuk"),
          "el": ("μισό", "ενάμισ", "μιάμισ"), "bg": ("половин",), "ca": ("mig",)}

_DIGITS = r"[0-9]{1,3}"
_VULGAR = re.compile(r"(?<![\w.,])(?P<n>[0-9]{1,3})?[ \u00a0]?½[ \u00a0]?")


@lru_cache(maxsize=32)
def _scale_forms(lang: str) -> tuple[str, ...]:
    from factcheck.core.numbers import scale_words

    # whole words only ("million", "mil millones"): an abbreviation after "half a" is not written
    return tuple(sorted({" ".join(w.lower().split()) for w, size in scale_words(lang).items()
                         if len(w) >= 4 and all(part.isalpha() for part in w.split()) and size >= 1000},
                        key=len, reverse=True))


@lru_cache(maxsize=32)
def _compiled(lang: str):
    """(one pattern of every template, each alternative's added value, the scale-word pattern for
    "1½ million", any scale word: the cheap test first), on lower-cased text."""
    forms = _scale_forms(lang)
    if not forms:
        return None, [], None, None
    scale = "(?:" + phrase_trie(forms) + ")"
    vulgar = re.compile(rf"(?P<s>{scale})(?![\w-])")
    any_scale = re.compile(rf"{scale}(?!\w)")  # glued too: "Viertelmillion", "negyedmillió"
    templates = _TEMPLATES.get(lang)
    if not templates:
        return None, [], vulgar, any_scale
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
    pattern = re.compile(WORD_START + r"(?:" + "|".join(alternatives) + r")(?![\w-])")  # "d'un million et demi" too
    return pattern, [add for _, add in templates], vulgar, any_scale


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
    """A regex (for lower-cased text) for the cheap gate where the language's number words do
    not already wake it: Swedish and Norwegian scale words ("en halv miljard"), and "demi-"
    (the gate's words stand alone, and "demi-milliard" is one word)."""
    if lang == "fr":
        return r"\bdemi-"
    if lang in TEXT2NUM_LANGUAGES or lang not in _TEMPLATES:
        return None  # their scale words are number words of the gate already
    forms = _scale_forms(lang)
    return r"\b(?<!\w)(?:" + phrase_trie(forms) + r")(?!\w)" if forms else None


# A half after a whole number with no scale word ("two and a half years", "deux ans et demi"): the
# whole number alone would be a wrong figure. The Romance languages say it after the noun or unit.
_HALF_AFTER_NOUN = {"fr": r" +et +demie?(?!\w)", "es": r" +y +medi[oa](?!\w)", "pt": r" +e +mei[oa](?!\w)",
                    "it": r" +e +mezz[oa](?!\w)", "ro": r" +și +jumătate(?!\w)"}
_HALF_AFTER = {
    "en": r" +and +a +half(?!\w)", "da": r" +og +en +halv(?!\w)", "no": r" +og +en +halv(?!\w)",
    "nb": r" +og +en +halv(?!\w)", "nn": r" +og +ein +halv(?!\w)", "sv": r" +och +en +halv(?!\w)",
    "nl": r" +en +een +half(?!\w)",
    "cs": r" +a +půl(?!\w)", "sk": r" +a +pol(?!\w)", "pl": r" +i +pół(?!\w)", "hr": r" +i +pol(?!\w)",
    "sl": r" +in +pol(?!\w)", "hu": r" +és +fél(?!\w)", "el": r" +και +μισ[ήό](?!\w)", "tr": r" +buçuk(?!\w)",
} | {lang: r" +\w+" + half for lang, half in _HALF_AFTER_NOUN.items()}


@lru_cache(maxsize=16)
def _half_after(lang: str) -> re.Pattern[str] | None:
    return re.compile(_HALF_AFTER[lang], re.IGNORECASE) if lang in _HALF_AFTER else None


@lru_cache(maxsize=16)
def _half_after_unit(lang: str) -> re.Pattern[str] | None:
    return re.compile(_HALF_AFTER_NOUN[lang], re.IGNORECASE) if lang in _HALF_AFTER_NOUN else None


def half_follows(text: str, end: int, lang: str, hi: int, after_unit: bool = False) -> int | None:
    """Where a half that follows the whole number ending at ``end`` ends ("two| and a half| years",
    "três| anos e meio|"), None when none follows; ``after_unit``: the figure ending at ``end``
    holds its unit ("quatre heures| et demie|")."""
    pattern = _half_after_unit(lang) if after_unit else _half_after(lang)
    m = pattern.match(text, end, hi) if pattern is not None else None
    if m is None or _before_a_scale_word(text, m.end(), lang):
        return None  # "dva a půl milionu": the half is the scale word's, read with it or not at all
    return m.end()


NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")  # the word after a figure, past spaces


@lru_cache(maxsize=32)
def _scale_words(lang: str) -> frozenset[str]:
    from factcheck.core.numbers import scale_words

    return frozenset(w.lower() for w in scale_words(lang))


def _before_a_scale_word(text: str, end: int, lang: str) -> bool:
    m = NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in _scale_words(lang)


def half_spans(text: str, lang: str, lo: int = 0, hi: int | None = None):
    """(start, end, head, (scale start, scale end)) of each half or quarter before or after a
    scale word in ``text[lo:hi]``."""
    base, text = lo, text[lo:hi]  # the sentence alone: not the whole article lower-cased per sentence
    lo, hi = 0, len(text)
    pattern, adds, vulgar, trigger_words = _compiled(lang)
    if trigger_words is None:
        return []
    lowered = text.lower()
    hints = _HINTS.get(lang)
    if hints is not None and "½" not in text and not any(h in lowered for h in hints):
        return []  # no half, no quarter: the cheapest test first (most sentences)
    if len(lowered) != len(text) or trigger_words.search(lowered) is None:
        return []  # every half stands before or after a scale word
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
    return sorted((start + base, end + base, head, (a + base, b + base)) for start, end, head, (a, b) in out)
