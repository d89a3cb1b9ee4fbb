"""Whose each figure is, where a statement says: "Greece recorded the highest toll with 41 deaths,
followed by Serbia with 27 and Romania with 22", "In Griekenland kwamen 14 mensen om",
"Demokraatit topped the poll with 28.6% of the vote, ahead of Naleraq on 27.1%", "1,100 British and 420
Dutch tourists".

A figure's subject is the country named nearest before it in its stretch of the sentence (from the
figure before): "Rumänien meldete 18 Tote, Bulgarien 22"; or, where the sentence names the first
figure's country after it, the one right after each in its clause: "18 Tote in Rumänien", "182
millioner euro for Italia og 40 millioner euro for Norge". Countries are CLDR's territory names, so
"Griekenland" and "Greece" are one subject. A nationality right after a count is its subject where no
country is named ("420 Dutch", "1.100 Nederlandse toeristen": both "NL"; "En France, 61 000 Roumains":
"FR"). Other names are subjects only in a list: two figures or more of one kind and measure, each a few
words after a name of its own ("ahead of Naleraq on 27.1%"); one name before one figure may as well
be the payer as the payee. (A sentence's first word is a name only where the statement's names say
so, any word being capitalised there: "Hele prosjektet koster 480 millioner euro" has no subject;
or where it opens a list whose other figures each follow a name that is no country: "Naleraq fik
28,6 pct., Demokraatit 27,1 pct.")
A figure of a list that says no measure has the measure of the one before ("followed by Serbia with
27" are deaths too). Two figures of different subjects are never compared (``core.consistency``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from factcheck.core.figure_ranges import AND
from factcheck.core.models import Figure
from factcheck.core.places import CLAUSE_END, countries_in, nationality, nationals_after

_NAME = re.compile(r"(?<![^\W\d_])(?-i:[A-ZÀ-ÖØ-Þ])[\w.&'’-]*")


def with_subjects(text: str, lang: str, figures: Sequence[Figure], names: Collection[str],
                  word_key: Callable[[str], str]) -> tuple[Figure, ...]:
    """``figures`` (in text order, offsets into ``text``, a sentence) with their subjects.
    ``word_key(word)`` gives the key a capitalised word has as a name; ``names`` are the keys of the
    statement's names. The sentence's first word, capitalised whatever it is, is a name only where
    it opens a list of names: "Naleraq fik 28,6 pct., Demokraatit 27,1 pct."."""
    countries = _pairs_as_one(text, countries_in(text, lang))
    stretches = _stretches(figures, len(text))
    before = [_country_before(countries, figures[i], lo) for i, (lo, _) in enumerate(stretches)]
    after_at = [_country_after(text, countries, figures[i], hi) for i, (_, hi) in enumerate(stretches)]
    after = [a[2] if a else "" for a in after_at]
    if figures and not before[0] and after[0]:
        # "from 62% in Romania to 94% in Spain, with France at 86%": the country right before a figure
        # that the one before did not take is its own
        subjects, claimed = [], None
        for f, a, (lo, _) in zip(figures, after_at, stretches):
            own = _country_right_before(text, countries, f, lo, claimed)
            subjects.append(own or (a[2] if a else ""))
            claimed = None if own else a
    else:
        subjects = before
    # a part is the place it names: "117 osób, w tym 18 w Bułgarii"
    subjects = [s or f.subject or (a if f.part else "") for s, a, f in zip(subjects, after, figures)]
    # a count's own nationality says whose it is where no country does ("in Kos ... 420 Dutch"); a country
    # named is where it was counted ("En France, 61 000 Roumains ont voté", "198.000 rumanos residentes en
    # España": France's, Spain's)
    counted = [_nationals(text, lang, f, hi) for f, (_, hi) in zip(figures, stretches)]
    subjects = [s or n for s, n in zip(subjects, counted)]
    named = [_name_before(text, lang, figures[i], lo, names, word_key) for i, (lo, _) in enumerate(stretches)]
    opening = _opening_word(text, figures[0], word_key) if figures and not named[0] else ""
    measures = [f.measure for f in figures]
    for family in {(f.kind, f.dimension) for f in figures}:
        members = [i for i, f in enumerate(figures)
                   if (f.kind, f.dimension) == family and not f.courtesy and not f.earlier and not f.part]
        if opening and len(members) > 1 and members[0] == 0 and not subjects[0] \
                and all(named[i] and not subjects[i] for i in members[1:]):
            named[0] = opening  # the rest of the list are names: so is the word that opens it
        at = [i for i in members if subjects[i] or named[i]]
        names = [subjects[i] or named[i] for i in at]
        said = {measures[i] for i in at} - {None}  # a list is of one measure, said once or more
        if len(at) < 2 or len(set(names)) < len(names) or len(said) > 1:
            continue
        for n, i in enumerate(at):
            subjects[i] = names[n]
            if n and measures[i] is None:
                measures[i] = measures[at[n - 1]]
    return tuple(f if (s, m, n) == (f.subject, f.measure, f.nationals) else replace(f, subject=s, measure=m, nationals=n)
                 for f, s, m, n in zip(figures, subjects, measures, counted))


def _nationals(text: str, lang: str, f: Figure, hi: int) -> str:
    """The nationality a figure's next words give it, but not its own currency's: "9,8 milliards de
    dollars américains" are no Americans' (a national currency's code begins with its country's)."""
    code = nationals_after(text, lang, f.end, hi)
    return "" if f.kind == "money" and f.unit[:2] == code else code


