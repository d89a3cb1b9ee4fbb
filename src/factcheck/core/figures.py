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
5. ``annotate``: for each figure what it measures (the nearest measure word of its stretch of the
   sentence, ``measure_words``), its period ("a month"), whether it is a bound ("at least") or an
   outlet's own conversion of the figure before it ("€1.8 billion ($1.9 billion)"), and the
   precision it is written with (half a unit of its last digit).

``annotate`` also serves figures the store kept (value, unit and offsets): a sentence's
measures are read again from its text rather than stored.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from factcheck.core.currency import convert_to_usd
from factcheck.core.dates import find_dates, month_names
from factcheck.core.figure_words import FRACTIONS, NOT_A_BASE, OF, ORDINALS, SHARES_OF_A_NOUN
from factcheck.core.measure_words import BOUNDS, CHANGE_BASES, MEASURES, ONLY_FOR
from factcheck.core.models import Figure
from factcheck.core.number_words import gate as number_word_gate
from factcheck.core.number_words import number_spans
from factcheck.core.number_words_id import GATE as ID_GATE
from factcheck.core.number_words_id import LANGUAGES as ID_LANGUAGES
from factcheck.core.number_words_id import number_spans as id_number_spans
from factcheck.core.number_halves import half_follows, half_spans
from factcheck.core.number_halves import trigger as halves_trigger
from factcheck.core.numbers import language_of, parse_number_prefix
from factcheck.core.periods import PERIOD_RE_LOWER, part_of_a_name, period_of, phrase_trie
from factcheck.core.quantities import find_quantities, is_unspaced
from factcheck.core.quantity_words import words_for
from factcheck.core.shared_currency_words import LEAST_AMOUNT, country_after, named_currency, shared_word

__all__ = ["Figure", "annotate", "ascii_digits", "fraction_starts", "may_have_figures", "read_figures"]

# Decimal digits of other scripts -> ASCII, one character for one, so offsets stay true.
_ZEROS = (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
          0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10)
_DIGITS = {zero + i: ord("0") + i for zero in _ZEROS for i in range(10)}
_DIGITS.update({0x066B: ord("."), 0x066C: ord(","), 0x060C: ord(",")})  # Arabic decimal, group, comma

PRECISION_CAP = 0.03  # "20 million" may be 19.6 or 20.4 rounded: at most 3 % either way
WORDS_PRECISION = 0.10  # "a quarter" is 22.5-27.5 %


_OTHER_DIGIT = re.compile("[" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in _ZEROS) + "\u066b\u066c]")


def ascii_digits(text: str, lo: int = 0, hi: int | None = None) -> str:
    """``text`` with the digits of ``text[lo:hi]`` in ASCII (same length: offsets stay true)."""
    hi = len(text) if hi is None else hi
    if _OTHER_DIGIT.search(text, lo, hi) is None:
        return text
    return text[:lo] + text[lo:hi].translate(_DIGITS) + text[hi:]


def read_figures(
    text: str, lang: str, as_of: str | None = None, start: int = 0, end: int | None = None, years: bool = False,
    context: bool = True,
) -> list[Figure]:
    """The figures of ``text[start:end]`` in text order, annotated; offsets index ``text``.

    ``context=False`` skips step 5 (what each figure measures): for callers that keep only the
    figures themselves (claims, whose figures the store keeps), it saves ~20 % of reading."""
    lo, hi, _ = slice(start, end).indices(len(text))
    plain = ascii_digits(text, lo, hi)
    found = find_quantities(plain, lang, as_of=as_of, start=lo, end=hi)
    worded = _worded(plain, lang, as_of, lo, hi, [(f.start, f.end) for f in found])
    if worded:  # a half in words may hold digits read already ("2 millions et demi")
        found = [f for f in found if not any(w.start < f.end and f.start < w.end for w in worded)] + worded
    found = _shared_currency(plain, lang, as_of, hi, found)
    found = _elided_currency(plain, lang, as_of, hi, found)
    # "a quarter of a million" is a number, not a share
    fractions = _fractions(plain, lang, lo, hi, [(f.start, f.end) for f in found
                                                 if f.kind != "number" or (f.words and f.value >= _SCALE_FROM)])
    if fractions:  # "4分の1": its digits are not numbers of their own
        found = [f for f in found if not any(f.start < g.end and g.start < f.end for g in fractions)]
    found += fractions
    if years:
        found += year_figures(plain, lang, lo, hi)
    if fractions or years or any(f.words for f in found):
        found.sort(key=lambda f: f.start)
    return annotate(plain, lang, found, lo, hi) if context else found


