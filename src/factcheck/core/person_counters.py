"""Persian's "تن", a tonne and a person: "۲۷۰ تن مواد کمکی" (270 tonnes of aid), but "۳۹۴ تن کشته شدند"
(394 people were killed) and "شمار کشته‌شدگان به ۳۹۴ تن رسید" (the toll reached 394 people).

A count in "تن" is of people where its sentence speaks of people (the dead, the hurt, the missing, those
aboard or held) and no thing follows the word: the sentence ends, or a verb or another count of people
does. Read as a plain count then: a toll, not a weight.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.core.models import Figure

# people a count may be of ("the killed", "the injured", "lost their lives", "victims", "missing",
# "passengers", "those aboard", "arrested", "displaced", "rescued", "returned", "migrants", "refugees",
# "deported")
_PEOPLE = re.compile(r"کشته|زخمی|مجروح|مصدوم|جان\s?باخت|جان‌باخت|قربانی|مفقود|ناپدید|مسافر|سرنشین|بازداشت|دستگیر"
                     r"|آواره|نجات|بازگشت|مهاجر|پناهجو|پناهنده|اخراج")
# what follows a count of people, not a thing weighed: the end of the sentence, a verb ("reached",
# "were killed", "were injured"), "more", "also", a preposition
_AFTER_PEOPLE = re.compile(
    r"\s*(?:[.،؛:!?)»]|$|(?:رسید|رسیده|رسیدند|افزایش|دیگر|نیز|کشته|زخمی|مجروح|مصدوم|جان|ناپدید|مفقود|بازداشت|دستگیر"
    r"|از|در|را|و|بودند|بود|است|هستند|شدند|شده)(?![^\W\d_]))")


def people_not_tonnes(text: str, lang: str, figures: list[Figure], lo: int, hi: int) -> list[Figure]:
    """``figures``, Persian counts in "تن" made plain counts where ``text[lo:hi]`` speaks of people."""
    if lang != "fa" or not any(map(_in_tan, figures)) or _PEOPLE.search(text, lo, hi) is None:
        return figures
    return [replace(f, unit=None, dimension=None) if _in_tan(f) and _AFTER_PEOPLE.match(text, f.end, hi) else f
            for f in figures]


def _in_tan(f: Figure) -> bool:
    """Whether ``f`` was read in tonnes from the word "تن"."""
    return f.unit == "t" and f.text.endswith("تن")
