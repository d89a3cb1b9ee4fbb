"""What each figure of a sentence is: what it measures, its period, the month it is of, whether it
is a bound or an outlet's own conversion, and the precision it is written with.

``annotate(text, lang, figures)`` takes figures as ``core.figures`` reads them (or as the store keeps
them: value, unit and offsets) and reads their context again from the sentence:

* the measure: the nearest measure word of the figure's stretch of the sentence (``measure_words``),
  in its own clause before one across a break; a word right after a figure is that figure's; in
  "net profit fell 12% to 1.1 billion euros" the 12% is the fall and the 1.1 billion the profit;
  the whole of "79 of the 230 seats" measures nothing of its own;
* the period of an amount ("a month"), and what a change in percent is measured against ("month on
  month", "interanual");
* the month or quarter it is of ("2.2% in November", "im zweiten Quartal");
* a bound ("at least"), an approximation word, and the precision written (half a unit of its last
  digit);
* whether it is an outlet's own conversion of the figure before it ("€1.8 billion ($1.9 billion)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from factcheck.core.exchange_rates import rate_of
from factcheck.core.dates import month_names
from factcheck.core.quarters import FIRST_BASE, quarters_in, several_months
from factcheck.core.durations import SECONDS
from factcheck.core.figure_parts import among_a_group, of_totals
from factcheck.core.figure_ranges import pairs, previous_levels
from factcheck.core.figure_roles import role_measure
from factcheck.core.kiro import kilo_in_context
from factcheck.core.measure_words import (BOUNDS, BOUNDS_AFTER, CHANGE_BASES, CHANGES, FALSE_FRIENDS, MEASURES,
                                          NOT_MEASURES, ONLY_FOR, QUALIFIED_BY, SMALLEST_BARE_SUM, SUMS)
from factcheck.core.models import Figure
from factcheck.core.number_words_id import DOZEN
from factcheck.core.numbers import language_of, numeral_in, written_with_letters
from factcheck.core.periods import (PERIOD_RE_LOWER, after_a_count, of_a_report, part_of_a_name, period_of, phrase_trie,
                                   only_before_a_number, prefix_periods)
from factcheck.core.scripts import HANGUL, KANA_AND_HAN, LANGUAGES, case_blind_get, is_unspaced
from factcheck.core.quantity_words import approx_words
from factcheck.core.ratios import is_rain_depth
from factcheck.core.round_numerals import PRECISION as ROUND_GROUP_PRECISION, is_round_group
from factcheck.core.unit_prices import as_speed, per_unit, per_unit_before

__all__ = ["annotate", "replace_word"]

PRECISION_CAP = 0.03  # "20 million" may be 19.6 or 20.4 rounded: at most 3 % either way
# A length, area, mass, volume or speed of one digit is a rounding of a measurement ("waves of 3
# metres" for 2.5), half a unit either way ("600 metres" may be exact)
MEASURED = frozenset({"length", "area", "mass", "volume", "speed"})
MEASURED_CAP = 0.2
WORDS_PRECISION = 0.10  # "a quarter" is 22.5-27.5 %


@lru_cache(maxsize=1)
def _measure_pattern() -> tuple[tuple[re.Pattern[str], ...], dict[str, str]]:
    """Regexes for every measure word, as character tries (one pass each per sentence)."""
    of: dict[str, str] = {}
    whole = set()  # written with a space after: a whole word ("up " is not "update")
    heads = set()  # written with a hyphen before: also the end of a compound ("Masernfälle")
    for measure, words in MEASURES.items():
        for w in words:
            key = " ".join(w.lower().lstrip("-").split())  # lower(), as the text is (not casefold: "ß")
            of.setdefault(key, measure)
            if w.endswith(" "):
                whole.add(key)
            elif w.startswith("-"):
                heads.add(key)
    for phrase in NOT_MEASURES:  # matched as the longer phrase at its place, then dropped (``_words``)
        of.setdefault(phrase, None)
    spaced = [w for w in of if not _attached(w) and w not in whole and w not in heads]
    attached = [w for w in of if _attached(w)]
    parts = [r"(?<![^\W\d_])" + phrase_trie(sorted(whole)) + r"(?![^\W\d_])", r"(?<![^\W\d_])" + phrase_trie(spaced),
             phrase_trie(sorted(heads)) + r"(?=[^\W\d_]{0,2}(?![^\W\d_]))"]  # an inflection at most after
    if attached:
        parts.append(phrase_trie(attached))
    # matched on lower-cased text; one pattern per part: an alternation of them all costs more than
    # the parts one after the other (``_measure_words`` merges their matches as the alternation would)
    return tuple(re.compile(p) for p in parts), of


def _measure_words(lowered: str, lo: int) -> list[tuple[int, int, str | None]]:
    """The measure words of ``lowered`` (offsets plus ``lo``), left to right, not overlapping: at one
    place the longest ("import duties", not "import "), then the first part's (whole words, word
    beginnings, compound heads, unspaced scripts)."""
    patterns, measure_of = _measure_pattern()
    found = sorted((m.start(), -m.end(), k, m.group()) for k, pattern in enumerate(patterns)
                   for m in pattern.finditer(lowered))
    out, end = [], 0
    for start, neg_stop, _, word in found:
        stop = -neg_stop
        if start >= end:
            out.append((lo + start, lo + stop, measure_of.get(" ".join(word.split()))))
            end = stop
    return out


@lru_cache(maxsize=LANGUAGES)
def _base_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for what changes in percent are measured against: "year on year", "interanual",
    "Vorjahresmonat", and the month before ("rose 0.4% in November from October")."""
    of = {w.lower(): period for period, words in CHANGE_BASES.items() for w in words}
    months = sorted(month_names(lang or "und"), key=len, reverse=True)
    for month in months:
        for word in ("from", "fra", "från", "dari", "desde"):
            of[f"{word} {month}"] = "monthly"
    spaced = [w for w in of if not is_unspaced(w[0])]
    unspaced = [w for w in of if is_unspaced(w[0])]
    return re.compile(r"(?<![^\W\d_])(?:%s)|%s" % (phrase_trie(spaced), phrase_trie(unspaced))), of


