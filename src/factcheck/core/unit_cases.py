"""Units' words in the cases a sentence gives them, where CLDR lists only those of counting: "34
centiméterre apadt", "180 méterrel" (Hungarian), "87 kilometrin matkan", "12 kilometrillä" (Finnish),
"146-kilomeetrine kaabel", "87 kilomeetri pikkusel" (Estonian), "87 kilometrus garā posmā" (Latvian),
"net 87 jūrmyles", "87 kilometrus" (Lithuanian), "28,5 milyon metreküpe", "120 kilometrelik"
(Turkish). Made by rule from the language's own long forms, for the units that measure (lengths,
areas, masses, volumes, energy, power, speeds); spans of time are listed with their cases in
``core.units``. A form a rule makes wrongly is a word no text holds."""

from __future__ import annotations

MEASURED = frozenset({"length", "area", "mass", "volume", "energy", "power", "speed"})


def case_forms(language: str, own: dict[str, str], dimension_of: dict[str, str]) -> dict[str, str]:
    """The case forms of ``own`` (the language's long unit words -> symbol) the rules of
    ``language`` make, -> symbol; {} for a language without such rules."""
    rule = _RULES.get(language)
    if rule is None:
        return {}
    out: dict[str, str] = {}
    for word, symbol in own.items():
        dimension = dimension_of.get(symbol)
        if " " in word or len(word) < 4 or dimension not in MEASURED:
            continue
        for case in rule(word, own):
            out.setdefault(case, symbol)
    return out


_BACK, _FRONT, _ROUNDED = set("aáoóuú"), set("eéií"), set("öőüű")
_VOWELS = _BACK | _FRONT | _ROUNDED
# a case ending to a consonant: (back, front, rounded front) forms; "=" doubles the consonant before it
_HU_ENDINGS = (("ra", "re", "re"), ("on", "en", "ön"), ("=al", "=el", "=el"), ("ig", "ig", "ig"),
               ("nyi", "nyi", "nyi"), ("os", "es", "ös"), ("ból", "ből", "ből"), ("ról", "ről", "ről"),
               ("nál", "nél", "nél"))


def _hungarian(word: str, own: dict[str, str]) -> list[str]:
    """"34 centiméterre apadt", "96 centimétert", "180 méterrel", "48 centiméteres"."""
    vowels = [ch for ch in word.lower() if ch in _VOWELS]
    if not vowels:
        return []
    harmony = 0 if vowels[-1] in _BACK else 2 if vowels[-1] in _ROUNDED else 1
    if word[-1] in "ae":  # "tonna" -> "tonnát", "tonnára": the vowel lengthens before an ending
        stem = word[:-1] + {"a": "á", "e": "é"}[word[-1]]
        return [stem + "t"] + [stem + e[harmony].replace("=", "v") for e in _HU_ENDINGS if not e[0].startswith("o")]
    accusative = "t" if word[-1] in "lnrsz" else ("ot", "et", "öt")[harmony]
    double = "" if word[-1] == word[-2] else word[-1]  # "méterrel", but "kilogrammal"
    return [word + accusative] + [word + e[harmony].replace("=", double) for e in _HU_ENDINGS]


