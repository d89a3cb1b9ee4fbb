"""Issue 6.5: random bytes and random Unicode through ingest -> claims -> quantities -> store -> export.

Invariants: nothing but FactcheckError escapes (and that only for rejected input, as one line); a
set share of the examples gets through parsing to the store and the exports; every stored
offset slices the stored text to the claim's (span's, quantity's) text; every export parses.
Seeded (derandomize) and moderate in size, so the suite stays fast and repeatable on 2 cores.
"""

from __future__ import annotations

import csv
import io
import json
import math
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.config import load_config
from factcheck.core.ingest import parse_article
from factcheck.core.models import Article
from factcheck.core.pipeline import analyse
from factcheck.errors import FactcheckError
from factcheck.export import FORMATS, render
from factcheck.export.tabular import unneutralise
from factcheck.store import Store
from factcheck.store.claims import list_claims
from factcheck.store.reanchor import save_or_replace
from factcheck.store.verdicts import set_verdict

FUZZ = settings(
    max_examples=150, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Shares of the examples that must get through parsing (see enough_stored). Measured with these
# settings: random bytes 88 of 150 (59%), random Unicode files 107 of 150 (71%), every one of them
# with a claim; the guards sit below.
BYTES_STORED = 0.45
UNICODE_STORED = 0.6

# Pieces that steer the text towards the interesting parsers: money, percent, scale words, dates,
# attribution cues, in several languages and scripts; plus the troublemakers.
PIECES = [
    "$20 million", "næsten $20 millioner", "Rp322 miliar", "£15,45 millioner", "25 %", "25%", "25 persen",
    "20 Mio. US-Dollar", "mil millones", "1.000", "1,000.5", "Ltd.", "ifølge", "menurut", "according to",
    "laut", "según", "selon", "reports show", "august 2024", "2024-08-01", "Q3 2023", "3.", "TikTok",
    "ByteDance", "Microsoft", "€", "kr.", "US$", "¥", "12,5", "٣٤٥", "१२३", "½", "⅔", "1e9", "0x1F",
    "שקל 20 מיליון", "مليون دولار 20", "\u200f", "\u200e", "\u202e", "\u2066", "\u2069", "\u0301", "\u0308",
    "e\u0301", "👩\u200d👩\u200d👧", "🇩🇰", "🙂", "\x00", "\ufeff", "\u00ad", "\u2028", "\u2029", "\r\n", "\r",
    "\n", "\n\n", "\t", "\u00a0", "\u202f", ". ", "? ", "! ", "…", "«", "»", "„", "“", "”", "'", '"', "<", ">", "&",
    "<script>", "---", "# ", "* ", "| a | b |", "`code`", "Title: x\n", "date 2024-08\n", "\x7f", "\x1b[31m",
]
TEXT = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=12), st.integers(-10**15, 10**15).map(str)),
    max_size=40,
).map("".join)
SUFFIX = st.sampled_from([".txt", ".md", ".html"])


@pytest.fixture(scope="module")
def store():
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "fuzz.db") as s:
        yield s


@pytest.fixture(scope="module")
def config():
    return load_config(Path(tempfile.gettempdir()) / "factcheck-fuzz-no-config.toml")


def check_analysis(analysis) -> None:
    text = analysis.article.text
    for claim in analysis.claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end].strip() == text[claim.start : claim.end]
        assert 0.0 <= claim.score <= 1.0
        for span in (*claim.spans, *claim.quantities):
            assert claim.start <= span.start < span.end <= claim.end, (span, claim.sentence)
        for q in claim.quantities:
            assert math.isfinite(q.value), q
            assert q.usd is None or math.isfinite(q.usd), q


def check_stored(store: Store, article_id: int) -> None:
    text = store.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    for table in ("claims", "sentences"):
        join = "" if table == "sentences" else ""
        for start, end, *rest in store.conn.execute(
            f"SELECT char_start, char_end{', text' if table == 'claims' else ''} FROM {table} WHERE article_id = ?{join}",
            (article_id,),
        ):
            if rest:
                assert text[start:end] == rest[0]
    for table in ("spans", "quantities"):
        for start, end, piece in store.conn.execute(
            f"SELECT t.char_start, t.char_end, t.text FROM {table} t JOIN claims c ON c.id = t.claim_id"
            " WHERE c.article_id = ?",
            (article_id,),
        ):
            assert text[start:end] == piece
    for record in list_claims(store, article_ids=[article_id]):
        assert text[record.start : record.end] == record.text