@lru_cache(maxsize=LANGUAGES)
def _month_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """A month a figure is of: its name after a short word ("in November", "im November", "a novembre",
    "pada November", "Ende September"); in English capitalised ("prices may rise" is no month)."""
    names = {name: number for name, number in month_names(lang or "und").items() if len(name) > 3 or number == 5}
    if lang == "en":
        written = sorted((n.title() for n in names), key=len, reverse=True)
    else:
        written = sorted({w for n in names for w in (n, n.title())}, key=len, reverse=True)
    # or its part: "Ende September", "fin septembre", "fine ottobre", "eind oktober", "début novembre"
    pattern = (r"(?<![^\W\d_])(?i:in|im|i|en|în|a|al|di|del|de|pada|bulan|of|for|from|since|à|au|no|na|op|på|"
               r"ende|anfang|mitte|fin|début|fine|inizio|metà|eind|begin|medio)"
               r"\s+(%s)(?![^\W\d_])")
    return re.compile(pattern % "|".join(map(re.escape, written))), names


def _attached(word: str) -> bool:
    """Scripts where a measure word may sit inside a longer word: no spaces (Japanese, Chinese) or
    attached particles (Arabic "وإيرادات")."""
    ch = word[0]
    return is_unspaced(ch) or "\u0600" <= ch <= "\u06ff"


_BOUND_FORMS = sorted(((w, kind) for kind, words in BOUNDS.items() for w in words), key=lambda x: -len(x[0]))
# by their words, for a lookup of a figure's last words before it (a loop over every form was a tenth of reading)
_BOUND_OF = {w: kind for w, kind in reversed(_BOUND_FORMS) if not is_unspaced(w[0])}
_BOUND_WORDS = max(len(w.split()) for w in _BOUND_OF)
_UNSPACED_BOUNDS = [(w, kind) for w, kind in _BOUND_FORMS if is_unspaced(w[0])]
_OPENING_MARKS = "(\"'«“„‘[—–-"  # "(more than 300": the bound is the words
# "up to" that after a change says where it went ("rose up to", "subió hasta", "grimpé jusqu'à"), and the
# words of a change that begin a word just before it (not "up", as in "set up")
_UP_TO = frozenset({"up to", "hasta", "até", "jusqu'à", "fino a", "bis zu", "op til", "upp till", "opptil",
                    "până la", "έως"})
_CHANGED = re.compile(r"(?<![^\W\d_])(?:%s|sub(?:i|í|e|ía)|baj(?:ó|aron|aba)|ca(?:yó|yeron|ía|iu|íram))" % "|".join(
    re.escape(w.strip()) for w in (*MEASURES["growth"], *MEASURES["decline"]) if w.strip() not in ("up", "down")))
_BOUND_AFTER = [(re.compile(pattern), kind) for kind, pattern in BOUNDS_AFTER.items()]


@dataclass(slots=True)
class _Words:
    """The words of a sentence that give its figures their context, each as (start, end, what)."""

    text: str
    measures: list  # measure words: what is counted or paid
    periods: list  # "a month", "per year"
    bases: list  # what a change is measured against: "month on month"
    months: list  # "in November"
    owner: dict  # start of a measure word -> index of the figure it stands right after
    breaks: re.Pattern[str]  # what ends a clause in the sentence's language (``clause_break``)

    def across(self, lo: int, hi: int) -> bool:
        """Whether a clause ends between ``lo`` and ``hi``."""
        return self.breaks.search(self.text, lo, hi) is not None


# between a measure word and the figure after it, what still makes the word that figure's ("depth of 10 km")
_OF_WIDEST = 12
_OF = re.compile(r"\s*(?:(?<![^\W\d_])(?:of|von|van|af|de|du|des|di|del|della|da|do|sebesar)\s+|d['’])?", re.IGNORECASE)


def _words(text: str, lang: str, figures: list[Figure], lo: int, hi: int,
           parts_of_year: list[tuple[int, int, int]]) -> _Words:
    piece = text[lo:hi]
    lowered = piece.lower()
    if len(lowered) != len(piece):  # a letter whose lower case is longer ("İ"): fold it alone
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in piece)
    # "Blandt passagererne var tre danskere", "among the dead were three children": the group, not the count
    # not a word of a part of the year: "premiers" of "les dix premiers mois" is no premium
    measures = [m for m in _measure_words(lowered, lo) if m[2] is not None and not among_a_group(lowered, m[0] - lo)
                and lang not in FALSE_FRIENDS.get(lowered[m[0] - lo:m[1] - lo], ())
                and not any(a <= m[0] < b for a, b, _ in parts_of_year)]
    periods = [(lo + m.start(), lo + m.end(), period_of(m.group())) for m in PERIOD_RE_LOWER.finditer(lowered)
               if not any(test(text, lo + m.start(), lo + m.end())
                          for test in (part_of_a_name, after_a_count, of_a_report))]
    periods += [(m.start(), m.end(), period_of(m.group())) for m in prefix_periods(text, lo, hi)]
    periods.sort()
    base_pattern, base_of = _base_pattern(language_of(lang))
    bases = [(lo + m.start(), lo + m.end(), base_of[m.group()]) for m in base_pattern.finditer(lowered)]
    month_pattern, month_of = _month_pattern(language_of(lang))
    # from its preposition: "en octobre" is the month's, never a clause's "en" (Dutch "and")
    months = [(lo + m.start(), lo + m.end(1), case_blind_get(month_of, m.group(1)))
              for m in month_pattern.finditer(piece)]
    # "im zweiten Quartal": a quarter is kept as a month past twelve; the months of a range that is a part
    # of the year are that part's ("de enero a septiembre": the first nine months, not September)
    months = [m for m in months if not any(a < m[1] and m[0] < b for a, b, _ in parts_of_year)] + parts_of_year
    # a word right after a figure is that figure's ("79 seggi, ... al 28,7%": not the 28,7 %'s), and so
    # is one right before it, with at most "of" between ("18 km northeast of Poso at a depth of 10 km")
    before = {m[0]: k for k, g in enumerate(figures) for m in measures
              if m[1] <= g.start <= m[1] + _OF_WIDEST and _OF.fullmatch(text, m[1], g.start) and _may_measure(text, m, g)}
    owner = before | {m[0]: k for k, g in enumerate(figures) for m in measures if m[0] >= g.end and not text[g.end:m[0]].strip()}
    return _Words(text, measures, periods, bases, months, owner, clause_break(language_of(lang)))


@dataclass(slots=True)
class _Stretch:
    """A figure's place among the sentence's figures: its index ``i`` and that of its last courtesy
    conversion, the stretch ``lo:hi`` between its neighbours, whether it has one before and after,
    and where the one after ends (``hi`` when there is none)."""

    i: int
    last: int
    lo: int
    hi: int
    beside: tuple[bool, bool]
    next_end: int


