"""A small, fixed database for the TUI tests: two articles (Danish, Indonesian) written by hand with
their claims, spans and matches, so screens do not change when the core's heuristics are tuned."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from factcheck.core.models import Article, Claim, Sentence, Span
from factcheck.core.pipeline import Analysis
from factcheck.store import Store
from factcheck.store.articles import save

THRESHOLD = 0.30

# paragraphs of (sentence, score, [(kind, substring), ...])
DANISH = {
    "title": "TikTok betaler Microsoft næsten $20 millioner om måneden",
    "lang": "da",
    "date": "2024-08",
    "path": "tiktok-da.txt",
    "paragraphs": [
        [
            ("TikTok betaler Microsoft næsten $20 millioner om måneden for adgang til AI-modeller.", 0.75,
             [("entity", "TikTok"), ("entity", "Microsoft"), ("money", "næsten $20 millioner")]),
            ("Det viser interne dokumenter.", 0.35, [("attribution", "viser interne dokumenter")]),
        ],
        [("Baggrund", 0.05, [])],
        [
            ("Partnerskabet står for næsten 25 % af Microsofts omsætning fra segmentet, ifølge [b]interne[/b] kilder.",
             0.65, [("percent", "næsten 25 %"), ("entity", "Microsofts"), ("attribution", "ifølge [b]interne[/b] kilder")]),
            ("Det er mange penge.", 0.1, []),
        ],
        [("ByteDance kan udvikle sin egen AI-teknologi i 2025.", 0.4, [("entity", "ByteDance"), ("date", "2025")])],
    ],
}

INDONESIAN = {
    "title": "TikTok bayar Rp322 miliar per bulan ke Microsoft",
    "lang": "id",
    "date": "2024-08-01",
    "path": "tiktok-id.txt",
    "paragraphs": [
        [("TikTok membayar Rp322 miliar setiap bulan kepada Microsoft.", 0.8,
          [("entity", "TikTok"), ("money", "Rp322 miliar"), ("entity", "Microsoft")])],
        [("Menurut laporan, pembayaran itu mencakup 25% dari pendapatan AI Microsoft.", 0.85,
          [("attribution", "Menurut laporan"), ("percent", "25%"), ("entity", "Microsoft")])],
        [("Apa artinya?", 0.05, [])],
        [("OpenAI memblokir akses ByteDance pada akhir 2023.", 0.45,
          [("entity", "OpenAI"), ("entity", "ByteDance"), ("date", "2023")])],
    ],
}

ENGLISH = {
    "title": "TikTok pays Microsoft almost $20 million a month",
    "lang": "en",
    "date": "2024-08-02",
    "path": "tiktok-en.txt",
    "paragraphs": [
        [("TikTok pays Microsoft almost $20 million a month, according to The Information.", 0.85,
          [("entity", "TikTok"), ("money", "almost $20 million"), ("attribution", "according to The Information")])],
    ],
}

# claim ids follow insertion order: Danish 1-6, Indonesian 7-10 (English 11)
MATCHES = [
    (1, 7, 0.91, ["money: $20 M ≈ Rp322 bn (US$19.8 M at 2024-08-01)", "entities: TikTok, Microsoft"], "consistent"),
    (1, 8, 0.60, ["entities: Microsoft"], None),
    (4, 8, 0.83, ["percent: 25 % = 25%", "entities: Microsoft"], "consistent"),
    (6, 10, 0.62, ["years: 2025 vs 2023", "entities: ByteDance"], "conflict"),
]


def analysis(spec: dict) -> Analysis:
    text, claims = "", []
    for p, paragraph in enumerate(spec["paragraphs"]):
        if p:
            text += "\n\n"
        for s, (sentence, score, spans) in enumerate(paragraph):
            if s:
                text += " "
            start = len(text)
            text += sentence
            found = [Span(kind, start + sentence.index(sub), start + sentence.index(sub) + len(sub))
                     for kind, sub in spans]
            kind = "heading" if score < 0.1 else "sentence"
            claims.append(Claim(Sentence(start, len(text), kind), score, found, reasons=[k for k, _ in spans]))
    article = Article(text=text, lang=spec["lang"], content_hash=hashlib.sha256(text.encode()).hexdigest(),
                      title=spec["title"], date=spec["date"], path=spec["path"])
    return Analysis(article, claims)


def build_db(path: Path, extra: list[dict] = (), matches: list[tuple] = ()) -> Path:
    """The Danish and Indonesian articles, then ``extra`` ones; MATCHES and then ``matches``."""
    with Store(path) as store:
        with store.transaction():
            for spec in (DANISH, INDONESIAN, *extra):
                save(store, analysis(spec))
            for a, b, score, evidence, consistency in (*MATCHES, *matches):
                store.conn.execute(
                    "INSERT INTO matches (claim_a, claim_b, score, evidence, consistency) VALUES (?, ?, ?, ?, ?)",
                    (a, b, score, json.dumps(evidence, ensure_ascii=False), consistency),
                )
    return path


def long_article(sentences: int = 2000) -> dict:
    paragraphs = []
    for i in range(0, sentences, 4):
        paragraphs.append([
            (f"In quarter {i} the company paid ${i + 1} million to Microsoft.", 0.6,
             [("money", f"${i + 1} million"), ("entity", "Microsoft")]),
            ("Nothing else happened.", 0.05, []),
            (f"Revenue grew {i % 90} % according to filings.", 0.5,
             [("percent", f"{i % 90} %"), ("attribution", "according to filings")]),
            ("It rained.", 0.05, []),
        ])
    return {"title": "A very long report", "lang": "en", "date": "2024-01-01", "path": "long.txt",
            "paragraphs": paragraphs}


def build_disputed_db(path: Path) -> Path:
    """The fixture with claims 1 and 7 disputed between ana and ben (as a merge leaves them); ana's
    verdicts are the current ones."""
    from factcheck.store.disputes import open_dispute
    from factcheck.store.verdicts import set_verdict

    build_db(path)
    with Store(path) as store:
        set_verdict(store, 1, verdict="false", reviewer="ana")
        set_verdict(store, 7, verdict="true", reviewer="ana")
        with store.transaction():
            open_dispute(store, 1, {"ana": "false", "ben": "mostly-true"})
            open_dispute(store, 7, {"ana": "true", "ben": "misleading"})
    return path
