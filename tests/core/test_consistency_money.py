"""Graded consistency of sums in money: in two currencies at the ECB rate of the statements' day (or the
story's, for an undated article), the same number in two currencies, a sum that says no currency, exchange
rates, and the outlets' own conversions in brackets. One pair of short sentences per rule, with the reason
it states."""

from __future__ import annotations

from factcheck.core.signature import story_date
from tests.core.pairs import judge


def test_the_seeds_agree_at_the_story_date():
    da = ("Rapporter viser, at TikTok har udbetalt næsten $20 millioner (£15,45 millioner) månedligt.", "da", "2024-08")
    id_ = ("TikTok membayar Microsoft hampir mencapai Rp322 miliar setiap bulan.", "id", None)
    state, lines, _ = judge(da, id_)
    assert state == "consistent"
    assert any("Rp322 miliar ≈ 19." in line and "2024-08-01 ECB rate" in line and '"næsten"' in line for line in lines)
    assert not any("15,45" in line for line in lines)  # the pound figure is the outlet's own conversion


def test_two_sums_in_two_currencies_a_power_of_ten_apart_once_converted_are_a_slip():
    # EUR 3.1 billion is some 1,200 billion forints: 120 billion is a zero lost in the conversion
    # where neither says what the sum is
    state, lines, _ = judge(("Az ügylet mintegy 120 milliárd forintot mozgatott meg.", "hu", "2026-11-19"),
                            ("Insgesamt geht es um 3,1 Milliarden Euro.", "de", "2026-11-19"))
    assert state == "conflict" and any("10× apart once converted" in line for line in lines)
    # two sums of a story, neither a power of ten from the other, may be two things
    state, _, _ = judge(("Az ügylet mintegy 300 milliárd forintot mozgatott meg.", "hu", "2026-11-19"),
                        ("Insgesamt geht es um 3,1 Milliarden Euro.", "de", "2026-11-19"))
    assert state == "not-compared"


def test_an_outlets_conversion_in_brackets_is_not_what_is_compared():
    state, _, _ = judge(("The EU fined Apple €1.8 billion ($1.95 billion).", "en", "2024-03-04"),
                        ("Une amende de 1,8 milliard d'euros (1,9 milliard de dollars).", "fr", "2024-03-04"))
    assert state == "consistent"


def test_two_outlets_conversions_of_one_amount_differ_slightly_and_past_a_months_rates_conflict():
    en = ("Regulators fined the lender SEK 310mn (€27mn) on Tuesday.", "en", "2026-11-10")
    fr = ("Le prêteur écope d'une amende de 310 millions de couronnes suédoises (environ 28 millions d'euros).",
          "fr", None)
    state, lines, _ = judge(en, fr)
    assert state == "differs-slightly"
    assert any("€27mn vs 28 millions d'euros" in line and "the outlets' own conversions" in line for line in lines)
    # one side's stated amount in the currency the other converted to
    de = ("Das Bußgeld beträgt 68.500 Kronen (rund 2.800 Euro).", "de", "2026-11-10")
    it = ("La multa è di circa 2.740 euro.", "it", "2026-11-10")
    assert judge(de, it)[0] == "differs-slightly"
    # a conversion of one digit is a rounding to it
    pt = ("Uma multa de 1,8 mil milhões de euros (2 mil milhões de dólares).", "pt", "2024-03-04")
    fr_dollars = ("Une amende de 1,8 milliard d'euros (1,9 milliard de dollars).", "fr", "2024-03-04")
    assert judge(pt, fr_dollars)[0] == "consistent"
    # further apart than a month's rates move: one outlet's wrong rate
    far = ("Le prêteur écope d'une amende de 310 millions de couronnes suédoises (environ 31 millions d'euros).",
           "fr", None)
    state, lines, _ = judge(en, far)
    assert state == "conflict" and any("€27mn vs 31 millions d'euros" in line for line in lines)
    # two rates a few days apart, each conversion written to its last digit: they differ slightly, however near
    parcels = ("China's parcel firms handled goods worth 1.18 trillion yuan ($166.1 billion).", "en", "2026-11-12")
    state, lines, _ = judge(parcels, ("Movieron mercancías por 1,18 billones de yuanes, unos 166.600 millones de "
                                      "dólares.", "es", "2026-11-14"))
    assert state == "differs-slightly" and any("differs by 0.3%" in line and "own conversions" in line for line in lines)


