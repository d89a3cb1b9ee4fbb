"""Period words: "a month", "månedligt", "setiap bulan", "pro Monat", "al mes", "毎月", "شهريا".

``find_periods(text)`` gives the set of periods a text names; ``PERIOD_RE`` finds each word with its
place, so that a figure can take the period written next to it ("$20 million a month").
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.core import cldr_periods
from factcheck.core.scripts import WITHOUT_SPACES

# Period words per period, for the languages we see most; matched case-insensitively on word bounds.
PERIODS: dict[str, tuple[str, ...]] = {
    "monthly": (
        # the adjective and "every month" in Arabic, Korean, Zulu, Hausa, Urdu and Turkish ("حصة شهرية", "월평균")
        "شهرية", "월평균", "ngenyanga", "njalo ngenyanga", "kowane wata", "kowace wata", "ہر ماہ", "aylık",
        # and Hindi's, Nepali's and Marathi's ("मासिक १३ लाख यात्रु"), Albanian's ("400 mijë lekësh në muaj")
        "मासिक", "प्रति महिना", "प्रतिमहिना", "në muaj", "mujore",
        "havi",  # Hungarian's adjective, as "évi" a year's ("havi 400 ezer forint"; not "heti", Finnish "at once")
        # Vietnamese, Korean, Uzbek, Kazakh, Swahili, Tagalog, Hebrew ("642 AUD mỗi tháng", "매달", "oyiga")
        "mỗi tháng", "hằng tháng", "hàng tháng", "매달", "매월", "oyiga", "айына", "kila mwezi", "bawat buwan",
        "bishiiba", "bil kasta",  # Somali's "each month"
        "በወር",  # Amharic's
        "לחודש", "בחודש", "ต่อเดือน", "เดือนละ", "ក្នុងមួយខែ", "á mánuði", "mánaðarlega", "um mánaðin",
        # and the Celtic languages' ("£1.2m bob mis", "sa mhí", "sa mhìos", "ar miz"; not Welsh "y mis",
        # which is Spanish "and my"), Punjabi's and Sindhi's
        "bob mis", "sa mhí", "in aghaidh na míosa", "sa mhìos", "gach mìos", "ar miz", "bep miz",
        "مہینے وچ", "مهيني ۾",
        "дар як моҳ", "ҳар моҳ",
        "pa mwa", "chak mwa",
        "buri kwezi", "ku kwezi", "saben sasi", "saben wulan",  # Kinyarwanda, Javanese
        "నెలకు", "ప్రతి నెలా", "ತಿಂಗಳಿಗೆ", "ಪ್ರತಿ ತಿಂಗಳು", "പ്രതിമാസം", "દર મહિને",
        "kada bulan",
        "monthly", "per month", "a month", "each month", "every month", "/month", "/mo",
        "månedlig", "månedligt", "månedlige", "om måneden", "pr. måned", "pr måned", "per måned",
        "hver måned", "i måneden", "om månaden", "varje månad", "månatlig", "månatligen",
        "setiap bulan", "tiap bulan", "per bulan", "sebulan", "/bulan", "bulanan", "perbulan",
        "pro monat", "im monat", "monatlich", "monatliche", "monatlichen", "jeden monat",
        "al mes", "por mes", "cada mes", "mensual", "mensuales", "mensualmente",
        "par mois", "chaque mois", "mensuel", "mensuelle", "mensuels", "mensuelles", "mensuellement",
        "per mese", "al mese", "ogni mese", "mensile", "mensili", "por mês", "mensalmente",
        "per maand", "maandelijks", "maandelijkse", "ao mês", "miesięcznie", "na miesiąc", "cada mês", "mensais",
        "毎月", "月額", "月間", "每月", "月均", "شهريا", "شهرياً", "كل شهر",
        # a month's pay: "月収は約20万7000円", "月薪", "月收入"
        "月収", "月給", "月薪", "月收入", "月工资",
        "月租", "月租金", "月額家賃", "월세",  # a month's rent ("平均月租为1742欧元")
        "प्रति माह", "हर महीने", "মাসে", "প্রতি মাসে", "மாதத்திற்கு", "மாதத்துக்கு", "மாதந்தோறும்", "महिन्याला",
        "月産",  # a month's output ("月産19万トン")
        "kuukaudessa", "kuukausittain", "havonta", "mjesečno", "na mjesec", "měsíčně", "pe lună",
        "i månaden", "per månad", "mesačne", "per mėnesį", "kas mėnesį", "mēnesī", "na mesec",
        "mesečno", "на месец", "месечно", "в месяц", "ежемесячно", "на місяць", "щомісяця", "щомісячно",
        "τον μήνα", "ανά μήνα", "μηνιαίως", "ayda",  # not "aylık": "on bir aylık bir bebek" is eleven months old
        "elke maand", "iedere maand", "každý měsíc", "każdego miesiąca", "joka kuukausi", "minden hónapban",
        "svakog mjeseca", "în fiecare lună", "her ay", "κάθε μήνα",
        "vsak mesec", "per mes", "ماهانه", "در ماه", "ماہانہ",
        "თვეში",  # Georgian's locative ("in a month")
    ),
    "yearly": (
        # a season's pay or catch, one a year ("20 millones de euros brutos por temporada")
        "per season", "each season", "every season", "por temporada", "cada temporada", "par saison",
        "chaque saison", "pro saison", "je saison", "per stagione", "a stagione", "ogni stagione", "per seizoen",
        "每个赛季", "每赛季",
        "évi", "ngonyaka", "kowace shekara", "ہر سال", "年均", "연평균", "yıllık", "سنوية", "në vit", "vjetore",
        "mỗi năm", "hằng năm", "hàng năm", "매년", "연간", "yiliga", "жылына", "kila mwaka", "bawat taon",
        "sanadkiiba", "sannadkiiba", "sanad kasta", "sannad kasta", "በዓመት", "ஆண்டுதோறும்", "ஆண்டொன்றுக்கு",
        "taun-taon", "לשנה", "בשנה", "ต่อปี", "ปีละ", "ຕໍ່ປີ", "ក្នុងមួយឆ្នាំ",
        "y flwyddyn", "bob blwyddyn", "sa bhliain", "in aghaidh na bliana", "sa bhliadhna", "gach bliadhna",
        "ar bloaz", "bep bloaz", "سال وچ", "سال ۾",
        "дар як сол", "ҳар сол", "солона",
        "pa ane", "chak ane",
        "buri mwaka", "ku mwaka", "saben taun",
        "ఏటా", "సంవత్సరానికి", "ప్రతి ఏటా", "ವರ್ಷಕ್ಕೆ", "ಪ್ರತಿ ವರ್ಷ", "പ്രതിവർഷം", "દર વર્ષે",
        # Icelandic, Faroese and Cebuano ("á ári", "um árið", "kada tuig")
        "á ári", "árlega", "um árið", "árliga", "kada tuig", "matag tuig",
        "annually", "annual", "yearly", "per year", "a year", "each year", "every year", "per annum", "/year",
        "årligt", "årlig", "årlige", "om året", "pr. år", "per år", "hvert år", "varje år",
        "setiap tahun", "tiap tahun", "per tahun", "setahun", "/tahun", "tahunan",
        "pro jahr", "jährlich", "jährliche", "jährlichen", "jedes jahr",
        "al año", "por año", "cada año", "anual", "anuales", "anualmente",
        "par an", "chaque année", "annuel", "annuelle", "annuels", "annuelles", "annuellement",
        "all'anno", "l'anno", "l’anno", "ogni anno", "annuale", "per jaar", "jaarlijks", "jaarlijkse", "im jahr", "à l'année",
        "年間", "毎年", "每年", "سنويا", "سنوياً", "كل عام", "प्रति वर्ष", "हर साल", "বছরে",
        "年収", "年俸", "年薪", "年收入",  # a year's pay
        "por ano", "ao ano", "cada ano", "anuais", "annui", "annua", "årligen", "per anno",
        "rocznie", "na rok", "w skali roku",
        "årliga", "vuodessa", "vuosittain", "évente", "godišnje", "ročně", "pe an",
        "i året", "ročne", "per metus", "kasmet", "gadā", "aastas", "na leto", "letno", "годишно", "на година",
        "в год", "ежегодно", "на рік", "щороку", "щорічно", "ετησίως", "τον χρόνο", "το χρόνο", "ανά έτος",
        "yılda", "elk jaar", "ieder jaar", "každý rok", "každoročně", "każdego roku", "joka vuosi", "minden évben",
        "svake godine", "în fiecare an", "her yıl", "κάθε χρόνο",
        "vsako leto", "a l'any", "a l’any", "cada any", "per any", "سالانه", "سالانہ", "सालाना",
        "ஆண்டுக்கு", "ஆண்டுதோறும்", "বছরে", "প্রতি বছর", "প্রতিবছর", "वार्षिक", "प्रति वर्ष", "年産",
        "वर्षाला",
        "წელიწადში",  # Georgian's
    ),
    "weekly": (
        "haftalık", "kowane mako", "kowace mako", "प्रति हप्ता", "हप्ताको", "në javë", "javore",
        "mỗi tuần", "hằng tuần", "hàng tuần", "주당", "haftasiga", "аптасына", "kila wiki", "bawat linggo",
        "toddobaadkiiba", "toddobaad kasta", "בשבוע", "לשבוע", "በሳምንት", "வாரத்துக்கு", "வாரத்திற்கு", "สัปดาห์ละ",
        "yr wythnos", "bob wythnos", "sa tseachtain", "in aghaidh na seachtaine", "san t-seachdain",
        "gach seachdain", "ar sizhun", "bep sizhun", "ہفتے وچ", "هفتي ۾",
        "дар як ҳафта", "ҳар ҳафта",
        "pa semèn", "chak semèn",
        "వారానికి", "ವಾರಕ್ಕೆ", "ആഴ്ചയിൽ", "દર અઠવાડિયે",
        "לשבוע", "每周", "周均", "每週", "毎週", "ต่อสัปดาห์", "ក្នុងមួយសប្តាហ៍", "週給", "周薪", "á viku", "um vikuna",
        "kada semana",
        "weekly", "per week", "a week", "each week", "every week", "ugentligt", "om ugen",
        "hver uge", "setiap minggu", "per minggu", "seminggu", "setiap pekan", "per pekan", "tiap pekan", "sepekan",
        "ຕໍ່ອາທິດ", "pro woche", "wöchentlich",
        "por semana", "a la semana", "cada semana", "semanal", "semanales", "par semaine",
        "chaque semaine", "hebdomadaire", "hebdomadaires", "a settimana", "alla settimana", "ogni settimana",
        "settimanale", "settimanali", "semanalmente", "wekelijks", "wekelijkse",
        "per vecka", "i veckan", "varje vecka", "tygodniowo", "na tydzień",
        "viikossa", "viikoittain", "hetente", "tjedno", "týdně", "pe săptămână", "την εβδομάδα", "ανά εβδομάδα",
        "εβδομαδιαίως", "haftada", "на седмица", "седмично", "nedeljno", "недељно", "na teden", "tedensko",
        "в неделю", "на тиждень", "щотижня", "elke week", "iedere week", "každý týden", "każdego tygodnia",
        "joka viikko", "minden héten", "svakog tjedna", "în fiecare săptămână", "her hafta", "κάθε εβδομάδα",
        "týždenne", "každý týždeň", "vsak teden", "a la setmana", "per setmana", "cada setmana", "setmanal",
        "setmanals", "أسبوعيا", "أسبوعياً", "في الأسبوع", "هفتگی", "در هفته", "ہفتہ وار", "प्रति सप्ताह",
        "வாரத்திற்கு", "வாரத்துக்கு", "সপ্তাহে", "প্রতি সপ্তাহে", "हर हफ्ते", "साप्ताहिक", "आठवड्याला",
        "pro kopf und woche", "pro person und woche",  # "120 Litern pro Kopf und Woche"
        "еженедельно", "კვირაში", "매주", "i uka", "i uken",  # Russian, Georgian, Korean, Norwegian
    ),
    # an hour's pay, flow or count ("14,60 Euro pro Stunde", "900 Kubikmeter pro Stunde", "2,000 passengers an
    # hour"; "half an hour" is a span, which core.figure_context gives no period); not "hourly", which is as
    # often the workers' ("1,450 hourly jobs")
    "hourly": (
        "an hour", "every hour", "each hour", "stündlich", "die stunde", "in der stunde", "je stunde",
        "de l'heure", "à l'heure", "a la hora", "cada hora", "l'ora", "ogni ora", "à hora", "i timen", "i timmen",
        "om timen", "óránként", "saatte", "saat başına", "setiap jam", "tiap jam", "kwa saa", "την ώρα",
        "в годину", "時給", "毎時", "時間当たり", "1時間あたり", "每小时", "每小時", "時薪", "بالساعة", "प्रति घंटे",
        "हर घंटे", "ঘণ্টায়", "প্রতি ঘণ্টায়",
    ),
    "daily": (
        "pro werktag", "kowace rana", "kowane rana", "në ditë", "ditore", "napi",
        "mỗi ngày", "hằng ngày", "hàng ngày", "매일", "kuniga", "sutkasiga", "күніне", "тәулігіне", "kila siku",
        "maalintii", "maalintiiba", "maalin kasta",  # Somali's "a day" ("maalintii keento 120,000")
        "ביום", "ליום", "በቀን", "நாளொன்றுக்கு", "நாளுக்கு", "วันละ",
        "y dydd", "y diwrnod", "bob dydd", "sa lá", "in aghaidh an lae", "gach latha", "bemdez", "دیہاڑی",
        "дар як шабонарӯз", "дар як рӯз", "ҳар рӯз",  # Tajik
        "pa jou", "chak jou",  # Haitian Creole
        "buri munsi", "ku munsi", "saben dina",
        "రోజుకు", "ప్రతిరోజూ", "ದಿನಕ್ಕೆ", "ಪ್ರತಿದಿನ", "പ്രതിദിനം", "ദിവസേന", "દરરોજ", "રોજના",  # Telugu ... Gujarati
        "araw-araw", "ליום", "günde", "günlük", "ต่อวัน", "ក្នុងមួយថ្ងៃ", "日給", "日薪", "日工资",  # a day's pay
        "á dag", "á sólarhring", "daglega", "um dagin", "um samdøgrið", "kada adlaw", "matag adlaw",
        "daily", "per day", "a day", "each day", "every day", "dagligt", "om dagen", "hver dag",
        "setiap hari", "per hari", "sehari", "ຕໍ່ມື້", "pro tag", "täglich", "al día", "por día", "cada día",
        "diario", "diaria", "diarios", "diarias", "diariamente", "diário", "diária", "diários", "diárias",
        "par jour", "chaque jour", "quotidien", "quotidienne", "al giorno", "giornaliero", "giornaliera",
        "per dag", "dagelijks", "dagelijkse", "por dia", "ao dia", "cada dia", "por jornada", "ogni giorno", "am tag",
        "jeden tag", "varje dag", "dziennie", "na dzień", "codziennie", "i døgnet", "per døgn", "om dygnet",
        "elke dag", "iedere dag", "každý den", "każdego dnia", "minden nap", "joka päivä", "κάθε μέρα",
        "în fiecare zi", "svaki dan", "her gün",
        "per dygn", "pe zi", "denně", "naponta", "päivässä", "vuorokaudessa", "päevas", "өдөрт",
        "daglig", "daglige",  # Danish's and Norwegian's adjective ("190 daglige afgange")
        "την ημέρα", "dnevno", "дневно", "на ден",
        "на день", "в день", "в сутки", "щодня", "на добу", "per dieną", "kasdien", "každý deň", "vsak dan", "al dia",
        "diàriament", "يوميا", "يومياً", "في اليوم", "روزانه", "در روز", "روزانہ", "प्रतिदिन", "प्रति दिन", "रोजाना",
        "நாளொன்றுக்கு", "ஒரு நாளைக்கு", "প্রতিদিন", "दिवसाला",
        # not Slovak "denne" (daily), which is Danish and Norwegian "this" ("i denne måned")
        "pro kopf und tag", "pro person und tag", "pro einwohner und tag",
        "每天", "每日", "日均", "毎日", "日量", "1日あたり", "1日当たり",
        "하루 평균", "일평균", "일 평균", "일일 평균",  # Korean's daily average ("하루 평균 탄화수소 생산량은 1310만 배럴")
        # Russian's adverb, Georgian's locative, Romanian's and Greek's adverbs, Hindi's "रोज़ाना" with its nukta,
        # and a night's price, the day of hotels ("$12 a night", "€12 per night")
        "ежедневно", "დღეში", "zilnic", "ημερησίως", "रोज़ाना", "per night", "a night",
        "bpd", "b/d",  # oil's barrels a day, the unit and the period in one ("9.01 million bpd")
    ),
    # a semester's fee, a half-year's payment ("2.601 euros por semestre", "1.500 Euro pro Semester")
    "half-yearly": (
        "per semester", "a semester", "each semester", "per half-year", "half-yearly", "semi-annually",
        "pro semester", "im semester", "je semester", "halbjährlich", "pro halbjahr", "por semestre",
        "al semestre", "cada semestre", "semestral", "semestrales", "semestralmente", "par semestre",
        "chaque semestre", "semestriel", "semestrielle", "a semestre", "per semestre", "ogni semestre",
        "semestrale", "semestrali", "ao semestre", "semestrais", "per halfjaar", "halfjaarlijks", "per termin",
        "per halvår", "halvårligt", "halvårsvis",
        "za semestr", "na semestr", "za semestar", "po semestru", "na semestar", "lukukaudessa",
        "félévente", "pe semestru", "ανά εξάμηνο", "за семестр", "на семестр",
    ),
    "quarterly": (
        "quarterly", "per quarter", "each quarter", "kvartalsvis", "pr. kvartal", "per kvartal",
        "setiap kuartal", "per kuartal", "vierteljährlich", "pro quartal", "trimestral",
        "trimestrales", "por trimestre", "par trimestre", "trimestriel", "trimestrielle",
        "al trimestre", "a trimestre", "ogni trimestre", "trimestrale", "trimestrali", "ao trimestre",
        "cada trimestre", "chaque trimestre", "im quartal", "je quartal", "per kwartaal", "elk kwartaal",
        "kwartalnie", "čtvrtletně", "štvrťročne", "negyedévente", "kvartaalissa", "tromjesečno",
        "trimestrial", "ανά τρίμηνο", "ежеквартально", "щокварталу",
        # one quarter's amount ("Au quatrième trimestre, elle a accueilli 5,5 millions de passagers") is
        # no year's
        "first quarter", "second quarter", "third quarter", "fourth quarter", "premier trimestre",
        "deuxième trimestre", "troisième trimestre", "quatrième trimestre", "ersten quartal", "zweiten quartal",
        "dritten quartal", "vierten quartal", "primer trimestre", "segundo trimestre", "tercer trimestre",
        "cuarto trimestre", "primo trimestre", "secondo trimestre", "terzo trimestre", "quarto trimestre",
        "eerste kwartaal", "tweede kwartaal", "derde kwartaal", "vierde kwartaal", "første kvartal",
        "andet kvartal", "tredje kvartal", "fjerde kvartal", "första kvartalet", "andra kvartalet",
        "tredje kvartalet", "fjärde kvartalet", "pierwszym kwartale", "drugim kwartale", "trzecim kwartale",
        "czwartym kwartale", "kuartal pertama", "kuartal kedua", "kuartal ketiga", "kuartal keempat",
        "i kvartalet",  # "4,51 euro i kvartalet": a quarter's, in Norwegian and Danish
    ),
}

# and every language's words for a rate as CLDR writes them ("{0} kada araw", "{0} za rok", "{0}/mês"); and
# Arabic's adverbs with the tanween typed before the alif ("يوميًا") as well as after it ("يومياً")
PERIODS = {period: (*words, *cldr_periods.WORDS.get(period, ()),
                    *(w[:-2] + "\u064b\u0627" for w in words if w.endswith("\u0627\u064b")))
           for period, words in PERIODS.items()}


def phrase_trie(words: list[str]) -> str:
    """One regex alternation for many literal phrases, as a character trie (fast to match)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches, optional = [], "" in node
        for ch, child in sorted(node.items()):
            if ch:
                piece = r"\s+" if ch == " " else re.escape(ch)
                branches.append(piece + render(child))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return render(tree)