def _measure(words: _Words, f: Figure, at: _Stretch, starts_change: bool) -> tuple[str | None, tuple | None]:
    """What ``f`` measures, and, when it is a change with the level it reached after it ("net profit
    fell 12% to 1.1 billion euros"), what that level measures: (measure, (level's measure,) or None).
    The level a change started from (``starts_change``: "stieg von 5,1 auf 5,4 Prozent") and the
    level it reached both measure what changed."""
    text = words.text
    if _ABOVE.match(text, f.end):  # "1,2 grados por encima de la anterior marca": by how much, a change
        return "growth", None
    # a word past a conjunction after the figure is another clause's ("37,4 millions, tandis que la sanction")
    near = [m for m in words.measures if _may_measure(text, m, f) and at.i <= words.owner.get(m[0], at.i) <= at.last
            and (m[0] < f.end or not _CONJUNCTION.search(text, f.end, m[0]))]
    if starts_change:
        level = _nearest([m for m in near if m[2] not in CHANGES], f.start, f.end, at.lo, f.start, words=words)
        return level, (level,)
    # "fell 12% to", "sank der Nettogewinn um zwölf Prozent auf", "12%減の": a change (before the figure,
    # or right after it) and the level it reached, with nothing measured between
    changes = [m for m in near if m[2] in CHANGES and (m[1] <= f.start or words.owner.get(m[0]) == at.i)]
    if (changes and at.beside[1] and _TO_LEVEL.fullmatch(text, f.end, at.hi) is not None
            and not any(f.end <= m[0] < at.hi and m[2] not in CHANGES for m in words.measures)):
        change = _nearest(changes, f.start, f.end, at.lo, at.hi, words=words, neighbours=at.beside)
        level = _nearest([m for m in near if m[2] not in CHANGES], f.start, f.end, at.lo, f.start, words=words)
        return change, (level,)
    # "hebt die Einfuhrzölle ... um zehn Prozent an", "raised the rate by 2%": by how much it changed
    changed = [m for m in near if m[2] in CHANGES and m[1] <= f.start]
    if f.kind == "percent" and changed and _BY_SHARE.search(text, max(at.lo, f.start - 8), f.start):
        return changed[-1][2], None
    if (change := _change_at_the_end(words, f, at)) is not None:
        return change, (_nearest([m for m in near if m[2] not in CHANGES], f.start, f.end, at.lo, f.start, words=words),)
    measure = _nearest(near, f.start, f.end, at.lo, at.hi, words=words, neighbours=at.beside)
    if measure in CHANGES and f.kind == "number" and f.unit is None \
            and _REACHED.search(text, max(at.lo, f.start - 8), f.start):
        # "Do siedmiu wzrosła liczba ofiar", "Στους εννέα αυξήθηκαν οι νεκροί": the count it rose to, not a rise
        measure = _nearest([m for m in near if m[2] not in CHANGES], f.start, f.end, at.lo, at.hi, words=words,
                           neighbours=at.beside) or _subject_of_change(words, f, at)
    if measure is None and f.kind == "year":  # "the previous record of 40.7C set in 2007": past another figure
        measure = _nearest([m for m in words.measures if ONLY_FOR.get(m[2]) == _YEAR_ONLY], f.start, f.end,
                           0, len(words.text), words=words)
    if f.kind == "year" and measure == "homes built":  # "werd in 1916 gebouwd": when it was built
        measure = "built"
    return _sort_of(words, near, f, measure if measure is not None else _subject_of_change(words, f, at)), None


_YEAR_ONLY = frozenset({"year"})


def _subject_of_change(words: _Words, f: Figure, at: _Stretch) -> str | None:
    """For the level a change reached, with no measure in its own stretch ("The death toll from the
    magnitude 6.2 earthquake ... has risen to 43", "Die Zahl der Toten nach dem Beben der Stärke 6,2
    ... ist auf 43 gestiegen"): what changed, the last measure word before the stretch that no other
    figure holds ("magnitude" is 6.2's)."""
    text = words.text
    if not any(m[2] in CHANGES and at.lo <= m[0] < at.hi and not _may_measure(text, m, f) for m in words.measures):
        return None
    held = set(words.owner)
    before = [m for m in words.measures if m[1] <= at.lo and m[2] not in CHANGES and m[0] not in held
              and _may_measure(text, m, f)]
    return before[-1][2] if before else None


def _sort_of(words: _Words, near: list, f: Figure, measure: str | None) -> str | None:
    """``measure``, or the sort of it that a word in the figure's clause says (``QUALIFIED_BY``:
    "save ... in costs" is savings)."""
    sorts = QUALIFIED_BY.get(measure, ())
    for a, b, what in near:
        if what in sorts and not words.across(*((b, f.start) if b <= f.start else (f.end, a))):
            return what
    return measure


# "um 42 Prozent auf 2,86 Milliarden Euro eingebrochen", "met 42 procent tot 2,86 miljard euro gedaald":
# "by" a figure "to" another is a change and its level, though the verb comes at the clause's end
_BY = re.compile(r"(?<![^\W\d_])(?:um|by|met|med|de|di|sebesar|of)\s+$", re.IGNORECASE)


_BY_SHARE = re.compile(r"(?<![^\W\d_])(?:um|by|met|med|sebesar)\s+$", re.IGNORECASE)


def _change_at_the_end(words: _Words, f: Figure, at: _Stretch) -> str | None:
    text = words.text
    if not (at.beside[1] and _BY.search(text, max(at.lo, f.start - 8), f.start)
            and _TO_LEVEL.fullmatch(text, f.end, at.hi)):
        return None
    after = [m for m in words.measures if m[0] >= at.next_end and m[2] is not None]
    if after and after[0][2] in CHANGES and not words.across(at.next_end, after[0][0]):
        return after[0][2]
    return None


