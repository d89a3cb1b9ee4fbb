"""Years and dates two related statements give, held against each other: one year mistyped ("1989" /
"1998"), the same figure said of two near years, a date moved by a year, and a year that is all a
statement says ("dates back to 1968"). Each rule gives a ``Comparison`` of kind "year"; ``year_checks``
gives the first that applies.
"""

from __future__ import annotations

import re

from factcheck.core.comparison import Comparison
from factcheck.core.figure_slips import same_written_number, year_slip
from factcheck.core.models import Figure
from factcheck.core.signature import Signature, counterparts


def year_checks(a: Signature, b: Signature, fa: list[Figure], fb: list[Figure],
                compared: list[Comparison]) -> list[Comparison]:
    """What the years and dates of two related statements say, given their figures ``fa`` and ``fb``
    and the figures already ``compared``: a conflict of one outlet's wrong year or date, an
    agreement of the years where a year is all one statement says, or nothing."""
    return (_year_slip(a, b, fa, fb, compared) or _date_moved(a, b, compared) or _second_year_slip(a, b, compared)
            or _one_year_each(a, b, fa, fb, compared))


def _year_slip(a: Signature, b: Signature, fa: list[Figure], fb: list[Figure],
               compared: list[Comparison]) -> list[Comparison]:
    """Two related statements that each name one year, the two one year mistyped (``year_slip``), a year apart on
    the same month ("1η Μαρτίου 2028" / "March 1, 2027"), or near each other with the same figure
    (``_the_same_figure``): one outlet's slip, a conflict ("le vol de 1989, lorsque neuf tableaux avaient disparu" /
    "En marzo de 1998, una banda robó nueve cuadros"). Not where a figure is of a year its statement does not write
    (one said "last year"), nor where the years were compared as events' already; a year apart, not where figures of
    those years differ ("8,1 % in October 2024" / "7.9% in October 2025": a series)."""
    if len(a.years) != 1 or len(b.years) != 1 or any(c.kind == "year" for c in compared):
        return []
    (x,), (y,) = a.years, b.years
    if not (_of_its_years(fa, {x}) and _of_its_years(fb, {y})) or _in_one_season(x, y, a, b):
        return []
    values = ({f.value for f in fa}, {g.value for g in fb})
    of_x, of_y = ({f.value for f in figures if f.year is not None} for figures in (fa, fb))
    if of_x and of_y and not of_x & of_y:  # "seit 2017 ... 1.500 Euro" / "vanaf 2027 ... 8.000 euro"
        return []  # each year's own figures, none in common: two years of a story
    how = _mistyped(x, y, a, b)
    if not how and abs(x - y) == 1 and {m[5:] for m in a.months} & {m[5:] for m in b.months}:
        if all(v in values[0] and v in values[1] for v in of_x | of_y):
            how = "the same month a year apart"
    if not how and 0 < abs(x - y) <= _NEAR_YEARS and not (_compared_with(a, x) or _compared_with(b, y)) \
            and (same := _the_same_figure(fa, fb, compared)):
        return [Comparison("year", str(x), str(y), 1.0, 0.0, f"another year for the same {same}", "conflict")]
    if not how:
        return []
    return [Comparison("year", str(x), str(y), 1.0, 0.0, f"one year mistyped: {how}", "conflict")]


# two years in a row as one span, the second often cut short: "the 2022-23 epidemic", "la saison 2022/23"
# (in a signature's folded text, "2022 23")
_SEASON = re.compile(r"(?<!\d )(?<!\d)((?:1[89]|20)\d\d) (\d\d(?:\d\d)?)(?! ?\d)")


def _in_one_season(x: int, y: int, a: Signature, b: Signature) -> bool:
    """Whether one statement writes the two years as one span, a season ("killed 1,768 people in the
    2022-23 epidemic" / "mwaka 2023 uliua watu 1,768"): the other's year is within it."""
    if abs(x - y) != 1:
        return False
    return any(int(m[1]) == min(x, y) and int(m[2]) % 100 == max(x, y) % 100
               for s in (a, b) for m in _SEASON.finditer(s.text))