def _shared_currency(text: str, lang: str, as_of: str | None, hi: int, found: list[Figure]) -> list[Figure]:
    """``found``, with each plain number before a currency word several countries share ("290
    million crowns", "310 miljard roepia") read as the currency its article names
    (``core.shared_currency_words``): the word is overwritten by the code ("DKK   ", offsets stay
    true) and the number read again, as money at ``as_of``."""
    named: dict[str, str | None] = {}
    out = []
    for f in found:
        shared = None if f.kind != "number" or f.unit is not None else shared_word(text, lang, f.end, hi)
        if shared is None:
            out.append(f)
            continue
        a, b, family = shared
        if f.value < LEAST_AMOUNT.get(family, 0):
            out.append(f)
            continue
        if family not in named:
            named[family] = named_currency(text, lang, family)
        code = named[family]
        again = []
        if code is not None:
            b = country_after(text, lang, family, code, b, hi)
        if code is not None and f.words:  # "einer Million Pesos": the words are read; only the currency is new
            usd, day = convert_to_usd(f.value, code, as_of) or (None, None)
            again = [replace(f, kind="money", unit=code, usd=usd, as_of=day)]
        elif code is not None:
            rewritten = text[:a] + code.ljust(b - a) + text[b:]
            again = [g for g in find_quantities(rewritten, lang, as_of=as_of, start=f.start, end=b)
                     if g.start == f.start and g.kind == "money"]
        out.append(replace(again[0], end=b, text=text[f.start:b]) if again else f)
    return out


# After an amount of a scale written without its currency, what ends the clause: "los ingresos subieron
# un 3%, hasta 9.600 millones." (not "1.200 millones de usuarios")
_CLAUSE_END = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:and|und|et|y|e|og|och|dan|while|mientras|während|tandis|enquanto|mentre)(?![^\W\d_]))",
    re.IGNORECASE)


def _elided_currency(text: str, lang: str, as_of: str | None, hi: int, found: list[Figure]) -> list[Figure]:
    """``found``, with an amount written with a scale word but no currency ("hasta 9.600 millones",
    "auf 1,1 Milliarden") read as money in the currency of the money before it in the same stretch,
    when all of that is in one currency and the amount ends its clause: outlets say the currency once."""
    currencies = set()
    out = []
    for f in found:
        if f.kind == "money":
            currencies.add(f.unit)
        elif (f.kind == "number" and f.unit is None and len(currencies) == 1 and f.value >= 1e6
              and any(ch.isalpha() for ch in text[f.start:f.end]) and _CLAUSE_END.match(text, f.end, hi)):
            code = next(iter(currencies))
            usd, day = convert_to_usd(f.value, code, as_of) or (None, None)
            f = replace(f, kind="money", unit=code, usd=usd, as_of=day)
        out.append(f)
    return out


# --- cardinals in words --------------------------------------------------------------------------