def annotate(text: str, lang: str, figures: list[Figure], lo: int = 0, hi: int | None = None) -> list[Figure]:
    """``figures`` (in text order, offsets into ``text``, inside ``text[lo:hi]``) with what each
    measures, its period, month, bound, precision and whether it is a courtesy conversion."""
    hi = len(text) if hi is None else hi
    if not figures:
        return []
    parts_of_year = quarters_in(text, lo, hi, lang)  # "im zweiten Quartal", "første ni måneder", "de enero a septiembre"
    figures = _outside_spans_of_the_year(sorted(figures, key=lambda f: f.start), parts_of_year)
    if not figures:
        return []
    courtesy = [is_courtesy(text, figures, i, lang) for i in range(len(figures))]
    main = [i for i in range(len(figures)) if not courtesy[i]]
    words = _words(text, lang, figures, lo, hi, parts_of_year)
    out: list[Figure | None] = [None] * len(figures)
    approximations = approx_words(language_of(lang))
    level = None  # (measure,): what the level after a change measures, for the next figure
    joined = {p.first: p.kind for p in pairs(text, figures, lo)}
    changes = {i for i in joined
               if _changed(words, figures[i], lo) or joined[i] == "change" and _changed_after(words, figures[i + 1])}
    after_year, before_year = _neighbours(figures, courtesy, lo, hi)
    # Chinese, Japanese and Korean say the time first: months said before the first figure are all its
    # figures' ("1～10月の輸出量は前年同期比7.4%増の1010万トン"), and a month or a year after a figure is
    # the next one's ("10月の納入は72機で、1～10月の累計", "764亿千瓦时。2022年，")
    east_asian = language_of(lang) in ("zh", "ja", "ko")
    months_after = 0 if east_asian else 10_000
    opening = next(((b, m) for _, b, m in words.months if several_months(m) and main and b <= figures[main[0]].start),
                   None) if east_asian else None
    years = [(y.start, y.end, int(y.value)) for y in figures if y.kind == "year"]
    for n, i in enumerate(main):
        f = figures[i]
        last = i  # its courtesy conversions follow it: they measure the same thing
        while last + 1 < len(figures) and courtesy[last + 1]:
            last += 1
        after = figures[main[n + 1]] if n + 1 < len(main) else None
        at = _Stretch(i, last, figures[main[n - 1]].end if n else lo, after.start if after else hi,
                      (n > 0, after is not None), after.end if after else hi)
        if level is not None:
            measure, level = level[0], None
        else:
            measure, level = _measure(words, f, at, i in changes and joined[i] == "change")
        measure = role_measure(text, f, figures[last], measure, lo, hi)
        if (measure is None or measure in CHANGES) and f.unit == "mm" and (
                is_rain_depth(text, f) or measure is not None and any(m[2] == "rainfall" for m in words.measures)):
            # rain that fell ("In Jaén fielen 312 Millimeter", "cayeron 612 litros por metro cuadrado")
            measure = "rainfall"
        # a period after the figure, past a conjunction, is another clause's; one before it but nearer
        # the figure before is that figure's ("355 voos por dia, afetando perto de 190 mil passageiros")
        # a period in the figure's own words is its own: oil's "9.01 million bpd" (barrels a day); one
        # right before the next figure is that one's ("1147艘船只通过运河，日均约37艘": 37 a day; "5년간
        # 3조3천억 원을 투입 ... 연간 6,600억 원": 660 billion a year, not 3.3 trillion)
        # and a Chinese or Japanese one right before the figure (past a particle) is the figure's, not one
        # after it ("月収は約20万7000円、年収に換算すると約248万円": 207,000 yen a month)
        period = next((p[2] for p in words.periods if f.start < p[0] and p[1] <= f.end), None) or next(
            (p[2] for p in words.periods if p[1] <= f.start and _JUST_BEFORE.fullmatch(text, p[1], f.start)),
            None) or _nearest(
            [p for p in words.periods
             if (p[0] < f.end or not _CONJUNCTION.search(text, f.end, p[0])
                 and not only_before_a_number(text, p[0], p[1]))
             and not (at.beside[0] and p[1] <= f.start and p[0] - at.lo < f.start - p[1])
             and not (at.beside[1] and p[0] >= f.end
                      and (_RIGHT_BEFORE.fullmatch(text, p[1], at.hi) or text[p[1]:at.hi].isspace()))],
            f.start, f.end, at.lo, at.hi, before_limit=60, after_limit=40)
        if f.kind == "percent":  # "29 % a year" is a rate, not an amount per period; a change has its base
            period = _nearest(words.bases, f.start, f.end, at.lo, at.hi, words=words, neighbours=at.beside) \
                if measure in CHANGES else None
        if f.kind == "year" or period == "hourly" and f.dimension in ("speed", "duration", "span"):
            period = None  # "150 kilometres per hour" is a speed, "half an hour" a span: no rate per hour
        # "2,2 persen pada November dari 2,4 persen pada Oktober": a month as near after is the figure's;
        # a year before is the month's own ("En diciembre de 2023 la inflación ... al 25,5%")
        month = _nearest(words.months, f.start, f.end, after_year[i], at.hi, words=words,
                         neighbours=(after_year[i] > lo, at.beside[1]), lean_after=3, after_limit=months_after
                         ) or _opening_months(text, opening, f)
        # "pagato 3,5 milioni nel 2023", "En 2024, Auren avait déjà rappelé 340 000": the year it is of
        # a change's year is its base, which follows it ("3,9% σε σχέση με το 2024 και κατά 5,4% σε
        # σχέση με το 2019": 5,4% is from 2019, not 2024)
        year = _nearest(years, f.start, f.end, after_year[i], before_year[i], before_limit=_YEAR_BEFORE,
                        after_limit=0 if east_asian else _YEAR_AFTER, words=words,
                        neighbours=(True, True),  # in its clause only
                        lean_after=_BASE_LEAN if measure in CHANGES else 0
                        ) or _opening_year(text, years, lo) or _year_of_months(text, words.months, month, years) \
            if f.kind != "year" else None
        approx_word = f.approx_word or (_approx_word(text, f, at.lo, approximations) if f.words or f.approx else "")
        out[i] = Figure(
            f.kind, f.start, f.end, f.value, f.unit, f.approx or bool(approx_word), f.usd, f.as_of,
            f.text or text[f.start:f.end], approx_word, period, None if measure == f.dimension else measure, False,
            _precision(f, text, lang),
            f.words, _bound(text, replace_word(f, approx_word), at.lo, at.hi), f.dimension, month, year=year,
            per=_per(text, f, figures[last], lang, at.hi),
        )
        out[i] = kilo_in_context(as_speed(out[i], text), text)
        for j in range(i + 1, last + 1):
            c = figures[j]
            out[j] = Figure(c.kind, c.start, c.end, c.value, c.unit, c.approx, c.usd, c.as_of,
                            c.text or text[c.start:c.end], c.approx_word, period, measure, True,
                            _precision(c, text, lang), c.words, "", c.dimension, month, year=year,
                            # its own unit or currency it is per, else the sum's ("rund 69 Cent pro Liter", "Kurs:
                            # 1,62 Dollar je Euro")
                            per=_per(text, c, c, lang, at.hi) or out[i].per)
    return previous_levels(text, of_totals(text, _ranged(out, joined, changes)))


