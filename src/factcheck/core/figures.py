"""The one figure reader: a sentence in, its figures out, each knowing what it measures.

    >>> [(f.kind, f.value, f.unit, f.period, f.measure) for f in read_figures(
    ...     "TikTok betaler næsten $20 millioner om måneden til Microsoft.", "da")]
    [('money', 20000000.0, 'USD', 'monthly', 'payment')]

``read_figures(text, lang, as_of, start, end)`` reads ``text[start:end]`` (a sentence) and returns
``models.Figure`` objects with offsets into ``text``:

1. digits of other scripts (Arabic-Indic, Bengali, Devanagari, full-width...) are read as digits;
2. numbers with their scale words, currencies, percent signs and units (``quantities``: CLDR
   separators, scale words and currency names through Babel, units through ``units``); numbers
   written in words are written over with their digits and read the same way (``number_words``
   through text2num, ``number_words_id`` for Indonesian and Malay, ``number_halves`` for "half a
   billion", "halvanden milliard", "un milliard et demi", "1½ million");
3. fractions written in words ("a quarter of", "en fjerdedel af", "ربع") and "4分の1", as shares;
4. with ``years=True``, the years of dates ("in 2019", "June 2020") as figures of kind "year";
5. ``figure_context.annotate``: for each figure what it measures, its period, the month it is of,
   whether it is a bound or an outlet's own conversion of the figure before it, and the precision
   it is written with.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from factcheck.core import durations, south_asian_numbers
from factcheck.core.ages import hyphenated_ages
from factcheck.core.cents import in_cents
from factcheck.core.cjk_shares import GATE as CJK_GATE
from factcheck.core.cjk_shares import LANGUAGES as CJK
from factcheck.core.cjk_shares import cjk_shares
from factcheck.core.clock_times import hours_and_minutes, hours_between, time_of_day
from factcheck.core.comparison_bases import with_base_units
from factcheck.core.currency import COMMON_FORMS, TALLIES, as_money
from factcheck.core.dates import find_dates
from factcheck.core.elided_units import elided_units
from factcheck.core.local_dollars import (LOCAL_PRESS, bare_dollar, generic_dollar, local_dollar, local_yuan,
                                          named_dollar, renminbi_said)
from factcheck.core.exchange_rates import as_rates, rate_of
from factcheck.core.figure_context import annotate, bare_amount
from factcheck.core.figure_ranges import TO, share_unit
from factcheck.core.figure_words import BY, FRACTIONS, NOT_A_BASE, OF, ORDINALS, SHARES_OF_A_NOUN, THAN
from factcheck.core.measure_words import BOUNDS
from factcheck.core.models import Figure, revalued
from factcheck.core.number_words import gate as number_word_gate
from factcheck.core.number_words_id import GATE as ID_GATE
from factcheck.core.number_words_id import LANGUAGES as ID_LANGUAGES
from factcheck.core import cjk_numerals, number_words_ar, number_words_fa, number_words_small
from factcheck.core.number_words_id import DOZEN, number_word_spans
from factcheck.core.number_halves import half_follows, half_spans
from factcheck.core.number_halves import trigger as halves_trigger
from factcheck.core.number_groups import in_groups
from factcheck.core.numbers import apostrophe_groups, decimal_points, language_of, written_with_letters
from factcheck.core.round_numerals import round_groups
from factcheck.core.slash_fractions import SLASHED, slash_shares
from factcheck.core.ratios import (WHOLES, every_starts, hyphenated_points, one_in_so_many, percent_before, points,
                                   rain_depths, rates, ratios)
from factcheck.core.zero_counts import zero_counts
from factcheck.core.periods import phrase_trie, prefix_period_at
from factcheck.core.person_counters import people_not_tonnes
from factcheck.core.pound_weights import as_weights, names_a_pound_country
from factcheck.core.quantities import find_quantities
from factcheck.core.scripts import LANGUAGES, UNSPACED_LANGUAGES, ascii_digits
from factcheck.core.quantity_words import approx_words, words_for
from factcheck.core.shared_currency_words import (GLUED, LEAST_AMOUNT, PLURALS_OF_ANY_AMOUNT, country_after,
                                                 currencies_named, most_named, most_named_currency, named_currency,
                                                 shared_word, times_named)

__all__ = ["Figure", "ascii_digits", "fraction_starts", "may_have_figures", "read_figures"]

_GLUED_WORD = re.compile(r"\d[^\W\d_]")  # a number with a word glued to it ("72letý")
# Romanian written with the cedilla letters of old keyboards ("426,3 forinţi", "şomaj"): the words
# are read in their comma-below spelling, CLDR's (same length: offsets stay true)
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")


def comma_below(text: str, lang: str) -> str:
    """``text`` with Romanian's cedilla letters as the comma-below letters they stand for."""
    return text.translate(_COMMA_BELOW) if lang == "ro" and ("ş" in text or "ţ" in text) else text


