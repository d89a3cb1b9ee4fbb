"""What a figure measures: the words around it that name the thing counted, per language.

Two figures are compared only when they measure the same thing: "$20 million a month" that TikTok
*pays* is not "$83 million a month" of *revenue*, and "25 % of revenue" (a share) is not "29 %
growth". A figure takes the measure of the nearest of these words in its stretch of the sentence
(see ``core.figures``). The lists are word beginnings, matched case-insensitively at the start of a
word ("revenue" matches "revenues"; "umsatz" matches "KI-Umsatzes" after the hyphen), or whole words
when written with a space after ("up " is not "update"), or also the head of a compound when written
with a hyphen before ("-fälle": "Masernfälle", "-kosten": "Mehrkosten"); in scripts written without
spaces or with attached particles (Japanese, Chinese, Arabic) anywhere in a word.

A reader can follow every decision: add a language by adding its words to each measure.
"""

from __future__ import annotations

MEASURES: dict[str, tuple[str, ...]] = {
    "payment": (
        "pay", "paid", "paying", "payment", "betal", "udbetal", "betaal", "membayar", "bayar",
        "pembayaran", "menyetor", "setoran", "zahlt", "zahlte", "zahlung", "bezahl", "überweis",
        # not "abonados": subscribers
        "paga", "pago", "pagament", "pagato", "pagata", "ha abonado", "han abonado", "abonó", "abonará", "versa", "verse", "versé", "paie",
        "paiement", "pagou", "تدفع", "يدفع", "دفع", "مدفوعات", "支払", "支払い", "払っ", "भुगतान", "পরিশোধ", "betalar",
        # what a club pays another for a player is a payment too
        "transfer fee", "signing of", "for a fee", "ablöse", "-ablöse", "fichaje", "traspaso", "a cambio de",
        "transfersom", "transferência", "trasferimento", "cartellino", "indemnité de transfert",
        "montant du transfert", "biaya transfer", "nilai transfer",
    ),
    "revenue": (
        "revenue", "sales", "turnover", "brings in", "omsætning", "omsat", "omsättning", "omsetning", "indtægt", "pendapatan",
        "penjualan", "umsatz", "umsätze", "umgesetzt", "erlös", "einnahme", "ingreso", "facturación", "ricav",
        "fatturato", "chiffre d'affaires", "revenu", "recette", "receita", "faturação",
        "faturamento", "omzet", "inkomsten", "intäkt", "إيرادات", "ايرادات", "عائدات", "収益",
        "売上", "収入", "营收", "收入", "राजस्व", "রাজস্ব",
    ),
    "growth": (
        "grew", "grow ", "grows", "growing", "grown", "growth",  # not "growers"
        "rose", "increase", "expand", "vækst", "voks", "steg ", "tumbuh",
        "pertumbuhan", "meningkat", "naik", "kenaikan", "bertambah", "wuchs", "wachs", "zuwachs", "gestiegen", "stieg", "steigen", "crec",
        "aument", "subieron", "subió", "subid", "suba ", "subiu", "subiram", "cresc", "croissance", "hausse", "augment",
        "groei", "steeg", "ökade", "widened", "improved", "verbeterde", "verbesserte", "mejoró", "melhorou",
        "migliorat", "øgede", "øget", "salit", "mehr als im vorjahr", "mehr als ein jahr zuvor", "نمو",
        "ارتفع", "増加", "成長", "伸び", "增长", "वृद्धि", "বৃদ্ধি", "progress", "steigt", "gestegen",
        "増", "上升", "上涨", "rise", "rising", "up ", "opp ", "upp ", "stigning", "økning", "ökning",
        "anstieg", "plus von", "gained", "gains ", "jump", "surged", "surges ", "climbed ", "climbs ", "soar",
        "gagné", "gagne ", "bondit ", "bondi ", "avanzó", "avanza ", "avanzaron", "avanzano ", "avanzato del",
        "avançou", "avança ", "avançaram", "melonjak", "sprang ", "sprong ",
        "ascendi", "asciend", "grimpé", "grimpe ", "raise", "raising", "erhöh", "hebt", "angehoben", "anheb", "omhoog", "relève", "verhoog", "hæver",
        "höjer", "menaikkan", "balzat", "impennat", "schoss", "kletterte", "se disparó", "se dispararon", "disparou",
        "saltou", "rusade", "melesat", "s'envole", "schiet",
        # from one level to another, either way: "è passato da 17,70 a 19,60 euro"
        "passato da", "passata da", "passé de", "passée de", "pasó de", "passou de", "went from",
        "passa da", "passerà da", "passe de", "passera de", "pasa de", "pasará de", "passa de", "passará de",
        "passam de", "goes from", "will go from",
        # beaten by how much: "superó en 1,2 grados el récord"
        "superó en", "superando en", "battu de", "beating", "übertraf", "übertroffen",
    ),
    "decline": (
        "weniger als im vorjahr", "weniger als ein jahr zuvor", "weniger als vor einem jahr", "narrowed", "fell", "fallen", "falling", "drop", "declin", "decrease", "slump",
        "plunge", "faldt", "fald",
        "dykkede", "turun", "anjlok", "merosot", "fiel", "gesunken", "sank", "sinken", "rückgang", "einbruch", "eingebrochen",
        "cayó", "cayeron", "caída", "bajó", "bajaron", "descen", "chute", "chuté", "baisse", "recul", "calo ", "sces",
        "crollo",
        "daalde", "daling", "caiu", "queda", "minskade", "föll", "انخفض", "تراجع", "هبط", "下落",
        "減少", "下跌", "减少", "गिर", "गिरावट", "কমেছে", "পতন", "sinkt", "gedaald", "減", "下降",
        "down ", "ned ", "ner ", "nedgang", "minskning", "minus von", "gesenkt", "senkt ", "verlaag", "omlaag", "sænke", "sänkt",
        "senket",
    ),
    "profit": (
        "profit", "net income", "earnings", "-overskud", "vinst", "nettovinst", "-overskudd",
        "nettogewinn", "-gewinn", "-winst", "überschuss", "bénéfice", "beneficio", "ganancia", "utile", "lucro", "laba",
        "nettowinst", "純利益", "利益", "净利润", "利润", "أرباح", "ربح", "मुनाफा", "লাভ",
    ),
    # before the profit: "operating profit" is not the net profit another outlet gives
    "operating profit": (
        "operating profit", "operating income", "operating earnings", "ebit", "driftsresultat", "driftsoverskud",
        "rörelseresultat", "driftsresultatet", "betriebsergebnis", "betriebsgewinn", "operativer gewinn",
        "operative gewinn", "operativen gewinn", "operatives ergebnis", "bedrijfsresultaat", "operationele winst",
        "résultat opérationnel", "résultat d'exploitation", "bénéfice opérationnel", "beneficio operativo",
        "resultado operativo", "beneficio de explotación", "lucro operacional", "resultado operacional",
        "utile operativo", "risultato operativo", "laba operasional", "laba usaha",
    ),
    # what a player or an employee is paid ("£120,000 a week", "140.000 Euro pro Woche")
    "salary": (
        "salary", "salaries", "wage", "will earn", "gehalt", "verdienen", "verdient", "salaire", "sueldo", "salario",
        "cobrará", "cobrar", "stipendio", "ingaggio", "guadagner", "gaji", "salaris", "loon ", "salário", "løn ",
        "lön ", "lønn ",
    ),
    # the people a service counts, or whose data leaked ("18,6 juta pengguna", "186 miljoen gebruikers");
    # not "customers", whom a story counts of anything ("420,000 customers were without electricity")
    "users": (
        "users", "accounts", "subscribers", "nutzer", "konten", "gebruikers", "usuarios", "cuentas", "utenti",
        "utilisateurs", "abonnés", "pengguna", "akun", "brugere", "konti", "användare", "konton", "utilizadores",
        "usuários",
    ),
    # what something is sold or offered for; not "prices" alone, which rise as inflation does
    "price": (
        "asking price", "price tag", "priced at", "for sale", "angeboten", "zum verkauf", "te koop", "à vendre",
        "mis en vente", "a la venta", "in vendita", "à venda", "dijual", "seharga", "til salg", "till salu",
    ),
    # a figure in degrees says it is a temperature (its dimension); the words keep "ola de calor" from
    # being a tsunami's wave ("ola ")
    "temperature": (
        "temperature", "temperatur", "température", "temperatura", "suhu", "heatwave", "heat wave", "ola de calor ",
        "hitzewelle", "vague de chaleur", "ondata di calore", "onda di calore", "onda de calor ", "hittebølge",
        "hedebølge", "hittegolf", "värmebölja", "gelombang panas",
    ),
    # what a race or a contest pays its winner ("Preisgeld von 200.000 Euro", "førstepræmien på 200.000 kroner")
    "prize": (
        "prize", "preisgeld", "prijzengeld", "præmiepenge", "førstepræmie", "pengepræmie", "prispengar", "hadiah",
        "premio en metálico", "premio", "prêmio em dinheiro", "montepremi", "dotation", "se embolsó", "embolsa",
    ),
    # a tariff's rate, before the imports it is levied on ("import duties", "Einfuhrzölle")
    "tariff": (
        "tariff", "import duties", "import duty", "duties", "customs duty", "zölle", "zoll ", "einfuhrzölle", "-zölle",
        "droits de douane", "aranceles", "arancel", "dazi", "dazio", "invoerheffing", "importheffing", "heffing",
        "toldsats", "tullsats", "bea masuk", "bea impor", "tarif impor", "tarif bea", "tarifas",  # not "told", "tull"
    ),
    "imports": (
        "imports", "imported", "import ", "importiert", "einfuhr", "invoer", "voerde", "impor ", "importó",
        "importaciones", "importations", "importé",
        "importazioni", "importato", "importações", "importou", "importerede", "importerte", "importerade",
    ),
    "exports": (
        "exports", "exported", "export ", "exportiert", "ausfuhr", "uitvoer", "ekspor ", "exportó",
        "exportaciones", "exportations", "exporté",
        "esportazioni", "esportato", "exportações", "exportou", "eksporterede", "eksporterte", "exporterade",
        "venduto all'estero", "vendu à l'étranger", "vendido al extranjero", "eksport", "vývoz", "export", "exporturi",
        "exportat", "kivitel", "vienti", "izvoz", "εξαγωγ", "ihracat", "экспорт", "експорт",
    ),
    # the year a rule takes effect ("à compter du 1er octobre 2026", "tritt zum 1. Oktober 2025 in Kraft")
    "taking effect": (
        "take effect", "takes effect", "in kraft", "en vigueur", "à compter du", "entra en vigor", "entrará en vigor",
        "a partir del", "entra em vigor", "a partir de", "entra in vigore", "a partire dal", "berlaku", "mulai",
        "van kracht", "ingaande", "træder i kraft", "gælder fra", "trer i kraft", "träder i kraft",
        "حيز التنفيذ", "يسري", "تسري", "اعتبارا من", "اعتباراً من", "ابتداء من", "ابتداءً من",
    ),
    # homes built: not homes destroyed, collapsed or damaged, which outlets count at other times
    "homes built": (
        "homes were completed", "homes were built", "builders completed", "homes completed", "completions",
        "fertiggestellt", "terminaron", "terminadas", "terminó", "achevés", "achevées", "construits", "gebouwd",
        "opgeleverd", "construídas", "terminou", "costruite", "opført", "færdiggjort", "byggdes", "selesai dibangun",
        "dibangun",
    ),
    "rent": (
        # not "rent" at a word's start: "rente" is interest (nl, da, nb) and a pension (de)
        "rent ", "rents", "rental", "rented", "renting", "miete", "mieten", "loyer", "alquiler", "renda", "aluguel", "aluguer", "affitto", "affitti", "canone",
        "huur", "husleje", "hyra", "husleie", "sewa",
    ),
    "interest rate": (
        "interest rate", "policy rate", "benchmark rate", "key rate", "repo rate", "leitzins", "zinssatz", "zinsen",
        "taux directeur", "taux d'intérêt", "taux d’intérêt", "tipo de interés", "tipos de interés", "tasa de interés",
        "tasas de interés", "tasa de referencia", "taxa de juro", "taxa básica", "selic", "tasso di interesse",
        "tassi di interesse", "tasso di riferimento", "rente", "styringsrente", "styrerente", "styrränta", "ränta",
        "räntan", "reporänta", "suku bunga", "bi-rate", "bi rate", "stopa procentow", "stopy procentow",
        "stóp procentowych", "mortgage rate", "bolåneränt", "hypothekenzins", "bauzins", "sazb", "sadzb", "úrok",
        "kamat", "korko", "dobând", "επιτόκι", "oprocentowan",
    ),
    "margin": (
        "margin", "marge", "margen", "margem", "margine", "overskudsgrad", "marginal", "marjin",
    ),
    "jobs": (
        "jobs", "job cuts", "positions", "posts", "stellen", "arbeitsplätze", "emplois", "postes",
        "empleos", "puestos", "banen", "arbejdspladser", "stillinger", "jobb", "tjänster", "säger upp", "sägs upp",
        "siger op", "sier opp", "varsl",
        "posti di lavoro", "empregos", "postos de trabalho", "lapangan kerja", "phk", "人員削減", "削減",
        "裁员", "وظيفة", "وظائف", "नौकरियां", "চাকরি",
    ),
    "spending": (
        # not "investors", "investeerders": people who invest
        "spend", "spent", "invested", "investing", "investment", "invests", "invest ", "brugt", "investeret",
        "investering", "investeert", "investeren", "investiert", "investition", "investe ", "investimento",
        "ausgegeben", "gasto", "gastó", "gastar", "gastou", "gastaron", "invirti", "dépens",  # not "gast": German "Gast"
        "menghabiskan", "belanja", "investasi", "speso", "spes", "uitgegeven", "أنفق", "投資",
        "費やし",
    ),
    "fine": (
        "fine", "fined", "penalty", "amende", "multa", "multou", "sanzione", "sanción", "sanção", "sanction",
        "-strafe", "geldbuße",
        "bußgeld", "boete", "denda", "didenda", "bøde", "böter", "غرامة", "جزاء", "制裁金", "罰金",
        "罚款", "जुर्माना", "জরিমানা",
    ),
    "complaint": (
        "complain", "complaint", "plainte", "queixa", "beschwer", "queja", "denuncia", "reclamo",
        "klacht", "klage", "mengadu", "keluhan", "mengeluh", "pengaduan", "شكوى", "苦情", "申し立て",
        "投诉", "शिकायत", "অভিযোগ",
    ),
    "investigation": (
        "investigat", "probe", "inquiry", "enquête", "investigaci", "investigaç", "untersuchung",
        "ermittl", "indagine", "onderzoek", "penyelidikan", "investigasi", "undersøgelse",
        "utredning", "تحقيق", "調査", "调查", "जांच", "তদন্ত",
    ),
    # when a building or a bridge was built ("Das Stadion wurde 1961 erbaut" / "postavený v roce 1961");
    # not "rebuilt" or "renovated", which are other years. The words of homes built ("gebouwd",
    # "byggdes", "dibangun") say it of a year too (``figure_context``)
    "built": (
        "built", "constructed", "erbaut", "gebaut", "errichtet", "construit", "construido", "construida", "costruit",
        "construído", "construída", "bygget", "byggd", "zbudowan", "postaven",
        "épült", "épített", "rakennettu", "izgrađen", "χτίστηκε", "κατασκευάστηκε", "inşa edil", "ehitati",
        "ehitatud", "pastatyt", "uzbūvēt", "zgrajen", "построен", "побудован",
    ),
    "announcement": (
        "announc", "unveil", "annonc", "dévoil", "anunci", "angekündigt", "vorgestellt",
        "bekanntgegeben", "bekannt gegeben", "diumumkan", "mengumumkan", "annunci", "offentliggj",
        "aangekondigd", "أعلن", "発表", "宣布", "घोषणा", "ঘোষণা",
    ),
    # the year a record was set ("the previous record of 40.7C set in 2007", "risaliva all'agosto 2017")
    "record": (
        "record ", "records ", "rekord", "récord", "recorde ", "rekor ",  # not "recorded"
    ),
    # the year a system was broken into ("accessed its servers between 2 and 9 May 2024")
    "breach": (
        "breach", "hack", "intrusion", "accessed", "datenleck", "hackerangriff", "eingedrungen", "brecha", "hackeo",
        "acced", "violação", "invasão", "acessaram", "fuite de données", "piratage", "datalek", "hackers drongen",
        "kebocoran", "peretas", "mengakses", "violazione", "attacco informatico", "databrud", "dataintrång",
    ),
    "order": (
        "order", "ordered", "command", "encarg", "pedido", "bestell", "bestil", "auftrag", "ordin",
        # Arabic's orders, not "الطلب" alone, which is as often demand ("15 بالمئة من الطلب العالمي")
        "memesan", "pesanan", "pemesanan", "ordre", "طلبية", "طلبيات", "注文", "订单", "ऑर्डर", "অর্ডার",
    ),
    "fleet": (
        "fleet", "flies", "operates", "flotte", "flota", "armada", "flåde", "vloot", "أسطول",
        "保有", "机队", "बेड़े",
    ),
    # options to buy more, beside a firm order ("options for a further 12", "wraz z opcjami")
    "options": (
        "option", "opcj", "opsi", "optie", "opzion", "opción", "opcion", "opção", "opções", "opsjon", "opció", "опци",
        "опці",
    ),
    "value": (
        "worth", "valued", "value", "valuing", "bewertet", "värder", "waardeer", "valoris", "avalia", "takeover bid", "opa de", "opa da", "opa por", "list price", "listenpreis", "listenwert", "prix catalogue",
        "valeur", "valor", "valore", "listino", "nilai", "senilai", "værd", "waarde", "قيمة",
        "بقيمة", "価値", "价值", "कीमत", "মূল্য",
    ),
    "cost": ("cost", "koste", "-kosten", "kost ", "kostar", "coût", "costo", "coste", "costar", "custo", "custar",
             "custará", "biaya", "تكلفة", "費用", "成本", "लागत"),
    "savings": (
        "save", "saving", "spare ", "sparer ", "sparet ", "besparelse", "einspar", "sparen ", "spart ",
        "ahorr", "économis", "économies ", "poupa", "economizar", "rispar", "bespar", "bezuinig",
        "menghemat", "penghematan", "spara ", "besparing",
    ),
    "damage": (
        "damage", "losses", "schäden", "schaden", "beschädigt", "daño", "dañad", "danni", "danneggiat", "danificad",
        "dégâts", "dommages", "endommag", "kerugian", "kerusakan", "rusak", "skade", "schade", "beschadigd", "أضرار", "被害", "損害", "损失", "नुकसान", "ক্ষতি",
    ),
    "deaths": (
        "-tote", "-toten", "-doden", "dead", "death", "kills", "killed", "killing", "died", "toll", "fatalit", "døde", "dræbt", "omkom",
        "omgekomen", "om het leven", "mensen om", "dodental", "dodenaantal", "doden ",
        "ums leben", "leben gekostet", "leben kostete", "getötet", "starben", "todesopfer", "matando", "matou", "mataram", "muert", "murieron", "murió",
        "fallecid", "mort ", "morts", "morte ", "mortes", "morti", "morto ", "morta ", "mortos", "mortas", "mortal",
        "morreram",  # not "mortgages"
        "morreu", "tué", "décès", "vittim",
        "lost their lives", "lost his life", "lost her life", "mistet livet", "miste livet",
        "omkommit", "ihr leben verloren", "leben verloren", "perdieron la vida", "perdido la vida",
        "ont perdu la vie", "perdu la vie", "perderam a vida", "perso la vita", "menewaskan",
        "tewas", "meninggal", "korban jiwa", "omgekomen", "om het leven", "قتلى", "وفاة", "مصرع", "死亡",
        "死者", "मौत", "मृत", "মৃত", "নিহত",
    ),
    "injured": (
        "-verletzte", "-verletzten", "injur", "wounded", "hurt", "såret", "kvæstet", "skadet", "skadede", "skadade", "verletzt", "verwundet",
        "herid", "ferit", "ferid", "blessé", "luka", "burns", "brûlures", "verbrennungen", "quemaduras",
        "queimaduras", "ustioni", "brandwonden", "forbrændinger",
        "gewond", "جريح", "جرحى", "負傷", "受伤", "घायल", "আহত",
    ),
    "aid": (
        "aid", "relief", "nødhjælp", "hjælpepakke", "bistånd", "hjälp", "nødhjelp", "-hilfe", "-hilfen",
        "aide", "ayuda", "ajuda", "aiuti", "aiuto", "bantuan", "steun", "noodhulp", "مساعدات", "支援",
        "援助", "सहायता", "সহায়তা",
    ),
    "missing": (
        "missing", "unaccounted", "savne", "savnet", "saknad", "saknas", "vermisst", "disparu",
        "desaparecid", "dispers", "hilang", "vermist", "مفقود", "行方不明", "失踪", "लापता", "নিখোঁজ",
    ),
    "displaced": (
        "displaced", "evacuat", "evacuad", "homeless", "forced from their homes", "fled their homes",
        "left their homes", "lost their homes", "evakuer", "hjemløse", "på flugt", "evakuerade",
        "evakuiert", "obdachlos", "häuser verlassen", "ihre häuser", "vertrieben", "évacu",
        "déplacé", "sans-abri", "sinistré", "quitter leur domicile", "desplazad", "damnificad",
        "desalojad", "desabrigad", "abandonar sus hogares", "sfollat", "mengungsi", "pengungsi",
        "dievakuasi", "kehilangan tempat tinggal", "geëvacueerd", "dakloos", "نازح", "نزوح",
        "避難", "撤离", "विस्थापित", "বাস্তুচ্যুত",
    ),
    "sheltered": (
        "shelter", "abrigo", "albergue", "notunterk", "hébergé", "herberg", "opvang", "posko",
        "pengungsian", "nødly", "midlertidige boliger", "centri di accoglienza",
    ),
    "rainfall": (
        "rain", "rainfall", "precipitation", "regn", "nedbør", "nederbörd", "regen", "niederschl",
        "geregnet", "pluie", "précipitation", "lluvia", "llovi", "chuva", "choveu", "choveram", "pioggia", "piogg",
        "hujan", "curah hujan", "neerslag", "أمطار", "雨", "降水", "बारिश", "বৃষ্টি",
    ),
    "employees": (
        "employees", "employs", "employing", "staff", "workforce", "payroll", "직원", "従業員", "员工", "belegschaft", "effectifs", "beskæftiger", "sysselsätter",
        "beschäftigt", "emploie", "emplea", "emprega", "impiega", "mempekerjakan", "ansatte",
        "medarbejdere", "anställd",
        "medarbetare", "mitarbeiter", "beschäftigte", "angestellte", "salariés", "employés",
        "empleados", "plantilla", "funcionários", "colaboradores", "dipendenti", "karyawan",
        "pegawai", "werknemers", "medewerkers", "موظف", "従業員", "社员", "员工", "कर्मचारी",
        "workers", "trabajadores", "trabalhadores", "lavoratori", "travailleurs", "arbeiter", "arbeiders",
        "arbetare", "arbejdere",
    ),
    # what a buyer pays above the market price ("a 40% premium to Friday's close")
    "premium": (
        "premium", "prime ", "prima ", "prémio", "prêmio", "aufschlag", "premi ", "premie", "præmie",
        "علاوة",
    ),
    # what a footballer's club must be paid to let him go
    "release clause": (
        "release clause", "buyout clause", "buy-out clause", "cláusula de rescisión", "cláusula de liberación",
        "cláusula de rescisão", "clausola rescissoria", "clausola di rescissione", "clause libératoire",
        "clause de libération", "ausstiegsklausel", "klausul pelepasan", "klausul rilis",
        "frikøbsklausul", "utköpsklausul", "afkoopsom", "شرط جزائي",
    ),
    # a prison term: "sentenced to seven years", "sete anos de prisão", "sieben Jahren Haft"
    "prison term": (
        "prison", "jail", "imprisonment", "sentenced to", "sentence ", "cárcel", "prisión", "prisão", "prigione",
        "reclusione", "carcere", "haft ", "haftstrafe", "freiheitsstrafe", "gefängnis", "bewährungsstrafe",
        "penjara", "kurungan", "fængsel", "fängelse", "gevangenis", "celstraf", "réclusion",
        "السجن", "懲役", "禁錮", "有期徒刑", "कारावास", "কারাদণ্ড",
    ),
    "passengers": (
        "passenger", "passagier", "pasajero", "passageiro", "passeggeri", "passeggero", "penumpang",
        "passagerare", "passagerer", "fahrgäste", "fahrgast", "voyageurs", "passagers", "ركاب", "乗客", "乘客",
        "यात्री", "যাত্রী", "putni", "matkustaj", "cestující", "cestujíc", "cestujúc", "pasageri", "resenär", "reisende",
        "reizigers", "travellers", "travelers", "utasok", "utast", "επιβάτ", "yolcu",
    ),
    "crew": (
        "crew", "tripula", "członków załogi", "załog", "posádk", "echipaj", "legénység", "miehistö", "πλήρωμα",
        "posad", "mürettebat", "awak", "besättning", "besætning", "besatzung", "equipaggio", "bemanning",
        "équipage", "طاقم", "乗組員", "船员",
    ),
    # everyone on a ship or plane: passengers and crew
    "aboard": (
        "aboard", "on board", "a bordo", "ombord", "om bord", "an bord", "à bord", "aan boord", "di atas kapal",
        "على متن", "乗っていた", "carrying", "membawa", "na pokładzie", "na brodu", "na palubi", "aluksella",
        "fedélzetén", "la bord",
    ),
    # people brought home from where an event held them ("1,150 passengers had been flown home")
    "repatriated": (
        "flown home", "repatriated", "repatriation", "fløjet hjem", "fløyet hjem", "flugits hem", "flögs hem",
        "heimgeflogen", "zurückgeflogen", "rapatrié", "repatriad", "rimpatriat", "naar huis gevlogen",
        "repatriowan", "kotiutet", "lennätetty kotiin", "repatriat", "dipulangkan", "repatriert",
        # brought home, whatever the verb: "kehrten ... heim", "naar huis gebracht", "brought home"
        "brought home", "flown back", "kehrten heim", "heimgeholt", "zurückgeholt", "naar huis gebracht",
        "teruggehaald", "ramenés", "rapatriés", "traídos de vuelta", "riportati a casa", "trazidos de volta",
        "hjemtransporteret", "hämtats hem", "hentet hjem", "sprowadzon", "kotiin tuotu", "adus acasă", "aduși acasă",
    ),
    "capacity": (
        "capacity", "capacidad", "capacidade", "capacità", "kapasitas", "berkapasitas", "kapazität", "capacité", "kapacitet",
        "capaciteit", "سعة", "定員", "容量",
    ),
    # goods a list, a freeze or a recall counts ("520 basic goods", "502 productos básicos", "520-те стоки")
    "products": (
        "products", "goods", "items", "produkte", "artikel", "produits", "productos", "prodotti", "articoli",
        "produtos", "producten", "produkter", "varor", "produkty", "produktów", "towar", "výrobk", "zboží",
        "termék", "produse", "προϊόν", "ürün", "стоки", "стоков", "продукт", "товар", "tuotet", "tuotteit", "produk ",
        "barang", "prekių", "preces", "kaupa",
    ),
    "cases": (
        # not the Italian "casi": Spanish "casi" is "almost"
        "cases", "casos", "cas ", "kasus", "tilfælde", "tilfeller",
        "-fälle", "-gevallen", "infections", "infecciones", "infectados", "contagios", "إصابة", "إصابات", "حالات", "症例",
        "感染者", "病例", "मामले", "কেস",
        # the sick of an outbreak, counted as it grows ("Twenty-one Britons are among those taken ill")
        "taken ill", "fell ill", "fallen ill", "sickened", "the sick", "syge ", "smittet", "smittede", "smittade", "sjuka",
        "insjuknade", "erkrankt", "ziek ", "zieken ", "zachorowa", "chorych", "sairastu", "malades", "enfermos",
        "ammalati", "doentes", "nemocných", "onemocněl", "megbetegedett", "bolnavi", "îmbolnăvi", "oboljel",
    ),
    # ships, as a canal or a port counts them ("367 navires attendaient", "čekalo 376 brodova")
    "vessels": (
        "containerskib", "containerfartyg", "containerschiff", "containerschip", "container ship", "container vessel",
        "kontenerowc", "porte-conteneurs", "portacontainer", "portacontenedores", "porta-contentores", "ships", "vessels", "navires", "bateaux", "buques", "barcos", "embarcaciones", "navi ", "navios", "schepen",
        "schiffe", "skibe", "fartyg", "statków", "statki", "lodí", "lodě", "hajó", "alukset", "aluksia",
        "πλοία", "πλοίων", "navele", "de nave", "brodova", "brodovi", "gemi ", "gemiler",  # plurals: not a boat's "kapal", "nave"; not "gemiddeld"
    ),
    # what a ship carries: containers (not its capacity in TEU, a unit of its own)
    "containers": (
        "containers", "container ", "conteneurs", "contenedores", "contentores", "contêineres", "kontener",
        "kontejner", "konténer", "kontti", "εμπορευματοκιβώτι", "containere", "konteyner", "peti kemas",
    ),
    # the people who fight a fire or a flood, or search for its victims: their number grows by the day
    "responders": (
        "firefighters", "firemen", "fire crews", "rescuers", "rescue workers", "emergency workers",
        "feuerwehrleute", "feuerwehrmänner", "einsatzkräfte", "rettungskräfte", "helfer", "pompiers",
        "secouristes", "sauveteurs", "bomberos", "rescatistas", "socorristas", "brigadistas", "vigili del fuoco",
        "soccorritori", "bombeiros", "brandweerlieden", "brandweermensen", "hulpverleners", "reddingswerkers",
        "brandmænd", "redningsfolk", "brannmenn", "brandmän", "räddningspersonal", "petugas pemadam", "personel",
        "strażak", "ratownik", "hasič", "záchranář", "tűzoltó", "palomie", "pelastaj", "pompieri", "salvator",
        "vatrogas", "spasioc", "spasilac", "πυροσβέστ", "διασώστ", "itfaiyeci",
        "záchranár", "спасател", "пожарн", "рятувальник", "пожежник", "救援人员", "消防员", "救助隊", "消防隊員",
        "구조대원", "소방관",
    ),
    "coverage": (
        "coverage", "vaccination rate", "cobertura", "couverture", "impfquote", "durchimpfung",
        "cakupan", "vaccinatiegraad", "copertura", "vaccinationstilslutning", "vaccinationsgrad",
        "接種率", "接种率", "تغطية",
    ),
    "core inflation": (
        "core inflation", "-kerninflation", "inflación subyacente", "inflation sous-jacente",
        "inflazione di fondo", "kerninflatie", "inflasi inti", "kerneinflation", "kerneinflationen",
        "inflação subjacente", "コアインフレ", "核心通胀",
    ),
    "inflation": (
        "inflation", "inflación", "inflazione", "inflação", "inflasi", "inflatie", "teuerung",
        "インフレ率", "通胀", "تضخم", "मुद्रास्फीति", "মুদ্রাস্ফীতি",
    ),
    "unemployment": (
        "unemployment", "jobless", "unemployed", "out of work", "arbeitslose", "ohne arbeit", "arbetslösa", "arbejdsløse",
        "arbeidsledige", "werklozen", "zonder werk", "chômeurs", "sans emploi", "desempleados", "parados", "disoccupati",
        "senza lavoro", "desempregados", "penganggur", "bezrobotn", "paro ", "desempleo", "chômage", "desemprego", "-arbeitslos",
        "arbeitslosenquote", "arbeitslosigkeit", "werkloosheid", "disoccupazione", "pengangguran", "ledighed", "arbejdsløshed",
        "arbetslöshet", "arbeidsledighet", "失業率", "失业率", "بطالة", "बेरोजगारी", "বেকারত্ব",
    ),
    # whom a protest's police hold, day by day (not flights: an airport's, an airline's and a
    # controller's counts of one day are each their own; nor patients, whom a trial and an outbreak count
    # in other ways; nor households without power, each grid's count)
    "arrested": (
        "arrested", "arrests", "festgenommen", "festnahmen", "verhaftet", "interpellé", "interpellée",
        "interpellations", "detenidos", "detenciones", "arrestati", "detidos", "gearresteerd", "arrestaties",
        "anholdt", "anhållna", "gripna", "zatrzyman", "zadržan", "zatčen", "őrizetbe", "letartóztat", "reținut",
        "arestat", "uhićen", "συνελήφθησαν", "συλλήψεις", "gözaltına", "pidätettiin", "ditangkap",
    ),
    "poultry": (
        "poultry", "birds", "hens", "chickens", "broilers", "turkeys", "geflügel", "hühner", "hennen", "legehennen",
        "masthähnchen", "hähnchen", "vögel", "pluimvee", "kippen", "leghennen", "vleeskuikens", "volailles", "poules",
        "poulets", "oiseaux", "gallinas", "pollos", "galline", "polli ", "pollame", "galinhas", "frangos", "drobiu",
        "drób", "niosek", "brojler", "ptaków", "drůbež", "slepic", "kuřat", "nosnic", "fjerkræ", "høns", "høner",
        "kyllinger", "fjäderfä", "hönor", "kycklingar", "baromfi", "tyúk",
    ),
    "pigs": ("pigs", "hogs", "swine", "schweine", "varkens", "porcs", "cerdos", "suini", "maiali", "porcos", "świń",
             "prasat", "grise", "sertés"),
    "cattle": ("cattle", "cows", "rinder", "kühe", "runderen", "koeien", "bovins", "vaches", "vacas", "bovini",
               "mucche", "bydła", "krów", "skotu", "kráv", "kvæg", "nötkreatur", "szarvasmarha",
               # a Hungarian count takes the singular ("2150 tehén"); Danish, Finnish, Lithuanian, Czech
               "tehén", "tehenet", "køer", "lehmä", "nautaa", "karvių", "karvės", "karves", "galvijų", "krávy"),
    "vehicles": (
        "vehicles", "cars", "autos", "fahrzeug", "-fahrzeuge", "pkw", "voitures", "véhicules", "vehículos", "coches",
        "automóviles", "veicoli", "automobili", "auto ", "veículos", "carros", "automóveis", "voertuigen", "auto's",
        "biler", "bilar", "kjøretøy", "fordon", "køretøjer", "pojazd", "samochod", "kendaraan", "mobil ",
        "ajoneuvo", "sõiduk", "jármű", "vozid", "vozil", "vehicul", "οχήματ", "araç", "transporto priemon",
        "transportlīdzek", "автомобил", "автомобіл", "транспортных средств", "возила",
    ),
    # what a government grants a company or a sector ("dotáciou 84 miliónov eur", "a cash grant of €205m")
    "subsidy": (
        "subsid", "grant", "state aid", "subvention", "förderung", "zuschuss", "zuschüsse", "subvención", "subvenciones",
        "sovvenzion", "subsídio", "subvenção", "subsidie", "tilskud", "tilskudd", "statsstöd", "dotacj",
        "dotac", "dotác", "támogatás", "subvenți", "potpor", "επιδότησ", "sübvansiyon", "subsidi", "tuki", "toetus",
        "subsīdij", "subsidij", "субсиди", "субсиді", "보조금", "補助金", "补贴",
    ),
    # another count than the survey's: those on an agency's books
    "registered jobseekers": (
        # not "inscrits", "iscritti", "geregistreerde" alone: voters on a roll are registered too
        "registered unemployed", "jobseekers", "job seekers", "registrierte arbeitslose", "registrierten arbeitslosen",
        "arbeitssuchend", "arbeitsuchend",
        "inskrivna som arbetslösa", "inskrivna arbetslösa", "arbetssökande", "registrerede ledige", "registrerte ledige",
        "demandeurs d'emploi", "demandantes de empleo", "parados registrados", "desempleados registrados",
        "iscritti ai centri per l'impiego", "geregistreerde werklozen", "werkzoekenden", "bezrobotnych zarejestrowan",
        "zarejestrowanych bezrobotnych", "pencari kerja", "desempregados inscritos", "desempregados registados",
        "inscritos nos centros de emprego", "disoccupati iscritti", "disoccupati registrati", "chômeurs inscrits",
        "registrovaných nezaměstnaných", "uchazečů o zaměstnání", "uchádzačov o zamestnanie",
        "nyilvántartott álláskeres", "álláskeres", "șomeri înregistrați", "șomerilor înregistrați", "työnhakij",
        "rekisteröityjä työttömiä",
        "εγγεγραμμένοι άνεργοι", "εγγεγραμμένων ανέργων", "kayıtlı işsiz",
    ),
    "votes": (
        "vote", "votes", "ballots", "votos", "voix", "suffrages", "stimmen", "voti", "suara", "stemmer",
        "röster", "stemmen", "أصوات", "得票", "选票", "वोट", "ভোট",
    ),
    "seats": (
        "seats", "escaños", "sièges", "sitze", "seggi", "kursi", "mandatos", "deputados",
        "diputados", "députés", "mandater", "zetels", "مقعد", "مقاعد", "議席", "席位", "सीट",
        "আসন",
        # the members who hold them ("54 Prozent der Abgeordneten", "61% de los diputados")
        "abgeordneten", "abgeordnete", "deputati", "posłów", "posłowie",
        "poslanců", "poslanci", "képviselő", "ledamöter", "kamerleden", "deputați", "deputaţi", "βουλευτές",
        "депутатов", "депутати", "milletvekili",
    ),
    "turnout": (
        "turnout", "participación", "participation", "wahlbeteiligung", "stimmbeteiligung", "affluenza",
        "partisipasi", "comparecência", "participação", "valgdeltagelse", "valdeltagande",
        "valgdeltakelse", "opkomst", "投票率", "مشاركة", "मतदान",
    ),
    "abstention": ("abstention", "abstenção", "abstención", "astensione", "golput", "nichtwähler"),
    "magnitude": (
        "magnitude", "stärke", "magnitud", "magnitudo", "bermagnitudo", "richter", "størrelse",
        "kracht", "بقوة", "マグニチュード", "震级", "तीव्रता", "মাত্রা",
    ),
    # snow fallen or lying, in a length ("83 Zentimeter Schnee", "38cm of snow", "40 cm śniegu")
    "snow": (
        "snow", "schnee", "neuschnee", "sne ", "sneen", "snø", "neige", "nieve", "neve ", "sneeuw", "snö", "śnieg", "sníh", "sněhu", "snehu",
        "snijeg", "snijega", "snega", "havat", "lumi", "lunta", "χιόν", "salju", "zăpad", "zapad",
    ),
    "depth": (
        "depth", "deep", "tiefe", "profondeur", "profundidad", "profondità", "kedalaman", "dybde",
        "diepte", "عمق", "深さ", "深度", "गहराई", "গভীরতা",
    ),
    "wave": (
        "tsunami", "wave", "flutwelle", "welle", "vague", "ola ", "olas ", "onda", "gelombang", "bølge",
        "golf", "أمواج", "موجة", "津波", "海啸", "लहर", "ঢেউ",
    ),
    # a legal limit or threshold is no level reached: "die Maastricht-Grenze von 60 Prozent"
    "limit": (
        "limit", "ceiling", "threshold", "-grenze", "obergrenze", "schwelle", "plafond", "seuil", "límite", "umbral",
        "soglia", "tetto", "limite", "teto", "drempel", "grænse", "gräns", "ambang batas", "próg", "pułap",
    ),
    # a budget's shortfall and a state's debt, in money or as a share of GDP
    "deficit": (
        "deficit", "shortfall", "-defizit", "defizit", "déficit", "disavanzo", "underskud", "underskott", "defisit", "tekort",
        "-tekort", "deficyt",
    ),
    "debt": (
        "debt", "schulden", "-schulden", "verschuldung", "dette", "deuda", "debito", "dívida", "staatsschuld",
        "gæld", "skuld", "utang", "dług", "zadłużeni", "passivo", "pasivo",
    ),
}