# "a day later", "a year earlier", "am Tag danach", "un an plus tôt": a time, not a rate. Not "after" or
# "before", which a rate may take too ("100 litres a day after the restrictions")
_LATER_OR_EARLIER = (r"later|earlier|ago|danach|davor|später|zuvor|früher|vorher|plus\s+tard|plus\s+tôt|"
                     r"auparavant|más\s+tarde|più\s+tardi|eerder|senere|senare|tidligere|tidigare|sedan|"
                     r"później|wcześniej|později|dříve|később|korábban|mai\s+târziu|aiemmin|myöhemmin|"
                     # "l'anno scorso", "l'anno prossimo": last year, next year
                     r"scorso|prossimo|precedente|successivo|passato|seguente")
# Hebrew's "in the day", "in the month" is a time before a day's or a month's name, a date, "the" or "that"
# ("ביום רביעי", "בחודש נובמבר", "בשנה שעברה", "ביום ה-5", "לחודש הבא"); a rate elsewhere ("600 משאיות ביום")
_HEBREW_TIME = (r"[הש]|\d|ראשון|רביעי|חמישי|אחד|אחר|זה|זו|בו|בה|ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|"
                r"ספטמבר|אוקטובר|נובמבר|דצמבר")


def _period_pattern(flags: int = re.IGNORECASE) -> re.Pattern[str]:
    words = sorted({w.lower() for ws in PERIODS.values() for w in ws})
    trie = phrase_trie(words)
    # "/bulan" may follow a word ("Rp322 Miliar/Bulan"); every other period word stands alone.
    # Japanese and Chinese period words touch the words around them ("毎月約2000万ドル"); a period
    # word before a year is a date ("im Jahr 2024"), not a rate; before another number it is the
    # number's rate ("dagelijks 96.000 liter", "naponta 45 ezer tonna", "täglich 2,5 Millionen"); one
    # before a word for later or earlier is a time, not a rate ("a day later", "am Tag danach"), and
    # so is one before "after" or "before" and a verb ("a day after pulling its fleet"), where "a day
    # after the restrictions" may be a rate. A Latvian period word in the locative is a time where an
    # adjective before it agrees ("pirmajā dienā", "šajā gadā": on the first day, this year), a rate
    # alone ("10 100 pasažieru dienā").
    return re.compile(rf"(?<!ajā\s)(?:(?<![\w])|(?=/)|(?=[{WITHOUT_SPACES}])){trie}"
                      rf"(?:(?![\w])|(?<=[{WITHOUT_SPACES}]))"
                      rf"(?!\s+(?:1[89]|20)\d\d(?![\d.,]\d))(?!\s+(?:{_LATER_OR_EARLIER})(?![\w]))"
                      rf"(?!\s+(?:after|before)\s+\w+ing(?![\w]))(?!(?<=[\u05d0-\u05ea])\s+(?:{_HEBREW_TIME}))", flags)