def is_country(subject: str) -> bool:
    """Whether a figure's subject is a country (a CLDR territory code, "GR") rather than a name (a
    folded key, "naleraq")."""
    return subject.isupper()


# between two countries named as a pair: "and" ("mellem Finland og Estland", "między Finlandią a Estonią")
_JOINED = re.compile(rf"\s+(?:{AND}|a|&)\s+|\s*[-–/]\s*", re.IGNORECASE)


def _pairs_as_one(text: str, countries: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``countries`` with two joined by "and" made one span of no one country: a figure beside "the
    cable between Finland and Estonia" is the two's, not the nearer one's."""
    out: list[tuple[int, int, str]] = []
    for start, end, code in countries:
        if out and out[-1][2] != code and _JOINED.fullmatch(text, out[-1][1], start):
            out[-1] = (out[-1][0], end, "")
        else:
            out.append((start, end, code))
    return out


def _stretches(figures: Sequence[Figure], length: int) -> list[tuple[int, int]]:
    """For each figure, the stretch of the sentence that is its own: from the end of the figure
    before to the start of the figure after (courtesy conversions belong to the figure before)."""
    out = []
    for i, f in enumerate(figures):
        lo = next((g.end for g in reversed(figures[:i]) if not g.courtesy), 0)
        hi = next((g.start for g in figures[i + 1:] if not g.courtesy), length)
        out.append((lo, hi))
    return out


def _country_before(countries: Sequence[tuple[int, int, str]], f: Figure, lo: int) -> str:
    """The country named nearest before ``f`` in its stretch (from ``lo``), or ""."""
    return next((code for start, end, code in reversed(countries) if lo <= start and end <= f.start), "")


def _country_after(text: str, countries: Sequence[tuple[int, int, str]], f: Figure,
                   hi: int) -> tuple[int, int, str] | None:
    """The country named first after ``f`` in its clause and stretch (to ``hi``), or None."""
    return next((c for c in countries if f.end <= c[0] and c[1] <= hi and not CLAUSE_END.search(text, f.end, c[0])),
                None)


def _country_right_before(text: str, countries: Sequence[tuple[int, int, str]], f: Figure, lo: int,
                          taken: tuple[int, int, str] | None) -> str:
    """The country named a word or two before ``f`` in its clause and stretch (from ``lo``), unless
    it is ``taken`` (the figure before's), or ""."""
    return next((c[2] for c in reversed(countries) if lo <= c[0] and c[1] <= f.start and c != taken
                 and len(text[c[1]:f.start].split()) <= 2 and not CLAUSE_END.search(text, c[1], f.start)), "")



def _name_before(text: str, lang: str, f: Figure, lo: int, names: Collection[str],
                 word_key: Callable[[str], str]) -> str:
    """The key of the capitalised word nearest before ``f`` in its stretch, a few words before it,
    when it is one of ``names``, no nationality ("Four Australians were among the 19 dead") and no country
    ("96,000 in the Netherlands and nearly 1.8 million worldwide"), or ""."""
    words = list(_NAME.finditer(text, lo, f.start))
    # not the word right after the figure before, which is that figure's ("24,116 TEU, has 14,250 containers")
    if not words or lo and not text[lo:words[-1].start()].strip() \
            or len(text[words[-1].end():f.start].split()) > _NAME_REACH or nationality(words[-1].group(), lang) \
            or any(a <= words[-1].start() < b for a, b, _ in countries_in(text, lang)):
        return ""
    key = word_key(words[-1].group().rstrip(".,;:"))
    return key if key in names else ""


def _opening_word(text: str, f: Figure, word_key: Callable[[str], str]) -> str:
    """The key of the sentence's first word when it is capitalised and a few words before ``f``, or ""."""
    first = _NAME.match(text, len(text) - len(text.lstrip(" \"'«“„‘")))
    if not first or first.end() > f.start or len(text[first.end():f.start].split()) > _NAME_REACH:
        return ""
    return word_key(first.group().rstrip(".,;:"))


_NAME_REACH = 5  # words between a name and its figure: "Demokraatit topped the poll with 28.6%"
