"""Shares not written with a percent sign.

* A count out of three to ten, a hundred or a thousand: "seven in ten accounts", "3 out of 10 voters",
  "tujuh dari sepuluh akun", "sieben von zehn", "siete de cada diez", "one in eight jobs"; "var femte
  anställd", "jeder fünfte" (one in five). Read as one percent figure
  (70 %), not as the counts 7 and 10: another outlet's "70% of accounts" agrees with it, and its
  "ten" is no count of accounts to hold against "18.6 million users".
* Percentage points: "1,5 procentpunt", "20,8 Prozentpunkte", "20 punktów procentowych", and basis
  points ("175 basis points" is 1.75 points). A percent figure in the unit "pp": a rise of 1.5 points
  is not a rise of 1.5 %, which the comparison says.
* Rates per 100,000 people: "6,8 cas pour 100 000 habitants", "68 Fällen pro 100.000 Einwohner". A
  number in the unit "/100k", compared only with other such rates, never with the count of cases.
* Litres per square metre: "381 Liter Regen pro Quadratmeter" is 381 mm of rain.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.core.models import Figure
from factcheck.core.number_words_id import number_word_spans
from factcheck.core.numbers import by_word
from factcheck.core.scripts import case_blind_get

WHOLES = frozenset({3, 4, 5, 6, 7, 8, 9, 10, 100, 1000})
# three to ten, a hundred and a thousand in the languages read ("one in eight jobs"): only these are
# looked up (a cheap filter)
_WHOLE_WORDS = (r"10|100|1000|1\.000|[3-9]|ten|hundred|thousand|zehn|hundert|tausend|tien|honderd|duizend|ti|hundrede|"
                r"tusind|tio|hundra|tusen|dix|cent|mille|diez|cien|mil|dez|cem|dieci|cento|sepuluh|seratus|seribu|"
                r"three|four|five|six|seven|eight|nine|drei|vier|fünf|sechs|sieben|acht|neun|drie|vijf|zes|zeven|"
                r"negen|tre|fire|fem|seks|syv|otte|ni|fyra|sex|sju|åtta|nio|trois|quatre|cinq|sept|huit|neuf|tres|"
                r"cuatro|cinco|seis|siete|ocho|nueve|quattro|cinque|sei|sette|otto|nove|três|sete|oito|tiga|empat|"
                r"lima|enam|tujuh|delapan|sembilan|deu|vuit|set|cinc|sis")
_RATIO = re.compile(
    r"(?<![\w.,])(\d+|[^\W\d_]+)\s+(?:in|out of|of every|dari|von|de cada|sur|su|em cada|op de|op|ud af|af|av)\s+"
    rf"({_WHOLE_WORDS})(?![\w]|[.,]\d)", re.IGNORECASE)
# what is counted may stand between in French, Spanish, Italian and Portuguese: "trois actions sur
# dix", "six emplois nouveaux sur dix", "tres españoles de cada diez"
# (a lookahead, so that "afetadas sete contas em cada dez" is tried from each word)
_RATIO_APART = re.compile(
    r"(?<![\w.,])(?=(\d+|[^\W\d_]+)\s+(?:[^\W\d_]+\s+){1,2}(?:sur|su|de cada|em cada)\s+"
    rf"({_WHOLE_WORDS})(?![\w]|[.,]\d))", re.IGNORECASE)
_APART_WORDS = (" sur ", " su ", " cada ")  # the cheap test first


# "var femte anställd", "hver tredje", "jeder fünfte", "every fifth": one in so many
_ORDINAL = by_word({
    3: "tredje dritte derde third", 4: "fjärde fjerde vierte vierde fourth", 5: "femte fünfte vijfde fifth",
    6: "sjätte sjette sechste zesde sixth", 7: "sjunde syvende siebte zevende seventh",
    8: "åttonde ottende achte achtste eighth", 9: "nionde niende neunte negende ninth",
    10: "tionde tiende zehnte tenth"})
# and "minden harmadik", "co piątego", "každého pátého", "joka viidettä": stems with their case endings,
# written out, so that "co piątek" and "každý pátek" (every Friday) are none
_INFLECTED = (  # (endings, stems)
    ("y a e ego ej ą", "czwart piąt szóst siódm ósm dziewiąt dziesiąt"), ("i ia ie iego iej ią", "trzec"),
    ("ý á é ého ou", "čtvrt pát šest sedm osm devát desát"), ("í ího ímu", "třet"),
    ("y a e eho ou", "štvrt piat šiest siedm ôsm deviat desiat"), ("í ieho", "tret"),
    ("s nnen tta", "kolma kuude kahdeksa"), ("s nnen ttä", "neljä viide seitsemä yhdeksä kymmene"),
    ("ik ikat iket", "harmad negyed ötöd hatod heted nyolcad kilenced tized"),
    # Russian and Ukrainian: "каждая десятая бутылка", "кожна п'ята родина"
    ("ый ая ое ого ую ой", "четверт четвёрт пят девят десят"), ("ой ая ое ого ую", "шест седьм восьм"),
    ("ий ья ье ьего ью", "трет"), ("ій я є ього ю", "трет"),
    ("ий а е ого у", "четверт п'ят п’ят шост сьом восьм дев'ят дев’ят десят"),
)
_STEMS = {stem: n for n, stems in {
    3: "trzec třet tret kolma harmad трет", 4: "czwart čtvrt štvrt neljä negyed четверт четвёрт",
    5: "piąt pát piat viide ötöd пят п'ят п’ят", 6: "szóst šest šiest kuude hatod шест шост",
    7: "siódm sedm siedm seitsemä heted седьм сьом", 8: "ósm osm ôsm kahdeksa nyolcad восьм",
    9: "dziewiąt devát deviat yhdeksä kilenced девят дев'ят дев’ят",
    10: "dziesiąt desát desiat kymmene tized десят"}.items()
    for stem in stems.split()}
_ORDINAL |= {stem + ending: _STEMS[stem] for endings, stems in _INFLECTED for stem in stems.split()
             for ending in endings.split()}
_EVERY = re.compile(
    r"(?<![^\W\d_])(?:var|vart|hver|hvert|jede[rns]?|elke|iedere|every|minden|co|každ(?:ý|á|é|ou|ého|ému|ú)|joka"
    r"|кажд(?:ый|ая|ое|ого|ую|ой)|кожн(?:ий|а|е|ого|у)|кожен)\s+"
    rf"({'|'.join(sorted(_ORDINAL, key=len, reverse=True))})[nrs]?(?![^\W\d_])", re.IGNORECASE)


def every_starts(lowered: str) -> list[int]:
    """Where "every fifth" and its kin start in an already lower-cased text (one pass over an article)."""
    return [m.start() for m in _EVERY.finditer(lowered)]


def one_in_so_many(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` says "every fifth" or its kin (no digits to wake ``ratios``)."""
    return _EVERY.search(text, lo, hi) is not None


