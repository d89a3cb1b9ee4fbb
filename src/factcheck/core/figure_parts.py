"""A figure that is a part of another, or of a group: what each of them measures.

* "79 of the 230 seats", "cut 350 of its roughly 6,900 jobs": the part counts what the whole counts;
  the whole, a parliament's seats or a company's jobs, is no count of the thing done (``of_totals``).
* "6.340 viviendas, de las que 1.950 son protegidas", "Of the 2,870 people on the payroll, about 1,200
  are guest workers": the part "of which" is not the whole's count (``of_which``); it and a company's
  staff at one town are parts (``with_parts``), compared only with parts or their own place's figure.
* "Blandt passagererne var tre danskere", "among the dead were three children": the group a figure is
  among does not say what the figure counts (``among_a_group``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from factcheck.core.models import Figure
from factcheck.core.places import CLAUSE_END, countries_in

# the words that join two counts ("une vingtaine de blessés et une centaine"): no part of a whole between
_AND = r"(?:and|et|und|y|e|en|og|och|ja|és|și|ve|και|i|a)"

# "79 of the 230 seats", "79 der 230 Sitze", "79 escaños de 230", "79 sièges sur 230", "79 kursi dari 230",
# "zruší 140 ze zhruba 700"
# and "350 of its roughly 6,900 jobs", "350 de ses quelque 6 900 emplois", "350 af sine 6.900 job"
_OUT_OF = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:out of|of|der|von|de|sur|dari|di|su|af|av|van|från|fra|z|ze|zo|din|dintre|"
                     r"od|dos|das|del|dei|degli|des|du)\s+"
                     r"(?:(?:the|its|their|los|las|les|die|ses|sus|seiner|seinen|ihrer|ihren|sine|sina|deres|zijn|hun"
                     r"|dei|suoi|seus|dos|das)\s+)?(?:(?!" + _AND + r"\s)[^\W\d_]+\s+){0,2}",  # "dos cerca de 390"
                     re.IGNORECASE)


def of_totals(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures``, where the whole of "79 of the 230 seats" says no measure: the seats of a parliament
    are not the seats won, though "3 of the 12 injured" may be the count of the injured. Without a
    measure it agrees with the same number and is never a conflict. The part is of what the whole
    counts ("cut 350 of its 6,900 jobs": 350 jobs; "18.6 million of its 26 million registered users"). Staff
    or jobs out of a whole are a part (``with_parts``): a site's, as often as the company's."""
    out = list(figures)
    for k in range(len(out) - 1):
        part, whole = out[k], out[k + 1]
        if (part.kind == whole.kind == "number" and part.unit is None and whole.unit is None
                and whole.value > part.value and _OUT_OF.fullmatch(text, part.end, whole.start)):
            measure = whole.measure or part.measure
            # "zruší 140 ze zhruba 700 pracovních míst" at a site: staff of a whole of its own, a part
            staff = measure in _AT_SITES
            # ... and of its own whole: "140 ze 700" is not the part of "95 av de 480"
            out[k] = replace(part, measure=measure, part=part.part or staff,
                             subject=part.subject or (f"of {whole.value:g}" if staff else ""))
            out[k + 1] = replace(whole, measure=None)
    return out


# "de las que 1.950", "dont 1 950", "waarvan 52.000", "di cui 5.200", "of which 1,950", "including 12 children"
_OF_WHICH = re.compile(
    r"(?<![^\W\d_])(?:of which|of whom|including|among them|dont|parmi lesquels|parmi eux|de l[oa]s que|de l[oa]s cuales|"
    r"entre ellos|davon|darunter|wovon|waarvan|daarvan|onder wie|di cui|tra cui|dos quais|das quais|entre eles|"
    r"heraf|hvoraf|deraf|herunder|hvorav|herav|derav|varav|därav|di antaranya|termasuk|antara lain|w tym|z czego|"
    r"z których|joista|ebből|köztük|od čega|od kojih|među kojima|z toho|z nichž|dintre care|din care)"
    r"\s+(?:[^\W\d_]+\s+){0,3}$", re.IGNORECASE)
_OF_WHICH_WIDEST = 48


def of_which(text: str, f: Figure, lo: int = 0) -> bool:
    """Whether ``f`` is a part "of which" the figure before it (ending at ``lo``) is the whole."""
    return _OF_WHICH.search(text, max(lo, f.start - _OF_WHICH_WIDEST), f.start) is not None


