"""Dates mentioned in article text: ISO dates, month names from the CLDR, quarters and bare years.

``find_dates(text, lang, start, end)`` returns :class:`DateMention` objects with absolute offsets into
``text`` and a normalised ISO ``value`` as precise as the text is (DESIGN.md: "store the precision";
we never invent a missing day or month):

    "1. august 2024"   (da) -> value "2024-08-01", precision "day"
    "August 2024"      (en) -> value "2024-08",    precision "month"
    "3 de mayo"        (es) -> value "--05-03",    precision "day"   (ISO 8601 form without a year)
    "Q4 2024"               -> value "2024-Q4",    precision "quarter"
    "akhir 2023"       (id) -> value "2023",       precision "year"  (only the year is tagged)
    "2024-08-01"            -> value "2024-08-01", precision "day"

Month names (wide and abbreviated, "format" and "stand-alone" contexts) come from Babel's CLDR data
via ``Locale.parse(lang).months``, matched case-insensitively. Babel is consulted once per language
(``functools.lru_cache``); the hot path looks only at the numbers in the text and tries, anchored at
each, the few shapes a date can take (a word before or after it must be a month name). An unknown language
("und", or one Babel does not know) uses the month names of every language in ``FALLBACK_LANGS``.

Bare years are 1800-2100 standing alone: not part of a longer number, not glued to letters or to a
currency sign ("Rp2000", "$2024"), not followed by "%". Relative words ("yesterday", "i går") are not
resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from factcheck.core.accents import strip_accents
from factcheck.core.numbers import language_of, variants
from factcheck.core.periods import rate_follows
from factcheck.core.quantity_words import approx_right_before
from factcheck.core.scripts import HANGUL, KANA_AND_HAN, LANGUAGES, LETTER, ascii_digits
from factcheck.core.units import unit_follows

FALLBACK_LANGS = ("en", "da", "id", "de", "es", "fr", "nl", "sv", "nb", "it", "pt")

_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
# A year standing alone: no digit, letter, currency sign or decimal point glued to either side.
# Japanese, Chinese and Korean write the year with its word glued on ("2021年", "2021년"), and
# Japanese and Chinese glue it to the word before ("調査は2021年に").
_CJK = KANA_AND_HAN + HANGUL
_YEAR_ALONE = rf"(?<![^\W{_CJK}]|[$£€¥₹.,/_]){_YEAR}(?!(?![年년])[\w%]|[.,/]\d|\s?%)"
_DAY_SUFFIX = r"(?:\.|st|nd|rd|th|er|e|º|°)?"  # "1° gennaio": Italian writes the first with a degree sign


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO 8601 as precise as the text: "2024", "2024-08", "2024-08-01", "2024-Q4", "--05-03", "---14"
    precision: str  # "year", "quarter", "month" or "day"


@lru_cache(maxsize=LANGUAGES)
def month_names(lang: str) -> dict[str, int]:
    """Lower-cased month names (wide and abbreviated, trailing '.' removed) -> month number 1-12."""
    langs = (lang, *variants(lang))  # Serbian's Latin names beside its Cyrillic ones
    try:
        Locale.parse(lang)  # Babel maps "und" to English, hence the explicit check below
    except (UnknownLocaleError, ValueError, TypeError):
        langs = FALLBACK_LANGS
    if lang.lower() in ("", "und", "mul", "zxx", "root"):
        langs = FALLBACK_LANGS
    names: dict[str, int] = {}
    for code in langs:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months.get(context, {}).get(width, {}).items():
                    name = name.lower().rstrip(".")
                    if len(name) >= 3:  # skip one/two-letter forms some locales use
                        names.setdefault(name, number)
    return names


STEM = 5  # letters a month's stem has at least
ENDING = 4  # letters an inflected month name may add to its stem
# languages that glue long case endings to a month's one CLDR name ("júniusában", "kesäkuussa", "dekabrdan",
# "желтоқсаннан", "नोभेम्बरमा")
LONG_ENDINGS = {"hu": 6, "fi": 5, "et": 5, "tr": 5, "az": 4, "uz": 4, "tk": 4, "kk": 4, "ky": 4, "ne": 3}
# the nominative endings a month's one CLDR name drops before another case: Latvian "decembris" / "1.
# decembrī", "decembra"
NOMINATIVES = {"lv": ("is", "s")}
# where CLDR gives one form: letters it may add ("od januarja 2028"), for a name of six letters or more
# ("Augustine" and "marchers" are no months); five in Estonian, whose cases follow every month ("31.
# märtsil 2027", "juunis")
ONE_FORM_ENDING, ONE_FORM_STEM = 2, 6
_SHORTER_STEMS = {"et": 5}


def _fold(word: str) -> str:
    return strip_accents(word.lower())


_HEBREW_PREFIXES = frozenset("בלמו")


@lru_cache(maxsize=LANGUAGES)
def _month_stems(lang: str) -> tuple[tuple[str, int, int], ...]:
    """Each month's stem, accents folded: the beginning its wide names share where CLDR gives two
    (a format and a stand-alone case: "stycznia" / "styczeń", "ιανουαρίου" / "ιανουάριος"), of
    ``STEM`` letters at least, or its one name (``ONE_FORM_STEM``); with the letters of an ending
    allowed; longest first. The press writes a month in other cases too ("w styczniu 2027", "τον
    Ιανουάριο του 2026", "v januári 2027", "tammikuussa 2027", "od januarja 2028", "od 1. decembra")."""
    stems = []
    for months in _wide_names(lang):
        for number, names in months.items():
            if len(names) > 1 and len(stem := _common_start(sorted(names))) >= STEM:
                stems.append((stem, number, ENDING))
            elif len(names) == 1 and len(name := next(iter(names))) >= _SHORTER_STEMS.get(lang, ONE_FORM_STEM):
                stems.append((name, number, LONG_ENDINGS.get(lang, ONE_FORM_ENDING)))
                if (nominative := next((e for e in NOMINATIVES.get(lang, ()) if name.endswith(e)), "")):
                    stems.append((name[:-len(nominative)], number, ONE_FORM_ENDING))
                if _FLEETING.search(name):  # ("detsembrini", until December, in a language of long endings)
                    stems.append((name[:-2] + name[-1], number, LONG_ENDINGS.get(lang, ONE_FORM_ENDING)))
    return tuple(sorted(stems, key=lambda s: -len(s[0])))


# a name's last vowel that drops before a case ending: Slovenian "december" / "decembra", Serbian and
# Bosnian "decembar" / "decembra", Slovak "október" / "októbra"
_FLEETING = re.compile(r"[^aeiou][ae]r$")


def _wide_names(lang: str) -> list[dict[int, set[str]]]:
    """Each month's wide names, accents folded, in ``lang`` and each of its ``variants``."""
    out = []
    for code in (lang, *variants(lang)):
        try:
            months = Locale.parse(code).months
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        out.append({n: {_fold(name) for c in ("format", "stand-alone")
                        if (name := months.get(c, {}).get("wide", {}).get(n, ""))} for n in range(1, 13)})
    return out


# the vowels a case ending of one letter may be, by script: "в июне", "w grudniu", "v lednu", "у листопаді"
_VOWELS = ("aeiouy", "аеиоуыэюяіє", "αεηιουω")


@lru_cache(maxsize=LANGUAGES)
def _inflected(lang: str) -> dict[str, int]:
    """The cases of a month the press writes where CLDR gives two (its format case "июня", "grudnia",
    "ledna"): that case's last vowel another ("в июне 2027 года", "w grudniu 2028 roku", "v lednu"),
    accents folded. The stems that names of few letters share ("июн", "grud") are too short to take
    any ending ("5 marek" is no March)."""
    forms: dict[str, int] = {}
    for months in _wide_names(lang):
        for number, names in months.items():
            if len(names) < 2:
                continue
            formal = _format_case(names)
            stem = formal[:-1]
            for vowels in _VOWELS:
                if len(stem) >= 2 and formal[-1] in vowels:
                    forms.update({stem + v: number for v in vowels if stem + v not in forms})
    return forms


def _format_case(names: set[str]) -> str:
    """Of a month's two names, the one that ends in a vowel (the format case, "июня" of "июнь"), else the
    longer."""
    return max(names, key=lambda n: (n[-1] in "".join(_VOWELS), len(n)))


def _common_start(words: list[str]) -> str:
    first, last = words[0], words[-1]  # sorted: what the first and last share, all share
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


@lru_cache(maxsize=LANGUAGES)
def month_starts(lang: str) -> re.Pattern[str]:
    """The first three letters of ``lang``'s month names and stems, written and accent-folded, as
    words begin with them (lower-case text): a cheap test that a text may name a month."""
    starts = {name[:3] for name in (*month_names(lang), *_inflected(lang))}
    starts |= {stem[:3] for stem, _, _ in _month_stems(lang)}
    starts |= {_fold(start) for start in starts}
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(sorted(map(re.escape, starts)))})")