def test_conversions_of_one_amount_far_apart_are_a_slip_and_of_two_amounts_not_compared():
    es = ("El subsidio iba a costar 4,2 billones de nairas, unos 28.000 millones de dólares.", "es", "2026-11-18")
    en = ("The subsidy had been budgeted to cost ₦4.2 trillion ($2.8 billion) this year.", "en", "2026-11-18")
    state, lines, _ = judge(es, en)
    assert state == "conflict" and any("own conversions of one amount" in line for line in lines)
    # two sums that disagree: their conversions say nothing more
    no = ("Hendelsen vil totalt koste 6,5 millioner dollar, eller rundt 70 millioner kroner.", "no", "2026-11-18")
    en = ("The rescue cost 1.9 million dollars (about 20 million kroner).", "en", "2026-11-18")
    _, lines, _ = judge(no, en)
    assert not any("own conversions" in line for line in lines)


def test_one_amounts_conversions_with_one_number_in_two_currencies_are_a_slip():
    vi = ("Nhà máy thứ hai trị giá 732 tỷ yên (khoảng 4,7 tỷ USD), theo báo Nikkei.", "vi", "2026-11-18")
    de = ("Das zweite Werk kostet 732 Milliarden Yen (rund 4,7 Milliarden Euro), berichtet Nikkei.", "de", "2026-11-18")
    state, lines, _ = judge(vi, de)
    assert state == "conflict"
    assert any("4,7 tỷ USD vs 4,7 Milliarden Euro" in line and "the same number in another currency" in line
               for line in lines)
    # the euro's own number: a conversion at the outlet's rate, not compared with the dollar's
    de = ("Das zweite Werk kostet 732 Milliarden Yen (rund 4,1 Milliarden Euro), berichtet Nikkei.", "de", "2026-11-18")
    assert judge(vi, de)[0] == "consistent"
    # the other's sum right after its amount, with a verb between, converts it too
    es = ("El litro de gasóleo cuesta ahora 500 kwanzas (unos 0,53 euros).", "es", "2026-11-18")
    fr = ("Le litre de gazole, passé à 500 kwanzas le 1er novembre, coûte désormais environ 0,53 dollar.", "fr",
          "2026-11-18")
    state, lines, _ = judge(es, fr)
    assert state == "conflict" and any("0,53 euros vs 0,53 dollar" in line for line in lines), lines


def test_the_other_outlets_conversions_number_in_the_first_unit_is_a_slip():
    en = ("The high-speed line will run 88 miles (142 km) from Kenitra to Marrakech.", "en", "2026-11-18")
    es = ("La línea de alta velocidad tendrá 142 millas entre Kenitra y Marrakech.", "es", "2026-11-18")
    state, lines, _ = judge(en, es)
    assert state == "conflict"
    assert any("142 km" in line and "the other outlet's own conversion" in line for line in lines)
    pt = ("O salário mínimo sobe para 1.750.905 pesos, cerca de R$ 1.137 por mês.", "pt", "2026-11-18")
    en = ("The minimum wage rises to 1,750,905 pesos ($1,137) a month.", "en", "2026-11-18")
    assert judge(pt, en)[0] == "conflict"
    # two digits are shared by chance by a story's figures and conversions as often
    no = ("For tre år siden tapte selskapet 1,4 milliarder kroner.", "no", "2026-11-18")
    pl = ("Spółka zainwestuje 3,2 mld koron norweskich (około 1,4 mld zł) w nowe samoloty.", "pl", "2026-11-18")
    assert judge(no, pl)[0] != "conflict"


