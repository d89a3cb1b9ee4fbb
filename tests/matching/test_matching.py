"""The matcher's pieces on hand-built claims: folding, periods, consistency, scoring rules."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck.core import matching
from factcheck.core.consistency import compare_quantities, verdict
from factcheck.core.matching import DEFAULT_MIN_SCORE, Statement, match_all, match_new, score_pair
from factcheck.core.models import Quantity
from factcheck.core.signature import build_signature, find_entities, find_periods, fold_entity, name_key


def money(value, unit, text, usd=None, approx=False, as_of="2024-08-01"):
    usd = value if unit == "USD" else usd
    return (Quantity("money", 0, 0, value, unit, approx, usd, as_of), text)


def percent(value, text, approx=False):
    return (Quantity("percent", 0, 0, value, "%", approx), text)


DA = Statement(1, 1, "da", "Rapporter viser, at TikTok har udbetalt næsten $20 millioner (£15,45 millioner) "
               "månedligt til dette formål.",
               (money(20e6, "USD", "$20 millioner", approx=True), money(15.45e6, "GBP", "£15,45 millioner", 19.77e6)),
               date="2024-08")
ID = Statement(2, 2, "id", "Raksasa media sosial TikTok, yang berada di bawah naungan ByteDance, dikabarkan "
               "menggelontorkan dana sebesar Rp322 miliar setiap bulan kepada Microsoft.",
               (money(322e9, "IDR", "Rp322 miliar", 17.7e6, as_of="2026-10-30"),), date=None)
ID_324 = Statement(3, 3, "id", "TikTok disebut membayar Rp324 miliar per bulan kepada Microsoft.",
                   (money(324e9, "IDR", "Rp324 miliar", 19.9e6),), date="2024-08-03")
FR = Statement(4, 4, "fr", "Selon The Information, TikTok verserait près de 200 millions de dollars par mois à Microsoft.",
               (money(200e6, "USD", "200 millions de dollars", approx=True),), date="2024-08-08")
SPOTIFY = Statement(5, 5, "en", "Spotify paid the podcast network nearly $20 million per month, according to people "
                    "familiar with the deal.", (money(20e6, "USD", "$20 million", approx=True),), date="2024-09-10")
DA_25 = Statement(6, 1, "da", "Dette partnerskab tegner sig for næsten 25 % af Microsofts samlede omsætning, "
                  "ifølge interne finansielle dokumenter.", (percent(25, "25 %", approx=True),), date="2024-08")
ID_25 = Statement(7, 2, "id", "Menurut laporan, pembayaran TikTok mencakup 25% dari total pendapatan Microsoft dari "
                  "bisnis AI pada kuartal keempat tahun fiskal 2024.", (percent(25, "25%"),))


def placed(st: Statement) -> Statement:
    """The statement with each quantity's offsets set to where its text stands in the claim."""
    qs = []
    for q, text in st.quantities:
        start = st.text.index(text)
        qs.append((replace(q, start=start, end=start + len(text)), text))
    return replace(st, quantities=tuple(qs))


def pair(a: Statement, b: Statement, text=None):
    a, b = placed(a), placed(b)
    return score_pair(a.signature(), b.signature(), text)


@pytest.mark.parametrize("token, key", [
    ("ByteDances", "bytedance"), ("ByteDance", "bytedance"), ("Microsofts", "microsoft"),
    ("Microsoft's", "microsoft"), ("Microsoft’s", "microsoft"), ("OpenAIs", "openai"), ("AIs", "ai"),
    ("TikToks", "tiktok"), ("OpenAI:n", "openai"), ("KI", "ai"), ("Ltd.", "ltd"), ("Nestlé", "nestle"),
    ("Press", "press"), ("Paris", fold_entity("Paris'")),
])
def test_names_fold_across_inflections(token, key):
    assert fold_entity(token) == key


@pytest.mark.parametrize("forms", [
    ("Indonesia", "Indonesien", "Indonésia", "Indonesië", "L'Indonesia"),  # one country in five languages
    ("Microsoft", "Microsoftu", "Microsoft's"),  # Polish case ending, English genitive
    ("Brightwave", "d'Brightwave", "Brightwaves"),
])
def test_one_name_has_one_key_across_languages(forms):
    assert len({name_key(fold_entity(f)) for f in forms}) == 1


def test_different_names_keep_different_keys():
    names = ("TikTok", "ByteDance", "Microsoft", "OpenAI", "Spotify", "StreamCo", "Streaming", "Indonesia", "India")
    assert len({name_key(fold_entity(n)) for n in names}) == len(names)


MSFT = name_key("microsoft")