def ratios(text: str, language: str, lo: int, hi: int) -> list[Figure]:
    """The shares "N in M" of ``text[lo:hi]`` (``M`` three to ten, a hundred or a thousand) and "every
    fifth", as percent figures."""
    out = [Figure("percent", m.start(), m.end(), round(100 / case_blind_get(_ORDINAL, m.group(1)), 4), "%",
                  text=m.group(),
                  words=True) for m in _EVERY.finditer(text, lo, hi)]
    lowered = text[lo:hi].lower()
    apart = _RATIO_APART.finditer(text, lo, hi) if any(w in lowered for w in _APART_WORDS) else ()
    for m in [*_RATIO.finditer(text, lo, hi), *apart]:
        part, whole = _value(text, language, *m.span(1)), _value(text, language, *m.span(2))
        if whole is not None and whole < 10 and m.group(1).isdigit():
            continue  # "one in eight jobs" is a share; "scored 3 in 5 minutes" is not
        start, end = m.start(1), m.end(2)
        if any(f.start < end and start < f.end for f in out):
            continue
        if part is not None and whole in WHOLES and 0 < part < whole:
            out.append(Figure("percent", start, end, round(100 * part / whole, 4), "%", text=text[start:end],
                              words=not m.group(1).isdigit()))
    return out


# "one" as the first of "one in eight": the number word readers take it for an article
_ONE = frozenset({"one", "en", "et", "ein", "eine", "een", "un", "une", "uno", "una", "um", "uma", "satu", "jeden"})


def _value(text: str, language: str, start: int, end: int) -> float | None:
    """The number written at ``text[start:end]``, in digits or one number word; None if it is none."""
    word = text[start:end].replace(".", "")
    if word.isdigit():
        return float(word)
    if word.lower() in _ONE:
        return 1.0
    spans = number_word_spans(text, language, start, end)
    return float(spans[0][2]) if len(spans) == 1 and spans[0][:2] == (start, end) else None