def read_figures(
    text: str, lang: str, as_of: str | None = None, start: int = 0, end: int | None = None, years: bool = False,
    context: bool = True,
) -> list[Figure]:
    """The figures of ``text[start:end]`` in text order, annotated; offsets index ``text``.

    ``context=False`` skips step 5 (what each figure measures): for callers that keep only the
    figures themselves (claims, whose figures the store keeps), it saves ~20 % of reading."""
    lo, hi, _ = slice(start, end).indices(len(text))
    language = language_of(lang)
    plain = decimal_points(apostrophe_groups(ascii_digits(comma_below(text, lang), lo, hi), lang, lo, hi), lang, lo, hi)
    found = find_quantities(plain, lang, as_of=as_of, start=lo, end=hi)
    # "at 18.44 per dollar" is no time of day
    found = [_below_zero(plain, f) for f in found
             if not (time_of_day(plain, f, language) and rate_of(plain, f, lang, lo, hi) is None
                     or _day_and_month(plain, f))]
    if any(f.kind == "number" and f.value <= 24 for f in found) and (hours := hours_between(plain, lo, hi)):
        # "dalle 23 alle 6", "von 23 bis 6 Uhr": a night, no counts
        found = [f for f in found if not any(a <= f.start and f.end <= b for a, b in hours)]
    # "2:06:41", "2 h 06 min 41 s": one time, not 2, 6 and 41
    spelled = durations.SPELLED_GATE.search(plain, lo, hi) is not None
    if (spelled or plain.find(":", lo, hi) >= 0) and (times := durations.race_times(plain, lo, hi)):
        found = _instead(found, times)
    if spelled:
        spans, clocks = hours_and_minutes(plain, lo, hi)  # "en 2 h 21" lasts; "à 17 h 15" is a time of day
        found = sorted(_instead([f for f in found if not any(a <= f.start < b for a, b in clocks)], spans),
                       key=lambda f: f.start)
    if language in CJK and (shares := cjk_shares(plain, language, lo, hi)):
        found = _instead(found, shares)  # "近两成", "3割", "三分之二", "3분의 1": their digits are no counts
    # "a 67-year-old man", "ένας 72χρονος", "a 10-percentage-point increase"
    if plain.find("-", lo, hi) >= 0 or _GLUED_WORD.search(plain, lo, hi):
        joined = hyphenated_ages(plain, lo, hi) + hyphenated_points(plain, lo, hi)
        found += [j for j in joined if not _overlaps(j, found)]
    worded = [_below_zero(plain, f) for f in _worded(plain, lang, as_of, lo, hi, [(f.start, f.end) for f in found])]
    found = _instead(found, worded)  # a half in words may hold digits read already ("2 millions et demi")
    if language in _CHINESE_NUMERALS and (cjk := cjk_numerals.read(
            plain, lo, hi, [(f.start, f.end) for f in found],
            lambda digits: find_quantities(digits, lang, as_of=as_of))):
        found = sorted(found + cjk, key=lambda f: f.start)  # "三千万元", "四千三百二十萬元"
    found = _shared_currency(plain, lang, as_of, lo, hi, found)
    found = _money_of_its_country(plain, lang, as_of, found, lo)
    found = elided_units(plain, lang, as_of, lo, hi, found)
    if lang == "ja" and "銭" in plain[lo:hi]:
        found = _with_sen(plain, found)
    found = _with_hundredths(plain, found)
    if lang == "bn" and "দশমিক" in plain[lo:hi]:
        found = _spoken_decimals(plain, found)
    found = _priced(plain, lang, as_of, lo, hi, found)
    found = as_rates(plain, lang, found, lo, hi)  # "49.20 pounds to the dollar" is a rate, no sum
    found = share_unit(plain, lang, rain_depths(plain, rates(plain, points(plain, percent_before(plain, sorted(
        found, key=lambda f: f.start))))),
                       as_of, lo)
    found = durations.joined(plain, language, found, lo, hi)
    found = in_groups(plain, found, lang)
    found = people_not_tonnes(plain, language, found, lo, hi)  # "۳۹۴ تن کشته شدند"
    found = with_base_units(plain, as_of, found)  # "1.612 pesos per dollaro, contro i 1.540 di lunedì"
    if any(f.unit in TALLIES for f in found):  # "۱۱۸ هزار و ۵۰۰ تومان": 118,500 tomans, 1,185,000 rials
        found = [as_money(replace(f, value=f.value * TALLIES[f.unit][1]), TALLIES[f.unit][0], as_of)
                 if f.unit in TALLIES else f for f in found]
    # "trois quarts d'heure" is 45 minutes, not 3; "čtyři a půl hodiny" has its half already
    measured = [f for f in found if f.unit]
    parts = [p for p in durations.hour_parts(plain, language, lo, hi) if not _overlaps(p, measured)]
    found = _instead(found, parts + [g for g in round_groups(plain, language, lo, hi)
                                     if not _overlaps(g, found)])  # "une vingtaine de blessés": about 20
    # "a quarter of a million" is a number, not a share; nor is "(avancé de) trois quarts d'heure"
    fractions = _fractions(plain, lang, lo, hi, [(f.start, f.end) for f in found
                                                 if f.kind != "number" or f.unit or (f.words and f.value >= _SCALE_FROM)])
    if language in SLASHED and plain.find("/", lo, hi) >= 0:
        fractions += slash_shares(plain, language, lo, hi)  # "chiếm khoảng 3/4": three quarters
    found = _instead(found, fractions)  # "4分の1": its digits are not numbers of their own
    unsorted = bool(fractions)
    # "seven in ten": one share, not two counts (its "ten" is read as a number first); "var femte"
    if (any(f.value in WHOLES for f in found) or one_in_so_many(plain, lo, hi)) \
            and (shares := ratios(plain, language, lo, hi)):
        found = _instead(found, shares)
        unsorted = True
    if not found and not years:  # no number at all: only a count of none may be a figure ("no deaths")
        nones = zero_counts(plain, lo, hi, [])
        return annotate(plain, lang, nones, lo, hi) if nones and context else nones
    if nones := zero_counts(plain, lo, hi, [(f.start, f.end) for f in found]):  # "no deaths have been reported"
        found += nones
        unsorted = True
    days_may_be = any(f.kind == "number" and f.value <= 31 for f in found)  # the day of a date
    dates = find_dates(plain, lang or "und", lo, hi) if days_may_be or years else []
    if dates:  # "March 14", "14. März": the day of a date counts nothing
        found = _not_days(plain, found, [d for d in dates if d.precision == "day"])
    if days_may_be:  # nor does the month of "10月份", "11月の輸出", "10월 수출", nor a rate's day ("1日あたり約420人")
        found = [f for f in found if not (_a_month(plain, f) or _a_rates_day(plain, f)
                                          or language in CJK and _a_day(plain, f))]
    if language in CJK:  # nor does the number of a line, a reactor or a typhoon ("4号线", "4号機", "1~8호선")
        found = [f for f in found if not _an_identifier(plain, f)]
    if years:
        found += year_figures(plain, lang, lo, hi, dates)
    if unsorted or years:
        found.sort(key=lambda f: f.start)
    return annotate(plain, lang, found, lo, hi) if context else found


def _overlaps(f: Figure, others: list[Figure]) -> bool:
    return any(f.start < g.end and g.start < f.end for g in others)


# "minus 28.6C", "minus 12,6 Celzijevih stupnjeva", "moins 5 degrés", "минус 40", "零下40摄氏度": a temperature
# below zero in words; or after it, "40 grados bajo cero"
_MINUS_WORD = re.compile(r"(?<![^\W\d_])(?:minus|miinus|pakkasta|moins|menos|meno|min|mínusz|μείον|eksi|минус|мінус|"
                         r"영하)\s+$"
                         r"|(?:零下|氷点下|マイナス)$", re.IGNORECASE)
