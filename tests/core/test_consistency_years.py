"""Graded consistency of years and dates: one year mistyped, the same figure said of two years, a date or
month a year off, quarters and parts of the year, and years said relative to the article ("last year",
"next year", "a year ago"). One pair of short sentences per rule, with the reason it states."""

from __future__ import annotations

from tests.core.pairs import judge


def test_a_wrong_year_of_one_event_is_a_conflict():
    state, lines, _ = judge(("Spotify avait déposé plainte en 2019.", "fr", "2024-03-04"),
                            ("Spotify hatte sich 2020 bei der Kommission beschwert.", "de", "2024-03-04"))
    assert state == "conflict" and "years: 2019 vs 2020 (complaint)" in lines


def test_one_year_mistyped_is_a_conflict_but_two_years_of_a_story_are_not():
    lighthouse = ("Le phare, construit en 1886, mesure 52 mètres.", "fr", "2026-11-03")
    state, lines, _ = judge(lighthouse, ("El faro, levantado en 1868, tiene 52 metros de altura.", "es", None))
    assert state == "conflict" and "years: 1886 vs 1868 (one year mistyped: two digits swapped)" in lines
    # a decade wrong, the last digit kept, and nothing else to compare
    state, lines, _ = judge(("Die letzte große Flut gab es 2013.", "de", "2026-11-03"),
                            ("The last great flood was in 2003.", "en", "2026-11-03"))
    assert state == "conflict" and "years: 2013 vs 2003 (one year mistyped: another decade)" in lines
    # years a few apart are two times of one story, not a slip
    for other in ("El faro, levantado en 1888, tiene 52 metros de altura.", "El faro, reformado en 1986, tiene 52 metros."):
        assert judge(lighthouse, (other, "es", None))[0] != "conflict"
    # each year with its own figures, none in common: two years of a story ("since 2017" / "from 2027")
    state, lines, _ = judge(("Baden-Württemberg verlangt seit 2017 Gebühren von 1.500 Euro pro Semester.", "de",
                             "2026-11-18"),
                            ("Het collegegeld stijgt vanaf 2027 van 5.000 naar 8.000 euro per semester.", "nl", None))
    assert state != "conflict" and not any("mistyped" in line for line in lines)
    # a statement with a figure of another year ("last year") names two years
    _, lines, _ = judge(("2013 kamen 30 Besucher, im vergangenen Jahr waren es 40 Besucher.", "de", "2026-11-03"),
                        ("In 2003 there were 30 visitors.", "en", "2026-11-03"))
    assert not any("mistyped" in line for line in lines)


def test_one_year_said_by_each_is_what_they_say_where_one_gives_no_other_figure():
    # the same year agrees, where before nothing was compared
    state, lines, said = judge(("Die Sporthalle wurde zuletzt 1974 umgebaut.", "de", "2026-11-03"),
                               ("La salle a été rénovée pour la dernière fois en 1974, selon la mairie.", "fr", None))
    assert state == "consistent" and "year 1974 both (the same year)" in lines
    assert said == "numbers: consistent (the same year)"
    # two or more years apart: one outlet's wrong date, though neither digit slipped
    state, lines, said = judge(("Das Stellwerk ging 2015 in Betrieb.", "de", "2026-11-03"),
                               ("The signal box, which entered service in 2012 and handles 300 trains a day, failed.",
                                "en", "2026-11-03"))
    assert state == "conflict" and "years: 2015 vs 2012 (another year)" in lines
    assert said == "numbers: conflict (year 2015 vs 2012)"
    # a year of an event the statement names beside a year of what the other does not say
    state, _, _ = judge(("Die Halle wurde 1971 errichtet.", "de", "2026-11-03"),
                        ("În martie 2004, un incendiu a distrus acoperișul.", "ro", "2026-11-03"))
    assert state != "conflict"
    # two events of different names are two events, years apart
    state, _, _ = judge(("The Kestrel probe was lost on its descent in 2019.", "en", "2026-11-03"),
                        ("En marzo de 2023, la sonda Albatros se convirtió en la primera en aterrizar.", "es", "2026-11-03"))
    assert state != "conflict"
    # a year apart may be two steps of one story: a launch and the start of production
    state, _, _ = judge(("Le médicament doit être lancé en 2027.", "fr", "2026-11-03"),
                        ("Die Produktion im neuen Werk beginnt 2028.", "de", "2026-11-03"))
    assert state != "conflict"
    # two years said by both agree; one of them is not enough (a phase and the whole may be two steps)
    state, lines, _ = judge(("Die Eröffnung verschiebt sich damit von 2031 auf 2034.", "de", "2026-11-17"),
                            ("Odprtje predora se s tem premika z leta 2031 na leto 2034.", "sl", "2026-11-18"))
    assert state == "consistent" and "year 2031, 2034 both (the same years)" in lines
    state, _, _ = judge(("Radovi će biti završeni do kraja 2030., a puni promet kreće u rujnu 2031.", "hr",
                         "2026-11-17"), ("Пълното натоварване започва през септември 2031 г.", "bg", "2026-11-18"))
    assert state != "consistent"
    # where both give other figures, the years are those figures' and are not compared alone
    state, lines, _ = judge(("In 2019 the club had 400 members.", "en", "2026-11-03"),
                            ("2022 zählte der Verein 650 Mitglieder.", "de", "2026-11-03"))
    assert not any(line.startswith("years:") for line in lines)


