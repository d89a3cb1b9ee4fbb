"""Letters without their accents ("đồng" -> "đong", "Ιανουάριο" -> "Ιανουαριο"): one fold for names,
months and currency words alike. A module of its own so that the lowest readers (dates) and the
signature share it without importing each other."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
