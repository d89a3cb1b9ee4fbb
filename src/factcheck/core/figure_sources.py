"""Whose count a figure is, where an outlet says so: "42 000 personnes selon la police", "Según los
organizadores, 110.000", "der Polizei zufolge 24.000", "a rendőrség szerint 40 ezer"; whose demand and
whose offer ("Ametiühing nõuab 7,5 protsenti, tööandjad pakuvad 3,2 protsenti"); whose estimate of
its own ("the opposition puts the real deficit at 3.4%").

Police and organisers, a union and a ministry count one march, one strike or one toll differently
and both are reported: their figures are two readings, not a misreport of each other, while two
outlets giving the police's count must agree. The sources are kinds of counter named alike in
every language's press (a police force is "police" whichever city's), so they are matched by
kind, not by name.

A figure takes the source said right after it ("110 000 selon les organisateurs"), or else the
nearest said before it with no other figure between ("Selon la police, 42 000 personnes").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from factcheck.core.models import Figure
from factcheck.core.scripts import fold

# stems of each kind of counter, lower case
_KINDS = {
    "police": ("police", "politi", "polizei", "policía", "policia", "polizia", "politie", "policj", "policie",
               "polícia", "rendőr", "poliți", "policij", "αστυνομ", "polis", "poliisi", "polisi", "carabinier",
               "gendarmer", "guardia civil"),
    "organisers": ("organiser", "organizer", "arrangør", "arrangör", "veranstalter", "organisateur", "organizador",
                   "organizzator", "organisator", "organizator", "pořadatel", "usporiadateľ", "szervező", "διοργανωτ",
                   "organizatör", "järjestäj", "penyelenggara",
                   # the unions that call a march or a strike are its organisers
                   "union", "fagforening", "fagbevægelse", "fackförbund", "facket", "fagforbund", "gewerkschaft",
                   "syndicat", "sindicat", "sindacat", "vakbond", "związk", "odbor", "szakszervezet", "sindikat",
                   "συνδικ", "sendika", "ammattiliit", "liiton", "serikat pekerja", "serikat buruh", "ametiühing",
                   "arodbiedrīb", "profsąjung", "профсоюз", "профспілк", "синдикат"),
    # and those who sit across the table from a union: its demand and their offer are two sides' figures
    "employers": ("employer", "arbeitgeber", "patronat", "patronal", "empresarios", "datori di lavoro", "datoriale",
                  "werkgever", "arbetsgivar", "arbejdsgiver", "arbeidsgiver", "pracodawc", "zaměstnavatel", "munkáltató",
                  "angajator", "poslodav", "εργοδότ", "işveren", "työnantaj", "tööandja", "darba devēj", "darbdav",
                  "работодател", "роботодав", "pengusaha"),
    "ministry": ("ministry", "minister", "ministerium", "ministère", "ministerio", "ministero", "ministério",
                 "ministerie", "ministerstv", "minisztérium", "ministerul", "ministarstv", "υπουργ", "bakanlığ",
                 "ministeriö", "kementerian", "departementet", "utrikesdepartement", "finansdepartement",
                 "utenriksdepartement"),  # Sweden's and Norway's ministries
    # a company counting its own ("Enligt bolaget befinner sig 11 400 resenärer utomlands"), as against
    # a ministry's count of the same
    "the company": ("company", "firm", "carrier", "unternehmen", "konzern", "compagnie", "entreprise", "empresa",
                    "compañía", "azienda", "società", "compagnia", "bedrijf", "maatschappij", "selskabet", "bolaget",
                    "selskapet", "selskaberne", "bolagen", "selskapene", "yhtiön", "spółk", "společnost", "spoločnost",
                    "vállalat", "társaság", "compania", "şirket", "εταιρεί", "perusahaan"),
    "the central bank": ("central bank", "centralbank", "zentralbank", "notenbank", "banque centrale", "banco central",
                         "banca centrale", "centrale bank", "bank sentral", "nationalbank", "národní banka",
                         "národná banka", "nemzeti bank", "banca națională", "narodna banka", "narodowy bank",
                         "κεντρική τράπεζα", "merkez bankası", "keskuspankki", "riksbank", "norges bank"),
}
# Critics and watchdogs, whose figures are estimates of their own: "the opposition puts the real
# deficit at 3.4%", "Budgetrådet bedömer dock att underskottet landar på 3,2 procent". Their figure
# is not a misreport of the official one, whoever reports it, so it is compared only with the same
# critic's. Named anywhere before a figure of its sentence (with no figure between), such a critic
# is the figure's source: they are named to be quoted.
# Not analysts: "analysts say it will cut around 350 jobs" most often passes on the firm's figure.
_OWN_ESTIMATES = {
    "the opposition": ("opposition", "opposizion", "oposici", "oposiç", "opozycj", "opozycyjn", "opozic", "opozíci",
                       "ellenzék", "opoziți", "oporb", "αντιπολίτευσ", "muhalefet", "oppositio", "oposisi", "oppositie",
                       "opposisjon", "оппозици", "опозиці", "опозици"),
    "the fiscal council": ("fiscal council", "fiscal watchdog", "budget watchdog", "budget office", "fiskalrat",
                           "stabilitätsrat", "conseil budgétaire", "haut conseil des finances", "consejo fiscal", "airef",
                           "consiglio fiscale", "ufficio parlamentare di bilancio", "rada fiskalna", "budgetråd",
                           "finanspolitiska råd", "finanspolitisk råd", "biudžeto priežiūros", "fiskālās", "fiskalni svet",
                           "fiskalno vijeće", "rozpočtová rada", "rozpočtovú zodpovednosť", "költségvetési tanács",
                           "consiliul fiscal", "δημοσιονομικό συμβούλιο", "arviointineuvosto", "фискальн", "фіскальн",
                           "фискален съвет", "бюджетный совет"),
}
OWN_ESTIMATES = frozenset(_OWN_ESTIMATES)
_KINDS |= _OWN_ESTIMATES
# words that say the count is someone's, before the counter ("according to police", "selon la
# police") or after it ("a rendőrség szerint", "polise göre", "poliisin mukaan", "der Polizei zufolge")
_BEFORE = ("according to", "ifølge", "enligt", "laut", "nach angaben", "selon", "d'après", "d’après", "según",
           "secondo", "stando a", "segundo", "de acordo com", "volgens", "według", "wg", "podle", "podľa",
           "potrivit", "conform", "prema", "σύμφωνα με", "menurut")
_AFTER = ("szerint", "göre", "mukaan", "zufolge")
# a counter counting or claiming: "police counted", "zählte die Polizei", "les syndicats revendiquent"
_VERBS = ("counted", "estimated", "put the number", "put the figure", "put the crowd", "claimed", "zählte", "zählten",
          "schätzte", "schätzten", "sprach von", "sprachen von", "compté", "comptait", "revendique", "revendiquent",
          "estime", "estiment", "contó", "contaron", "cifró", "cifraron", "cifra", "cifran", "hablan de",
          "contato", "stimato", "parla di", "parlano di", "contou", "estimou", "telde", "telden", "talte",
          "anslog", "räknade", "policzyła", "policzyli", "napočítala", "odhadla", "számolt", "a numărat", "au numărat",
          "izbrojila", "μέτρησε", "saydı", "laski", "menghitung")


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_KIND_OF = {stem: kind for kind, stems in _KINDS.items() for stem in stems}
_COUNTER = rf"(?P<who>(?:{_alternation(list(_KIND_OF))})[^\W\d_]*)"
_GAP = r"(?:\s+[^\W\d_]+){0,3}\s+"  # "selon la police de Bruxelles", "according to the local police"
_SAID = tuple(re.compile(rf"(?<![^\W\d_])(?:{form})(?![^\W\d_])", re.IGNORECASE) for form in (
    rf"(?:{_alternation(_BEFORE)}){_GAP}{_COUNTER}",
    rf"{_COUNTER}(?:\s+[^\W\d_]+){{0,2}}\s+(?:{_alternation(_AFTER)})",
    rf"{_COUNTER}(?:[\s,]+[^\W\d_]+){{0,2}}[\s,]+(?:{_alternation(_VERBS)})",  # "les organisateurs, eux, revendiquent"
    rf"(?:{_alternation(_VERBS)})(?:\s+[^\W\d_]+)?\s+{_COUNTER}",
))
# every form names a counter: the cheap test first, on the lower-cased sentence (IGNORECASE over many
# alternatives is slow)
_ANY_COUNTER = re.compile(_alternation(list(_KIND_OF)))
# the stems folded as a matched word is (``scripts.fold``), the longest first: built once, not per word
_LONGEST_FIRST = [(fold(stem), kind) for stem, kind in sorted(_KIND_OF.items(), key=lambda x: -len(x[0]))]
# the counters whose naming anywhere before a figure makes it theirs: critics, the two sides of a
# pay dispute ("Ametiühing nõuab 7,5 %, tööandjad pakuvad 3,2 protsenti"), and the forecasters of a
# budget ("Česká národní banka očekává inflaci 2,7 %" is not the ministry's 2.9 % forecast)
_NAMED_BEFORE = (*OWN_ESTIMATES, "employers", "organisers", "ministry", "the central bank")
_NAMED = re.compile(rf"(?<![^\W\d_])(?:{_alternation([w for k in _NAMED_BEFORE for w in _KINDS[k]])})[^\W\d_]*",
                    re.IGNORECASE)
_RIGHT_AFTER = 25  # characters: "110 000 selon les organisateurs", "(12 000 selon les syndicats)"


def _kind(word: str) -> str | None:
    folded = fold(word)
    return next((kind for stem, kind in _LONGEST_FIRST if folded.startswith(stem)), None)


def with_sources(text: str, figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """``figures`` (of the sentence ``text``), each marked with the kind of counter it is said to be of."""
    # (start, end, kind, whether it may follow its figure: "110 000 selon les organisateurs", not
    # "24.000 Teilnehmer, die Gewerkschaften sprachen von 110.000")
    if not figures or _ANY_COUNTER.search(text.lower()) is None:
        return tuple(figures)
    said = sorted([(m.start(), m.end(), _kind(m.group("who")), n < 2)
                   for n, pattern in enumerate(_SAID) for m in pattern.finditer(text)]
                  + [(m.start(), m.end(), _kind(m.group()), False) for m in _NAMED.finditer(text)])
    said = [s for s in said if s[2] is not None]
    if not said:
        return tuple(figures)
    main = [f for f in figures if not f.courtesy]
    out = []
    for i, f in enumerate(figures):
        # its own conversions in brackets go with it: "3,8 miljoner euro per dag (nästan 43 miljoner
        # kronor), enligt bolagen" is the companies' 3.8 million
        end = f.end
        for g in figures[i + 1:]:
            if not g.courtesy or f.courtesy:
                break
            end = g.end
        after = [s for s in said if s[3] and f.end <= s[0] <= end + _RIGHT_AFTER and not _between(main, f.end, s[0])]
        before = [s for s in said if s[1] <= f.start and not _between(main, s[1], f.start)]
        source = after[0] if after else (before[-1] if before else None)
        out.append(replace(f, source=source[2]) if source else f)
    return tuple(out)


def _between(figures: Sequence[Figure], lo: int, hi: int) -> bool:
    return any(lo <= g.start < hi for g in figures)