#: Polish, measure by measure (word beginnings, as above).
_POLISH: dict[str, tuple[str, ...]] = {
    "inflation": ("inflacj",), "core inflation": ("inflacja bazowa",), "unemployment": ("bezroboci",),
    "passengers": ("pasażer",), "deaths": ("zginęł", "zginął", "zabit", "zmarł", "nie żyje", "zgon", "ofiar śmierteln"),
    "injured": ("rann",), "missing": ("zaginion", "zaginięc"), "displaced": ("ewakuow", "ewakuacj"),
    "growth": ("wzrost", "wzrósł", "wzrosł", "wzrośnie", "zwiększ"),
    "decline": ("spadek", "spadł", "spadnie", "spaść", "obniż", "zmniejsz"),
    "revenue": ("przychod", "przychód"), "profit": ("zysk",), "employees": ("zatrudnia", "pracownik"),
    "jobs": ("miejsc pracy", "etatów"), "fine": ("grzywn", "kara ", "karę ", "kary "),
    "cost": ("koszt",), "damage": ("szkod", "strat"), "rainfall": ("deszcz", "opad"),
    "salary": ("wynagrodz", "pensj", "płac"), "cases": ("przypadk", "zakażeń"), "votes": ("głos",),
    "seats": ("mandat",), "value": ("wart", "wycen"), "premium": ("premi",),
}

