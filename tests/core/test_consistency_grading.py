"""Graded consistency, how near two figures are: roundings, approximation words and "nearly", bounds,
the precision each figure is written to, fractions in words, and what differs slightly rather than
conflicts. One pair of short sentences per rule, with the reason it states."""

from __future__ import annotations

import pytest

from tests.core.pairs import judge


def test_rounding_between_outlets_differs_slightly():
    state, lines, text = judge(("TikTok menyetor Rp322 miliar per bulan.", "id", "2024-08-20"),
                               ("TikTok menyetor Rp324 miliar per bulan.", "id", "2024-08-21"))
    assert state == "differs-slightly" and "differs by 0.6%" in lines[0] and text.startswith("numbers: differs slightly")


def test_two_agencies_readings_differ_slightly():
    state, _, _ = judge(("A magnitude 7.5 earthquake struck.", "en", "2024-01-01"),
                        ("Gempa bermagnitudo 7,6 mengguncang Jepang.", "id", "2024-01-01"))
    assert state == "differs-slightly"


def test_a_decimal_s_written_zero_is_a_digit_of_its_precision():
    harvest = ("Die französische Weichweizenernte lag bei 27,3 Mio. Tonnen.", "de", "2026-11-20")
    state, _, _ = judge(harvest, ("Il raccolto di grano tenero si è fermato a 27,0 milioni di tonnellate.", "it",
                                  "2026-11-20"))
    assert state == "differs-slightly"  # "27,0" is to the tenth, as "27,3" is: two readings
    state, _, _ = judge(harvest, ("Il raccolto di grano tenero si è fermato a 27 milioni di tonnellate.", "it",
                                  "2026-11-20"))
    assert state == "consistent"  # "27 milioni" rounds 27.3
    # a step of a rate written to the hundredth is still a slight difference, no slip
    state, _, _ = judge(("Der Leitzins liegt bei 6,50 Prozent.", "de", "2026-11-20"),
                        ("Základní sazba je 6,75 procenta.", "cs", "2026-11-20"))
    assert state != "conflict"


def test_east_asian_groups_are_written_to_their_last_group():
    state, _, _ = judge(("ブラジルの個人利用者は1億7800万人に達した。", "ja", "2026-11-20"),
                        ("O Pix tem 181 milhões de usuários pessoas físicas.", "pt", "2026-11-20"))
    assert state == "differs-slightly"  # "1億7800万" is to the million, not a rounding to "1億"


def test_a_figure_that_rounds_to_the_other_is_consistent():
    state, _, _ = judge(("The EU fined Apple €1.8 billion.", "en", "2024-03-04"),
                        ("Die EU verhängt eine Strafe von 1,84 Milliarden Euro.", "de", "2024-03-04"))
    assert state == "consistent"


def test_an_approximate_amount_agrees_with_what_rounds_to_it_and_differs_slightly_from_another_rounding():
    takeover = ("Kessler pays about 2.9 billion euros for Norrvik.", "en", "2026-11-02")
    state, _, text = judge(takeover, ("Kessler biedt 2,87 miljard euro voor Norrvik.", "nl", "2026-11-02"))
    assert state == "consistent" and '"about"' in text
    state, lines, _ = judge(takeover, ("Kessler biedt 2,8 miljard euro voor Norrvik.", "nl", "2026-11-02"))
    assert state == "differs-slightly" and "differs by 3" in lines[0]
    # far beyond what an approximation covers, a misreport
    state, _, _ = judge(takeover, ("Kessler pays 2.2 billion euros for Norrvik.", "en", "2026-11-02"))
    assert state == "conflict"


def test_a_wrong_share_is_a_conflict():
    state, _, _ = judge(("Det svarer til næsten en fjerdedel af Microsofts omsætning.", "da", "2024-08-22"),
                        ("Eso supone el 35% de los ingresos de Microsoft.", "es", "2024-08-23"))
    assert state == "conflict"


