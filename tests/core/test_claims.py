"""Claims: typed spans inside their sentence, a score in [0, 1], and a threshold that separates the
seed articles' key claims from their questions and headings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.core.claims import DEFAULT_THRESHOLD, find_claims
from factcheck.core.ingest import read_article
from factcheck.core.models import SPAN_KINDS, Claim, Sentence
from factcheck.core.segment import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


# --- helpers -------------------------------------------------------------------------------------


def build(parts: list[tuple[str, str]]) -> tuple[str, list[Sentence]]:
    """An article from (kind, sentence) pairs, one paragraph each, with hand-built Sentences."""
    text, sentences = "", []
    for kind, sentence in parts:
        if text:
            text += "\n\n"
        sentences.append(Sentence(len(text), len(text) + len(sentence), kind))
        text += sentence
    return text, sentences


def claim_with(text: str, claims: list[Claim], needle: str) -> Claim:
    hits = [c for c in claims if needle in text[c.start:c.end]]
    assert len(hits) == 1, f"{needle!r} is in {len(hits)} sentences"
    return hits[0]


def spans_of(text: str, claim: Claim, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in claim.spans if s.kind == kind]


def check_invariants(text: str, sentences: list[Sentence], claims: list[Claim]) -> None:
    assert [c.sentence for c in claims] == sentences
    for c in claims:
        assert 0.0 <= c.score <= 1.0
        assert all(isinstance(r, str) and r for r in c.reasons)
        for s in c.spans:
            assert s.kind in SPAN_KINDS
            assert c.start <= s.start < s.end <= c.end <= len(text), (s, c.sentence)
        for q in c.quantities:
            assert c.start <= q.start < q.end <= c.end
        # a number inside a date is dropped; an entity overlaps no other span
        dates = [s for s in c.spans if s.kind == "date"]
        for s in c.spans:
            if s.kind == "number":
                assert not any(d.start <= s.start and s.end <= d.end for d in dates)
            if s.kind == "entity":
                assert not any(h.start < s.end and s.start < h.end for h in c.spans if h.kind != "entity")


# --- short texts in four languages ---------------------------------------------------------------

LANGS = {
    "en": dict(
        heading="TikTok's bill from Microsoft",
        claim="According to internal documents, TikTok paid Microsoft nearly $20 million a month in August 2024.",
        cue="According to", date="August 2024",
        question="Will ByteDance build its own models?",
        opinion="This could be a game-changer.",
        comparison="Revenue from the segment rose to more than 25% in 2023, up from 10% a year earlier.",
        comparison_cue="more than",
    ),
    "de": dict(
        heading="Finanzielle Folgen für Microsoft",
        claim="Laut internen Dokumenten zahlte TikTok im August 2024 rund 20 Millionen Dollar an Microsoft.",
        cue="Laut", date="August 2024",
        question="Wird ByteDance eigene Modelle bauen?",
        opinion="Das könnte ein Wendepunkt sein.",
        comparison="Der Anteil stieg auf mehr als 25 Prozent des Umsatzes.",
        comparison_cue="mehr als",
    ),
    "es": dict(
        heading="Impacto financiero para Microsoft",
        claim="Según documentos internos, TikTok pagó casi 20 millones de dólares a Microsoft el 1 de agosto de 2024.",
        cue="Según", date="1 de agosto de 2024",
        question="¿Logrará ByteDance desarrollar su propia IA?",
        opinion="Esto podría ser un cambio radical.",
        comparison="Los ingresos de TikTok crecieron más de 25 % frente a 2023.",
        comparison_cue="más de",
    ),
    "fr": dict(
        heading="Conséquences financières pour Microsoft",
        claim="Selon des documents internes, TikTok a versé près de 20 millions de dollars à Microsoft en août 2024.",
        cue="Selon", date="août 2024",
        question="ByteDance réussira-t-elle à développer sa propre IA ?",
        opinion="Cela pourrait changer la donne.",
        comparison="Les revenus ont progressé de plus de 25 % par rapport à 2023.",
        comparison_cue="plus de",
    ),
}


@pytest.fixture(params=sorted(LANGS))
def short_article(request):
    lang, d = request.param, LANGS[request.param]
    text, sentences = build([("heading", d["heading"]), ("sentence", d["claim"]),
                             ("sentence", d["question"]), ("sentence", d["opinion"]),
                             ("sentence", d["comparison"])])
    claims = find_claims(text, sentences, lang, "2024-08-01")
    check_invariants(text, sentences, claims)
    return lang, d, text, claims


def test_claim_has_attribution_money_date_entities(short_article) -> None:
    lang, d, text, claims = short_article
    claim = claim_with(text, claims, d["claim"])
    assert spans_of(text, claim, "attribution")[0] == d["cue"]
    assert d["date"] in spans_of(text, claim, "date")
    assert "money" in claim.kinds, (lang, claim.reasons)
    assert any(q.kind == "money" for q in claim.quantities)
    entities = spans_of(text, claim, "entity")
    assert "TikTok" in entities and "Microsoft" in entities, entities
    assert claim.score >= DEFAULT_THRESHOLD
    assert any(r.startswith("attribution: ") for r in claim.reasons)


def test_question_heading_opinion_score_low(short_article) -> None:
    lang, d, text, claims = short_article
    for key in ("heading", "question", "opinion"):
        claim = claim_with(text, claims, d[key])
        assert claim.score < DEFAULT_THRESHOLD, (lang, key, claim.score, claim.reasons)
    assert any("question" in r for r in claim_with(text, claims, d["question"]).reasons)
    assert any("speculation" in r for r in claim_with(text, claims, d["opinion"]).reasons)
    assert any("heading" in r for r in claim_with(text, claims, d["heading"]).reasons)


def test_comparison(short_article) -> None:
    lang, d, text, claims = short_article
    claim = claim_with(text, claims, d["comparison"])
    assert d["comparison_cue"] in spans_of(text, claim, "comparison")
    assert "percent" in claim.kinds, (lang, claim.reasons)
    assert claim.score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("lang", "sentence", "cue"),
    [
        ("da", "Det oplyser selskabet.", "oplyser"),
        ("id", "Hal itu dikabarkan oleh media.", "dikabarkan"),
        ("en", "The firm reportedly paid.", "reportedly"),
        ("de", "Dem Bericht zufolge zahlte die Firma.", "zufolge"),
        ("es", "La empresa informó el pago.", "informó"),
        ("fr", "D'après la société, le paiement a eu lieu.", "D'après"),
        ("fr", "D’après la société, le paiement a eu lieu.", "D’après"),
    ],
)
def test_attribution_cues(lang: str, sentence: str, cue: str) -> None:
    text, sentences = build([("sentence", sentence)])
    [claim] = find_claims(text, sentences, lang)
    assert spans_of(text, claim, "attribution") == [cue]


def test_cues_need_word_boundaries_and_numbers() -> None:
    text, sentences = build([("sentence", "The unsaid overture was over the top, not over 20 people.")])
    [claim] = find_claims(text, sentences, "en")
    assert spans_of(text, claim, "attribution") == []
    assert spans_of(text, claim, "comparison") == ["over"]
    over = [s for s in claim.spans if s.kind == "comparison"][0]
    assert over.start == text.index("over 20")


def test_entities_runs_and_sentence_start() -> None:
    text, sentences = build([
        ("sentence", "Microsoft Corporation and OpenAI signed a deal with The Information watching."),
        ("sentence", "Yesterday the AI team at ByteDance met Microsoft."),
        ("sentence", "Microsoft declined to comment."),
    ])
    claims = find_claims(text, sentences, "en")
    assert spans_of(text, claims[0], "entity") == ["Microsoft Corporation", "OpenAI", "The Information"]
    assert spans_of(text, claims[1], "entity") == ["AI", "ByteDance", "Microsoft"]  # not "Yesterday"
    assert spans_of(text, claims[2], "entity") == ["Microsoft"]  # known from mid-sentence use


def test_german_nouns_are_not_names() -> None:
    text, sentences = build([("sentence", "Der Umsatz von Siemens stieg laut dem Bericht auf eine Milliarde Euro.")])
    [claim] = find_claims(text, sentences, "de")
    assert spans_of(text, claim, "entity") == ["Siemens"]


def test_number_inside_date_is_dropped_with_its_quantity() -> None:
    text, sentences = build([("sentence", "On 5 March 2024 TikTok paid $20 million, up from $15 million.")])
    [claim] = find_claims(text, sentences, "en")
    assert spans_of(text, claim, "date") == ["5 March 2024"]
    assert spans_of(text, claim, "number") == []
    assert all(q.kind == "money" for q in claim.quantities) and len(claim.quantities) == 2
    assert spans_of(text, claim, "comparison") == ["up from"]
    assert any(r.startswith("date: 5 March 2024") for r in claim.reasons)


def test_headline_style_line_is_a_heading_even_as_a_sentence() -> None:
    text, sentences = build([
        ("sentence", "Ternyata TikTok Bayar Upeti Rp322 Miliar Setiap Bulan ke Microsoft."),
        ("sentence", "Menurut laporan, TikTok membayar Rp322 miliar setiap bulan kepada Microsoft."),
    ])
    headline, body = find_claims(text, sentences, "id")
    assert any("heading" in r for r in headline.reasons) and headline.score < DEFAULT_THRESHOLD
    assert not any("heading" in r for r in body.reasons) and body.score >= DEFAULT_THRESHOLD


def test_a_short_german_sentence_of_nouns_is_no_heading() -> None:
    text, sentences = build([
        ("sentence", "Die SPÖ kam auf 21,1 Prozent, die NEOS auf 9 und die Grünen auf 8 Prozent."),
        ("sentence", "FPÖ Erstmals Stärkste Kraft Bei Der Nationalratswahl"),
    ])
    sentence, headline = find_claims(text, sentences, "de")
    assert not any("heading" in r for r in sentence.reasons) and sentence.score >= DEFAULT_THRESHOLD
    assert any("heading" in r for r in headline.reasons)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("id", "Apakah TikTok membayar Rp322 miliar kepada Microsoft."),  # -kah: a question anyway
        ("da", "Hvorfor betaler TikTok Microsoft $20 millioner"),  # no final punctuation
        ("es", "¿Pagó TikTok 20 millones de dólares a Microsoft?"),
        ("en", "Did TikTok really pay Microsoft $20 million a month?"),
        ("en", "According to sources, did TikTok pay $20 million, more than 25% of revenue, in May 2024?"),
    ],
)
def test_questions_score_below_threshold(lang: str, sentence: str) -> None:
    text, sentences = build([("sentence", sentence)])
    [claim] = find_claims(text, sentences, lang)
    assert any("question" in r for r in claim.reasons), claim.reasons
    assert claim.score < DEFAULT_THRESHOLD


def test_statement_starting_with_question_word_is_not_a_question() -> None:
    text, sentences = build([("sentence", "Hvorvidt ByteDance vil lykkes med det i 2025, er stadig uvist.")])
    [claim] = find_claims(text, sentences, "da")
    assert not any("question" in r for r in claim.reasons)


def test_boilerplate_and_short_lines() -> None:
    text, sentences = build([("sentence", "Advertisement"), ("sentence", "Published"), ("sentence", "Baca juga")])
    for claim in find_claims(text, sentences, "id"):
        assert claim.score < 0.05 and any("boilerplate" in r for r in claim.reasons)


def test_empty_and_unknown_language() -> None:
    assert find_claims("", [], "und") == []
    text, sentences = build([("sentence", "Selon la société, TikTok a payé 20 % de plus en 2023.")])
    [claim] = find_claims(text, sentences, "und")
    assert {"attribution", "date"} <= set(claim.kinds)


# --- the seed articles ---------------------------------------------------------------------------

DA_KEYS = ["$20 millioner (£15,45 millioner) månedligt", "ifølge interne finansielle dokumenter",
           "månedlige betaling på $20 millioner"]
DA_LOW = ["Fremtidsudsigter", "En væsentlig del af Microsofts omsætning", "kan være en game-changer",
          "Strategisk betydning af AI for TikTok"]
ID_KEYS = ["Rp322 miliar setiap bulan", "Menurut laporan, pembayaran TikTok mencakup 25%", "sejak 2019",
           "akhir 2023"]
ID_LOW = ["Akankah TikTok berhasil", "Dampak Finansial Bagi Microsoft", "Buat Apa?",
          "Ambisi TikTok dalam Pengembangan AI Mandiri"]


def seed_claims(name: str):
    [path] = SEEDS.glob(name + "_*.txt")
    article = read_article(path)
    sentences = split_sentences(article.text, article.lang)
    claims = find_claims(article.text, sentences, article.lang, article.date)
    check_invariants(article.text, sentences, claims)
    return article, claims


@pytest.mark.parametrize(("seed", "keys", "low"), [("000", DA_KEYS, DA_LOW), ("003", ID_KEYS, ID_LOW)])
def test_threshold_separates_seed_claims_from_questions_and_headings(seed, keys, low) -> None:
    article, claims = seed_claims(seed)
    for key in keys:
        c = claim_with(article.text, claims, key)
        assert c.score >= DEFAULT_THRESHOLD, (key, c.score, c.reasons)
    for key in low:
        c = claim_with(article.text, claims, key)
        assert c.score < DEFAULT_THRESHOLD, (key, c.score, c.reasons)
    questions = [c for c in claims if article.text[c.start:c.end].rstrip().endswith("?")]
    headings = [c for c in claims if c.sentence.kind == "heading"]
    assert headings
    assert max(c.score for c in questions + headings) < DEFAULT_THRESHOLD <= min(
        claim_with(article.text, claims, k).score for k in keys)


def test_danish_seed_spans() -> None:
    article, claims = seed_claims("000")
    text = article.text
    c = claim_with(text, claims, DA_KEYS[0])
    assert spans_of(text, c, "attribution") == ["Rapporter viser"]
    assert [q.kind for q in c.quantities].count("money") == 2
    c = claim_with(text, claims, DA_KEYS[1])
    assert spans_of(text, c, "attribution") == ["ifølge"]
    assert any(s.startswith("25") for s in spans_of(text, c, "percent"))
    c = claim_with(text, claims, "datterselskab af ByteDance")
    assert {"TikTok", "OpenAI", "Microsoft Corporation"} <= set(spans_of(text, c, "entity"))


def test_indonesian_seed_spans() -> None:
    article, claims = seed_claims("003")
    text = article.text
    c = claim_with(text, claims, ID_KEYS[0])
    assert any(s.startswith("Rp322") for s in spans_of(text, c, "money"))
    assert "dikabarkan" in spans_of(text, c, "attribution")
    c = claim_with(text, claims, "kepada The Information")
    assert "The Information" in spans_of(text, c, "entity")
    assert {"menurut", "sumber internal"} <= set(spans_of(text, c, "attribution"))
    assert spans_of(text, claim_with(text, claims, "sejak 2019"), "date") == ["2019"]
    assert spans_of(text, claim_with(text, claims, "akhir 2023"), "date") == ["2023"]
    assert "2024" in spans_of(text, claim_with(text, claims, ID_KEYS[1]), "date")


# --- robustness ----------------------------------------------------------------------------------


def trivial_split(text: str) -> list[Sentence]:
    return [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]*", text)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300) | st.text(alphabet=st.sampled_from(list("Rp$£%0123456789 .,-?AaTtIiKkOo\n")),
                                       max_size=200),
       st.sampled_from(["da", "id", "en", "de", "es", "fr", "und", "xx"]))
@example("0£1p", "en")  # a sum of nothing and its hundredths: no worth in dollars to scale
def test_never_raises_and_offsets_stay_in_range(text: str, lang: str) -> None:
    sentences = trivial_split(text)
    claims = find_claims(text, sentences, lang, "2024-08-01")
    check_invariants(text, sentences, claims)


@pytest.mark.parametrize("lang, text, reason", [
    ("en", "OpenAI suspended ByteDance's account in December.", "event: suspended"),
    ("it", "OpenAI ha sospeso l'account di ByteDance.", "event: sospeso"),
    ("es", "La suspensión de las cuentas de ByteDance llegó en diciembre.", "event: suspensión"),
    ("id", "OpenAI memblokir akses ByteDance.", "event: memblokir"),
    ("da", "Stifteren Mira Okafor fratræder som administrerende direktør.", "event: fratræder"),
    ("de", "Der Regionalchef Tomas Lind trat zurück.", "event: trat zurück"),
    ("en", "A spokesperson told CNN the company had always complied with local law.", "statement attributed to CNN"),
    ("en", "Brightwave said in a statement it would appeal the decision.", "statement attributed to Brightwave"),
])
def test_events_and_reported_statements_are_claims_without_figures(lang, text, reason):
    from factcheck.core.segment import split_sentences

    claim = find_claims(text, split_sentences(text, lang), lang)[0]
    assert reason in claim.reasons and claim.score >= DEFAULT_THRESHOLD


def test_no_event_no_claim_and_a_hedged_event_is_speculation():
    from factcheck.core.segment import split_sentences

    for text in ("The weather in Copenhagen was mild on Tuesday.", "Brightwave might be banned next year."):
        claim = find_claims(text, split_sentences(text, "en"), "en")[0]
        assert claim.score < DEFAULT_THRESHOLD
    text = "He said the talks went well."
    claim = find_claims(text, split_sentences(text, "en"), "en")[0]
    assert not any(r.startswith("statement attributed") for r in claim.reasons)
