"""Two statements of one day judged as the matcher judges a related pair: the verdict and the evidence
lines. Shared by the tests of single rules."""

from __future__ import annotations

from factcheck.core.consistency import compare_quantities, describe, verdict
from factcheck.core.signature import build_signature


def judged(a: tuple[str, str], b: tuple[str, str], date: str = "2026-11-18") -> tuple[str, list[str]]:
    """``a`` and ``b`` as (text, language), both dated ``date``."""
    sa, sb = (build_signature(text, lang, date=date) for text, lang in (a, b))
    comparisons = compare_quantities(sa, sb)
    return verdict(comparisons), [describe(c) for c in comparisons]