def test_this_years_event_beside_one_a_decade_or_more_before_is_no_wrong_year():
    # the census of this year and the one before it: a decade apart, not a decade mistyped
    state, lines, _ = judge(("The 2026 count put the population at 1,204,330.", "en", "2026-11-17"),
                            ("Bevölkerung: 1.204.330 Menschen, nach 1.180.200 bei der Zählung 2016.", "de", None),
                            story=("2026-11-17",))
    assert state == "consistent" and not any(line.startswith("years:") for line in lines)
    state, lines, _ = judge(("Der Neubau soll 2026 eröffnet werden.", "de", "2026-11-03"),
                            ("L'ancien bâtiment date de 1974.", "fr", "2026-11-03"))
    assert state is None and lines == []
    # two years of the past, a decade apart, beside a shared figure: still one year mistyped
    state, lines, _ = judge(("Der letzte Streik 2009 dauerte sechs Tage.", "de", "2026-11-03"),
                            ("The last strike, in 2019, lasted six days.", "en", "2026-11-03"))
    assert state == "conflict" and "years: 2009 vs 2019 (one year mistyped: another decade)" in lines


def test_a_second_year_mistyped_beside_a_year_both_give_is_a_slip():
    state, lines, _ = judge(("Il completamento, previsto per il 2028, slitta al 2036.", "it", "2026-11-18"),
                            ("Die Fertigstellung verschiebt sich von 2028 auf 2063.", "de", "2026-11-18"))
    assert state == "conflict" and "years: 2036 vs 2063 (one year mistyped: two digits swapped)" in lines
    # a plan moved by other years is two statements of its moves
    state, _, _ = judge(("Il completamento, previsto per il 2028, slitta al 2031.", "it", "2026-11-18"),
                        ("Die Fertigstellung verschiebt sich von 2028 auf 2033.", "de", "2026-11-18"))
    assert state != "conflict"


def test_a_round_count_of_a_years_digits_after_an_approximation_word_is_a_count():
    state, lines, _ = judge(("Codziennie na promy czeka około 1800 ciężarówek.", "pl", "2026-11-03"),
                            ("Rundt 1800 lastebiler venter hver dag på fergene.", "no", "2026-11-03"))
    assert state == "consistent" and any(line.startswith("number 1800 ≈ 1800") for line in lines)
    # a year is still a year
    _, lines, _ = judge(("Das Werk wurde 1800 gegründet.", "de", "2026-11-03"),
                        ("The plant was founded in 1800.", "en", "2026-11-03"))
    assert "year 1800 both (the same year)" in lines


def test_a_date_a_year_off_on_the_same_month_is_a_conflict_but_a_series_of_years_is_not():
    state, lines, _ = judge(("La taxe s'appliquera à partir du 1er mars 2028.", "fr", "2026-11-03"),
                            ("The levy will apply from March 1, 2027.", "en", "2026-11-03"))
    assert state == "conflict" and "years: 2028 vs 2027 (one year mistyped: the same month a year apart)" in lines
    # a year apart without a month: two years of a story
    assert judge(("La taxe s'appliquera à partir de 2028.", "fr", "2026-11-03"),
                 ("The levy will apply from 2027.", "en", "2026-11-03"))[0] != "conflict"
    # one month's figure in two years: the same rate twice is one slipped year, two rates a series
    october = ("În octombrie 2024, rata șomajului era de 8,1%.", "ro", "2026-11-03")
    assert judge(october, ("In October 2025, the jobless rate stood at 8.1%.", "en", "2026-11-03"))[0] == "conflict"
    assert judge(october, ("In October 2025, the jobless rate stood at 7.9%.", "en", "2026-11-03"))[0] != "conflict"


