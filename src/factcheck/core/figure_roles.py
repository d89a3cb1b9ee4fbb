"""What a figure's own words say it is, over the nearest measure word of its clause.

``annotate`` (``core.figure_context``) gives each figure the measure of the nearest measure word; the
figure's own words may say otherwise: a person's age ("Nielsen, 33"), a sum per share or per car
(``core.deal_terms``), a count of places ("63 evacuation centres"), a forecast of a rate
(``core.forecasts``), a value counted with a target's debt, a part "of which" a whole is made, a
distance from a place ("310 km from Vienna"), the span rain fell over ("in 48 ore"), a span of time
("huit jours").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from factcheck.core.ages import age_measure, is_age
from factcheck.core.deal_terms import ENTERPRISE_VALUE, PER_SHARE, is_per_share, per_unit, with_debt
from factcheck.core.figure_parts import near, of_which
from factcheck.core.forecasts import FORECAST, analysts_expected, is_forecast
from factcheck.core.measure_words import CHANGES, FORECASTABLE, PEOPLE, SPANS_OF_TIME
from factcheck.core.models import Figure
from factcheck.core.place_counts import counts_places
from factcheck.core.qualified_measures import SPANS as QUALIFIED_BY_SPAN, qualified

# After a length (and its conversion), that it is a distance from somewhere: "about 310 miles from Vienna",
# "18 km (11 miles) northeast of", "310 kilometer fra Wien", "à 310 km de Vienne", "18 kilometer timur laut"
_AWAY = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:(?:from|away|off|fra|från|von|vom|entfernt|dari|van|dal|dalla|da|de|del|du|des)\s"
    r"|(?:(?:au|al|a|à|ten|im)\s+)?(?:north|south|east|west|nord|süd|ost|öst|sud|est|ouest|noord|zuid|oost|norte|sur|"
    r"este|oeste|timur|barat|"
    r"utara|selatan)[\w-]*)", re.IGNORECASE)


# Over how long rain fell: "412 millimetri di pioggia in 48 ore", "innerhalb von 24 Stunden 381 Liter"
_SPAN = re.compile(
    r"(?<![^\W\d_])(?:in|within|over|innerhalb von|binnen|en|dans|entro|em|dalam|w ciągu|på|under|inom|i løbet af)\s+"
    r"(?:(?:the|den|de|die|le|las|los|gli|os|as)\s+)?(?:(?:last|past|letzten|derniers?|últimas?|ultime|laatste|sidste|"
    r"senaste)\s+)?(?P<n>\d{1,3})\s*(?P<unit>hours|hrs|h|ore|stunden|horas|heures|uur|timer|timmar|jam|godzin|"
    r"days|tagen|tage|jours|días|dias|giorni|dagen|dage|dagar|hari|dni)(?![^\W\d_])", re.IGNORECASE)
# A span of time written after a count: "huit jours", "nove giorni", "an 11-day outage", "4,7 månaders"
_TIME_AFTER = re.compile(
    r"(?:\s+|-)(?:hours?|hrs|days?|weeks?|months?|years?|heures?|jours?|semaines?|mois|ans|années|ore|giorni|"
    r"settimane|mesi|anni|stunden|tagen?|wochen|monaten?|jahren?|uur|dagen|weken|maanden|jaar|timer|timmar|"
    r"dage|dagar|dager|uger|uker|veckor|måneder|månader|månaders|måneders|år|horas|días|dias|semanas|meses|"
    r"años|anos|godzin|dni|tygodni|miesięcy|miesiące|miesiąca|lat|jam|hari|minggu|bulan|tahun)(?![^\W\d_])",
    re.IGNORECASE)
_DAYS = frozenset({"days", "tagen", "tage", "jours", "días", "dias", "giorni", "dagen", "dage", "dagar", "hari", "dni"})


def _span(text: str, lo: int, hi: int) -> str | None:
    """The span its sentence says rain fell over ("48 h"), or None."""
    m = _SPAN.search(text, lo, hi)
    if not m:
        return None
    hours = int(m.group("n")) * (24 if m.group("unit").lower() in _DAYS else 1)
    return f"{hours} h"


_RESULTS = frozenset({"revenue", "profit", "operating profit", None})  # what analysts expect of a company's quarter


def role_measure(text: str, f: Figure, tail: Figure, measure: str | None, lo: int, hi: int) -> str | None:
    """The measure of ``f`` (in ``text[lo:hi]``, its sentence; ``tail``: its last conversion in
    brackets, or itself) given the nearest measure word's ``measure``."""
    if f.kind == "number" and f.unit is None and is_age(text, f):
        return age_measure(text, f)
    if is_per_share(text, tail):  # after its conversions: "180 euro (ok. 770 zł) na samochód"
        return PER_SHARE
    if unit_measure := per_unit(text, tail):
        return unit_measure
    if counts_places(text, f) or of_which(text, f):
        return None  # "63 evacuation centres" counts no evacuees; "de las que 1.950": a part, not the whole
    if measure not in SPANS_OF_TIME and (f.dimension == "span" or f.kind == "number" and f.unit is None
                                         and _TIME_AFTER.match(text, f.end)):
        return None  # "qui dure depuis huit jours, a déjà fait 96 morts": eight days, not eight dead
    if measure in FORECASTABLE and is_forecast(text, lo, f.start):
        return measure + FORECAST
    if measure in _RESULTS and f.kind in ("money", "percent") and analysts_expected(text, f.start, f.end, lo, hi):
        return (measure or "result") + FORECAST
    if measure in ("value", "debt") and with_debt(text, lo, hi):  # "vale 7,8 miliardi, debito compreso"
        return ENTERPRISE_VALUE
    if measure is None and f.dimension == "length" and _AWAY.match(text, f.end):
        return "distance"  # "310 km from Vienna", "18 kilometer timur laut Poso"
    if measure in QUALIFIED_BY_SPAN:
        return qualified(measure, _span(text, lo, hi))  # the rain of 24 hours is not the rain of 48
    if measure in PEOPLE and licensed(text, f, lo, hi):
        return "capacity"  # "maar voor 70 passagiers een vergunning had": how many it may carry
    if measure == "employees" and any(near(_LAID_OFF, text, f, lo, hi, _LAID_OFF_REACH)):
        return "jobs"  # "vai despedir 1.580 trabalhadores": the jobs cut, not the staff
    return measure


