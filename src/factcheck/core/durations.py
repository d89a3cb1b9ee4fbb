"""Durations written in two parts, read as one figure in years: "three years and six months",
"3 anos e meio" and "dreieinhalb Jahre" are 3.5 (years), as "3.5 years" is. Read as their first
part, a prison term of "three years and six months" would be held against another outlet's "three
and a half years". So are hours and minutes, and minutes and seconds, in the larger unit: "7 minut a
40 sekund" is 7.67 minutes, which "knapt åtte minutter" (nearly eight) agrees with.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from factcheck.core.figure_ranges import AND
from factcheck.core.models import Figure
from factcheck.core.number_halves import NEXT_WORD, half_follows
from factcheck.core.quantities import percent_follows
from factcheck.core.units import AMBIGUOUS, DIMENSION, own_and_english_words, unit_forms

_YEARS = {
    "en": r"years?", "pt": r"anos?", "es": r"años?", "fr": r"ans|années?", "it": r"anni|anno",
    "de": r"jahren?|jahre", "nl": r"jaar", "da": r"år", "nb": r"år", "no": r"år", "nn": r"år", "sv": r"år",
    "id": r"tahun",
}
_MONTHS = {
    "en": r"months?", "pt": r"mês|meses", "es": r"mes(?:es)?", "fr": r"mois", "it": r"mes[ei]",
    "de": r"monat(?:e|en)?", "nl": r"maand(?:en)?", "da": r"måned(?:er)?", "nb": r"måned(?:er)?",
    "no": r"måned(?:er)?", "nn": r"månad(?:er)?", "sv": r"månad(?:er)?", "id": r"bulan",
}
# German and Dutch write the half into the number word: "dreieinhalb Jahre", "anderthalb Stunden",
# "drieënhalve dag", "anderhalf jaar"
_WORD_HALVES = {
    "de": re.compile(r"(?<![^\W\d_])(?:(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)einhalb|"
                     r"(anderthalb))(?=\s+[A-ZÄÖÜ])", re.IGNORECASE),
    "nl": re.compile(r"(?<![^\W\d_])(?:(twee|drie)ën|(?:(vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)en)|"
                     r"(ander))hal(?:f|ve)(?=\s+[^\W\d_])", re.IGNORECASE),
}
_HALF_UNITS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
               "zehn": 10, "elf": 11, "zwölf": 12,  # and the Dutch that German does not share
               "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10, "twaalf": 12}


@lru_cache(maxsize=16)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    if lang not in _YEARS:
        return None
    between = re.compile(rf"\s+(?:{_YEARS[lang]})\s*,?\s+(?:{AND})\s+", re.IGNORECASE)
    months = re.compile(rf"\s+(?:{_MONTHS[lang]})(?![^\W\d_])", re.IGNORECASE)
    return between, months


def joined(text: str, lang: str, figures: list[Figure], lo: int, hi: int) -> list[Figure]:
    """``figures`` (in text order), each whole number of years followed by a half or by a number
    of months read as one figure, the months' figure dropped; in German and Dutch, with
    "dreieinhalb", "drieënhalve" and their kin before a noun added. A half after a unit is the
    unit's ("quatre heures et demie"), and a number and a half takes the unit after it ("four and a
    half hours")."""
    if lang in _WORD_HALVES:
        figures = sorted(figures + _word_halves(text, lang, figures, lo, hi), key=lambda f: f.start)
    patterns = _patterns(lang)
    out: list[Figure] = []
    skip = -1
    for i, f in enumerate(figures):
        if i <= skip:
            continue
        if (race := _in_three_parts(text, figures[i:i + 3], lang, hi)) is not None:
            out.append(race)  # "2 hours, 4 minutes and 21 seconds" is the race time 2:04:21
            skip = i + 2
            continue
        g = figures[i + 1] if i + 1 < len(figures) else None
        if f.kind == "number" and f.dimension and f.value == int(f.value) \
                and (half := half_follows(text, f.end, lang, hi, after_unit=True)) is not None:
            f = replace(f, value=f.value + 0.5, end=half, text=text[f.start:half])  # "quatre heures et demie"
        elif f.kind == "number" and f.unit is None and f.value == int(f.value):
            if not f.words and (half := half_follows(text, f.end, lang, hi)) is not None:
                f = replace(f, value=f.value + 0.5, end=half, text=text[f.start:half])
            elif (patterns is not None and g is not None and g.kind == "number" and g.unit in (None, "mo")
                  and g.value < 12 and patterns[0].fullmatch(text, f.end, g.start)
                  and (end := g.end if g.unit else _end_of(patterns[1].match(text, g.end, hi)))):
                f = replace(f, value=f.value + g.value / 12, end=end, text=text[f.start:end])
                skip = i + 1
        if f.kind == "number" and f.unit in ("h", "min") and g is not None \
                and (end := _smaller_part_after(text, f, g, lang, hi)):
            # "3 hours and 20 minutes", "7 minut a 40 sekund": one span, in the larger unit
            f = replace(f, value=f.value + g.value / 60, end=end, text=text[f.start:end])
            skip = i + 1
        elif f.kind == "number" and f.unit == "min" and f.value == int(f.value) and 0 < f.value < 60 \
                and (hour := _AN_HOUR_AND.search(text, max(lo, f.start - 24), f.start)) is not None:
            # "una hora y diez minutos", "an hour and ten minutes": seventy minutes, not ten
            f = replace(f, start=hour.start(), value=1 + f.value / 60, unit="h", text=text[hour.start():f.end])
        if f.kind == "number" and f.unit is None and f.value % 1 == 0.5:
            f = _with_unit_after(text, f, lang, hi)  # "four and a half hours", "viereinhalb Stunden"
        out.append(f)
    return out


