"""Split article text into sentences, as offsets into the text (never copies that could drift).

1. Every line is a block: a headline divided from the next sentence by a single newline stays apart.
2. A block that is one short line without closing punctuation (at most ``HEADING_MAX_WORDS`` words,
   not ending in . ! ? : ; , …) is a ``heading``.
3. Other blocks go through sentencex; its pieces are found again in the block by searching forward,
   and stripped of surrounding whitespace (so ``text[s.start:s.end]`` never begins or ends in space).
4. Pieces sentencex did not cut after a word it takes for an abbreviation, where that word ends
   sentences in the language's press ("24 ore. Al", "5. maj. Regeringen"), are cut
   (``_ENDS_SENTENCES``) when a capital follows.
5. Pieces sentencex cut too eagerly are merged back (``_glued``) when the next piece starts with a
   lowercase letter ("dll. | lainnya", "M. | d'euros") or a mark no sentence starts with
   ("χλμ. | /ώρα"), or the previous one ends in
   - a title or an abbreviation that never ends a sentence (``_NEVER_FINAL``: "Pr. | Martin",
     "bl.a. | Microsoft"),
   - a single capital initial ("M. | Dupont", "J. | K. Rowling"),
   - a short abbreviation before a number (``_BEFORE_NUMBER``: "approx. | 20", "Tgl. | 5"),
   - in languages that write ordinals as "1.", a one- or two-digit ordinal ("Der 1. | FC Köln"),
     unless the next piece starts with a word no ordinal stands before: a capitalised word where
     nouns are lowercase ("steg til 47. | Regeringen"), an article or a pronoun in German ("steigt
     auf 47. | Die Regierung"), where nouns are capitalised too ("am 3. | Oktober").
   The price: a sentence that really starts in lowercase ("iPhone sales rose.") or, in German,
   follows a sentence ending in a small number and starts with a noun, is glued to the one before.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sentencex

from factcheck.core.models import Sentence
from factcheck.core.scripts import LETTER, ascii_digits

HEADING_MAX_WORDS = 12
# longer than this, a block is no heading, however few its spaces: Chinese and Japanese write none
HEADING_MAX_CHARS = 120
# with the full stops of CJK, Arabic, Urdu, Devanagari and Bengali, Khmer, Amharic, Burmese and Armenian
_HEADING_END = tuple(".!?:;,…。！？．؟۔।។៕።။։")
_CLOSERS = "\"'”’»)]」』）"  # a quote's or a bracket's close after the full stop ("…代替。”")

# sentencex falls back to English rules for languages it lacks; a few codes deserve a better guess.
# Its Danish and Catalan rules cost ~0.5 ms per period (100x the others: 0.2 MB/s). Danish runs on
# the Norwegian rules instead (the written languages are nearly one; with the merge rules below it
# splits 28 of 28 test sentences right, the Danish rules 25) and Catalan on the Spanish ones.
_SENTENCEX_LANG = {"und": "en", "": "en", "nb": "no", "nn": "no", "da": "no", "ca": "es"}
# Titles and abbreviations that are always followed by more of the sentence, never end one.
_NEVER_FINAL = frozenset(
    "dr drs prof pr mr mrs ms mme mlle mm sr sra srta hr fr st gen col capt lt sgt rev hon gov sen"
    " rep ir bpk"  # titles
    " bl.a jf dvs f.eks inkl ekskl evt ca"  # da
    " z.b bzw vgl d.h u.a sog"  # de
    " e.g i.e cf vs"  # en
    " mis yth"  # id
    " p.ej"  # es
    " m.in np tzw"  # pl
    # the kilometre, the metre and the gram as India's languages abbreviate them ("45 कि.मी. लंबी", "32 கி.மீ.")
    " कि मी कि.मी ग्रा कि.ग्रा ಕಿ ಮೀ ಕಿ.ಮೀ கி மீ கி.மீ కి మీ కి.మీ കി മീ കി.മീ কি মি কি.মি કિ મી કિ.મી"
    .split()
)
# Abbreviations of a unit after a number that the next word still belongs to when it names what the
# unit is of: "5,8 proc. PKB" (per cent of GDP)
_UNIT_OF = {"proc": frozenset({"PKB"})}
# Short abbreviations that stand before a number ("No. 5", "ca. 20", "Tgl. 5", "approx. 20", "o godz. 20").
# and the rupee's and taka's short forms ("Rs. 299", "रु. 175", "ரூ. 185", "රු. 325", "Tk. 120")
_BEFORE_NUMBER = frozenset(
    "no nr nos núm art ca approx aprox env tgl hlm kl p pp s vol fig abs bd ch cap sec tel ok godz"
    " rs rp tk रु रू ரூ රු".split()
)
_ORDINAL_LANGS = frozenset("da de no nb nn sv fi is et lv lt cs sk sl hr sr bs pl hu tr".split())

# German capitalises its nouns, so after an ordinal ("am 3. Oktober") only these words, which open a
# sentence and never follow an ordinal, say that one has begun
_NEVER_AFTER_GERMAN_ORDINAL = frozenset(
    "der die das den dem des ein eine einen einem einer es er sie wir ich man nach laut auch doch aber"
    " dabei damit zudem dies diese dieser bereits insgesamt".split()
)
# Words sentencex takes for abbreviations in a language (keyed by the rules it runs) that end
# sentences in its press: "108 millimetri in 24 ore. Al momento", "tre anni fa. Il", "den 5. maj.
# Regeringen", "a avut loc. Poliția", "gjorde det. Han", "fell ill. The". Found by splitting every
# lowercase word of the labelled articles in tests/data after a full stop; the rest of what it
# holds ("al", "de", "con") ends no sentence.
_ENDS_SENTENCES = {
    "en": frozenset({"mm", "ill", "no", "May"}),
    "pt": frozenset({"mm"}),
    "it": frozenset({"ore", "fa", "mai", "mg"}),
    "no": frozenset({"det", "maj", "med", "kan", "op"}),
    "sv": frozenset({"det", "del", "ut", "med", "hon", "kan"}),
    "nl": frozenset({"best", "dat"}),
    "ro": frozenset({"loc"}),
    "es": frozenset({"no"}),
}
# units' symbols, which end a sentence after a number where the abbreviations' lists make them abbreviations
_SYMBOLS = frozenset({"mm", "cm", "km", "kg", "mg", "ha", "MW", "GW", "kWh", "MWh", "GWh", "TWh"})
_WORD_STOP = re.compile(r"(?<![^\s(\"'“‘«])([^\W\d_]+)\.\s+(?=[\"'“‘«„(\[]*([^\W\d_]))")
_LINE = re.compile(r"[^\n]+")
# (with the vowel signs of South Asia's scripts, which Python takes for no letters: "रु.")
_LAST_WORD = re.compile(rf"(?:^|[\s(\"'“‘«])((?:{LETTER}{{1,6}}\.-?)*{LETTER}{{1,6}})\.$")
_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,2}\.$")
# Non-ASCII whitespace becomes " " (same length, so offsets hold) before sentencex sees it:
# sentencex 1.0.32 panics on a letter, a multi-byte space and a period ("A\u00a0. B").
_ODD_SPACE = re.compile(r"[^\S\x00-\x7f]")
_OPENERS = "\"'“‘«„([¿¡"
# What a sentence never starts with: the rest of an abbreviation's unit ("70 χλμ./ώρα", "5 km./h")
_NEVER_OPENS = frozenset("/)]},;:%")


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each ``Sentence(start, end, kind)`` with ``text[start:end]``
    the sentence stripped of surrounding whitespace; ``kind`` is "heading" or "sentence"."""
    seg_lang = _SENTENCEX_LANG.get(lang, lang)
    ordinals = lang in _ORDINAL_LANGS
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        block = line.group()
        stripped = block.strip()
        if not stripped:
            continue
        base = line.start() + block.index(stripped)
        if _is_heading(stripped):
            out.append(Sentence(base, base + len(stripped), "heading"))
            continue
        for start, end in _pieces(stripped, seg_lang, ordinals):
            out.append(Sentence(base + start, base + end))
    return out


