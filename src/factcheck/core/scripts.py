"""The scripts a number may touch without a space, as regex class ranges and tests: Japanese kana
and the ideographs of Chinese and Japanese, Thai, Lao, Burmese and Khmer, written without spaces
between words ("約2000万ドル", "1.2メートル", "២១៧ ដុល្លារក្នុងមួយខែ"), and Korean Hangul, which glues
its counters and scale words to a number ("1,850명", "12조 원"). One place for the ranges the readers
of dates, periods, quantities and currencies share; and the decimal digits of other scripts ("১০৮.৬",
"۲۸"), which the sentence splitter and the figure reader both read as ASCII."""

from __future__ import annotations

import re

#: The languages whose tables (patterns, words, forms) each reader keeps built: every language the
#: press is read in, so that a story told in eighty languages builds each table once
LANGUAGES = 128

KANA_AND_HAN = "\u3040-\u30ff\u3400-\u9fff"  # hiragana, katakana; CJK ideographs (extension A on)
HANGUL = "\uac00-\ud7af"  # Hangul syllables
# and the compatibility ideographs and the half-width katakana, which text pasted from older systems holds
_COMPATIBILITY = "\uf900-\ufaff\uff66-\uff9f"
_THAI = "\u0e00-\u0e7f"
_LAO_MYANMAR_KHMER = "\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff"  # written without spaces, as Thai
# A letter, as a regex: Python's \w leaves out the vowel signs of the Indic scripts and Thai ("किलो", "श्रीलंका")
LETTER = r"(?:[^\W\d_]|[\u0900-\u0963\u0970-\u0DFF\u0E00-\u0E4F])"
_HANGUL = re.compile(f"[{HANGUL}]")
_UNSPACED = re.compile(f"[{KANA_AND_HAN}{_COMPATIBILITY}{HANGUL}{_THAI}{_LAO_MYANMAR_KHMER}]")
# the scripts whose words touch: a word of theirs is one wherever it stands ("ค่าจ้าง 7,100 บาทต่อเดือน")
WITHOUT_SPACES = f"{KANA_AND_HAN}{_THAI}{_LAO_MYANMAR_KHMER}"
# and the languages written in them: about two characters a word, and no space around one
UNSPACED_LANGUAGES = frozenset({"ja", "zh", "th", "lo", "km", "my"})
# Hebrew's one-letter words joined to the next ("and", "in", "as", "to", "from", "that", "the"): "ב-2027", "בגאורגיה"
HEBREW_PREFIXES = "ובכלמשה"


def is_hangul(ch: str) -> bool:
    return _HANGUL.match(ch) is not None


def is_katakana(ch: str) -> bool:
    """A character of katakana, in which Japanese writes foreign words: units and currencies ("ミリ", "ナイラ")."""
    return "\u30a0" <= ch <= "\u30ff"


def is_unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words (Japanese, Chinese, Thai, Lao,
    Burmese, Khmer), or of Korean (see above)."""
    return _UNSPACED.match(ch) is not None


# Decimal digits of other scripts -> ASCII, one character for one, so offsets stay true.
_ZEROS = (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
          0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10)
_DIGITS = {zero + i: ord("0") + i for zero in _ZEROS for i in range(10)}
_DIGITS.update({0x066B: ord("."), 0x066C: ord(","), 0x060C: ord(",")})  # Arabic decimal, group, comma

_OTHER_DIGIT = re.compile("[" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in _ZEROS) + "\u066b\u066c]")


# Iran's press types its decimal sign as a slash between Persian digits ("۹/۴ درصد" is 9.4 %); a date has
# two slashes ("۱۴۰۳/۸/۱۵")
_PERSIAN_DECIMAL = re.compile("(?<![\u06f0-\u06f9/])([\u06f0-\u06f9]{1,3})/([\u06f0-\u06f9]{1,3})(?![\u06f0-\u06f9/])")


def ascii_digits(text: str, lo: int = 0, hi: int | None = None) -> str:
    """``text`` with the digits of ``text[lo:hi]`` in ASCII (same length: offsets stay true)."""
    hi = len(text) if hi is None else hi
    if _OTHER_DIGIT.search(text, lo, hi) is None:
        return text
    part = text[lo:hi]
    if "/" in part:
        part = _PERSIAN_DECIMAL.sub(r"\1.\2", part)
    return text[:lo] + part.translate(_DIGITS) + text[hi:]


def fold(word: str) -> str:
    """``word`` for a case-blind comparison, Turkish's four i's as one: the regular expressions match
    "İKİ" and "ALTI" to "iki" and "altı" case-blind, where ``str.lower`` gives "i̇ki" and "alti"."""
    return word.casefold().replace("\u0307", "").replace("ı", "i")


def case_blind_get(mapping: dict, word: str, default=None):
    """``mapping``'s value for ``word`` found case-blind (its keys in lower case): by ``word``'s lower
    case, else by the two folded alike (``fold``); ``default`` where none is."""
    value = mapping.get(word.lower())
    if value is not None:
        return value
    folded = fold(word)
    return next((v for k, v in mapping.items() if fold(k) == folded), default)
