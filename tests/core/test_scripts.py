"""The scripts a number may touch without a space."""

import re

from factcheck.core.scripts import HANGUL, KANA_AND_HAN, is_hangul, is_unspaced


def test_kana_han_and_hangul_are_unspaced_latin_and_cyrillic_are_not():
    assert all(is_unspaced(ch) for ch in "約万メートル億명조원")
    assert not any(is_unspaced(ch) for ch in "a9 é,д")
    assert is_hangul("명") and not is_hangul("万")
    assert re.fullmatch(f"[{KANA_AND_HAN}{HANGUL}]+", "約万メートル億명조원")