def _is_heading(block: str) -> bool:
    return not block.rstrip(_CLOSERS).endswith(_HEADING_END) and len(block.split()) <= HEADING_MAX_WORDS \
        and len(block) <= HEADING_MAX_CHARS


def _pieces(block: str, lang: str, ordinals: bool) -> list[tuple[int, int]]:
    """(start, end) of each sentence in a stripped, non-empty block."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    # and the digits of other scripts in ASCII, so that "১০৮.৬" is no sentence's end
    spaced = block if block.isascii() else ascii_digits(_ODD_SPACE.sub(" ", block))
    try:
        pieces = _thai_clauses(spaced) if lang == "th" else [
            p for piece in sentencex.segment(lang, spaced) for cut in _missed_stops(piece, lang)
            for p in _other_stops(cut, lang)]
    except BaseException as exc:  # a Rust panic is a BaseException; anything else is ours to raise
        if type(exc).__name__ != "PanicException":
            raise
        pieces = [spaced]
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = spaced.find(piece, cursor)
        if at < 0:  # sentencex changed the text: keep the rest of the block as one sentence
            break
        if spans and _glued(spaced, spans[-1][1], piece, ordinals, lang):
            spans[-1] = (spans[-1][0], at + len(piece))
        else:
            spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    rest = block[cursor:]
    if rest.strip():
        at = cursor + (len(rest) - len(rest.lstrip()))
        spans.append((at, at + len(rest.strip())))
    return spans


# Thai ends a sentence or a clause with a space, and its full stops are abbreviations' ("17 พ.ย.", November):
# a space between two Thai letters ends one ("บาท ขายออก"),
# not one beside a number or a foreign word ("แตะ 5,112 ดอลลาร์"); a clause of fewer letters than this is
# kept with the next ("ทั้งนี้ เมื่อวันที่ 17 พ.ย." is one)
_THAI_BREAK = re.compile(r"(?<=[\u0e01-\u0e4e]) +(?=[\u0e01-\u0e4e])")
THAI_CLAUSE_MIN = 30


def _thai_clauses(piece: str) -> list[str]:
    """``piece`` cut at the spaces Thai ends its clauses with, no clause shorter than ``THAI_CLAUSE_MIN``."""
    out, start = [], 0
    for m in _THAI_BREAK.finditer(piece):
        if m.start() - start >= THAI_CLAUSE_MIN:
            out.append(piece[start:m.start()])
            start = m.end()
    return [*out, piece[start:]]


def _scale_before_currency(text: str, at: int, word: str, nxt: str, lang: str) -> bool:
    """Whether ``word``, at ``text[at]``, is a scale word's abbreviation after a number and ``nxt``
    opens with the currency it is of: "164 mln. | JAV dolerių", "120 milj. | Eiro", "3 mld. | USD"."""
    if not text[:at].rstrip(" \u00a0")[-1:].isdigit() or word.casefold() not in _scale_words(lang):
        return False
    from factcheck.core.currency import currency_forms  # lazily: most pieces end in no such word

    opener = (nxt.lstrip(_OPENERS).split(maxsplit=1) or [""])[0].rstrip(",.:;")
    names = currency_forms(lang).names
    return len(opener) >= 2 and (opener.isupper() or opener in names or opener.casefold() in names)


@lru_cache(maxsize=64)
def _scale_words(lang: str) -> frozenset[str]:
    """The language's scale words, lower-cased and without their full stop ("mln", "milj", "mld")."""
    from factcheck.core.numbers import scale_words  # lazily: Babel's data, on the first such piece

    return frozenset(w.casefold().rstrip(".") for w in scale_words(lang))