# staff laid off are jobs cut: "lay off 1,850 employees", "1.850 Mitarbeiter entlassen", "despedir 1.580"
_LAID_OFF = re.compile(
    r"(?<![^\W\d_])(?:lay(?:s|ing)? off|laid off|layoffs?|cut(?:s|ting)?|axe[sd]?|shed(?:s|ding)?|dismiss\w*|"
    r"redundan\w*|entlass\w*|abbau\w*|streich\w*|licenci\w*|supprim\w*|despid\w*|desped\w*|prescind\w*|"
    r"licenzi\w*|tagli\w*|demit\w*|ontsla\w*|schrap\w*|afskedig\w*|fyre[rst]?|varsl\w*|säga upp|sägs upp|"
    r"zwoln\w*|zwalni\w*|propust\w*|prepust\w*|elbocsát\w*|irtisan\w*|απολ\w*|concedi\w*|otpu\w*|"
    r"memecat|PHK)(?![^\W\d_])", re.IGNORECASE)
_LAID_OFF_REACH = 4


# a licence, a permit: the count beside it is how many may be carried, not how many were
_LICENCE = re.compile(
    r"(?<![^\W\d_])(?:licen[cs]\w*|permit\w*|allowed|vergunning\w*|toegestaan|izin|zezwoleni\w*|genehmig\w*|"
    r"zugelassen|autoris\w*|autoriz\w*|licencia\w*|licenza|dozvol\w*|tillatelse|tillstånd|tilladelse|lupa|engedély\w*)"
    r"(?![^\W\d_])", re.IGNORECASE)
_LICENCE_REACH = 4  # words between the licence and the count, or the count and the licence