def test_a_sum_converted_at_another_days_rate_differs_slightly():
    it = ("I costi si sono fermati a 1,742 miliardi di euro, secondo la Fondazione.", "it", "2026-11-26")
    state, lines, _ = judge(it, ("Costs came to $2.15 billion, the foundation said.", "en", "2026-11-26"))
    assert state == "differs-slightly" and any("another day's or source's rate" in line for line in lines)
    assert judge(it, ("Costs came to $2.5 billion, the foundation said.", "en", "2026-11-26"))[0] == "conflict"
    # the same number in the franc and the euro, a few per cent apart, is one outlet's slip
    state, _, _ = judge(("Los daños ascienden a 420 millones de euros.", "es", "2026-11-21"),
                        ("Die Schäden belaufen sich auf 420 Millionen Schweizer Franken.", "de", "2026-11-21"))
    assert state == "conflict"


def test_a_length_after_a_comma_far_from_the_first_is_no_conversion():
    oder = ("In the Polish town of Nowa Rzeka, the Oder peaked on Tuesday at 9.62 metres, 44cm above the 1997 record.",
            "en", "2026-09-16")
    state, lines, _ = judge(oder, ("Fala kulminacyjna na Odrze dotarła do Nowej Rzeki, gdzie wodowskaz pokazał 962 cm.",
                                   "pl", "2026-09-16"))
    assert state == "consistent" and not any("conversion in brackets" in line for line in lines)


def test_damage_in_two_countries_currencies_is_each_countrys():
    state, lines, _ = judge(("Vláda odhadla škody po povodních na 48 miliard korun.", "cs", "2026-09-16"),
                            ("Rząd: straty po powodzi to co najmniej 9,5 mld zł.", "pl", "2026-09-17"))
    assert state == "not-compared" and "two countries' currencies (CZK, PLN)" in lines[0]
    # the same number in another country's money is still the slip of a currency
    state, _, _ = judge(("Vláda odhadla škody po povodních na 48 miliard korun.", "cs", "2026-09-16"),
                        ("A cseh kormány 48 milliárd forintra becsüli a károkat.", "hu", "2026-09-16"))
    assert state == "conflict"


def test_a_sum_said_without_its_currency_may_agree_but_never_conflict():
    euros = ("Gli scioperi sono costati a Vireo 350 milioni di euro.", "it", "2025-03-06")
    # the currency said once, in another sentence of the article
    state, lines, _ = judge(("Strejkerne har kostet selskabet 350 millioner.", "da", "2025-03-06"), euros)
    assert state == "consistent" and any("says no currency: read as EUR" in line for line in lines)
    state, lines, _ = judge(("Strejkerne har kostet selskabet 530 millioner.", "da", "2025-03-06"), euros)
    assert state == "not-compared" and any("says no currency" in line for line in lines)


def test_an_undated_article_takes_the_story_date_and_says_why():
    assert story_date(["2024-08-21", "2024-08-22", None, "2025-01-10"]) == (
        "2024-08-22", "undated; story date 2024-08-22 from 3 dated related articles")
    a = ("TikTok membayar sekitar Rp322 miliar setiap bulan.", "id", None)
    b = ("TikTok betaler 20 millioner dollar om måneden.", "da", None)
    state, lines, _ = judge(a, b, story=("2024-08-21", "2024-08-22", "2024-08-23"))
    assert state == "consistent" and "story date 2024-08-22 from 3 dated related articles" in lines[0]


def test_with_no_date_at_all_a_conflict_must_hold_at_every_rate():
    a = ("Apple didenda sekitar Rp 31,5 triliun.", "id", None)
    far = ("Apple was fined €18 billion.", "en", None)
    state, lines, _ = judge(a, far)
    assert state == "conflict" and "undated; ECB rates" in lines[0]
    # the rupiah lost ~15 % against the euro over the window: near the right amount, it agrees at
    # some rates and not at others, which is not enough for a conflict
    near = ("Apple was fined €1.8 billion.", "en", None)
    state, lines, _ = judge(a, near)
    assert state == "not-compared" and "agree at some rates, not at others" in lines[0]


def test_an_undated_statement_with_a_date_in_its_words_is_converted_then():
    a = ("Pada 4 Maret 2024 Komisi Eropa mendenda Apple sekitar Rp 31,5 triliun.", "id", None)
    b = ("Apple was fined €1.8 billion.", "en", None)
    state, lines, _ = judge(a, b)
    assert state == "consistent" and "undated; date 2024-03-04 from its own text" in lines[0]


