"""Per-language cue words for claim detection (data only; the logic is in ``claims.py``).

Every entry is matched case-insensitively on word boundaries; a space matches any run of whitespace
and an apostrophe matches ' or ’. A comparison cue ending in " #" only counts when a number (or a
currency sign and a number) follows within a few characters: "over 25 %", not "over the years".

A language missing from a table (or "und") uses the union of all languages in that table: noisier,
but an unknown language still gets its obvious cues.
"""

from __future__ import annotations

# Who says so: the span covers the cue phrase.
ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "da": ("ifølge", "rapporter viser", "siger", "sagde", "oplyser", "oplyste", "kilder", "udtaler",
           "udtalte", "fortæller", "fortalte", "meddeler", "meddelte", "skriver", "skrev",
           "interne dokumenter", "vurderer", "anslår"),
    "id": ("menurut", "dikabarkan", "laporan", "sumber internal", "sumber", "mengungkapkan",
           "mengatakan", "menyatakan", "melaporkan", "dilaporkan", "kata", "ujar", "ungkap",
           "berdasarkan data", "menurut data"),
    "en": ("according to", "reports show", "report shows", "said", "says", "say", "sources", "reportedly",
           "internal documents", "told", "announced", "stated", "reported", "estimated", "claimed",
           "data show", "data shows", "figures show", "people familiar with"),
    "de": ("laut", "zufolge", "berichtet", "berichtete", "sagte", "sagt", "erklärte", "teilte mit",
           "Quellen", "interne Dokumente", "nach Angaben"),
    "es": ("según", "informó", "fuentes", "dijo", "afirmó", "declaró", "aseguró", "de acuerdo con",
           "documentos internos"),
    "fr": ("selon", "d'après", "a déclaré", "a indiqué", "a affirmé", "sources", "a annoncé",
           "documents internes", "rapporte"),
}

# Events and actions that are checkable without a figure: "OpenAI suspended ByteDance's account".
# The reason shows the cue ("event: suspended"). Verb forms as news writes them, per language.
EVENTS: dict[str, tuple[str, ...]] = {
    "en": ("suspended", "suspends", "blocked", "blocks", "banned", "bans", "acquired", "acquires",
           "agreed to buy", "to buy", "bought", "buys", "sued", "sues", "fined", "launched", "launches",
           "resigned", "resigns", "stepped down", "step down", "steps down", "fired", "arrested",
           "charged", "recalled", "shut down", "opened an investigation", "investigating", "approved",
           "rejected", "cancelled", "canceled", "merged", "appointed"),
    "da": ("suspenderede", "suspenderet", "blokerede", "blokeret", "forbød", "forbudt", "købte", "køber",
           "opkøbte", "opkøber", "opkøbet", "sagsøgte", "sagsøgt", "idømt en bøde", "fik en bøde",
           "bøde", "lancerede", "lanceret", "fratrådte", "fratræder", "trak sig", "træder tilbage",
           "fyret", "anholdt", "sigtet", "indledt en undersøgelse", "godkendt", "afvist"),
    "id": ("menangguhkan", "ditangguhkan", "memblokir", "diblokir", "blokir", "melarang", "dilarang",
           "mengakuisisi", "akuisisi", "membeli", "dibeli", "menggugat", "digugat", "didenda",
           "dijatuhi denda", "denda", "meluncurkan", "diluncurkan", "mengundurkan diri", "mundur",
           "dipecat", "ditangkap", "penyelidikan", "menyetujui", "menolak"),
    "de": ("suspendiert", "gesperrt", "sperrt", "sperrte", "verboten", "verbietet", "verbot",
           "übernimmt", "übernommen", "übernahme", "kauft", "kaufte", "gekauft", "verklagt",
           "verklagte", "geldstrafe", "strafe", "bußgeld", "gestartet", "startet", "zurückgetreten",
           "trat zurück", "tritt zurück", "entlassen", "festgenommen", "angeklagt", "prüfung",
           "genehmigt", "abgelehnt"),
    "es": ("suspendió", "suspensión", "suspendido", "bloqueó", "bloqueado", "prohibió", "prohibido",
           "compra", "comprar", "compró", "adquirió", "adquiere", "demandó", "demanda", "multó", "multa",
           "lanzó", "lanzado", "dimitió", "dimisión", "renunció", "dejará el cargo", "despedido",
           "detenido", "investigación", "aprobó", "rechazó"),
    "fr": ("a suspendu", "suspendu", "suspension", "bloqué", "bloque", "interdit", "rachète",
           "racheter", "racheté", "rachat", "acquis", "acquisition", "poursuit", "poursuivi", "amende",
           "lancé", "lance", "démissionné", "démission", "quitte", "quittera", "licencié", "arrêté",
           "enquête", "approuvé", "rejeté"),
    "it": ("sospeso", "sospende", "bloccato", "blocca", "vietato", "vieta", "acquisito", "acquisisce",
           "comprato", "citato in giudizio", "multa", "multato", "multata", "lanciato", "dimesso",
           "dimissioni", "licenziato", "arrestato", "indagine", "approvato", "respinto"),
    "pt": ("suspendeu", "suspenso", "bloqueou", "bloqueado", "proibiu", "proibido", "comprou",
           "adquiriu", "processou", "multa", "multado", "multada", "lançou", "lançado", "demissão",
           "renunciou", "demitido", "preso", "investigação", "aprovou", "rejeitou"),
    "nl": ("geschorst", "geblokkeerd", "blokkeert", "verboden", "verbiedt", "overgenomen", "neemt over",
           "gekocht", "koopt", "aangeklaagd", "boete", "gelanceerd", "lanceert", "opgestapt",
           "afgetreden", "ontslagen", "gearresteerd", "onderzoek", "goedgekeurd", "afgewezen"),
    "sv": ("stängt av", "stängde av", "stängs av", "blockerat", "blockerade", "förbjudit", "förbjöd",
           "köpt", "köper", "köpte", "förvärvat", "stämt", "stämde", "böter", "bötfällt", "bötfälldes",
           "lanserat", "lanserade", "avgått", "avgick", "sparkad", "gripen", "utredning", "godkänt",
           "avvisat"),
}

