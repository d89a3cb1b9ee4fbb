"""Find money amounts, percentages and other numbers in text, normalised to ``Quantity`` objects.

    >>> [q.value for q in find_quantities("næsten $20 millioner (£15,45 millioner)", "da")]
    [20000000.0, 15450000.0]

Spans cover the currency symbol, code or name and the scale word ("$20 millioner",
"20 Mio. US-Dollar", "200 millions de dollars"); ``approx`` is set when an approximation word
("næsten", "hampir", "nearly") comes shortly before. Plain years (1800-2100) and numbers inside
alphanumeric tokens ("GPT-4", "A320", "2024-08-01") are not returned.

All language data (CLDR separators, scale words, currency forms, the word lists of
``quantity_words``) is compiled into regular expressions once per language and cached.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .currency import CurrencyForms, convert_to_usd, currency_forms
from .currency_subunits import subunits
from .models import Quantity
from .numbers import MINUS, SPACES, cldr_locale, groups_with_space, parse_number_prefix, scale_words
from .periods import rate_follows
from .quantity_words import ORDINAL_DOT, approx_right_before, words_for
from .scripts import HEBREW_PREFIXES, LANGUAGES, LETTER, is_katakana, is_unspaced
from .shared_currency_words import GLUED
from .units import AMBIGUOUS, DIMENSION, GLUED_ONLY, MILLIONS_OF, scaled, unit_forms
from .words_before import measure_after, percent_after, words_before

_GLUED_CURRENCIES = tuple(GLUED)
_SP = f"[{SPACES}]"  # one space between a number and its scale word, symbol or "%"
_SIGNS = MINUS + "+"
_COMPOUND = re.compile(r"[-/:.,'’][0-9]|-[^\W\d_]")  # "2024-08", "24/7", "20-årig"
# Hungarian writes a case ending after digits with a hyphen: "24-en vannak" (24 people), "11-re emelkedett"
# (rose to 11), "2870-et foglalkoztat"; a label's ending ("a 4-es busz") is no case and stays out
_CASE_ENDINGS = {"hu": re.compile(r"-(?:[aeoö]n|r[ae]|r[óő]l|b[ae]n?|h[oeö]z|n[áé]l|t[óő]l|ig|v[ae]l|[aeoö]?t|n[ae]k|"
                                  r"sz[oeö]r)(?![^\W\d_])"),
                 # the Bulgarian article joined to a numeral ("520-те стоки", "15-ия ден")
                 "bg": re.compile(r"-(?:те|та|ия|ият|ма)(?![^\W\d_])"),
                 # and Bengali's cases ("দাঁড়িয়েছে ৩১-এ": stood at 31, "৪০-এর বেশি")
                 "bn": re.compile(r"-(?:এর|এ|তে|কে|র)(?![^\W\d_])")}
# Where a count of twenty or more takes "of" before what it counts, as a scale word does ("240 de lei")
_OF_AFTER_COUNTS = frozenset({"ro"})
_APPROX_WINDOW = 40
_PREFIX_WINDOW = 12


def _alternation(forms, *, fold: bool = False, optional_dot: bool = False, reverse: bool = False) -> str:
    """A regex matching any of the literal ``forms`` as a whole word, longest first.

    The forms are merged into a prefix tree, so that matching costs about one comparison per
    character instead of one per form. ``fold``: forms are lower-cased (use inside ``(?i:...)``);
    ``optional_dot``: a final "." may be left out ("mio" for "mio."); ``reverse``: match the forms
    written backwards, on reversed text (to look *before* a position with a single ``match``).
    """
    trie: dict = {}
    for form in forms:
        form = " ".join(form.split())
        if not form:
            continue
        if reverse:
            literal = " ".join(piece[::-1] for piece in reversed(form.split()))
            tail = r"(?![^\W_])" if form[0].isalnum() and not is_unspaced(form[0]) else ""
        elif optional_dot and form.endswith(".") and len(form) > 1:
            literal, tail = form[:-1], r"(?:\.|(?![^\W\d_]))"
        elif is_unspaced(form[-1]):
            literal, tail = form, ""
        elif form[-1].isalnum():
            literal, tail = form, (r"(?![-\w])" if len(form) == 1 else r"(?!\w)")
        else:
            literal, tail = form, ""
        node = trie
        for ch in literal.lower() if fold else literal:
            node = node.setdefault(ch, {})
        node.setdefault(None, set()).add(tail)
    return _emit(trie) if trie else r"(?!x)x"


def _emit(node: dict) -> str:
    alternatives = [
        (_SP + "+" if ch == " " else re.escape(ch)) + _emit(child)
        for ch, child in sorted((k, v) for k, v in node.items() if k is not None)
    ]
    if None in node:  # a form ends here: after every longer continuation
        tails = sorted(node[None])
        alternatives.append(tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")")
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def _scale_key(form: str) -> str:
    return form if len(form) == 1 else " ".join(form.rstrip(".").split()).casefold()


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """Everything ``find_quantities`` needs for one language, compiled."""

    number: re.Pattern[str]
    prefix: re.Pattern[str]  # currency before the number, matched on the reversed text before it
    scale: re.Pattern[str]  # scale word after the number
    scale_with_letters: re.Pattern[str]  # also single letters ("M", "m", "K"): only after a currency
    scales: dict[str, int]
    percent: re.Pattern[str]
    suffix: re.Pattern[str]  # currency after the number
    suffix_after_scale: re.Pattern[str]  # ... also after "de"/"d'" ("millions de dollars")
    scale_of: re.Pattern[str] | None  # "de"/"d'" after a scale word ("millions de tonnes"), None without such words
    approx: re.Pattern[str]  # approximation word, matched on the reversed text before the quantity
    currencies: CurrencyForms
    ordinal_dot: bool  # "1. august" is an ordinal
    units: dict[str, str]  # units of measurement after a number ("km", "Kilometern") -> unit symbol
    unspaced_units: tuple[str, ...]  # ... in scripts without spaces ("メートル"), longest first
    case_ending: re.Pattern[str] | None  # a case ending joined to the digits by a hyphen ("24-en", "11-re")
    of_after_counts: bool  # a currency may follow any number after "de"/"of", not a scale word only
    subunits: dict[str, str]  # a hundredth of a currency after a number ("euro cents", "öre") -> its code
    hyphened_prefixes: bool = False  # words joined to a number by a hyphen ("engu-45 000": Zulu's "which is")
    # short units that are no word of the language, so units before a word too: "86.000 ha lúa", "560.000 t Weizen"
    units_before_words: frozenset[str] = frozenset()


# what "千" (a thousand) is the kilo of in Chinese and Japanese, where no unit read names it: "220千伏" is
# 220 kilovolts, "千帕", "千卡", "千焦" kilopascals, kilocalories, kilojoules
_KILO_UNITS = "伏帕米克瓦卡焦赫"


@lru_cache(maxsize=LANGUAGES)
def _lexicon(lang: str | None) -> _Lexicon:
    language = cldr_locale(lang).language
    # where the language groups with a full stop or a comma, a space groups too, but not before a model's
    # number ("the last of 210 737-8200 jets")
    space_groups = f"|{_SP}[0-9]{{3}}(?![0-9])" if groups_with_space(lang) else f"|{_SP}[0-9]{{3}}(?![0-9]|-[0-9])"
    # bounded, so that a long run such as "1,2,3,...,9999" costs linear time
    number = re.compile(rf"[0-9]{{1,30}}(?:[.,][0-9]{{1,30}}{space_groups}){{0,8}}")

    words = scale_words(lang)
    scales = {_scale_key(w): m for w, m in words.items()}
    long_forms = [w for w in words if len(w) > 1 or is_unspaced(w)]  # "万", "億" are words
    single = [w for w in words if len(w) == 1 and not is_unspaced(w)]
    long_alternation = _alternation(long_forms, fold=True, optional_dot=True)
    # a scale word that begins a unit's word is the unit's prefix: "5150兆瓦" is 5,150 megawatts, not
    # 5,150 trillion watts
    units = unit_forms(lang)
    # (that word's unit only: "千克" is a kilogram, but "31亿克朗" is 3.1 billion kronur)
    unit_rests = sorted({(w, u[len(w):]) for u in units if is_unspaced(u[:1]) for w in long_forms
                         if u.startswith(w) and u != w} | {("千", unit) for unit in _KILO_UNITS if "千" in words})
    not_a_unit = "(?!%s)" % "|".join(f"(?<={re.escape(w)}){re.escape(rest)}" for w, rest in unit_rests) \
        if unit_rests else ""
    scale = re.compile(rf"{_SP}?(?i:{long_alternation}){not_a_unit}")
    scale_with_letters = re.compile(rf"{_SP}?(?:(?i:{long_alternation}){not_a_unit}|{_alternation(single)})")

    # and a word for percent that begins a unit's word is no percent: "厘" is "5.125厘", not "3厘米"
    percent_words = words_for(language, "percent")
    pct_rests = {u[len(w):] for u in units if is_unspaced(u[:1]) for w in percent_words if u.startswith(w) and u != w}
    not_a_unit_after = f"(?!{_alternation(sorted(pct_rests))})" if pct_rests else ""
    percent = re.compile(rf"{_SP}?(?i:{_alternation(percent_words, fold=True)}){not_a_unit_after}")

    forms = currency_forms(lang)
    # a capital letter is a sign before the digits only ("K10 million", "R17.62"): after them it is a
    # thousand, a million, a newton ("50K a year", "20 M", "5 N")
    after = [s for s in forms.symbols if not (len(s) == 1 and "A" <= s <= "Z")]
    symbols, names = _alternation(after), _alternation(forms.names, fold=True)
    prefix = re.compile(rf"{_SP}?{_alternation(forms.symbols, reverse=True)}")
    suffix = re.compile(rf"{_SP}?(?:(?P<cur>{symbols})|(?P<name>(?i:{names})))")
    connectors = [c + " " if c[-1].isalpha() else c for c in words_for(language, "currency_of")]
    joined = rf"(?i:{_alternation(connectors, fold=True)}){_SP}*" if connectors else ""
    suffix_after_scale = re.compile(rf"{_SP}?(?:(?P<cur>{symbols})|(?:{joined})?(?P<name>(?i:{names})))")

    approx_forms = _alternation([w.lower() for w in words_for(language, "approx")], reverse=True)
    # the approximation word itself is the named group: "hampir mencapai 20" names "hampir"
    approx = re.compile(rf"\s*(?:[^\s\d.,;:!?()\[\]]+\s+)?(?P<word>(?i:{approx_forms}))")
    unspaced = tuple(sorted((u for u in units if is_unspaced(u[0])), key=len, reverse=True))
    scale_of = re.compile(rf"{_SP}?{joined}") if joined else None
    return _Lexicon(number, prefix, scale, scale_with_letters, scales, percent, suffix,
                    suffix_after_scale, scale_of, approx, forms, language in ORDINAL_DOT, units, unspaced,
                    _CASE_ENDINGS.get(language), language in _OF_AFTER_COUNTS, subunits(lang), language in _NGUNI,
                    _units_before_words(language))


def find_quantities(
    text: str, lang: str, as_of: str | None = None, start: int = 0, end: int | None = None
) -> list[Quantity]:
    """Quantities in ``text[start:end]``, sorted and non-overlapping, with offsets into ``text``.

    ``lang`` is the article's ISO 639-1 code (unknown codes are read as English); ``as_of`` is the
    article's ISO date, used for the exchange rate of money amounts. A range such as
    "10-20 millioner" or "$10–15 million" gives two quantities sharing the scale and the unit.
    """
    lo, hi, _ = slice(start, end).indices(len(text))
    if hi <= lo:
        return []
    sub = text[lo:hi]
    lex = _lexicon(lang)
    found: list[Quantity] = []
    pos = prev_end = 0
    while (m := lex.number.search(sub, pos)) is not None:
        group, pos = _read_group(sub, m, lex, lang, prev_end)
        if not group:
            continue
        window = sub[max(prev_end, group[0].start - _APPROX_WINDOW):group[0].start][::-1]
        approx_match = lex.approx.match(window)
        approx_word = approx_match.group("word")[::-1] if approx_match else ""
        for q in group:
            usd = day = None
            if q.kind == "money":
                converted = convert_to_usd(q.value, q.unit, as_of)
                if converted is not None:
                    usd, day = converted
            found.append(Quantity(q.kind, lo + q.start, lo + q.end, q.value, q.unit, bool(approx_word), usd, day,
                                  sub[q.start:q.end], approx_word, dimension=DIMENSION.get(q.unit or "")))
        prev_end = pos
    return found


@dataclass(slots=True)
class _Found:
    kind: str
    start: int
    end: int
    value: float
    unit: str | None


@dataclass(slots=True)
class _Tail:
    """What follows a number: scale word, then "%" or a currency."""

    kind: str
    unit: str | None
    multiplier: int
    end: int
    scaled: bool


def _read_group(sub: str, m: re.Match[str], lex: _Lexicon, lang: str | None, prev_end: int):
    """The quantities starting at the number run ``m`` (two for a range), and where to go on."""
    parsed = parse_number_prefix(m.group(), lang)
    if parsed is None:  # pragma: no cover (a digit run always parses)
        return [], m.end()
    number, length = parsed
    n_start, n_end = m.start(), m.start() + length
    head = _read_head(sub, n_start, lex, prev_end)
    if head is None:
        return [], n_end  # "A320", "GPT-4": the rest of the run may still be a number
    q_start, unit, sign = head
    number *= sign
    # Swahili and Hausa say the currency, the scale and "percent" first: "naira trilioni 4.2", "asilimia 7.5"
    before = words_before(sub, q_start, prev_end, lang) if unit is None else None
    if before is not None:
        q_start, unit, number = before.start, None if before.percent else before.unit, number * before.multiplier

    if unit is None and sub.startswith("-", n_end) and (joined := _read_unit(sub, n_end + 1, lex)) is not None:
        # "a 10-km stretch", "a 3-gigawatt wind farm": the unit joined to its number by a hyphen
        return [_Found("number", q_start, joined[1], _times(number, 1), joined[0])], joined[1]
    if unit is None and (joined := _scaled_unit_with_hyphens(sub, n_end, lex)) is not None:
        return [_Found("number", q_start, joined[2], _times(number, joined[1]), joined[0])], joined[2]
    # "132-tisíc zamestnancov", "950-tisíc": a scale word joined by a hyphen, as Slovak and Czech write it
    # and after a currency sign, as South Africa's and Canada's press writes it ("R1.32-trillion", "C$1.2-billion")
    hyphened = sub.startswith("-", n_end) and (scale := lex.scale.match(sub, n_end + 1)) is not None \
        and scale.group()[:1].isalpha()
    if not hyphened and lex.case_ending is not None and (ending := lex.case_ending.match(sub, n_end)) is not None:
        if number == int(number) and 1800 <= number <= 2100:
            return [], ending.end()  # "1961-ben": a year, the dates' to read
        return [_Found("number", q_start, n_end, _times(number, 1), None)], ending.end()
    if not hyphened and _COMPOUND.match(sub, n_end):
        return _read_range(sub, lex, lang, q_start, number, n_end, unit)
    if sub.startswith((" -", " \u2013", "\u2013"), n_end):  # "10 - 20 %", "10–20 %"
        group, resume = _read_range(sub, lex, lang, q_start, number, n_end, unit)
        if group:
            return group, resume
    tail = _read_tail(sub, n_end + 1 if hyphened else n_end, lex, unit)
    if tail is None:
        return [], n_end
    if before is not None and before.percent and tail.kind == "number":  # "asilimia 18.4 mwezi Oktoba": no months
        tail = _Tail("percent", "%", tail.multiplier, percent_after(sub, n_end if tail.unit else tail.end, lang),
                     tail.scaled)
    # "tani 430,000", "kilomita 160 kwa saa": the unit before the number
    if before is not None and tail.kind == "number" and tail.unit is None \
            and (measure := measure_after(before, sub, tail.end, lang)) is not None:
        tail = _Tail("number", measure[0], tail.multiplier, measure[1], tail.scaled)
    digits = m.group()[:length]
    # a year, the date tagger's to read; not with a unit ("2000 km"), unless one letter may be a word
    # of a date ("2019 m." is Lithuanian "in 2019")
    year_like = (tail.kind == "number" and not tail.scaled and q_start == n_start and len(digits) == 4
                 and digits.isdigit() and 1800 <= int(digits) <= 2100)
    # a counter glued on is no year's word ("約2000人", "2000명"; but "2021年", "2021년")
    counter = is_unspaced(sub[n_end:n_end + 1] or " ") and sub[n_end] not in "年년"
    # but a unit's letter glued to the digits and to a Korean or Japanese particle is the unit ("2000t이 남는다")
    particle = sub[n_end:n_end + 1].isalpha() and _EAST_ASIAN_LETTER.match(sub, tail.end) is not None
    if year_like and (tail.unit is None or sub[n_end:tail.end].strip().rstrip(".") in AMBIGUOUS and not particle) \
            and not counter and not approx_right_before(sub, n_start, cldr_locale(lang).language) \
            and not rate_follows(sub, n_end):
        return [], n_end
    if (lex.ordinal_dot and tail.kind == "number" and not tail.scaled and len(digits) <= 3
            and digits.isdigit() and sub[n_end:n_end + 2] == ". " and sub[n_end + 2:n_end + 3].islower()):
        return [], n_end  # "1. august", "3. plads"
    return [_Found(tail.kind, q_start, tail.end, _times(number, tail.multiplier), tail.unit)], tail.end


# a currency's code glued to digits that is a name: the UN's climate summits ("COP31", not 31 Colombian pesos)
_NAMES_NOT_SUMS = frozenset({"COP"})
_EAST_ASIAN_LETTER = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_HEBREW_PREFIX = re.compile(rf"(?<![\u05d0-\u05ea])[{HEBREW_PREFIXES}]{{1,3}}-$")
# the copula and the concords Zulu, Xhosa, Swati and Ndebele join to a number with a hyphen: "ngu-", "yi-",
# "liyi-", "abangu-", "ezingama-"; a word in capitals before a hyphen stays a name ("COVID-19")
_NGUNI_PREFIX = re.compile(r"(?<![^\W\d_])[a-z]*(?:ngu|ngo|nge|nga|ngama|yi|li|zi|ku|ka|we|be|se|ze|le)-$")
_NGUNI = frozenset({"zu", "xh", "ss", "nr"})
# the prepositions Amharic and Tigrinya glue to a number: "በ28 በመቶ" (by 28 per cent), "የ8", "ከ4,100 በላይ", "ብ720"
_ETHIOPIC_PREFIX = re.compile(r"(?<![\u1200-\u137f])(?:በ|የ|ከ|ለ|እስከ|ብ|ን|ካብ|ናብ)$")
# languages in which "ha" is no word (it is "has" in Italian, Spanish and Catalan, "have" in Swedish), so
# that a number's "ha" before a word is hectares there: "12 000 ha de forêt", "auf 240 ha Fläche"
_HA_NO_WORD = frozenset({"fr", "de", "nl", "vi", "pl", "cs", "sk", "ro", "hu", "id", "ms", "pt", "hr", "sl", "sr",
                         "lt", "lv", "et", "fi"})
# and where "t" is no word: the Scandinavian press shortens hours to it ("24 t i døgnet")
_T_IS_HOURS = frozenset({"da", "nb", "nn", "no", "sv"})


def _units_before_words(language: str) -> frozenset[str]:
    return frozenset(({"ha"} if language in _HA_NO_WORD else set()) | ({"t"} if language not in _T_IS_HOURS else set()))


def _read_head(sub: str, n_start: int, lex: _Lexicon, prev_end: int):
    """(start, currency, sign) of what comes before a number; None if it is inside a token."""
    pre = lex.prefix.match(sub[max(prev_end, n_start - _PREFIX_WINDOW):n_start][::-1])
    if pre is not None:
        written = sub[n_start - pre.end():n_start]
        unit = lex.currencies.code_for(written.strip(SPACES))
        if unit is not None and written in _NAMES_NOT_SUMS:
            return None  # "COP31", the climate summit
        if unit is not None:
            return n_start - pre.end(), unit, 1
    if not n_start:
        return n_start, None, 1
    before = sub[n_start - 1]
    before2 = sub[n_start - 2] if n_start > 1 else " "
    # a vowel sign or a virama ends a word of the Indic scripts as a letter does ("சந்திரயான்-3" is no minus 3)
    in_a_word = before2.isalnum() or unicodedata.category(before2).startswith("M")
    if before == "و" and not (sub[n_start - 2:n_start - 1] or " ").isalnum():
        return n_start, None, 1  # Arabic "and", glued to the number: "74 ألفا و200 طن"
    if before == "\u0640":  # Arabic's preposition drawn out to the digits: "بـ985 نيرة", "لـ2026"
        return n_start, None, 1
    if "\u1200" <= before <= "\u137f" and _ETHIOPIC_PREFIX.search(sub, max(0, n_start - 4), n_start):
        return n_start, None, 1
    if (before.isalnum() and not is_unspaced(before)) or before == "_":
        return None  # "A320", "v2"
    if before in _SIGNS and not in_a_word:
        return n_start - 1, None, (1 if before == "+" else -1)
    if before in "'’" and _ELIDED.search(sub, max(0, n_start - 6), n_start - 1):
        return n_start, None, 1  # "d'11,8 quilòmetres", "un calo dell'11%", "l'8 %"
    if before == "-" and _HEBREW_PREFIX.search(sub, max(0, n_start - 5), n_start):
        return n_start, None, 1  # Hebrew's prepositions, hyphened to a number: "ל-13.5%", "ב-2027"
    if before == "-" and lex.hyphened_prefixes and _NGUNI_PREFIX.search(sub, max(0, n_start - 12), n_start):
        return n_start, None, 1  # Zulu's and Xhosa's "is", hyphened to a number: "laliyi-32.1%", "engu-45 000"
    if before in "-\u2013/:.,'’" and in_a_word:
        return None  # "GPT-4", "2024-08-01", "1,2,3"
    return n_start, None, 1


def _scaled_unit_with_hyphens(sub: str, n_end: int, lex: _Lexicon) -> tuple[str, int, int] | None:
    """(unit, multiplier, end) of a scale and a unit joined to the number by hyphens, as one adjective:
    "a 1.48m-tonne crop", "a 1.5-million-tonne harvest"; None if not so."""
    at = n_end + 1 if sub.startswith("-", n_end) else n_end
    scale = _HYPHENATED_WORD.match(sub, at)
    multiplier = lex.scales.get(_scale_key(scale.group(1))) if scale else None
    joined = _read_unit(sub, scale.end(), lex) if multiplier else None
    return None if joined is None else (joined[0], multiplier, joined[1])


_HYPHENATED_WORD = re.compile(r"([^\W\d_]+)-")


def percent_follows(text: str, end: int, hi: int, lang: str | None) -> int | None:
    """Where the word for percent (or its sign) right after ``end``, before ``hi``, ends ("sechseinhalb
    Prozent", "six and a half per cent"); None where none follows."""
    m = _lexicon(lang).percent.match(text, end, hi)
    return m.end() if m else None


# French, Italian and Catalan articles and prepositions elided before a number ("d'11", "dell'80%")
_ELIDED = re.compile(r"(?<![^\W\d_])(?i:d|l|dell|all|dall|nell|sull|coll|quell|un|qu)$")


def _read_tail(sub: str, n_end: int, lex: _Lexicon, unit: str | None) -> _Tail | None:
    """The scale word, percent sign or currency after a number; None if the number is in a token."""
    multiplier, end = 1, n_end
    scale = (lex.scale_with_letters if unit else lex.scale).match(sub, n_end)
    if scale is None and unit is None and (short := lex.scale_with_letters.match(sub, n_end)) is not None:
        # "20m dollars", "5bn euros": a letter scale with no currency sign before it is money only
        # when a currency's name follows (else "20m" is twenty metres)
        named = lex.suffix_after_scale.match(sub, short.end())
        if named is not None and named.group("name") and lex.currencies.code_for(named.group("name")):
            scale = short
        elif _money_or_unit(sub, short.end(), lex, True)[:2] not in (("number", None), ("money", None)):
            scale = short  # and where a unit follows: "1.48m tonnes", "3bn cubic metres"
    if scale is not None:
        multiplier = lex.scales.get(_scale_key(scale.group().strip(SPACES)), 1)
        end = scale.end()
        # a scale word of scale words: "mil milhões", "lakh crore", "mila miliardi" multiply
        if (again := lex.scale.match(sub, end)) is not None and again.group().strip(SPACES)[:1].isalpha():
            multiplier *= lex.scales.get(_scale_key(again.group().strip(SPACES)), 1)
            end = again.end()
    kind = "money" if unit else "number"
    if unit is None:
        if scale is None and (pct := lex.percent.match(sub, end)) is not None:
            kind, unit, end = "percent", "%", pct.end()
        else:
            before = end
            kind, unit, end = _money_or_unit(sub, end, lex, scale is not None)
            unit, times = scaled(unit, sub[max(0, before - 16):before]) if kind == "number" else (unit, 1)
            multiplier *= times
            if kind == "money" and " ".join(sub[before:end].split()).casefold() in lex.subunits:
                multiplier = Decimal(multiplier) / 100  # "44,4 centimes d'euro" is EUR 0.444 (exactly)
            if unit is None and scale is not None and _ABBREVIATED.match(sub, end):
                # "3,1 млн. куб. м", "5 mln. zł": the scale word's abbreviation dot, the sentence going on
                dotted = _money_or_unit(sub, end + 1, lex, True)
                if dotted[1] is not None:
                    kind, unit, end = dotted
    if (end == n_end and n_end < len(sub) and (sub[n_end].isalnum() or sub[n_end] == "_")
            and not is_unspaced(sub[n_end]) and not "\u0b80" <= sub[n_end] <= "\u0dff"
            and not _BENGALI_CLASSIFIER.match(sub, n_end)):
        return None  # "4G", "3D"; not Tamil's and Sinhala's case endings ("347ක", "41,354ஆக")
    return _Tail(kind, unit, multiplier, end, scale is not None)


# the classifiers Bengali glues to a count ("৭৮টি হাসপাতাল", "৫জন"): no token
_BENGALI_CLASSIFIER = re.compile("(?:টি|টা|জন|খানা|খানি)(?![\u0980-\u09ff])")
_ABBREVIATED = re.compile(rf"\.{_SP}+[^\W\d_]")  # a dot, then a word: not the sentence's end (the unit's case is its own)


def _money_or_unit(sub: str, end: int, lex: _Lexicon, scaled: bool) -> tuple[str, str | None, int]:
    """(kind, unit, end) of a currency or a unit of measurement at ``end``, after a number (and a
    scale word, if ``scaled``); ("number", None, end) if neither."""
    suffix = (lex.suffix_after_scale if scaled or lex.of_after_counts else lex.suffix).match(sub, end)
    if suffix is not None and (code := lex.currencies.code_for(suffix.group("cur") or suffix.group("name"))):
        return "money", code, suffix.end()
    if (found := _unit_at(sub, end, lex, joined=scaled)) is not None:  # "4.5 million tonnes" too
        return "number", *found
    return "number", None, end


def _unit_at(sub: str, end: int, lex: _Lexicon, joined: bool) -> tuple[str, int] | None:
    """(unit symbol, end) of a unit at ``end``; with ``joined`` also after the language's "of"
    ("16,5 millions de tonnes", "23 milioni di tonnellate")."""
    if (found := _read_unit(sub, end, lex)) is not None:
        return found
    if joined and lex.scale_of and (of := lex.scale_of.match(sub, end)):
        return _read_unit(sub, of.end(), lex)
    return None


def currency_after(text: str, end: int, lang: str | None) -> tuple[str, int] | None:
    """(ISO code, end) of a currency's symbol or name right after ``text[:end]``; None if none."""
    lex = _lexicon(lang)
    m = lex.suffix.match(text, end)
    if m is None or (m.group("name") and _continues(text, m.end()) and not is_unspaced(text[m.end() - 1])):
        return None
    code = lex.currencies.code_for(m.group("cur") or m.group("name"))
    return (code, m.end()) if code else None


def unit_after(text: str, end: int, lang: str | None) -> tuple[str, int] | None:
    """(unit symbol, end) of a unit right after ``text[:end]``, also after the language's "of"
    (a round group's: "una decina di settimane", "une vingtaine de kilomètres"); None if none."""
    found = _unit_at(text, end, _lexicon(lang), joined=True)
    return (MILLIONS_OF[found[0]], found[1]) if found and found[0] in MILLIONS_OF else found  # "$400 per MT"


# Up to three words after a number, where a unit may stand ("km", "square kilometres", "km/h", "°C", "किलो").
_DOTS = re.compile("[\u00b7\u22c5*]")
# with energy's product dotted in Cyrillic ("МВт·ч", "кВт⋅год", "кВт*ч"), Persian's joiner ("سانتی‌متر") and India's
# abbreviations' full stops ("कि.मी.", "கி.மீ.")
# and Hebrew's abbreviations, a quote before their last letter ("210 אלף מ\"ק", "121 ק״מ")
_UNIT_WORDS = re.compile(
    rf"({_SP}?)(°[CF]|[\u05d0-\u05ea]+[\"\u05f4][\u05d0-\u05ea](?![\u05d0-\u05ea])"
    rf"|{LETTER}+(?:[\u00b7\u22c5*\u200c.]{LETTER}+)?\.?[²³23]?(?:/{LETTER}+\.?[²³23]?)?"
    rf"(?:{_SP}{LETTER}+){{0,2}})")
# A unit written as one hyphenated word ("gigawatt-hours", "киловатт-часа"), read whole before its
# first part ("gigawatt"); a case ending after a hyphen ("48 km-es") leaves the unit before it
_HYPHENATED = re.compile(rf"{_SP}?([^\W\d_]+-[^\W\d_]+)(?![\w-])")


_DEGREE_SIGN = re.compile(rf"{_SP}?([℃℉])")


def _read_unit(sub: str, end: int, lex: _Lexicon) -> tuple[str, int] | None:
    """(unit symbol, end) of a unit of measurement at ``end``: the longest of the next words that
    is a unit form of the language (looked up, not matched against every form)."""
    if lex.unspaced_units and end < len(sub) and is_unspaced(sub[end]):
        return _unspaced_unit(sub, end, lex)
    # Thai spaces a unit from its number, and not from the next word ("241.3 ตันในไตรมาส 3")
    if lex.unspaced_units and sub[end:end + 1] == " " and is_unspaced(sub[end + 1:end + 2] or " ") \
            and (spaced := _unspaced_unit(sub, end + 1, lex)) is not None:
        return spaced
    degrees = _DEGREE_SIGN.match(sub, end)
    if degrees is not None:  # one sign for degrees and scale: "40℃"
        return ("°C" if degrees.group(1) == "℃" else "°F"), degrees.end()
    if end < len(sub) and "\u3380" <= sub[end] <= "\u33df":  # a unit in one square: "1,842㎜", "185㎞"
        square = unicodedata.normalize("NFKC", sub[end])
        if sub[end + 1:end + 2] == "h" and lex.units.get(square + "h") is not None:  # "2,400㎾h": kilowatt-hours
            return lex.units[square + "h"], end + 2
        symbol = lex.units.get(square) or lex.units.get(square.replace("2", "²").replace("3", "³"))
        return (symbol, end + 1) if symbol is not None else None
    hyphenated = _HYPHENATED.match(sub, end)
    if hyphenated is not None:
        word = hyphenated.group(1)
        symbol = lex.units.get(word) or lex.units.get(word.lower())
        if symbol is not None:
            return symbol, hyphenated.end()
    m = _UNIT_WORDS.match(sub, end)
    if m is None:
        return None
    space, words = m.group(1), m.group(2).split()
    cut = next((k for k, ch in enumerate(words[0]) if is_unspaced(ch)), 0)
    if cut:  # "185km의", "51m에", "9920万kWと": a symbol with a particle glued on, never a million's "m"
        symbol = lex.units.get(words[0][:cut])
        return (symbol, m.start(2) + cut) if symbol is not None else None
    for n in range(len(words), 0, -1):
        form = " ".join(words[:n])
        # symbols keep their case ("4G" is no gram, "5 MB" no millibel); words may be capitalised
        symbol = lex.units.get(form) or (lex.units.get(form.lower()) if len(form) > 3 else None)
        if symbol is None and form.endswith("."):  # "70 χλμ./ώρα" is written with its dot, "5 km." ends a sentence
            form = form[:-1]
            symbol = lex.units.get(form) or (lex.units.get(form.lower()) if len(form) > 3 else None)
        if symbol is None:
            continue
        stop = sub.find(words[n - 1], m.start(2)) + len(words[n - 1]) if n > 1 else m.start(2) + len(form)
        stop -= len(" ".join(words[:n])) - len(form) if n > 1 else 0
        if form in AMBIGUOUS and not (space and form in lex.units_before_words or _east_asian_after(sub, stop)) and (
                not space or _continues(sub, stop) or (
                form != "m" and stop < len(sub) and sub[stop:stop + 2].strip() and sub[stop].isspace())):
            # "20m people" is 20 million, "2 m tall" two metres; "10 in 20" is no inches: a
            # one- or two-letter unit that is also a word counts only before punctuation
            return None
        if form in GLUED_ONLY and (space or _continues(sub, stop)):
            return None  # "46.9C" is Celsius; "grade 4 C" and "46.9Cs" are not
        return symbol, stop
    dotted = _DOTS.split(words[0], 1)[0]  # "5 km·h" is no unit of its own: its kilometres are
    if dotted != words[0] and (symbol := lex.units.get(dotted)) is not None and dotted not in AMBIGUOUS:
        return symbol, m.start(2) + len(dotted)
    # "142 µg/m³": micrograms, per cubic metre (``unit_prices``); not "128 km/órás", a speed unread
    head, _, per = words[0].partition("/")
    if per and (symbol := lex.units.get(head)) is not None and head not in AMBIGUOUS \
            and DIMENSION.get(lex.units.get(per.rstrip("."), "")) not in (None, "span"):
        return symbol, m.start(2) + len(head)
    return None


def _unspaced_unit(sub: str, at: int, lex: _Lexicon) -> tuple[str, int] | None:
    """(unit symbol, end) of a unit written in a script without spaces, starting at ``at``; None if none."""
    if sub.startswith(_GLUED_CURRENCIES, at):  # "2.9亿克朗" is crowns, no gram ("克")
        return None
    if sub[at:at + 1] in ("个", "個") and at + 1 < len(sub) and is_unspaced(sub[at + 1]):
        counted = _unspaced_unit(sub, at + 1, lex)  # the classifier before a unit: "31个小时"
        if counted is not None:
            return counted
    for form in lex.unspaced_units:
        if sub.startswith(form, at) and not _katakana_goes_on(form, sub, at + len(form)) \
                and not unicodedata.category(sub[at + len(form):at + len(form) + 1] or " ").startswith("M"):
            return lex.units[form], at + len(form)  # not a form that ends inside a syllable ("ម" of "មេហ្គា")
    return None


def _katakana_goes_on(form: str, sub: str, end: int) -> bool:
    """Whether a unit written in katakana is the start of a longer katakana word ("ミリアンペア" is no "ミリ")."""
    return all(is_katakana(ch) for ch in (form[-1], sub[end:end + 1] or " "))


def _east_asian_after(sub: str, end: int) -> bool:
    """Whether a Korean, Japanese or Chinese word follows the symbol at ``end`` ("264m 떨어진 둔덕"): the
    symbol is that press's unit, which writes no million as "m"."""
    return end + 1 < len(sub) and sub[end].isspace() and is_unspaced(sub[end + 1])


def _continues(sub: str, end: int) -> bool:
    """True when the text after a short unit symbol goes on as a word ("2 m tall" no; "2 mil" yes)."""
    return end < len(sub) and (sub[end].isalnum() or sub[end] in "'’-")


_RANGE_DASH = re.compile(f"{_SP}?[-\u2013]{_SP}?(?=[0-9])")


def _read_range(sub, lex, lang, q_start, number, n_end, unit):
    """"10-20 millioner", "$10–15 million", "20-25 %": two quantities sharing the tail.

    Only taken when the tail makes it a quantity (scale word, currency or percent), so dates
    ("2024-08-01"), scores ("2-1") and phone numbers stay out.
    """
    dash = _RANGE_DASH.match(sub, n_end)
    second = lex.number.match(sub, dash.end()) if dash else None
    if second is None:
        return [], n_end
    parsed = parse_number_prefix(second.group(), lang)
    if parsed is None:  # pragma: no cover
        return [], n_end
    number2, length2 = parsed
    n2_start, n2_end = second.start(), second.start() + length2
    if _COMPOUND.match(sub, n2_end):
        return [], n2_end
    tail = _read_tail(sub, n2_end, lex, unit)
    if tail is None or (tail.kind == "number" and not tail.scaled):
        return [], n2_end
    return [
        _Found(tail.kind, q_start, n_end, _times(number, tail.multiplier), tail.unit),
        _Found(tail.kind, n2_start, tail.end, _times(number2, tail.multiplier), tail.unit),
    ], tail.end


def _times(number, multiplier: int | Decimal) -> float:
    return float(number * multiplier) if multiplier != 1 else float(number)