def test_a_daily_fine_in_reais_against_one_in_dollars_in_any_wording():
    dollars = ("Los usuarios que accedan a X mediante una VPN podrán ser multados con 50.000 dólares diarios.", "es", "2024-08-30")
    for reais in (("Wer X über ein VPN nutzt, dem droht eine Geldstrafe von 50.000 Reais (rund 8000 Euro) pro Tag.", "de", "2024-08-31"),
                  ("Di Brasil, pengguna VPN terancam denda 50 ribu real per hari.", "id", "2024-08-30")):
        state, lines, _ = judge(dollars, reais)
        assert state == "conflict", lines


def test_the_same_sum_in_another_currency_is_a_conflict_even_unmeasured():
    euros = ("Norrvik offered 42.50 euros per share in cash.", "en", "2026-11-16")
    state, lines, _ = judge(euros, ("Norrvik erbjuder 42,50 kronor per aktie.", "sv", "2026-11-16"))
    assert state == "conflict" and "another currency" in lines[0]
    state, _, _ = judge(euros, ("Norrvik bietet 42,50 Euro je Aktie.", "de", None))
    assert state == "consistent"
    # "about" explains no sameness of digits: dollars and euros ten percent apart are one outlet's slip
    state, lines, _ = judge(("La reparación costará unos US$ 180 millones.", "es", "2026-11-16"),
                            ("La réparation coûtera 180 millions d'euros.", "fr", "2026-11-17"))
    assert state == "conflict" and "another currency" in lines[0], lines


def test_one_figure_misread_as_two_measures_is_still_one_outlets_slip():
    day = "2026-11-20"
    state, lines, _ = judge(("Der Schaden beläuft sich auf 38 Millionen Dollar pro Tag.", "de", day),
                            ("Las pérdidas ascienden a 38 millones de euros al día.", "es", day))
    assert state == "conflict" and "another currency" in lines[0], lines
    premium = ("The offer is a 27% premium to the closing price.", "en", day)
    state, lines, _ = judge(premium, ("Het bod ligt 72 procent boven de slotkoers.", "nl", day))
    assert state == "conflict" and "two digits swapped" in lines[0], lines
    # other digits under two measures are two things
    assert judge(premium, ("Het bod ligt 45 procent boven de slotkoers.", "nl", day))[0] == "not-compared"


def test_up_to_explains_no_same_sum_in_another_currency():
    state, lines, _ = judge(("Die Versicherung deckt Schäden bis zu 25 Millionen Euro ab.", "de", "2026-11-29"),
                            ("Polisa operatora opiewa na 25 mln zł.", "pl", "2026-11-30"))
    assert state == "conflict" and "another currency" in lines[0], lines


def test_an_outlets_conversion_that_misses_its_own_amount_is_a_conflict():
    kompas = ("Pemerintah mengucurkan dana darurat sebesar Rp25 miliar.", "id", "2025-03-16")
    spiegel = ("Die Regierung stellte 25 Milliarden Rupiah (rund 1,5 Milliarden Dollar) an Soforthilfe bereit.", "de",
               "2025-03-17")
    state, lines, _ = judge(kompas, spiegel)
    assert state == "conflict" and any("conversion in brackets" in line and "apart" in line for line in lines), lines
    # at another rate, or rounded, a conversion is the outlet's own business
    welt = ("Die Regierung stellte 25 Milliarden Rupiah (rund 1,7 Millionen Dollar) an Soforthilfe bereit.", "de", None)
    assert judge(kompas, welt)[0] == "consistent"
    assert judge(("The fire burned 18 km (11 miles) of forest.", "en", None),
                 ("Le feu a brûlé 18 km (110 miles) de forêt.", "fr", None))[0] == "conflict"