# A number word is read only where the same figure in digits would be a measured one: with a unit
# or currency ("sechs Meilen", "fem millioner kroner"), a scale word ("three billion"), or, from two
# up, before a noun ("twelve people"). "One" and its kin are articles and pronouns as often as
# numbers ("one of them said", "en af dem", "un homme"): a bare 1 is never a figure.
_SCALE_FROM = 1000  # below this a number word carries no scale word; above it, it does


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
    halves = half_spans(text, language, lo, hi)
    if language in ID_LANGUAGES:
        spans = id_number_spans(text, language, lo, hi)
    else:
        spans = number_spans(text, language, lo, hi)
    if not spans and not halves:
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
    for start, end, value, head_end, head_value in spans:
        if any(a < end and start < b for a, b in taken + written):
            continue  # "2 milhões": read already, with its digits
        if head_value == int(head_value):  # before a scale word only: "fem millioner" -> "5 millioner"
            digits, factor = str(int(head_value)), 1.0
            if len(digits) > head_end - start and head_end < end:
                digits, factor = "1", float(head_value)  # "mil millones": "1 millones", times 1000
        else:  # "setengah miliar": "1 miliar", times a half
            digits, factor = "1", float(head_value)
        if len(digits) > head_end - start:
            continue  # "mil" (1000) alone: the digits would not fit; such words alone are rare figures
        chars[start - lo:head_end - lo] = " " * (head_end - start - len(digits)) + digits
        where[head_end - len(digits)] = _Written(start, end, value, factor, (value, head_value) if factor == 1.0 else ())
    if not where:
        return []
    of = OF.get(language, ())
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
        elif not (f.value in w.readings or abs(f.value * factor - w.value) <= 1e-9 * abs(w.value)):
            continue  # the digits ran into something else ("5 sechs")
        amount = f.value * factor
        measured = f.kind != "number" or f.unit is not None or amount >= _SCALE_FROM
        if not measured:
            following = text[f.end:hi].split(None, 1)
            noun = following[0].strip(".,;:!?()\"'«»“”") if following else ""
            if amount < 2 or not noun.isalpha() or noun.lower() in of or noun.lower() in _NOT_NOUNS:
                continue  # "one of them", "two of the companies", "seven." (no noun)
            before = text[lo:start].rstrip()[-1:]
            if (language in ID_LANGUAGES and text[start].isupper() and (before.isalnum() or before == ",")
                    and noun[:1].islower()):
                continue  # "di Lima pada Senin": a capitalised number word inside a sentence is a name
            if half_follows(text, f.end, language, hi):
                continue  # "two and a half years": not 2
        if factor != 1.0:
            f = replace(f, value=amount, usd=None if f.usd is None else f.usd * factor)
        out.append(replace(f, start=start, text=text[start:f.end], words=True))
    return out


# Words after a bare number in words that show it counts no noun ("dua di antaranya", "tiga dan
# empat"): function words of Indonesian/Malay, whose numbers take no "of".
_NOT_NOUNS = frozenset(
    "di ke dan atau yang itu ini pun lagi kali pada dalam oleh bagi sebagai dengan untuk juga saja sudah "
    "telah akan januari februari maret april mei juni juli agustus september oktober november desember "
    "januarie februarie mac jun julai ogos oktober disember".split()  # a month after it: a date
)


@lru_cache(maxsize=64)
def _word_gate(language: str) -> re.Pattern[str] | None:
    """The cheap test for number words, on lower-cased text: text2num's words, Indonesian and
    Malay words, and the scale words a half stands before ("demi-milliard", Swedish)."""
    parts = []
    if (words := number_word_gate(language)) is not None:
        parts.append(words.pattern)
    if language in ID_LANGUAGES:
        parts.append(ID_GATE.pattern)
    if (scales := halves_trigger(language)) is not None:
        parts.append(scales)
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