def with_parts(text: str, lang: str, figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """``figures`` (in text order, offsets into ``text``) with those said to be a part marked: of the
    figure before them (``of_which``: "Bryde beschäftigt rund 6.000 Mitarbeiter, davon etwa 350 in
    Dortmund"), or a company's staff at a town ("en fabrikk i Drammen med rundt 240 ansatte"), the
    town its subject; and a figure of several subjects together ("disposeraient ensemble de 182 sièges").
    A part is compared only with parts, or with its own place's figure (``core.consistency``)."""
    out, before = [], None
    for f in figures:
        if not f.courtesy:
            if before is not None and (of_which(text, f, before.end) or _of_the_whole(text, before, f)) \
                    or _together(text, f):
                f = replace(f, part=True)
            elif f.measure in _AT_SITES and (town := _town(text, lang, f)):
                f = replace(f, part=True, subject=town)
        out.append(f)
        if not f.courtesy:
            before = f
    return tuple(out)


# "Of the 2,870 people on the payroll, about 1,200 are guest workers", "Von den 2.870 Beschäftigten sind
# rund 1.200 Gastarbeiter": a sentence that opens with its whole, then gives a part of it
_OF_THE = re.compile(r"^\W*(?:of the|of its|of their|von den|von ihren|sur les|des|de los|de las|dei|degli|delle|dos|das|"
                     r"van de|af de|av de|spośród|z|ze|iz|из|з)\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)
_OF_THE_REACH = 8  # words from the whole to its part past the comma that ends the whole's phrase; half without


def _of_the_whole(text: str, whole: Figure, f: Figure) -> bool:
    words = len((between := text[whole.end:f.start]).split())
    return ((words <= _OF_THE_REACH and "," in between or words <= _OF_THE_REACH // 2) and whole.value > f.value
            and _OF_THE.search(text, 0, whole.start) is not None)


# Several subjects' figure added up: "A három párt együtt 182 mandátummal", "disposeraient ensemble de
# 182 sièges". Not any one's: like a part, compared only with its own kind.
_TOGETHER = re.compile(
    r"(?<![^\W\d_])(?:together|combined|between them|ensemble|zusammen|gemeinsam|együtt|împreună|juntos|juntas|"
    r"insieme|razem|samen|tilsammans|sammen|tillsammans|yhdessä|společně|spoločne|zajedno|μαζί|birlikte|bersama)"
    r"(?![^\W\d_])[^\d.;:!?]{0,60}$", re.IGNORECASE)


def _together(text: str, f: Figure) -> bool:
    return _TOGETHER.search(text, max(0, f.start - 80), f.start) is not None


# A company's staff at one of its sites is a part of its staff; the dead "in Silezië" are the story's
_AT_SITES = frozenset({"employees", "jobs"})
# "i Drammen", "in Dortmund", "à Lyon": a place named with its preposition (a country is read as one)
_AT = re.compile(r"(?<![^\W\d_])(?:in|i|at|à|en|w|we|u|na|di|em|im|am|bei|ve|v)\s+((?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]+)")
_TOWN_REACH = 4  # words between the place and the count, or the count and the place ("ansatte på sin base i")
# "v kladenském závodě 260 pracovních míst", "350 jobs at its Kladno plant", "im Werk Dortmund": a site
# named by its kind, with the word before it (most often its town), whoever's town it is
_SITE = re.compile(
    r"(?<![^\W\d_])(?:[^\W\d_]+\s+)?(?:d['’]|l['’])?(?:plant|factory|works|werk|standort|fabrik|usine|fábrica|planta|"
    r"stabilimento|fabbrica|fabriek|vestiging|anläggning|zakładzie|fabryce|závodě|závodu|závode|gyárban|gyárában|"
    r"üzemében|fabrica|tehtaalla|tehtaan|pabrik|tvornici)(?![^\W\d_])", re.IGNORECASE)


def _town(text: str, lang: str, f: Figure) -> str:
    """The town a count of staff is at, named right before it or right after its noun in one
    clause ("en fabrikk i Drammen med rundt 240 ansatte", "350 Mitarbeiter in Dortmund"), or else its
    site ("v kladenském závodě"), or ""."""
    countries = {(start, end) for start, end, _ in countries_in(text, lang)}
    town = next((m.group(1).casefold() for m in near(_AT, text, f, 0, len(text), _TOWN_REACH)
                 if (m.start(1), m.end(1)) not in countries and not any(a <= m.start(1) < b for a, b in countries)), "")
    sites = near(_SITE, text, f, 0, len(text), _TOWN_REACH)
    return town or next((" ".join(m.group().casefold().split()) for m in sites), "")


def near(pattern: re.Pattern[str], text: str, f: Figure, lo: int, hi: int, reach: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text[lo:hi]`` a few words (``reach``) from ``f``, in its clause."""
    for m in pattern.finditer(text, lo, hi):
        between = text[m.end():f.start] if m.end() <= f.start else text[f.end:m.start()]
        if not CLAUSE_END.search(between) and len(between.split()) <= reach:
            yield m


# "among the passengers", "blandt passagererne", "unter den Toten", "entre las víctimas", "tra i morti"
_AMONG = re.compile(r"(?<![^\W\d_])(?:among|amongst|blandt|bland|unter|parmi|entre|tra|di antara|antara|onder)"
                    r"\s+(?:[^\W\d_]+\s+)?$")
_AMONG_WIDEST = 16


def among_a_group(lowered: str, at: int) -> bool:
    """Whether the word at ``at`` in ``lowered`` names a group something is among ("among the passengers")."""
    return _AMONG.search(lowered, max(0, at - _AMONG_WIDEST), at) is not None
