"""Re-anchoring claims of an old version of an article in its new text (core/anchoring.py)."""

from factcheck.core.anchoring import SIMILAR, Quote, anchor


def quotes(text: str, sentences: list[str], first: set[int] = frozenset(), base: int = 0) -> list[Quote]:
    out = []
    for i, s in enumerate(sentences):
        start = text.index(s, out[-1].end if out else 0)
        out.append(Quote(base + i, start, start + len(s), s, i in first))
    return out


def doc(sentences: list[str]) -> str:
    return " ".join(sentences)


def test_a_corrected_word_is_found_and_an_unrelated_sentence_is_not():
    old_s = ["Spending rose by 12 percent in 2023, the ministry said.", "The mayor opened a bridge on Monday."]
    new_s = ["Spending rose by 14 percent in 2023, the ministry said.", "Rain is expected over the weekend in Jutland."]
    old, new = doc(old_s), doc(new_s)
    places = anchor(old, quotes(old, old_s, {0, 1}), new, quotes(new, new_s, base=10))
    assert places[0].new_id == 10 and SIMILAR <= places[0].similarity < 100
    assert 1 not in places


def test_the_same_text_wins_over_a_more_alike_position_and_reviewed_claims_choose_first():
    old_s = ["Prices rose 5 percent.", "Then wages.", "Prices rose 5 percent."]
    new_s = ["Prices rose 5 percent.", "Then wages."]
    old, new = doc(old_s), doc(new_s)
    # only the second copy was reviewed: it gets the one copy left, the unreviewed one nothing
    places = anchor(old, quotes(old, old_s, {2}), new, quotes(new, new_s, base=10))
    assert places[2].new_id == 10 and places[2].similarity == 100 and 0 not in places
    assert places[1].new_id == 11


def test_the_most_alike_of_two_candidates_is_chosen():
    old_s = ["Exports to Germany reached 3.2 billion euros in 2022."]
    new_s = ["Exports to Germany reached 3.4 billion euros in 2022.", "Exports to France reached 2.9 billion euros in 2021."]
    old, new = doc(old_s), doc(new_s)
    places = anchor(old, quotes(old, old_s, {0}), new, quotes(new, new_s, base=10))
    assert places[0].new_id == 10