# --- fractions in words ---------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _fraction_pattern(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(pattern for lower-cased text, the same ignoring case): matching lower-cased text is ~3x
    faster, and this runs on every sentence; the second serves text whose length lower() changes."""
    table = FRACTIONS.get(language, {})
    if not table:
        return None
    body = phrase_trie([" ".join(p.casefold().split()) for p in table])  # one pass, not one try per phrase
    of = OF.get(language)
    after = rf"(?=\s*(?:{'|'.join(re.escape(w) for w in of)})(?!\w))" if of else ""
    if language in ("ja", "zh"):
        return re.compile(rf"(?:{body})"), re.compile(rf"(?:{body})")
    source = rf"(?:{body})(?![\w-]){after}"
    free = [" ".join(p.casefold().split()) for p in SHARES_OF_A_NOUN.get(language, ())]
    if free:  # "dua pertiga warga": a share before its noun, no "of" needed
        stop = phrase_trie(sorted(NOT_A_BASE))
        source += rf"|(?:{phrase_trie(free)})(?=\s+(?!(?:{stop})(?![\w-]))[^\W\d_])"
    source = rf"(?<![\w-])(?:{source})"
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
            yield lo + m.start(), lo + m.end()
    else:
        for m in patterns[1].finditer(text, lo, hi):
            yield m.start(), m.end()


_CJK_FRACTION = re.compile(r"([0-9]{1,3})分の([0-9]{1,3})")


@lru_cache(maxsize=64)
def _fraction_table(language: str) -> dict[str, float]:
    return {" ".join(k.split()).casefold(): v for k, v in FRACTIONS.get(language, {}).items()}


def may_have_figures(text: str, lang: str, start: int = 0, end: int | None = None) -> bool:
    """Cheap test for a sentence without digits: could it hold a fraction or a number in words?"""
    language = language_of(lang)
    words = _word_gate(language)
    if words is not None and words.search(text[start:end].lower()) is not None:
        return True
    return next(_fraction_matches(text, language_of(lang), start, len(text) if end is None else end), None) is not None


def fraction_starts(lowered: str, lang: str) -> list[int]:
    """Where fraction phrases start in an already lower-cased text (one pass over an article,
    instead of one search per sentence)."""
    language = language_of(lang)
    patterns = _fraction_pattern(language)
    starts = [] if patterns is None else [m.start() for m in patterns[0].finditer(lowered)]
    words = _word_gate(language)
    if words is not None:  # numbers in words ("sechs Meilen") too
        starts = sorted(starts + [m.start() for m in words.finditer(lowered)])
    return starts


def _fractions(text: str, lang: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[Figure]:
    language = language_of(lang)
    out = []
    for m in (_CJK_FRACTION.finditer(text, lo, hi) if text.find("分の", lo, hi) >= 0 else ()):
        whole, part = int(m.group(1)), int(m.group(2))
        if whole and part <= whole:
            out.append(Figure("percent", m.start(), m.end(), round(100 * part / whole, 4), "%", text=m.group(),
                              words=True))
    table = _fraction_table(language)
    for start, end in _fraction_matches(text, language, lo, hi):
        if any(a < end and start < b for a, b in taken):
            continue
        before = text[max(lo, start - 12):start].split()
        if before and before[-1].casefold() in ORDINALS:
            continue  # "the first half of 2024"
        value = table.get(" ".join(text[start:end].split()).casefold())
        if value is not None:
            out.append(Figure("percent", start, end, round(value, 4), "%", text=text[start:end], words=True))
    return out


def year_figures(text: str, lang: str, lo: int, hi: int) -> list[Figure]:
    """The years of the dates in text[lo:hi], as figures of kind "year" (compared between outlets)."""
    out = []
    for d in find_dates(text, lang or "und", lo, hi):
        if d.value[:4].isdigit():
            out.append(Figure("year", d.start, d.end, float(d.value[:4]), None, text=text[d.start:d.end]))
    return out


# --- what each figure measures ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _measure_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for every measure word, as a character trie (one pass per sentence)."""
    of: dict[str, str] = {}
    whole = set()  # written with a space after: a whole word ("up " is not "update")
    heads = set()  # written with a hyphen before: also the end of a compound ("Masernfälle")
    for measure, words in MEASURES.items():
        for w in words:
            key = " ".join(w.lower().lstrip("-").split())  # lower(), as the text is (not casefold: "ß")
            of.setdefault(key, measure)
            if w.endswith(" "):
                whole.add(key)
            elif w.startswith("-"):
                heads.add(key)
    spaced = [w for w in of if not _attached(w) and w not in whole and w not in heads]
    attached = [w for w in of if _attached(w)]
    parts = [r"(?<![^\W\d_])" + phrase_trie(sorted(whole)) + r"(?![^\W\d_])", r"(?<![^\W\d_])" + phrase_trie(spaced),
             phrase_trie(sorted(heads)) + r"(?=[^\W\d_]{0,2}(?![^\W\d_]))"]  # an inflection at most after
    if attached:
        parts.append(phrase_trie(attached))
    return re.compile("|".join(f"(?:{p})" for p in parts)), of  # matched on lower-cased text