def _per(text: str, f: Figure, last: Figure, lang: str, hi: int) -> str | None:
    """The unit a sum or a measurement is given per, after it or after its courtesy conversions
    ("€22 per square metre ($25)", "€22 ($25) per square metre")."""
    if f.kind not in ("money", "number"):
        return None
    if (rate := rate_of(text, f, lang, 0, hi)) is not None:  # "49.20 pounds to the dollar"
        return rate[0]
    length = f.dimension == "length"
    return per_unit(text, f.end, lang, hi, length) or (
        per_unit_before(text, f.start, lang) if f.kind == "money" else None) or (
        per_unit(text, last.end, lang, hi, length) if last is not f else None)


def _outside_spans_of_the_year(figures: list[Figure], parts_of_year: list[tuple[int, int, int]]) -> list[Figure]:
    """``figures`` but the numbers inside a part of the year (``parts_of_year``, ``core.quarters``): the
    nine of "the first nine months" ("første ni måneder"), the 1 and 10 of "1～10月", which are no
    counts or spans but the months the figures after them are of."""
    def inside(f: Figure) -> bool:
        return f.kind == "number" and f.unit in (None, "mo") \
            and any(a <= f.start and f.end <= b for a, b, m in parts_of_year if several_months(m))

    return [f for f in figures if not inside(f)] if parts_of_year else figures


_YEAR_BEFORE, _YEAR_AFTER = 40, 30  # how far a year may stand from the figure it dates
_BASE_LEAN = 20  # characters nearer a year after a change counts: its base ("5,4% more than in 2019")


# "En 2024, ...", "Im Jahr 2023 ...", "W 2021 roku": a preposition and the year open the sentence
_OPENING = re.compile(r"\W*(?:already\s+|già\s+|już\s+|schon\s+|déjà\s+)?(?:in|en|im|i|w|v|ve|nel|em|na|no|pada|tahun|"
                      r"vuonna|το|στο|în|u|au|al|el|dans|durante|during)\s+(?:(?:the|dem|jahr|year|l'année|el año|"
                      r"het jaar|året)\s+)?", re.IGNORECASE)


# a month or a day between such opening months and a figure is that figure's time: "10月11日", "3月は"
_EAST_ASIAN_MONTH = re.compile(r"\d\s*[月월]")


def _opening_months(text: str, opening: tuple[int, int] | None, f: Figure) -> int | None:
    """The months a Chinese, Japanese or Korean sentence opens with (``opening``: where they end and
    ``Figure.month``), as ``f``'s: unless ``f`` is a year or another month stands between."""
    if opening is None or f.kind == "year" or _EAST_ASIAN_MONTH.search(text, opening[0], f.start):
        return None
    return opening[1]


_YEAR_BY_MONTHS = re.compile(r"[\s,]*(?:(?:of|de|del|di|des|du|dell'|des jahres|do|da|na|w|v|ve)\s+)?")


def _year_of_months(text: str, months: list[tuple[int, int, int]], month: int | None,
                    years: list[tuple[int, int, int]]) -> int | None:
    """The year written beside the run of months ``month`` (``months``: where each is said): "in
    January-October 2025", "in the first ten months of 2026", "2026年1至10月"."""
    if not month or month <= FIRST_BASE:  # a quarter's year is read as any month's
        return None
    spans = [(a, b) for a, b, m in months if m == month]
    return next((y for a, b in spans for ya, yb, y in years
                 if b <= ya and _YEAR_BY_MONTHS.fullmatch(text, b, ya) or yb <= a and not text[yb:a].strip()), None)


def _opening_year(text: str, years: list[tuple[int, int, int]], lo: int) -> int | None:
    """The year a sentence opens with, a word or two before it ("En 2024, Auren avait déjà rappelé"):
    the year of every figure in it."""
    return next((y for a, _, y in years if _OPENING.fullmatch(text, lo, a)), None)


def _neighbours(figures: list[Figure], courtesy: list[bool], lo: int, hi: int) -> tuple[list[int], list[int]]:
    """For each figure, where the figure before it ends (``lo`` for the first) and where the figure
    after it starts (``hi`` for the last), years and courtesy conversions passed over."""
    kept = [k for k, (f, c) in enumerate(zip(figures, courtesy)) if f.kind != "year" and not c]
    ends = [next((figures[k].end for k in reversed(kept) if k < i), lo) for i in range(len(figures))]
    starts = [next((figures[k].start for k in kept if k > i), hi) for i in range(len(figures))]
    return ends, starts


def _changed(words: _Words, f: Figure, lo: int) -> bool:
    """Whether a change word ("rose", "stieg", "naik") comes before ``f`` in its sentence."""
    return any(lo <= a and b <= f.start and what in CHANGES for a, b, what in words.measures)


def _changed_after(words: _Words, g: Figure) -> bool:
    """Whether a change word closes the clause right after ``g``: "den Leitzins von 5,75 auf 6 Prozent
    angehoben", "van 5,1 naar 5,4 procent gestegen" (the verb last)."""
    return any(g.end <= a <= g.end + _VERB_LAST and what in CHANGES and not words.across(g.end, a)
               for a, _, what in words.measures)


_VERB_LAST = 25  # at most so many characters from the second figure to its verb


def _ranged(figures: list[Figure | None], joined: dict[int, str], changes: set[int]) -> list[Figure]:
    """``figures`` with the level a change started from marked ``earlier`` (the first of "rose from
    5.1% to 5.4%", the second of "rose to 5.4% from 5.1%"), and the ends of a range of a quantity
    ("between 10 and 12 million", "10-12%") read as a lower and an upper bound."""
    out = list(figures)
    for i, kind in joined.items():
        f, g = out[i], out[i + 1]
        if f is None or g is None or f.courtesy or g.courtesy or f.kind != g.kind or f.unit != g.unit:
            continue
        if i in changes and kind == "change":
            out[i] = replace(f, earlier=True)
        elif i in changes and kind == "reversed":
            out[i + 1] = replace(g, earlier=True, measure=g.measure or f.measure)
        elif kind != "reversed" and f.value < g.value and (g.unit or g.kind != "number" or g.value >= 1000):
            measure = f.measure or g.measure  # the two ends of one range ("growth of 7% to 9%") measure one thing
            out[i] = replace(f, bound=f.bound or "min", measure=measure)
            out[i + 1] = replace(g, bound=g.bound or "max", measure=measure)
    return [f for f in out if f is not None]


def replace_word(f: Figure, approx_word: str) -> Figure:
    return f if f.approx_word == approx_word else replace(f, approx_word=approx_word)