def test_two_counts_written_to_the_unit_differ_slightly_however_near():
    state, lines, _ = judge(("Bei der Zählung lebten in der Stadt 1.204.330 Menschen.", "de", "2026-11-17"),
                            ("The city's population was put at 1,206,912.", "en", "2026-11-17"))
    assert state == "differs-slightly" and any(line.startswith("number differs slightly: 1.204.330 vs 1,206,912")
                                               for line in lines)
    # one of them rounded agrees: its rounding covers the other
    state, _, _ = judge(("Die Stadt zählt rund 1,2 Millionen Einwohner.", "de", "2026-11-17"),
                        ("The city's population was put at 1,206,912.", "en", "2026-11-17"))
    assert state == "consistent"


def test_near_shares_are_two_sources_readings():
    nl = ("De opkomst bedroeg volgens de Kiesraad 76,8 procent.", "nl", "2026-10-30")
    state, lines, _ = judge(nl, ("Die Wahlbeteiligung lag laut Ipsos bei 77,3 Prozent.", "de", "2026-10-30"))
    assert state == "differs-slightly" and any("two sources" in line for line in lines)
    assert judge(nl, ("Die Wahlbeteiligung lag laut Ipsos bei 79,3 Prozent.", "de", "2026-10-30"))[0] == "conflict"


def test_a_plain_number_a_few_units_of_its_last_digit_off_differs_slightly():
    state, lines, _ = judge(("Trabajan en la zona 2.460 efectivos.", "es", "2025-08-14"),
                            ("Na zona estão 2 490 operacionais.", "pt", "2025-08-14"))
    assert state == "differs-slightly" and "2.460 vs 2 490" in lines[0]
    # within 5 %, two sources' counts of one thing, perhaps; further off, the two may count different things
    state, lines, _ = judge(("Trabajan en la zona 2.460 efectivos.", "es", "2025-08-14"),
                            ("Na zona estão 2 530 operacionais.", "pt", "2025-08-14"))
    assert state == "differs-slightly" and "perhaps two sources' counts of one thing" in lines[0]
    state, _, _ = judge(("Trabajan en la zona 2.460 efectivos.", "es", "2025-08-14"),
                        ("Na zona estão 2 600 operacionais.", "pt", "2025-08-14"))
    assert state == "not-compared"
    # and a count below a hundred is too often another
    state, _, _ = judge(("Trabajan en la zona 88 efectivos.", "es", "2025-08-14"),
                        ("Na zona estão 92 operacionais.", "pt", "2025-08-14"))
    assert state == "not-compared"


def test_a_bound_on_a_plain_number_is_met_only_near_it():
    rescuers = ("Ruim 1.500 hulpverleners zoeken verder naar overlevenden.", "nl", None)
    # what the other side counts is unsaid: far above the bound it may be anything (here, mud)
    mud = ("About 1,200 rescuers are searching 120,000 cubic metres (4.2 million cubic feet) of mud.", "en", "2026-11-17")
    state, lines, _ = judge(rescuers, mud)
    assert state == "not-compared" and not any("≈" in line for line in lines)
    state, _, _ = judge(rescuers, ("Some 1,600 were at work there on Tuesday.", "en", "2026-11-17"))
    assert state == "consistent"  # just past "more than 1,500": the same count, said two ways


def test_a_change_by_a_fraction_agrees_with_its_percent():
    assert judge(("Jövőre egyötödével drágul a bérlet.", "hu", "2026-11-20"),
                 ("The city approved a 20% rise in the monthly pass.", "en", "2026-11-20"))[0] == "consistent"
    assert judge(("Hiszpania zbierze o jedną czwartą mniej oliwy.", "pl", "2026-11-20"),
                 ("La cosecha española caerá un 26 %.", "es", "2026-11-20"))[0] == "consistent"


def test_two_fractions_in_words_are_one_share_rounded_each_way():
    quarters = ("Drei Viertel von ihnen saßen stundenlang fest.", "de", "2026-11-20")  # of whom: unsaid
    for other, state in ((("Two thirds of the passengers were stuck for hours.", "en", "2026-11-20"), "conflict"),
                         (("Près de trois voyageurs sur quatre sont restés bloqués.", "fr", "2026-11-20"), "consistent"),
                         (("Una persona su cinque è rimasta bloccata.", "it", "2026-11-20"), "conflict")):
        assert judge(quarters, other)[0] == state, other
    # so many per cent in words may be of two things, where one side does not say what
    state, _, _ = judge(("Zehn Prozent saßen fest.", "de", "2026-11-20"),
                        ("Patnáct procent zůstalo ve vlaku.", "cs", "2026-11-20"))
    assert state != "conflict"