def test_a_second_date_a_year_off_beside_a_date_both_give_is_a_slip():
    state, lines, _ = judge(("Le club ne retrouvera pas son enceinte avant octobre 2028, au lieu d'août 2026 comme prévu.",
                             "fr", "2026-11-20"),
                            ("Die Wiedereröffnung verschiebt sich von August 2026 auf Oktober 2027.", "de", "2026-11-20"))
    assert state == "conflict" and "years: 2028 vs 2027 (one date mistyped: the same month a year apart)" in lines
    # two other months: two steps of a story, not one date twice
    assert judge(("Le club ne retrouvera pas son enceinte avant mars 2028, au lieu d'août 2026 comme prévu.",
                  "fr", "2026-11-20"),
                 ("Die Wiedereröffnung verschiebt sich von August 2026 auf Oktober 2027.", "de", "2026-11-20"))[0] != "conflict"


def test_the_same_amount_in_a_span_of_years_is_no_slip_but_one_outside_it_is():
    stages = ("The reform would lift the retirement age from 67 to 69 in stages between 2032 and 2040.", "en", "2026-11-18")
    state, _, _ = judge(stages, ("La réforme relève l'âge légal de 67 à 69 ans d'ici 2040, par paliers à partir de 2032.",
                                 "fr", "2026-11-18"))
    assert state != "conflict"
    state, lines, _ = judge(stages, ("Reformen hæver pensionsalderen fra 67 til 69 år allerede i 2030.", "da", "2026-11-18"))
    assert state == "conflict" and any("another year" in line for line in lines)


def test_a_toll_of_an_earlier_year_is_not_held_against_one_of_its_day():
    state, lines, _ = judge(("That compares with 2,870 cases in the same period of 2025.", "en", "2026-11-19"),
                            ("In heel Europa gaat het om ruim 6300 gevallen, ruim twee keer zoveel als een jaar eerder.",
                             "nl", "2026-11-19"))
    assert state == "not-compared" and "a count of 2025 and one of 2026" in " ".join(lines)


def test_the_first_nine_months_are_not_the_third_quarter_but_the_same_amount_is_a_slip():
    nine = ("For the first nine months, revenue was DKK53.7bn, up 11%.", "en", "2026-11-05")
    state, lines, _ = judge(nine, ("Au troisième trimestre, le chiffre d'affaires a atteint 18,4 milliards de couronnes "
                                   "danoises.", "fr", "2026-11-05"))
    assert state != "conflict"
    state, lines, _ = judge(nine, ("Im dritten Quartal stieg der Umsatz auf 53,7 Milliarden dänische Kronen.", "de",
                                   "2026-11-05"))
    assert state == "conflict" and "the same amount for another part of the year" in " ".join(lines)
    # a range of months that is a part of the year is that part, not its last month
    state, _, _ = judge(nine, ("De enero a septiembre, la facturación fue de 53.700 millones de coronas danesas.", "es",
                               "2026-11-05"))
    assert state == "consistent"
    state, _, _ = judge(nine, ("Von Juli bis September stieg der Umsatz auf 53,7 Milliarden dänische Kronen.", "de",
                               "2026-11-05"))
    assert state == "conflict"


def test_last_year_is_the_year_before_the_articles():
    vondel = ("Im vergangenen Jahr lag der Umsatz von Vondel bei 6,3 Milliarden Euro.", "de", "2026-11-20")
    state, lines, _ = judge(vondel, ("Nel 2024 Vondel ha fatturato 6,1 miliardi di euro.", "it", "2026-11-20"))
    assert state == "not-compared" and "figures of different years" in lines[0] and "(2025)" in lines[0]
    state, _, _ = judge(vondel, ("Nel 2025 Vondel ha fatturato 6,8 miliardi di euro.", "it", "2026-11-20"))
    assert state == "conflict"
    # a change is measured from last year, not of it
    state, _, _ = judge(("A termés 21 százalékkal több a tavalyinál.", "hu", "2026-09-02"),
                        ("The harvest is up 21% on 2025.", "en", "2026-09-02"))
    assert state == "consistent"


