from __future__ import annotations

from factcheck.core.signature import build_signature


def subjects(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.subject) for f in build_signature(text, lang, date="2026-09-02").quantities]


def test_a_figure_is_the_country_named_before_it_or_after_it_in_its_clause():
    assert subjects("In Griekenland kwamen 14 mensen om, in Servië 27 en in Roemenië 22.", "nl") == [
        ("14", "GR"), ("27", "RS"), ("22", "RO")]
    assert subjects("18 Tote in Rumänien.", "de") == [("18", "RO")]
    # a country of the next clause is the next figure's
    assert subjects("Die Zahl stieg auf 116; Rumänien meldete 18 Tote.", "de") == [("116", ""), ("18", "RO")]


def test_other_names_are_subjects_only_in_a_list_and_a_list_shares_its_measure():
    signature = build_signature("Greece recorded 41 deaths, followed by Serbia with 27.", "en", date="2026-09-02")
    assert [(f.subject, f.measure) for f in signature.quantities] == [("GR", "deaths"), ("RS", "deaths")]
    assert subjects("The pro-business Demokraatit topped the poll with 28.6% of the vote, ahead of Naleraq on 27.1%.",
                    "en") == [("28.6%", "demokra"), ("27.1%", "naleraq")]
    # a sentence's first word is capitalised whatever it is
    assert subjects("Hele prosjektet koster 480 millioner euro, og Norge bidrar med 420 millioner kroner.", "nb") == [
        ("480 millioner euro", ""), ("420 millioner kroner", "NO")]
    assert subjects("TikTok pays Microsoft $20 million a month.", "en") == [("$20 million", "")]
    # German nouns are capitalised, and a sentence's first word far from the figure is no name
    assert subjects("Der Umsatz stieg um 5 Prozent, der Gewinn um 3 Prozent.", "de") == [("5 Prozent", ""), ("3 Prozent", "")]
    assert subjects("Bij de vrouwen was de 29-jarige Tigist Alemu de snelste in 2:21:08.", "nl")[0] == ("29", "")
    # a name right after a figure is that figure's noun, not the next figure's subject
    assert subjects("The Liberian-flagged vessel, which can carry 24,116 TEU, has 14,250 containers on board.",
                    "en") == [("24,116 TEU", ""), ("14,250", "")]


def test_a_sentence_that_opens_a_list_of_names_opens_with_a_name():
    assert subjects("Naleraq fik 28,6 pct., Demokraatit 27,1 pct. og Siumut 14,3 pct.", "da") == [
        ("28,6 pct.", "naleraq"), ("27,1 pct.", "demokra"), ("14,3 pct.", "siumut")]
    assert subjects("Demokraatit topped the poll with 28.6%, ahead of Naleraq on 27.1%.", "en") == [
        ("28.6%", "demokra"), ("27.1%", "naleraq")]
    # a list of countries says nothing of the word that opens the sentence; nor one figure alone
    assert subjects("Hele prosjektet koster 480 millioner euro, Norge betaler 40 millioner euro.", "nb")[0] == (
        "480 millioner euro", "")
    assert subjects("Naleraq fik 28,6 pct. af stemmerne.", "da") == [("28,6 pct.", "")]


def test_a_part_of_the_figure_before_is_marked_and_names_its_place():
    signature = build_signature("Łącznie zginęło co najmniej 117 osób, w tym 18 w Bułgarii.", "pl", date="2026-09-02")
    assert [(f.text, f.part, f.subject) for f in signature.quantities] == [("117", False, ""), ("18", True, "BG")]
    signature = build_signature("Bryde beschäftigt rund 6.000 Mitarbeiter, davon etwa 350 in Dortmund.", "de")
    assert [f.part for f in signature.quantities] == [False, True]


def test_a_country_is_named_in_any_case_of_a_language_that_declines_it():
    from factcheck.core.places import countries_in

    assert [code for _, _, code in countries_in("Niemcy, Francja, Grecji i Rumunii, ale nie w Peru.", "pl")] == [
        "DE", "FR", "GR", "RO", "PE"]
    assert [code for _, _, code in countries_in("Dva putnika iz Hrvatske i Indonezije.", "hr")] == ["HR", "ID"]
    assert [code for _, _, code in countries_in("Greeces", "en")] == []  # English names are read as written


def test_a_nationality_after_a_count_is_its_subject():
    assert subjects("Among the evacuees are 1,100 British and 420 Dutch tourists.", "en") == [
        ("1,100", "GB"), ("420", "NL")]
    assert subjects("In Kos werden 1.100 Nederlandse toeristen geëvacueerd.", "nl") == [("1.100", "NL")]
    assert subjects("Parmi les victimes figurent trois Australiens et quatre Allemands.", "fr") == [
        ("trois", "AU"), ("quatre", "DE")]
    # a word that only begins as a country's name does not ("3 Monate", "12 domingos" read as days)
    assert subjects("Die Arbeiten dauern 3 Monate.", "de") == [("3 Monate", "")]


def test_a_country_right_before_a_figure_is_its_own_in_a_list_that_names_them_after():
    assert subjects("Coverage ranges from 62% in Romania to 94% in Spain, with France at 86% and Italy at 85%.",
                    "en") == [("62%", "RO"), ("94%", "ES"), ("86%", "FR"), ("85%", "IT")]


def test_a_short_country_name_is_read_in_its_cases():
    assert subjects("Bryde myy pumppuja myös Suomeen, jossa sillä on noin 60 työntekijää.", "fi") == [("60", "FI")]


def test_a_countrys_figure_is_the_count_of_its_nationals_another_country_received():
    from tests.core.pairs import judged

    state, lines = judged(("China remained the top source market with 279,400 arrivals, followed by Russia with "
                           "268,500 and the United Kingdom with 182,300.", "en"),
                          ("С января по ноябрь 2026 года Мальдивы посетили 268,5 тыс. российских туристов.", "ru"))
    assert state == "consistent" and "number 268,500 ≈ 268,5 тыс." in lines, lines
