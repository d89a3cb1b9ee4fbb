"""Years said relative to the article's: "last year", "l'anno scorso", "tahun lalu", "a year ago",
"next year", "this year".

A figure with no year of its own in its clause, beside such words, is of the year before, after or
of the article's date: "Im vergangenen Jahr setzte Vondel 6,3 Mrd. Euro um" in an article of November
2026 is 2025's revenue, and a data centre "berkapasitas 100 MW ... tahun lalu" is last year's, not
the one announced for 2031. On an undated page the year is known once its story's date is (the dated
articles it is related to): the figure keeps its offset until then (``dated``).

Changes beside "last year" are left alone: "21 százalékkal több a tavalyinál", "up 8% on last year"
say what the change is measured from, not when it is of; "this year" and "next year" say when.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from factcheck.core.comparison_bases import COMPARED_WITH
from factcheck.core.figure_context import conjunctions
from factcheck.core.measure_words import CHANGES
from factcheck.core.models import Figure
from factcheck.core.scripts import LANGUAGES

_LAST = (
    "last year", "sidste år", "i fjor", "i fjol", "förra året", "im vergangenen jahr", "im letzten jahr",
    "letztes jahr", "vergangenes jahr", "im vorjahr", "vorig jaar", "l'année dernière", "l’année dernière",
    "l'an dernier", "l’an dernier", "l'an passé", "l’an passé", "el año pasado", "el pasado año",
    "l'anno scorso", "l’anno scorso", "lo scorso anno", "no ano passado", "ano passado", "w zeszłym roku",
    "w ubiegłym roku", "loni", "v loňském roce", "vlani", "v minulom roku", "tavaly", "anul trecut",
    "prošle godine", "lani", "πέρυσι", "πέρσι", "την περασμένη χρονιά", "geçen yıl", "viime vuonna", "tahun lalu",
    "pernai", "praėjusiais metais", "pagājušajā gadā", "pērn", "eelmisel aastal", "mullu", "v preteklem letu",
    "в прошлом году", "минулого року", "торік", "миналата година",
)
# a year ago: "Hace un año costaba 4,10 euros"; never of a whole sentence, since it most often follows the
# one figure it dates ("6,340 cases ..., up from 2,870 a year earlier")
_AGO = (
    "a year ago", "one year ago", "a year earlier", "hace un año", "un año antes", "il y a un an", "un an plus tôt",
    "un anno fa", "un anno prima", "há um ano", "um ano antes", "vor einem jahr", "ein jahr zuvor", "ein jahr früher",
    "een jaar geleden", "een jaar eerder", "för ett år sedan", "ett år tidigare", "for et år siden", "et år tidligere",
    "rok temu", "rok wcześniej", "před rokem", "o rok dříve", "pred rokom", "egy éve", "egy évvel korábban",
    "acum un an", "cu un an în urmă", "vuosi sitten", "vuotta aiemmin", "πριν από ένα χρόνο", "ένα χρόνο νωρίτερα",
    "bir yıl önce", "setahun lalu", "prije godinu dana", "godinu dana ranije",
)
_NEXT = (
    "next year", "næste år", "neste år", "nästa år", "nächstes jahr", "im nächsten jahr", "im kommenden jahr",
    "volgend jaar", "l'année prochaine", "l’année prochaine", "l'an prochain", "l’an prochain", "el próximo año",
    "el año que viene", "l'anno prossimo", "l’anno prossimo", "il prossimo anno", "no próximo ano",
    "w przyszłym roku", "příští rok", "v příštím roce", "budúci rok", "jövőre", "anul viitor", "anul următor",
    "sljedeće godine", "iduće godine", "του χρόνου", "την επόμενη χρονιά", "gelecek yıl", "önümüzdeki yıl",
    "ensi vuonna", "tahun depan",
    "kitais metais", "kitąmet", "nākamgad", "nākamajā gadā", "järgmisel aastal", "prihodnje leto", "prihodnjem letu",
    "в следующем году", "в будущем году", "наступного року", "догодина", "следващата година",
)
_THIS = (
    "this year", "i år", "dieses jahr", "in diesem jahr", "dit jaar", "cette année", "este año", "quest'anno",
    "quest’anno", "este ano", "deste ano", "neste ano", "w tym roku", "letos", "tento rok", "idén", "anul acesta",
    "ove godine",
    "φέτος", "bu yıl", "tänä vuonna", "tahun ini", "šiemet", "šiais metais", "šogad", "sel aastal",
    "в этом году", "цього року", "тази година",
)


def _pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


# (phrases, the year's offset, whether one at a sentence's start or end dates all its figures)
_OFFSETS = ((_pattern(_LAST), -1, True), (_pattern(_NEXT), 1, True), (_pattern(_THIS), 0, True),
            (_pattern(_AGO), -1, False))
# the cheap test first, on the lower-cased sentence: a word every phrase holds
_HINTS = re.compile("|".join(sorted({re.escape(max(p.split(), key=len)) for p in _LAST + _NEXT + _THIS + _AGO},
                                    key=len, reverse=True)))
_BEFORE, _AFTER = 60, 60  # how far from the figure it dates the phrase may stand (characters)
_CLOSED = re.compile(r"[)）]")  # the end of a parenthesis


# Where a new clause starts (a comma and a conjunction, or a semicolon), a phrase dates its own
# clause's figures: "9 miljoner passagerare förra året, och satsningen väntas ge omkring 650 jobb",
# "4,75 mlrd. eurų, o šiemet skirta 5 %"
@lru_cache(maxsize=LANGUAGES)
def _clause_break(language: str) -> re.Pattern[str]:
    return re.compile(rf";|,\s*(?:{conjunctions(language)})(?![^\W\d_])", re.IGNORECASE)


# "mniej niż w tym roku", "more than last year", "below this year's record", "up 4.2% from a year earlier",
# "compared with last year": the year compared with, no figure's own
_THAN = re.compile(r"(?<![^\W\d_])(?:than|below|above|niż|als|än|end|enn|kuin|mint|decât|nego|než|чем|ніж|"
                   rf"{COMPARED_WITH}|on|over|frente\s+a|sobre|em\s+relação\s+a|vergeleken\s+met|jämfört\s+med|"
                   r"sammenlignet\s+med|w\s+porównaniu\s+z)"
                   r"(?:\s+(?:in|w|im|en|nel|i|dans|na|v|în|u|в))?\s+$", re.IGNORECASE)


def with_relative_years(text: str, figures: Sequence[Figure], date: str | None, lang: str = "") -> tuple[Figure, ...]:
    """``figures`` (of the sentence ``text``, in ``lang``), those with no year of their own dated by a
    relative year near them in their clause with no other figure between; on an undated page
    (``date`` None) given the year's offset instead (``Figure.year_offset``, read by ``dated``)."""
    if _HINTS.search(text.lower()) is None:
        return tuple(figures)
    found = [(m.start(), m.end(), k, whole) for pattern, k, whole in _OFFSETS for m in pattern.finditer(text)
             if not _THAN.search(text, max(0, m.start() - 16), m.start())]
    if not found:
        return tuple(figures)
    # a phrase that touches a figure is its own, before a year its clause names, and no other's ("Die Quote für
    # 2027 sinkt von 17,5 Millionen Kubikmetern in diesem Jahr auf 11,2 Millionen": this year's 17.5 million)
    touching = {id(f): phrase for f in figures if f.kind != "year" and not f.courtesy
                for phrase in found if _touches(text, f, phrase)}
    found = [phrase for phrase in found if phrase not in touching.values()]
    if touching:
        figures = [_of_offset(f, touching[id(f)][2], date) if id(f) in touching else f for f in figures]
    if not found or not any(f.year is None for f in figures):
        return tuple(figures)
    # one such phrase at the start or the end of a sentence that names no year dates all its clauses'
    # figures ("pembangunan pusat data berkapasitas 100 MW senilai US$1,1 miliar di Batam, tahun lalu");
    # one within it ("2,4 mld euro, czyli mniej niż w tym roku, gdy deficyt ma wynieść 3,1 proc.") and
    # each of several date their nearest
    alone = len(found) == 1 and found[0][3] and not any(f.kind == "year" or f.year is not None for f in figures) and (
        not text[:found[0][0]].strip(" \"'«„“") or not text[found[0][1]:].strip(" .!?\"'»”"))
    others = [] if alone else [f for f in figures if not f.courtesy]
    breaks = _clause_break((lang or "").split("-")[0].lower())
    out = []
    for f in figures:
        if f.year is None and f.kind != "year":
            # a change "last year" may be measured from it ("up 8% on last year"); one "this year" or
            # "next year" is of it ("dovrebbe crescere del 3,4% quest'anno")
            offset = next((k for a, b, k, _ in sorted(found, key=lambda x: min(abs(x[0] - f.end), abs(f.start - x[1])))
                           if (f.measure not in CHANGES or k >= 0)
                           and (alone or f.start - _BEFORE <= b <= f.start or f.end <= a <= f.end + _AFTER)
                           and not breaks.search(text, min(b, f.end), max(a, f.start))
                           # nor one in parentheses before it ("La cuota (recortada el año pasado) es de 17.500 t")
                           and not (b <= f.start and _CLOSED.search(text, b, f.start))
                           and not any(g is not f and min(a, f.start) < g.start < max(b, f.end) for g in others)),
                          None)
            if offset is not None:
                f = _of_offset(f, offset, date)
        out.append(f)
    return tuple(out)


def _of_offset(f: Figure, offset: int, date: str | None) -> Figure:
    """``f`` of the year ``offset`` years from its article's (``date``), or given that offset on an undated page."""
    if date:
        return replace(f, year=int(date[:4]) + offset, year_offset=None)
    return replace(f, year=None, year_offset=offset)


def _touches(text: str, f: Figure, phrase: tuple) -> bool:
    """Whether a relative year's ``phrase`` (start, end, ...) stands right after the figure ``f`` or right before it."""
    start, end = phrase[0], phrase[1]
    after = 0 <= start - f.end <= 1 and not text[f.end:start].strip()
    before = 0 <= f.start - end <= 1 and not text[end:f.start].strip()
    return after or before


def dated(figures: list[Figure], story_date: str | None) -> list[Figure]:
    """``figures`` of an undated page, those said of a year relative to the page's dated by its story's
    date ("v příštím roce vzrůst o 3,4 %" in a story of November 2026 is 2027's); a dated page's as they are."""
    if not story_date:
        return figures
    year = int(story_date[:4])
    return [replace(f, year=year + f.year_offset) if f.year_offset is not None and f.year is None else f
            for f in figures]