_BELOW_ZERO_AFTER = re.compile(r"\s+(?:bajo cero|sotto (?:lo )?zero|below zero|abaixo de zero|unter null|sous zéro|"
                               r"au-dessous de zéro|под нул[её]м|нижче нуля|pakkasta|pakkasella|külma)(?![^\W\d_])",
                               re.IGNORECASE)


def _below_zero(text: str, f: Figure) -> Figure:
    if f.dimension != "temperature" or f.value < 0:
        return f
    if m := _MINUS_WORD.search(text, max(0, f.start - 10), f.start):
        return replace(f, value=-f.value, start=m.start(), text=text[m.start():f.end])
    if m := _BELOW_ZERO_AFTER.match(text, f.end):
        return replace(f, value=-f.value, end=m.end(), text=text[f.start:m.end()])
    return f


# A day and month in brackets, as outlets date a weekday: "torsdag morgen (19.11.)", "am Dienstag (17.11.)",
# "(19.11.2026)"
_DAY_MONTH = re.compile(r"\((?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{2,4})?\)")


def _day_and_month(text: str, f: Figure) -> bool:
    return f.kind == "number" and f.unit is None and f.start > 0 and text[f.start - 1] == "(" \
        and _DAY_MONTH.match(text, f.start - 1) is not None


def _instead(found: list[Figure], new: list[Figure]) -> list[Figure]:
    """``found`` without the figures that ``new`` overlaps, then ``new``: what a reading of its own
    ("2:06:41", "seven in ten", "deux millions et demi") puts in place of the plain numbers in it."""
    return [f for f in found if not _overlaps(f, new)] + new if new else found


# the first day of a span of days: "entre 2 e 9 de maio", "antara 2 dan 9 Mei", "2-9 May"
_DAYS_TO = re.compile(r"\s*(?:[-–]|(?:and|und|et|e|y|dan|og|och|en|to|til|bis|al|a|à|au|hingga|sampai)\s)\s*",
                      re.IGNORECASE)


def _a_month(text: str, f: Figure) -> bool:
    """Whether ``f`` is the number of a month as Chinese, Japanese and Korean write it: 1 to 12 right
    before "月" or "월" (not "3个月", "3개월": three months)."""
    return f.kind == "number" and f.unit is None and f.text.isdigit() and 1 <= f.value <= 12 \
        and text[f.end:f.end + 1] in ("月", "월")


# the day of its month as Chinese, Japanese and Korean news write it ("23日宣布", "19日に閉じた", "19일 발표"): not a
# count of days ("3日間", "5日目", "3日以内", "10일간", "3일 만에", "3일째")
_A_DAY = re.compile(r"(?:日|일)(?!間|目|後|前|以|ぶり|余|分|连|連|内|之|当|あた|平均|간|째|이내|전|후|\s*(?:동안|만에|만))")


def _a_day(text: str, f: Figure) -> bool:
    """Whether ``f`` is the day of a date as Chinese, Japanese and Korean write it, 1 to 31 right before
    "日" or "일" (``_A_DAY``)."""
    return f.kind == "number" and f.unit is None and f.text.isdigit() and 1 <= f.value <= 31 \
        and _A_DAY.match(text, f.end) is not None


# "号" after a number names one of a series ("4号线", "多尔4号", "台風10号", "3号機"), as Korean "호" does
# before a line or a reactor unit ("1호선", "4호기"; "3만 호" alone is as many homes)
_IDENTIFIER = re.compile(r"(?:\s*[~～〜∼\-–至到]\s*\d+)?(?:[号號](?![召称稱])|호(?:선|기))")


def _an_identifier(text: str, f: Figure) -> bool:
    return f.kind == "number" and f.unit is None and f.text.isdigit() and _IDENTIFIER.match(text, f.end) is not None


_CHINESE_NUMERALS = frozenset({"zh"})  # not Japanese, whose names hold them ("四万十川", "百万遍")


def _a_rates_day(text: str, f: Figure) -> bool:
    """Whether ``f`` is the one of Japanese "1日" before a rate's figure: the day it is per."""
    return f.kind == "number" and f.unit is None and f.text == "1" \
        and prefix_period_at(text, f.start) == "daily"


def _not_days(text: str, found: list[Figure], days: list) -> list[Figure]:
    """``found`` without the numbers that are the day of a date in ``days``, or the first day of a
    span of days before one ("entre 2 e 9 de maio")."""
    def a_day(f: Figure) -> bool:
        return any(d.start <= f.start and f.end <= d.end or (f.value <= 31 and _DAYS_TO.fullmatch(text, f.end, d.start))
                   for d in days)
    return [f for f in found if f.kind != "number" or not a_day(f)]


def _shared_currency(text: str, lang: str, as_of: str | None, lo: int, hi: int, found: list[Figure]) -> list[Figure]:
    """``found``, with each plain number before a currency word several countries share ("290
    million crowns", "310 miljard roepia") read as the currency its article names
    (``core.shared_currency_words``), or the one its sentence (``text[lo:hi]``) names before it: the
    word is overwritten by the code ("DKK   ", offsets stay true) and the number read again, as money
    at ``as_of``."""
    named: dict[str, str | None] = {}
    out = []
    for f in found:
        shared = None if f.kind != "number" or f.unit is not None else shared_word(text, lang, f.end, hi)
        if shared is None:
            out.append(f)
            continue
        a, b, family = shared
        glued = text[a:b] in GLUED  # before the country after it is taken in ("比索 墨西哥")
        # "3 real improvements" is no sum; "50 ribu real", written with its scale word, is; and "ウォン" glued
        # to the number is no verb ("5万9800ウォン" is read before its "5万" joins it)
        if not glued and f.value < LEAST_AMOUNT.get(family, 0) \
                and text[a:b].split()[-1].casefold() not in PLURALS_OF_ANY_AMOUNT \
                and (f.words or not written_with_letters(text, f.start, f.end)):
            out.append(f)
            continue
        if family not in named:
            named[family] = named_currency(text, lang, family)
        # where the article names several: "A maior fatia vem da Alemanha ..., seguida pela Noruega, que
        # prometeu 3 bilhões de coroas" on a page that also names "coroas dinamarquesas"
        near = currencies_named(text[lo:f.start], lang, family)
        code = near.pop() if len(near) == 1 else named[family]
        again = []
        if code is not None:
            b = country_after(text, lang, family, code, b, hi)
        # "einer Million Pesos", "2.9亿克朗": the number is read; only the currency is new
        if code is not None and (f.words or glued):
            again = [as_money(f, code, as_of)]
        elif code is not None:
            rewritten = text[:a] + _WRITTEN_AS.get(code, code).ljust(b - a) + text[b:]
            again = [g for g in find_quantities(rewritten, lang, as_of=as_of, start=f.start, end=b)
                     if g.start == f.start and g.kind == "money"]
        # read again from the number on, the money keeps the number's "rund" before it
        out.append(replace(again[0], end=b, text=text[f.start:b], approx=again[0].approx or f.approx,
                           approx_word=again[0].approx_word or f.approx_word) if again else f)
    return out