def _nearest(found, start, end, seg_lo, seg_hi, before_limit=10_000, after_limit=10_000, words=None,
             neighbours=(False, False), lean_after=0):
    """What the nearest of ``found`` (start, end, what) to the figure at ``start:end`` says, within
    its segment. Given the sentence's ``words``, a word across a clause break from the figure ("Three people
    died and 14 were injured": "died" for 14) yields to one in the figure's own clause; in the clause, a
    weak word (``_WEAK``) to another. Across a break towards a neighbouring figure (``neighbours``:
    one before the segment, one after) a word is that figure's clause's ("58,2 procent stemte for,
    og valgdeltagelsen var 58,3 procent"): not taken. ``lean_after``: a word after the figure counts
    as that many characters nearer."""
    candidates = []
    for a, b, what in found:
        if what is None or a < seg_lo or b > seg_hi or (a < end and start < b):
            continue
        distance = start - b if b <= start else a - end
        if (b <= start and distance > before_limit) or (a >= end and distance > after_limit):
            continue
        gap = (b, start) if b <= start else (end, a)
        across = words is not None and words.across(*gap)
        if across and neighbours[0 if b <= start else 1]:
            continue
        candidates.append((across, what in _WEAK, distance - (lean_after if a >= end else 0), what))
    if not candidates:
        return None
    own = [c for c in candidates if not c[0]] or candidates
    return min(own, key=lambda c: c[1:3])[3]


# A Chinese or Japanese period word right before a figure, or before "about" and the figure ("日均约37艘"):
# that figure's rate
_ABOUT_CJK = "[约約近逾超]?"
_RIGHT_BEFORE = re.compile(rf"(?<=[{KANA_AND_HAN}]){_ABOUT_CJK}|(?<=[{HANGUL}])\s+(?:약\s*)?")  # "하루 평균 약 12만 명"
# between such a word and its figure: "on average", "for each", a particle, "about" ("月収は約", "月收入约为",
# "1日平均では約", "1日あたり約", "1日に約")
_JUST_BEFORE = re.compile(rf"(?<=[{KANA_AND_HAN}])(?:(?:平均|あたり|当たり)(?:では|で)?)?[はがもに]?{_ABOUT_CJK}[为為是]?")


# What a figure counts rather than what happened to it: "14 employees were injured" is about injuries,
# "has 23,000 employees" about the workforce. Such a word yields to another in the figure's clause.
_WEAK = frozenset({"employees"})


# Right after a figure, that it is a difference from another: "1.2 degrees above the record", "neun
# Prozent mehr als im Vorjahr"
_ABOVE = re.compile(
    # "11 more passengers than its permit allowed", "5 fewer seats than": a difference, its noun between
    r"\s*(?:(?:more|fewer|less)\s+[^\W\d_]+\s+than|above|higher than|more than|por encima|más que|au-dessus|de plus que|über dem|über der|über den|mehr als|"
    r"boven|hoger dan|meer dan|sopra|in più|acima|a mais|di atas|lebih tinggi|højere end|mere end|mer än|høyere enn)"
    r"(?![^\W\d_])", re.IGNORECASE)


# "The death toll rose to 83", "subiu para 83", "naik dari 70 menjadi 83", "klesla na 4,62 %", "cayó en octubre al
# 7,4%": a change's word before "to" or "from" (a word of when between them) and a figure says the figure is a level
# (what rose), not the change
_LEVEL = re.compile(
    r"[^\W\d_]*(?:\s+(?:in|en|în|im|i|w|v|u|em|no|op|på)\s+[^\W\d_]+)?"
    r"\s+(?:to|til|till|auf|para|a|al|à|au|ao|alla|menjadi|jadi|naar|from|fra|från|dari|na|la|do|"
    r"z|ze|από|σε|στα|στο|στις)\s+\D{0,25}"
    r"|(?:至|到)\D{0,10}",  # "死亡人数上升至83人"
    re.IGNORECASE)
# "to" right before a count that a change reached ("wzrosła do siedmiu", "auf zehn gestiegen")
_REACHED = re.compile(
    r"(?<![^\W\d_])(?:to|do|na|auf|à|au|la|a|al|ao|até|hasta|tot|naar|til|till|menjadi|iki|līdz|"
    r"σε|στους|στις|στα|до|на)\s+$", re.IGNORECASE)
# Between a change and the level it reached: "fell 12% to 1.1 billion", "um zwölf Prozent auf",
# "de 12 % au troisième trimestre, à", "un 12% en el tercer trimestre, hasta", "12%減の", "12%，至"
_TO_LEVEL = re.compile(
    r"[^\d]{0,40}?(?:(?<![^\W\d_])(?:to|auf|à|au|hasta|tot|naar|til|till|menjadi|para|a|al|ao|até|alla)"
    r"|の|至|到)\s*",
    re.IGNORECASE)


def _may_measure(text: str, found: tuple[int, int, str | None], f: Figure) -> bool:
    """Whether the measure word ``found`` may say what ``f`` measures: a word for some figures only
    (``ONLY_FOR``) of another sort, or a change that ``f`` is the level of ("rose to 83", "auf 2,2
    Prozent gesunken"), may not."""
    a, b, what = found
    only = ONLY_FOR.get(what)
    if only is not None and (f.dimension or f.kind) not in only:
        return False
    if what in SUMS and f.kind == "number" and f.unit is None and f.value < SMALLEST_BARE_SUM:
        return False
    if what in SUMS and what not in _TRADED and f.dimension is not None:
        return False  # "a unos 3 kilómetros de la costa" is no cost
    if what == "inflation" and _NET_OF_INFLATION.search(text, max(0, a - 25), min(len(text), b + 12)):
        return False  # "un gain réel d'environ 1,9 % une fois l'inflation déduite": wages after inflation
    if what not in CHANGES:
        return True
    if b <= f.start:
        return _LEVEL.fullmatch(text, b, f.start) is None
    return _LEVEL_BEFORE.search(text, max(0, f.start - 8), f.start) is None


_TRADED = frozenset({"imports", "exports"})  # sums, or tonnes and barrels
# a change "in real terms": what is left of it once inflation is taken off, not inflation
_NET_OF_INFLATION = re.compile(
    r"une fois l['’]inflation déduite|inflation déduite|after inflation|net of inflation|adjusted for inflation|"
    r"inflation-adjusted|inflationsbereinigt|nach abzug der inflation|al netto dell['’]inflazione|"
    r"descontada la inflación|descontando la inflación|descontada a inflação|descontando a inflação|"
    r"po odliczeniu inflacji|po očištění o inflaci|gecorrigeerd voor inflatie|korrigeret for inflation|"
    r"justerat för inflation|inflaatio huomioiden|az infláció levonásával|ajustat cu inflația", re.IGNORECASE)