def check_exports(store: Store, config, article_id: int) -> None:
    for fmt in FORMATS:
        out = render(store, fmt, config, include_unreviewed=True, article_ids=[article_id])
        assert isinstance(out, str)
        if fmt in ("json", "claimreview"):
            json.loads(out)
        elif fmt == "csv":
            rows = list(csv.reader(io.StringIO(out, newline="")))
            assert rows and all(len(r) == len(rows[0]) for r in rows)
            texts = {unneutralise(r[rows[0].index("text")]) for r in rows[1:]}
            claims = {c.text for c in list_claims(store, article_ids=[article_id])}
            assert texts <= claims


def through_everything(store: Store, config, data: bytes, name: str, note: str) -> str:
    """Bytes of a file all the way to the exports; only FactcheckError may stop it (at ingest), as
    one line naming the problem. Returns "rejected", "stored" or "reviewed" (stored, and a claim of
it given a verdict and a note before the exports)."""
    try:
        article = parse_article(data, name)
    except FactcheckError as exc:
        message = str(exc)
        assert message.strip() and "\n" not in message and "Traceback" not in message, message
        return "rejected"
    analysis = analyse(article)
    check_analysis(analysis)
    article_id, _, _ = store.write(lambda: save_or_replace(store, analysis))
    check_stored(store, article_id)
    claims = list_claims(store, article_ids=[article_id])
    if claims:
        set_verdict(store, claims[0].id, "false", note=note or None, reviewer="fuzz")
    check_exports(store, config, article_id)
    return "reviewed" if claims else "stored"


def enough_stored(seen: Counter, share: float) -> None:
    """Rejected inputs prove nothing about the pipeline: a parser that rejected everything would
    pass every invariant. So a share of the examples (derandomized: the same ones every run) must
    get all the way through; the shares are set below what is measured, as a guard."""
    total, through = sum(seen.values()), seen["stored"] + seen["reviewed"]
    assert total >= FUZZ.max_examples // 2, seen
    assert through >= share * total, f"only {through} of {total} examples got through: {dict(seen)}"
    assert seen["reviewed"] >= share * through / 2, f"too few stored examples had a claim to review: {dict(seen)}"


def test_random_bytes(store, config):
    seen: Counter = Counter()

    @FUZZ
    @given(data=st.binary(max_size=3000), suffix=SUFFIX)
    def check(data, suffix):
        seen[through_everything(store, config, data, f"/fuzz/bytes{suffix}", note=data[:40].decode("latin-1"))] += 1

    check()
    enough_stored(seen, BYTES_STORED)


def test_random_unicode_files(store, config):
    seen: Counter = Counter()

    @FUZZ
    @given(text=TEXT, suffix=SUFFIX,
           encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "surrogatepass"]))
    def check(text, suffix, encoding):
        if encoding == "surrogatepass":  # lone surrogates, as a careless encoder writes them
            data = (text + "\ud800 x \udfff").encode("utf-8", errors="surrogatepass")
        else:
            data = text.encode(encoding, errors="replace")
        seen[through_everything(store, config, data, f"/fuzz/unicode{suffix}", note=text)] += 1

    check()
    enough_stored(seen, UNICODE_STORED)


@FUZZ
@given(text=TEXT, lang=st.sampled_from(["en", "da", "id", "de", "es", "fr", "ar", "he", "und", "zz"]),
       date=st.sampled_from([None, "2024-08", "2024-08-01", "1998", "2031-01-01"]))
def test_core_on_any_text_including_lone_surrogates(text, lang, date):
    """The core functions themselves, fed text no decoder would produce (lone surrogates, NUL)."""
    text = text.replace("\x00", "\x00\ud800") if "\x00" in text else text
    analysis = analyse(Article(text=text, lang=lang, content_hash="x", date=date))
    check_analysis(analysis)
