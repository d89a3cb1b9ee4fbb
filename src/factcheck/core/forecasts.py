"""A forecast: "sees average inflation slowing to 2.5% next year", "Per il 2027 il governo prevede
un'inflazione media del 2,5%", "rechnet die Regierung mit einer Teuerung von 2,5 Prozent".

A forecast of a rate is not the rate measured: August's 2.9 % inflation and next year's expected
2.5 % are both right. A figure of a macroeconomic measure (``measure_words.FORECASTABLE``) with a
forecast word before it in its sentence ("prevede un'inflazione del 2,5% e una crescita del 3,1%":
both) measures that measure's forecast, compared only with other forecasts of it.
"""

from __future__ import annotations

import re

FORECAST = " forecast"  # appended to the measure: "inflation forecast"
_WORDS = re.compile(
    r"(?<![^\W\d_])(?:expects?|expected|forecasts?|projects?|projected|projections?|predicts?|sees|outlook|"
    r"next year|erwarte[nt]?|rechne[nt]?|prognos\w*|prognostiziert|kommenden? jahr|nächsten? jahr|"
    r"prévoit|prévoient|prévisions?|table sur|l'an prochain|l'année prochaine|prevé|prevén|previsión|"
    r"pronostica|próximo año|año que viene|prevede|prevedono|previsione|prossimo anno|anno prossimo|prevê|"
    r"preveem|previsão|projeta|próximo ano|verwacht\w*|raming|volgend jaar|forventer|forventes|næste år|"
    r"räknar med|väntas|nästa år|memperkirakan|diperkirakan|proyeksi|tahun depan|przewiduje|prognoz\w*|"
    r"zakłada|przyszłym roku|"
    # a rate that may move, or one said of a time to come: "could ease towards 4.3% by the end of 2027"
    r"could|might|likely|by the end of|by year-end|bis ende|bis zum jahresende|d'ici la fin|d'ici fin|"
    r"a finales de|para finales de|entro la fine|entro fine|até o final|tegen het eind|tegen eind|"
    r"ved udgangen af|innan årets slut|do końca|očekáv\w*|očakáv\w*|příští rok|budúci rok|várhatóan|jövőre|"
    r"ennuste\w*|ensi vuonna|odotetaan|αναμένεται|se așteaptă|anul viitor|očekuje|sljedeće godine)(?![^\W\d_])",
    re.IGNORECASE)


def is_forecast(text: str, lo: int, start: int) -> bool:
    """Whether ``text[lo:start]``, a figure's sentence before it, says it is forecast."""
    return bool(_WORDS.search(text, lo, start))


# what analysts expected of a company's results: "below the $1.47bn analysts had expected",
# "under analytikernes forventning på 18,9 milliarder kroner", "le consensus des analystes"
_ANALYSTS = re.compile(
    r"(?<![^\W\d_])(?:analysts?|analytiker\w*|analysten|analystes|analistas|analisti|analisten|analityk\w*|"
    r"analytik\w*|elemző\w*|analyytik\w*|analiști\w*|analitičar\w*|αναλυτ\w*|analist\w*|consensus|konsensus\w*|"
    # "the 58 million euros of net profit the market expected", "vom Markt erwartet", "attendu par le marché"
    r"the market expected|the market had expected|markt erwartet\w*|markt gerechnet|attendus? par le marché|"
    r"esperaba el mercado|esperado por el mercado|atteso dal mercato|attesi dal mercato|rynek oczekiwał)"
    r"(?![^\W\d_])", re.IGNORECASE)
# in every form above, whatever its first letter's case
_ANALYSTS_STEMS = ("naly", "onsens", "lemz", "ναλυτ", "arket", "arkt", "arché", "ercado", "ercato", "ynek")
_ANALYSTS_REACH = 60  # characters either side of the figure, in its sentence


def analysts_expected(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the figure at ``text[start:end]`` (in its sentence ``text[lo:hi]``) is what analysts
    expected, not the result: analysts are named near it with no other figure between ("$1.42bn was
    below the $1.47bn analysts had expected": the $1.47bn only)."""
    if not any(text.find(stem, lo, hi) >= 0 for stem in _ANALYSTS_STEMS):  # the cheap test first: most name none
        return False
    for m in _ANALYSTS.finditer(text, max(lo, start - _ANALYSTS_REACH), min(hi, end + _ANALYSTS_REACH)):
        between = text[end:m.start()] if m.start() >= end else text[m.end():start]
        if not any(ch.isdigit() for ch in between):
            return True
    return False