#: Czech, Slovak, Romanian, Hungarian, Finnish, Greek, Croatian and Turkish, measure by measure (word
#: beginnings, as above; none that is an English or a Scandinavian word's beginning: not Croatian "glas")
_CENTRAL_AND_SOUTH: dict[str, tuple[str, ...]] = {
    "deaths": ("zemřel", "mrtv", "obětí", "úmrtí", "zahynul", "zomrel", "mŕtv", "morț", "murit", "decese", "deces ",
               "decedat", "meghalt", "halott", "halálos áldozat", "életét vesztette", "kuoli", "kuollut", "kuolonuhr",
               "νεκρ", "σκοτώθηκ", "πέθαν", "θανάτ", "poginul", "umrl", "smrtno stradal", "öldü", "hayatını kaybetti", "hayatını kaybeden", "can kaybı"),
    "injured": ("zraněn", "zranen", "răni", "sérült", "megsérült", "loukkaant", "τραυματ", "ozlijeđen", "ranjen",
                "yaralı", "yaralandı"),
    "missing": ("pohřešov", "nezvěstn", "nezvestn", "pohrešuj", "dispăru", "eltűnt", "kadoksissa", "kateissa",
                "αγνοούμεν", "nestal", "kayıp"),
    "displaced": ("evakuov", "evakuac", "evacua", "kitelepít", "evakuál", "kimenekít", "menekítettek ki", "evakuo", "απομακρύνθηκ", "εκκενώθηκ",
                  "εκκένωσ", "evakuiran", "tahliye"),
    "cases": ("případ", "prípad", "cazuri", "megbetegedés", "tartun", "tapausta", "κρούσματ", "slučaj", "vaka"),
    "employees": ("zaměstnan", "zamestnan", "angajaț", "salariaț", "alkalmazott", "dolgozó", "munkavállaló",
                  "työntekijä", "henkilöstö", "εργαζόμεν", "υπαλλήλ", "zaposlen", "radnik", "çalışan"),
    "jobs": ("pracovních míst", "pracovných miest", "locuri de muncă", "munkahely", "työpaik", "θέσεις εργασίας",
             "radnih mjesta", "radnih mesta", "radna mesta", "радних места", "istihdam"),
    "revenue": ("tržb", "výnos", "příjm", "príjm", "venitur", "cifra de afaceri", "árbevétel", "bevétel",
                "liikevaihto", "έσοδ", "τζίρο", "prihod"),
    "profit": ("zisk", "profitul", "nyereség", "voitto", "κέρδ", "dobit"),
    "growth": ("vzrost", "vzrást", "zvýšil", "zvýšen", "stoupl", "creștere", "crescut", "növeked", "nőtt", "emelked",
               "kasvu", "kasvoi", "nousi", "nousee", "nousu", "αύξηση", "αυξήθηκ", "porast", "porasl", "artış", "arttı"),
    "decline": ("pokles", "klesl", "snížil", "propad", "zníž", "scădere", "scăzut", "csökken", "laski", "putosi",
                "μείωση", "μειώθηκ", "smanjen", "düşüş", "azal"),
    "cost": ("náklad", "costul", "costuri", "költség", "kustannu", "κόστος", "trošk", "maliyet"),
    "damage": ("škod", "pagub", "kárt", "károk", "vahing", "ζημι", "štet", "hasar", "zarar"),
    "salary": ("mzd", "salariu", "salarii", "fizetés", "béremel", "palkka", "palkan", "μισθ", "plaća", "plaće"),
    "votes": ("hlasů", "voturi", "szavazat", "ääntä", "ψήφ", "glasova", "glasovi", "oy "),
    "seats": ("mandát", "mandate", "mandátum", "paikkaa", "zastupnič"),
    "rainfall": ("srážk", "deště", "dažď", "ploi", "precipitaț", "csapadék", "eső", "sademää", "βροχ", "oborin",
                 "kiša", "yağış"),
    "inflation": ("inflace", "inflaci", "inflácia", "infláci", "inflați", "infláció", "inflaatio", "πληθωρισμ",
                  "enflasyon"),
    "unemployment": ("nezaměstnan", "nezamestnan", "șomaj", "șomer", "munkanélküli", "työttöm", "ανεργ", "nezaposlen",
                     "işsiz"),
}
#: Lithuanian, Latvian, Estonian, Slovenian, Bulgarian, Russian and Ukrainian, and orders and fleets in
#: the languages above (word beginnings; none that begins a common word of another language: not
#: Lithuanian "alga" (salary; "algorithm"), Slovenian "globa" (a fine; "global"), "kilo" (rose))
_BALTIC_AND_EAST: dict[str, tuple[str, ...]] = {
    "deaths": ("žuvo", "žuvusi", "žuvę", "gāja bojā", "bojāgāj", "hukkus", "hukkun", "surnu", "umrl", "smrtn",
               "загина", "загинал", "загиб", "загинул", "жертв", "почина", "погиб", "умер", "скончал", "помер"),
    "injured": ("sužeist", "nukentėj", "ievainot", "cietuš", "vigastat", "vigastus", "poškodovan", "ранен", "ранени",
                "пострада", "травм", "поранен", "травмован", "постражд"),
    "missing": ("dingusi", "dingę", "pazudu", "kadunu", "pogreša", "изчезнал", "пропавш", "без вести", "зникл",
                "безвісти"),
    "passengers": ("keleivi", "pasažier", "reisija", "potnik", "пътник", "пътници", "пассажир", "пасажир"),
    "employees": ("darbuotoj", "darbinie", "töötaja", "служител", "сотрудник", "працівник", "співробітник"),
    "jobs": ("darbo viet", "darba viet", "töökoh", "delovnih mest", "delovna mesta", "работни места", "рабочих мест",
             "робочих місць", "робочі місця"),
    "revenue": ("pajam", "ieņēmum", "apgrozījum", "käive", "käibe", "приход", "выручк", "виручк"),
    "profit": ("peln", "peļņ", "kasum", "dobiček", "dobičk", "печалб", "прибыль", "прибуток", "прибутку"),
    "growth": ("padidė", "didės", "didėj", "išaug", "pakils", "pakilo", "pieaug", "palielin", "kasvas", "kasvu", "tõus",
               "zrasl", "zvišal", "zviša", "povečal", "ръст", "растеж", "нарасна", "увелич", "повиш", "рост ", "роста", "вырос",
               "повыс", "повыш", "зрост", "зріс", "збільш", "підвищ"),
    "decline": ("sumažė", "nukrit", "samazin", "langus", "vähene", "padec", "zmanjš", "спад", "намал",
                "снижен", "сниз", "упал", "сокращ", "знижен", "зниз", "впав", "скороч"),
    "inflation": ("infliacij", "inflācij", "inflatsioon", "inflacij", "инфлаци", "инфляци", "інфляці"),
    "unemployment": ("nedarb", "bezdarb", "tööpuudus", "brezposeln", "безработиц", "безробітт"),
    "deficit": ("deficīt", "puudujääk", "primanjkljaj", "дефицит", "дефіцит"),
    "debt": ("skolos", "skolą", "parād", "võlg", "dolga ", "dolg ", "dolgu", "дълг", "долг ", "долгов", "госдолг", "борг"),
    "salary": ("atlyginim", "atalgojum", "palga", "plač", "заплат", "зарплат", "заработн", "заробітн",
               # minimum wages, in words that join "minimum" and "wage" ("Minimilönen", "mindstelønnen")
               "minimilön", "mindsteløn", "minstelønn", "mindestlohn", "minimumloon", "minimipalk", "vähimmäispalk",
               "minimalna mėnesinė alga", "minimālā alga", "miinimumpalk", "minimalna plača"),
    "fine": ("bauda", "baudą", "baudos", "trahv", "глоба", "штраф"),
    "damage": ("žala", "žalą", "žalos", "nuostol", "zaudējum", "postījum", "kahju", "щет", "ущерб", "збит"),
    "order": ("užsak", "pasūt", "tellimus", "naroč", "поръч", "заказ", "замовл", "beställ", "zamów", "objedn",
              "megrendel", "tilas", "παραγγελ", "naruč", "sipariş"),
    "fleet": ("flottan", "flottor", "flåte", "laivyn", "флот", "lennukipark", "flotil"),
    "votes": ("balsų", "balsu", "häält", "glasov", "гласа", "голос", "votave", "votat ", "votash"),
    "cases": ("atvej", "gadījum", "juhtum", "случа", "випадк"),
    "displaced": ("евакуира", "эвакуир", "евакуйов"),
}
for _measure, _words in (*_POLISH.items(), *_CENTRAL_AND_SOUTH.items(), *_BALTIC_AND_EAST.items()):
    MEASURES[_measure] += _words

