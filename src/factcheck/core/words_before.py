"""Languages that put the scale word, the currency, the unit and "percent" before the number: Swahili
("naira trilioni 4.2", "dola bilioni 2.8", "tani milioni 1.2", "kilomita 160 kwa saa", "asilimia 7.5")
and Hausa ("naira biliyan 350", "naira dubu 70", "tan 82.3", "kashi 7.5 cikin ɗari").

CLDR says which languages these are: their long compact formats put the word before the number
("elfu 0", "Miliyan 0"), and those words are the scale words read here. A currency is the first word
of its CLDR names ("Naira ya Nigeria", "Dalar Amurka") or a one-word name ("naira"), where that word names one currency (the
dollar for the dollars: "Dola ya Marekani", "Dola ya Kanada"). The units are those CLDR writes
before the number ("kilomita {0}", ``units.units_before``). The words for percent are the
press's, which CLDR does not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.core.currency import CODES, cldr_names, codes_by_word, currency_forms
from factcheck.core.numbers import cldr_locale, compact_words
from factcheck.core.scripts import LANGUAGES, case_blind_get
from factcheck.core.units import units_before

# the press's word for percent, before the number ("asilimia 18.4", "kashi 7.5 cikin ɗari")
# ("ìdá 28.6 nínú ọgọ́rùn-ún": a part, 28.6 in a hundred; Somali "boqolkiiba 45", of each hundred)
PERCENT_BEFORE: dict[str, tuple[str, ...]] = {"sw": ("asilimia",), "ha": ("kashi",), "yo": ("ìdá",),
                                              "so": ("boqolkiiba",)}
# "cikin ɗari", "cikin 100", "nínú ọgọ́rùn-ún": of a hundred
_PERCENT_AFTER = {"ha": re.compile(r"\s+cikin\s+(?:[ɗd]ari|100)(?!\d)", re.IGNORECASE),
                  "yo": re.compile(r"\s+nínú\s+ọgọ́rùn-ún", re.IGNORECASE)}
_WINDOW = 40  # characters before a number where its words may stand
# "saa 9:30", "saa 3 asubuhi": Swahili's clock, not a span of hours
_CLOCK = {"sw": re.compile(r"[:.]\d\d|\s+(?:za\s+)?(?:asubuhi|mchana|jioni|usiku|alfajiri)\b", re.IGNORECASE)}


@dataclass(frozen=True, slots=True)
class Before:
    """What the words before a number say: where they start, the currency, the scale, percent, and
    the unit of measurement with what it may be followed by ({"": "km", "kwa saa": "km/h"})."""
    start: int
    unit: str | None
    multiplier: int
    percent: bool
    measures: dict[str, str] | None = None


@dataclass(frozen=True, slots=True)
class _Words:
    pattern: re.Pattern[str]  # currency? scale? or percent, ending right before a number
    scales: dict[str, int]  # casefolded
    currencies: dict[str, str]  # casefolded first word -> code
    percent_after: re.Pattern[str] | None
    clock: re.Pattern[str] | None


# the press's words CLDR lacks: Sinhala's rupees, dollars and rufiyaa before the number ("රුපියල් 325",
# "ඩොලර් මිලියන 238.4"), and its lakh and crore ("ලීටර් ලක්ෂ 42")
# and Kinyarwanda's, where CLDR has no compact formats ("Frw miliyari 5,2", "ibihumbi 420"); not
# "amafaranga", which is any franc (Burundi's too)
_PRESS_CURRENCIES = {"si": {"රුපියල්": "LKR", "රුපියල": "LKR", "ඩොලර්": "USD", "රුෆියා": "MVR"},
                     "rw": {"frw": "RWF", "rwf": "RWF"},
                     # and Hausa's dollar and CFA franc ("dala biliyan 9.8", "Sefa miliyan 3.7")
                     "ha": {"dala": "USD", "sefa": "XOF"},
                     # and East Africa's shilling signs before a scale word ("Sh bilioni 2.5", "TSh milioni 800")
                     "sw": {"sh": "KES", "ksh": "KES", "tsh": "TZS", "ush": "UGX",
                            # and the dollar with its country ("dola za Marekani bilioni 4.6")
                            "dola za marekani": "USD", "dola ya marekani": "USD", "dola za kimarekani": "USD"}}
_PRESS_SCALES = {"si": {"ලක්ෂ": 10**5, "කෝටි": 10**7}, "ha": {"tiriliyan": 10**12},
                 "rw": {"ibihumbi": 10**3, "miliyoni": 10**6, "miliyari": 10**9, "tiriyari": 10**12}}
# the currency a word several currencies share is read as: the dollar's, or Kenya's shilling
# ("shilingi"), which its article's country makes Tanzania's or Uganda's (``figures``)
_SHARED_DEFAULTS = ("USD", "KES")


@lru_cache(maxsize=LANGUAGES)
def _words(lang: str | None) -> _Words | None:
    locale = cldr_locale(lang)
    scales: dict[str, int] = {}
    for before, after, multiplier in compact_words(lang, ("long",)):
        if before and not after:
            scales.setdefault(before.casefold(), multiplier)
    scales.update(_PRESS_SCALES.get(locale.language, {}))
    percent = PERCENT_BEFORE.get(locale.language, ())
    if not scales and not percent:
        return None
    # longest first; then in order, so that the pattern is the same in every process (CLDR's names come as a set)
    alternation = lambda words: "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))  # noqa: E731
    currencies: dict[str, str] = {}
    branches = []
    if scales:  # not a language that says only percent first ("ìdá 28.6 nínú ọgọ́rùn-ún")
        firsts = codes_by_word(
            [(name.split()[0].casefold(), code) for code in CODES for name in cldr_names(code, locale)]
            # and the one-word names read after numbers ("naira")
            + [(name, code) for name, code in currency_forms(lang).names.items() if " " not in name])
        currencies = {w: codes.pop() if len(codes) == 1 else next(c for c in _SHARED_DEFAULTS if c in codes)
                      for w, codes in firsts.items() if len(codes) == 1 or codes.intersection(_SHARED_DEFAULTS)}
        currencies.update(_PRESS_CURRENCIES.get(locale.language, {}))
        branches += [rf"(?:(?P<cur>{alternation(currencies)})\s+)?(?P<scale>{alternation(scales)})",
                     rf"(?P<only>{alternation(currencies)})"]
        if units := units_before(lang):
            branches.append(rf"(?P<unit>{alternation(units)})(?:\s+(?P<uscale>{alternation(scales)}))?")
    if percent:
        branches.append(rf"(?P<pct>{alternation(percent)})")
    # a word's start, not a hyphened word's end ("gigawati-saa 1,120" is no span of hours)
    pattern = re.compile(rf"(?<![^\W\d_])(?<!-)(?:{'|'.join(branches)})\s+$", re.IGNORECASE)
    return _Words(pattern, scales, currencies, _PERCENT_AFTER.get(locale.language), _CLOCK.get(locale.language))


def words_before(text: str, start: int, lo: int, lang: str | None) -> Before | None:
    """What the words right before the number at ``start`` say, in a language that puts them
    there (not before ``lo``); None where it does not, or they say nothing."""
    words = _words(lang)
    if words is None:
        return None
    m = words.pattern.search(text, max(lo, start - _WINDOW), start)
    if m is None:
        return None
    found = m.groupdict()  # a language without the press's word for percent, or units first, has no such group
    if found.get("pct") is not None:
        return Before(m.start(), "%", 1, True)
    if found.get("unit") is not None:
        scale = words.scales.get(found["uscale"].casefold(), 1) if found["uscale"] else 1
        return Before(m.start(), None, scale, False, case_blind_get(units_before(lang), found["unit"]))
    currency = m.group("cur") or m.group("only")
    scale = words.scales.get(m.group("scale").casefold(), 1) if m.group("scale") else 1
    return Before(m.start(), words.currencies.get(currency.casefold()) if currency else None, scale, False)


def measure_after(before: Before, text: str, end: int, lang: str | None) -> tuple[str, int] | None:
    """The unit of the number ending at ``end`` that ``before`` puts first, with where its words end
    ("kilomita 160 kwa saa" -> km/h); None where ``before`` names no unit or the hours are a clock's."""
    if not before.measures:
        return None
    for after, symbol in sorted(before.measures.items(), key=lambda item: -len(item[0])):
        if not after:
            clock = _words(lang).clock
            return None if symbol == "h" and clock is not None and clock.match(text, end) else (symbol, end)
        m = re.compile(rf"\s+{re.escape(after)}(?![^\W\d_])", re.IGNORECASE).match(text, end)
        if m is not None:
            return symbol, m.end()
    return None


def percent_after(text: str, end: int, lang: str | None) -> int:
    """The end of "of a hundred" after a number said to be a percent ("kashi 7.5 cikin ɗari"), else ``end``."""
    words = _words(lang)
    m = words.percent_after.match(text, end) if words is not None and words.percent_after else None
    return m.end() if m else end
