"""How a sum is counted: per share (or per car, family, household, person, hectare), or with a target's debt.

* A sum per share: "42.50 euros per share", "42,50 Euro je Aktie", "42,50 kronor per aktie", "Rp 1.250 per
  lembar saham". An offer, a dividend or a share price is a sum per share; the deal's value or a
  profit is a total. The two are never held against each other, so a sum per share measures
  ``PER_SHARE`` whatever word stands near it, and compares with other sums per share only. Those may
  still be different things (an offer, a dividend, last year's price: "im Jahr 2021 mit 55 Euro je
  Aktie"), so they agree or are not compared, unless one outlet slipped (``measure_words.HOW_COUNTED``).
* A value with debt: "Including net debt of about 440 million euros, the deal values Meridiaan at
  roughly 2.6 billion euros", "valorise la cible à 2,6 milliards d'euros, dette comprise". The
  enterprise value is not the 2.16 billion the shares are bought for (``ENTERPRISE_VALUE``).
"""

from __future__ import annotations

import re

from factcheck.core.models import Figure

PER_SHARE = "per share"
ENTERPRISE_VALUE = "enterprise value"
_PER = r"[)\]]?\s*(?:in cash\s+)?(?:per|a|an|each|je|pro|par|por|pr\.|za|na|ad|à|al|op|för|på|setiap|tiap)\s+(?:lembar\s+|unit\s+)?"
_PER_SHARE_AFTER = re.compile(
    _PER + r"(?:share|aktie|action|acción|accion|ação|acao|azione|aandeel|saham|akcję|akcje)(?![^\W\d_])",
    re.IGNORECASE)
# the other units a sum is counted per: "180 euro pro Fahrzeug", "ok. 180 euro na samochód", "per family"
PER_UNIT: dict[str, str] = {
    "car": r"car|vehicle|fahrzeug|auto|wagen|véhicule|voiture|vehículo|coche|veicolo|veículo|carro|bil|samochód|"
           r"pojazd|mobil|kendaraan",
    "family": r"family|familie|famille|familia|famiglia|família|familj|keluarga|rodzin[ęy]",
    "household": r"household|haushalt|ménage|foyer|hogar|nucleo familiare|domicílio|huishouden|husstand|hushåll|"
                 r"rumah tangga|gospodarstwo",
    "person": r"person|head|capita|kopf|einwohner|personne|habitant|persona|pessoa|persoon|indbygger|invånare|"
              r"orang|osob[ęy]|mieszkańca",
    # a harvest's yield ("1,9 tonne par hectare"), not the harvest
    "hectare": r"hectare|hektar|hektare|ettaro|hectárea|ha",
}
_PER_UNIT_AFTER = {unit: re.compile(_PER + rf"(?:{words})(?![^\W\d_])", re.IGNORECASE) for unit, words in PER_UNIT.items()}
_WITH_DEBT = re.compile(
    r"(?<![^\W\d_])(?:enterprise value|including (?:net )?debt|debt included|dette comprise|y compris (?:la )?dette|"
    r"inklusive (?:der )?schulden|einschließlich (?:der )?schulden|inklusive (?:netto)?gæld|inklusive skulder|"
    r"incluida la deuda|deuda incluida|incluyendo (?:la )?deuda|debito incluso|incluso il debito|debito compreso|"
    r"compreso il debito|dívida incluída|incluindo (?:a )?dívida|inclusief (?:de )?schulden|termasuk utang|"
    r"wraz z długiem)(?![^\W\d_])", re.IGNORECASE)


def is_per_share(text: str, f: Figure) -> bool:
    """Whether the sum ``f`` is said per share, right after it."""
    return f.kind == "money" and bool(_PER_SHARE_AFTER.match(text, f.end))


def per_unit(text: str, f: Figure) -> str | None:
    """The measure of a sum (or a quantity in a unit) said per car, family, household, person or
    hectare right after it ("per car"), or None."""
    if f.kind != "money" and (f.kind != "number" or f.unit is None):
        return None
    return next((f"per {unit}" for unit, after in _PER_UNIT_AFTER.items() if after.match(text, f.end)), None)


def with_debt(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence ``text[lo:hi]`` counts a value with the target's debt."""
    return bool(_WITH_DEBT.search(text, lo, hi))