_WRITTEN_AS = {"PHP": "₱"}  # a code not read bare ("PHP 8" is a language), by its sign


RUPEES = frozenset({"INR", "PKR", "NPR", "LKR", "MUR"})  # not Indonesia's rupiah
WHOSE_RUPEES = re.compile(r"₹|INR|PKR|MUR")  # the sign or the code that names whose they are
# family -> (the currencies a bare word or sign of it is read as by default or by its article's country,
# what says whose they are); not Indonesia's rupiah among the rupees, which its press never calls so
_THEIRS: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    "rupee": (RUPEES, WHOSE_RUPEES),
    "pound": (frozenset({"GBP", "EGP", "SDG", "LBP", "SYP"}),
              re.compile(r"£|GBP|EGP|E£|LE\b|sterling", re.IGNORECASE)),
    "shilling": (frozenset({"KES", "TZS", "UGX", "SOS"}), re.compile(r"KSh|Ksh|TSh|USh|KES|TZS|UGX|SOS")),
    # Persian's bare rial is Iran's, and Saudi Arabia's, Qatar's, Oman's or Yemen's where its article names one
    "riyal": (frozenset({"IRR", "SAR", "QAR", "OMR", "YER"}), re.compile(r"SAR|QAR|OMR|IRR|YER")),
}
# the letters a country's press writes its currency's sign as ("N985", "P17.80", "K10 million"), and
# whose currency each may be (with its family): the one country of them the article names
_LETTER_SIGNS: dict[str, tuple[tuple[str, str], ...]] = {
    "N": (("NGN", "naira"),), "R": (("ZAR", "rand"),), "M": (("LSL", "loti"),),
    "P": (("PHP", "peso"), ("BWP", "pula")), "K": (("PGK", "kina"), ("MWK", "kwacha"), ("ZMW", "kwacha")),
    "Q": (("GTQ", "quetzal"),), "L": (("HNL", "lempira"),), "D": (("GMD", "dalasi"),),
}
_NAMES_TOO = frozenset("QD")  # letters that with one digit name a quarter or a thing ("Q3", "D3", "Q1 2027")
_PESO_SIGN = re.compile(r"\$\s?\d")  # the dollar's sign alone before the digits: not "US$", "USD"


def _of_its_sentence(text: str, lang: str, as_of: str | None, f: Figure, family: str, codes: frozenset[str],
                     lo: int, unsaid: bool) -> Figure:
    """``f`` as the money of the one country of ``family`` its sentence names before it; else a plain
    number where ``unsaid``, or as it is."""
    near = currencies_named(text[lo:f.start], lang, family) & codes
    if len(near) == 1:
        return f if f.unit in near else as_money(f, near.pop(), as_of)
    return replace(f, kind="number", unit=None, usd=None, as_of=None) if unsaid else f


def says_whose(text: str, lang: str, family: str = "rupee") -> bool:
    """Whether money of ``family`` written ``text`` says whose it is, by its sign or code ("₹", "PKR")
    or its country ("94.77 Indian rupees", "298.40 श्रीलंकाई रुपये")."""
    return bool(_THEIRS[family][1].search(text) or currencies_named(text, lang, family))