# "ist im November auf 2,2 Prozent gesunken", "is gedaald naar 2,2 procent": the level, the change after it
_LEVEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:auf|naar|tot|til|till)\s+$", re.IGNORECASE)


# Between a figure and a period word after it, a sign that the period is another clause's: "to cut
# 4,000 jobs as quarterly profit slumps"
_CONJUNCTION = re.compile(
    r"(?<![^\W\d_])(?:as|while|after|when|because|whereas|während|nachdem|alors que|tandis que|lorsque|"
    r"mientras|cuando|enquanto|quando|sementara|ketika|setelah|karena|mens|efter|eftersom|når|när|terwijl|toen)"
    r"(?![^\W\d_])", re.IGNORECASE)


# Between a measure word and a figure: a sign that they stand in clauses of their own. "en" is
# Dutch for "and", but French and Spanish for "in" ("tombée à 2,7 % en octobre"): a break in Dutch only,
# and so are the other short words below in their own languages.
_CONJUNCTIONS = ("and|og|och|und|et|y|e|dan|serta|but|men|aber|mais|pero|ma|maar|tapi|while|și|mutta|но|και|ενώ|αλλά|"
                 "whereas|mens|medan|während|mientras|mentre|enquanto|terwijl|sementara|podczas gdy|zatímco|míg")
_SHORT_CONJUNCTIONS = {"nl": "en", "lt": "o|ir|bet|tad", "lv": "un|bet", "et": "ja|aga", "fi": "ja", "hu": "és|de",
                       "ro": "iar|dar", "tr": "ve|ama", "pt": "mas", "cs": "a|ale", "sk": "a|ale", "pl": "a|i|ale",
                       "hr": "a|i", "sr": "a|i", "sl": "a|in", "bg": "и|а", "ru": "и|а", "uk": "і|та|а"}


@lru_cache(maxsize=LANGUAGES)
def conjunctions(language: str) -> str:
    """The words that join two clauses in ``language``, as a regex alternation."""
    short = _SHORT_CONJUNCTIONS.get(language)
    return _CONJUNCTIONS + (f"|{short}" if short else "")


@lru_cache(maxsize=LANGUAGES)
def clause_break(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"[,;:]|(?<![^\W\d_])(?:{conjunctions(language)})(?![^\W\d_])"
        # the end of a sentence the splitter left joined ("ums Leben gekommen. 111 weitere"), not "ca. 20"
        r"|[^\W\d_]{3}\.\s",
        re.IGNORECASE)


def _approx_word(text: str, f: Figure, seg_lo: int, words: list[str]) -> str:
    """The approximation word before a figure whose reader did not name it (a fraction in words, a
    figure the store kept): right before it, or one word further ("hampir mencapai Rp322")."""
    before = text[max(seg_lo, f.start - 40):f.start].rstrip()
    lowered = before.lower()
    cut = lowered.rsplit(None, 1)[0] if f.approx and " " in lowered else None
    for candidate in (lowered, cut):
        if not candidate:
            continue
        for w in words:
            if candidate.endswith(w) and (len(candidate) == len(w) or not candidate[-len(w) - 1].isalnum()
                                          or is_unspaced(w[0])):
                return before[len(candidate) - len(w):len(candidate)]
    return ""


def _bound(text: str, f: Figure, seg_lo: int, seg_hi: int) -> str:
    """"min" after "at least", "more than", "mindestens"... or before "以上", "이상", "से अधिक"; "max"
    after "at most", "less than"... or before "以下", "미만", "से कम".
    A year has none: "até 2031", "fino al 2030" say until when."""
    if f.kind == "year":
        return ""
    before = text[max(seg_lo, f.start - 30):f.start].rstrip().lower()
    if f.approx_word and before.endswith(f.approx_word.lower()):
        before = before[: -len(f.approx_word)].rstrip()
    words = before.split()
    if words and words[-1].replace("’", "'") in ("d'un", "d'une", "d'"):
        words[-1] = "de"  # "plus d'un million": the million is the figure, or "un million" with its one
    for n in range(min(_BOUND_WORDS, len(words)), 0, -1):  # the longest form first: "more than" before "than"
        if (kind := _BOUND_OF.get(said := " ".join(words[-n:]).lstrip(_OPENING_MARKS))) is not None:
            if said in _UP_TO and (f.kind == "money" or f.kind == "number" and f.unit is None) \
                    and _CHANGED.search(text, max(0, f.start - 40), f.start):
                # "subían un 4,4 % hasta 214,90 dólares": the level a sum or a count reached, no cap (a change's is
                # one; "fielen bis zu 300 Liter Regen" is the most that fell)
                return ""
            return kind
    for word, kind in _UNSPACED_BOUNDS:  # "少なくとも", "超过": no spaces to split at
        if before.endswith(word):
            return kind
    for pattern, kind in _BOUND_AFTER:  # "1000人以上", "1,000명 이상", "1,000 से अधिक"
        if pattern.match(text, f.end, seg_hi):
            return kind
    return ""


def counted_in_words(f: Figure) -> bool:
    """A count below a hundred in words ("eleven dead", "dvanaest osoba", "fünf Tage"): as exact as
    its digits, unlike a fraction, a scale word or dozens in words ("a quarter", "twenty million",
    "two dozen": the dozen word the number reader counted it by)."""
    return (f.words and f.kind == "number" and 0 < f.value < 100 and float(f.value).is_integer()
            and not DOZEN.search(f.text))


def bare_amount(f: Figure, span: str) -> bool:
    """A plain number written with a scale word (``span``, its text: "9.600 millones", "350 milioni"):
    an amount whose currency is unsaid."""
    return f.kind == "number" and f.unit is None and f.value >= 1e6 and written_with_letters(span, 0, len(span))


def rounded_in_words(f) -> bool:
    """A figure in words that is a rounding (see ``counted_in_words``), from its precision."""
    return f.words and f.precision >= WORDS_PRECISION


_DIGIT_RUNS = re.compile(r"\d+(?:[.,]\d+)?")
# "1 milyon 148 bin 560", "4 bin 200 ton", "2 करोड़ 86 लाख", "74 ألفا و200", and East Asia's glued groups
# ("1億7800万", "4억1천200만")
_IN_GROUPS = re.compile(r"\d\s+[^\W\d_][^\s\d]*\s+و?\d|\d[兆億亿万萬억만천千]\d")