def test_a_relative_year_right_by_a_figure_is_its_own():
    quota = ("The sand quota will be cut next year to 11.2 million cubic metres from 17.5 million in 2026.", "en",
             "2026-11-24")
    state, lines, _ = judge(quota, ("Die Quote für 2027 sinkt von 17,5 Millionen Kubikmetern in diesem Jahr auf 11,2 "
                                    "Millionen.", "de", "2026-11-24"))
    assert state == "consistent", lines
    # not one in parentheses before the figure
    state, lines, _ = judge(("La cuota (recortada el año pasado) es de 17.500 toneladas.", "es", "2026-11-24"),
                            ("The quota is 17,500 tonnes in 2026.", "en", "2026-11-24"))
    assert state == "consistent", lines


def test_a_relative_year_a_change_is_measured_from_dates_no_figure():
    state, lines, _ = judge(("THSRC carried 69.8 million passengers in the first ten months, up 4.2% from a year "
                             "earlier, or about 229,600 passengers a day.", "en", "2026-11-20"),
                            ("Im Jahr 2026 waren es im Schnitt 229.600 Fahrgäste pro Tag.", "de", "2026-11-20"))
    assert state == "consistent", lines


def test_figures_of_different_months_are_not_compared():
    en = ("Euro zone inflation eased to 2.2% in November from 2.4% in October.", "en", "2024-12-03")
    state, lines, _ = judge(en, ("L'inflazione nell'eurozona a novembre è scesa al 2,4%.", "it", "2024-12-04"))
    assert state == "conflict" and any("2.2%" in line and "2,4%" in line for line in lines)  # not October's 2.4%
    state, _, _ = judge(en, ("Inflationen var 2,4 procent i oktober.", "da", "2024-12-03"))
    assert state == "consistent"


def test_a_month_is_read_past_its_own_preposition_and_its_year():
    october = ("L'inflation mensuelle est tombée à 2,7 % en octobre en Argentine, au plus bas depuis près de trois ans.",
               "fr", "2024-11-13")
    state, lines, _ = judge(october, ("En diciembre de 2023 la inflación mensual había trepado al 25,5%.", "es", None))
    assert state == "not-compared" and "different months" in lines[0], lines


def test_the_year_of_a_record_a_breach_or_a_sanction_is_compared():
    assert judge(("Bologna beat the city's previous record of 40.7C set in 2007.", "en", "2025-07-16"),
                 ("Il record precedente risaliva all'agosto 2017.", "it", "2025-07-16"))[0] == "conflict"
    assert judge(("Os criminosos acessaram os servidores entre 2 e 9 de maio de 2024.", "pt", "2025-05-22"),
                 ("Peretas mengakses server antara 2 dan 9 Mei 2025.", "id", "2025-05-20"))[0] == "conflict"
    assert judge(("The watchdog CNMC had imposed the fines in a 2019 decision.", "en", "2024-10-22"),
                 ("La CNMC impuso la sanción en noviembre de 2021.", "es", "2024-10-22"))[0] == "conflict"
    # "a record 41.9C" is a temperature, compared as any
    assert judge(("Bologna set a record of 41.9C.", "en", "2025-07-16"),
                 ("Bologna ha toccato i 41,9 gradi.", "it", "2025-07-16"))[0] == "consistent"


def test_a_year_a_figure_is_compared_with_is_not_that_figures_year():
    de = ("Die teuerste Kategorie kostet 1.050 Euro und damit rund zehn Prozent mehr als beim Finale 2026.", "de",
          "2026-11-20")
    en = ("Fans will pay up to €1,050 (£918) for a seat at the final on 5 June 2027.", "en", "2026-11-20")
    assert judge(de, en)[0] == "consistent"


def test_a_sum_of_some_years_ago_is_an_earlier_level():
    past = ("Ribeirense, who paid just €3.5m for him three years ago, keep a 10% sell-on clause.", "en", "2026-08-27")
    state, _, _ = judge(past, ("El club inglés pagará unos 77 millones de dólares por el centrocampista.", "es", "2026-08-27"))
    assert state == "not-compared"
    state, _, _ = judge(past, ("Il Ribeirense lo aveva pagato 3,5 milioni di euro tre anni fa.", "it", "2026-08-27"))
    assert state == "consistent"