#: What a change in percent is measured against, as the period it spans: "0.4% month on month" is not
#: "2.6% year on year", though both are prices rising in one November.
CHANGE_BASES: dict[str, tuple[str, ...]] = {
    "monthly": (
        "month on month", "month-on-month", "month over month", "month-over-month", "m/m",
        "from the previous month", "from a month earlier", "on the month", "vormonat", "sur un mois",
        "par rapport au mois précédent", "intermensual", "mensual", "respecto al mes anterior",
        "em relação ao mês anterior", "i forhold til måneden før", "fra måneden før", "jämfört med föregående månad",
        "dibanding bulan sebelumnya", "secara bulanan", "month-to-month", "congiunturale", "前月比", "环比",
        "mes anterior", "mês anterior", "mese precedente", "mois précédent", "månaden innan", "в месячном выражении",
        "aylık bazda", "전월 대비", "전달 대비", "so với tháng trước",
    ),
    "quarterly": (
        "quarter on quarter", "quarter-on-quarter", "quarter over quarter", "q/q", "qoq",
        "from the previous quarter", "vorquartal", "sur un trimestre", "intertrimestral",
        "trimestre anterior", "kvartalet før", "kuartal sebelumnya", "前期比", "mezičtvrtletn", "medzištvrťročn",
        "kwartał do kwartału", "k/k", "negyedéves alapon", "edellisestä neljännekse", "im quartalsvergleich",
        "previous quarter", "prior quarter", "trimestre précédent", "föregående kvartal", "forrige kvartal",
        "trimestre precedente", "vorigen quartal", "vorige kwartaal", "poprzedniego kwartału",
    ),
    "yearly": (
        "year on year", "year-on-year", "year over year", "year-over-year", "y/y", "yoy",
        "from a year earlier", "from a year ago", "on the year", "annual rate", "12-month", "vorjahr",
        "sur un an", "glissement annuel", "interanual", "tasa anual", "en un año", "em termos homólogos",
        "homóloga", "i forhold til samme måned sidste år", "år til år", "på årsbasis", "jämfört med samma månad",
        "dibanding tahun sebelumnya", "secara tahunan", "tendenziale", "su base annua", "前年比",
        "a year earlier", "same quarter last year", "same period last year", "jämfört med samma kvartal",
        "jämfört med samma period", "samme kvartal sidste år", "samme periode sidste år", "même trimestre de l'an",
        "même période de l'an", "un an plus tôt", "mismo trimestre del año", "mismo periodo del año",
        "stesso trimestre dell'anno", "stesso periodo dell'anno", "zelfde kwartaal vorig jaar",
        "dezelfde periode vorig jaar", "kuartal yang sama tahun", "analogicznego okresu", "rok do roku", "r/r",
        "w ujęciu rocznym", "im jahresvergleich", "meziročn", "medziročn", "éves alapon", "egy évvel korábban",
        "vuodentakais", "edellisvuode", "față de anul trecut", "na godišnjoj razini", "σε ετήσια βάση",
        "前年同期比", "同比",
        # the same month or period a year before, as more of the press says it
        "samme måned i fjor", "samme periode i fjor", "samme kvartal i fjor", "samme tid i fjor",
        "samme måned året før", "samme måned sidste år", "samma månad i fjol", "samma månad förra året",
        "samma period i fjol", "samma period förra året", "dezelfde maand vorig jaar", "een jaar eerder",
        "op jaarbasis", "mesmo mês do ano", "mesmo período do ano", "igual período do ano", "na comparação anual",
        "em termos anuais", "mismo mes del año", "igual mes del año", "en términos anuales", "stesso mese dell'anno",
        "un anno fa", "même mois de l'an", "même mois de l'année", "год к году", "в годовом выражении",
        "аналогичным периодом", "аналогичного периода", "тем же месяцем", "у річному вимірі", "рік до року",
        "аналогічного періоду", "yıllık bazda", "geçen yılın aynı", "önceki yılın aynı", "vuoden takaise",
        "viime vuoden vastaava", "analogicznym okresem", "az előző év azonos", "față de aceeași lună", "în ritm anual",
        "međugodišnje", "periode yang sama tahun", "bulan yang sama tahun", "cùng kỳ năm", "على أساس سنوي",
        "الفترة نفسها من العام", "سالانه", "सालाना आधार", "पिछले साल की समान", "前年同月", "去年同期", "전년 동월", "전년 동기",
        "전년 대비", "지난해 같은", "작년 같은", "ช่วงเดียวกันของปี",
    ),
    # since an event: "acumula una caída cercana al 27% desde el ataque", "down 27% since the attack"
    "since": (
        "since the", "since its", "since it", "desde el", "desde la", "desde que", "depuis le", "depuis la",
        "depuis l'", "depuis que", "seit dem", "seit der", "seit beginn", "sinds de", "sinds het", "dal giorno",
        "dall'inizio", "desde o", "desde a", "sejak", "od czasu", "od początku",
    ),
}