def test_entities_skip_sentence_starts_currency_codes_and_title_case_words():
    found = {e.key: e for e in find_entities("Rapporter viser, at TikTok betaler 20 M USD til Microsoft.", "da",
                                             quantity_texts=("20 M USD",))}
    assert set(found) == {"tiktok", MSFT}
    assert found["tiktok"].weight > found[MSFT].weight  # inner capital: surely a name
    headline = {e.key: e.weight for e in find_entities("Ternyata TikTok Bayar Upeti Rp322 Miliar ke Microsoft", "id")}
    assert headline["tiktok"] == 1.0 and headline["bayar"] < 0.5
    german = {e.key: e.weight for e in find_entities("Laut Bericht zahlt TikTok an Microsoft monatlich Geld.", "de")}
    assert german["tiktok"] == 1.0 and name_key("bericht") not in german and MSFT not in german  # every noun
    spans = {e.key: e.weight for e in find_entities("Laut Bericht zahlt TikTok an Microsoft.", "de", ("Microsoft",))}
    assert spans[MSFT] >= 0.7  # in German, plain names come from the claim's entity spans


@pytest.mark.parametrize("text", [
    "pays $20 million monthly", "udbetalt $20 millioner månedligt", "Rp322 miliar setiap bulan",
    "Rp322 Miliar/Bulan", "20 Millionen Dollar pro Monat", "20 millones de dólares al mes",
    "200 millions de dollars par mois", "$20 million per month", "20 M a month",
])
def test_period_words_in_many_languages_are_one_anchor(text):
    assert find_periods(text) == {"monthly"}


def test_no_period_in_a_date_or_a_plain_word():
    assert find_periods("im Jahr 2024 und im Monatsbericht") == frozenset()


@pytest.mark.parametrize("text", [
    "The airline cancelled 118 flights a day later.", "It had been grounded a week earlier.",
    "Am Tag danach fielen 118 Flüge aus.", "Profits were 8% higher than a year earlier.",
])
def test_a_period_word_before_a_word_for_later_or_earlier_is_a_time_not_a_rate(text):
    assert find_periods(text) == frozenset()
    # "after" and "before" may follow a rate
    assert find_periods("They used 100 litres a day after the restrictions.") == {"daily"}


def test_money_in_usd_at_the_article_date_is_consistent_and_says_how():
    score, evidence, consistency = pair(DA, ID)
    assert consistency == "consistent" and score >= DEFAULT_MIN_SCORE
    money_line = next(e for e in evidence if e.startswith("money"))
    # the Indonesian article is undated: its rupiah are converted at the Danish article's date
    assert "Rp322 miliar ≈ 19.8 M USD at the 2024-08-01 ECB rate" in money_line
    assert "undated; rate at the compared article's date 2024-08" in money_line
    assert "entities: TikTok" in evidence and "monthly" in evidence


def test_same_currency_compared_as_written_and_a_small_gap_differs_slightly():
    # two outlets' rounding of one conversion: shown with its size, not called a conflict
    comparisons = compare_quantities(ID.signature(), ID_324.signature())
    assert verdict(comparisons) == "differs-slightly"
    (c,) = comparisons
    assert c.a == "Rp322 miliar" and c.b == "Rp324 miliar" and 0.006 < c.difference < 0.007
    score, evidence, consistency = pair(ID, ID_324)
    assert score >= DEFAULT_MIN_SCORE and consistency == "differs-slightly"
    assert any("differs slightly" in e and "differs by 0.6%" in e for e in evidence)


def test_tolerance_widens_for_approximate_figures():
    exact = Statement(10, 10, "en", "TikTok pays Microsoft $19 million a month.", (money(19e6, "USD", "$19 million"),))
    plain = Statement(11, 11, "en", "TikTok pays Microsoft $20 million a month.", (money(20e6, "USD", "$20 million"),))
    nearly = Statement(12, 12, "en", "TikTok pays Microsoft nearly $20 million a month.",
                       (money(20e6, "USD", "$20 million", approx=True),))
    assert pair(exact, plain)[2] == "differs-slightly"  # one unit of the last digit apart
    far = Statement(13, 13, "en", "TikTok pays Microsoft $25 million a month.", (money(25e6, "USD", "$25 million"),))
    assert pair(far, plain)[2] == "conflict"  # 20 % apart, no approximation word
    score, evidence, consistency = pair(exact, nearly)
    assert consistency == "consistent"
    assert any("within 5%" in e and '"nearly"' in e for e in evidence)
    # "nearly" is a little below: $21 million is not nearly $20 million
    over = Statement(14, 14, "en", "TikTok pays Microsoft $21 million a month.", (money(21e6, "USD", "$21 million"),))
    assert pair(over, nearly)[2] == "differs-slightly"


def test_a_wrong_number_in_the_same_statement_is_matched_and_flagged():
    score, evidence, consistency = pair(DA, FR)
    assert score >= DEFAULT_MIN_SCORE and consistency == "conflict"
    assert any("10× apart" in e for e in evidence)


def test_equal_numbers_alone_do_not_make_a_match():
    score, _, _ = pair(DA, SPOTIFY, text=None)
    assert score < DEFAULT_MIN_SCORE
    # a shared news source with equal figures is not the same statement either
    a = Statement(20, 20, "en", "According to Reuters, Zentrix pays Korvo $5 million a month.", (money(5e6, "USD", "$5 million"),))
    b = Statement(21, 21, "en", "According to Reuters, Lumina pays Hexa $5 million a month.", (money(5e6, "USD", "$5 million"),))
    assert pair(a, b, text=0.8)[0] < DEFAULT_MIN_SCORE