def _money_of_its_country(text: str, lang: str, as_of: str | None, found: list[Figure], lo: int) -> list[Figure]:
    """``found``, with the money a country's press writes as another's read as that country's, where
    its article names the one country (``shared_currency_words``):
    - rupees read as India's or, in Urdu, Pakistan's by default ("Rs2,750", "2,750 rupees", "2,750
      रुपये", "296.85 روپے"), as the press writes India's, Pakistan's, Nepal's and Sri Lanka's; not
      the Indian rupee's own sign, "₹", nor Indonesia's rupiah, which its press never calls so;
    - Bengali's "টাকা", Bangladesh's taka, which West Bengal's press gives India's rupees ("২৮১.৪ কোটি
      টাকা" in a story from Kolkata);
    - pounds read as Britain's ("1.700 Pfund", "1 700 liber"), which are Egypt's, Sudan's, Lebanon's or
      Syria's where the article names that country (not "£" nor "sterling");
    - shillings read as Kenya's ("Sh1.1 trilioni", "shilingi bilioni 101"), which are Tanzania's,
      Uganda's or Somalia's where the article names that country (not "KSh", "TSh");
    - Persian's rials read as Iran's ("۶۵ هزار ریال"), which are Saudi Arabia's, Qatar's, Oman's or
      Yemen's where the article names that country;
    - the dollar's sign of Australia's, Canada's, New Zealand's, Singapore's and Hong Kong's own press,
      and the "元" of Taiwan's and Hong Kong's (``local_dollars``);
    - the naira's, the Philippine peso's, the rand's, the pula's, the kina's, the kwacha's and the loti's
      signs as their press writes them, a letter ("N985", "P17.80", "R17.62", "K10 million"), only where
      the article names one country of that letter's;
    - the dollar's sign in Spanish, which Latin America's press gives its pesos ("el blue se vendió a
      $1.615"; its dollars are "US$" and "dólares")."""
    out = found
    for family, (codes, _) in _THEIRS.items():
        if not any(f.unit in codes for f in out):
            continue
        theirs = [f for f in out if f.unit in codes and f.kind == "money" and not says_whose(f.text, lang, family)]
        named = currencies_named(text, lang, family) & codes if theirs else set()
        if len(named) > 1 and (most := most_named_currency(text, lang, family)) in named:
            named = {most}  # a wire on Pakistan that names India once, for comparison
        if len(named) == 1:
            code = named.pop()
            out = [as_money(f, code, as_of) if f in theirs and f.unit != code else f for f in out]
        elif family == "pound" and theirs and not names_a_pound_country(text, lang):
            out = as_weights(text, lang, out, theirs)  # "84.2 million pounds of lobster"
        elif named:
            # of several, the one its sentence (from ``lo``) names before it ("In Kathmandu, a litre of petrol
            # now costs Rs 170" on a page on Nepal's imports from India); else "Sh298" in a story on Uganda and
            # Tanzania: whose is not said, and a guess would be a false conflict
            unsaid = not any(f.unit in named for f in theirs)
            out = [_of_its_sentence(text, lang, as_of, f, family, codes, lo, unsaid) if f in theirs else f
                   for f in out]
    for letter, theirs in _LETTER_SIGNS.items():  # "N95" is a mask where no Nigeria is named
        read_as = COMMON_FORMS.get(language_of(lang), {}).get(letter)
        if read_as is None:
            continue  # a letter CLDR gives the language ("R" in Afrikaans, Zulu): the rand's wherever it stands
        signs = [f for f in out if f.unit == read_as and f.text[:1] == letter and f.text[1:2].isdigit()]
        if letter in _NAMES_TOO:  # "Q3 revenue", "vitamin D3": a quarter's or a name's one digit, no sum
            out = [f for f in out if f not in signs or len(f.text) > 2]
            signs = [f for f in signs if len(f.text) > 2]
        if not signs:
            continue
        # the one country named, or of several the one it keeps naming ("K400" of Zambia's farmers in a
        # story on Malawi)
        by_family = {family: times_named(text, lang, family) for _, family in theirs}  # the kwacha's once, not twice
        times = {c: by_family[family][c] for c, family in theirs}
        named = [c for c, n in times.items() if n]
        code = named[0] if len(named) == 1 else most_named((n, c) for c, n in times.items())
        out = ([as_money(f, code, as_of) if f in signs and f.unit != code else f for f in out] if code
               else [f for f in out if f not in signs])
    if language_of(lang) == "bn" and any(f.unit == "BDT" for f in out):
        takas = [f for f in out if f.unit == "BDT" and f.kind == "money" and "টাকা" in f.text]
        if takas and named_currency(text, lang, "taka") == "INR":
            out = [as_money(f, "INR", as_of) if f in takas else f for f in out]
    out = in_cents(text, lang, as_of, _local_dollars(text, lang, as_of, out))
    if language_of(lang) == "es" and any(f.unit == "USD" for f in found):
        pesos = [f for f in out if f.unit == "USD" and f.kind == "money" and _PESO_SIGN.match(f.text)]
        if pesos and (code := named_currency(text, lang, "peso")) is not None:
            out = [as_money(f, code, as_of) if f in pesos else f for f in out]
    return out


_SEN = re.compile(r"[0-9]{1,2}銭")


def _with_sen(text: str, found: list[Figure]) -> list[Figure]:
    """``found``, yen and the sen after them read as one sum, as Japanese gives an exchange rate:
    "162円40銭" is 162.40 yen, not 162 yen and a count of 40."""
    out: list[Figure] = []
    for f in found:
        before = out[-1] if out else None
        if before is not None and before.unit == "JPY" and before.text.endswith("円") and f.start == before.end \
                and (sen := _SEN.match(text, f.start)) is not None and f.end == sen.end() - 1:
            out[-1] = revalued(before, before.value + f.value / 100, end=sen.end(),
                               text=text[before.start:sen.end()])
            continue
        out.append(f)
    return out


# "$1.05 billion in U.S. dollars": a bare "$" its sentence says is the US's
_US_DOLLARS_AFTER = re.compile(r"[ \u00a0]*\(?(?:in[ \u00a0]+)?(?:U\.S\.|US|American)[ \u00a0]+dollars?(?![^\W\d_])",
                               re.IGNORECASE)


def _local_dollars(text: str, lang: str, as_of: str | None, found: list[Figure]) -> list[Figure]:
    """``found``, with the dollars a page means by its own press's "$", "元" or dollar word read as that
    country's (``local_dollars``)."""
    out = found
    if language_of(lang) == "zh" and any(f.unit == "CNY" for f in out) and (code := local_yuan(text)) is not None:
        out = [as_money(f, code, as_of) if f.unit == "CNY" and f.kind == "money" and f.text.endswith("元")
               and not renminbi_said(text, f.start, f.end) else f for f in out]
    if not any(f.unit == "USD" for f in out):
        return out
    if (code := local_dollar(text, lang)) is not None:
        own_press = language_of(lang) in LOCAL_PRESS[code]  # "3,8 milliards de dollars" in Montreal
        out = [as_money(f, code, as_of) if f.unit == "USD" and f.kind == "money"
               and (bare_dollar(f.text) or own_press and generic_dollar(f.text))
               and not _US_DOLLARS_AFTER.match(text, f.end) else f for f in out]
    if (code := named_dollar(text, lang)) is not None:
        out = [as_money(f, code, as_of) if f.unit == "USD" and f.kind == "money" and generic_dollar(f.text) else f
               for f in out]
    return out


_AND = re.compile(r"\s*(?:(?:and|und|et|y|e|i|и|і|ve|و|और|اور)\s+)?")


def _with_hundredths(text: str, found: list[Figure]) -> list[Figure]:
    """``found``, a sum and its hundredths right after it read as one ("264 روپے 65 پیسے" is 264.65
    rupees, "2 pounds 50 pence" 2.50), where the hundredths are of the sum's currency."""
    out: list[Figure] = []
    for f in found:
        before = out[-1] if out else None
        if before is not None and before.kind == f.kind == "money" and before.unit == f.unit \
                and before.value == int(before.value) and 0 < f.value < 1 and not before.words \
                and _AND.fullmatch(text, before.end, f.start) is not None:
            out[-1] = revalued(before, before.value + f.value, end=f.end, text=text[before.start:f.end])
            continue
        out.append(f)
    return out


# Bangladesh's press writes the decimal point as a word: "১৪ দশমিক ৮ শতাংশ" is 14.8 per cent
_DECIMAL_WORD = re.compile(r"\s+দশমিক\s+")
_LEADING_DIGITS = re.compile(r"[0-9]+")