# Turkish, Igbo, Kannada, Sinhala, Kurdish and Thai write the percent before the number: "yüzde 9,8", "%9,8",
# "pasentị 14.70", "ಶೇಕಡಾ 58", "ಶೇ 58", "සියයට 58", "ji sedî 5,2"
_PERCENT_BEFORE = re.compile(r"(?:(?<![^\W\d_])(?:yüzde|pasentị|pasenti|ಶೇಕಡಾ|ಶೇ\.?|සියයට|ji sedî)\s*|ร้อยละ\s*"
                             r"|(?<![\w%])%)$", re.IGNORECASE)  # and Thai's, written without spaces ("ร้อยละ 5.2")


def percent_before(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures``, a bare number with the percent written before it ("yüzde 9,8", "%47") made a
    percent figure, the word taken in."""
    out = []
    for f in figures:
        m = (_PERCENT_BEFORE.search(text, max(0, f.start - 9), f.start)
             if f.kind == "number" and f.unit is None else None)
        out.append(replace(f, kind="percent", unit="%", start=m.start(), text=text[m.start():f.end]) if m else f)
    return out


POINTS = "pp"
_POINTS_AFTER = re.compile(
    r"[\s-]*(?:percentage[- ]points?|pp\b|p\.p\.|procentpoints?|procentpunt(?:en)?|prozentpunkte?n?|"
    r"points? de pourcentage|puntos? porcentuales?|pontos? percentuais?|punti percentuali|poin persentase|"
    r"procentenheder|procentenheter|prosentpoeng|punkt(?:ów|y|u)? procentow(?:ych|e|ego)|pkt\.? proc\.?|"
    # and in the Cyrillic, Central European, Baltic, Balkan, Greek, Finnish, Vietnamese, Arabic and Hindi press
    r"процентн(?:ого|ых|ый|ые)? пункт(?:а|ов|ы)?|п\.\s?п\.|відсотков(?:ого|их|ий|і) пункт(?:у|ів|и)?|"
    r"процентни пункта|процентних поена|"
    r"procentní(?:ho|ch)? bod(?:u|ů|y)?|percentuáln(?:eho|ych|y) bod(?:u|ov|y)?|százalékpont(?:tal|ot|os)?|"
    r"punct(?:e)? procentual(?:e)?|postotn(?:ih|a|i) bod(?:ova|a)?|procentn(?:ih|a|i) poen(?:a)?|"
    r"procentinio punkto|procentiniais punktais|procentinių punktų|procentpunkt(?:iem|i|s|u)?|"
    r"protsendipunkti?|odstotn(?:ih|e|i) točk(?:e|a|i)?|"
    r"ποσοστιαί(?:ες|ων|α|ας) μονάδ(?:ες|ων|α|ας)|prosenttiyksikö(?:n|llä)|prosenttiyksikköä|"
    r"điểm phần trăm|نقط(?:ة|تين) مئوية|نقاط مئوية|प्रतिशत अंक)"
    r"(?![^\W\d_])"
    r"|个百分点|個百分點",  # in Chinese, written without spaces, the next character begins the next word
    re.IGNORECASE)
# after a percent sign: "0.25%ポイント", "0,25%포인트", "0.25%p"
_PERCENT_THEN_POINTS = re.compile(r"\s*(?:ポイント|포인트|p(?![^\W\d_]))")


# a hundredth of a point: "cut by 50 basis points" is 0.5 points ("di 25 punti base", "um 50 Basispunkte")
_BASIS_POINTS_AFTER = re.compile(
    r"[\s-]*(?:basis[- ]points?|bps?\b|basispunkte?n?|points? de base|puntos? básicos?|pontos?[- ]base|punti base|"
    r"basispunten|basispoint|basispoeng|baspunkter|punkt(?:ów|y)? bazow(?:ych|e)|bazických bodů|bázispont(?:tal|ot)?|"
    r"базисн(?:ых|ые)? пункт(?:ов|а)?|базисних пунктів|baz puan|basis poin)(?![^\W\d_])"
    r"|\s*(?:个基点|個基點|基点|基點|點子|ベーシスポイント|베이시스포인트)",  # Hong Kong's "35點子"
    re.IGNORECASE)


def in_basis_points(f: Figure) -> bool:
    """Whether ``f`` was written in basis points ("38 basis points", "25 punti base")."""
    return f.unit == POINTS and (m := _NUMBER_THEN_WORDS.match(f.text)) is not None \
        and _BASIS_POINTS_AFTER.fullmatch(f.text, m.end()) is not None


_NUMBER_THEN_WORDS = re.compile(r"[\d.,\s\u00a0\u202f]*\d")


def points(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures``, a bare number followed by "percentage points" or "basis points" (in any language
    read) made a percent figure in ``POINTS`` (basis points divided by 100), its words taken in."""
    out = []
    for f in figures:
        if f.kind == "percent" and f.unit == "%" and (m := _PERCENT_THEN_POINTS.match(text, f.end)):
            out.append(replace(f, unit=POINTS, end=m.end(), text=text[f.start:m.end()]))
        elif f.kind != "number" or f.unit is not None:
            out.append(f)
        elif m := _POINTS_AFTER.match(text, f.end):
            out.append(replace(f, kind="percent", unit=POINTS, end=m.end(), text=text[f.start:m.end()]))
        elif m := _BASIS_POINTS_AFTER.match(text, f.end):
            out.append(replace(f, kind="percent", unit=POINTS, value=f.value / 100, end=m.end(),
                               text=text[f.start:m.end()]))
        else:
            out.append(f)
    return out


PER_100K = "/100k"
_THOUSANDS = (r"(?:[,. \u00a0\u202f]?000|\s*k| mil(?:a)?\b"
              r"|\s(?:tys\.|tysięcy|tis\.|tisíc|тыс\.|тысяч|тис\.|хиляди|χιλιάδες))")
_PER_BASE_AFTER = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}(?:per|pro|pour|por|par|op|på|tiap|setiap|su|ogni|em cada|por cada|för|je|na|pe|la|"
    rf"ανά|на)\s+(?:cada\s+|ogni\s+)?(100|10|1){_THOUSANDS}(?![\d\w])", re.IGNORECASE)


