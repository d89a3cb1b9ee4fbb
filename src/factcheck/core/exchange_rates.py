"""A currency's price in another, as the press gives an exchange rate: "49.20 pounds to the dollar",
"18,42 pesos por dólar", "50.80 جنيه للدولار", "1 580 nairas pour un dollar", "1美元兑7.12元",
"100円=971.4ウォン", "달러당 1,475원".

Such a figure is the price of one unit of the other currency, no sum: its ``per`` is that currency's
code ("49.20 pounds" per USD), and a price given for a hundred units is read for one ("100円=971.4ウォン"
is 9.714 won a yen). It keeps its own currency where it names one: outlets give the same rate as a
price too ("השער של האירו על 3.945 שקלים"), so it still meets a sum in its own currency, but never one
in another ("49.20 pounds to the dollar" is no "$1"). The "1美元" of "1美元兑7.12元" is the unit the
rate is of, no figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.core.currency import CODES, usd_rate
from factcheck.core.models import Figure
from factcheck.core.quantities import currency_after, unit_after
from factcheck.core.units import DIMENSION

# "per" before the currency a rate is the price of, with the one unit it may name ("pour un dollar",
# "por cada dólar", "за один доллар"); "to", "against" and their kin only with it ("to the dollar", not
# "converted $5 million to euros")
_ONE = (r"(?:1|one|a|the|each|every|un|una|uno|el|cada|le|chaque|il|ogni|ein|einen|dem|den|een|de|en|jednego|один"
        r"|US|1\s+US)")
_PER = re.compile(
    r"(?:[ \u00a0]+(?:units|unidades|unités|unità|Einheiten|eenheden))?"  # "154,6 unidades por dólar"
    rf"[ \u00a0]*(?:(?:per|por|pour|par|pro|je|za|за|kwa|terhadap|pr\.|ανά|pentru)(?:[ \u00a0]+{_ONE}(?=[ \u00a0]))?"
    rf"|(?:to|against|frente\s+al|contra|contre|für|gegenüber|contro|voor|tegen|för|mot)[ \u00a0]+{_ONE}(?=[ \u00a0]))",
    re.IGNORECASE)
# Arabic's "to the dollar" is one word ("للدولار"), or "against the dollar" ("مقابل الدولار")
_ARABIC_PER = re.compile(r"[ \u00a0]*(?:لل|لكل[ \u00a0]+|مقابل[ \u00a0]+ال|أمام[ \u00a0]+ال)")
# and Khmer's "in one dollar" ("៤.០២០ រៀលក្នុងមួយដុល្លារ")
_KHMER_PER = re.compile(r"[ \u00a0]*ក្នុង[ \u00a0]*(?:មួយ|1)[ \u00a0]*")
_OTHER_PER = {"ar": _ARABIC_PER, "km": _KHMER_PER}
# the units a rate is the price of, said before it: "1美元兑", "1ドル=", "1 dollar = ", "100円=" (a number,
# its currency, then these)
_UNITS_BEFORE = re.compile(r"(?<![0-9.,])(?P<units>1|100)(?=[^0-9.,])[^0-9]{0,10}?(?P<joiner>[ \u00a0]*"
                           r"(?:=|＝|兑|兌|換|→)[ \u00a0]*(?:约|約|about|ca\.)?[ \u00a0]*)$")
# one unit of a currency, then its price, as a sentence says it: "en euro 12,04 kroner og en dollar 10,38
# kroner", "a dollar cost 10.38 kroner", "un euro vale 1.08 dólares" (the word for one, the currency's
# name, perhaps "cost", right before the figure)
_ONE_UNIT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:one|a|en|ein|eine|eitt|ett|et|een|un|una|uno|um|uma|jeden|jedno|jedna|egy|yksi|один|одна)"
    r"[ \u00a0]+(?P<name>[^\W\d_][^\d.;:!?=]{1,20}?)[ \u00a0]+(?:(?:costs?|kostet|koster|kostar|kostete|vale|valía|"
    r"vaut|valait|valeva|kosztuje|kosztował|maksaa|maksoi|стоит|стоил)[ \u00a0]+)?$", re.IGNORECASE)
_KOREAN_PER = re.compile(r"(?:(?P<units>1|100)[ \u00a0]?)?(?P<name>달러|유로|엔|위안)당[ \u00a0]*$")
_KOREAN = {"달러": "USD", "유로": "EUR", "엔": "JPY", "위안": "CNY"}
_CURRENCIES = frozenset((*CODES, "PHP"))


def _per_currency(text: str, f: Figure, lang: str, hi: int) -> str | None:
    """The currency ``f`` is given per by the words right after it, or None."""
    for per in (_PER, _OTHER_PER[lang]) if lang in _OTHER_PER else (_PER,):
        m = per.match(text, f.end, hi)
        if m is not None and m.end() > f.end and (found := currency_after(text, m.end(), lang)) is not None \
                and found[1] <= hi and found[0] != f.unit and not _per_weight(text, m.end(), found, f, lang):
            return found[0]
    return None


def _per_weight(text: str, start: int, currency: tuple[str, int], f: Figure, lang: str) -> bool:
    """Whether the currency's word at ``start`` is a pound of weight that ``f`` is the price of
    ("$8.50 per pound", "189 US-Cent je Pfund", "1,98 dólares por libra"): the word names a weight
    too, and ``f``, a sum, is far from the currency's price (a rate is "$1.31 per pound")."""
    weight = unit_after(text, start, lang)
    if weight is None or weight[1] != currency[1] or DIMENSION.get(weight[0]) != "mass" or f.unit is None:
        return False
    ours, theirs = usd_rate(f.unit, f.as_of), usd_rate(currency[0], f.as_of)
    if ours is None or theirs is None:
        return True
    return not 0.87 <= f.value * ours[0] / theirs[0] <= 1.15