#: Measures of sums of money: a small number written bare is never one ("the fine imposed on three
#: power companies"); a sum written without its currency has its scale ("la multa di 2,87 milioni")
SUMS: frozenset[str] = frozenset({"payment", "revenue", "profit", "operating profit", "spending", "fine", "cost",
                                  "savings", "aid", "subsidy", "value", "release clause", "premium", "salary",
                                  "prize", "imports", "exports", "rent"})
SMALLEST_BARE_SUM = 1000

#: Measures that change over time (tolls, counts "so far"): two outlets' figures of different days
#: are a timeline, not a contradiction.
CHANGING: frozenset[str] = frozenset({"deaths", "injured", "missing", "displaced", "sheltered", "cases", "responders",
                                      "vessels", "repatriated",  # the ships waiting at a blocked canal, too
                                      "poultry", "pigs", "cattle",  # the animals culled so far
                                      "arrested"})

#: Measures that say only that a figure is a sum ("aid worth 1.2 billion", "bantuan senilai", "a deal
#: valued at"), or a sum another outlet may name by what it is of ("save 1.5 billion euros a year" is
#: "Arbeitskosten um 1,5 Milliarden Euro pro Jahr sinken"): such a figure is compared with one of any
#: measure, but never called a conflict with one of another measure.
GENERIC: frozenset[str] = frozenset({"value", "savings"})

