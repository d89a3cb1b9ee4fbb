"""Two figures that make one range or one change: "between 10 and 12 million dollars", "10-12
million", "rose from 5.1 to 5.4 percent", "stieg von 5,1 auf 5,4 Prozent", "naik dari 5,1 persen
menjadi 5,4 persen", "rose to 5.4% from 5.1%".

Outlets write the unit and the scale once, after the second figure: the first is in them too
(``share_unit``). And the two are not two measurements of today: a range is a lower and an upper
bound; a change from one level to another starts at a level of an earlier time, which another outlet
giving today's level does not contradict (``Pair.kind``: "range", "change" or "reversed", the last
for "to 5.4% from 5.1%", where the second figure is the earlier level).

A level of before is said in words too: "its previous record of 40.7C", "fra tidligere 5-8 procent"
(``previous_levels``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from factcheck.core.ages import is_age
from factcheck.core.currency import convert_to_usd
from factcheck.core.measure_words import MEASURES
from factcheck.core.models import Figure
from factcheck.core.numbers import numeral_in, written_with_letters

# and in Lithuanian, Latvian, the Slavic languages ("nuo 21 iki 22 %", "z 1153 do 1420 euro", "с 1153 до 1240")
# and Greek ("από 9.500 σε 11.400 φιορίνια", "μεταξύ 10 και 12")
# and Arabic ("من 15 إلى 18 جنيها", "بين 25 و30 درهما")
_FROM = r"from|von|van|fra|från|dari|de|del|desde|da|dal|dalla|dallo|du|des|nuo|no|od|z|ze|с|от|з|із|από|من"
BETWEEN = (r"between|zwischen|tussen|mellem|mellan|antara|entre|tra|tarp|starp|między|mezi|medzi|između|между|між|"
           r"μεταξύ|بين")
TO = (r"to|auf|bis|naar|tot|til|till|menjadi|jadi|hingga|sampai|a|al|à|au|ao|até|hasta|alla|para|iki|līdz|do|na|до|на|"
      r"σε|στα|στις|στους|στο|έως|إلى|الى")
AND = r"and|und|en|og|och|dan|y|e|et|ir|un|i|и|і|та|και|és|și|ja|ve"  # "and" in the languages read (Dutch "en")
# the word before the first figure, an approximation word ("from about", "von rund") allowed between
_ONE_WORD = r"(?:[^\W\d_]{1,12}\s+)?"
_FROM_BEFORE = re.compile(rf"(?<![^\W\d_])(?:(?:{_FROM})\s+|d')(?:{_ONE_WORD})$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{BETWEEN})\s+{_ONE_WORD}$", re.IGNORECASE)
# between the two, what the first is of may be said ("von 96,2 Punkten im Vormonat auf 93,1"), but
# no "and": "540 forintos vonaljegy és a 11 400 forintos bérlet" is two things, "a" no "to" there
_TO_GAP = re.compile(rf"(?:\s+(?!(?:{AND})(?![^\W\d_]))[^\W\d_]+){{0,3}}\s+(?:{TO})\s+{_ONE_WORD}", re.IGNORECASE)
_AND_GAP = re.compile(rf"\s+(?:(?:{AND})\s+{_ONE_WORD}|و\s*)", re.IGNORECASE)  # Arabic's "and" glued to the number
_DASH_GAP = re.compile(r"\s*[-–—]\s*")
# "rose to 5.4% in November from 5.1%": "to" right before the first, "from" right before the second
_TO_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{TO})\s+{_ONE_WORD}$", re.IGNORECASE)
_FROM_GAP = re.compile(rf"(?:\s+[^\W\d_]+){{0,3}}\s+(?:{_FROM})\s+{_ONE_WORD}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Pair:
    """Figures ``first`` and ``first + 1`` (indexes in text order) and how they go together."""

    first: int
    kind: str  # "range" (a lower and an upper bound), "change" (from, to) or "reversed" (to, from)


def pairs(text: str, figures: list[Figure], lo: int = 0) -> list[Pair]:
    """The ranges and changes among ``figures`` (in text order, inside ``text[lo:]``), each figure in
    one at most."""
    out: list[Pair] = []
    taken = -1
    for i in range(len(figures) - 1):
        f, g = figures[i], figures[i + 1]
        if i <= taken or g.start < f.end:
            continue
        if f.kind == "number" and f.unit is None and is_age(text, f):
            continue  # "cet homme de 58 ans a coûté 112 millions": a person's age begins no range
        before = text[max(lo, f.start - 30):f.start]
        gap = (f.end, g.start)
        same = f.kind == g.kind and f.unit == g.unit
        kind = None
        if not (same or (f.kind == "number" and f.unit is None)):
            pass  # "del 4% a 17,6 miliardi", "de 4 %, à 17,6 milliards": by a share, to a sum
        elif _TO_GAP.fullmatch(text, *gap) and _FROM_BEFORE.search(before):
            kind = "change"
        elif (_AND_GAP.fullmatch(text, *gap) and _BETWEEN_BEFORE.search(before)) or _DASH_GAP.fullmatch(text, *gap):
            kind = "range"
        elif _FROM_GAP.fullmatch(text, *gap) and _TO_BEFORE.search(before) and same:
            kind = "reversed"
        elif f.value < g.value and _TO_GAP.fullmatch(text, *gap) and not _changed(before):
            kind = "range"  # "expects growth of 7% to 9%", "naar 7 tot 9%": no change to a level
        if kind is not None:
            out.append(Pair(i, kind))
            taken = i + 1
    return out


def _changed(before: str) -> bool:
    """Whether a change word stands right before the first figure ("rose 0.2% to 3.1%", "stieg um 2
    auf 5 Prozent": by, then to); a noun with "of" does not ("growth of 7% to 9%")."""
    verb = _VERB_BEFORE.search(before)
    lowered = verb.group(1).lower() + " " if verb else ""
    return any(w in lowered for w in _CHANGE_WORDS)


# the word right before a figure, or before "by" and a figure ("rose 0.2%", "stieg um 0,2", "steeg met 2")
_VERB_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:(?:by|um|met|med|with|de|di|del|sebesar|un)\s+)?$", re.IGNORECASE)


