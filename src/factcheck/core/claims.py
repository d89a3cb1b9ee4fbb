"""Check-worthy claims: one :class:`Claim` per sentence, with typed spans, a score and its reasons.

Spans (absolute offsets into the article text, always inside their sentence):
  money, percent, number  from ``figures.read_figures`` (its Figure list is kept on the Claim)
  date                    from ``dates.find_dates``
  attribution, comparison cue phrases from ``claim_words`` (the span covers the cue)
  entity                  runs of capitalised words and acronyms ("Microsoft Corporation", "TikTok")

Overlaps are resolved so that each piece of text means one thing: a number overlapping a date is
dropped (with its Quantity: "1." of "1. august 2024"), a date inside a money/percent span is dropped
("$2024"), an entity overlapping a quantity, a date or a cue phrase is dropped ("August", "Rp322").

Entities. A capitalised word in mid-sentence is a name. At the start of a sentence (or after a quote,
colon or dash) and in headings/title-case lines, a word counts only if it is clearly a name: mixed
case ("TikTok", "OpenAI", "iPhone"), an acronym ("AI", "ECB"), or a word the same article capitalises
in mid-sentence elsewhere. In languages that capitalise nouns (German), a lone capitalised word after
a determiner or with a noun suffix (-ung, -heit, ...) is not a name unless clearly one. Two-letter
acronyms ("AI", "EU", "US") are common words in news text and so are *weak*: they are tagged (they
help matching) but add less to the score.

Score = (BASE + sum of the weights of what is present) * product of the penalties that apply,
clamped to [0, 1]:

  quantity     the strongest kind present: money 0.35, percent 0.30, number 0.20,
               + 0.05 per further quantity (at most + 0.10)
  attribution  0.20 (once)
  date         0.15 (0.20 when precise to the day)
  comparison   0.10 with a quantity, 0.05 without
  entity       0.05 each distinct strong entity, 0.02 each weak one, at most 0.15 together
  penalties    heading x0.5 (Sentence.kind "heading", a headline-style line with most words
               capitalised, or a line of at most 12 words without final punctuation),
               question x0.4, fewer than 4 words x0.5, boilerplate x0.1,
               speculation x0.5 (a hedge or opinion word and no quantity, date or attribution);
               a heading or question then scores at most 0.25, below the threshold

DEFAULT_THRESHOLD = 0.30: what one number reaches (0.10 + 0.20), as does an attribution cue or a
date with a name; capitalised names alone top out at 0.25. On the seed articles every key
factual claim scores >= 0.37 and every heading and question <= 0.11 (tests/core/test_claims.py
checks that the threshold lies between them).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.core import claim_words as cw
from factcheck.core.dates import find_dates, month_names
from factcheck.core.models import DEFAULT_THRESHOLD, Claim, Quantity, Sentence, Span
from factcheck.core.figures import fraction_starts, may_have_figures, read_figures
from factcheck.core.own_rates import with_own_rates
from factcheck.core.scripts import LANGUAGES, UNSPACED_LANGUAGES

__all__ = ["DEFAULT_THRESHOLD", "find_claims"]

BASE = 0.10
QUANTITY_WEIGHTS = {"money": 0.35, "percent": 0.30, "number": 0.20}
EXTRA_QUANTITY, EXTRA_QUANTITY_MAX = 0.05, 0.10
ATTRIBUTION = 0.20
DATE, DATE_DAY = 0.15, 0.20
COMPARISON, COMPARISON_ALONE = 0.10, 0.05
EVENT = 0.15  # an action ("suspended", "fined", "resigned"): with a name, check-worthy without a figure
STATEMENT_GAP = 4  # characters between an attribution cue and the name it attributes to ("told CNN")
ENTITY, WEAK_ENTITY, ENTITY_MAX = 0.05, 0.02, 0.15
PENALTIES = {"heading": 0.5, "question": 0.4, "short": 0.5, "boilerplate": 0.1, "speculation": 0.5}
NOT_A_CLAIM_MAX = 0.25  # the most a heading or a question can score (below DEFAULT_THRESHOLD)
SHORT_WORDS = 4  # fewer words than this: "short"
HEADING_MAX_WORDS = 12  # a line this short without final punctuation reads as a heading

_CHECKABLE = frozenset(("money", "percent", "number", "date", "attribution"))
_KIND_ORDER = {"money": 0, "percent": 1, "number": 2, "date": 3, "attribution": 4, "entity": 5,
               "comparison": 6}
_WORD = re.compile(r"[^\W_]+")
# Every quantity and every date holds a digit (quantities.py and dates.py scan digit runs).
_DIGIT = re.compile(r"\d")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_CLOSERS = " \t\r\n\"'”’»)]"
_START_MARKS = frozenset("\"“«‘'([:–—-.!?")
_SENTENCE_END = (".", "!", "?", "…", ":", ";", "。", "？", "！", "．", "؟", "۔", "।")
_NEEDS_NUMBER = r"(?=\s+[^\s\d]{0,4}\s?\d)"
_BOILERPLATE = frozenset(cw.BOILERPLATE)


# --- cue phrases ---------------------------------------------------------------------------------


def _phrase(p: str) -> str:
    """A regex for a cue phrase: spaces match any whitespace, apostrophes either form."""
    needs_number = p.endswith(" #")
    p = p[:-2] if needs_number else p
    body = r"\s+".join(re.escape(w).replace("'", "['’]") for w in p.split())
    head = r"(?<!\w)" if p[0].isalnum() else ""
    tail = r"(?!\w)" if p[-1].isalnum() else ""
    return head + body + tail + (_NEEDS_NUMBER if needs_number else "")


def _alternation(phrases, prefix: str = "") -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)  # longest first: "sumber internal" > "sumber"
    return re.compile(prefix + "(?:" + "|".join(_phrase(p) for p in ordered) + ")", re.IGNORECASE)


class _Cues:
    """Cue phrases grouped by their first word. ``present`` keeps the first words that occur
    anywhere in the article (plain substring tests, C speed); ``find`` runs, per sentence, only the
    small regexes of those first words that occur in the sentence. 100 cues cost about as much as 1."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        groups: dict[str, list[str]] = {}
        symbolic = []
        for p in phrases:
            first = _WORD.match(p.lower())
            (groups.setdefault(first.group(), []) if first else symbolic).append(p)
        self.by_first = {w: _alternation(ps) for w, ps in groups.items()}
        self.symbolic = [(p.lower(), _alternation([p])) for p in symbolic]

    def present(self, lowered: str) -> list[tuple[str, re.Pattern[str]]]:
        found = [(w, rx) for w, rx in self.by_first.items() if w in lowered]
        return found + [(w, rx) for w, rx in self.symbolic if w in lowered]

    @staticmethod
    def find(cues: list[tuple[str, re.Pattern[str]]], text: str, lowered: str, start: int,
             end: int) -> list[tuple[int, int]]:
        """Cue spans in text[start:end]; ``lowered`` is that slice lower-cased."""
        if len(lowered) != end - start:  # lower() moved offsets (rare: "İ"): plain regex search
            return _outermost([m.span() for w, rx in cues if w in lowered
                               for m in rx.finditer(text, start, end)])
        return _Cues.by_sentence(cues, text, lowered, [Sentence(start, end)], [start], start)[0]

    @staticmethod
    def by_sentence(cues: list[tuple[str, re.Pattern[str]]], text: str, lowered: str,
                    sentences: list[Sentence], starts: list[int],
                    offset: int = 0) -> list[list[tuple[int, int]]]:
        """Cue spans for each of ``sentences`` (sorted, not overlapping; ``starts`` their starts).
        ``lowered`` is ``text[offset:]`` lower-cased with the same length; the regex of a cue is
        tried only where its first word occurs."""
        out: list[list[tuple[int, int]]] = [[] for _ in sentences]
        for w, rx in cues:
            i = lowered.find(w)
            while i >= 0:
                before = text[i + offset - 1] if i + offset else " "
                if w[0].isalnum() and (before.isalnum() or before == "_"):  # inside a word: the
                    i = lowered.find(w, i + 1)  # cue's (?<!\w) cannot match ("said" in "aforesaid")
                    continue
                k = bisect_right(starts, i + offset) - 1
                if k >= 0 and i + offset < sentences[k].end:
                    m = rx.match(text, i + offset, sentences[k].end)
                    if m:
                        out[k].append(m.span())
                i = lowered.find(w, i + 1)
        return [found if len(found) < 2 else _outermost(found) for found in out]


