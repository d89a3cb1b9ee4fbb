"""Crowns that name no country take the crown currency their article names."""

import pytest

from factcheck.core.figures import read_figures
from factcheck.importer import add_paths
from factcheck.store import Store
from factcheck.store.matches import list_matches


def money(text: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple]:
    return [(f.kind, f.value, f.unit, f.text) for f in read_figures(text, lang, start=start, end=end)]


def test_wire_style_crowns_with_their_country_are_money():
    assert money("Norvexa was fined 290 million Danish crowns.", "en") == [
        ("money", 290e6, "DKK", "290 million Danish crowns")]
    assert money("It paid 1.2 billion Swedish crowns.", "en")[0][2] == "SEK"
    assert money("A 40 million Norwegian crown deal.", "en")[0][2] == "NOK"


@pytest.mark.parametrize("lang, article, figure", [
    ("en", "Denmark hands Norvexa record 290 million crown fine", "290 million crown"),
    ("de", "Die dänische Behörde verhängte 290 Millionen Kronen Strafe.", "290 Millionen Kronen"),
    ("fr", "L'autorité suédoise exige 290 millions de couronnes.", "290 millions de couronnes"),
    ("es", "Noruega: una multa de 290 millones de coronas.", "290 millones de coronas"),
])
def test_a_bare_crown_takes_the_country_its_article_names(lang, article, figure):
    [(kind, value, unit, text)] = money(article, lang)
    assert (kind, value, text) == ("money", 290e6, figure)
    assert unit in ("DKK", "SEK", "NOK")


def test_the_country_may_be_named_elsewhere_in_the_article():
    article = "Record 290 million crown fine for pharmacy\n\nThe Danish agency said the breach was grave."
    assert money(article, "en", end=article.index("\n"))[0][2] == "DKK"


@pytest.mark.parametrize("article", [
    "The company paid 290 million crowns.",  # no country
    "Sweden and Denmark each paid 5 million crowns.",  # two crown countries: which one is unknown
])
def test_a_bare_crown_without_one_country_stays_a_number(article):
    assert [(k, u) for k, _, u, _ in money(article, "en")] == [("number", None)]


def test_a_headline_in_bare_crowns_agrees_with_the_danish_report(tmp_path):
    (tmp_path / "en.txt").write_text("Denmark hands Norvexa record 290 million crown fine.\n", encoding="utf-8")
    (tmp_path / "da.txt").write_text(
        "Datatilsynet har givet netapoteket Norvexa en bøde på 290 millioner kroner.\n", encoding="utf-8")
    with Store(tmp_path / "f.db") as store:
        add_paths(store, sorted(tmp_path.glob("*.txt")))
        [found] = list_matches(store, min_score=0.0)
    assert found["consistency"] == "consistent"
    assert "money 290 millioner kroner ≈ 290 million crown" in found["evidence"]
