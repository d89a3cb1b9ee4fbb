"""Years said as so many years before the article's: "vor 17 Jahren saniert", "seitsemän vuotta
sitten", "pre sedam godina", "för fem år sedan", "two years ago". On a dated page such a phrase names
a year as "in 2009" does, so "v roce 2009" agrees with "vor 17 Jahren" in an article of 2026, and "w
2016 r." does not with "seitsemän vuotta sitten". The year may be one off (seventeen years before
November 2026 may be late 2009 or early 2010), which the comparison of years allows: years one apart
are never a conflict. A page without a date names no year so; nor does "a year ago", which dates the
figures beside it (``core.relative_years``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.core.models import Figure
from factcheck.core.scripts import LANGUAGES

# (the words before the number, the words after it): "vor 17 Jahren", "17 years ago", "il y a 17 ans"
_AGO: dict[str, tuple[str, str]] = {
    "en": ("", r"years?\s+ago"),
    "de": (r"vor", r"jahren"),
    "nl": ("", r"jaar\s+geleden"),
    "da": (r"for", r"år\s+siden"),
    "no": (r"for", r"år\s+siden"),
    "sv": (r"för", r"år\s+sedan"),
    "fr": (r"il\s+y\s+a", r"ans"),
    "es": (r"hace", r"años"),
    "it": ("", r"anni\s+fa"),
    "pt": (r"há", r"anos"),
    "fi": ("", r"vuotta\s+sitten"),
    "et": ("", r"aastat\s+tagasi"),
    "lv": (r"pirms", r"gadiem"),
    "lt": (r"prieš", r"metus|metų"),
    "pl": ("", r"(?:lat|lata)\s+temu"),
    "cs": (r"před", r"lety|roky"),
    "sk": (r"pred", r"rokmi"),
    "sl": (r"pred", r"leti"),
    "hr": (r"prije|pre", r"godina|godine"),
    "ro": (r"acum|în\s+urmă\s+cu", r"(?:de\s+)?ani"),
    "hu": ("", r"(?:évvel\s+ezelőtt|éve)"),
    "tr": ("", r"yıl\s+önce"),
    "el": (r"πριν(?:\s+από)?", r"χρόνια"),
    "bg": (r"преди", r"години"),
    "ru": ("", r"(?:лет|года)\s+назад"),
    "uk": ("", r"(?:років|роки)\s+тому"),
}
_AGO["nb"] = _AGO["nn"] = _AGO["no"]
_AGO["sr"] = _AGO["bs"] = _AGO["hr"]


@lru_cache(maxsize=LANGUAGES)
def _patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str]] | None:
    words = _AGO.get(language)
    if words is None:
        return None
    before, after = words
    return (re.compile(rf"(?<![^\W\d_])(?:{before})\s+$", re.IGNORECASE) if before else None,
            re.compile(rf"\s+(?:{after})(?![^\W\d_])", re.IGNORECASE))


def years_ago(text: str, lang: str, figures: list[Figure], date: str | None) -> tuple[list[Figure], list[Figure]]:
    """(the years that ``figures``' counts of years before ``date`` name, as figures of kind "year";
    the figures that are no such count). Counts of two years or more, in digits or in words."""
    patterns = _patterns((lang or "").split("-")[0].lower())
    if patterns is None or not date or not date[:4].isdigit():
        return [], figures
    before, after = patterns
    years, rest = [], []
    for f in figures:
        m = after.match(text, f.end) if f.kind == "number" and f.unit is None and 2 <= f.value < 200 \
            and f.value == int(f.value) else None
        b = before.search(text, max(0, f.start - 24), f.start) if m and before is not None else None
        if m and (before is None or b):
            start = b.start() if b else f.start
            years.append(Figure("year", start, m.end(), float(int(date[:4]) - int(f.value)), None,
                                text=text[start:m.end()]))
        else:
            rest.append(f)
    return years, rest