def test_a_quarter_s_count_is_no_year_s_and_a_route_s_growth_no_group_s():
    q4 = ("Au quatrième trimestre, elle a accueilli 5,5 millions de passagers.", "fr", "2026-02-12")
    state, _, _ = judge(q4, ("Antalet passagerare ökade till 24,6 miljoner.", "sv", "2026-02-12"))
    assert state != "conflict"
    state, _, _ = judge(q4, ("In the fourth quarter it carried 5.8 million passengers.", "en", "2026-02-12"))
    assert state == "conflict"
    state, _, _ = judge(("Nordlys Air havde 4,1 millioner passagerer til og fra Københavns Lufthavn, en stigning på "
                         "11 procent.", "da", "2026-02-12"),
                        ("Antalet passagerare ökade med 8 procent till 24,6 miljoner.", "sv", "2026-02-12"))
    assert state != "conflict"


def test_figures_of_different_quarters_are_not_compared_and_a_base_quarter_is_no_figure_s():
    q2 = ("Im zweiten Quartal hatte der Anstieg im Jahresvergleich noch 7,6 Prozent betragen.", "de", "2026-11-12")
    state, lines, _ = judge(q2, ("Prices rose 8.4% year on year in the third quarter.", "en", "2026-11-12"))
    assert state == "not-compared" and "(Q2)" in lines[0] and "(Q3)" in lines[0], lines
    state, _, _ = judge(("Im dritten Quartal stiegen die Preise im Jahresvergleich um 7,6 Prozent.", "de", "2026-11-12"),
                        ("Prices rose 8.4% year on year in the third quarter.", "en", "2026-11-12"))
    assert state == "conflict"
    # "compared with the second quarter" is the change's base: the growth is the third quarter's
    state, lines, _ = judge(("Sveriges BNP ökade med 0,6 procent jämfört med andra kvartalet, enligt SCB.", "sv", "2026-10-30"),
                            ("Le PIB suédois a progressé de 2,1 % au troisième trimestre par rapport au trimestre précédent.",
                             "fr", "2026-10-30"))
    assert not any("quarters" in line for line in lines)


def test_east_asian_quarters_and_halves_are_parts_of_the_year():
    third = ("Apple shipped 10.6 million iPhones in Q3.", "en", "2026-11-20")
    # "3분기" is the third quarter, no count of 3; "2분기" the second, whose count is another's
    state, _, _ = judge(("애플의 3분기 출하량은 1060만 대로 추산됐다.", "ko", "2026-11-20"), third)
    assert state == "consistent"
    state, lines, _ = judge(("애플의 2분기 출하량은 960만 대였다.", "ko", "2026-11-20"), third)
    assert state == "not-compared" and "(Q2)" in lines[0], lines
    state, lines, _ = judge(("苹果第二季度出货量为960万部。", "zh", "2026-11-20"), third)
    assert state == "not-compared" and "(Q2)" in lines[0], lines
    # the first three quarters are the year so far, not the third quarter
    nine = ("Fiji's tourism revenue reached F$2.14 billion in the first nine months.", "en", "2026-11-13")
    state, _, _ = judge(("斐济前三季度旅游收入达21.4亿斐济元。", "zh", "2026-11-13"), nine)
    assert state == "consistent"
    state, _, _ = judge(("피지의 1~3분기 관광 수입은 21억4천만 피지달러였다.", "ko", "2026-11-13"), nine)
    assert state == "consistent"
    state, lines, _ = judge(("斐济第三季度旅游收入达7.8亿斐济元。", "zh", "2026-11-13"), nine)
    assert state == "not-compared" and "Q3" in lines[0], lines
    # the first half is the first half, no other part of the year
    half = ("今年上半年阿富汗共出口藏红花46.2吨。", "zh", "2026-11-10")
    state, _, _ = judge(half, ("Afghanistan exported 46.2 tonnes of saffron in the first half.", "en", "2026-11-10"))
    assert state == "consistent"
    state, lines, _ = judge(half, ("Afghanistan exported 71.5 tonnes of saffron in the first nine months.", "en",
                                   "2026-11-10"))
    assert state == "not-compared" and "H1" in lines[0], lines
    # a run of quarters ("3四半期ぶり": the first in three quarters) names no quarter
    state, _, _ = judge(("アップルの出荷台数は3四半期ぶりに1060万台となった。", "ja", "2026-11-20"), third)
    assert state == "consistent"