@lru_cache(maxsize=64)
def _base_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for what changes in percent are measured against: "year on year", "interanual",
    "Vorjahresmonat", and the month before ("rose 0.4% in November from October")."""
    of = {w.lower(): period for period, words in CHANGE_BASES.items() for w in words}
    months = sorted(month_names(lang or "und"), key=len, reverse=True)
    for month in months:
        for word in ("from", "fra", "från", "dari", "desde"):
            of[f"{word} {month}"] = "monthly"
    spaced = [w for w in of if not is_unspaced(w[0])]
    unspaced = [w for w in of if is_unspaced(w[0])]
    return re.compile(r"(?<![^\W\d_])(?:%s)|%s" % (phrase_trie(spaced), phrase_trie(unspaced))), of


@lru_cache(maxsize=64)
def _month_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """A month a figure is of: its name after a short word ("in November", "im November", "a novembre",
    "pada November"); in English capitalised ("prices may rise" is no month)."""
    names = {name: number for name, number in month_names(lang or "und").items() if len(name) > 3 or number == 5}
    if lang == "en":
        written = sorted((n.title() for n in names), key=len, reverse=True)
    else:
        written = sorted({w for n in names for w in (n, n.title())}, key=len, reverse=True)
    pattern = r"(?<![^\W\d_])(?i:in|im|i|en|a|al|di|del|de|pada|bulan|of|for|from|since|à|au|no|na|op|på)\s+(%s)(?![^\W\d_])"
    return re.compile(pattern % "|".join(map(re.escape, written))), names


def _attached(word: str) -> bool:
    """Scripts where a measure word may sit inside a longer word: no spaces (Japanese, Chinese) or
    attached particles (Arabic "وإيرادات")."""
    ch = word[0]
    return is_unspaced(ch) or "\u0600" <= ch <= "\u06ff"


_BOUND_FORMS = sorted(((w, kind) for kind, words in BOUNDS.items() for w in words), key=lambda x: -len(x[0]))


def annotate(text: str, lang: str, figures: list[Figure], lo: int = 0, hi: int | None = None) -> list[Figure]:
    """``figures`` (in text order, offsets into ``text``, inside ``text[lo:hi]``) with what each
    measures, its period, bound, precision and whether it is a courtesy conversion."""
    hi = len(text) if hi is None else hi
    if not figures:
        return []
    figures = sorted(figures, key=lambda f: f.start)
    courtesy = [_is_courtesy(text, figures, i, lang) for i in range(len(figures))]
    main = [i for i in range(len(figures)) if not courtesy[i]]
    pattern, measure_of = _measure_pattern()
    piece = text[lo:hi]
    lowered = piece.lower()
    if len(lowered) != len(piece):  # a letter whose lower case is longer ("İ"): fold it alone
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in piece)
    measures = [(lo + m.start(), lo + m.end(), measure_of.get(" ".join(m.group().split())))
                for m in pattern.finditer(lowered)]
    periods = [(lo + m.start(), lo + m.end(), period_of(m.group())) for m in PERIOD_RE_LOWER.finditer(lowered)
               if not part_of_a_name(text, lo + m.start(), lo + m.end())]
    base_pattern, base_of = _base_pattern(language_of(lang))
    bases = [(lo + m.start(), lo + m.end(), base_of[m.group()]) for m in base_pattern.finditer(lowered)]
    month_pattern, month_of = _month_pattern(language_of(lang))
    months = [(lo + m.start(1), lo + m.end(1), month_of[m.group(1).lower()]) for m in month_pattern.finditer(piece)]
    out: list[Figure | None] = [None] * len(figures)
    approx_words = _approx_words(language_of(lang))
    subject = None  # (measure,): what the change before the figure is of ("profit" in "profit fell 12% to")
    # a word right after a figure is that figure's ("79 seggi, ... al 28,7%": not the 28,7 %'s)
    owner = {}
    for k, g in enumerate(figures):
        for m in measures:
            if m[0] >= g.end and not text[g.end:m[0]].strip():
                owner[m[0]] = k
    for n, i in enumerate(main):
        f = figures[i]
        seg_lo = figures[main[n - 1]].end if n else lo
        seg_hi = figures[main[n + 1]].start if n + 1 < len(main) else hi
        # its courtesy conversions follow it: they measure the same thing
        last = i
        while last + 1 < len(figures) and courtesy[last + 1]:
            last += 1
        beside = (n > 0, n + 1 < len(main))  # neighbouring figures, before and after
        if subject is not None:  # "net profit fell 12% to 1.1 billion euros": the level is of what changed
            measure, subject = subject[0], None
        else:
            near = [m for m in measures if _may_measure(text, m, f) and i <= owner.get(m[0], i) <= last]
            # "fell 12% to", "sank der Nettogewinn um zwölf Prozent auf", "12%減の": a change (before the
            # figure, or right after it) and the level it reached, with nothing measured between
            changes = [m for m in near if m[2] in _CHANGES and (m[1] <= f.start or owner.get(m[0]) == i)]
            level = (changes and n + 1 < len(main) and _TO_LEVEL.fullmatch(text, f.end, seg_hi) is not None
                     and not any(f.end <= m[0] < seg_hi and m[2] not in _CHANGES for m in measures))
            if level:
                measure = _nearest(changes, f.start, f.end, seg_lo, seg_hi, text=text, neighbours=beside)
                subject = (_nearest([m for m in near if m[2] not in _CHANGES], f.start, f.end, seg_lo, f.start,
                                    text=text),)
            else:
                measure = _nearest(near, f.start, f.end, seg_lo, seg_hi, text=text, neighbours=beside)
        # a period after the figure, past a conjunction, is another clause's
        period = _nearest([p for p in periods if p[0] < f.end or not _CONJUNCTION.search(text, f.end, p[0])],
                          f.start, f.end, seg_lo, seg_hi, before_limit=60, after_limit=40)
        if f.kind == "percent":  # "29 % a year" is a rate, not an amount per period; a change has its base
            period = _nearest(bases, f.start, f.end, seg_lo, seg_hi, text=text, neighbours=beside) \
                if measure in _CHANGES else None
        if f.kind == "year":
            period = None
        month = _month_of(months, f, seg_lo, seg_hi, text, beside)
        approx_word = f.approx_word or (_approx_word(text, f, seg_lo, approx_words) if f.words or f.approx else "")
        out[i] = Figure(
            f.kind, f.start, f.end, f.value, f.unit, f.approx or bool(approx_word), f.usd, f.as_of,
            f.text or text[f.start:f.end], approx_word, period, measure, False, _precision(f, text, lang),
            f.words, _bound(text, replace_word(f, approx_word), seg_lo), f.dimension, month,
        )
        for j in range(i + 1, last + 1):
            c = figures[j]
            out[j] = Figure(c.kind, c.start, c.end, c.value, c.unit, c.approx, c.usd, c.as_of,
                            c.text or text[c.start:c.end], c.approx_word, period, measure, True,
                            _precision(c, text, lang), c.words, "", c.dimension, month)
    return _of_totals(text, [f for f in out if f is not None])


# "79 of the 230 seats", "79 der 230 Sitze", "79 escaños de 230", "79 sièges sur 230", "79 kursi dari 230"
_OUT_OF = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:out of|of|der|von|de|sur|dari|di|af|av|van|från|fra)\s+"
                     r"(?:the\s+|los\s+|las\s+|les\s+|die\s+)?", re.IGNORECASE)


def _of_totals(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures``, where the whole of "79 of the 230 seats" says no measure: the seats of a parliament
    are not the seats won, though "3 of the 12 injured" may be the count of the injured. Without a
    measure it agrees with the same number and is never a conflict."""
    out = list(figures)
    for k in range(len(out) - 1):
        part, whole = out[k], out[k + 1]
        if (part.kind == whole.kind == "number" and part.unit is None and whole.unit is None
                and whole.value > part.value and _OUT_OF.fullmatch(text, part.end, whole.start)):
            out[k + 1] = replace(whole, measure=None)
    return out