def month_of(word: str, names: dict[str, int], lang: str) -> int | None:
    """The month ``word`` names (``names``: ``month_names(lang)``): one of CLDR's names, or a month's
    stem with an ending (``_month_stems``)."""
    if (month := names.get(word.lower())) is not None:
        return month
    if word[:1] in _HEBREW_PREFIXES and (month := names.get(word[1:])) is not None:
        return month  # Hebrew glues its prepositions to the month: "בינואר 2027", in January
    folded = _fold(word)
    if (month := _inflected(lang).get(folded)) is not None:
        return month
    for stem, number, ending in _month_stems(lang):
        if folded.startswith(stem) and len(folded) - len(stem) <= ending:
            return number
    return None


@lru_cache(maxsize=LANGUAGES)
def _weekdays(lang: str) -> dict[str, int]:
    """Lower-cased wide weekday names of ``lang`` ("sexta-feira", "friday"), each to its weekday (0:
    Monday); none for an unknown language."""
    try:
        days = Locale.parse(lang).days
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    return {n.lower(): k for c in ("format", "stand-alone") for k, n in days.get(c, {}).get("wide", {}).items()}


@lru_cache(maxsize=LANGUAGES)
def weekday_names(lang: str) -> frozenset[str]:
    """Lower-cased wide weekday names of ``lang`` ("sexta-feira", "friday"); none for an unknown one."""
    return frozenset(_weekdays(lang))