def rates(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures``, a bare number followed by "per 100,000" (in any language read) made a rate in
    ``PER_100K``; the 100,000 is no figure of its own (what the rate counts, "cases", stays a word
    after the number). A rate per 10,000 or per 1,000 is one per 100,000 scaled ("129 casos por 10 mil
    habitantes" is 1,290 per 100,000, not the 129 per 100,000 another outlet gives)."""
    out: list[Figure] = []
    taken = -1
    # a base with a unit is a measure of its own: "18 Senkkästen mit je 10.000 Tonnen Gewicht"
    measured = {g.start for g in figures if g.unit is not None}
    for f in figures:
        if f.start < taken:
            continue  # the 100,000 of the rate before
        m = _PER_BASE_AFTER.match(text, f.end) if f.kind == "number" and f.unit is None else None
        if m and m.start(1) not in measured:
            taken = m.end()
            f = replace(f, unit=PER_100K, value=f.value * 100 / int(m.group(1)))
        out.append(f)
    return out


_HYPHENATED_POINTS = re.compile(r"(?<![\w.,-])(\d+(?:[.,]\d+)?)-percentage-points?(?![^\W\d_])", re.IGNORECASE)


def hyphenated_points(text: str, lo: int, hi: int) -> list[Figure]:
    """Percentage points joined to their number by a hyphen ("a 10-percentage-point increase"), which
    the quantity reader does not see as a number."""
    return [Figure("percent", m.start(), m.end(), float(m.group(1).replace(",", ".")), POINTS, text=m.group())
            for m in _HYPHENATED_POINTS.finditer(text, lo, hi)]


# "381 Liter Regen pro Quadratmeter", "318 litros por metro cuadrado": a litre of rain on a square metre is a
# millimetre of it
_PER_SQUARE_METRE = re.compile(
    r"(?:\s+[^\W\d_]+)?\s+(?:per|pro|pour|par|por|al|op|på|pr\.|na|tiap|setiap|pe|po|ανά|за)\s+"
    r"(?:square met(?:re|er)|quadratmeter|mètre carré|metro cuadrado|metro quadrato|metro quadro|metro quadrado|"
    r"metre quadrat|vierkante meter|kvadratmeter|metr kwadratowy|meter persegi|metr čtvereční|metru pătrat|"
    r"četvorni metar|kvadratni meter|τετραγωνικό μέτρο|квадратний метр|квадратный метр|m²|m2|qm)(?![^\W\d_])",
    re.IGNORECASE)


def is_rain_depth(text: str, f: Figure) -> bool:
    """Whether ``f`` is rain written in litres per square metre (``rain_depths``): rain whatever the verb
    ("cayeron 612 litros por metro cuadrado": what fell, no fall)."""
    return f.unit == "mm" and _PER_SQUARE_METRE.match(text, f.end) is not None


def rain_depths(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures``, litres per square metre read as the millimetres of rain they are."""
    return [replace(f, unit="mm", dimension="length") if f.unit == "l" and _PER_SQUARE_METRE.match(text, f.end)
            else f for f in figures]