# Finnish: the genitive and the local cases, on the nominative's stem ("kilometri" -> "kilometrin",
# "kilometrillä"); with both vowels of harmony, which a loanword's compound parts decide ("kilometrillä",
# "tonnilla")
_FI_ENDINGS = ("n", "lla", "llä", "lta", "ltä", "lle", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä")


def _finnish(word: str, own: dict[str, str]) -> list[str]:
    """"87 kilometrin matkan", "kuuden solmun nopeudella", "12 kilometrillä": from the nominative,
    the word whose partitive CLDR also gives ("kilometri" beside "kilometriä")."""
    if not (word + "a" in own or word + "ä" in own) or word[-1] not in "aeiouyäö":
        return []
    return [word + ending for ending in _FI_ENDINGS] + [word + word[-1] + "n"]  # "kilometriin"


# Estonian: the genitive stem (the partitive without its "t": "kilomeetrit" -> "kilomeetri") and the
# cases and the adjective ("-ne") made on it
_ET_ENDINGS = ("", "ne", "l", "le", "lt", "s", "st", "sse", "ga", "ks", "ni")


def _estonian(word: str, own: dict[str, str]) -> list[str]:
    """"146-kilomeetrine kaabel", "87 kilomeetri pikkusel lõigul", "kiirusega 11 sõlme"."""
    if not word.endswith("t") or word[:-1][-1:] not in ("i", "e", "a", "u"):
        return []
    stem = word[:-1]
    return [stem + ending for ending in _ET_ENDINGS]


# Latvian: a masculine noun in -s ("kilometrs") and a feminine one in -a ("tonna"), every case
_LV_ENDINGS = {"s": ("a", "am", "u", "ā", "i", "u", "iem", "us", "os"),
               "a": ("as", "ai", "u", "ā", "as", "u", "ām", "ās")}


def _latvian(word: str, own: dict[str, str]) -> list[str]:
    """"87 kilometrus garā posmā", "par 12 kilometriem", "150 tonnām"."""
    if word[-1] not in _LV_ENDINGS or word.endswith(("us", "os", "as")) or word[-2:-1] in ("a", "e", "i", "o", "u"):
        return []
    return [word[:-1] + ending for ending in _LV_ENDINGS[word[-1]]]


# Lithuanian: a masculine noun in -as ("kilometras") and a feminine one in -ė ("jūrmylė"), the cases
# a verb or a preposition asks for
_LT_ENDINGS = {"as": ("ą", "ui", "u", "e", "us", "ais", "ams", "uose", "ų"),
               "ė": ("ės", "ę", "ei", "e", "ėje", "es", "ėmis", "ėms", "ėse", "ių")}


def _lithuanian(word: str, own: dict[str, str]) -> list[str]:
    """"net 87 jūrmyles", "87 kilometrus", "12 kilometrų"."""
    for ending, cases in _LT_ENDINGS.items():
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return [word[:-len(ending)] + case for case in cases]
    return []


# Turkish: the cases and the adjective in "-lik", by the last vowel's harmony (two ways: a/e; four
# ways: ı/i/u/ü); "d" hardens to "t" after a voiceless consonant, "y" or "n" joins an ending to a vowel
_TR_TWO = {"a": "a", "ı": "a", "o": "a", "u": "a", "e": "e", "i": "e", "ö": "e", "ü": "e"}
_TR_FOUR = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}


def _turkish(word: str, own: dict[str, str]) -> list[str]:
    """"28,5 milyon metreküpe kadar", "71 milimetreye", "120 kilometrelik hat", "3 bin hektardan"."""
    vowels = [ch for ch in word.lower() if ch in _TR_TWO]
    if not vowels or "/" in word:
        return []
    if word.lower().endswith("saat"):
        vowels.append("e")  # "saat" (hour) takes front endings: "kilovatsaate", "megavatsaatlik"
    two, four = _TR_TWO[vowels[-1]], _TR_FOUR[vowels[-1]]
    after_vowel = word[-1].lower() in _TR_TWO
    d = "t" if word[-1].lower() in "fstkçşhp" else "d"
    return [word + ending for ending in (
        ("y" if after_vowel else "") + two, d + two, d + two + "n", ("y" if after_vowel else "") + "l" + two,
        ("y" if after_vowel else "") + four, ("n" if after_vowel else "") + four + "n", "l" + four + "k")]


def _icelandic(word: str, own: dict[str, str]) -> list[str]:
    """The genitive and the dative ("2.200 metra", "110 megavöttum", "400 gígavattstundum", "5 lítrum"),
    from each of CLDR's forms: the plural's ("metrar", "megavött"), the singular's ("metri", "megavatt")."""
    stem = word[:-2] if word.endswith(("ar", "ir")) else word[:-1] if word.endswith("i") else word
    return [stem + "a", stem + "um"]


def _uzbek(word: str, own: dict[str, str]) -> list[str]:
    """The cases and the possessive with its cases, without harmony ("840 kilometrni", "205 kilometri",
    "400 tonnagacha", "1,55 million barrelgacha"); the dative hardens after "k" and "q" ("-ka", "-qa")."""
    if not word[-1].isalpha():
        return []
    to = {"k": "ka", "q": "qa"}.get(word[-1], "ga")
    mine = word + ("si" if word[-1] in "aeiou" else "i")
    return [word + ending for ending in ("ni", to, "dan", "da", "gacha", "ning", "lik", "dir")] + \
        [mine + ending for ending in ("", "ni", "ga", "dan", "da", "gacha")]


_RULES = {"hu": _hungarian, "fi": _finnish, "et": _estonian, "lv": _latvian, "lt": _lithuanian, "tr": _turkish,
          "is": _icelandic, "uz": _uzbek}


def noun_cases(language: str, word: str) -> list[str]:
    """The case forms ``language``'s rules make of a noun that is no unit (a currency's: "jen" ->
    "jent", "jenre"); [] for a language without such rules, or where a rule needs the noun's CLDR
    forms (Finnish)."""
    rule = _RULES.get(language)
    return rule(word, {}) if rule is not None and len(word) >= 3 else []