def _spoken_decimals(text: str, found: list[Figure]) -> list[Figure]:
    """``found``, a whole number and the figure after its word for the decimal point read as one (with
    that figure's scale word: "২৫ দশমিক ৪ বিলিয়ন ডলার" is 25.4 billion dollars)."""
    out: list[Figure] = []
    for f in found:
        before = out[-1] if out else None
        digits = _LEADING_DIGITS.match(f.text)  # the decimals ("৮", "০৫"), before any scale word
        decimals = int(digits.group()) if digits else 0
        scale = f.value / decimals if decimals else 0
        whole = before is not None and before.kind == "number" and before.unit is None \
            and before.value == int(before.value)
        if whole and scale >= 1 and math.log10(scale).is_integer() \
                and _DECIMAL_WORD.fullmatch(text, before.end, f.start):
            value = (before.value + decimals / 10 ** len(digits.group())) * scale
            out[-1] = revalued(f, value, start=before.start, text=text[before.start:f.end])
            continue
        out.append(f)
    return out


# A price's preposition, right before or after an amount: "ficha a Andrade por 60 millones", "betaalt 60
# miljoen voor", "holt ihn für 60 Millionen"
_PRICE = "(?:for|por|pour|für|voor|para|untuk|för|per|til)"
_PRICE_BEFORE = re.compile(rf"(?<![^\W\d_]){_PRICE}\s+$", re.IGNORECASE)
_PRICE_AFTER = re.compile(rf"\s+{_PRICE}(?![^\W\d_])", re.IGNORECASE)


def _priced(text: str, lang: str, as_of: str | None, lo: int, hi: int, found: list[Figure]) -> list[Figure]:
    """``found``, with an amount of a scale paid for something but written without its currency, in a
    sentence with no money of its own (a headline: "Real Madrid ficha a Lucas Andrade por 60
    millones"), read as money in the currency the article counts in (``article_currency``)."""
    if any(f.kind == "money" for f in found):
        return found
    out = []
    for f in found:
        if (bare_amount(f, text[f.start:f.end])
                and (_PRICE_BEFORE.search(text, max(lo, f.start - 8), f.start) or _PRICE_AFTER.match(text, f.end, hi))
                and (code := article_currency(text, lang)) is not None):
            f = as_money(f, code, as_of)
        out.append(f)
    return out


@lru_cache(maxsize=8)
def article_currency(text: str, lang: str) -> str | None:
    """The currency an article counts in: that of two thirds or more of its amounts of money."""
    units = Counter(q.unit for q in find_quantities(text, lang) if q.kind == "money")
    if not units:
        return None
    unit, n = units.most_common(1)[0]
    return unit if 3 * n >= 2 * sum(units.values()) else None


# --- cardinals in words --------------------------------------------------------------------------

# A number word is read only where the same figure in digits would be a measured one: with a unit
# or currency ("sechs Meilen", "fem millioner kroner"), a scale word ("three billion"), or, from two
# up, before a noun ("twelve people") or its "of" ("four of its turboprops", "two of them": a part
# counted). "One" and its kin are articles and pronouns as often as numbers ("one of them said", "en
# af dem", "un homme"): a bare 1 is never a figure.
_SCALE_FROM = 1000  # below this a number word carries no scale word; above it, it does
_THOUSANDS = frozenset(10.0 ** k for k in range(3, 19, 3))  # a thousand, a million ... a quintillion


class _Written(NamedTuple):
    """A run of number words overwritten by digits: the words' span, what they say, and how the
    figure read from the digits relates to it."""

    start: int
    end: int
    value: float | None  # the words' value; None for a half before a scale word
    factor: float  # the figure read is multiplied by this ("setengah miliar": "1 miliar" x 0.5)
    readings: tuple  # values the digits may be read as (the whole run, or only its head before a scale word)


def _worded(text: str, lang: str, as_of: str | None, lo: int, hi: int,
            taken: list[tuple[int, int]]) -> list[Figure]:
    """Figures whose number is written in words. Each run of number words is overwritten by its
    digits, right-aligned and padded with spaces to the same length (offsets stay true), and read
    by ``find_quantities`` as digits are (a scale word after them stays a word); the figure then
    starts at the first word. A fractional number before a scale word ("setengah miliar", "half a
    billion", "un milliard et demi") is written as "1" before the scale word and the figure read
    is multiplied by it. A half may cover digits read already ("2 millions et demi"): it wins."""
    language = language_of(lang)
    halves = half_spans(text, language, lo, hi) + south_asian_numbers.spans(text, language, lo, hi)
    spans = number_word_spans(text, language, lo, hi)
    duals = number_words_ar.dual_units(text, lo, hi) if language == "ar" else []
    if not spans and not halves and not duals:
        return []
    chars = list(text[lo:hi])  # the sentence, not the whole article: offsets below minus lo
    where: dict[int, _Written] = {}  # by where the digits written in start
    written: list[tuple[int, int]] = []
    for start, end, head, (a, b) in halves:
        digits = "1 " + text[a:b]  # the scale word moves to the end: "un milliard et demi" -> "1 milliard"
        if len(digits) > end - start or any(x < end and start < y for x, y in written):
            continue
        chars[start - lo:end - lo] = " " * (end - start - len(digits)) + digits
        where[end - len(digits)] = _Written(start, end, None, head, ())
        written.append((start, end))
    for start, end, rewritten in duals:  # "شهرين" as "2 شهر": two months
        chars[start - lo:end - lo] = rewritten
        where[start] = _Written(start, end, 2.0, 1.0, (2.0,))
        written.append((start, end))
    percent_words = _percent_words(text, language, lo, hi) if spans else []
    for start, end, value, head_end, head_value in spans:
        if any(a < end and start < b for a, b in taken + written):
            continue  # "2 milhões": read already, with its digits
        if value in _THOUSANDS and not text[start:end].strip().count(" ") and text[lo:start].rstrip()[-1:].isdigit():
            continue  # "BD1.4 billion", "VT2.46 billion": the scale of digits glued to a sign not read, no billion
        if any(a <= start and end <= b for a, b in percent_words):
            continue  # the "cento" of "quinze por cento" is the percent sign, not a hundred
        if head_value == int(head_value):  # before a scale word only: "fem millioner" -> "5 millioner"
            digits, factor = str(int(head_value)), 1.0
            if len(digits) > head_end - start and (head_end < end or head_value >= 10 ** 6):
                # "mil millones": "1 millones", times 1000; "milion" alone: "1", times a million
                digits, factor = "1", float(head_value)
        else:  # "setengah miliar": "1 miliar", times a half
            digits, factor = "1", float(head_value)
        if len(digits) > head_end - start:
            continue  # "mil" (1000) alone: the digits would not fit; such words alone are rare figures
        chars[start - lo:head_end - lo] = " " * (head_end - start - len(digits)) + digits
        where[head_end - len(digits)] = _Written(start, end, value, factor, (value, head_value) if factor == 1.0 else ())
    if not where:
        return []
    out = []
    for f in find_quantities("".join(chars), lang, as_of=as_of):
        if f.start + lo not in where:
            continue
        f = replace(f, start=f.start + lo, end=f.end + lo)
        w = where[f.start]
        start, factor = w.start, w.factor
        if w.value is None:  # a half: its scale word must have been read with it
            if f.end < w.end or f.value < _SCALE_FROM:
                continue
        elif not (f.value in w.readings or abs(f.value * factor - w.value) <= 1e-9 * abs(w.value)
                  or _scaled_after(f, w)):
            continue  # the digits ran into something else ("5 sechs")
        amount = f.value * factor
        # "deux douzaines d'avions", "due dozzine di aerei": dozens count what follows their "of"
        measured = f.kind != "number" or f.unit is not None or amount >= _SCALE_FROM or DOZEN.search(text, start, f.end)
        if not measured:
            following = text[f.end:hi].split(None, 1)
            noun = following[0].strip(".,;:!?()\"'«»“”") if following else ""
            noun = _VOWEL_MARKS.sub("", noun)  # "درهماً": its tanween is no letter, and the word is one
            if (amount < 2 or not noun.replace("-", "").isalpha() or noun.lower() in _NOT_NOUNS) \
                    and not (amount >= 2 and not noun and _RISEN_TO.search(text, max(lo, start - 12), start)):
                continue  # "one of them", "seven." (no noun), not "has risen to nine." ("off-patent" is a word)
            before = text[lo:start].rstrip()[-1:]
            if (language in ID_LANGUAGES and text[start].isupper() and (before.isalnum() or before == ",")
                    and noun[:1].islower()):
                continue  # "di Lima pada Senin": a capitalised number word inside a sentence is a name
            if (half := half_follows(text, f.end, language, hi)) is not None:
                f = replace(f, value=f.value + 0.5, end=half)  # "two and a half years", "três anos e meio"
        if factor != 1.0:
            f = replace(f, value=amount, usd=None if f.usd is None else f.usd * factor)
        out.append(replace(f, start=start, text=text[start:f.end], words=True))
    return out