def test_one_cap_written_twice_is_compared_as_an_amount():
    state, _, _ = judge(("Le club anglais pourrait verser jusqu'à 12 millions de livres en bonus.", "fr", "2026-08-27"),
                        ("The deal includes add-ons of up to €12m.", "en", "2026-08-27"))
    assert state == "conflict"  # pounds for euros
    state, _, _ = judge(("Bis zu 300 Menschen werden vermisst.", "de", "2026-08-27"),
                        ("Up to 280 people are missing.", "en", "2026-08-27"))
    assert state == "differs-slightly"
    state, _, _ = judge(("Up to 300 people are missing.", "en", "2026-08-27"), ("At least 280 are missing.", "en", "2026-08-27"))
    assert state == "consistent"


def test_a_measurement_of_one_digit_is_a_rounding():
    state, _, _ = judge(("Selon le capitaine du port, les vagues atteignaient 3 mètres.", "fr", "2026-06-13"),
                        ("Gelombang setinggi 2,5 meter menghantam kapal.", "id", "2026-06-13"))
    assert state == "consistent"
    state, _, _ = judge(("Le bateau a chaviré à 3 kilomètres de la côte.", "fr", "2026-06-13"),
                        ("It capsized 5.6 kilometres offshore.", "en", "2026-06-13"))
    assert state != "consistent"


def test_a_share_in_words_meets_the_share_in_digits():
    """A fraction in words is an outlet's rounding of the story's share: far from the share another
    outlet gives in digits, it is a wrong share, where each statement gives that one share."""
    third = ("Russland kaufte im Oktober etwa ein Drittel der Exporte des Landes.", "de", "2026-11-12")
    state, lines, _ = judge(third, ("Russia bought 46% of the country's exports in October.", "en", "2026-11-12"))
    assert state == "conflict" and "ein Drittel vs 46%" in lines[0], lines
    state, _, _ = judge(third, ("Russia bought 34% of the country's exports in October.", "en", "2026-11-12"))
    assert state == "consistent"
    # where a statement gives several shares, the other's may be another of them
    state, _, _ = judge(("Russland kaufte etwa ein Drittel der Exporte, China 9 Prozent.", "de", "2026-11-12"),
                        ("Russia bought 46% of the exports.", "en", "2026-11-12"))
    assert state == "not-compared"


def test_a_fraction_said_as_a_bound_is_still_that_fraction():
    quarter = ("Ruim een kwart van de gebruikers was getroffen.", "nl", "2026-11-12")
    state, _, _ = judge(quarter, ("O incidente afetou 27,3% dos utilizadores.", "pt", "2026-11-12"))
    assert state == "consistent"
    state, _, _ = judge(quarter, ("O incidente afetou 47,3% dos utilizadores.", "pt", "2026-11-12"))
    assert state == "conflict"  # "a good quarter" is no way to say nearly half


def test_more_than_a_million_in_words_is_a_bound():
    state, lines, _ = judge(("Auren recalls 1.12 million cars over brake pump fault.", "en", "2026-12-01"),
                            ("Auren rappelle plus d'un million de véhicules.", "fr", "2026-12-01"))
    assert state == "consistent", lines


def test_about_twenty_agrees_with_twenty_three_but_not_with_forty():
    french = ("Une vingtaine de personnes ont été blessées dans l'accident.", "fr", "2026-11-19")
    state, lines, _ = judge(french, ("23 people were injured in the crash.", "en", "2026-11-19"))
    assert state == "consistent", lines
    state, lines, _ = judge(french, ("40 people were injured in the crash.", "en", "2026-11-19"))
    assert state == "conflict", lines