# Japanese, Chinese and Korean write a rate's period as one syllable before the number: "週70時間",
# "月20万円", "年960時間", "주 52시간", "월 200만 원", "연 3.5%", "하루 8시간". Only right before
# digits, and not after a word that makes it a time ("今月20日", "先週", "同月", "3个月", "2026年"), nor
# where the month and a day make a date ("月20日")
_NOT_A_RATE_AFTER = "\\d今先来來翌同本当當前後后毎每上下这這那该該其去明昨某半数數几幾個个ヶケカか正"
# "About" or "on average" may come between ("하루 약 6000장", "하루 평균 1,373건"); and Japanese writes a day's
# rate "1日" ("1日約3000人", "1日平均では約12万トン"), where after a month it is the first ("11月1日")
_PREFIX = (rf"(?<![{_NOT_A_RATE_AFTER}])(?:[週周年]|月(?!\d+[日号號]))(?=\d)"
           r"|(?<![\w])(?:주|월|연|하루)(?=\s+(?:약\s+|평균\s+)?\d)"
           r"|(?<![\d月])1日(?=(?:平均|あたり|当たり)?(?:では|で|は|に)?約?\d)")
_PREFIX_OF = {"週": "weekly", "周": "weekly", "月": "monthly", "年": "yearly",
              "주": "weekly", "월": "monthly", "연": "yearly", "하루": "daily", "1日": "daily"}