# how far an outlet's wrong year of one event is from the right one; a figure said alike of years a decade
# apart is of two events ("131,5 millions" of a stadium built in 1912 and rebuilt for 2024)
_NEAR_YEARS = 5
# a thing's size stays as the years of its story pass: "construit en 1886, mesure 52 mètres" / "levantado
# en 1888, tiene 52 metros" may be the start and the end of its building
_SIZES = frozenset({"length", "area"})


# words that set what follows as the base a figure is compared with ("mehr als beim Finale 2026", "w
# porównaniu z 524,5 mld euro w 2025 roku", "compared with 2025"), in a signature's folded text
_COMPARED_WITH = frozenset({"als", "than", "compared", "comparison", "versus", "vs", "frente", "comparado",
                            "comparacion", "rispetto", "confronto", "porownaniu", "oproti", "srovnani", "dibanding",
                            "dibandingkan", "daripada", "сравнению", "сравнении", "порівняно", "jamfort",
                            "sammenlignet", "sammenliknet", "vergeleken", "vergelijking", "vergleich", "contre",
                            "rapport", "face", "relacao",
                            # and a level the figure passes ("goes beyond the level pledged in a 2024 deal")
                            "beyond", "above", "below", "acima", "abaixo", "oltre", "au-dessus", "au-dela"})
_COMPARED_REACH = 8  # words before the year
# and the comparatives of two words, whose second alone is any clause's ("un 4,2% más que en el mismo
# periodo de 2025", "plus que l'an 2024")
_COMPARED_PAIRS = frozenset({("mas", "que"), ("menos", "que"), ("mais", "que"), ("mais", "do"), ("menos", "do"),
                             ("plus", "que"), ("moins", "que"), ("piu", "che"), ("meno", "che")})


def _compared_with(s: Signature, year: int) -> bool:
    """Whether the statement's year stands in what a figure is compared with: that year is the base's,
    not the figure's ("kostet 1.050 Euro ... zehn Prozent mehr als beim Finale 2026")."""
    words = s.text.split()
    return any(not _COMPARED_WITH.isdisjoint(before) or not _COMPARED_PAIRS.isdisjoint(zip(before, before[1:]))
               for i, w in enumerate(words) if w == str(year) for before in [words[max(0, i - _COMPARED_REACH):i]])


def _the_same_figure(fa: list[Figure], fb: list[Figure], compared: list[Comparison]) -> str:
    """A figure two statements give alike, in one unit and written to two significant digits or more
    ("27.300" / "27.300", "48,8 °C" / "48.8C"), no size of a thing, where no figure of theirs
    conflicts: the two tell one event, and a year each, not the same, is one outlet's wrong year
    ("€95 million in September 2023" / "vuonna 2022 ... 95 miljoonaa euroa"). "" where none."""
    if any(c.outcome == "conflict" for c in compared):
        return ""
    return next((f.text for f in fa for g in fb if f.kind == g.kind != "year" and f.unit == g.unit
                 and f.dimension not in _SIZES and same_written_number(f, g)), "")


def _second_year_slip(a: Signature, b: Signature, compared: list[Comparison]) -> list[Comparison]:
    """Two related statements that name one year alike and one more each, those two one year
    mistyped (``year_slip``): one outlet's slip of the second year ("inizialmente prevista per il
    2031, slitta al 2043" / "von 2031 auf 2034")."""
    moved = _one_moved_each(a.years, b.years)
    if moved is None or any(c.kind == "year" for c in compared):
        return []
    x, y = moved
    if not (how := _mistyped(x, y, a, b)):
        return []
    return [Comparison("year", str(x), str(y), 1.0, 0.0, f"one year mistyped: {how}", "conflict")]