@pytest.mark.parametrize("words, digits", [
    (("Onze personnes sont mortes dans l'accident du car.", "fr"), ("Twelve people died in the coach crash.", "en")),
    (("Elf Bergleute wurden lebend geborgen.", "de"), ("Douze mineurs ont été remontés vivants.", "fr")),
    (("U nesreći je poginulo dvanaest osoba.", "hr"), ("11 people died in the crash.", "en")),
])
def test_a_count_in_words_is_as_exact_as_its_digits(words, digits):
    # eleven is not twelve "within 10 %": a count below a hundred is exact, written either way
    state, lines, _ = judge((*words, "2026-11-19"), (*digits, "2026-11-19"))
    assert state != "consistent" and not any("within 10%" in line for line in lines), lines
    state, lines, _ = judge((*words, "2026-11-19"), (*words, "2026-11-19"))
    assert state == "consistent", lines


def test_dozens_in_words_stay_a_rounding():
    state, lines, _ = judge(("Nearly two dozen ambulances were sent to the scene.", "en", "2026-11-19"),
                            ("Na místo vyjelo 22 sanitek.", "cs", "2026-11-19"))
    assert state == "consistent", lines


def test_figures_in_one_unit_agree_only_as_far_as_their_precision_says():
    # a tenth of a point apart, each written to the tenth: two counts, not one rounding
    state, lines, _ = judge(("Die Wahlbeteiligung lag am Montag bei 52,1 Prozent.", "de", "2026-11-16"),
                            ("La participación final fue del 52,3%.", "es", "2026-11-16"))
    assert state == "differs-slightly", lines
    state, _, _ = judge(("Le pays compte 19,6 millions d'habitants.", "fr", "2026-11-16"),
                        ("Kraj liczy 19,52 mln mieszkańców.", "pl", "2026-11-16"))
    assert state == "differs-slightly"
    # what rounds to the other still agrees
    state, _, _ = judge(("Le pays compte 19,5 millions d'habitants.", "fr", "2026-11-16"),
                        ("Kraj liczy 19,52 mln mieszkańców.", "pl", "2026-11-16"))
    assert state == "consistent"


def test_two_counts_of_one_thing_a_few_percent_apart_differ_slightly_unless_their_digits_swapped():
    # two authorities' counts of the users hit: near, a few units of the ten thousand one is written to
    state, _, _ = judge(("The annex lists 985,000 affected users in Sweden.", "en", "2026-11-20"),
                        ("Enligt IMY berördes 960 000 användare i Sverige.", "sv", "2026-11-20"))
    assert state == "differs-slightly"
    # and two written to the unit, where the one nearer is not so written
    state, lines, _ = judge(("The annex lists 985,412 affected users in Sweden.", "en", "2026-11-20"),
                            ("Enligt IMY berördes 962 377 användare i Sverige.", "sv", "2026-11-20"))
    assert state == "differs-slightly" and "perhaps two sources' counts" in " ".join(lines)
    state, _, _ = judge(("Norvane currently has 2,870 employees.", "en", "2026-11-20"),
                        ("Norvane hat derzeit 2.780 Beschäftigte.", "de", "2026-11-20"))
    assert state == "conflict"


def test_two_round_estimates_far_apart_are_not_compared_and_near_ones_differ_slightly():
    state, lines, _ = judge(("Die Airline rechnet mit rund 90.000 betroffenen Passagieren.", "de", "2026-11-20"),
                            ("The airline expects around 75,000 affected passengers.", "en", "2026-11-20"))
    assert state == "not-compared" and "two round estimates" in " ".join(lines)
    state, _, _ = judge(("Die Airline rechnet mit rund 90.200 betroffenen Passagieren.", "de", "2026-11-20"),
                        ("The airline expects around 90,700 affected passengers.", "en", "2026-11-20"))
    assert state == "differs-slightly"
    # a power of ten is a slip however round
    state, _, _ = judge(("Die Airline rechnet mit rund 90.000 betroffenen Passagieren.", "de", "2026-11-20"),
                        ("The airline expects around 9,000 affected passengers.", "en", "2026-11-20"))
    assert state == "conflict"