_PREFIX_RE = re.compile(_PREFIX)
_PREFIX_CHARS = frozenset("週周月年주월연하日")


def prefix_periods(text: str, lo: int = 0, hi: int | None = None) -> list[re.Match[str]]:
    """The periods written as one syllable before a number in ``text[lo:hi]`` ("週70時間", "월 200만 원");
    a scan of its own, as one alternative more would slow ``PERIOD_RE`` for every language."""
    hi = len(text) if hi is None else hi
    return list(_PREFIX_RE.finditer(text, lo, hi)) if not _PREFIX_CHARS.isdisjoint(text[lo:hi]) else []


def only_before_a_number(text: str, start: int, end: int) -> bool:
    """Whether the period word ``text[start:end]`` is one written right before its figure ("週70時間",
    "1日あたり412本"): none of a figure before it ("計1236本、1日あたり412本": 1236 is no day's)."""
    m = _PREFIX_RE.match(text, start)
    return m is not None and m.end() == end or text[start:start + 1].isdigit()


def prefix_period_at(text: str, pos: int) -> str | None:
    """The period written as one syllable before a number that begins at ``pos`` ("1日あたり約420人": daily)."""
    m = _PREFIX_RE.match(text, pos)
    return _PREFIX_OF[m.group()] if m else None