# an event's toll so far: the people it has hit ("41,000 passengers have been affected", "zo'n 41.000
# reizigers gedupeerd", "Omkring 11.500 passagerer er ramt"), or counted "so far"
_HIT = re.compile(
    r"(?<![^\W\d_])(?:affected|affecting|hit|stranded|so far|ramt|berørt|berørte|rammet|drabbade?s?|påverkade|"
    r"hittills|hidtil|hittil|betroffen\w*|gestrandet|bisher|getroffen|gedupeerd|gestrand|tot nu toe|touchés|"
    r"affectés|bloqués|jusqu'ici|afectad\w*|afectó|varad\w*|hasta ahora|colpit\w*|bloccat\w*|finora|afetad\w*|"
    r"afetou|retid\w*|até agora|terdampak|terlantar|hingga kini|dotknięt\w*|poszkodowan\w*|dotychczas|"
    r"postižen\w*|zasažen\w*|érintett\w*|eddig|kärsi\w*|toistaiseksi|επηρε\w*|afectaț\w*|pogođen\w*|"
    # "dotknęło już blisko 23,5 tys. pasażerów", "uvízlo 8 200 cestujících": hit, stranded, already
    r"dotknęł\w*|utknęł\w*|uvízl\w*|uviazl\w*|rekedt\w*|zaglavil\w*|blocaț\w*|strandsatt\w*|strandede|"
    r"strandet|εγκλωβισμέν\w*|mahsur|już|již|už|már|"
    # still, now or stuck: "11,400 of its passengers were currently outside Sweden", "zitten nog altijd zo'n
    # 5.500 passagiers vast"
    r"currently|still|stuck|vast|nog altijd|nog steeds|noch immer|immer noch|derzeit|toujours|actuellement|"
    r"todavía|actualmente|ancora|attualmente|ainda|atualmente|nadal|obecnie|stále|stále ešte|még mindig|jelenleg|"
    r"fortfarande|fortsatt|stadig|fortsat|edelleen|yhä|hâlâ|încă|još uvijek)"
    r"(?![^\W\d_])", re.IGNORECASE)
_HIT_REACH = 6  # words between the count and the word


# a share's price moves by the day: "Its shares fell 14.8% in after-hours trading", "Le titre a clôturé
# mercredi en baisse de 11,3 %"
_SHARES = re.compile(
    r"(?<![^\W\d_])(?:shares?|stocks?|share price|titre|actions?|aktien?|kurs\w*|acciones|azioni|titolo|ações|"
    r"aandee?l\w*|aksje\w*|akcj\w*|akci\w*|részvény\w*|osake\w*|μετοχ\w*|acțiuni\w*|dionic\w*|hisse\w*|"
    r"saham)(?![^\W\d_])", re.IGNORECASE)
_SHARES_REACH = 8


def with_dated(text: str, figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """``figures`` (of the sentence ``text``) marked ``dated`` when true of their day only: the
    counts of people an event has hit so far, a share's move, an election's count in progress, how
    full something is. Two outlets' figures of different days are a timeline."""
    return tuple(replace(f, dated=True) if _true_of_its_day(text, f) else f for f in figures)


# an election's count in progress: "with 62% of votes counted", "nach Auszählung", "rezultate parțiale"
_COUNTING = re.compile(
    r"(?<![^\W\d_])(?:counted|partial|exit[ -]polls?|exit-poll\w*|projections?|ausgezählt\w*|auszählung|"
    r"hochrechnung\w*|numărat\w*|numărar\w*|numărătoare|parțial\w*|scrutinio|scrutinate|spoglio|dépouill\w*|partiels?|escrutad\w*|"
    r"escrutinio|apurad\w*|geteld|optalt|optælling|räknade|rösträkning|przeliczeni\w*|cząstkow\w*|sečten\w*|"
    r"sčítan\w*|megszámlál\w*|feldolgozottság\w*|részeredmény\w*|laskettu|καταμετρ\w*|prebrojan\w*|"
    r"sayıl\w*|sandık|numëruar\w*|numërim\w*|preštet\w*|escrutat\w*|escrutini)(?![^\W\d_])", re.IGNORECASE)
_ELECTION = frozenset({"votes", "seats", "turnout"})


def _true_of_its_day(text: str, f: Figure) -> bool:
    """Whether ``f``, in its sentence ``text``, is true of its day only (``with_dated``)."""
    if f.measure in _ELECTION or f.kind == "percent" and f.measure is None:
        return _COUNTING.search(text) is not None  # a count in progress: its night's, not the result
    if f.kind == "number" and f.unit is None and f.measure in PEOPLE:
        return any(near(_HIT, text, f, 0, len(text), _HIT_REACH))
    if f.kind == "percent" and f.measure == "capacity":
        return True  # how full a reservoir or a hospital is: "apenas 19% da sua capacidade", then 13%
    return f.kind == "percent" and f.measure in CHANGES and any(near(_SHARES, text, f, 0, len(text), _SHARES_REACH))


def licensed(text: str, f: Figure, lo: int, hi: int) -> bool:
    """Whether a licence or permit is named a few words from ``f`` in its clause (in ``text[lo:hi]``)."""
    return any(near(_LICENCE, text, f, lo, hi, _LICENCE_REACH))