def test_the_same_number_in_two_countries_rupees_is_no_slip_where_the_word_does_not_say_whose():
    # an Urdu page on an Indian train crash: its "روپے" read as Pakistan's
    en = ("The railway minister announced Rs 10 lakh for the families of the dead in India.", "en", "2026-11-18")
    ur = ("وزیر ریلوے نے لواحقین کو 10 لاکھ روپے دینے کا اعلان کیا۔", "ur", "2026-11-18")
    assert judge(en, ur)[0] != "conflict"
    # nor a bare "元" in a Hong Kong paper the page did not show to be Hong Kong's
    assert judge(("首置買家印花稅門檻提高至600萬元。", "zh", "2026-11-18"),
                 ("First-time buyers of flats worth up to HK$6 million pay less stamp duty.", "en", "2026-11-18")
                 )[0] != "conflict"
    # the crowns say whose: the same number in Danish and Swedish crowns is a slip
    assert judge(("Prisen er 750 danske kroner.", "da", "2026-11-18"),
                 ("Der Preis steigt auf 750 schwedische Kronen.", "de", "2026-11-18"))[0] == "conflict"


def test_an_outlets_own_conversion_meets_the_same_sum_where_nothing_else_is_compared():
    fr = ("L'économie ghanéenne a économisé 2,9 milliards de cedis, soit environ 244 millions de dollars.", "fr",
          "2026-11-20")
    en = "At today's interbank rate of GH¢11.90 to the dollar, that is about $%s million."
    state, lines, _ = judge(fr, (en % 244, "en", "2026-11-20"))
    assert state == "consistent" and any("own conversion" in line for line in lines)
    # an agreement only: another sum is no conflict with a conversion
    assert judge(fr, (en % 310, "en", "2026-11-20"))[0] != "conflict"


def test_a_ransom_in_bitcoin_is_compared_in_bitcoin():
    state, lines, _ = judge(("Gli hacker hanno chiesto 4.500 bitcoin, circa 41 milioni di dollari.", "it", "2026-11-20"),
                            ("Hackers had demanded 450 bitcoin, worth about $41m at the time.", "en", "2026-11-20"))
    assert state == "conflict" and any("4.500 bitcoin vs 450 bitcoin" in line for line in lines), lines
    state, lines, _ = judge(("Los atacantes reclamaban 450 bitcoins, unos 42 millones de dólares.", "es", "2026-11-20"),
                            ("Hackers had demanded 450 bitcoin, worth about $41m at the time.", "en", "2026-11-20"))
    # one ransom, which the two outlets' dollars price at two rates
    assert state == "differs-slightly" and "money 450 bitcoins ≈ 450 bitcoin" in lines \
        and any("42 millones de dólares vs $41m" in line and "own conversions" in line for line in lines)


def test_a_sum_meets_a_price_in_its_own_currency_only_where_a_slip_could_make_one_the_other():
    # the Spanish dollars are the Taiwanese sum's, not its price per egg's
    state, lines, _ = judge(("El ministerio destinará 43,2 millones de dólares a subvencionar a los importadores, a "
                             "razón de 1,2 dólares taiwaneses por huevo.", "es", "2026-11-24"),
                            ("台灣農業部表示，全案補貼經費為新台幣4320萬元。", "zh", "2026-11-24"))
    assert state == "conflict" and any("43,2 millones de dólares vs 台幣4320萬" in line for line in lines), lines


def test_a_plain_number_near_the_others_sum_is_that_sum_its_currency_unsaid():
    de = ("Vor der Freigabe kostete ein Dollar offiziell 166,10 Birr.", "de", "2026-11-18")
    fr = ("Mardi, le birr s'échangeait à 166,10 pour un dollar.", "fr", "2026-11-18")
    state, lines, _ = judge(de, fr)
    assert state == "consistent" and any("says no currency" in line for line in lines)
    # its currency is a guess: a sum far off is not compared, not a conflict
    far = ("Mardi, le birr s'échangeait à 175,90 pour un dollar.", "fr", "2026-11-18")
    assert judge(de, far)[0] != "conflict"


def test_a_change_of_a_sum_without_its_currency_takes_the_other_s():
    state, _, _ = judge(("Les réserves ont reculé de 6,3 milliards en sept jours.", "fr", "2026-11-14"),
                        ("Las reservas cayeron en 6.300 millones de dólares en la semana.", "es", "2026-11-14"))
    assert state == "consistent"