def _outermost(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans without those inside the one before ("interne dokumenter" in a longer cue)."""
    if len(found) < 2:
        return found
    found.sort()
    return [f for i, f in enumerate(found) if not (i and found[i - 1][0] <= f[0] and f[1] <= found[i - 1][1])]


def _words_for(table: dict[str, tuple[str, ...]], lang: str) -> tuple[str, ...]:
    if lang in table:
        return table[lang]
    return tuple(w for words in table.values() for w in words)


@dataclass(frozen=True, slots=True)
class _Rules:
    attribution: _Cues
    comparison: _Cues
    hedge: _Cues
    event: _Cues
    question_strong: re.Pattern[str] | None
    question_weak: re.Pattern[str]
    boilerplate: re.Pattern[str]
    not_names: frozenset[str]  # month and weekday names: capitalised, but not entities
    nouns_capitalised: bool


@lru_cache(maxsize=LANGUAGES)
def _rules(lang: str) -> _Rules:
    """Everything language-specific, compiled once per language (Babel is consulted only here)."""
    from babel import Locale, UnknownLocaleError

    not_names = set(month_names(lang))
    try:
        for width in ("wide", "abbreviated"):
            not_names.update(d.lower().rstrip(".") for d in Locale.parse(lang).days["format"][width].values())
    except (UnknownLocaleError, ValueError, TypeError):
        pass
    strong = (cw.QUESTION_STRONG.get(lang, ()) if lang in cw.ATTRIBUTION
              else _words_for(cw.QUESTION_STRONG, lang))
    lead = r"[\s\"“«‘'(\[]*"
    return _Rules(
        attribution=_Cues(_words_for(cw.ATTRIBUTION, lang)),
        comparison=_Cues(_words_for(cw.COMPARISON, lang) + cw.COMPARISON_ANY),
        hedge=_Cues(_words_for(cw.HEDGES, lang)),
        event=_Cues(_words_for(cw.EVENTS, lang)),
        question_strong=_alternation(strong, lead) if strong else None,
        question_weak=_alternation(_words_for(cw.QUESTION_WEAK, lang), lead),
        boilerplate=_alternation([b for b in cw.BOILERPLATE if len(b) >= 6], lead),
        not_names=frozenset(not_names),
        nouns_capitalised=lang in cw.NOUN_CAPITALISING,
    )


def _norm_lang(lang: str | None) -> str:
    return (lang or "und").replace("_", "-").split("-")[0].lower() or "und"


# --- entities ------------------------------------------------------------------------------------


def _is_weak(tok: str) -> bool:
    """A two-letter acronym, also with a genitive s: "AI", "EU", "AIs"."""
    core = tok[:-1] if len(tok) == 3 and tok[-1] == "s" else tok
    return len(core) <= 2 and core.isupper()


def _start_like(text: str, sent_start: int, pos: int) -> bool:
    """True for the first word of a sentence and a word right after a quote, colon or dash."""
    i = pos - 1
    while i >= sent_start and text[i] in " \t\r\n\u00a0":
        i -= 1
    return i < sent_start or text[i] in _START_MARKS


def _german_common_noun(text: str, sent_start: int, pos: int, tok: str) -> bool:
    """A noun, not a name: a noun suffix, or after a determiner or an inflected adjective."""
    if tok.lower().endswith(cw.GERMAN_NOUN_SUFFIXES):
        return True
    before = _WORD.findall(text, max(sent_start, pos - 30), pos)
    if not before or text[pos - 1] != " ":
        return False
    prev = before[-1]
    if prev[0].isdigit() or prev.lower() in cw.GERMAN_COUNTERS:  # "eine Milliarde Nutzer", "20 Prozent"
        return True
    return prev.lower() in cw.GERMAN_DETERMINERS or (
        prev.islower() and len(prev) >= 4 and prev.endswith(("en", "er", "es", "em"))
        and prev not in cw.GERMAN_PREPOSITIONS)


@cache
def _cap_word() -> re.Pattern[str]:
    """A capital and the rest of its word; _capitalised() extends it back to the word start
    ("iPhone"). Built on first use: scanning the code points costs ~0.1 s, which importing this
    module (the TUI does, for DEFAULT_THRESHOLD) should not pay."""
    return re.compile(_upper_class() + r"[^\W_]*")


def _upper_class() -> str:
    """A regex character class of the upper- and title-case letters of the Basic Multilingual Plane
    (Python's re has no \\p{Lu})."""
    ranges, first, last = [], None, None
    for c in range(0x10000):
        if chr(c).isupper() or chr(c).istitle():
            if last is not None and c == last + 1:
                last = c
                continue
            if first is not None:
                ranges.append((first, last))
            first = last = c
    ranges.append((first, last))
    return "[" + "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges) + "]"


_LONG_WORD = re.compile(r"[^\W\d_][^\W_]{3,}")
_CONNECTOR_GAP = re.compile(" (?:%s) " % "|".join(re.escape(c) for c in sorted(cw.NAME_CONNECTORS)))


@dataclass(slots=True)
class _Word:
    """A capitalised word that may be (part of) a name."""

    start: int
    end: int
    text: str
    clear: bool  # mixed case or an acronym: a name wherever it stands
    weak: bool  # a two-letter acronym ("AI", "EU")
    start_like: bool  # first word, or right after a quote/colon/dash
    noun_like: bool  # German: looks like a common noun


def _capitalised(text: str, s: Sentence, rules: _Rules) -> list[_Word]:
    out = []
    lo = s.start
    not_names, nouns_capitalised = rules.not_names, rules.nouns_capitalised
    for m in _cap_word().finditer(text, lo, s.end):
        start, end = m.span()
        while start > lo and text[start - 1].isalnum():  # "iPhone": back to the word start
            start -= 1
        tok = text[start:end]
        if len(tok) < 2 or tok[0].isdigit():
            continue
        rest = tok[1:]
        clear = rest != rest.lower() or tok.isupper()  # mixed case ("TikTok", "iPhone", "AIs") or "ECB"
        if not (clear or tok[0].isupper()) or tok.lower() in not_names:
            continue
        noun = nouns_capitalised and not clear and _german_common_noun(text, lo, start, tok)
        prev = text[start - 1] if start > lo else ""
        start_like = not prev or prev in _START_MARKS or (prev.isspace() and _start_like(text, lo, start))
        out.append(_Word(start, end, tok, clear, len(tok) <= 3 and _is_weak(tok), start_like, noun))
    return out


def _title_case(text: str, s: Sentence, caps: list[_Word], rules: _Rules,
                known: frozenset[str] = frozenset()) -> bool:
    """A headline-style line: most longer words capitalised (nearly all in German, which
    capitalises nouns anyway, and there never with a full stop: a short sentence may hold only
    nouns). Words at the start and names ("TikTok", "AI", or ``known`` ones) do not count, so a
    sentence full of names is not a headline."""
    if rules.nouns_capitalised and text[s.start:s.end].rstrip(_CLOSERS).endswith("."):
        return False  # "Die SPÖ kam auf 21,1 Prozent, die NEOS auf 9 und die Grünen auf 8 Prozent."
    eligible = ignored = 0
    for w in caps:
        if len(w.text) >= 4:
            if w.start_like or w.clear or w.text in known:
                ignored += 1
            else:
                eligible += 1
    if eligible < 3:
        return False
    long = len(_LONG_WORD.findall(text, s.start, s.end)) - ignored
    share = 0.9 if rules.nouns_capitalised else 0.75
    return long <= 20 and eligible >= share * long


def _accepted(words: list[_Word], known: frozenset[str], title: bool) -> list[_Word]:
    """Mid-sentence capitals are names; at the start or in a headline only clear or known ones."""
    return [w for w in words if w.clear or w.text in known or not (title or w.start_like or w.noun_like)]


def _entity_runs(text: str, words: list[_Word]) -> list[tuple[int, int]]:
    """Join adjacent accepted words (space, hyphen, " & ", or a connector: "Bank of England")."""
    runs: list[list[int]] = []
    prev: _Word | None = None
    for w in words:
        join = False
        if prev is not None and not (w.weak or prev.weak):  # "AI OpenAI": two names
            gap = text[prev.end:w.start]
            join = gap in (" ", "-", " & ") or _CONNECTOR_GAP.fullmatch(gap) is not None
        if join:
            runs[-1][1] = w.end
        else:
            runs.append([w.start, w.end])
        prev = w
    return [(a, b) for a, b in runs]


# --- one sentence --------------------------------------------------------------------------------


# Inside this module a span is a plain (kind, start, end) tuple; Span objects are made at the end.
_T = tuple[str, int, int]


def _resolve(quantities: list[Quantity], dates: list[_T], others: list[_T],
             entities: list[_T]) -> tuple[list[_T], list[Quantity]]:
    """Drop a number overlapping a date, a date inside money/percent, an entity over any of them
    or over a cue phrase."""
    if dates:
        money_like = [(q.start, q.end) for q in quantities if q.kind in ("money", "percent")]
        dates = [d for d in dates if not any(a <= d[1] and d[2] <= b for a, b in money_like)]
        quantities = [q for q in quantities
                      if not (q.kind == "number" and any(q.start < d[2] and d[1] < q.end for d in dates))]
    hard = [(q.kind, q.start, q.end) for q in quantities] + dates
    if entities and (hard or others):  # a capitalised cue ("Laut", "Quellen") is not a name either
        blockers = hard + others
        entities = [e for e in entities if not any(e[1] < h[2] and h[1] < e[2] for h in blockers)]
    spans = hard + others + entities
    spans.sort(key=lambda sp: (sp[1], _KIND_ORDER[sp[0]], sp[2]))
    return spans, quantities


def _short(s: str, n: int = 40) -> str:
    if len(s) <= n and "\n" not in s and "  " not in s:
        return s
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


# what a penalty adds to the reasons ("heading ×0.5"): claims_meaning.py reads them back
PENALTY_REASONS = {p: f"{p} ×{f:g}" for p, f in PENALTIES.items()}


def _statement_source(text: str, spans: list[_T]) -> str | None:
    """The name a statement is attributed to: an entity right after the cue ("told CNN", "ifølge
    Børsen", "laut Reuters") or right before it ("Brightwave said")."""
    names = [(start, end) for kind, start, end in spans if kind == "entity"]
    for kind, start, end in spans:
        if kind != "attribution":
            continue
        for x, y in names:
            if 0 <= x - end <= STATEMENT_GAP or 0 <= start - y <= STATEMENT_GAP:
                return _short(text[x:y])
        # a name opening the sentence is not taken for an entity: "Brightwave said in a statement"
        before = _NAME_BEFORE.search(text, max(0, start - 40), start)
        if before and before.group(1).split()[0] not in _NOT_SOURCES:
            return before.group(1)
    return None


# Capitalised words before "said" that name no one: pronouns and determiners at a sentence's start
_NOT_SOURCES = frozenset(("He", "She", "It", "They", "We", "I", "You", "This", "That", "The", "These",
                          "Han", "Hun", "De", "Det", "Dia", "Mereka", "Er", "Sie", "Es", "Ella", "Él",
                          "Ellos", "Il", "Elle", "Ils", "Elles", "Lei", "Lui", "Ele", "Ela", "Hij", "Zij"))


_NAME_BEFORE = re.compile(r"(?:^|[\s\"“«])((?:[A-Z][\w&'’.-]*\s+){0,2}[A-Z][\w&'’.-]*)\s+$")


@dataclass(slots=True)
class _Found:
    """What one sentence holds, as ``_score`` weighs it."""

    spans: list[_T]  # (kind, start, end) of its figures, dates, attributions, comparisons, names
    day_dates: set[tuple[int, int]]  # the spans of dates precise to the day
    n_words: int
    hedges: list[tuple[int, int]]  # "may", "reportedly", ...
    events: list[tuple[int, int]]  # "suspended", "fined", ...
    title: bool  # a headline, or set in title case


def _score(text: str, s: Sentence, found: _Found, rules: _Rules) -> tuple[float, list[str]]:
    spans, n_words, hedges, events = found.spans, found.n_words, found.hedges, found.events
    reasons: list[str] = []
    present: set[str] = set()
    seen: set[tuple[str, str]] = set()
    quantity = entity = 0.0
    n_quantities = 0
    precise = False
    for kind, start, end in spans:
        present.add(kind)
        if kind in QUANTITY_WEIGHTS:
            n_quantities += 1
            quantity = max(quantity, QUANTITY_WEIGHTS[kind])
        elif kind == "date" and (start, end) in found.day_dates:
            precise = True
        surface = _short(text[start:end])
        key = (kind, surface.lower())
        if key in seen:
            continue
        seen.add(key)
        reasons.append(f"{kind}: {surface}")
        if kind == "entity":
            entity += WEAK_ENTITY if len(surface) <= 3 and _is_weak(surface) else ENTITY
    total = BASE + quantity + min(entity, ENTITY_MAX)
    if n_quantities > 1:
        total += min(EXTRA_QUANTITY * (n_quantities - 1), EXTRA_QUANTITY_MAX)
    if "attribution" in present:
        total += ATTRIBUTION
        source = _statement_source(text, spans)
        if source:
            reasons.append(f"statement attributed to {source}")
    if events:
        total += EVENT
        reasons.append(f"event: {_short(text[events[0][0]:events[0][1]]).lower()}")
    if "date" in present:
        total += DATE_DAY if precise else DATE
    if "comparison" in present:
        total += COMPARISON if n_quantities else COMPARISON_ALONE

    a, b = s.start, s.end
    stripped = text[a:b].rstrip(_CLOSERS)
    penalties = []
    if found.title or (n_words <= HEADING_MAX_WORDS and not stripped.endswith(_SENTENCE_END)):
        penalties.append("heading")
    if (stripped.endswith(("?", "？")) or "¿" in stripped
            or (rules.question_strong and rules.question_strong.match(text, a, b))
            or (not stripped.endswith((".", "!", "…")) and rules.question_weak.match(text, a, b))):
        penalties.append("question")
    if n_words < SHORT_WORDS:
        penalties.append("short")
    if n_words <= 6 and (" ".join(_WORD.findall(stripped.lower())) in _BOILERPLATE
                         or rules.boilerplate.match(text, a, b)):
        penalties.append("boilerplate")
    if hedges and not (present & _CHECKABLE):
        penalties.append("speculation")
        reasons.append(f"hedge: {_short(text[hedges[0][0]:hedges[0][1]])}")
    for p in penalties:
        total *= PENALTIES[p]
        reasons.append(PENALTY_REASONS[p])
    if total > NOT_A_CLAIM_MAX and ("heading" in penalties or "question" in penalties):
        total = NOT_A_CLAIM_MAX  # a headline or question full of numbers still is no claim
        reasons.append(f"capped at {NOT_A_CLAIM_MAX:g}")
    return min(1.0, max(0.0, round(total, 4))), reasons


def find_claims(text: str, sentences: list[Sentence], lang: str, as_of: str | None = None) -> list[Claim]:
    """One Claim per sentence, in order; spans are absolute offsets into ``text``."""
    code = _norm_lang(lang)
    rules = _rules(code)
    n = len(text)
    clipped = [s if 0 <= s.start <= s.end <= n
               else Sentence(max(0, min(s.start, n)), max(0, min(s.end, n)), s.kind) for s in sentences]
    caps = [_capitalised(text, s, rules) for s in clipped]
    titles = [s.kind == "heading" or _title_case(text, s, c, rules) for s, c in zip(clipped, caps)]
    # Words this article capitalises in mid-sentence are names wherever they stand.
    # ... unless the article also uses them in lower case: "The" of "The Information" is no name.
    known = frozenset(w.text for ws, title in zip(caps, titles) if not title
                      for w in ws if not (w.start_like or w.noun_like))
    known = frozenset(w for w in known if f" {w.lower()} " not in text)
    titles = [s.kind == "heading" or (t and _title_case(text, s, c, rules, known))
              for s, c, t in zip(clipped, caps, titles)]
    article_lowered = text.lower()
    attribution = rules.attribution.present(article_lowered)
    comparison = rules.comparison.present(article_lowered)
    hedges = rules.hedge.present(article_lowered)
    events = rules.event.present(article_lowered)
    cues: list[tuple[list, list, list]] | None = None
    if len(article_lowered) == n and all(x.end <= y.start for x, y in zip(clipped, clipped[1:])):
        # the usual case: find every cue of the article in one pass, then hand them to sentences
        starts = [s.start for s in clipped]
        cues = list(zip(*(_Cues.by_sentence(c, text, article_lowered, clipped, starts)
                          for c in (attribution, comparison, hedges, events)))) or None
    # fractions in words ("a quarter of") in sentences without digits, found in one pass
    fractions = fraction_starts(article_lowered, lang) if len(article_lowered) == n else None
    claims = []
    for k, (orig, s, title, ws) in enumerate(zip(sentences, clipped, titles, caps)):
        a, b = s.start, s.end
        if b <= a:
            claims.append(Claim(orig, 0.0, [], [], ["empty"]))
            continue
        if cues is not None:
            found_attr, found_comp, found_hedge, found_event = cues[k]
            n_words = len(text[a:b].split())  # lower-casing changes no whitespace
        else:
            lowered = text[a:b].lower()  # for substring tests only: never index with it
            n_words = len(lowered.split())
            found_attr = _Cues.find(attribution, text, lowered, a, b)
            found_comp = _Cues.find(comparison, text, lowered, a, b)
            found_hedge = _Cues.find(hedges, text, lowered, a, b)
            found_event = _Cues.find(events, text, lowered, a, b)
        if n_words < SHORT_WORDS and lang in UNSPACED_LANGUAGES:  # Japanese, Chinese: no spaces to count
            n_words = max(n_words, len(_UNSPACED.findall(text, a, b)) // 2)
        if _DIGIT.search(text, a, b) is None:  # most sentences: no number, so no quantity or date
            mentions = []
            words = (may_have_figures(text, lang, a, b) if fractions is None
                     else bisect_right(fractions, b - 1) > bisect_right(fractions, a - 1))
            quantities = read_figures(text, lang, as_of=as_of, start=a, end=b, context=False) if words else []
        else:
            quantities = [q for q in read_figures(text, lang, as_of=as_of, start=a, end=b, context=False)
                          if a <= q.start < q.end <= b]
            mentions = find_dates(text, code, a, b)
        dates = [("date", d.start, d.end) for d in mentions]
        day_dates = {(d.start, d.end) for d in mentions if d.precision == "day"}
        others = ([("attribution", x, y) for x, y in found_attr]
                  + [("comparison", x, y) for x, y in found_comp])
        entities = [("entity", x, y) for x, y in _entity_runs(text, _accepted(ws, known, title))]
        spans, kept = _resolve(quantities, dates, others, entities)
        score, reasons = _score(text, s, _Found(spans, day_dates, n_words, found_hedge, found_event, title), rules)
        claims.append(Claim(orig, score, [Span(*sp) for sp in spans], kept, reasons))
    with_own_rates(text, lang, claims, as_of)
    return claims