_CHANGE_WORDS = MEASURES["growth"] + MEASURES["decline"]


def share_unit(text: str, lang: str, figures: list[Figure], as_of: str | None = None, lo: int = 0) -> list[Figure]:
    """``figures``, the first of each range or change written bare ("von 5,1 auf 5,4 Prozent",
    "from $10 to $12 million", "10-12 million") read in the second's unit and, when that brings it
    nearer the second, its scale."""
    out = list(figures)
    for p in pairs(text, figures, lo):
        f, g = out[p.first], out[p.first + 1]
        if p.kind == "reversed" or written_with_letters(text, f.start, f.end):
            continue  # the first says its own scale or words ("5 million to 7 billion")
        same = f.kind == g.kind and f.unit == g.unit
        if not (same or (f.kind == "number" and f.unit is None)) or g.kind == "year":
            continue
        value = f.value
        scaled = float(f"{f.value * _scale(text, lang, g):.12g}")  # 64.12 agorot are 0.6412, not 0.6412000000000001
        if f.value > 0 and g.value > 0 and abs(math.log(scaled / g.value)) < abs(math.log(f.value / g.value)):
            value = scaled
        if same and value == f.value:
            continue
        usd, day = (convert_to_usd(value, g.unit, as_of) or (None, None)) if g.kind == "money" else (None, None)
        out[p.first] = replace(f, kind=g.kind, value=value, unit=g.unit, dimension=g.dimension, usd=usd, as_of=day)
    return out


def _scale(text: str, lang: str, g: Figure) -> float:
    """What the scale word of ``g`` multiplies its numeral by ("12 million" -> 1e6), 1 without one; a
    hundredth where ``g`` is in its currency's hundredths ("de 64,12 à 67,84 agorot")."""
    written = numeral_in(text, g.start, g.end, lang)
    ratio = g.value / float(written) if written else 1.0
    return ratio if math.isclose(ratio, 0.01) else max(1.0, ratio)


# "its previous record of 40.7C", "den bisherigen Rekord von 40,7 Grad", "fra tidligere 5-8 procent"
_PREVIOUS = re.compile(
    r"(?<![^\W\d_])(?<!-)(?:previous|prior|former|(?<!year )(?<!month )(?<!quarter )earlier|old|vorherig\w*|bisherig\w*|früher\w*|alte[nr]?|précédent\w*|"
    r"ancien\w*|anterior\w*|previ[oa]s?|antigu[oa]s?|precedent[ei]|vecchi[oa]|tidligere|forrige|gamle|förra|tidigare|"
    r"gamla|vorige|eerdere|oude|sebelumnya|lama)"
    r"(?![^\W\d_])[^\d.;:!?]{0,25}$", re.IGNORECASE)

