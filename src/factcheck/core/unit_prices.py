"""Figures given per unit of something measured: prices of commodities, energy and rent ("€148 per
megawatt-hour", "11.020 Dollar je Tonne", "€70/MWh", "29 de lei pe kilogram", "9,80 euroa kilolta"),
and yields ("6,1 tone la hectar").

A figure's ``per`` is that unit's symbol (``core.units``). Two figures per units of one dimension
are compared per one of them: "120 euros le mégawattheure" is 12 euro cents per kilowatt-hour.
The same number per two such units is one outlet's slip ("58,40 Euro je Kilowattstunde" /
"58,40 Euro je Megawattstunde"); figures per units of two dimensions are prices of two things.
A unit of time after a figure is its period ("€500 a month"), read elsewhere (``core.periods``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from factcheck.core.comparison import Comparison, human_amount, not_compared, relative_difference
from factcheck.core.exchange_rates import is_rate
from factcheck.core.kiro import KIRO
from factcheck.core.models import Figure
from factcheck.core.quantities import unit_after
from factcheck.core.scripts import LANGUAGES, case_blind_get
from factcheck.core.units import DIMENSION, convert, unit_forms

# the words for "per" after a figure ("a tonne", "je Tonne", "la tonne", "l'hectare", "pe kilogram", "za tonę",
# "kada kilo", "à l'heure", "प्रति क्विंटल", "فی کلو", "RM465 satu tan", "setiap kilogram", "за литр"), and a
# slash ("€70/MWh")
# (past a word for before or after tax: "0,62 Złoty netto je Kilowattstunde")
_PER = re.compile(
    r"\)?(?:[ \u00a0]+(?:netto|brutto|net|gross|neto|bruto))?[ \u00a0]*(?:/[ \u00a0]*|à[ \u00a0]+l['’]|l['’]|"
    r"(?:per|pr\.|a|an|each|pro|je|la|le|el|il|par|por|al|alla|à|za|na|pe|po|kada|ng|"
    r"för|ανά|प्रति|فی|setiap|tiap|satu|за|لكل|في كل|عن كل|برای هر|در هر|به ازای هر)[ \u00a0]+"
    r"(?:(?:one|every|cada|chaque|ogni)[ \u00a0]+)?|"
    r"(?:ต่อ|ຕໍ່)[ \u00a0]*)",  # Thai's and Lao's "per", joined to the unit ("865 ดอลลาร์ต่อตัน")
    re.IGNORECASE)
# the unit with its article, as Danish, Norwegian and Swedish give a price per it ("76 kroner kiloen",
# "19 kronor litern")
_SCANDINAVIAN_PER = {"kiloen": "kg", "kiloet": "kg", "kilot": "kg", "literen": "l", "litern": "l",
                     "litret": "l", "tonnet": "t", "tonnen": "t", "megawattimen": "MWh", "megawattimmen": "MWh",
                     "kilowattimen": "kWh", "kilowatttimen": "kWh", "kilowattimmen": "kWh", "megawatttimen": "MWh",
                     "kvadratmeteren": "m²", "kvadratmetern": "m²"}
# where the case of the unit's word says "per" ("9,80 euroa kilolta", "780 euroa tonnilta",
# "hektáronként", "tonnánként"), or its article does
_PER_CASES: dict[str, dict[str, str]] = {
    "da": _SCANDINAVIAN_PER, "no": _SCANDINAVIAN_PER, "nb": _SCANDINAVIAN_PER, "nn": _SCANDINAVIAN_PER,
    "sv": _SCANDINAVIAN_PER,
    "fi": {"kilolta": "kg", "kilogrammalta": "kg", "tonnilta": "t", "litralta": "l", "grammalta": "g",
           "megawattitunnilta": "MWh", "kilowattitunnilta": "kWh", "neliömetriltä": "m²", "hehtaarilta": "ha",
           "unssilta": "ozt"},
    "hu": {"kilónként": "kg", "kilogrammonként": "kg", "tonnánként": "t", "literenként": "l", "grammonként": "g",
           "megawattóránként": "MWh", "kilowattóránként": "kWh", "négyzetméterenként": "m²", "hektáronként": "ha",
           "unciánként": "ozt"},
}
_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
# Arabic's "for the" joined to the unit: "5.2 دولار للكيلوغرام" (a kilogram), "82 دولارا للبرميل", "للطن"
_ARABIC_FOR_THE = re.compile(r"[ \u00a0]+لل([^\W\d_]+)")
_ARTICLE_AFTER = re.compile(r"[ \u00a0]+ال")  # the adjective's article after the unit's noun ("المكعب")


def _arabic_unit(rest: str, word: int, lang: str) -> str | None:
    """The unit Arabic's "لل" stands before, in ``rest`` (the text after it, its first word ``word``
    letters long): that word's, or that of one that begins with "ل" and so lost it to the article's
    ("للتر": a litre, "لتر"); a unit of two words whole, its adjective with the article too
    ("للكيلوواط ساعة": a kilowatt-hour, "للمتر المكعب": a cubic metre)."""
    if m := _ARTICLE_AFTER.match(rest, word):
        rest = rest[:word] + " " + rest[m.end():]
    for candidate, whole in ((rest, word), ("ل" + rest, word + 1)):
        found = unit_after(candidate, 0, lang)
        if found is not None and found[1] >= whole and DIMENSION.get(found[0]) not in (None, "span"):
            return found[0]
    return None


# French "livre", a pound of weight only as what a price is given per ("88,25 dollars la livre"); elsewhere
# the pound sterling or Egypt's, Lebanon's and Syria's money
_LIVRE = re.compile(r"livres?(?![^\W\d_])(?![ \u00a0]+(?:sterling|égyptienne|libanaise|syrienne|soudanaise))",
                    re.IGNORECASE)


def _weight_after(text: str, start: int, lang: str) -> tuple[str, int] | None:
    """("lb", end) where a French price is given per "livre" at ``start``; else None."""
    m = _LIVRE.match(text, start) if lang[:2] == "fr" else None
    return ("lb", m.end()) if m else None


def per_unit(text: str, end: int, lang: str, hi: int, length: bool = False) -> str | None:
    """The unit (a symbol) the figure ending at ``end`` is given per, or None; an hour after a
    ``length`` too ("120 km per hour", "90 kilometres an hour": a speed, ``as_speed``)."""
    if (cases := _PER_CASES.get(lang[:2])) and (m := _WORD.match(text, end, hi)) \
            and (unit := cases.get(m.group(1).lower())):
        return unit
    if lang[:2] == "ar" and (m := _ARABIC_FOR_THE.match(text, end, hi)):
        return _arabic_unit(text[m.start(1):hi], len(m.group(1)), lang)
    m = _PER.match(text, end, hi)
    if m is None or m.end() >= hi:
        return None
    found = unit_after(text, m.end(), lang) or _weight_after(text, m.end(), lang)
    if found is None or found[1] > hi or DIMENSION.get(found[0]) is None:
        return None  # "$6 a share": no unit
    if DIMENSION.get(found[0]) == "span" and not (length and found[0] == "h"):
        return None  # "€500 a month" is a period
    return found[0]


# Chinese, Japanese, Korean and Thai name the unit before the price: "每千瓦时28.6日元", "1kWh当たり平均28.6円",
# "kWh당 168.4원", "ตันละ 10,800 บาท"
_PER_BEFORE = {"zh": (r"每", r"(?:电|電)?"), "ko": (r"", r"\s?당"),
               # Japanese "当たり" after the unit, which one unit right before the price may leave out
               # ("1kWh当たり", "1キロ340円"; not "21キロ340円分", 340 yen for 21 kilograms)
               "ja": (r"(?:(?P<one>(?<![\d.,])1)\s?)?", r"(?(one)(?:当たり|あたり)?|(?:当たり|あたり))"),
               "th": (r"", r"ละ"),  # Thai: "ตันละ 10,800 บาท", a tonne each
               # and the unit in the dative, or with "each" after it: "டன்னுக்கு ரூ.5,200", "કિલોદીઠ ₹88",
               # "কেজিপ্রতি ৮০ টাকা"
               "ta": (r"", r"[^\s\d]{0,3}க்கு"), "gu": (r"", r"\s?દીઠ"), "bn": (r"", r"\s?প্রতি"),
               # and Nepali's "each" before the unit ("प्रतिकिलो रु ८८")
               "ne": (r"प्रति\s?", r"")}
# the one-character units a price is given per ("每度", "每磅5.66美元", "每斤15元"; Chinese "度" is a
# kilowatt-hour of electricity), and Japanese "キロ", a kilogram in "1キロ当たり" and "1キロ340円"
_PER_BEFORE_SHORT = {"zh": {"度": "kWh", "磅": "lb", "斤": "jin"}, "ja": {"キロ": "kg"}}
_BETWEEN = r"\s?(?:平均|约|約|大约|およそ|약|평균|ราว|ประมาณ)?\s?"


@lru_cache(maxsize=LANGUAGES)
def _per_before(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    if (rule := _PER_BEFORE.get(lang)) is None:
        return None
    forms = {w: u for w, u in unit_forms(lang).items() if DIMENSION.get(u) not in (None, "span") and len(w) > 1}
    forms.update(_PER_BEFORE_SHORT.get(lang, {}))
    alternation = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"{rule[0]}(?P<unit>{alternation}){rule[1]}{_BETWEEN}$"), forms


def per_unit_before(text: str, start: int, lang: str) -> str | None:
    """The unit named before a figure starting at ``start`` that it is given per, in the languages
    that name it there (``_PER_BEFORE``), or as one of it in any ("a gallon of regular was $3.02");
    else None."""
    if (compiled := _per_before(lang[:2])) is not None:
        m = compiled[0].search(text, max(0, start - 16), start)
        return compiled[1][m.group("unit")] if m else None
    compiled = _one_unit_before(lang[:2])
    m = compiled[0].search(text, max(0, start - 60), start) if compiled else None
    if m is None or _AFTER_A_FIGURE.search(text, max(0, m.start() - 24), m.start()):
        return None  # "$4,100 an ounce the bullion is worth $8.9 billion": the unit is the figure's before
    return case_blind_get(compiled[1], m.group("unit"))


# one unit, then what it costs, as a sentence says it: "a gallon of regular was $3.02", "Eine Gallone
# Normalbenzin kostet 3,02 Dollar", "un kilo de tomates cuesta 2 euros" (no figure between them); not
# a unit right after a figure, which is that figure's
_ONE = (r"(?:a|an|one|ein|eine|einen|einem|un|una|uno|um|uma|en|ett|et|een|jeden|jedna|jedno|egy|yksi|один|одна|"
        r"одно)")
_AFTER_A_FIGURE = re.compile(r"\d\S*(?:\s+[^\W\d_]+)?\s*$")


@lru_cache(maxsize=LANGUAGES)
def _one_unit_before(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    forms = {w: u for w, u in unit_forms(lang).items() if DIMENSION.get(u) not in (None, "span") and len(w) > 1
             and w.isalpha()}
    if not forms:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_]){_ONE}\s+(?P<unit>{alternation})(?![^\W\d_])[^\d.,;:!?()]{{0,45}}$",
                      re.IGNORECASE), forms


# a length per hour is a speed in the unit that says so
_SPEEDS = {"km": "km/h", "mi": "mph", "nmi": "kn"}


# Chinese, Japanese, Korean, Turkish and Bengali name the time before a speed's number: "时速185公里",
# "每秒45公尺", "秒速50メートル", "초속 51m", "saatte 85 kilometre", "ঘণ্টায় ১৫০ কিলোমিটার"; Japanese weather
# reports give the wind in metres a second ("最大風速は50メートル"). The name, then at most a particle or
# "about" before the number.
_SPEED_BEFORE = re.compile(r"(?:(?P<h>[时時]速|시속|每小[时時]|(?<![^\W\d_])saatte|ঘণ্টায়)|(?P<s>秒速|每秒|초속|風速|风速))"
                           r"[\s はがでの]{0,2}(?:[约約达達]|최대|약|yaklaşık|ortalama)?\s?$")
_EAST_ASIAN_SPEEDS = {("km", "h"): "km/h", ("m", "s"): "m/s"}
_HOURLY_BEFORE = re.compile(r"(?<![^\W\d_])(?:óránként|stündlich|hourly)\s+$", re.IGNORECASE)


def as_speed(f: Figure, text: str = "") -> Figure:
    """``f``, a length per hour, as the speed it is ("120 km per hour" is 120 km/h), or a length
    after the name of a speed (``_SPEED_BEFORE``); else ``f``."""
    if f.per == "h" and f.unit in _SPEEDS:  # the hour is the speed's, no period of it ("38 Kilometern pro Stunde")
        return replace(f, unit=_SPEEDS[f.unit], dimension="speed", per=None,
                       period=None if f.period == "hourly" else f.period)
    if f.period == "hourly" and f.unit in _SPEEDS and _HOURLY_BEFORE.search(text, max(0, f.start - 12), f.start):
        # "óránként 120 kilométeres széllökések": the distance an hour, said right before it
        return replace(f, unit=_SPEEDS[f.unit], dimension="speed", period=None)
    if f.unit in ("km", "m") and (m := _SPEED_BEFORE.search(text, max(0, f.start - 18), f.start)):
        unit = _EAST_ASIAN_SPEEDS.get((f.unit, "h" if m.group("h") else "s"))
        if unit is not None:
            return replace(f, unit=unit, dimension="speed")
    if f.unit is None and text.startswith(KIRO, f.end) and (m := _SPEED_BEFORE.search(text, max(0, f.start - 18),
                                                                                         f.start)) and m.group("h"):
        # Japanese "キロ", a kilometre or a kilogram, is the first after "時速" ("時速約280キロ")
        end = f.end + len(KIRO)
        return replace(f, unit="km/h", dimension="speed", end=end, text=text[f.start:end])
    return f


def apart(f: Figure, g: Figure) -> Comparison | None:
    """What two figures per units of something measured say by those units alone: the same number per
    two units of one dimension is a slip, and figures per units of two dimensions are prices of two
    things; None where neither, or where only one of them is per a unit."""
    if not (f.per and g.per) or f.per == g.per:
        return None
    if is_rate(f) or is_rate(g):
        return not_compared(f, g, f"rates against two currencies: per {f.per} / per {g.per}")
    if DIMENSION.get(f.per) != DIMENSION.get(g.per):
        return not_compared(f, g, f"prices of different things: per {f.per} / per {g.per}")
    if f.value == g.value and f.unit == g.unit and (many := convert(1.0, f.per, g.per)) is not None:
        return Comparison(f.kind, f"{f.text} per {f.per}", f"{g.text} per {g.per}",
                          relative_difference(f.value, g.value * many), 0.0, "the same number per another unit",
                          "conflict")
    return None


def restated(g: Figure, f: Figure) -> Figure:
    """``g`` per ``f``'s unit, where both are per units of one dimension ("120 euros le mégawattheure"
    beside a price per kilowatt-hour: 0.12 euro); else ``g``."""
    many = convert(1.0, f.per, g.per) if f.per and g.per and f.per != g.per else None  # g's units in one of f's
    if many is None:
        return g
    value = g.value * many
    return replace(g, value=value, usd=None if g.usd is None else g.usd * many, per=f.per,
                   text=f"{g.text} per {g.per} ({human_amount(value, g.unit)} per {f.per})")