#: The measures of a change: they say by how much, not what the level is ("fell 12% to ...")
CHANGES: frozenset[str] = frozenset({"growth", "decline"})

#: Macroeconomic measures a government or a bank forecasts as often as it reports them: a figure
#: said to be expected measures the forecast (``core.forecasts``).
FORECASTABLE: frozenset[str] = frozenset({"inflation", "core inflation", "unemployment", "deficit", "debt",
                                          "growth", "decline", "interest rate"})

#: Measures that say how a sum is counted, not what it is: an offer, a dividend and a closing price
#: are all "per share", a repair's cost and a refund "per car" (``core.deal_terms``). Such figures are compared only with each other, and
#: never called a conflict for that alone.
HOW_COUNTED: frozenset[str] = frozenset({"per share", "per car", "per family", "per household", "per person",
                                         "per hectare"})

#: A measure that says what sort of another measure's figure it is, wherever it stands in the
#: figure's clause: "save 1.5 billion euros in labour costs" and "menghemat biaya ... 1,5 miliar"
#: are costs saved; "con capacidad para 250 pasajeros" is no count of passengers; "había pedido
#: diecinueve años de prisión" is a prison term asked for, not an order; "with options, the order is
#: worth $4.65bn" is more than the firm order; "paying his €60m release clause" is the clause's sum.
QUALIFIED_BY: dict[str, tuple[str, ...]] = {
    "cost": ("savings",), "order": ("prison term", "options"), "payment": ("release clause",),
    # passengers by what happened to them, beside those aboard: taken ill, flown home ("428 people taken
    # ill", "1,150 passengers had been flown home")
    "passengers": ("capacity", "cases", "repatriated"),
    # workers a fire drove out are no count of the staff ("negyven dolgozót menekítettek ki")
    "employees": ("displaced",),
}

