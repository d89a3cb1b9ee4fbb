"""Counts of none: "no deaths have been reported", "keine Toten", "aucun mort", "ningún herido",
"tidak ada korban jiwa". Another outlet's "vier Menschen kamen ums Leben" contradicts such a
sentence, so its zero is a figure: the word for "no", read as 0, which the word after it measures
(``figure_context`` gives a figure the measure word right after it).

"No further deaths" or "keine weiteren Toten" says nothing of the toll so far: not read.
"""

from __future__ import annotations

import re

from factcheck.core.models import Figure

_NO = (r"no|zero|keine|keinen|kein|aucune?|ningún|ninguna|ningunos|nenhuma?|nessuna?|nessuno|geen|ingen|tidak ada|"
       r"nul")
# what may be counted as none: deaths, injuries, the missing
_COUNTED = (r"deaths?|dead|fatalit|casualt|injur|wounded|missing|toten?|todesopfer|verletzte|vermisste|morts?|bless|"
            r"disparu|muertos?|herid|desaparecid|mortos?|ferid|mort[io]|feriti|dispers|doden|gewonden|vermisten|"
            r"døde|dræbte|omkomne|sårede|savnede|korban jiwa|korban tewas|korban meninggal|korban luka|korban hilang")
# a word that makes it news of a change, not of the count: "no further deaths", "keine weiteren Toten"
_MORE = (r"further|new|more|additional|other|weitere[nr]?|neuen?|nouveaux?|nouvelles?|nuevos?|nuevas?|novos?|novas?|"
         r"nuovi|nuove|altri|nieuwe|verdere|flere|nye|yderligere|lagi|baru")
_ZERO = re.compile(
    rf"(?<![^\W\d_])({_NO})\s+(?!(?:{_MORE})(?![^\W\d_]))(?=(?:[^\W\d_]+\s+)?(?:{_COUNTED}))", re.IGNORECASE)


# the cheap test first: one of the words for "no", lower-cased, anywhere
_GATE = re.compile(r"no |kein|aucun|ningun|ningún|nenhum|nessun|geen|ingen|tidak ada|zero|nul ")


def zero_counts(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[Figure]:
    """The counts of none in ``text[lo:hi]``, outside the spans ``taken`` by other figures."""
    if _GATE.search(text[lo:hi].lower()) is None:
        return []
    out = []
    for m in _ZERO.finditer(text, lo, hi):
        start, end = m.span(1)
        if not any(a < end and start < b for a, b in taken):
            out.append(Figure("number", start, end, 0.0, None, text=m.group(1), words=True))
    return out
