"""A count of places: "63 evacuation centres", "63 centri di accoglienza", "in 12 Notunterkünften",
"di 63 posko pengungsian".

Such a figure counts the places, not the people the words beside it name ("evacuation", "sfollati"):
it measures nothing another outlet's count of evacuees could be held against.
"""

from __future__ import annotations

import re

from factcheck.core.models import Figure

_PLACES = (
    r"cent(?:re|er|ro|ri)s?|zentren|notunterkünft\w*|unterkünft\w*|shelters?|camps?|campos?|campi|schools?|scuole|"
    r"escuelas?|écoles?|escolas?|schulen|villages?|villaggi|pueblos?|aldeias?|dörfer\w*|desa|kampung|posko|"
    r"titik|lokasi|locations?|sites?|districts?|distretti|distritos?|kecamatan|kabupaten|provinces?|province|"
    r"provincias?|provinsi|municipalities|municipios?|comuni|gemeinden|kommuner|gemeenten|opvanglocaties|"
    r"opvangcentra|evakueringscentre|evakueringscenter|hospitals?|ospedali|hospitales|hôpitaux|krankenhäuser|"
    r"rumah sakit|mosques?|moschee|mezquitas|mosquées|masjid")
# the place noun right after the figure, or after one word ("63 evacuation centres", "12 temporäre Unterkünfte")
_AFTER = re.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:{_PLACES})(?![^\W\d_])", re.IGNORECASE)


def counts_places(text: str, f: Figure) -> bool:
    """Whether the plain number ``f`` counts places (see the module's examples)."""
    return f.kind == "number" and f.unit is None and bool(_AFTER.match(text, f.end))