def test_a_sum_no_rate_converts_meets_the_other_outlets_own_conversion_into_its_currency():
    # no ECB rate for the lek: the Albanian outlet's own conversion of the euros is what the lek meets
    it = ("Tra il 9 e il 15 novembre l'Albania ha incassato circa 2,2 miliardi di lek.", "it", "2026-11-17")
    sq = ("Të ardhurat arritën në 21,9 milionë euro, rreth 2,13 miliardë lekë sipas kursit zyrtar.", "sq",
          "2026-11-17")
    state, lines, _ = judge(it, sq)
    assert state == "differs-slightly" and any("2,13 miliardë lekë" in line and "own conversion" in line
                                               for line in lines)
    far = ("Tra il 9 e il 15 novembre l'Albania ha incassato circa 3,1 miliardi di lek.", "it", "2026-11-17")
    assert judge(far, sq)[0] != "consistent"


def test_a_plain_rate_takes_the_currency_of_the_rate_it_meets_among_the_other_s_sums():
    it = ("Martedì il rand è sceso a 18,65 per dollaro, il livello più debole da agosto.", "it", "2026-11-17")
    es = ("Pretoria subió el precio a 5.800 rands la tonelada, unos 311 dólares al cambio del martes, de 18,65 "
          "rands por dólar.", "es", "2026-11-17")
    assert judge(it, es)[0] == "consistent"
    # and the rest of its own statement's rates, whose currency it names once
    fr = ("Le rand est passé de 18,40 rands pour un dollar lundi à 18,90 vendredi, après 18,65 mercredi.", "fr",
          "2026-11-20")
    es = ("El rand cerró este miércoles en 18,65 rands por dólar.", "es", "2026-11-20")
    state, lines, _ = judge(es, fr)
    assert state == "consistent" and any("18,65 rands ≈ 18,65" in line for line in lines)


def test_an_exchange_rate_in_the_brackets_is_no_conversion_of_the_sum():
    de = ("Für den Winterdienst hat Toronto 126,8 Millionen kanadische Dollar eingeplant, umgerechnet 78,3 Millionen "
          "Euro (Kurs: 1,62 Dollar je Euro).", "de", "2026-12-01")
    en = ("Toronto's snow-clearing budget for the season is C$126.8 million.", "en", "2026-12-01")
    assert judge(de, en)[0] == "consistent"


def test_the_loti_is_the_rand_at_par():
    rand = ("In Johannesburg, fine mohair averaged R412 a kilogram at Tuesday's sale.", "en", "2026-11-18")
    state, _, _ = judge(rand, ("In Maseru, mohair fetched M412 a kilogram on Tuesday.", "en", "2026-11-18"))
    assert state == "consistent"
    state, _, _ = judge(rand, ("In Maseru, mohair fetched M241 a kilogram on Tuesday.", "en", "2026-11-18"))
    assert state != "consistent"


def test_a_conversion_meets_the_others_sum_in_its_currency_that_follows_the_amount():
    # the French outlet's euros are no courtesy by their form ("pour 2027-2028, soit"); the German's are
    fr = ("Le régulateur a autorisé des recettes de 412,6 milliards de rands pour 2027-2028, soit 20,5 milliards "
          "d'euros au cours de jeudi.", "fr", "2026-11-27")
    de = ("Zugestanden wurden ihm für 2027/28 nun 412,6 Milliarden Rand, nach aktuellem Kurs rund 20,4 Milliarden "
          "Euro.", "de", "2026-12-01")
    state, lines, _ = judge(fr, de)
    assert state == "differs-slightly"
    assert any("20,5 milliards d'euros vs 20,4 Milliarden Euro" in line and "own conversions" in line for line in lines)
    # such a sum is compared, but never taken for a wrong rate: it may be another sum
    far = ("Zugestanden wurden ihm für 2027/28 nun 412,6 Milliarden Rand, nach aktuellem Kurs rund 24 Milliarden "
           "Euro.", "de", "2026-12-01")
    assert judge(fr, far)[0] == "differs-slightly"


def test_a_ranges_conversions_are_not_held_against_one_end():
    en = ("Fines range from €500 to €1,000 ($580 to $1,160).", "en", "2026-11-20")
    es = ("Las multas van de 500 a 1.000 euros, entre 590 y 1.180 dólares.", "es", "2026-11-20")
    state, lines, _ = judge(en, es)
    assert state != "conflict" and not any("$580 vs 1.180" in line for line in lines), lines
