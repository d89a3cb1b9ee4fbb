"""Rates the ECB does not quote, from the National Bank of Poland's tables: read offline, crossed through the
złoty with the dollar of the same table, and used where a sum in such a currency meets another."""

from __future__ import annotations

import datetime as dt
import urllib.request

import pytest

from factcheck.core import other_rates
from factcheck.core.currency import usd_range, usd_rate
from tests.core.pairs import judge


@pytest.mark.parametrize("code, low, high", [
    ("PKR", 270, 295),  # rupees a dollar in June 2025
    ("KES", 125, 133),
    ("VND", 25_000, 27_000),
    ("NGN", 1_450, 1_650),
])
def test_a_currency_the_ecb_does_not_quote_has_the_bank_of_polands_rate(code, low, high):
    assert usd_rate(code, "2025-06-18") is None  # the ECB's reference rates do not have it
    per_dollar, day = other_rates.usd_rate(code, dt.date(2025, 6, 18))
    assert low < 1 / per_dollar < high
    assert day <= "2025-06-18"


def test_a_day_past_the_tables_is_their_last_and_never_a_download(monkeypatch):
    def offline(*_args, **_kwargs):
        raise AssertionError("the network was asked")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    last = other_rates.last_day()
    later = other_rates.usd_rate("KES", last + dt.timedelta(days=60))
    assert later is not None and later[1] <= last.isoformat()
    assert later == other_rates.usd_rate("KES", None)


def test_what_the_bank_does_not_quote_has_no_rate():
    assert other_rates.usd_rate("XYZ", dt.date(2025, 6, 18)) is None
    assert other_rates.usd_rate("../", dt.date(2025, 6, 18)) is None
    assert other_rates.usd_range("XYZ") is None


def test_the_range_of_a_rate_covers_its_history():
    low, high = usd_range("PKR")
    assert low < 1 / 300 and high > 1 / 100  # from some 60 rupees a dollar in 1999 to near 300 in 2023


def test_a_sum_in_such_a_currency_meets_dollars_at_that_rate():
    ke = ("The dam will cost KSh 12.9 billion, the Treasury said.", "en", "2025-06-18")
    de = ("Der Damm soll 100 Millionen Dollar kosten.", "de", "2025-06-18")
    state, lines, _ = judge(ke, de)
    assert state == "consistent"
    assert any("2025-06-18 NBP rate" in line for line in lines), lines
    # and a tenfold slip shows
    state, _, _ = judge(ke, ("Der Damm soll 1 Milliarde Dollar kosten.", "de", "2025-06-18"))
    assert state == "conflict"
