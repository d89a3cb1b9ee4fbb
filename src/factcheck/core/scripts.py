"""The scripts a number may touch without a space, as regex class ranges and tests: Japanese kana
and the ideographs of Chinese and Japanese, written without spaces between words ("約2000万ドル",
"1.2メートル"), and Korean Hangul, which glues its counters and scale words to a number ("1,850명",
"12조 원"). One place for the ranges the readers of dates, periods, quantities and currencies share."""

from __future__ import annotations

KANA_AND_HAN = "\u3040-\u30ff\u3400-\u9fff"  # hiragana, katakana; CJK ideographs (extension A on)
HANGUL = "\uac00-\ud7af"  # Hangul syllables
# and the compatibility ideographs and the half-width katakana, which text pasted from older systems holds
_COMPATIBILITY = "\uf900-\ufaff\uff66-\uff9f"


def is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7af"


def is_unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words, or of Korean (see above)."""
    return ("\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
            or "\uff66" <= ch <= "\uff9f" or is_hangul(ch))