# Comparison and change: "more than", "up from", superlatives.
COMPARISON: dict[str, tuple[str, ...]] = {
    "da": ("mere end", "mindre end", "flere end", "færre end", "over #", "under #", "op fra", "ned fra",
           "fordoblet", "halveret", "steget", "faldet", "procentpoint", "største", "højeste",
           "laveste", "sammenlignet med"),
    "id": ("lebih dari", "kurang dari", "lebih besar", "lebih kecil", "lebih banyak", "meningkat",
           "menurun", "dua kali lipat", "terbesar", "tertinggi", "terendah", "poin persentase",
           "dibandingkan", "di atas #", "di bawah #"),
    "en": ("more than", "less than", "fewer than", "over #", "under #", "up from", "down from",
           "doubled", "tripled", "halved", "compared with", "compared to", "percentage points",
           "largest", "biggest", "highest", "lowest", "rose", "fell", "increased", "decreased"),
    "de": ("mehr als", "weniger als", "über #", "unter #", "gestiegen", "gesunken", "verdoppelt",
           "halbiert", "im Vergleich zu", "Prozentpunkte", "größte", "höchste", "niedrigste"),
    "es": ("más de", "menos de", "más que", "menos que", "frente a", "duplicó", "aumentó", "cayó",
           "puntos porcentuales", "el mayor", "la mayor", "récord"),
    "fr": ("plus de", "moins de", "plus que", "moins que", "par rapport à", "doublé", "hausse",
           "baisse", "points de pourcentage", "le plus grand", "la plus grande", "record"),
}
# Language-independent comparison marks ("5 %-point", "3 pp").
COMPARISON_ANY = ("%-point", "%-points", "pp")