# and after it, ending its clause: "berbanding RM372 sebelum ini", "from 5.1% previously", "nach 3,2 Prozent
# zuvor", "contre 4 % auparavant" (not "tres días antes": a span of time before something)
_PREVIOUS_AFTER = re.compile(
    r"[ \u00a0]+(?:sebelum ini|sebelumnya|previously|before|earlier|zuvor|vorher|auparavant|précédemment|"
    r"anteriormente|antes|in precedenza|prima|eerder|voorheen|tidligere|tidigare|aiemmin|wcześniej|dříve|predtým|"
    r"korábban|önceden|ранее|раніше|прежде)(?=[ \u00a0]*(?:[,.;:)!?]|$))", re.IGNORECASE)


# "W ubiegłym roku TAP przewiózł 16,6 mln pasażerów", "carried 9.3 million passengers last year",
# "who paid just €3.5m for him three years ago"
_LAST_YEAR = (r"last year|im vergangenen jahr|letztes jahr|l'an dernier|l'année dernière|el año pasado|"
              r"l'anno scorso|lo scorso anno|no ano passado|vorig jaar|sidste år|förra året|i fjol|tahun lalu|"
              r"w ubiegłym roku|w zeszłym roku|"
              r"[\w-]+ years ago|vor [\w-]+ jahren|il y a [\w-]+ ans|hace [\w-]+ años|[\w-]+ anni fa|há [\w-]+ anos|"
              r"[\w-]+ jaar geleden|for [\w-]+ år siden|för [\w-]+ år sedan|[\w-]+ tahun (?:yang )?lalu|"
              r"[\w-]+ lata? temu|[\w-]+ vuotta sitten|[\w-]+ évvel ezelőtt|před [\w-]+ lety|acum [\w-]+ ani")
_LAST_YEAR_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_LAST_YEAR})(?![^\W\d_])[^\d.;:!?]{{0,40}}$", re.IGNORECASE)
_LAST_YEAR_AFTER = re.compile(rf"[^\d.;:!?,]{{0,25}}(?<![^\W\d_])(?:{_LAST_YEAR})(?![^\W\d_])", re.IGNORECASE)


# "La stima flash di fine ottobre indicava una crescita dello 0,5%": a first estimate, since revised
_FIRST_ESTIMATE = re.compile(
    r"(?<![^\W\d_])(?:(?:flash|first|initial|preliminary|advance) estimate|stima flash|prima stima|stima preliminare|"
    r"schnellschätzung|erste schätzung|estimation (?:flash|rapide|provisoire)|première estimation|"
    r"estimación (?:preliminar|adelantada|avance)|estimativa (?:preliminar|rápida)|snabbestimat|"
    r"första (?:bedömning|skattning)|første (?:skøn|estimat)|eerste (?:schatting|raming)|flash-raming|"
    r"perkiraan awal|szybki szacunek|wstępn\w* szacun\w*)(?![^\W\d_])[^.;:!?]{0,60}$", re.IGNORECASE)


def previous_levels(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures``, one with a word for "previous" shortly before it (its record, forecast or range
    before this one; not "a year earlier", a change's base) marked ``earlier``: it agrees with the same figure, but today's does not
    contradict it. So is a count or a sum of last year ("Last year it carried 16.6 million
    passengers"), though not a change in percent ("rose 2.9% from last year" is this year's), and a
    first estimate since revised ("La stima flash ... indicava una crescita dello 0,5%")."""
    out = list(figures)
    for k, f in enumerate(out):
        ranged = k > 0 and f.bound == "max" and out[k - 1].bound == "min" and out[k - 1].earlier  # "tidligere 5-8"
        last_year = f.kind in ("money", "number") and (
            _LAST_YEAR_BEFORE.search(text, max(0, f.start - 60), f.start) or _LAST_YEAR_AFTER.match(text, f.end))
        previous = _PREVIOUS.search(text, max(0, f.start - 40), f.start) or (
            f.dimension not in ("span", "duration") and _PREVIOUS_AFTER.match(text, f.end))
        if previous and k > 0 and not text[out[k - 1].end:previous.start()].strip():
            previous = None  # "Nelle 48 ore precedenti erano caduti 80 centimetri": the hours are previous
        if not f.earlier and f.kind != "year" and (
                ranged or last_year or previous or _FIRST_ESTIMATE.search(text, max(0, f.start - 90), f.start)):
            out[k] = replace(f, earlier=True)
    return out
