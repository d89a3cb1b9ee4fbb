"""A measure with a qualifier: "age (Holm)", "rainfall (48 h)".

Some measures are of someone or over some time: the ages of two people, the rain of 24 and of 48
hours. The qualifier is written in brackets after the measure. Two figures of one measure are
compared as that measure when their qualifiers agree or one has none ("Nielsen, 33" / "un uomo di 43
anni"); with two different qualifiers they are not compared at all, unless one outlet gave the
same amount over another span ("412 millimetri in 48 ore" / "412 millimètres en 24 heures").
"""

from __future__ import annotations

import re

_QUALIFIED = re.compile(r"(?P<base>.+) \((?P<qualifier>[^()]+)\)")
# measures qualified by the time they took: the same amount over another is a slip
SPANS = frozenset({"rainfall", "snow"})
# why two qualified figures are not compared, per measure
_DIFFERENT = {"age": "ages of different people", "rainfall": "rain over different spans",
              "snow": "snow over different spans"}


def qualified(measure: str, qualifier: str | None) -> str:
    return f"{measure} ({qualifier})" if qualifier else measure


def split(measure: str | None) -> tuple[str | None, str | None]:
    """(measure, qualifier) of a measure as ``qualified`` writes it."""
    m = _QUALIFIED.fullmatch(measure) if measure else None
    return (m.group("base"), m.group("qualifier")) if m else (measure, None)


def differ(a: str | None, b: str | None) -> str | None:
    """Why two measures of one base with different qualifiers are not compared, or None."""
    (base_a, qa), (base_b, qb) = split(a), split(b)
    if base_a != base_b or not qa or not qb or qa.casefold() == qb.casefold():
        return None
    return f"{_DIFFERENT.get(base_a, base_a + ' of different kinds')}: {qa} / {qb}"