def replace_word(f: Figure, approx_word: str) -> Figure:
    return f if f.approx_word == approx_word else replace(f, approx_word=approx_word)


def _nearest(found, start, end, seg_lo, seg_hi, before_limit=10_000, after_limit=10_000, text=None,
             neighbours=(False, False)):
    """What the nearest of ``found`` (start, end, what) to the figure at ``start:end`` says, within
    its segment. Given the ``text``, a word across a clause break from the figure ("Three people
    died and 14 were injured": "died" for 14) yields to one in the figure's own clause; in the clause, a
    weak word (``_WEAK``) to another. Across a break towards a neighbouring figure (``neighbours``:
    one before the segment, one after) a word is that figure's clause's ("58,2 procent stemte for,
    og valgdeltagelsen var 58,3 procent"): not taken."""
    candidates = []
    for a, b, what in found:
        if what is None or a < seg_lo or b > seg_hi or (a < end and start < b):
            continue
        distance = start - b if b <= start else a - end
        if (b <= start and distance > before_limit) or (a >= end and distance > after_limit):
            continue
        gap = (b, start) if b <= start else (end, a)
        across = text is not None and _CLAUSE_BREAK.search(text, *gap) is not None
        if across and neighbours[0 if b <= start else 1]:
            continue
        candidates.append((across, what in _WEAK, distance, what))
    if not candidates:
        return None
    own = [c for c in candidates if not c[0]] or candidates
    return min(own, key=lambda c: c[1:3])[3]