def rate_of(text: str, f: Figure, lang: str, lo: int, hi: int) -> tuple[str, float, int] | None:
    """(the currency ``f`` is the price of, how many units of it, where they are said) where ``f``
    (in ``text[lo:hi]``) is an exchange rate; None where it is not."""
    if f.kind not in ("money", "number") or f.kind == "number" and f.unit is not None:
        return None
    if (per := _per_currency(text, f, lang, hi)) is not None:
        return per, 1.0, f.end
    m = _UNITS_BEFORE.search(text, max(lo, f.start - 16), f.start)
    if m is not None and (found := currency_after(text, m.end("units"), lang)) is not None \
            and found[1] == m.start("joiner") and found[0] != f.unit:
        return found[0], float(m.group("units")), m.start()
    m = _ONE_UNIT_BEFORE.search(text, max(lo, f.start - 40), f.start) if f.kind == "money" else None
    if m is not None and (found := currency_after(text, m.start("name"), lang)) is not None \
            and found[1] == m.end("name") and found[0] != f.unit:
        return found[0], 1.0, m.start()
    if lang == "ko" and (m := _KOREAN_PER.search(text, max(lo, f.start - 12), f.start)):
        return _KOREAN[m.group("name")], float(m.group("units") or 1), m.start()
    return None


def is_rate(f: Figure) -> bool:
    """Whether ``f`` is an exchange rate: given per a currency."""
    return f.per is not None and f.per in _CURRENCIES


def as_rates(text: str, lang: str, found: list[Figure], lo: int, hi: int) -> list[Figure]:
    """``found`` (in text order) with the exchange rates among them given per their currency, for one
    unit of it, and the units a rate is of ("1美元兑", "100円=") dropped."""
    out: list[Figure] = []
    for f in found:
        if (rate := rate_of(text, f, lang, lo, hi)) is None:
            out.append(f)
            continue
        per, units, said = rate
        if out and said <= out[-1].start < f.start:
            out.pop()  # "1美元", no sum
        out.append(replace(f, value=f.value / units, usd=None if f.usd is None else f.usd / units, per=per))
    return out