# Weekday names that are also everyday words: Indonesian "minggu" is a week, Turkish "pazar" a market
_NOT_WEEKDAYS = frozenset({"minggu", "pazar"})


# The cases a weekday is named in, where they are not its name: "w środę", "ve středu", "szerdán",
# "keskiviikkona" (the ending replaced, the one put in its place); not stems, which would take
# Polish "piątego" (fifth) for Friday
_CASES = {"pl": (("a", "ę"),), "cs": (("a", "u"), ("e", "i")), "sk": (("a", "u"),), "hr": (("a", "u"),),
          "fi": (("", "na"),), "hu": (("", "n"), ("", "en"), ("", "on"), ("", "ön"), ("a", "án"))}


@lru_cache(maxsize=LANGUAGES)
def _weekday_forms(lang: str) -> dict[str, int]:
    """``lang``'s weekday names and their cases, lower-cased, each to its weekday (0: Monday)."""
    cases = _CASES.get(lang.split("-")[0].split("_")[0].lower(), ())
    forms = {}
    for name, number in _weekdays(lang).items():
        if name in _NOT_WEEKDAYS:
            continue
        forms[name] = number
        for ending, case in cases:
            if name.endswith(ending):
                forms[name[:len(name) - len(ending)] + case] = number
    return forms


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "segunda-feira" is one word