def _scaled_after(f: Figure, w: _Written) -> bool:
    """Whether ``f`` is the words' number before a scale word read past them: "tři tisíce", "trzy
    tysiące", "три тысячи", "kolme tuhatta" (the small counts' words end at the number, and the
    scale word follows them as it follows digits)."""
    return f.end > w.end and bool(w.value) and w.factor == 1.0 and f.value / w.value in _THOUSANDS


_VOWEL_MARKS = re.compile(r"[\u064b-\u0652]")  # Arabic's short vowels and tanween

# "The death toll has risen to nine.", "Het dodental is opgelopen tot negen.": a count at the sentence's
# end, after "to", is the level something rose to
_RISEN_TO = re.compile(rf"(?<![^\W\d_])(?:{TO})\s+$", re.IGNORECASE)

# Words after a bare number in words that show it counts no noun ("dua di antaranya", "tiga dan
# empat"): function words of Indonesian/Malay, whose numbers take no "of".
_NOT_NOUNS = frozenset(
    "di ke dan atau yang itu ini pun lagi kali pada dalam oleh bagi sebagai dengan untuk juga saja sudah "
    "telah akan januari februari maret april mei juni juli agustus september oktober november desember "
    "januarie februarie mac jun julai ogos oktober disember".split()  # a month after it: a date
)


@lru_cache(maxsize=LANGUAGES)
def _word_gate(language: str) -> re.Pattern[str] | None:
    """The cheap test for number words, on lower-cased text: text2num's words, Indonesian and
    Malay words, the small counts of ``number_words_small``, and the scale words a half stands before
    ("demi-milliard", Swedish)."""
    parts = []
    if (words := number_word_gate(language)) is not None:
        parts.append(words.pattern)
    if language in ID_LANGUAGES:
        parts.append(ID_GATE.pattern)
    if language in number_words_small.LANGUAGES:
        parts.append(number_words_small.gate(language).pattern)
    if language == "ar":
        parts.append(number_words_ar.GATE.pattern)
    if language == "fa":
        parts.append(number_words_fa.GATE.pattern)
    if (scales := halves_trigger(language)) is not None:
        parts.append(scales)
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


# --- fractions in words ---------------------------------------------------------------------------


# Where a quarter is also a quarter of a year, what follows it as a time: "neljänneksen päättyessä" (as
# the quarter ended), "neljänneksellä 5,6 prosenttia" (5.6 % in the quarter, not by a quarter)
_A_TIME_AFTER = {"fi": r"\s+(?:päättyessä|lopussa|alussa|aikana|\d)",
                 "fr": r"\s+de\s+finale"}  # and a round of a cup: "le quart de finale"


