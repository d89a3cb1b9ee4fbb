"""Two related statements judged as the matcher judges a related pair: the verdict and the evidence
lines (and, from ``judge``, the summary). Shared by the tests of single rules."""

from __future__ import annotations

from factcheck.core.consistency import compare_quantities, describe, summary, verdict
from factcheck.core.signature import build_signature


def judged(a: tuple[str, str], b: tuple[str, str], date: str = "2026-11-18") -> tuple[str, list[str]]:
    """``a`` and ``b`` as (text, language), both dated ``date``."""
    sa, sb = (build_signature(text, lang, date=date) for text, lang in (a, b))
    comparisons = compare_quantities(sa, sb)
    return verdict(comparisons), [describe(c) for c in comparisons]


def judge(a: tuple[str, str, str | None], b: tuple[str, str, str | None], story: tuple[str, ...] = ()):
    """``a`` and ``b`` as (text, language, date), each with its own date; an undated one (None) takes the
    ``story`` dates. The verdict, the evidence lines and the summary."""
    sa = build_signature(a[0], a[1], date=a[2], story_dates=story if a[2] is None else ())
    sb = build_signature(b[0], b[1], date=b[2], story_dates=story if b[2] is None else ())
    comparisons = compare_quantities(sa, sb)
    return verdict(comparisons), [describe(c) for c in comparisons], summary(comparisons)
