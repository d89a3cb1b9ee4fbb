"""Currency detection (CLDR + documented extras) and ECB conversion to US dollars."""

import pytest

from factcheck.core.currency import (
    convert_to_usd,
    detect_currency,
    parse_as_of,
    to_usd,
)


@pytest.mark.parametrize(
    ("form", "lang", "code"),
    [
        ("$", "en", "USD"),
        ("$", "da", "USD"),
        ("US$", "id", "USD"),
        ("Rp", "id", "IDR"),
        ("£", "da", "GBP"),
        ("€", "fr", "EUR"),
        ("kr.", "da", "DKK"),
        ("kr", "da", "DKK"),
        ("kr", "sv", "SEK"),
        ("kr", "nb", "NOK"),
        ("kr", "no", "NOK"),
        ("USD", "de", "USD"),
        ("IDR", "da", "IDR"),
        ("dollars", "en", "USD"),
        ("euros", "es", "EUR"),
        ("pounds", "en", "GBP"),
        ("rupiah", "id", "IDR"),
        ("dolar AS", "id", "USD"),
        ("US-Dollar", "de", "USD"),
        ("Dolar Amerika Serikat", "id", "USD"),  # CLDR name
        ("dólares estadounidenses", "es", "USD"),  # CLDR plural name
        ("amerikanske dollar", "da", "USD"),
        ("danske kroner", "da", "DKK"),
        ("dollars", "xx", "USD"),
    ],
)
def test_detect_currency(form, lang, code):
    assert detect_currency(form, lang) == code


@pytest.mark.parametrize("form", ["usd", "PHP", "kroner?", "M", "Ft"])
def test_not_currencies(form):
    assert detect_currency(form, "en") is None


def test_parse_as_of_takes_first_day_of_period():
    assert str(parse_as_of("2024")) == "2024-01-01"
    assert str(parse_as_of("2024-08")) == "2024-08-01"
    assert str(parse_as_of("2024-08-15")) == "2024-08-15"
    assert str(parse_as_of("2024-08-15T10:00:00Z")) == "2024-08-15"
    assert parse_as_of(None) is None
    assert parse_as_of("August 2024") is None
    assert parse_as_of("2024-13") is None


def test_seed_amounts_match_in_usd():
    # DESIGN.md: Rp322 miliar and £15.45 M on 2024-08-01 are both about US$19.8 M
    assert to_usd(322e9, "IDR", "2024-08") == pytest.approx(19.8e6, rel=0.02)
    assert to_usd(15.45e6, "GBP", "2024-08") == pytest.approx(19.8e6, rel=0.02)
    assert to_usd(20e6, "USD", "2024-08") == 20e6


def test_conversion_reports_the_date_used():
    usd, day = convert_to_usd(100, "EUR", "2024-08")
    assert day == "2024-08-01"
    assert 100 < usd < 120


def test_dates_outside_the_data_fall_back_to_nearest():
    early, day = convert_to_usd(1, "IDR", "1990")  # IDR rates start in 2005
    assert early > 0 and day.startswith("2005")
    late, day = convert_to_usd(1, "EUR", "2999-01-01")
    assert late > 0 and day < "2999"
    latest, day = convert_to_usd(1, "EUR", None)
    assert latest == late and day is not None


def test_rates_differ_by_date():
    assert to_usd(1, "EUR", "2008-07") != pytest.approx(to_usd(1, "EUR", "2015-03"), rel=0.05)


def test_unknown_currency_is_none():
    assert to_usd(1, "XXX", "2024") is None
    assert to_usd(1, "VND", "2024") is None  # detected, but not in the ECB data