PERIOD_RE = _period_pattern()
PERIOD_RE_LOWER = _period_pattern(0)  # for lower-cased text: ~3x faster than ignoring case
PERIOD_OF = {" ".join(w.split()): period for period, ws in PERIODS.items() for w in ws} | _PREFIX_OF


@lru_cache(maxsize=1)
def _rate_after() -> re.Pattern[str]:
    """A period word right after a number or its noun: "1820 vlaků týdně", "2000 Menschen pro Tag"
    (not two words on: "diciembre de 2023 la inflación mensual"). Built on first use: compiling the
    period words again costs ~12 ms, and only numbers of a year's digits ask."""
    return re.compile(rf"(?:\s+[^\W\d_]+)?\s+(?:{PERIOD_RE.pattern})", re.IGNORECASE)


def rate_follows(text: str, end: int) -> bool:
    """Whether a period word follows the number ending at ``end``, or its noun: the number is then a
    count per period, never a year ("1820 vlaků týdně" is 1,820 trains a week)."""
    return _rate_after().match(text, end) is not None


#: How many months one period is: "$1 billion a year" is "$83 million a month".
MONTHS = {"monthly": 1.0, "yearly": 12.0, "half-yearly": 6.0, "quarterly": 3.0, "weekly": 12 / 52, "daily": 12 / 365,
          "hourly": 12 / 365 / 24}