def half_unit(number: Decimal, exponent: int) -> float:
    """Half a unit of the digit at ``exponent`` (0 the units, -1 the tenths), relative to ``number``."""
    return float(Decimal(5) * Decimal(10) ** (exponent - 1) / number)


def _precision(f: Figure, text: str, lang: str) -> float:
    """Half a unit of the last non-zero digit written, or of a decimal's last digit ("27,0" is to the
    tenth), relative to the number: "1.8" -> 2.8 %, "322" -> 0.16 %, "27,0" -> 0.19 %; at most
    ``PRECISION_CAP``. Words ("a quarter") -> ``WORDS_PRECISION``, a round group ("une vingtaine") its own."""
    if f.words:
        if is_round_group(f.text, language_of(lang)):
            return ROUND_GROUP_PRECISION
        if not counted_in_words(f):
            return WORDS_PRECISION
    if f.kind == "year":
        return 0.0
    if f.unit == SECONDS:  # a race time, to the second
        return 0.5 / f.value if f.value else 0.0
    if f.unit in ("h", "min") and f.value and len(_DIGIT_RUNS.findall(f.text)) == 2:
        return 0.5 / (f.value * 60)  # "2 horas y 52 minutos": to the minute; "7 minut a 40 sekund" to the second
    # words as their digits, and so a number in groups ("1 milyon 148 bin 560": to the unit)
    in_groups = _IN_GROUPS.search(f.text) is not None
    written = Decimal(int(f.value)) if f.words or in_groups else numeral_in(text, f.start, f.end, lang)
    if not written:
        return 0.0
    number: Decimal = abs(written)
    exponent, written_to = number.normalize().as_tuple().exponent, number.as_tuple().exponent
    if written_to < 0:  # a decimal's zeros are written to be read ("27,0")
        exponent = min(exponent, written_to)
    relative = half_unit(number, exponent)
    if f.dimension in MEASURED and number < 10 and len(number.normalize().as_tuple().digits) == 1:
        return min(relative, MEASURED_CAP)  # "les vagues atteignaient 3 mètres": 2.5 rounds to it
    return min(relative, PRECISION_CAP)


# --- courtesy conversions -------------------------------------------------------------------------

_CONNECTORS = frozenset("or atau eller oder ou o of bzw. ie i.e. eller sebesar senilai sekitar".split())
# "1,2 milliarder real, svarende til godt 1,6 milliarder kroner": phrases that say "the same amount"
_RESTATING = re.compile(
    r"(?<![^\W\d_])(?:the equivalent of|equivalent to|equal to|svarende til|hvilket svarer til|motsvarande|"
    r"tilsvarende|umgerechnet|entspricht|soit|l'équivalent de|équivalent à|el equivalente a|equivalente a|"
    r"o equivalente a|setara dengan|setara|pari a|omgerekend|ofwel|"
    # "that is": "18 milliárd forintra, azaz nagyjából 45 millió euróra", "adică aproximativ 112 milioane"
    r"azaz|vagyis|adică|tedy|teda|czyli|tj\.|t\. j\.|odnosno|δηλαδή|yani|eli|dvs\.|d\. h\.|d\.h\.|"
    r"c'est-à-dire|cioè|ossia|es decir|ou seja|oftewel|"
    # at the day's rate: "3500 Yen, nach aktuellem Kurs rund 20,1 Euro", "at today's rate", "по текущему курсу"
    r"(?:nach|zum) (?:aktuellen|aktuellem|heutigen|heutigem) kurs|au cours (?:du jour|actuel)|au taux actuel|"
    r"at (?:today's|today’s|current) (?:exchange )?rates?|al (?:tipo de )?cambio (?:actual|de hoy)|"
    r"ao câmbio (?:atual|de hoje)|al cambio (?:attuale|odierno)|tegen de huidige koers|"
    r"по (?:текущему|нынешнему) курсу|po (?:aktualnym|obecnym) kursie|nykykurssilla|(?:till|til|efter) dagens kurs"
    r")(?![^\W\d_])")


def is_courtesy(text: str, figures: list[Figure], i: int, lang: str) -> bool:
    """An outlet's own conversion of the figure before it: "€1.8 billion ($1.95 billion)",
    "1.800 millones de euros, unos 1.950 millones de dólares", "10 km (6 miles)". The same amount
    in another currency or unit, in brackets or in apposition right after."""
    if i == 0:
        return False
    f, p = figures[i], figures[i - 1]
    if f.kind != p.kind or f.kind not in ("money", "number") or f.unit is None or p.unit is None:
        return False
    if f.unit == p.unit or (f.kind == "number" and (f.dimension is None or f.dimension != p.dimension)):
        return False
    gap = text[p.end:f.start].replace("（", "(").replace("）", ")")  # Chinese and Japanese brackets are wide
    if "(" in gap and ")" not in gap and len(gap) <= 60:
        return True
    lowered = gap.lower()
    restated = _RESTATING.sub(" ", lowered)
    # the figure's period may come between: "3,8 Millionen Euro pro Tag, umgerechnet rund 43 Millionen"
    words = [w for w in re.split(r"[\s,;:/=≈~(–—-]+", PERIOD_RE_LOWER.sub(" ", restated)) if w]
    approx = approx_words(language_of(lang))
    bounds = {w for w, _ in _BOUND_FORMS if " " not in w}
    restates = restated != lowered
    allowed = len(gap) <= 25 or (restates and len(gap) <= 40)
    others = [w for w in words if not (w in _CONNECTORS or w in approx or w in bounds)]
    # a word that says "the same amount" may follow the clause's last word, its verb where the
    # language puts it last: "4,2 Billionen Naira gekostet, umgerechnet rund 2,8 Milliarden Dollar"
    verb = restates and len(others) == 1 and others[0].isalpha()
    return allowed and (not others or verb) and bool(gap.strip()) and _about_the_same(p, f)


def _about_the_same(p: Figure, f: Figure) -> bool:
    """Whether a quantity in another unit after ``p`` is near enough its amount to restate it: "9.62
    metres, 44cm above the record" is a second figure, not a conversion. Sums are another matter: an
    outlet's conversion that misses ("32 mia. kr., svarende til knap 21 mio. euro") is its slip."""
    if f.kind == "money":
        return True
    from factcheck.core.units import convert  # lazily: pint is built on first use

    x, y = p.value, convert(f.value, f.unit, p.unit)
    return not (x and y and x > 0 and y > 0) or max(x, y) / min(x, y) < 3

