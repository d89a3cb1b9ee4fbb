"""Languages that put the scale word, the currency and "percent" before the number: Swahili
("naira trilioni 4.2", "dola bilioni 2.8", "asilimia 7.5") and Hausa ("naira biliyan 350", "naira
dubu 70", "kashi 7.5 cikin ɗari").

CLDR says which languages these are: their long compact formats put the word before the number
("elfu 0", "Miliyan 0"), and those words are the scale words read here. A currency is the first word
of its CLDR names ("Naira ya Nigeria", "Dalar Amurka") or a one-word name ("naira"), where that word names one currency (the
dollar for the dollars: "Dola ya Marekani", "Dola ya Kanada"). The words for percent are the
press's, which CLDR does not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.core.currency import CODES, cldr_names, codes_by_word, currency_forms
from factcheck.core.numbers import cldr_locale, compact_words

# the press's word for percent, before the number ("asilimia 18.4", "kashi 7.5 cikin ɗari")
PERCENT_BEFORE: dict[str, tuple[str, ...]] = {"sw": ("asilimia",), "ha": ("kashi",)}
_PERCENT_AFTER = {"ha": re.compile(r"\s+cikin\s+[ɗd]ari", re.IGNORECASE)}  # "cikin ɗari": of a hundred
_WINDOW = 40  # characters before a number where its words may stand


@dataclass(frozen=True, slots=True)
class Before:
    """What the words before a number say: where they start, the currency, the scale, percent."""
    start: int
    unit: str | None
    multiplier: int
    percent: bool


@dataclass(frozen=True, slots=True)
class _Words:
    pattern: re.Pattern[str]  # currency? scale? or percent, ending right before a number
    scales: dict[str, int]  # casefolded
    currencies: dict[str, str]  # casefolded first word -> code
    percent_after: re.Pattern[str] | None


# the currency a word several currencies share is read as: the dollar's, or Kenya's shilling
# ("shilingi"), which its article's country makes Tanzania's or Uganda's (``figures``)
_SHARED_DEFAULTS = ("USD", "KES")


@lru_cache(maxsize=64)
def _words(lang: str | None) -> _Words | None:
    locale = cldr_locale(lang)
    scales: dict[str, int] = {}
    for before, after, multiplier in compact_words(lang, ("long",)):
        if before and not after:
            scales.setdefault(before.casefold(), multiplier)
    if not scales:
        return None
    firsts = codes_by_word(
        [(name.split()[0].casefold(), code) for code in CODES for name in cldr_names(code, locale)]
        # and the one-word names read after numbers ("naira")
        + [(name, code) for name, code in currency_forms(lang).names.items() if " " not in name])
    currencies = {w: codes.pop() if len(codes) == 1 else next(c for c in _SHARED_DEFAULTS if c in codes)
                  for w, codes in firsts.items() if len(codes) == 1 or codes.intersection(_SHARED_DEFAULTS)}
    # longest first; then in order, so that the pattern is the same in every process (CLDR's names come as a set)
    alternation = lambda words: "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))  # noqa: E731
    percent = PERCENT_BEFORE.get(locale.language, ())
    pattern = re.compile(
        rf"(?<![^\W\d_])(?:(?:(?P<cur>{alternation(currencies)})\s+)?(?P<scale>{alternation(scales)})"
        rf"|(?P<only>{alternation(currencies)})"
        + (rf"|(?P<pct>{alternation(percent)})" if percent else "") + r")\s+$", re.IGNORECASE)
    return _Words(pattern, scales, currencies, _PERCENT_AFTER.get(locale.language))


def words_before(text: str, start: int, lo: int, lang: str | None) -> Before | None:
    """What the words right before the number at ``start`` say, in a language that puts them
    there (not before ``lo``); None where it does not, or they say nothing."""
    words = _words(lang)
    if words is None:
        return None
    m = words.pattern.search(text, max(lo, start - _WINDOW), start)
    if m is None:
        return None
    if m.groupdict().get("pct") is not None:  # a language without the press's word has no such group
        return Before(m.start(), "%", 1, True)
    currency = m.group("cur") or m.group("only")
    scale = words.scales.get(m.group("scale").casefold(), 1) if m.group("scale") else 1
    return Before(m.start(), words.currencies.get(currency.casefold()) if currency else None, scale, False)


def percent_after(text: str, end: int, lang: str | None) -> int:
    """The end of "of a hundred" after a number said to be a percent ("kashi 7.5 cikin ɗari"), else ``end``."""
    words = _words(lang)
    m = words.percent_after.match(text, end) if words is not None and words.percent_after else None
    return m.end() if m else end