def test_the_months_to_one_are_a_part_of_the_year():
    third = ("数据显示，第三季度新登记租约14.2万份。", "zh", "2026-11-20")
    state, lines, _ = judge(("The RTB registered 14,236 new tenancies in the three months to September.", "en",
                             "2026-11-20"), third)
    assert state == "conflict", lines  # a power of ten off, in one quarter
    so_far = ("Exports reached $5.2 billion in the first ten months of the year.", "en", "2026-11-20")
    state, _, _ = judge(("Exports reached $5.2 billion in the ten months to October.", "en", "2026-11-20"), so_far)
    assert state == "consistent"
    state, lines, _ = judge(("Exports reached $1.6 billion in the three months to October.", "en", "2026-11-20"),
                            so_far)
    assert state == "not-compared" and "Aug-Oct" in lines[0], lines


def test_figures_of_different_years():
    state, lines, _ = judge(("Elle a perçu 11,2 millions de dollars en 2025.", "fr", None),
                            ("She received $18.6m last year, up from $11.2m in 2024.", "en", "2026-03-20"))
    assert state == "conflict" and any("another year: 2025 / 2024" in line for line in lines), lines
    state, _, _ = judge(("En 2024, Auren avait déjà rappelé 340 000 Terra.", "fr", "2026-05-12"),
                        ("Już w 2021 roku Auren wezwał do serwisów 340 tys. samochodów Terra.", "pl", "2026-05-12"))
    assert state == "conflict"  # the same recall, another year
    state, lines, _ = judge(("Il club lo aveva pagato 3,5 milioni di euro nel 2023.", "it", "2026-08-01"),
                            ("Westbridge zahlt 68 Millionen Euro im Jahr 2026.", "de", "2026-08-01"))
    assert state == "not-compared" and "different years" in lines[0], lines


def test_this_year_and_next_year_date_their_own_clauses():
    next_year = ("Lithuania plans to cut its budget deficit to 2.7% of GDP next year.", "en", "2026-11-10")
    state, lines, _ = judge(next_year, ("Šiemet deficitas, ministerijos vertinimu, sieks 3,1 % BVP.", "lt", "2026-11-10"))
    assert state == "not-compared" and "different years" in lines[0]
    # "o šiemet" opens the next clause: the sum before it is not this year's
    defence = ("Krašto apsaugai kitąmet numatyta 5,5 % BVP – apie 4,75 mlrd. eurų, o šiemet skirta 5 % BVP.", "lt",
               "2026-11-10")
    state, _, _ = judge(defence, ("На оборону выделят около 4,75 млрд евро.", "ru", "2026-11-11"))
    assert state == "consistent"
    state, _, _ = judge(("Vireo Air flög drygt 9 miljoner passagerare förra året, och satsningen väntas ge omkring 650 jobb.",
                         "sv", "2026-11-11"), ("Vireo said the expansion would create about 650 jobs by 2031.", "en",
                                               "2026-11-10"))
    assert state == "consistent"
    # "while" opens another clause, and its "last year" is that clause's
    state, _, _ = judge(("Mandag passerte 21 400 kjøretøy broen, ifølge selskapet, mens snittet i fjor lå på 20 000 per døgn.",
                         "no", "2026-11-12"), ("Last year 7.3 million vehicles crossed the bridge.", "en", "2026-11-10"))
    assert state != "conflict"
    # and so does Greek "but": this year is not 2008's
    state, _, _ = judge(("«Θυμίζει το 2008, όταν τα αποθέματα είχαν πέσει στο 7,1%, αλλά φέτος η βροχή ήταν ακόμη "
                         "λιγότερη», δήλωσε η υπουργός.", "el", "2026-11-17"),
                        ("In 2008 storage fell to 7.1 per cent in the spring.", "en", "2026-11-18"))
    assert state == "consistent"


def test_the_year_a_building_was_built():
    state, lines, _ = judge(("Het stadion werd in 1916 gebouwd.", "nl", "2026-11-16"),
                            ("Stadion postavený v roce 1961 prošel rekonstrukcí.", "cs", "2026-11-17"))
    assert state == "conflict" and "1916" in lines[0]
    state, _, _ = judge(("The arena, built in 1961 and rebuilt between 2019 and 2021, holds 18,500.", "en", None),
                        ("Staadion ehitati 1961. aastal.", "et", "2026-11-17"), story=("2026-11-17",))
    assert state == "consistent"