def weekdays_in(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, weekday) of each weekday ``text`` names, in order (0: Monday)."""
    forms = _weekday_forms(lang or "und")
    return [(m.start(), m.end(), forms[w]) for m in _WORD.finditer(text) if (w := m.group().lower()) in forms] \
        if forms else []


def weekday_named(text: str, lang: str) -> int | None:
    """The one weekday ``text`` names (0: Monday), or None where it names none or several."""
    forms = _weekday_forms(lang or "und")
    days = {forms[w] for w in _WORD.findall(text.lower()) if w in forms} if forms else set()
    return days.pop() if len(days) == 1 else None


_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_DE = r"(?:del?\s+|του\s+)?"  # Spanish/Portuguese "3 de mayo de 2024", Greek "Ιανουάριο του 2026"
# a word that may be a month name, checked against the CLDR names; with the vowel signs of the Indic
# scripts ("31 मार्च 2029", "১৫ নভেম্বর")
_NAME = rf"{LETTER}{{3,12}}"
# in Thai, with its vowel and tone marks and the dots inside its abbreviations ("มีนาคม", "พ.ย.")
_THAI_NAME = r"(?:[^\W\d_]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]|(?<=[\u0e01-\u0e2e])\.(?=[\u0e01-\u0e2e])){3,12}"
# in Khmer, with its vowel signs ("មករា", "វិច្ឆិកា")
_KHMER_NAME = r"[\u1780-\u17d3]{3,12}"
# a month's other name after a slash, as Arabic outlets give the Levantine name beside the Egyptian one
# ("يناير/كانون الثاني 2027"): the first names the month
_OTHER_NAME = r"(?:/[\u0621-\u064a]{3,12}(?:\s[\u0621-\u064a]{3,12})?)?"

# Every date we recognise contains a number: find_dates looks at each number and tries, anchored
# there, the few shapes a date can take. This is ~20x faster than one big regex over all text.
_NUMBER = re.compile(r"\d+")
_ISO = re.compile(rf"(?<![\w.]){_YEAR}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\w-])")
# Vietnamese writes a month of a year as numbers after "tháng" (month): "tháng 11/2025"
_MONTH_OF_YEAR = re.compile(rf"(1[0-2]|0?[1-9])/({_YEAR})(?![\w]|[.,/]\d)")
_NUMERIC = re.compile(rf"(?<![\w.,/])(\d\d?)[./](\d\d?)[./]({_YEAR})(?![\w]|[.,/]\d)")


@lru_cache(maxsize=LANGUAGES)
def _named_shapes(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The shapes of a date with its month's name, for ``lang``: after its day ("1. august 2024",
    "3 de mayo de 2024", "1er août", "1 Agustus 2024"), and a month's name right before the number
    ("August 1, 2024", "August 2024", "agosto de 2024"). Thai's and Arabic's names as above."""
    language = language_of(lang)
    name = _THAI_NAME if language == "th" else _KHMER_NAME if language == "km" else _NAME
    other = _OTHER_NAME if language == "ar" else ""
    year = rf"(?:,?\s+{_DE}({_YEAR_ALONE}))?"
    return (re.compile(rf"(?<![\w.,])({_DAY}){_DAY_SUFFIX}\s*{_DE}({name}){other}\.?{year}(?!\w)"),
            re.compile(rf"(?<!\w)({name}){other}\.?,?\s+{_DE}$"))


# the day may take a case ending after a hyphen, as Hungarian writes it: "december 9-ig", "november 16-án"
_DAY_AFTER_NAME = re.compile(
    rf"({_DAY})(?:st|nd|rd|th|\.?(-[^\W\d_]{{1,6}}))?(?:,?\s+({_YEAR_ALONE}))?(?![\w%]|[.,]\d)")