def _one_year_each(a: Signature, b: Signature, fa: list[Figure], fb: list[Figure],
                   compared: list[Comparison]) -> list[Comparison]:
    """Two related statements that each name one year, where one gives no other figure, so that the year is what it
    says: the same year agrees ("poslední velkou rekonstrukcí v roce 1968" / "dates back to 1968"), as do the same
    years ("von 2031 auf 2034" / "se premika z leta 2031 na leto 2034"; not one of them, which may be another step
    of the story: "do kraja 2030" / "през септември 2031", of one that says both), and years two or more apart are
    one outlet's wrong date ("mis en service en 2016" / "in 2013 opgeleverd"). Years one apart may be two steps of
    one story (a launch in 2027, production from 2028; a season 2025/26), and this year's event beside an earlier
    one, or two of different names, two events."""
    if (a.quantities and b.quantities) or compared:
        return []
    if len(a.years) > 1 and a.years == b.years and _of_its_years(fa + fb, a.years):
        said = ", ".join(map(str, sorted(a.years)))
        return [Comparison("year", said, said, 0.0, 0.0, "the same years", "consistent")]
    if len(a.years) != 1 or len(b.years) != 1:
        return []
    (x,), (y,) = a.years, b.years
    if not (_of_its_years(fa, {x}) and _of_its_years(fb, {y})):
        return []
    if x == y:
        return [Comparison("year", str(x), str(y), 0.0, 0.0, "the same year", "consistent")]
    # not this year's event beside an earlier one, nor two events of different names ("Hoshi-1 crashed
    # in 2021" / "SLIM landed in January 2024"), nor a year of an event the statement names ("built in
    # 1987") beside a year of something the other does not say ("in October 2009, a blast")
    if abs(x - y) >= 2 and not {x, y} & _this_year(a, b) and not counterparts(a, b) and not (a.events or b.events):
        return [Comparison("year", str(x), str(y), 1.0, 0.0, "another year", "conflict")]
    return []


def _of_its_years(figures: list[Figure], years: set[int] | frozenset[int]) -> bool:
    """Whether each of a statement's figures is of one of ``years``, those it writes, or of no year it
    does not write (one said "last year" is of another)."""
    return all(f.year in years if f.year is not None else f.year_offset is None for f in figures)


def _mistyped(x: int, y: int, a: Signature, b: Signature) -> str:
    """How the years ``x`` and ``y`` of two statements are one year mistyped (``year_slip``), or "":
    not a decade off where one is the statements' own year ("the 2026 census" beside "the one of
    2016": this year's and the last)."""
    how = year_slip(x, y)
    return "" if how == "another decade" and {x, y} & _this_year(a, b) else how


def _one_moved_each(mine: frozenset, theirs: frozenset) -> tuple | None:
    """The one year (or month) each of two statements names beside those they share, or None."""
    moved_a, moved_b = mine - theirs, theirs - mine
    if not (mine & theirs) or len(moved_a) != 1 or len(moved_b) != 1:
        return None
    return next(iter(moved_a)), next(iter(moved_b))


def _one_month_each(mine: frozenset, theirs: frozenset) -> tuple | None:
    """The one month a statement names and the one month of the same name in another year the other
    names ("în octombrie 2018" / "desde el 18 de octubre de 2019 ... hasta marzo de 2021"), or None:
    where the first names several, or the other names its month too, or none or two such."""
    for one, other, flip in ((mine, theirs, False), (theirs, mine, True)):
        if len(one) != 1 or one <= other:
            continue
        (month,) = one
        alike = [m for m in other if m[5:] == month[5:]]
        if len(alike) == 1:
            return (alike[0], month) if flip else (month, alike[0])
    return None


def _this_year(a: Signature, b: Signature) -> set[int]:
    """The years the two statements were written in (their articles' dates, or their story's)."""
    return {int(d[:4]) for d in (a.date, a.story_date, b.date, b.story_date) if d}


def _date_moved(a: Signature, b: Signature, compared: list[Comparison]) -> list[Comparison]:
    """Two related statements that name one same month and year and one more each, of the same month
    of the year, their years one year or one slip apart: one outlet's slip of the second date ("avant
    octobre 2028, au lieu d'août 2026" / "von August 2026 auf Oktober 2027")."""
    # or one month each, unless each gives a figure of its year ("8,1% in October 2024" / "7.9% in
    # October 2025" is a series): "kesäkuun 2027 loppuun" / "fixée au 30 juin 2028 au lieu de la fin 2026"
    series = all(any(f.year for f in side.quantities) for side in (a, b))
    moved = _one_moved_each(a.months, b.months) or (None if series else _one_month_each(a.months, b.months))
    if moved is None or any(c.kind == "year" for c in compared):
        return []
    x, y = moved
    years = int(x[:4]), int(y[:4])
    how = "the same month a year apart" if abs(years[0] - years[1]) == 1 else year_slip(*years)
    if x[5:] != y[5:] or not how:
        return []
    return [Comparison("year", x[:4], y[:4], 1.0, 0.0, f"one date mistyped: {how}", "conflict")]