# Hedges and opinion words: with nothing checkable beside them, a sentence is speculation.
HEDGES: dict[str, tuple[str, ...]] = {
    "da": ("kan", "kunne", "kan være", "muligvis", "måske", "formentlig", "sandsynligvis", "synes",
           "potentielle", "potentielt", "game-changer", "bør", "ville"),
    "id": ("mungkin", "bisa", "dapat", "kemungkinan", "barangkali", "seharusnya", "diduga",
           "fantastis", "fenomenal", "akan"),
    "en": ("could", "might", "may", "perhaps", "possibly", "likely", "arguably", "i think",
           "should", "would", "potential", "game-changer", "game changer"),
    "de": ("könnte", "könnten", "kann", "vielleicht", "möglicherweise", "wahrscheinlich", "sollte",
           "würde", "potenziell"),
    "es": ("podría", "podrían", "puede", "quizás", "quizá", "tal vez", "posiblemente", "debería",
           "potencial"),
    "fr": ("pourrait", "pourraient", "peut", "peut-être", "probablement", "devrait", "potentiel"),
}

# Question words at the start of a sentence. "strong" ones make a question whatever the final
# punctuation (Indonesian -kah words, Spanish ¿); "weak" ones only when the sentence does not end
# in "." or "!" ("Hvorvidt ByteDance vil lykkes … er stadig uvist." is a statement).
QUESTION_STRONG: dict[str, tuple[str, ...]] = {
    "id": ("apakah", "akankah", "bagaimanakah", "mengapakah", "siapakah", "benarkah", "bisakah",
           "mungkinkah", "haruskah"),
    "es": ("¿",),
    "fr": ("est-ce que", "est-ce qu'"),
}
QUESTION_WEAK: dict[str, tuple[str, ...]] = {
    "da": ("hvorfor", "hvordan", "hvad", "hvem", "hvornår", "hvilken", "hvilke", "hvilket", "hvor",
           "hvorvidt", "er det", "kan"),
    "id": ("mengapa", "kenapa", "bagaimana", "siapa", "kapan", "di mana", "berapa"),
    "en": ("why", "how", "what", "who", "when", "which", "where", "is it", "will", "can", "does",
           "do", "did"),
    "de": ("warum", "wie", "was", "wer", "wann", "welche", "welcher", "wo", "ob"),
    "es": ("por qué", "cómo", "qué", "quién", "cuándo", "cuál", "dónde"),
    "fr": ("pourquoi", "comment", "que", "qui", "quand", "quel", "quelle", "où"),
}

# Page furniture: a sentence that is (or starts with, when short) one of these is not a claim.
BOILERPLATE = (
    "advertisement", "sponsored", "published", "updated", "on", "by", "share", "share this",
    "connect with us", "follow us", "subscribe", "sign up", "read more", "read also", "related",
    "comments", "cookie", "all rights reserved", "copyright", "photo", "foto", "image",
    "annonce", "læs også", "læs mere", "del artiklen", "iklan", "baca juga", "lihat juga",
    "bagikan", "anzeige", "werbung", "mehr zum thema", "publicidad", "lee también", "publicité",
    "lire aussi", "partager",
)

# Lower-case words allowed inside a multi-word name: "Bank of England", "Banco de España".
NAME_CONNECTORS = frozenset(("of", "de", "del", "la", "le", "du", "van", "von", "der", "den", "da",
                             "di", "al", "bin", "&"))

# Languages that capitalise every noun: a single capitalised word is a name only with more evidence.
NOUN_CAPITALISING = frozenset(("de", "lb"))
GERMAN_DETERMINERS = frozenset((
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "kein", "keine", "keinen", "keinem", "keiner", "sein", "seine", "ihr", "ihre", "unser", "unsere",
    "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "im", "am", "zum", "zur",
    "vom", "beim", "als", "viele", "mehrere", "einige", "alle",
))
GERMAN_COUNTERS = frozenset(("hundert", "tausend", "million", "millionen", "milliarde", "milliarden",
                             "mio", "mrd", "prozent", "dutzend"))
# Lower-case words ending like an inflected adjective that are not adjectives ("gegen Siemens").
GERMAN_PREPOSITIONS = frozenset(("gegen", "unter", "über", "hinter", "wegen", "neben", "zwischen",
                                 "außer", "gegenüber", "seiten", "wider", "oder", "aber",
                                 "sagen", "sagten", "melden", "meldeten", "berichten", "berichteten"))
GERMAN_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "chen",
                        "lein", "ling", "ment", "ität", "ie", "ik", "ur", "um")
