"""Web boilerplate lines that are not article text: "Connect with us", "Published", "Iklan", ...

A line is boilerplate when, case-insensitively and ignoring surrounding whitespace and trailing
``: . | » >``, it is

* one of ``LINES`` (the whole line, e.g. "Advertisement", "Baca juga", "on"), or
* one of ``PREFIXES`` followed by ``:``, a dash, ``»`` or ``|`` and anything ("Baca juga: Judul lain",
  "Read more » ..."), or
* a short line about cookies ("Cookie settings", "We use cookies ..."), or
* only punctuation, symbols or bullets ("•", "* * *", "—").

The lists are keyed by language but matched all together (an article's language is only known
after cleaning, and an English "Share" button on a Danish page is still a button). To add words for
a language, call ``add(lang, lines=[...], prefixes=[...])`` or edit the tables below.
"""

from __future__ import annotations

import re

LINES: dict[str, set[str]] = {
    "en": {
        "connect with us", "follow us", "published", "updated", "on", "by", "advertisement", "ad",
        "ads", "sponsored", "sponsored content", "share", "share this", "share this article",
        "share on facebook", "share on twitter", "tweet", "email", "print", "copy link", "facebook",
        "twitter", "x", "whatsapp", "linkedin", "telegram", "pinterest", "reddit", "read more",
        "continue reading", "related", "related articles", "related posts", "related stories",
        "more stories", "you may also like", "recommended", "trending", "most read", "popular",
        "subscribe", "subscribe now", "sign up", "sign in", "log in", "newsletter", "comments",
        "leave a comment", "leave a reply", "skip to content", "back to top", "menu", "home",
        "search", "close", "loading", "click here", "accept", "accept all", "more",
    },
    "da": {
        "annonce", "reklame", "del", "del artiklen", "læs også", "læs mere", "relaterede artikler",
        "abonner", "tilmeld", "tilmeld dig nyhedsbrevet", "nyhedsbrev", "publiceret", "opdateret",
        "af", "kommentarer", "mest læste", "luk",
    },
    "id": {
        "iklan", "baca juga", "baca selengkapnya", "bagikan", "berita terkait", "artikel terkait",
        "terkait", "dipublikasikan", "diterbitkan", "oleh", "ikuti kami", "berlangganan",
        "komentar", "lihat juga", "simak juga", "terpopuler", "scroll to continue with content",
    },
    "de": {
        "anzeige", "werbung", "teilen", "weiterlesen", "mehr zum thema", "lesen sie auch",
        "das könnte sie auch interessieren", "abonnieren", "newsletter abonnieren",
        "veröffentlicht", "aktualisiert", "von", "kommentare", "meistgelesen",
    },
    "es": {
        "publicidad", "anuncio", "compartir", "leer más", "lee también", "relacionado",
        "noticias relacionadas", "suscríbete", "publicado", "actualizado", "por", "comentarios",
    },
    "fr": {
        "publicité", "partager", "lire aussi", "à lire aussi", "lire la suite", "articles liés",
        "s'abonner", "abonnez-vous", "publié le", "mis à jour", "par", "commentaires",
    },
}

PREFIXES: dict[str, set[str]] = {
    "en": {"read more", "read also", "see also", "related", "advertisement", "photo"},
    "da": {"læs også", "læs mere", "foto"},
    "id": {"baca juga", "lihat juga", "simak juga", "baca selengkapnya", "foto"},
    "de": {"lesen sie auch", "mehr zum thema", "foto"},
    "es": {"lee también", "leer más", "foto"},
    "fr": {"lire aussi", "à lire aussi", "photo"},
}

_TRAILING = " \t:.|»>›-–—"
_NO_WORD = re.compile(r"[\W_]*")  # a line with no letter or digit at all
_COOKIE = re.compile(r"(?:we use cookies|this (?:web)?site uses cookies|cookies?\b(?:\W+\w+){0,5}\W*$)")
_all_lines: frozenset[str] = frozenset()
_prefix_re: re.Pattern[str] = re.compile(r"(?!)")


def _rebuild() -> None:
    global _all_lines, _prefix_re
    _all_lines = frozenset(w.casefold() for words in LINES.values() for w in words)
    prefixes = sorted({p.casefold() for ps in PREFIXES.values() for p in ps}, key=len, reverse=True)
    _prefix_re = re.compile(r"(?:%s)\s*[:\-–—»|]" % "|".join(map(re.escape, prefixes)))


def add(lang: str, lines: list[str] = (), prefixes: list[str] = ()) -> None:  # type: ignore[assignment]
    """Teach the filter more boilerplate for ``lang`` (whole lines and/or ``prefix:`` lines)."""
    LINES.setdefault(lang, set()).update(lines)
    PREFIXES.setdefault(lang, set()).update(prefixes)
    _rebuild()


def is_boilerplate(line: str) -> bool:
    """True when ``line`` (one source line) is web furniture rather than article text."""
    key = line.strip().casefold()
    if _NO_WORD.fullmatch(key):
        return True
    if key.rstrip(_TRAILING) in _all_lines:
        return True
    return bool(_prefix_re.match(key) or _COOKIE.match(key))


_rebuild()
