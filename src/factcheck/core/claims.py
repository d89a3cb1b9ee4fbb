"""Check-worthy claims: one :class:`Claim` per sentence, with typed spans, a score and its reasons.

Spans (absolute offsets into the article text, always inside their sentence):
  money, percent, number  from ``quantities.find_quantities`` (its Quantity list is kept on the Claim)
  date                    from ``dates.find_dates``
  attribution, comparison cue phrases from ``claim_words`` (the span covers the cue)
  entity                  runs of capitalised words and acronyms ("Microsoft Corporation", "TikTok")

Overlaps are resolved so that each piece of text means one thing: a number overlapping a date is
dropped (with its Quantity: "1." of "1. august 2024"), a date inside a money/percent span is dropped
("$2024"), an entity overlapping a quantity or a date is dropped ("August", "Rp322").

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
  penalties    heading x0.5 (Sentence.kind "heading", or a short line without final punctuation),
               question x0.4, fewer than 4 words x0.5, boilerplate x0.1,
               speculation x0.5 (a hedge or opinion word and no quantity, date or attribution)

DEFAULT_THRESHOLD = 0.30 separates, on both seed articles, every key factual claim (>= 0.32: a year
plus two or three names) from every heading and question (<= 0.20): see tests/core/test_claims.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.core import claim_words as cw
from factcheck.core.dates import find_dates, month_names
from factcheck.core.models import Claim, Quantity, Sentence, Span

DEFAULT_THRESHOLD = 0.30

BASE = 0.10
QUANTITY_WEIGHTS = {"money": 0.35, "percent": 0.30, "number": 0.20}
EXTRA_QUANTITY, EXTRA_QUANTITY_MAX = 0.05, 0.10
ATTRIBUTION = 0.20
DATE, DATE_DAY = 0.15, 0.20
COMPARISON, COMPARISON_ALONE = 0.10, 0.05
ENTITY, WEAK_ENTITY, ENTITY_MAX = 0.05, 0.02, 0.15
PENALTIES = {"heading": 0.5, "question": 0.4, "short": 0.5, "boilerplate": 0.1, "speculation": 0.5}
SHORT_WORDS = 4
HEADING_MAX_WORDS = 12

_CHECKABLE = frozenset(("money", "percent", "number", "date", "attribution"))
_WORD = re.compile(r"[^\W_]+")
_CLOSERS = " \t\r\n\"'”’»)]"
_START_MARKS = frozenset("\"“«‘'([:–—-.!?")
_SENTENCE_END = (".", "!", "?", "…", ":", ";", "。", "？", "！")
_NEEDS_NUMBER = r"(?=\s+[^\s\d]{0,4}\s?\d)"


def _phrase(p: str) -> str:
    """A regex for a cue phrase: spaces match any whitespace, apostrophes either form."""
    needs_number = p.endswith(" #")
    p = p[:-2] if needs_number else p
    body = r"\s+".join(re.escape(w).replace("'", "['’]") for w in p.split())
    head = r"(?<!\w)" if p[0].isalnum() else ""
    tail = r"(?!\w)" if p[-1].isalnum() else ""
    return head + body + tail + (_NEEDS_NUMBER if needs_number else "")


def _compile(phrases: tuple[str, ...] | set[str], prefix: str = "") -> re.Pattern[str] | None:
    if not phrases:
        return None
    ordered = sorted(set(phrases), key=len, reverse=True)  # longest first: "sumber internal" > "sumber"
    return re.compile(prefix + "(?:" + "|".join(_phrase(p) for p in ordered) + ")", re.IGNORECASE)


def _words_for(table: dict[str, tuple[str, ...]], lang: str) -> tuple[str, ...]:
    if lang in table:
        return table[lang]
    return tuple(w for words in table.values() for w in words)


@dataclass(frozen=True, slots=True)
class _Rules:
    attribution: re.Pattern[str]
    comparison: re.Pattern[str]
    hedge: re.Pattern[str]
    question_strong: re.Pattern[str] | None
    question_weak: re.Pattern[str] | None
    boilerplate: re.Pattern[str]
    not_names: frozenset[str]  # month and weekday names: capitalised, but not entities
    nouns_capitalised: bool


@lru_cache(maxsize=64)
def _rules(lang: str) -> _Rules:
    """Everything language-specific, compiled once per language (Babel is consulted only here)."""
    from babel import Locale, UnknownLocaleError

    not_names = set(month_names(lang))
    try:
        for width in ("wide", "abbreviated"):
            not_names.update(d.lower().rstrip(".") for d in Locale.parse(lang).days["format"][width].values())
    except (UnknownLocaleError, ValueError, TypeError):
        pass
    known_lang = lang in cw.ATTRIBUTION
    strong = cw.QUESTION_STRONG.get(lang, ()) if known_lang else _words_for(cw.QUESTION_STRONG, lang)
    long_boiler = [b for b in cw.BOILERPLATE if len(b) >= 6]
    lead = r"[\s\"“«‘'(\[]*"
    return _Rules(
        attribution=_compile(_words_for(cw.ATTRIBUTION, lang)),
        comparison=_compile(_words_for(cw.COMPARISON, lang) + cw.COMPARISON_ANY),
        hedge=_compile(_words_for(cw.HEDGES, lang)),
        question_strong=_compile(strong, lead),
        question_weak=_compile(_words_for(cw.QUESTION_WEAK, lang), lead),
        boilerplate=_compile(tuple(long_boiler), lead),
        not_names=frozenset(not_names),
        nouns_capitalised=lang in cw.NOUN_CAPITALISING,
    )


def _norm_lang(lang: str | None) -> str:
    return (lang or "und").replace("_", "-").split("-")[0].lower() or "und"


# --- entities ------------------------------------------------------------------------------------


def _is_acronym(tok: str) -> bool:
    core = tok[:-1] if tok.endswith("s") and len(tok) > 2 else tok  # "AIs" (Danish genitive)
    return len(core) >= 2 and core.isupper()


def _is_mixed(tok: str) -> bool:
    return not tok.isupper() and any(c.isupper() for c in tok[1:])


def _is_weak(tok: str) -> bool:
    core = tok[:-1] if tok.endswith("s") and len(tok) > 2 else tok
    return core.isupper() and len(core) <= 2


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
    return prev.lower() in cw.GERMAN_DETERMINERS or (
        prev.islower() and len(prev) >= 4 and prev.endswith(("en", "er", "es", "em"))
        and prev not in cw.GERMAN_PREPOSITIONS)


def _title_case(tokens: list[re.Match[str]], rules: _Rules) -> bool:
    """A headline-style line: most longer words capitalised (nearly all in German, which
    capitalises nouns anyway)."""
    long = [w for w in (m.group() for m in tokens[1:])  # the first word is capitalised anyway
            if len(w) >= 4 and not w[0].isdigit() and not _is_mixed(w) and not _is_acronym(w)
            and w.lower() not in rules.not_names]
    share = 0.9 if rules.nouns_capitalised else 0.75
    return 3 <= len(long) <= 20 and sum(w[0].isupper() for w in long) >= share * len(long)


def _candidates(text: str, s: Sentence, tokens: list[re.Match[str]], rules: _Rules,
                known: frozenset[str], title: bool) -> list[tuple[int, int, str, bool]]:
    """(start, end, token, accepted) for every word of the sentence."""
    out = []
    for m in tokens:
        tok = m.group()
        accepted = False
        if len(tok) >= 2 and not tok[0].isdigit() and (tok[0].isupper() or _is_mixed(tok)) \
                and tok.lower() not in rules.not_names:
            clear = _is_mixed(tok) or _is_acronym(tok) or tok in known
            if title or _start_like(text, s.start, m.start()):
                accepted = clear
            elif rules.nouns_capitalised and not clear:
                accepted = not _german_common_noun(text, s.start, m.start(), tok)
            else:
                accepted = True
        out.append((m.start(), m.end(), tok, accepted))
    return out


def _entity_runs(text: str, words: list[tuple[int, int, str, bool]]) -> list[tuple[int, int]]:
    """Join accepted words separated by a space, hyphen, " & " or a name connector ("Bank of X")."""
    runs: list[tuple[int, int]] = []
    run_start = run_end = None
    i = 0
    while i < len(words):
        start, end, tok, ok = words[i]
        if ok:
            if run_end is not None and text[run_end:start] in (" ", "-", " & ") \
                    and not (_is_weak(tok) or _is_weak(words[i - 1][2])):  # "AI OpenAI": two names
                run_end = end
            else:
                if run_end is not None:
                    runs.append((run_start, run_end))
                run_start, run_end = start, end
        elif (run_end is not None and tok in cw.NAME_CONNECTORS and i + 1 < len(words)
              and words[i + 1][3] and text[run_end:start] == " " and text[end:words[i + 1][0]] == " "):
            pass  # keep the run open across "of"/"de"; the next word extends it
        elif run_end is not None:
            runs.append((run_start, run_end))
            run_start = run_end = None
        i += 1
    if run_end is not None:
        runs.append((run_start, run_end))
    return runs


def _known_names(text: str, sentences: list[Sentence], tokens: list[list[re.Match[str]]],
                 rules: _Rules) -> frozenset[str]:
    """Words this article capitalises in mid-sentence: evidence they are names anywhere."""
    known: set[str] = set()
    for s, toks in zip(sentences, tokens):
        if s.kind == "heading" or _title_case(toks, rules):
            continue
        for _, _, tok, ok in _candidates(text, s, toks, rules, frozenset(), False):
            if ok:
                known.add(tok)
    return frozenset(known)


# --- one sentence --------------------------------------------------------------------------------


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _resolve(quantities: list[Quantity], dates: list[Span], others: list[Span],
             entities: list[Span]) -> tuple[list[Span], list[Quantity]]:
    money_like = [Span(q.kind, q.start, q.end) for q in quantities if q.kind in ("money", "percent")]
    dates = [d for d in dates if not any(m.start <= d.start and d.end <= m.end for m in money_like)]
    kept_q = [q for q in quantities
              if not (q.kind == "number" and any(_overlaps(Span(q.kind, q.start, q.end), d) for d in dates))]
    q_spans = [Span(q.kind, q.start, q.end) for q in kept_q]
    blockers = q_spans + dates
    entities = [e for e in entities if not any(_overlaps(e, b) for b in blockers)]
    spans = q_spans + dates + others + entities
    order = {k: i for i, k in enumerate(("money", "percent", "number", "date", "attribution",
                                         "entity", "comparison"))}
    spans.sort(key=lambda sp: (sp.start, order.get(sp.kind, 99), sp.end))
    return spans, kept_q


def _short(s: str, n: int = 40) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _score(text: str, s: Sentence, spans: list[Span], day_dates: set[tuple[int, int]], words: int,
           rules: _Rules, title: bool) -> tuple[float, list[str]]:
    reasons: list[str] = []
    present = {sp.kind for sp in spans}
    total = BASE
    qs = [sp for sp in spans if sp.kind in QUANTITY_WEIGHTS]
    if qs:
        total += max(QUANTITY_WEIGHTS[sp.kind] for sp in qs)
        total += min(EXTRA_QUANTITY * (len(qs) - 1), EXTRA_QUANTITY_MAX)
    seen: set[tuple[str, str]] = set()
    entity = 0.0
    for sp in spans:
        surface = _short(text[sp.start:sp.end])
        if (sp.kind, surface.lower()) in seen:
            continue
        seen.add((sp.kind, surface.lower()))
        reasons.append(f"{sp.kind}: {surface}")
        if sp.kind == "entity":
            entity += WEAK_ENTITY if _is_weak(surface) else ENTITY
    if "attribution" in present:
        total += ATTRIBUTION
    if "date" in present:
        precise = any(sp.kind == "date" and (sp.start, sp.end) in day_dates for sp in spans)
        total += DATE_DAY if precise else DATE
    if "comparison" in present:
        total += COMPARISON if qs else COMPARISON_ALONE
    total += min(entity, ENTITY_MAX)

    body = text[s.start:s.end]
    stripped = body.rstrip(_CLOSERS)
    penalties = []
    if s.kind == "heading" or (title and not stripped.endswith(_SENTENCE_END)) or (
            words <= HEADING_MAX_WORDS and not stripped.endswith(_SENTENCE_END)):
        penalties.append("heading")
    if (stripped.endswith(("?", "？")) or "¿" in body
            or (rules.question_strong and rules.question_strong.match(text, s.start, s.end))
            or (rules.question_weak and rules.question_weak.match(text, s.start, s.end)
                and not stripped.endswith((".", "!", "…")))):
        penalties.append("question")
    if words < SHORT_WORDS:
        penalties.append("short")
    norm = " ".join(_WORD.findall(body.lower()))
    if norm in _BOILERPLATE or (words <= 6 and rules.boilerplate.match(text, s.start, s.end)):
        penalties.append("boilerplate")
    if not (present & _CHECKABLE):
        hedge = rules.hedge.search(text, s.start, s.end)
        if hedge:
            penalties.append("speculation")
            reasons.append(f"hedge: {_short(hedge.group())}")
    for p in penalties:
        total *= PENALTIES[p]
        reasons.append(f"{p} ×{PENALTIES[p]:g}")
    return min(1.0, max(0.0, round(total, 4))), reasons


_BOILERPLATE = frozenset(cw.BOILERPLATE)


def _quantity_finder():
    # Imported on first use so that this module imports while core/quantities.py is being written.
    from factcheck.core.quantities import find_quantities

    return find_quantities


def find_claims(text: str, sentences: list[Sentence], lang: str, as_of: str | None = None) -> list[Claim]:
    """One Claim per sentence, in order; spans are absolute offsets into ``text``."""
    code = _norm_lang(lang)
    rules = _rules(code)
    find_quantities = _quantity_finder()
    n = len(text)
    clipped = [Sentence(max(0, min(s.start, n)), max(0, min(s.end, n)), s.kind) for s in sentences]
    tokens = [list(_WORD.finditer(text, s.start, s.end)) for s in clipped]
    known = _known_names(text, clipped, tokens, rules)
    claims = []
    for orig, s, toks in zip(sentences, clipped, tokens):
        if s.end <= s.start:
            claims.append(Claim(orig, 0.0, [], [], ["empty"]))
            continue
        quantities = [q for q in find_quantities(text, lang, as_of=as_of, start=s.start, end=s.end)
                      if s.start <= q.start < q.end <= s.end]
        mentions = find_dates(text, code, s.start, s.end)
        dates = [Span("date", d.start, d.end) for d in mentions]
        day_dates = {(d.start, d.end) for d in mentions if d.precision == "day"}
        others = [Span("attribution", m.start(), m.end())
                  for m in rules.attribution.finditer(text, s.start, s.end)]
        others += [Span("comparison", m.start(), m.end())
                   for m in rules.comparison.finditer(text, s.start, s.end)]
        title = s.kind == "heading" or _title_case(toks, rules)
        words = _candidates(text, s, toks, rules, known, title)
        entities = [Span("entity", a, b) for a, b in _entity_runs(text, words)]
        spans, kept = _resolve(quantities, dates, others, entities)
        score, reasons = _score(text, s, spans, day_dates, len(toks), rules, title)
        claims.append(Claim(orig, score, spans, kept, reasons))
    return claims