def _symbol_after_number(text: str, at: int, word: str) -> bool:
    """Whether ``word``, at ``text[at]``, is a unit's symbol after a number ("73,4 mm")."""
    return word in _SYMBOLS and text[:at].rstrip(" \u00a0")[-1:].isdigit()


def _missed_stops(piece: str, lang: str) -> list[str]:
    """``piece`` cut after each word of ``_ENDS_SENTENCES`` whose full stop a capital follows, and
    after a unit's symbol after a number ("n'avait reçu que 73,4 mm. Cette fois"): a symbol takes no
    full stop of its own."""
    words = _ENDS_SENTENCES.get(lang, frozenset())
    if ". " not in piece:
        return [piece]
    out, start = [], 0
    for m in _WORD_STOP.finditer(piece):
        if (m.group(1) in words or _symbol_after_number(piece, m.start(1), m.group(1))) and m.group(2).isupper():
            out.append(piece[start:m.end(1) + 1])
            start = m.end(1) + 1
    return [*out, piece[start:]]


# full stops of scripts sentencex does not know: Khmer's khan and its end of a text
_OTHER_STOPS = {"km": re.compile(r"(?<=[។៕])\s*")}


def _other_stops(piece: str, lang: str) -> list[str]:
    """``piece`` cut after each full stop of its script that sentencex does not cut at (``_OTHER_STOPS``)."""
    stops = _OTHER_STOPS.get(lang)
    return [p for p in stops.split(piece) if p] if stops is not None else [piece]


def _glued(block: str, end: int, nxt: str, ordinals: bool, lang: str) -> bool:
    """True when sentencex split ``block[:end] | nxt`` inside one sentence (see the module notes)."""
    first = nxt.lstrip(_OPENERS)[:1]
    # Georgian's letters are lower case to Python (Unicode gave them capitals its writing never uses)
    if first.islower() and not "\u10d0" <= first <= "\u10ff" or first in _NEVER_OPENS:
        return True
    window = max(0, end - 40)  # the last word is all we look at
    word = _LAST_WORD.search(block, window, end)
    if word:
        w = word.group(1)
        key = w.casefold()
        abbreviation = key in _NEVER_FINAL and w not in _ENDS_SENTENCES.get(lang, ()) \
            and not _symbol_after_number(block, word.start(1), w)
        if abbreviation or (len(w) == 1 and w.isupper()):
            return True
        if first.isdigit() and key in _BEFORE_NUMBER:
            return True
        if nxt.lstrip(_OPENERS).split(maxsplit=1)[0].rstrip(",.:;") in _UNIT_OF.get(key, ()):
            return True
        if _scale_before_currency(block, word.start(1), w, nxt, lang):
            return True
    if not ordinals or not _ORDINAL_END.search(block, window, end):
        return False
    opener = (nxt.lstrip(_OPENERS).split(maxsplit=1) or [""])[0].rstrip(",.:;")
    if lang != "de":  # nouns are lowercase: a capitalised word starts a sentence, an acronym does not
        return not (opener[:1].isupper() and not opener.isupper())
    return opener.casefold() not in _NEVER_AFTER_GERMAN_ORDINAL