# "and" between hours and minutes, or minutes and seconds; Czech and Slovak "a" too, safe here with a
# span's word on both sides
_PARTS_AND = re.compile(rf"\s*,?\s+(?:{AND}|a)\s+", re.IGNORECASE)


@lru_cache(maxsize=256)  # one per language an article is in: more than a few dozen
def _seconds_word(lang: str) -> re.Pattern[str]:
    """The words for seconds in ``lang`` (CLDR's long forms, and English's), right after a number."""
    words = set(own_and_english_words(lang, "duration-second"))
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s+(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


# one hour in words, then "and", before a number of minutes
_AN_HOUR_AND = re.compile(
    r"(?<![^\W\d_])(?:an|one|una|eine|une|un['’]|uma|een|en|ett|jedna|jedną|jednu|один)\s*"
    r"(?:hour|hora|Stunde|heure|ora|uur|time|timme|timer|godzina|godzinę|hodina|hodinu|час)"
    r"\s+(?:and|y|und|et|e|en|og|och|i|a|и)\s+$", re.IGNORECASE)


def _smaller_part_after(text: str, f: Figure, g: Figure, lang: str, hi: int) -> int | None:
    """Where "and so many minutes" after the hours ``f``, or "and so many seconds" after its minutes,
    ends (``g``: the next figure); None if none follows."""
    # minutes in words are minutes ("seis horas y veinte minutos"); a bare number in words after the
    # minutes is too often the next thing counted to be the seconds
    if g.kind != "number" or g.words and g.unit != "min" or not (g.value == int(g.value) and 0 < g.value < 60):
        return None
    if not _PARTS_AND.fullmatch(text, f.end, g.start) and not (f.unit == "h" and g.unit == "min"
                                                               and text[f.end:g.start] == " "):
        return None  # "3 hours and 20 minutes", "1 hour 10 minutes"
    if f.unit == "h":
        return g.end if g.unit == "min" else None
    if g.unit == "sec":
        return g.end
    m = _seconds_word(lang).match(text, g.end, hi) if g.unit is None else None
    return m.end() if m else None


_COMMA = re.compile(r"\s*,\s*")


def _in_three_parts(text: str, figures: list[Figure], lang: str, hi: int) -> Figure | None:
    """Hours, minutes and seconds in words, as one race time in seconds ("2 hours, 4 minutes and 21
    seconds", "2 Stunden, 4 Minuten und 21 Sekunden"); None if ``figures`` do not begin so."""
    if len(figures) < 3:
        return None
    h, m, s = figures
    if h.unit != "h" or m.unit != "min" or any(f.kind != "number" or f.value != int(f.value) for f in figures) \
            or not (_COMMA.fullmatch(text, h.end, m.start) or _PARTS_AND.fullmatch(text, h.end, m.start)):
        return None
    end = _smaller_part_after(text, m, s, lang, hi)
    if end is None:
        return None
    return Figure("number", h.start, end, 3600 * h.value + 60 * m.value + s.value, SECONDS, text=text[h.start:end],
                  dimension="duration")


def _end_of(m: re.Match[str] | None) -> int | None:
    return m.end() if m else None


def _with_unit_after(text: str, f: Figure, lang: str, hi: int) -> Figure:
    """``f``, a number with a half, with the unit written after it, if a unit's word follows, or a
    percent if the word for it does ("sechseinhalb Prozent")."""
    if (pct := percent_follows(text, f.end, hi, lang)) is not None:
        return replace(f, kind="percent", unit="%", end=pct, text=text[f.start:pct])
    m = NEXT_WORD.match(text, f.end, hi)
    symbol = unit_forms(lang).get(m.group(1)) if m else None
    if symbol is None or m.group(1) in AMBIGUOUS:
        return f
    return replace(f, unit=symbol, dimension=DIMENSION.get(symbol), end=m.end(), text=text[f.start:m.end()])


def _word_halves(text: str, lang: str, figures: list[Figure], lo: int, hi: int) -> list[Figure]:
    out = []
    for m in _WORD_HALVES[lang].finditer(text, lo, hi):
        if not any(f.start < m.end() and m.start() < f.end for f in figures):
            word = next((w.lower() for w in m.groups() if w), "")
            whole = _HALF_UNITS.get(word, 1)  # "anderthalb", "anderhalf": one and a half
            out.append(Figure("number", m.start(), m.end(), whole + 0.5, text=m.group(), words=True))
    return out


# A race time, hours, minutes and seconds: "2:06:41", "2:06:41 Stunden", "2h06:41" (never a clock: those
# have no seconds in news)
_CLOCK = re.compile(r"(?<![\w:.,])(\d{1,2})(?::|h)([0-5]\d):([0-5]\d)(?![\w:]|[.,]\d)")
# and spelled with its units, as French, Spanish and Italian papers write it: "2 h 04 min 37 s",
# "2h04'37''", "2 h 04' 37\"", "2h 04m 37s"
_SPELLED = re.compile(r"(?<![\w:.,])(\d{1,2}) ?h ?([0-5]\d) ?(?:min\.?|m|'|’|′) ?([0-5]\d)"
                      r"(?: ?(?:s|sec\.?|''|’’|\"|″))?(?![\w'’″\"]|[.,]\d)")
# with dots, as Nordic and Dutch papers write it ("2.18.47"), where the hours have no leading zero and
# the minutes have one or pass twelve: "3.11.26" and "02.04.12" are dates
_DOTTED = re.compile(r"(?<![\w:.,])([1-9])\.((?:0\d|1[3-9]|[2-5]\d))\.([0-5]\d)(?![\w:]|[.,]\d)")
# and in Japanese, Chinese and Korean: "2時間4分21秒", "2小时18分47秒", "2시간 4분 21초"
_CJK = re.compile(r"(\d{1,2}) ?(?:時間|小时|小時|시간) ?([0-5]?\d) ?(?:分|분) ?([0-5]?\d) ?(?:秒|초)")
# Minutes, seconds and tenths, as a ski or swimming race's time is written: "24:31.2", "24.31,2" (Nordic
# papers), "27 min 12 s 5" (French). Without tenths, "24:31" may be a clock
_TENTHS = re.compile(r"(?<![\w:.,])([0-5]?\d)(?::|\.(?=\d\d,))([0-5]\d)[.,](\d{1,2})(?![\w:]|[.,]\d)"
                     r"|(?<![\w:.,])([0-5]?\d) ?min\.? ?([0-5]?\d) ?s ?(\d{1,2})(?![\w:]|[.,]\d)")
SPELLED_GATE = re.compile(r"\d ?h ?[0-5]\d|[1-9]\.[0-5]\d\.[0-5]\d|\d ?(?:時間|小时|小時|시간)"
                          r"|\d\.[0-5]\d,\d|\d ?min\.? ?[0-5]?\d ?s ?\d")  # the cheap test
SECONDS = "s"


def race_times(text: str, lo: int, hi: int) -> list[Figure]:
    """The times of ``text[lo:hi]`` written as hours:minutes:seconds or spelled with their units, in
    seconds (unit ``SECONDS``, dimension "duration"): "2:06:41" and "2:06:14" are 27 seconds apart, a
    conflict; "2 h 04 min 37 s" is 2:04:37."""
    out = []
    for m in [*_CLOCK.finditer(text, lo, hi), *_SPELLED.finditer(text, lo, hi), *_DOTTED.finditer(text, lo, hi),
              *_CJK.finditer(text, lo, hi)]:
        h, mi, sec = (int(x) for x in m.groups())
        out.append(Figure("number", m.start(), m.end(), float(3600 * h + 60 * mi + sec), SECONDS, text=m.group(),
                          dimension="duration"))
    for m in _TENTHS.finditer(text, lo, hi):
        mi, sec, tenths = (x for x in m.groups() if x is not None)
        seconds = 60 * int(mi) + int(sec) + int(tenths) / 10 ** len(tenths)
        out.append(Figure("number", m.start(), m.end(), round(seconds, 2), SECONDS, text=m.group(),
                          dimension="duration", precision=0.5 / 10 ** len(tenths) / seconds))
    return out


# Parts of an hour said in words, in minutes: "half an hour", "trois quarts d'heure", "eine
# Dreiviertelstunde", "een kwartier". Read as their parts, "trois quarts d'heure" would be a count of 3.
_HOUR_PARTS: dict[str, dict[int, str]] = {
    "en": {30: r"half an hour|a half[- ]hour", 15: r"a quarter of an hour|quarter of an hour",
           45: r"three quarters of an hour|three-quarters of an hour"},
    "de": {30: r"eine(?:r|n)? halbe(?:n)? Stunde", 15: r"eine(?:r)? Viertelstunde",
           45: r"eine(?:r)? Dreiviertelstunde|drei Viertelstunden"},
    "fr": {30: r"une demi-heure", 15: r"un quart d'heure", 45: r"trois quarts d'heure"},
    "es": {30: r"media hora", 15: r"un cuarto de hora", 45: r"tres cuartos de hora"},
    "pt": {30: r"meia hora", 15: r"um quarto de hora", 45: r"três quartos de hora"},
    "it": {30: r"mezz'ora|mezzora|mezza ora", 15: r"un quarto d'ora", 45: r"tre quarti d'ora"},
    "nl": {30: r"een half uur|een halfuur", 15: r"een kwartier", 45: r"drie kwartier"},
    "da": {30: r"en halv time", 15: r"et kvarter", 45: r"tre kvarter"},
    "no": {30: r"en halv time|en halvtime", 15: r"et kvarter", 45: r"tre kvarter"},
    "nn": {30: r"ein halv time|ein halvtime", 15: r"eit kvarter", 45: r"tre kvarter"},
    "sv": {30: r"en halvtimme|en halv timme", 15: r"en kvart", 45: r"tre kvart"},
    "pl": {30: r"pół godziny", 15: r"kwadrans", 45: r"trzy kwadranse"},
    "cs": {30: r"půl hodiny", 15: r"čtvrt hodiny", 45: r"tři čtvrtě hodiny|třičtvrtě hodiny"},
    "sk": {30: r"pol hodiny", 15: r"štvrť hodiny", 45: r"tri štvrte hodiny"},
}


@lru_cache(maxsize=256)  # one per language an article is in: more than a few dozen
def _hour_parts(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    forms = _HOUR_PARTS.get(lang)
    if forms is None:
        return None
    groups = "|".join(f"(?P<m{minutes}>{words})" for minutes, words in forms.items())
    return re.compile(rf"(?<![^\W\d_])(?:{groups})(?![^\W\d_])", re.IGNORECASE), {f"m{m}": m for m in forms}


def hour_parts(text: str, lang: str, lo: int, hi: int) -> list[Figure]:
    """The parts of an hour ``text[lo:hi]`` says in words, as minutes ("trois quarts d'heure": 45 min)."""
    compiled = _hour_parts(lang)
    if compiled is None:
        return []
    pattern, minutes = compiled
    return [Figure("number", m.start(), m.end(), float(minutes[m.lastgroup]), "min", text=m.group(), words=True,
                   dimension="span") for m in pattern.finditer(text, lo, hi)]
