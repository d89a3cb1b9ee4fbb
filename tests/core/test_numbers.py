"""Locale-aware number parsing and CLDR scale words."""

from decimal import Decimal

import pytest
from babel.numbers import NumberFormatError, format_decimal
from babel.numbers import parse_decimal as babel_parse_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.core.numbers import (
    DOTTED,
    DOTTED_GROUPS,
    cldr_locale,
    parse_number,
    parse_number_prefix,
    scale_words,
    separators,
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("15,45", "da", 15.45),
        ("1.000", "da", 1000),
        ("1.000", "de", 1000),
        ("1.000", "id", 1000),
        ("1.000.000,25", "da", 1_000_000.25),
        ("1,000.5", "en", 1000.5),
        ("1,000", "en", 1000),
        ("1\u202f000", "fr", 1000),
        ("1 000,5", "fr", 1000.5),
        ("1\u00a0000", "fr", 1000),
        ("19,8", "id", 19.8),
        ("-3,5", "da", -3.5),
        ("\u22123,5", "da", -3.5),
        ("42", "xx", 42),
        # the press groups with a full stop where the language's own group is a space
        ("11.480", "sq", 11480),
        ("1.200", "pl", 1200),
        ("1.200.000,5", "cs", 1_200_000.5),
        ("1.150", "gl", 1150),
        ("0.625", "cs", 0.625),
        ("3.5", "fr", 3.5),
        ("14.800", "fr", 14800),  # Belgian papers and wire copy
        ("1.500,50", "fr", 1500.5),
    ],
)
def test_parse_number(text, lang, expected):
    assert parse_number(text, lang) == pytest.approx(expected)


def test_danish_point_decimal_is_not_a_thousand_group():
    # "15.45" is not a valid Danish grouping (groups have 3 digits): read it as 15.45, never 1545
    assert parse_number("15.45", "da") == pytest.approx(15.45)
    assert parse_number("15,45", "en") == pytest.approx(15.45)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3.4x", "--1", "1,,0"])
def test_not_numbers(text):
    assert parse_number(text, "da") is None


def test_prefix_stops_where_the_number_stops():
    assert parse_number_prefix("2019\u00a0200", "fr") == (Decimal("2019"), 4)
    assert parse_number_prefix("3.2.1", "en") == (Decimal("3.2"), 3)
    assert parse_number_prefix("1.000", "da") == (Decimal("1000"), 5)


def test_separators_come_from_cldr():
    assert separators("da") == (",", ".")
    assert separators("en") == (".", ",")
    assert separators("fr")[0] == ","


def test_dari_is_cldr_s_persian_of_afghanistan():
    assert str(cldr_locale("prs")) == "fa_AF" and scale_words("prs")["میلیون"] == 10**6


@pytest.mark.parametrize("lang", ["und", "xx", "", None, "123", "zz-ZZ", "pt-BR", "nb_NO"])
def test_odd_language_codes_do_not_raise(lang):
    assert cldr_locale(lang) is not None
    assert parse_number("1,5", lang) is not None
    assert scale_words(lang)


@pytest.mark.parametrize(
    ("lang", "word", "multiplier"),
    [
        ("da", "millioner", 10**6),
        ("da", "mio.", 10**6),
        ("da", "milliarder", 10**9),
        ("da", "mia.", 10**9),
        ("da", "billioner", 10**12),  # CLDR: the Danish billion is 10^12
        ("de", "Millionen", 10**6),
        ("de", "Mio.", 10**6),
        ("de", "Mrd.", 10**9),
        ("de", "Billion", 10**12),
        ("id", "juta", 10**6),
        ("id", "jt", 10**6),
        ("id", "miliar", 10**9),
        ("id", "M", 10**9),
        ("id", "triliun", 10**12),
        ("es", "millones", 10**6),
        ("es", "mil millones", 10**9),
        ("es", "billones", 10**12),
        ("fr", "millions", 10**6),
        ("fr", "milliards", 10**9),
        ("fr", "billion", 10**12),
        ("en", "million", 10**6),
        ("en", "billion", 10**9),
        ("en", "M", 10**6),
        ("en", "bn", 10**9),  # documented extra, not in CLDR
        ("en", "m", 10**6),
    ],
)
def test_scale_words(lang, word, multiplier):
    assert scale_words(lang)[word] == multiplier


LOCALES = ["da", "id", "de", "es", "fr", "en"]


@settings(max_examples=300, deadline=None)
@given(
    lang=st.sampled_from(LOCALES),
    x=st.decimals(min_value=-10**12, max_value=10**12, places=4, allow_nan=False, allow_infinity=False),
)
def test_babel_formatted_numbers_parse_back(lang, x):
    text = format_decimal(x, locale=lang, decimal_quantization=False, group_separator=True)
    value = parse_number(text, lang)
    assert value is not None, text
    assert value == pytest.approx(float(x), rel=1e-12, abs=1e-9), text


@settings(max_examples=200, deadline=None)
@given(lang=st.sampled_from(LOCALES), n=st.integers(min_value=1000, max_value=10**15))
def test_grouped_integers_parse_back(lang, n):
    text = format_decimal(n, locale=lang, group_separator=True)
    assert parse_number(text, lang) == n, text


@settings(max_examples=500, deadline=None)
@given(
    lang=st.sampled_from(LOCALES),
    text=st.text(alphabet="0123456789.,\u202f\u00a0 ", min_size=1, max_size=12).map(str.strip),
)
def test_agrees_with_babel_strict_parsing_where_babel_accepts(lang, text):
    try:
        expected = babel_parse_decimal(text, locale=lang, strict=True)
    except (NumberFormatError, ValueError, ArithmeticError):
        return  # we are more tolerant than Babel ("15.45" in Danish): only agreement is checked
    if lang in DOTTED_GROUPS and DOTTED.fullmatch(text):
        return  # where the press groups with a full stop, "1.000" is a thousand, not Babel's 1.0
    assert parse_number(text, lang) == pytest.approx(float(expected)), text