#: Measures that describe only some figures (a kind, or a dimension of a number): "announced" dates a
#: year ("announced in 2020") but does not set an announced sum apart from the same sum paid; "rain"
#: measures millimetres, not "deaths from the rains".
#: Counts of people.
PEOPLE: frozenset[str] = frozenset({"passengers", "crew", "aboard", "deaths", "injured", "missing", "displaced",
                                    "sheltered", "employees", "users", "cases", "responders"})

#: Measures that are spans of time themselves ("drei Jahre Haft"): a figure of days or years keeps them.
SPANS_OF_TIME: frozenset[str] = frozenset({"prison term"})

#: Counts an outlet may give for its own country or for the world ("In Deutschland 186.000 Autos",
#: "1.2 million cars worldwide"): the places their statements name are kept (``core.places``).
LOCAL_COUNTS: frozenset[str] = PEOPLE | {"vehicles"}

ONLY_FOR: dict[str, frozenset[str]] = {
    "announcement": frozenset({"year"}),
    "built": frozenset({"year"}),
    "taking effect": frozenset({"year"}),
    "record": frozenset({"year"}),  # "a record 41.9C" is a temperature, said as any other
    "breach": frozenset({"year"}),
    "rainfall": frozenset({"length", "volume"}),
    "snow": frozenset({"length"}),
    "savings": frozenset({"money"}),
    "interest rate": frozenset({"percent"}),  # not "help save 100 lives"
    "prison term": frozenset({"number"}),  # not a fine "in prison costs"
    # counts of people: a share of them may be given, never a mass or a length ("30 ton brændstof")
    **{counted: frozenset({"number", "percent"}) for counted in LOCAL_COUNTS},
    # counts: "38 % of those arrested" is a share of something they did
    **{counted: frozenset({"number"}) for counted in ("arrested", "poultry", "pigs", "cattle", "products")},
}