def test_an_undated_pages_next_year_is_dated_by_its_story():
    undated = ("Polská ekonomika by podle prognózy centrální banky měla v příštím roce vzrůst o 3,4 %.", "cs", None)
    # in a story of November 2026, "next year" is 2027: not the 3.4% of 2026
    state, lines, _ = judge(undated, ("The economy should grow 3.4% in 2026.", "en", "2026-11-05"),
                            story=("2026-11-05",))
    assert state == "not-compared" and "different years" in lines[0]
    # a change "this year" is of this year ("crescere del 3,4% quest'anno")
    state, _, _ = judge(("Il Pil dovrebbe crescere del 3,4% quest'anno.", "it", "2026-11-06"),
                        ("GDP will grow 3.4% in 2026.", "en", "2026-11-05"))
    assert state == "consistent"
    # a relative year in the middle of a sentence dates only its own clause
    state, _, _ = judge(("W kwocie to około 2,4 mld euro, czyli mniej niż w tym roku, gdy deficyt ma wynieść 3,1 proc.",
                         "pl", "2026-11-12"), ("The 2027 shortfall is about €2.4bn.", "en", "2026-11-10"))
    assert state == "consistent"


def test_the_year_a_figure_is_compared_with_is_not_its_own():
    # "below this year's record" is what next year's crop is compared with
    state, _, _ = judge(("Pentru anul viitor, Ministerul Agriculturii estimează o recoltă de 12,5 milioane de tone.", "ro",
                         "2026-09-02"),
                        ("The ministry forecasts next year's wheat crop at 12.5 million tonnes, below this year's record.",
                         "en", None), story=("2026-09-02",))
    assert state == "consistent"


def test_a_price_a_year_ago_is_last_years():
    state, lines, _ = judge(("Hace un año la botella costaba 4,10 euros.", "es", "2026-11-17"),
                            ("Cette année, la bouteille coûte en moyenne 9,95 euros.", "fr", "2026-11-19"))
    assert state == "not-compared" and "different years" in lines[0], lines


def test_a_year_earlier_dates_only_the_figure_it_follows():
    state, lines, _ = judge(("Measles cases have reached 6,340 this year.", "en", "2026-11-05"),
                            ("The agency counts 6,340 cases, up from 2,870 a year earlier.", "en", "2026-11-06"))
    assert state == "consistent", lines


def test_one_month_each_a_year_apart_is_a_slip():
    # the new deadline: June 2028, one outlet wrote June 2027; the other also names the old end of 2026
    state, lines, _ = judge(("Hallitus siirsi takarajan kesäkuun 2027 loppuun.", "fi", "2026-11-19"),
                            ("L'échéance est désormais fixée au 30 juin 2028 au lieu de la fin 2026.", "fr", "2026-11-19"))
    assert state == "conflict" and "the same month a year apart" in " ".join(lines)


def test_a_month_one_year_off_from_the_one_of_its_name_the_other_names_among_others_is_a_slip():
    state, lines, _ = judge(("Washingtonul a impus, în octombrie 2018, taxe de 25% pe vinuri.", "ro", "2026-11-12"),
                            ("Washington impuso desde el 18 de octubre de 2019 un arancel del 25 % a los vinos, que no "
                             "se suspendió hasta marzo de 2021.", "es", "2026-11-12"))
    assert state == "conflict" and "the same month a year apart" in " ".join(lines)


def test_a_date_a_year_off_is_a_slip_even_where_the_figures_agree():
    # the order of 17 November: the Swedish page wrote 2025 in November 2026; the Lithuanian, the day alone
    state, lines, _ = judge(("Beslutet om att utrymma 23 hus fattades den 17 november 2025.", "sv", "2026-11-19"),
                            ("Valdžia antradienį, lapkričio 17 d., įsakė evakuoti 23 namus.", "lt", "2026-11-19"))
    assert state == "conflict" and "the same day a year apart" in " ".join(lines)