MONTH_DAYS = 365.25 / 12  # a month in days, on average


def period_days(period: str | None) -> float | None:
    """How many days one period is ("weekly": 7.0); None for none, or a change's base "since" an event."""
    return MONTHS[period] * MONTH_DAYS if period in MONTHS else None


def period_of(word: str) -> str | None:
    return PERIOD_OF.get(" ".join(word.lower().split()))


_NAME_AFTER = re.compile(r"\s+[A-Z]")


def part_of_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised period word inside a sentence, or one followed by another capitalised word,
    is part of a name ("The Daily Telegraph", "Monthly Review"), not a period."""
    if not text[start].isupper():
        return False
    before = text[:start].rstrip()
    return bool(before and before[-1] not in ".!?:;\"'«»“”") or bool(_NAME_AFTER.match(text, end))


# A period's locative after a count is a span, not "a month": "প্রথম চার মাসে" (in the first four
# months), "3 ayda", "kolmessa kuukaudessa"; the count in digits or a small one in words
# (and Japanese "年間" after digits: "4年間のプログラム" runs four years, where "年間45億円" is a year's)
_IN_SO_MANY = frozenset({"মাসে", "বছরে", "ayda", "yılda", "kuukaudessa", "vuodessa", "aastas", "gadā", "mēnesī",
                         "年間"})
_COUNT_BEFORE = re.compile(
    r"(?:\d|(?<![^\W\d_])(?:দুই|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়|দশ|এগারো|বারো|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|"
    r"kahdessa|kolmessa|neljässä|viidessä|kuudessa))\s*$", re.IGNORECASE)


def after_a_count(text: str, start: int, end: int) -> bool:
    """Whether the period word at ``text[start:end]`` is a span after a count ("চার মাসে")."""
    return text[start:end].lower() in _IN_SO_MANY and _COUNT_BEFORE.search(text, max(0, start - 16), start) is not None


# A period word that says how often a report comes, not a figure's rate: "according to the ministry's
# quarterly report", "según el informe trimestral", "le rapport mensuel"
_REPORT_AFTER = re.compile(r"\s+(?:report|results|survey|bulletin|review|update)s?\b", re.IGNORECASE)
_REPORT_BEFORE = re.compile(r"(?<![^\W\d_])(?:informe|reporte|relatório|rapport|relazione|boletín|bollettino|"
                            r"bilan|balanço|encuesta|sondage|rapporto|inquérito)\s+$", re.IGNORECASE)


def of_a_report(text: str, start: int, end: int) -> bool:
    """Whether the period word at ``text[start:end]`` says how often a report comes ("quarterly report")."""
    return (_REPORT_AFTER.match(text, end) is not None
            or _REPORT_BEFORE.search(text, max(0, start - 16), start) is not None)


def find_periods(text: str) -> frozenset[str]:
    found = {_PREFIX_OF[m.group()] for m in prefix_periods(text)}
    for m in PERIOD_RE.finditer(text):
        period = period_of(m.group())
        if period and not part_of_a_name(text, m.start(), m.end()):
            found.add(period)
    return frozenset(found)