@lru_cache(maxsize=LANGUAGES)
def _fraction_pattern(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(pattern for lower-cased text, the same ignoring case): matching lower-cased text is ~3x
    faster, and this runs on every sentence; the second serves text whose length lower() changes."""
    table = FRACTIONS.get(language, {})
    if not table:
        return None
    # one pass, not one try per phrase; a numerator and its fraction also hyphenated ("three-fifths", "one-third")
    phrases = {" ".join(p.casefold().split()) for p in table}
    body = phrase_trie(sorted(phrases | {p.replace(" ", "-") for p in phrases if p.count(" ") == 1
                                         and not p.startswith(("a ", "the "))}))
    of = OF.get(language)
    # "of" as a word, or elided onto its noun ("la metà dell'olio", "un quart d'hectare")
    words = "|".join(re.escape(w) for w in of or () if w[-1] not in "'’") or "(?!)"
    elided = "|".join(re.escape(w) for w in of or () if w[-1] in "'’") or "(?!)"
    than = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in THAN.get(language, ()))
    after = rf"(?=\s*(?:(?:{words})(?!\w)|(?:{elided})|(?:{than or '(?!)'})(?!\w)))" if of else ""
    if language in UNSPACED_LANGUAGES:  # no spaces around a word
        return re.compile(rf"(?:{body})"), re.compile(rf"(?:{body})")
    time = _A_TIME_AFTER.get(language)
    source = rf"(?:{body})(?![\w-]){after}" + (rf"(?!{time})" if time else "")
    free = [" ".join(p.casefold().split()) for p in SHARES_OF_A_NOUN.get(language, ())]
    if free:  # "dua pertiga warga": a share before its noun, no "of" needed
        stop = phrase_trie(sorted(NOT_A_BASE))
        source += rf"|(?:{phrase_trie(free)})(?=\s+(?!(?:{stop})(?![\w-]))[^\W\d_])"
    source = rf"(?<![\w-])(?:{source})"
    if by := BY.get(language):  # "rose by a fifth", "um gut ein Viertel": the fraction alone is the figure
        # an approximation or a bound may stand between ("by more than a fifth", "drygt en femtedel")
        said = (*approx_words(language), *BOUNDS["min"], *BOUNDS["max"])
        approx = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(said), key=len, reverse=True)
                          if w[:1].isalpha())
        source += (rf"|(?<![\w-])(?:{'|'.join(re.escape(w) for w in by)})\s*(?:(?:{approx or '(?!)'})\s+)?"
                   rf"(?P<changed>{body})(?![\w-])")
    return re.compile(source), re.compile(source, re.IGNORECASE)


def _fraction_matches(text: str, language: str, lo: int, hi: int):
    """(start, end) of each fraction phrase in ``text[lo:hi]``."""
    patterns = _fraction_pattern(language)
    if patterns is None:
        return
    piece = text[lo:hi]
    lowered = piece.lower()
    if len(lowered) == len(piece):
        for m in patterns[0].finditer(lowered):
            start, end = _fraction_span(m)
            yield lo + start, lo + end
    else:
        for m in patterns[1].finditer(text, lo, hi):
            yield _fraction_span(m)


@lru_cache(maxsize=LANGUAGES)
def _percent_pattern(language: str) -> re.Pattern[str] | None:
    """The language's words for percent that are more than one word ("por cento", "pour cent")."""
    phrases = [p for p in words_for(language, "percent") if " " in p]
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


def _percent_words(text: str, language: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where ``text[lo:hi]`` says percent in more than one word."""
    pattern = _percent_pattern(language)
    return [] if pattern is None else [m.span() for m in pattern.finditer(text, lo, hi)]


def _fraction_span(m: re.Match[str]) -> tuple[int, int]:
    """The fraction a match of ``_fraction_pattern`` found: without the "by" of a change before it."""
    return m.span("changed") if m.groupdict().get("changed") else m.span()


@lru_cache(maxsize=LANGUAGES)
def _fraction_table(language: str) -> dict[str, float]:
    return {" ".join(k.split()).casefold(): v for k, v in FRACTIONS.get(language, {}).items()}


def may_have_figures(text: str, lang: str, start: int = 0, end: int | None = None) -> bool:
    """Cheap test for a sentence without digits: could it hold a fraction or a number in words?"""
    language = language_of(lang)
    hi = len(text) if end is None else end
    words = _word_gate(language)
    if words is not None and words.search(text[start:end].lower()) is not None:
        return True
    if language in CJK and CJK_GATE.search(text, start, hi) or one_in_so_many(text, start, hi):
        return True  # "近四成", "三分之二"; "jedes siebte Werk"
    if language in _CHINESE_NUMERALS and cjk_numerals.GATE.search(text, start, hi):
        return True  # "三千万元"
    return next(_fraction_matches(text, language, start, hi), None) is not None


def fraction_starts(lowered: str, lang: str) -> list[int]:
    """Where fraction phrases start in an already lower-cased text (one pass over an article,
    instead of one search per sentence)."""
    language = language_of(lang)
    patterns = _fraction_pattern(language)
    starts = [] if patterns is None else [m.start() for m in patterns[0].finditer(lowered)]
    words = _word_gate(language)
    if words is not None:  # numbers in words ("sechs Meilen") too
        starts += [m.start() for m in words.finditer(lowered)]
    if language in CJK:  # "近四成", "三分之二"
        starts += [m.start() for m in CJK_GATE.finditer(lowered)]
    if language in _CHINESE_NUMERALS:  # "三千万元"
        starts += [m.start() for m in cjk_numerals.GATE.finditer(lowered)]
    return sorted(starts + every_starts(lowered))  # "jedes siebte Werk"


# Arabic fractions spelt as a count is ("خمس": a fifth, and five before a feminine noun): a count before
# the indefinite plural a count takes ("خمس سنوات", "خمس دول"), a share before the noun it is of
_ARABIC_COUNTS_TOO = frozenset({"خمس"})
_ARABIC_PLURAL_AFTER = re.compile(r"\s+(?!ال)(?:[^\W\d_]+ات|دول|مدن|دقائق|نقاط)(?![^\W\d_])")


def _fractions(text: str, lang: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[Figure]:
    language = language_of(lang)
    out = []
    table = _fraction_table(language)
    for start, end in _fraction_matches(text, language, lo, hi):
        if any(a < end and start < b for a, b in taken):
            continue
        before = text[max(lo, start - 12):start].split()
        if before and before[-1].casefold() in ORDINALS:
            continue  # "the first half of 2024"
        phrase = " ".join(text[start:end].split()).casefold()
        if language == "ar" and phrase in _ARABIC_COUNTS_TOO and _ARABIC_PLURAL_AFTER.match(text, end):
            continue  # "خمس سنوات" is five years; "خمس الإيرادات", "خمس استهلاك بلجيكا" a fifth
        value = table.get(phrase, table.get(phrase.replace("-", " ")))
        if value is not None:
            out.append(Figure("percent", start, end, round(value, 4), "%", text=text[start:end], words=True))
    return out


def year_figures(text: str, lang: str, lo: int, hi: int, dates: list | None = None) -> list[Figure]:
    """The years of the dates in text[lo:hi] (``dates``, when found already), as figures of kind
    "year" (compared between outlets)."""
    out = []
    for d in find_dates(text, lang or "und", lo, hi) if dates is None else dates:
        if d.value[:4].isdigit():
            out.append(Figure("year", d.start, d.end, float(d.value[:4]), None, text=text[d.start:d.end]))
    return out