def test_the_same_figure_said_of_two_near_years_is_one_event_with_a_wrong_year():
    state, lines, _ = judge(("Flicksy was fined €95 million by the regulator in September 2023.", "en", "2026-11-17"),
                            ("Yhtiö sai saman viranomaisen sakon jo vuonna 2022, jolloin summa oli 95 miljoonaa euroa.",
                             "fi", "2026-11-20"))
    assert state == "conflict" and any("another year for the same €95 million" in line for line in lines)
    # a season is both its years: the other's year is within it
    state, _, _ = judge(("Malawi is still scarred by the 2022-23 epidemic, which killed 1,768 people.", "en",
                         "2026-11-17"),
                        ("Mlipuko wa mwaka 2023 uliua watu 1,768 nchini Malawi.", "sw", "2026-11-18"))
    assert state == "consistent"
    state, _, _ = judge(("L'épidémie de 2020-21 a tué 1 768 personnes au Malawi.", "fr", "2026-11-17"),
                        ("Mlipuko wa mwaka 2023 uliua watu 1,768 nchini Malawi.", "sw", "2026-11-18"))
    assert state == "conflict"
    # a decade apart, the same sum is of two events
    state, _, _ = judge(("Das 1912 eröffnete Stadion kostet nun 131,5 Millionen Euro.", "de", "2026-11-17"),
                        ("La rénovation, achevée en 2024, coûtera 131,5 millions d'euros.", "fr", "2026-11-18"))
    assert state != "conflict"


def test_a_year_a_figure_passes_or_of_this_year_is_no_wrong_year():
    en = ("Portugal approved a rise in the monthly minimum wage to 980 euros from January, a 60-euro increase that "
          "goes beyond the level pledged in a 2024 deal with unions.", "en", "2026-11-26")
    pt = ("O Governo fixou o salário mínimo em 980 euros a partir de 1 de janeiro de 2027.", "pt", "2026-11-26")
    assert judge(en, pt)[0] == "consistent"
    pt = ("Trata-se de um aumento de 60 euros, ou 6,5%, face aos 920 euros em vigor desde janeiro deste ano, "
          "acordados em outubro de 2024.", "pt", "2026-11-26")
    fr = ("Le salaire minimum passera de 920 à 980 euros au 1er janvier 2027, soit une hausse de 6,5 %.", "fr",
          "2026-11-28")
    assert judge(pt, fr)[0] == "consistent"


def test_a_year_after_a_comparative_of_two_words_is_the_bases():
    es = ("Las ventas alcanzaron los 6.480 millones de euros, un 4,2% más que en el mismo periodo de 2025.", "es",
          "2026-11-24")
    fr = ("Les exportations ont atteint 6,48 milliards d'euros sur les neuf premiers mois de 2026, en hausse de 4,2 %.",
          "fr", "2026-11-24")
    assert judge(es, fr)[0] == "consistent"



def test_a_date_a_year_off_is_seen_in_a_latin_serbian_month_and_a_year_before_its_month():
    greek = ("Οι νέες τιμές ισχύουν από την 1η Δεκεμβρίου 2026.", "el", "2026-11-25")
    state, lines, _ = judge(("Nove cene primenjivaće se od 1. decembra 2027. godine.", "sr", "2026-11-25"), greek)
    assert state == "conflict" and "years: 2027 vs 2026 (one year mistyped: the same month a year apart)" in lines
    state, lines, _ = judge(("Yangi narxlar 2027-yil 1-dekabrdan amal qiladi.", "uz", "2026-11-25"), greek)
    assert state == "conflict" and "years: 2027 vs 2026 (one year mistyped: the same month a year apart)" in lines


def test_the_first_months_of_one_year_are_not_held_against_another_whole_year():
    nine = ("Poland exported €312 million worth of amber in the first nine months of the year.", "en", "2026-11-20")
    whole = ("W całym 2025 r. wartość eksportu bursztynu wyniosła 405 mln euro.", "pl", "2026-11-21")
    state, lines, _ = judge(nine, whole)
    assert state == "not-compared" and any("9M 2026 / 2025" in line for line in lines), lines
    # the same amount given for the other year is one outlet's slip
    slip = ("W całym 2025 r. wartość eksportu bursztynu wyniosła 312 mln euro.", "pl", "2026-11-21")
    assert judge(nine, slip)[0] == "conflict"
    # a year only said as "last year" may be read onto this year's figure: no such verdict from it
    greek = ("Η αξία τους ανήλθε σε 612,4 εκατ. ευρώ, αυξημένη κατά 6,2%, από 576,7 εκατ. ευρώ πέρυσι.", "el",
             "2026-11-17")
    french = ("De janvier à septembre, la Grèce en a vendu à l'étranger pour 612,4 millions d'euros.", "fr",
              "2026-11-20")
    assert judge(greek, french)[0] == "consistent"
