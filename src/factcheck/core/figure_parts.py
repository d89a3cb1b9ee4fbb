"""A figure that is a part of another, or of a group: what each of them measures.

* "79 of the 230 seats", "cut 350 of its roughly 6,900 jobs": the part counts what the whole counts;
  the whole, a parliament's seats or a company's jobs, is no count of the thing done (``of_totals``).
* "6.340 viviendas, de las que 1.950 son protegidas": the part "of which" is not the whole's count
  (``of_which``).
* "Blandt passagererne var tre danskere", "among the dead were three children": the group a figure is
  among does not say what the figure counts (``among_a_group``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.core.models import Figure

# "79 of the 230 seats", "79 der 230 Sitze", "79 escaños de 230", "79 sièges sur 230", "79 kursi dari 230"
# and "350 of its roughly 6,900 jobs", "350 de ses quelque 6 900 emplois", "350 af sine 6.900 job"
_OUT_OF = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:out of|of|der|von|de|sur|dari|di|af|av|van|från|fra)\s+"
                     r"(?:(?:the|its|their|los|las|les|die|ses|sus|seiner|seinen|ihrer|ihren|sine|sina|deres|zijn|hun"
                     r"|dei|suoi|seus|dos|das)\s+)?(?:[^\W\d_]+\s+)?", re.IGNORECASE)


def of_totals(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures``, where the whole of "79 of the 230 seats" says no measure: the seats of a parliament
    are not the seats won, though "3 of the 12 injured" may be the count of the injured. Without a
    measure it agrees with the same number and is never a conflict. The part is of what the whole
    counts ("cut 350 of its 6,900 jobs": 350 jobs; "18.6 million of its 26 million registered users")."""
    out = list(figures)
    for k in range(len(out) - 1):
        part, whole = out[k], out[k + 1]
        if (part.kind == whole.kind == "number" and part.unit is None and whole.unit is None
                and whole.value > part.value and _OUT_OF.fullmatch(text, part.end, whole.start)):
            out[k], out[k + 1] = replace(part, measure=whole.measure or part.measure), replace(whole, measure=None)
    return out


# "de las que 1.950", "dont 1 950", "waarvan 52.000", "di cui 5.200", "of which 1,950"
_OF_WHICH = re.compile(
    r"(?<![^\W\d_])(?:of which|of whom|dont|de l[oa]s que|de l[oa]s cuales|davon|waarvan|di cui|dos quais|das quais|"
    r"heraf|hvoraf|varav|di antaranya)\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)


def of_which(text: str, f: Figure) -> bool:
    """Whether ``f`` is a part "of which" the figure before it is the whole."""
    return _OF_WHICH.search(text, max(0, f.start - 24), f.start) is not None


# "among the passengers", "blandt passagererne", "unter den Toten", "entre las víctimas", "tra i morti"
_AMONG = re.compile(r"(?<![^\W\d_])(?:among|amongst|blandt|bland|unter|parmi|entre|tra|di antara|antara|onder)"
                    r"\s+(?:[^\W\d_]+\s+)?$")
_AMONG_WIDEST = 16


def among_a_group(lowered: str, at: int) -> bool:
    """Whether the word at ``at`` in ``lowered`` names a group something is among ("among the passengers")."""
    return _AMONG.search(lowered, max(0, at - _AMONG_WIDEST), at) is not None