_YEAR_ONLY = re.compile(_YEAR_ALONE)
# Brazilian style: the day in brackets after its weekday, "nesta sexta-feira (14)"
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?)\s*\($")
_DAY_IN_BRACKETS = re.compile(rf"({_DAY})\)")
_QUARTER = re.compile(rf"(?<!\w)Q([1-4])\s*(?:FY\s*)?({_YEAR})(?!\w)", re.IGNORECASE)


def _at(text: str, pos: int, start: int, end: int, names: dict[str, int], lang: str) -> DateMention | None:
    """The date that contains the number at ``pos``, if any (the earliest shape that fits)."""
    if m := _ISO.match(text, pos, end):
        value = m.group()
        return DateMention(m.start(), m.end(), value, "day" if len(value) == 10 else "month")
    if (m := _MONTH_OF_YEAR.match(text, pos, end)) and text[max(start, pos - 6):pos].lower() == "tháng ":
        return DateMention(m.start(), m.end(), f"{m.group(2)}-{int(m.group(1)):02d}", "month")
    if m := _NUMERIC.match(text, pos, end):
        a, b, year = (int(x) for x in m.groups())
        day, month = (b, a) if lang == "en" else (a, b)
        if month > 12:  # the other order is the only valid one: 31/12/2023 in English, 12/31/2023 elsewhere
            day, month = month, day
        if 1 <= month <= 12 and 1 <= day <= 31:
            return DateMention(m.start(), m.end(), f"{year}-{month:02d}-{day:02d}", "day")
    after_day, before_number = _named_shapes(lang)
    if (m := after_day.match(text, pos, end)) and (month := month_of(m.group(2), names, lang)):
        day, year = int(m.group(1)), m.group(3)
        value = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        return DateMention(m.start(), m.end(), value, "day")
    if pos - 1 >= start and text[pos - 1] in "Qq" and (m := _QUARTER.match(text, pos - 1, end)):
        return DateMention(m.start(), m.end(), f"{m.group(2)}-Q{m.group(1)}", "quarter")
    before = (pos - 1 >= start and text[pos - 1].isspace()
              and before_number.search(text, max(start, pos - 24), pos))
    if before and (month := month_of(before.group(1), names, lang)):
        m = _DAY_AFTER_NAME.match(text, pos, end)
        if m is not None and m.group(2) is not None and language_of(lang) not in _CASED_DAYS:
            m = None  # "May 5-year plan"
        # a case ending marks a day ("december 9-ig"), and so does Lithuanian "d." ("lapkričio 17 d.")
        marked = m is not None and (m.group(2) is not None or language_of(lang) == "lt"
                                    and _LT_DAY.match(text, m.end(), end) is not None)
        if m and not (m.group(3) is None and before.group(1)[0].islower() and not marked):
            # (a lower-case month before a bare number is rarely a date: "may 5 people"; with its case
            # ending, it is: "december 9-ig")
            day, year = int(m.group(1)), m.group(3)
            value = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
            return DateMention(before.start(), m.end(), value, "day")
        if m := _YEAR_ONLY.match(text, pos, end):
            return DateMention(before.start(), m.end(), f"{m.group()}-{month:02d}", "month")
    if (m := _MONTH_AND_DAY.match(text, pos, end)) and (pos == start or not text[pos - 1].isdigit()):
        return DateMention(m.start(), m.end(), f"--{int(m.group(1)):02d}-{int(m.group(2)):02d}", "day")
    if (m := _YEAR_ONLY.match(text, pos, end)) and not approx_right_before(text, pos, language_of(lang)) \
            and not rate_follows(text, m.end()) and not unit_follows(text, m.end(), lang):
        if (month := _month_after_year(text, m.end(), end, names, lang)) is not None:
            if month[2]:
                return DateMention(m.start(), month[1], f"{m.group()}-{month[0]:02d}-{month[2]:02d}", "day")
            return DateMention(m.start(), month[1], f"{m.group()}-{month[0]:02d}", "month")
        return DateMention(m.start(), m.end(), m.group(), "year")
    if (pos - 1 >= start and text[pos - 1] == "(" and (m := _DAY_IN_BRACKETS.match(text, pos, end))
            and (w := _WEEKDAY_BEFORE.search(text, max(start, pos - 20), pos))
            and w.group(1).lower() in weekday_names(lang or "und")):
        return DateMention(pos, m.end(1), f"---{int(m.group(1)):02d}", "day")  # ISO 8601: a day of some month
    return None


_LT_DAY = re.compile(r"\s*d\.")
# Languages that give a day after its month a case ending: "december 9-ig", "november 16-án"
_CASED_DAYS = frozenset({"hu"})
# Languages that write the year before its month: "2027 júniusában", "2027 m. birželio", "2026. gada 1.
# decembra", "2027 жылғы 1 желтоқсаннан", "2026-cı il yanvarın 1-dən", "2025-yil 1-dekabrdan", "2026
# թվականի հունվարի 1-ից", "২০২৭ সালের ১১ ফেব্রুয়ারি", "सन् २०२४ को नोभेम्बरमा", "2027年6月", "2027. aasta 1. juulist"
_YEAR_FIRST = frozenset({"hu", "lt", "lv", "ja", "zh", "ko", "kk", "ky", "az", "uz", "tk", "hy", "bn", "ne", "et"})
# after the year, its suffix ("2026-cı", "2025-yil") and the word "year" in its case, a day and the month's
# name; a day with its case ending may follow the name ("yanvarın 1-dən", "հունվարի 1-ից", "birželio 5 d.")
_YEAR_WORD = rf"(?:m\.|gada|aasta|жыл{LETTER}*|il|ilin|ýyl{LETTER}*|թվական{LETTER}*|সাল{LETTER}*|को)"
_NAME_AFTER_YEAR = re.compile(rf"(?:-{LETTER}{{1,3}})?\.?\s*(?:{_YEAR_WORD}\s*)?(?:({_DAY})[.-]?\s*)?({LETTER}+)"
                              rf"(?:\s+({_DAY})(?:-{LETTER}{{1,5}}|\s*d\.))?")
# the day after the month as Japanese, Chinese and Korean write it: "11月20日", "11월 20일", "11月20号"
_DAY_OF_MONTH = r"\s*(3[01]|[12]\d|0?[1-9])\s*[日일号號]"
_NUMBER_AFTER_YEAR = re.compile(rf"[年년]\s*(1[0-2]|0?[1-9])\s*[月월](?:{_DAY_OF_MONTH})?")
_MONTH_AND_DAY = re.compile(rf"(?<![\d.,])(1[0-2]|0?[1-9])\s*[月월]{_DAY_OF_MONTH}")


def _month_after_year(text: str, at: int, end: int, names: dict[str, int],
                      lang: str) -> tuple[int, int, int | None] | None:
    """(month, end, day or None) of a month written right after a year, in a language that writes them so."""
    if language_of(lang) not in _YEAR_FIRST:
        return None
    if m := _NUMBER_AFTER_YEAR.match(text, at, end):
        return int(m.group(1)), m.end(), m.group(2) and int(m.group(2))
    if (m := _NAME_AFTER_YEAR.match(text, at, end)) and (month := month_of(m.group(2), names, lang)):
        day = m.group(1) or m.group(3)
        return month, m.end(), day and int(day)
    return None


@lru_cache(maxsize=1)
def _buddhist_year() -> re.Pattern[str]:
    months = "|".join(re.escape(name) for name in sorted(month_names("th"), key=len, reverse=True))
    return re.compile(rf"(?:พ\.ศ\.|ปี|{months})\.?\s*(2[45]\d\d)(?!\d)")


def _in_common_era(text: str) -> str:
    """Thai ``text`` with its years of the Buddhist era, after "พ.ศ.", "ปี" (year) or a month, written
    as the same years of the common era ("1 มีนาคม 2570" as "1 มีนาคม 2027"): as many digits, so the
    offsets stay true."""
    return _buddhist_year().sub(lambda m: m.group()[:m.start(1) - m.start()] + str(int(m.group(1)) - 543), text)


# Khmer glues "month" before a month's name and writes "year" before its number: "ថ្ងៃទី១ ខែមករា ឆ្នាំ២០២៧"
_KHMER_MONTH_WORD = re.compile(r"ខែ(?=[\u1780-\u17b3])")
_KHMER_YEAR_WORD = re.compile(r"ឆ្នាំ\s*(?=\d)")


def _in_khmer_order(text: str) -> str:
    """Khmer ``text`` with its words "month" before a month's name and "year" before a year as spaces
    (as many: the offsets stay true), so that the shapes of other languages read its dates."""
    blank = lambda m: " " * len(m.group())  # noqa: E731
    return _KHMER_YEAR_WORD.sub(blank, _KHMER_MONTH_WORD.sub(blank, text))


def find_dates(text: str, lang: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Dates in ``text[start:end]``, in order, with absolute offsets into ``text``."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    names = month_names(lang)
    text = ascii_digits(text, start, end)  # "৩১ মার্চ ২০২৯", "١ ديسمبر ٢٠٢٦": the same length, offsets stay true
    if language_of(lang) == "th":
        text = _in_common_era(text)
    elif language_of(lang) == "km":
        text = _in_khmer_order(text)
    found: list[DateMention] = []
    for number in _NUMBER.finditer(text, start, end):
        if found and number.start() < found[-1].end:
            continue  # part of the date just found ("2024" of "1. august 2024")
        mention = _at(text, number.start(), start, end, names, lang)
        if mention is not None:
            found.append(mention)
    return found