# What a figure counts rather than what happened to it: "14 employees were injured" is about injuries,
# "has 23,000 employees" about the workforce. Such a word yields to another in the figure's clause.
_WEAK = frozenset({"employees"})


# "The death toll rose to 83", "subiu para 83", "naik dari 70 menjadi 83": a change's word before
# "to" or "from" and a figure says the figure is a level (what rose), not the change
_LEVEL = re.compile(
    r"[^\W\d_]*\s+(?:to|til|till|auf|para|a|al|à|au|ao|alla|menjadi|jadi|naar|from|fra|från|dari)\s+\D{0,25}",
    re.IGNORECASE)
_CHANGES = frozenset({"growth", "decline"})
# Between a change and the level it reached: "fell 12% to 1.1 billion", "um zwölf Prozent auf",
# "de 12 % au troisième trimestre, à", "un 12% en el tercer trimestre, hasta", "12%減の", "12%，至"
_TO_LEVEL = re.compile(
    r"[^\d]{0,40}?(?:(?<![^\W\d_])(?:to|auf|à|au|hasta|tot|naar|til|till|menjadi|para|a|al|ao|até|alla)|の|至|到)\s*",
    re.IGNORECASE)


def _may_measure(text: str, found: tuple[int, int, str | None], f: Figure) -> bool:
    """Whether the measure word ``found`` may say what ``f`` measures: a word for some figures only
    (``ONLY_FOR``) of another sort, or a change that ``f`` is the level of ("rose to 83", "auf 2,2
    Prozent gesunken"), may not."""
    a, b, what = found
    only = ONLY_FOR.get(what)
    if only is not None and (f.dimension or f.kind) not in only:
        return False
    if what not in _CHANGES:
        return True
    if b <= f.start:
        return _LEVEL.fullmatch(text, b, f.start) is None
    return _LEVEL_BEFORE.search(text, max(0, f.start - 8), f.start) is None


# "ist im November auf 2,2 Prozent gesunken", "is gedaald naar 2,2 procent": the level, the change after it
_LEVEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:auf|naar|tot|til|till)\s+$", re.IGNORECASE)


def _month_of(months, f: Figure, seg_lo: int, seg_hi: int, text: str, beside: tuple[bool, bool]) -> int | None:
    """The month a figure is of: the nearest named in its stretch, not across a clause break towards a
    neighbouring figure; the one after it when as near ("2,2 persen pada November dari 2,4 persen pada
    Oktober": October's is 2,4)."""
    best = None
    for a, b, month in months:
        if a < seg_lo or b > seg_hi or (a < f.end and f.start < b):
            continue
        after = a >= f.end
        gap = (f.end, a) if after else (b, f.start)
        if beside[after] and _CLAUSE_BREAK.search(text, *gap):
            continue
        key = (gap[1] - gap[0]) - (3 if after else 0)
        if best is None or key < best[0]:
            best = (key, month)
    return best and best[1]


# Between a figure and a period word after it, a sign that the period is another clause's: "to cut
# 4,000 jobs as quarterly profit slumps"
_CONJUNCTION = re.compile(
    r"(?<![^\W\d_])(?:as|while|after|when|because|whereas|während|nachdem|alors que|tandis que|lorsque|"
    r"mientras|cuando|enquanto|quando|sementara|ketika|setelah|karena|mens|efter|eftersom|når|när|terwijl|toen)"
    r"(?![^\W\d_])", re.IGNORECASE)


# Between a measure word and a figure: a sign that they stand in clauses of their own
_CLAUSE_BREAK = re.compile(
    r"[,;:]|(?<![^\W\d_])(?:and|og|och|und|et|y|e|en|dan|serta|but|men|aber|mais|pero|ma|maar|tapi|while)(?![^\W\d_])",
    re.IGNORECASE)


@lru_cache(maxsize=64)
def _approx_words(language: str) -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in words_for(language, "approx")}, key=len, reverse=True))


