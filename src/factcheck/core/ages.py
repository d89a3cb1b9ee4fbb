"""A person's age among a sentence's figures: "Nielsen, 33, said", "Milan de Wit (21)", "Nielsen, de 43
años,", ", 21 anni,", "33 Jahre alt", "52 years old", "21-jarige", "aged 57", "berusia 21 tahun".

An age is a measure of its own: another outlet's "de 43 años" for "Nielsen, 33" is a conflict, while
"un contrato de cinco años" (years of a contract) is none. An age joined to its word by a hyphen ("a
67-year-old man", "Der 58-Jährige") is no number to the quantity reader: ``hyphenated_ages`` reads it.
"""

from __future__ import annotations

import re

from factcheck.core.models import Figure
from factcheck.core.qualified_measures import qualified

OLDEST = 120
# Ages joined to their word, by a hyphen or glued: "67-year-old", "58-Jährige", "72-vuotias", "72letý",
# "72χρονος", "72-letni", "72-ročný", "72-godišnji"; in their cases ("ein 76-jähriger Mann", "en 76-åring")
_JOINED = (r"-year-old|-jährig\w*|-jarige|-årig\w*|-åring\w*|-vuotia\w*|-?let[ýáéoé]\w*|-?χρον\w*|-letni\w*|-ročn\w*|"
           r"-godišnj\w*|-yaşında\w*")
_AFTER = re.compile(
    rf"(?:{_JOINED}|\s+éves|\s+de\s+ani(?![^\W\d_])|"
    r"\s+(?:years? old|Jahre alte?n?|jaar oud|år gammel|anni|ans|años|anos|tahun|lat)(?![^\W\d_]))", re.IGNORECASE)
_YEARS_ONLY = frozenset({"anni", "ans", "años", "anos", "tahun", "lat", "de ani"})  # years, of age only after a comma
# ", 21 anni", ", de 43 años", "aged 57"
_APPOSED = re.compile(r",\s+(?:de\s+|di\s+)?$", re.IGNORECASE)
# "aged 57", "im Alter von 24 und 29 Jahren", "w wieku 57 i 61 lat": an age whatever follows
_AGED = re.compile(r"\b(?:aged|im Alter von|berusia|w wieku)\s+(?:\d{1,3}\s+(?:and|und|i|e|y|et|og|och|en|dan)\s+)?$",
                   re.IGNORECASE)
# "un uomo di 76 anni", "een man van 67", "une femme de 67 ans": a person of so many (years)
_PERSON = (r"man|woman|boy|girl|uomo|donna|ragazz[oa]|bambin[oa]|anzian[oa]|homme|femme|garçon|fille|enfant|"
           r"hombre|mujer|niñ[oa]|joven|anciano|anciana|homem|mulher|menin[oa]|criança|idos[oa]|pria|wanita|anak|"
           r"vrouw|jongen|meisje|mand|kvinde|dreng|pige|Mann|Frau|Junge|Mädchen|"
           r"patient|paziente|patiente|paciente|patiënt|pasien|victim|vittima|victime|víctima|vítima|korban")
_PERSON_OF = re.compile(rf"\b(?:{_PERSON})\s+(?:de|di|da|of|van|von|af|på)\s+$", re.IGNORECASE)
# a person's name, two words at least ("Jens-Frederik Nielsen", "Milan de Wit"), then ", 33," or " (21)"
_NAME = r"[A-ZÀ-Ý][^\W\d_]+"
_PERSON_BEFORE = re.compile(
    rf"{_NAME}(?:[\s-]+(?:(?:de|van|von|da|di|del|der|dos|le|la|bin)\s+)?{_NAME})+(?:,\s+|\s+\()$")


def is_age(text: str, f: Figure) -> bool:
    """Whether the number ``f`` gives a person's age (see the module's examples)."""
    if f.value > OLDEST or f.value != int(f.value):
        return False
    if _PERSON_OF.search(text, max(0, f.start - 24), f.start) or _AGED.search(text, max(0, f.start - 24), f.start):
        return True
    if after := _AFTER.match(text, f.end):
        return after.group().strip().lower() not in _YEARS_ONLY or bool(
            _APPOSED.search(text, max(0, f.start - 20), f.start))
    before, closes = text[max(0, f.start - 60):f.start], text[f.end:f.end + 1]
    if closes != (")" if before.endswith("(") else ","):
        return False
    return bool(_PERSON_BEFORE.search(before))


AGE = "age"
# whose age: the name before it ("Nielsen, 33", "Milan de Wit (21)", "Tigist Alemu, de 31 años", "Kipchumba
# yang berusia 37 tahun") or after a hyphenated age ("29-årige Anna Holm", "the 31-year-old Tigist Alemu")
_NAMED_BEFORE = re.compile(r"(?-i:[A-ZÀ-Ý][^\W\d_]+)(?:,\s+(?:de\s+|di\s+)?|\s+\(|\s+yang berusia\s+|\s+berusia\s+)$")
_NAMED_AFTER = re.compile(
    rf"(?:{_JOINED})\s+((?-i:[A-ZÀ-Ý][^\W\d_]+)(?:\s+(?-i:[A-ZÀ-Ý][^\W\d_]+)){{0,2}})",
    re.IGNORECASE)


def age_measure(text: str, f: Figure) -> str:
    """The measure of the age ``f``: ``AGE``, or "age (Holm)" when the person's name stands beside it,
    so that the ages of two people in one story are not held against each other."""
    before = _NAMED_BEFORE.search(text, max(0, f.start - 40), f.start)
    after = _NAMED_AFTER.match(text, f.end)
    name = after.group(1).split()[-1] if after else before.group().split()[0].rstrip(",(") if before else None
    return qualified(AGE, name)


_HYPHENATED = re.compile(rf"(?<![\w.,-])(\d{{1,3}})(?=(?:{_JOINED})(?![^\W\d_]))", re.IGNORECASE)


def hyphenated_ages(text: str, lo: int, hi: int) -> list[Figure]:
    """The ages written "67-year-old", "58-Jährige", "72letý", "72χρονος" in ``text[lo:hi]``, as numbers (their
    digits; ``is_age`` then reads them as ages)."""
    return [Figure("number", m.start(1), m.end(1), float(m.group(1)), text=m.group(1))
            for m in _HYPHENATED.finditer(text, lo, hi)]
