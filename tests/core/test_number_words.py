"""Figures written in words read as the same figures in digits: one short sentence per rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.core.figures import may_have_figures, read_figures


def figures(text: str, lang: str):
    return [(f.kind, f.value, f.unit) for f in read_figures(text, lang)]


@pytest.mark.parametrize(
    "words, digits, lang",
    [
        ("Er lief sechs Meilen (zehn Kilometern) weit.", "Er lief 6 Meilen (10 Kilometern) weit.", "de"),
        ("About twelve people were hurt.", "About 12 people were hurt.", "en"),
        ("Kommunen sparer fem millioner kroner.", "Kommunen sparer 5 millioner kroner.", "da"),
        ("Elle a couru dix kilomètres.", "Elle a couru 10 kilomètres.", "fr"),
        ("The plan costs three billion dollars.", "The plan costs 3 billion dollars.", "en"),
        ("Llegaron treinta y dos personas.", "Llegaron 32 personas.", "es"),
        ("O governo gastou dois milhões de euros.", "O governo gastou 2 milhões de euros.", "pt"),
        ("Hanno perso ventitré persone.", "Hanno perso 23 persone.", "it"),
        ("Er wonen twee miljoen mensen.", "Er wonen 2 miljoen mensen.", "nl"),
        ("Es kamen dreiundzwanzig Besucher.", "Es kamen 23 Besucher.", "de"),
        ("Han fik femogtyve kilometer i bil.", "Han fik 25 kilometer i bil.", "da"),
        ("He won one million euros.", "He won 1 million euros.", "en"),
    ],
)
def test_words_give_the_figures_digits_give(words, digits, lang):
    assert figures(words, lang) == figures(digits, lang) != []


def test_span_slices_the_words_with_their_unit():
    text = "Am Montag lief sie sechs Meilen."
    f, = read_figures(text, "de")
    assert text[f.start:f.end] == f.text == "sechs Meilen" and f.words


def test_span_covers_a_scale_word_and_currency():
    text = "Kommunen sparer fem millioner kroner i år."
    f, = read_figures(text, "da")
    assert text[f.start:f.end] == "fem millioner kroner"


def test_outlet_conversion_in_words_is_a_courtesy():
    first, second = read_figures("Er lief sechs Meilen (zehn Kilometern).", "de")
    assert not first.courtesy and second.courtesy


@pytest.mark.parametrize(
    "text, lang",
    [
        ("One of them said no.", "en"),
        ("En af dem sagde nej.", "da"),
        ("Un homme est venu.", "fr"),
        ("Ein Mann kam herein.", "de"),
        ("Two of the companies left.", "en"),  # a share of a group, not a measured count
        ("They met in nineteen ninety.", "en"),  # a year in words
        ("He counted: two, three.", "en"),  # no noun after the number
        ("Il est arrivé le premier.", "fr"),  # ordinal
    ],
)
def test_articles_pronouns_years_and_ordinals_are_no_figures(text, lang):
    assert read_figures(text, lang) == []


def test_digits_before_a_scale_word_read_once():
    assert len(read_figures("Custou 2 milhões de reais.", "pt")) == 1
    assert len(read_figures("It cost 3 billion dollars.", "en")) == 1


def test_languages_text2num_does_not_read_are_untouched():
    assert read_figures("Dia membayar lima juta rupiah.", "id") == []


def test_cheap_gate_lets_number_words_through_but_not_articles():
    assert may_have_figures("Elle a couru dix kilomètres.", "fr")
    assert not may_have_figures("Un homme est venu.", "fr")


@pytest.mark.parametrize("name, lang", [("000_198650b8101fa3b1.txt", "da"), ("003_01d0dd41a7b8cea4.txt", "id")])
def test_seeds_write_their_figures_in_digits(name, lang):
    # the seeds' figures are digits and fractions: their articles and pronouns ("et", "en") add none
    text = (Path(__file__).parents[2] / "seeds" / name).read_text(encoding="utf-8")
    found = read_figures(text, lang, years=True)
    assert found and all(f.kind == "percent" or any(c.isdigit() for c in f.text) for f in found)