#: Phrases that begin with a measure word and are none: "India accounts for 15% of global consumption"
#: counts no accounts
NOT_MEASURES: tuple[str, ...] = ("accounts for", "account for", "accounted for", "accounting for")

#: Measure words that are other words in a neighbouring language: Dutch "banen" (jobs) is the
#: Scandinavian "the track" ("banen ble justert": the rate path was adjusted)
FALSE_FRIENDS: dict[str, frozenset[str]] = {"banen": frozenset({"da", "nb", "nn", "no", "sv"})}

#: Measures a year can be the date of ("complained in 2019", "opened an investigation in 2020"):
#: only years tied to one of these are compared.
EVENTS: frozenset[str] = frozenset({"complaint", "investigation", "announcement", "fine", "order", "record", "breach",
                                    "taking effect", "built"})

#: Words that make a figure a lower or upper bound ("at least 48", "more than 300").
BOUNDS: dict[str, tuple[str, ...]] = {
    "min": (
        "at least", "more than", "over", "mindst", "mere end", "over", "mindestens", "mehr als",
        "über", "au moins", "plus de", "al menos", "más de", "almeno", "oltre", "più di",
        "pelo menos", "mais de", "minimal", "sedikitnya", "setidaknya", "lebih dari", "minstens",
        "meer dan", "ruim", "gut", "godt", "drygt", "drøyt", "ponad", "co najmniej", "przeszło", "powyżej",
        "więcej niż", "أكثر من", "ما لا يقل عن", "少なくとも", "至少", "超过", "超過", "逾", "不少于", "不少於",
        "최소",
        "yli", "vähintään", "több mint", "legalább", "više od", "najmanje", "víc než", "více než", "nejméně",
        "peste", "cel puțin", "τουλάχιστον", "minst", "en az", "en azından", "vähemalt", "vismaz", "mažiausiai",
        "vsaj", "najmanj", "aspoň", "alespoň", "поне", "най-малко", "щонайменше", "не менее", "πάνω από",
        "περισσότερα από", "περισσότεροι από", "περισσότερες από",
        # a verb right before the figure: "passengers top 24 million", "a dépassé 1 000 hectares"
        "top", "tops", "topped", "exceed", "exceeds", "exceeded", "surpassed", "passed", "overstiger", "oversteg",
        "oversteget", "overskred", "übersteigt", "überstieg", "überschritt", "übertraf", "dépasse", "dépassé",
        "supera", "superó", "superato", "ultrapassa", "ultrapassou", "overschrijdt", "overschreed", "melampaui",
        "melebihi", "przekroczył", "przekroczyła", "przekracza", "ylitti", "ylittää",
        "hơn", "ít nhất", "tối thiểu",  # not "trên", also "on"
    ),
    "max": (
        "at most", "less than", "up to", "under", "op til", "upp till", "bis zu", "jusqu'à",
        "fino a", "højst", "under", "mindre end", "höchstens", "weniger als",
        "au plus", "moins de", "menos de", "meno di", "kurang dari", "maksimal", "hooguit",
        "minder dan", "najwyżej", "maksymalnie", "mniej niż", "poniżej", "miejscami do", "nawet do", "أقل من", "不到",
        "不超过", "不超過", "少于", "少於", "不足", "최대",
        "enintään", "kevesebb mint", "legfeljebb", "manje od", "najviše", "méně než", "nejvýše",
        "cel mult", "până la", "λιγότερο από", "έως", "högst", "høyst", "en fazla", "najviac", "maximálně",
        "не более",
        "hasta", "até", "op mod", "opp mot", "opptil", "upp emot", "uppemot", "upp mot",
        "dưới", "tối đa", "không quá",
    ),
}

#: The same after the figure, in the languages that say "1,000 or more" that way: "1000人以上",
#: "1000多人", "1,000명 이상", "1천여 명", "1,000 से अधिक", "1.000'den fazla", "১,০০০-এর বেশি". Patterns
#: matched right after the figure; a counter or unit may stand between ("人", "명", "を"), not an age:
#: "16歳未満", "65岁以上", "65세 이상" name a group by its ages, and the figure is no count of it.
# what may stand between a figure and such a word: a counter or unit of Chinese and Japanese ("人",
# "を") or Korean ("명"), not an age's; Hindi's and Urdu's "than", Turkish's ablative ("'den"), Bengali's
# genitive ("-এর")
_CJK_COUNTER = r"(?:(?![歳岁])[\u3040-\u30ff\u3400-\u9fff]){0,3}?"
_KOREAN_COUNTER = r"(?:(?!세)[\uac00-\ud7a3]){0,2}\s?"
_THAN = {"hi": r"\s*से\s+", "ur": r"\s*سے\s+", "tr": r"['’]?[dt][ae]n\s+", "bn": r"\s*-?এর\s+"}
BOUNDS_AFTER: dict[str, str] = {
    "min": rf"{_CJK_COUNTER}(?:以上|超)|[多余](?=[\u3400-\u9fff])|余り"
           rf"|{_KOREAN_COUNTER}(?:이상|넘는|넘게|넘어|초과)|여(?=\s?[\uac00-\ud7a3])"
           rf"|{_THAN['hi']}(?:अधिक|ज़्यादा|ज्यादा|\u095b\u094dयादा)|{_THAN['ur']}(?:زائد|زیادہ)"
           rf"|{_THAN['tr']}(?:fazla|çok)\b|{_THAN['bn']}(?:বেশি|অধিক)",
    "max": rf"{_CJK_COUNTER}(?:以下|未満|以内)|{_KOREAN_COUNTER}(?:이하|미만)"
           rf"|{_THAN['hi']}कम|{_THAN['ur']}کم|{_THAN['tr']}az\b|{_THAN['bn']}কম",
}