def _approx_word(text: str, f: Figure, seg_lo: int, words: list[str]) -> str:
    """The approximation word before a figure whose reader did not name it (a fraction in words, a
    figure the store kept): right before it, or one word further ("hampir mencapai Rp322")."""
    before = text[max(seg_lo, f.start - 40):f.start].rstrip()
    lowered = before.lower()
    cut = lowered.rsplit(None, 1)[0] if f.approx and " " in lowered else None
    for candidate in (lowered, cut):
        if not candidate:
            continue
        for w in words:
            if candidate.endswith(w) and (len(candidate) == len(w) or not candidate[-len(w) - 1].isalnum()
                                          or is_unspaced(w[0])):
                return before[len(candidate) - len(w):len(candidate)]
    return ""


def _bound(text: str, f: Figure, seg_lo: int) -> str:
    """"min" after "at least", "more than", "mindestens"...; "max" after "at most", "less than"."""
    before = text[max(seg_lo, f.start - 30):f.start].rstrip().lower()
    if f.approx_word and before.endswith(f.approx_word.lower()):
        before = before[: -len(f.approx_word)].rstrip()
    for word, kind in _BOUND_FORMS:
        if before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalnum()):
            return kind
    return ""


_NUMERAL = re.compile(r"[0-9][0-9.,\u00a0\u202f ]*")


def _precision(f: Figure, text: str, lang: str) -> float:
    """Half a unit of the last non-zero digit written, relative to the number: "1.8" -> 2.8 %,
    "322" -> 0.16 %; at most ``PRECISION_CAP``. Words ("a quarter") -> ``WORDS_PRECISION``."""
    if f.words:
        return WORDS_PRECISION
    if f.kind == "year":
        return 0.0
    m = _NUMERAL.search(text, f.start, f.end)
    if m is None:
        return 0.0
    parsed = parse_number_prefix(m.group().rstrip(" .,\u00a0\u202f"), lang)
    if parsed is None or not parsed[0]:
        return 0.0
    number: Decimal = abs(parsed[0])
    exponent = number.normalize().as_tuple().exponent
    relative = float(Decimal(5) * Decimal(10) ** (exponent - 1) / number)
    return min(relative, PRECISION_CAP)


# --- courtesy conversions -------------------------------------------------------------------------

_CONNECTORS = frozenset("or atau eller oder ou o of bzw. ie i.e. eller sebesar senilai sekitar".split())
# "1,2 milliarder real, svarende til godt 1,6 milliarder kroner": phrases that say "the same amount"
_RESTATING = re.compile(
    r"(?<![^\W\d_])(?:the equivalent of|equivalent to|equal to|svarende til|hvilket svarer til|motsvarande|"
    r"tilsvarende|umgerechnet|entspricht|soit|l'équivalent de|équivalent à|el equivalente a|equivalente a|"
    r"o equivalente a|setara dengan|setara|pari a|omgerekend|ofwel)(?![^\W\d_])")


def _is_courtesy(text: str, figures: list[Figure], i: int, lang: str) -> bool:
    """An outlet's own conversion of the figure before it: "€1.8 billion ($1.95 billion)",
    "1.800 millones de euros, unos 1.950 millones de dólares", "10 km (6 miles)". The same amount
    in another currency or unit, in brackets or in apposition right after."""
    if i == 0:
        return False
    f, p = figures[i], figures[i - 1]
    if f.kind != p.kind or f.kind not in ("money", "number") or f.unit is None or p.unit is None:
        return False
    if f.unit == p.unit or (f.kind == "number" and (f.dimension is None or f.dimension != p.dimension)):
        return False
    gap = text[p.end:f.start]
    if "(" in gap and ")" not in gap and len(gap) <= 60:
        return True
    lowered = gap.lower()
    restated = _RESTATING.sub(" ", lowered)
    words = [w for w in re.split(r"[\s,;:/=≈~(–—-]+", restated) if w]
    approx = _approx_words(language_of(lang))
    bounds = {w for w, _ in _BOUND_FORMS if " " not in w}
    allowed = len(gap) <= 25 or (restated != lowered and len(gap) <= 40)
    return allowed and all(w in _CONNECTORS or w in approx or w in bounds for w in words) and bool(gap.strip())