def test_a_bound_far_from_the_other_figure_does_not_meet_it():
    # "more than 1,000" is no outlet's way to say 85,000, whatever it counts
    state, lines, _ = judge(("I alt blev 85.000 betalinger afvist mandag.", "da", "2026-11-19"),
                            ("More than 1,000 card payments were declined on Monday.", "en", "2026-11-19"))
    assert state == "not-compared" and "a bound far from the other figure" in lines[0], lines
    # one near it still does
    state, _, _ = judge(("I alt blev 1.300 betalinger afvist mandag.", "da", "2026-11-19"),
                        ("More than 1,000 card payments were declined on Monday.", "en", "2026-11-19"))
    assert state == "consistent"


def test_a_slight_difference_is_counted_in_units_of_the_coarser_figure():
    # 133,000 is no rounding of 132,400, but two counts a few of its thousands apart differ slightly
    state, _, _ = judge(("Norge eksporterede 133.000 tons laks i samme måned.", "da", "2026-11-20"),
                        ("Norway's exports rose 4% to 132,400 tonnes of salmon.", "en", "2026-11-20"))
    assert state == "differs-slightly"
    # a rate of one digit is no coarse figure: 6 % against 6,25 % is another step
    state, _, _ = judge(("Bank Indonesia menaikkan suku bunga menjadi 6 persen.", "id", "2026-11-20"),
                        ("Bank Indonesia verhoogde de rente naar 6,25 procent.", "nl", "2026-11-20"))
    assert state == "conflict"


def test_an_approximate_figure_a_few_per_cent_off_differs_slightly():
    state, _, _ = judge(("Chile produjo el año pasado 74.600 toneladas de carbonato de litio.", "es", "2026-11-18"),
                        ("Chile förderte im vergangenen Jahr rund 72.500 Tonnen Lithiumcarbonat.", "de", "2026-11-18"))
    assert state == "differs-slightly"
    # not where neither says "about": written to the unit, 3 % is a slip
    state, _, _ = judge(("Chile produjo el año pasado 74.600 toneladas de carbonato de litio.", "es", "2026-11-18"),
                        ("Chile förderte im vergangenen Jahr 72.500 Tonnen Lithiumcarbonat.", "de", "2026-11-18"))
    assert state != "differs-slightly"


def test_a_share_in_tenths_is_a_rounding():
    state, _, _ = judge(("Se espera que el 89% del volumen vaya a China.", "es", "2026-11-20"),
                        ("其中近九成将运往中国市场。", "zh", "2026-11-20"))
    assert state == "consistent"
    state, _, _ = judge(("Se espera que el 72% del volumen vaya a China.", "es", "2026-11-20"),
                        ("其中近九成将运往中国市场。", "zh", "2026-11-20"))
    assert state != "consistent"  # no rounding of nine tenths


def test_a_time_in_hours_and_minutes_is_to_the_minute():
    state, _, _ = judge(("Alcaraz ganó en 2 horas y 52 minutos.", "es", "2026-11-22"),
                        ("Alcaraz ha vinto in 2 ore e 55 minuti.", "it", "2026-11-22"))
    assert state != "consistent"
    state, _, _ = judge(("Alcaraz ganó en 2 horas y 52 minutos.", "es", "2026-11-22"),
                        ("Alcaraz ha vinto in 2 ore e 52 minuti.", "it", "2026-11-22"))
    assert state == "consistent"



def test_two_near_figures_that_may_measure_different_things_differ_slightly():
    reservoir = ("The reservoir held 412 million cubic metres.", "en", "2026-11-20")
    state, lines, _ = judge(reservoir, ("Il bacino contiene 418 milioni di metri cubi.", "it", "2026-11-20"))
    assert state == "differs-slightly" and "perhaps two sources' readings of one thing" in lines[0]
    # further apart they may be two things: not compared
    state, lines, _ = judge(reservoir, ("Il bacino contiene 480 milioni di metri cubi.", "it", "2026-11-20"))
    assert state == "not-compared" and "one side does not say what" in lines[0]