def test_without_a_shared_name_no_score_reaches_the_threshold():
    a = Statement(30, 30, "en", "paid nearly $20 million per month in 2024", (money(20e6, "USD", "$20 million", approx=True),))
    b = Statement(31, 31, "en", "paid nearly $20 million per month in 2024", (money(20e6, "USD", "$20 million", approx=True),))
    assert pair(a, b, text=1.0)[0] < DEFAULT_MIN_SCORE


def test_percentages_match_percentages_not_money():
    assert pair(DA_25, ID_25)[0] >= DEFAULT_MIN_SCORE
    assert pair(DA_25, ID)[0] < DEFAULT_MIN_SCORE  # Microsoft in both, but 25 % is not Rp322 miliar


def test_years_of_one_event_are_compared_like_numbers():
    a = Statement(40, 40, "en", "Spotify complained to the European Commission about Apple in 2019.")
    b = Statement(41, 41, "en", "Spotify complained to the European Commission about Apple in 2020.")
    score, evidence, consistency = pair(a, b, text=0.9)
    assert consistency == "conflict" and "years: 2019 vs 2020 (complaint)" in evidence
    # a year not tied to a named event ("blocked" is none of ours) is not compared
    c = Statement(42, 42, "en", "OpenAI blocked ByteDance at the end of 2023.")
    d = Statement(43, 43, "en", "OpenAI blocked ByteDance at the end of 2022.")
    assert pair(c, d, text=0.9)[2] is None


def test_same_article_pairs_are_never_listed():
    twin = Statement(50, DA.article_id, "da", DA.text.replace("Rapporter viser", "Kilder siger"), DA.quantities, date=DA.date)
    found = {(m.a, m.b) for m in match_all([DA, twin, ID], 0.0)}
    assert (1, 50) not in found and (1, 2) in found and (2, 50) in found


def test_matches_are_ordered_pairs_with_evidence():
    (m,) = [m for m in match_all([FR, DA], DEFAULT_MIN_SCORE)]
    assert (m.a, m.b) == (1, 4) and m.consistency == "conflict" and m.evidence


def test_incremental_equals_all_at_once():
    everything = [DA, ID, ID_324, FR, SPOTIFY, DA_25, ID_25]
    at_once = sorted(match_all(everything, 0.0), key=lambda m: (m.a, m.b))
    stepwise = []
    for i, st in enumerate(everything):
        stepwise += match_new([st], everything[:i], 0.0)
    assert sorted(stepwise, key=lambda m: (m.a, m.b)) == at_once


def test_common_names_still_find_pairs_through_their_combinations(monkeypatch):
    # With every single name "too common", the pairs meet through composite keys (name + period,
    # name + kind of quantity), and a pair sharing only a common name is not a candidate.
    monkeypatch.setattr(matching.candidates, "MAX_POSTING", 3)
    fillers = [Statement(100 + i, 100 + i, "de", f"TikTok und Microsoft arbeiten zusammen, Nummer {i}.") for i in range(5)]
    found = {(m.a, m.b) for m in match_all([DA, ID, FR, *fillers], DEFAULT_MIN_SCORE)}
    assert {(1, 2), (1, 4), (2, 4)} <= found


def test_a_cited_source_weighs_less_than_the_subject():
    from factcheck.core.signature import SOURCE_WEIGHT, source_names

    assert source_names("Ifølge Berlingske betaler TikTok Microsoft.") == {"berlingske"}
    assert source_names("Laut internen Dokumenten zahlt TikTok") == set()
    text = "In its filing for the third quarter, the regulator said that, according to Reuters, ZentrixSoft pays KorvoNet."
    weights = {e.key: e.weight for e in find_entities(text, "en")}
    assert weights["reuter"] == SOURCE_WEIGHT and weights[name_key("zentrixsoft")] == 1.0


def test_a_pair_cut_short_below_the_threshold_stays_below_it():
    # the early exit returns an upper bound below min_score; rounding must never lift it to min_score
    for a, b in [(DA, SPOTIFY), (DA_25, ID), (ID_25, FR)]:
        full = pair(a, b)[0]
        for cut in (full + 0.00004, full + 0.001, 0.55):
            score, evidence, _ = score_pair(placed(a).signature(), placed(b).signature(), None, cut)
            assert score < cut or evidence


def test_stored_race_times_are_compared_to_the_second():
    def race(id_, lang, text, time, seconds):
        return Statement(id_, id_, lang, text, ((Quantity("number", 0, 0, seconds, "s"), time),), date="2025-05-18")
    danish = race(1, "da", "Kipchumba vandt søndag i tiden 2:06:41.", "2:06:41", 7601.0)
    dutch = race(2, "nl", "De Keniaan won in een parcoursrecord van 2:06:14.", "2:06:14", 7574.0)
    english = race(3, "en", "Kipchumba won in a course record of 2:06:41.", "2:06:41", 7601.0)
    assert verdict(compare_quantities(placed(danish).signature(), placed(dutch).signature())) == "conflict"
    assert verdict(compare_quantities(placed(danish).signature(), placed(english).signature())) == "consistent"
