"""Reading article files: formats, encodings, metadata, boilerplate, titles and clear rejections."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.core import boilerplate
from factcheck.core.ingest import DEFAULT_MAX_BYTES, article_files, parse_article, read_article
from factcheck.core.segment import split_sentences
from factcheck.errors import FactcheckError

ROOT = Path(__file__).resolve().parents[2]
SEED_DA = ROOT / "seeds" / "000_198650b8101fa3b1.txt"
SEED_ID = ROOT / "seeds" / "003_01d0dd41a7b8cea4.txt"
DATA = ROOT / "tests" / "data" / "ingest"

DANISH = (
    "Rapporter viser, at TikTok har udbetalt næsten $20 millioner (£15,45 millioner) månedligt.\n\n"
    "Den primære bekymring er muligheden for, at ByteDance kan udvikle sin egen AI-teknologi – "
    "“på sigt”, siger Søren Ærø.\n"
)


def blocks(text: str) -> list[str]:
    return text.split("\n\n")


# ------------------------------------------------------------------------------------------ seeds


def test_danish_seed_metadata_line_is_read_and_removed():
    a = read_article(SEED_DA)
    assert a.date == "2024-08"
    assert a.lang == "da"
    assert a.text.startswith("TikTok, et datterselskab af ByteDance Ltd., har")
    assert "date" not in a.text.split("\n")[0]
    assert a.title is None  # no headline: the first block is a body paragraph
    assert a.path == str(SEED_DA)
    assert "En væsentlig del af Microsofts omsætning" in blocks(a.text)


def test_indonesian_seed_boilerplate_gone_and_headline_is_title():
    a = read_article(SEED_ID)
    assert a.lang == "id"
    assert a.title == "Ternyata TikTok Bayar “Upeti” Rp322 Miliar/Bulan ke Microsoft, Buat Apa?"
    kept = blocks(a.text)
    for furniture in ("Connect with us", "Published", "on", "Advertisement"):
        assert furniture not in kept
    assert any(b.startswith("Rifinet.com – Raksasa media sosial TikTok") for b in kept)
    for s in split_sentences(a.text, a.lang):
        sentence = a.text[s.start : s.end]
        assert not sentence.startswith(("Published", "on ")), sentence
        assert "Published" not in sentence and "Advertisement" not in sentence


@pytest.mark.parametrize("page, date", [
    ("Floods kill 83\n\nBy Ana Souza\n\nMay 6, 2025 4:12 PM GMT\n\nFloods have killed 83 people.", "2025-05-06"),
    ("Unwetter in Brasilien\n\n07.05.2025, 09:30 Uhr\n\nBei den Überschwemmungen starben 83 Menschen.",
     "2025-05-07"),
    ("Mindst 83 dræbt\n\nOpdateret 6. maj 2025\n\nMindst 83 mennesker har mistet livet.", "2025-05-06"),
    ("Ex-ministre condamné\n\nPublié le 15/03/2025\n\nLe tribunal a condamné l'ancien ministre.", "2025-03-15"),
])
def test_a_pages_dateline_is_its_date(page, date):
    assert parse_article(page.encode(), "page.txt").date == date


def test_a_sentence_that_mentions_a_date_is_no_dateline():
    page = "Floods\n\nThe river reached 5.3 metres on May 6, 2025, above the record.\n\nRescuers searched."
    assert parse_article(page.encode(), "page.txt").date is None


def test_content_hash_is_sha256_of_text_and_stable():
    a, b = read_article(SEED_DA), parse_article(SEED_DA.read_bytes(), "elsewhere/copy.txt")
    assert a.content_hash == hashlib.sha256(a.text.encode("utf-8")).hexdigest()
    assert a.content_hash == b.content_hash and a.text == b.text


# ------------------------------------------------------------------------------------------ files


def test_article_files_of_a_file_is_the_file():
    assert article_files(SEED_DA) == [SEED_DA]


def test_article_files_of_a_folder_is_recursive_sorted_and_skips_hidden(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.html", "sub/d.htm", "e.markdown", "notes.pdf", ".hidden.txt",
                 ".git/x.txt", "UPPER.TXT"]:  # fmt: skip
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in article_files(tmp_path)]
    assert found == ["UPPER.TXT", "a.md", "b.txt", "e.markdown", "sub/c.html", "sub/d.htm"]


def test_article_files_missing_path(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(FactcheckError, match=f"no such file or directory: {missing}"):
        article_files(missing)


def test_article_files_folder_without_articles_is_named(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(FactcheckError, match=str(tmp_path)):
        article_files(tmp_path)


# -------------------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "cp1252", "latin-1"])
def test_same_text_in_every_encoding_gives_the_same_article(tmp_path, encoding):
    if encoding == "latin-1":
        text = DANISH.replace("–", "-").replace("“", '"').replace("”", '"')  # latin-1 lacks these
        reference = parse_article(text.encode("utf-8"), "ref.txt")
    else:
        text, reference = DANISH, parse_article(DANISH.encode("utf-8"), "ref.txt")
    data = b"\xfe\xff" + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(data)
    a = read_article(path)
    assert a.text == reference.text
    assert a.content_hash == reference.content_hash
    assert a.lang == "da"


def test_crlf_and_nfd_do_not_change_the_hash():
    import unicodedata

    crlf = unicodedata.normalize("NFD", DANISH).replace("\n", "\r\n").encode("utf-8")
    assert parse_article(crlf, "a.txt").content_hash == parse_article(DANISH.encode(), "b.txt").content_hash


@pytest.mark.parametrize(
    "text",
    [
        "Blåbærgrød og æbleskiver på Østerbro.\n",  # charset-normalizer alone says cp1250 here
        "Prisen er 20 € – “citat” og Müller på Øresund.\n",  # ... and mac_iceland here
        "Café crème à la française, señor niño, dit-il.\n",
    ],
)
def test_short_cp1252_text_is_not_mistaken_for_another_code_page(text):
    assert parse_article(text.encode("cp1252"), "short.txt").text == text.strip()


# ------------------------------------------------------------------------------------- rejections


def one_line_error_naming(path: Path | str, excinfo: pytest.ExceptionInfo) -> str:
    message = str(excinfo.value)
    assert str(path) in message and "\n" not in message
    return message


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "empty"),
        ("  \n ".encode("utf-16"), "empty"),
        (b"\xef\xbb\xbf\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"SQLite format 3\x00\x10\x00\x01\x01", "SQLite"),
        (b"plain text\x00with a NUL byte", "NUL"),
        (bytes(range(0x80, 0x100)) * 4, "cannot decode"),
    ],
)
def test_bad_bytes_are_rejected_with_the_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(FactcheckError) as excinfo:
        read_article(path)
    assert reason in one_line_error_naming(path, excinfo)


def test_only_boilerplate_is_no_article_text(tmp_path):
    path = tmp_path / "furniture.txt"
    path.write_text("Connect with us\n\nPublished\n\non\n\nAdvertisement\n* * *\n")
    with pytest.raises(FactcheckError) as excinfo:
        read_article(path)
    assert "no article text" in one_line_error_naming(path, excinfo)


def test_missing_file(tmp_path):
    with pytest.raises(FactcheckError, match="no such file or directory"):
        read_article(tmp_path / "gone.txt")


def test_a_folder_is_not_an_article(tmp_path):
    with pytest.raises(FactcheckError) as excinfo:
        read_article(tmp_path)
    assert "directory" in one_line_error_naming(tmp_path, excinfo)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Some text that nobody may read.")
    path.chmod(0)
    with pytest.raises(FactcheckError) as excinfo:
        read_article(path)
    assert "permission denied" in one_line_error_naming(path, excinfo)


def test_permission_error_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Some text that nobody may read.")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(FactcheckError) as excinfo:
        read_article(path)
    assert "permission denied" in one_line_error_naming(path, excinfo)


def test_too_big_is_refused_from_stat_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: costs no disk

    def must_not_read(*args, **kwargs):
        raise AssertionError("read before checking the size")

    monkeypatch.setattr(Path, "open", must_not_read)
    with pytest.raises(FactcheckError) as excinfo:
        read_article(path)
    message = one_line_error_naming(path, excinfo)
    assert "is 50.0 MB, over the 5 MB limit" in message
    assert "--max-mb" in message and "FACTCHECK_MAX_MB" in message
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024


def test_max_bytes_can_be_raised_or_lowered(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A sentence long enough to be an article of sorts.")
    with pytest.raises(FactcheckError, match="is 49 bytes, over the 10 bytes limit"):
        read_article(path, max_bytes=10)
    assert read_article(path, max_bytes=10_000).text.startswith("A sentence")


# --------------------------------------------------------------------------------------- metadata


@pytest.mark.parametrize(
    ("source", "field", "value", "first_block"),
    [
        (" date 2024-08 TikTok, et datterselskab.", "date", "2024-08", "TikTok, et datterselskab."),
        ("Date: 2024-08-01\nTikTok betaler.", "date", "2024-08-01", "TikTok betaler."),
        ("  DATE:2024-08-01T10:00:00Z  \n\nTikTok betaler.", "date", "2024-08-01", "TikTok betaler."),
        ("dato: 01.08.2024\nTikTok betaler.", "date", "2024-08-01", "TikTok betaler."),
        ("title: TikTok og Microsoft \nTikTok betaler.", "title", "TikTok og Microsoft", "TikTok betaler."),
        ("url: https://example.dk/a?b=1\nTikTok betaler.", "url", "https://example.dk/a?b=1", "TikTok betaler."),
        ("url https://example.dk/a TikTok betaler.", "url", "https://example.dk/a", "TikTok betaler."),
        ("lang: da\nTikTok betaler.", "lang", "da", "TikTok betaler."),
        ("Language: en-GB\nTikTok pays.", "lang", "en", "TikTok pays."),
    ],
)
def test_leading_metadata_lines(source, field, value, first_block):
    a = parse_article(source.encode(), "meta.txt")
    assert getattr(a, field) == value
    assert blocks(a.text)[0] == first_block


def test_several_metadata_lines_then_text():
    a = parse_article(b"Title: Hoved\nDate: 2024-08\nURL: https://x.dk/\nAuthor: Jens\n\nTekst her.", "m.txt")
    assert (a.title, a.date, a.url, a.text) == ("Hoved", "2024-08", "https://x.dk/", "Tekst her.")


def test_metadata_words_later_in_the_text_are_text():
    a = parse_article(b"TikTok betaler.\ndate 2024-08 er en dato.\nTitle: ikke metadata", "m.txt")
    assert a.date is None and a.title is None
    assert blocks(a.text) == ["TikTok betaler.", "date 2024-08 er en dato.", "Title: ikke metadata"]


def test_a_date_word_without_a_date_is_text():
    a = parse_article(b"Date night was popular in 2024, the survey found.", "m.txt")
    assert a.date is None and a.text.startswith("Date night")


# ------------------------------------------------------------------------------------ plain text


def test_every_line_is_a_block_whitespace_collapsed():
    a = parse_article(b"Headline Here Today\nFirst  sentence\there.\n\n\n  Second one.  ", "p.txt")
    assert a.text == "Headline Here Today\n\nFirst sentence here.\n\nSecond one."


def test_hard_wrapped_lines_are_joined():
    source = "Rapporter viser, at TikTok har udbetalt\nnæsten $20 millioner om\nmåneden.\nNy linje."
    assert blocks(parse_article(source.encode(), "w.txt").text) == [
        "Rapporter viser, at TikTok har udbetalt næsten $20 millioner om måneden.",
        "Ny linje.",
    ]


def test_title_rule():
    a = parse_article(b"Site\nTikTok Pays Microsoft Twenty Million\nThe first paragraph is here.", "t.txt")
    assert a.title == "TikTok Pays Microsoft Twenty Million"
    b = parse_article(b"A first sentence.\n\nA Section Heading Later On\n\nMore text.", "t.txt")
    assert b.title is None  # a heading after the first paragraph is not the title
    c = parse_article(b"Why Does TikTok Pay So Much?\n\nBody text follows here.", "t.txt")
    assert c.title == "Why Does TikTok Pay So Much?"


def test_html_sniffed_in_a_txt_file():
    a = parse_article(b"<!DOCTYPE html><html><body><p>Hello there, world.</p></body></html>", "x.txt")
    assert a.text == "Hello there, world."


# ------------------------------------------------------------------------------------ boilerplate


@pytest.mark.parametrize(
    "line",
    ["Connect with us", "Published", "on", "ADVERTISEMENT", "Share", "Tweet", "Read more", "Related",
     "Subscribe", "Sign up", "Cookie settings", "We use cookies to improve your experience.", "Annonce",
     "Iklan", "Baca juga", "Baca juga: TikTok Kembali Digugat", "Anzeige", "Publicidad", "Publicité",
     "  Læs også:  ", "•", "* * *", "—", "Read more »"],
)  # fmt: skip
def test_boilerplate_lines(line):
    assert boilerplate.is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["Rifinet.com – Raksasa media sosial TikTok", "Related companies reported losses.", "Share prices fell 3%.",
     "Published figures show a rise.", "2024", "Cookies are small files that websites store on computers."],
)  # fmt: skip
def test_text_is_not_boilerplate(line):
    assert not boilerplate.is_boilerplate(line)


def test_boilerplate_is_extendable():
    assert not boilerplate.is_boilerplate("Reklame slut")
    try:
        boilerplate.add("da", lines=["Reklame slut"])
        assert boilerplate.is_boilerplate("reklame slut")
    finally:
        boilerplate.LINES["da"].discard("Reklame slut")
        boilerplate._rebuild()


# ------------------------------------------------------------------------------------------- html


def test_html_article_text_and_metadata():
    a = read_article(DATA / "article.html")
    assert a.title == "TikTok pays Microsoft almost $20 million a month"  # og:title
    assert a.date == "2024-08-01"
    assert a.url == "https://example.com/tiktok-microsoft"  # canonical before og:url
    assert a.lang == "en"
    kept = blocks(a.text)
    assert kept[0] == "TikTok pays Microsoft almost $20 million a month"  # the <h1> in the article header
    assert "TikTok, owned by ByteDance Ltd., is paying Microsoft almost $20 million a month." in kept
    assert "That is about 25% of the revenue." in kept  # <br> splits
    assert "Dr. Smith said the deal was important for the U.S. market. Really." in kept
    for block in ("Why it matters", "First point about OpenAI", "Second point about Azure",
                  "Quoted words from a source.", "Revenue", "$20 million"):  # fmt: skip
        assert block in kept
    assert "TEXT" not in a.text, a.text  # every noise element in the fixture says TEXT
    assert "<" not in a.text and "{" not in a.text


def test_html_main_or_body_and_title_fallbacks():
    page = b"""<html><head><title>Page Title Here</title><meta name="date" content="2024-08-03">
    <meta property="og:locale" content="id_ID"></head>
    <body><nav>Menu</nav><main><h2>Sub</h2><p>Isi artikel di sini dengan cukup panjang.</p></main>
    <div class="sidebar">SIDEBAR</div></body></html>"""
    a = parse_article(page, "p.html")
    assert (a.title, a.date, a.lang) == ("Page Title Here", "2024-08-03", "id")
    assert a.text == "Sub\n\nIsi artikel di sini dengan cukup panjang."
    b = parse_article(b"<p>Only a paragraph in a fragment, nothing else.</p><p>Two.</p>", "f.htm")
    assert blocks(b.text) == ["Only a paragraph in a fragment, nothing else.", "Two."]


def test_html_with_xml_declaration_and_entities():
    page = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Caf&eacute; &amp; 5&nbsp;%</p></body></html>'
    assert parse_article(page.encode(), "x.html").text == "Café & 5 %"


def test_html_without_text_is_rejected():
    with pytest.raises(FactcheckError, match="empty.html"):
        parse_article(b"<html><body><script>x()</script></body></html>", "empty.html")


# --------------------------------------------------------------------------------------- markdown


def test_markdown_front_matter_and_plain_text_rendering():
    a = read_article(DATA / "article.md")
    assert a.title == "Ternyata TikTok Bayar Rp322 Miliar ke Microsoft"
    assert (a.date, a.url, a.lang) == ("2024-08-02", "https://example.id/tiktok", "id")
    assert blocks(a.text) == [
        "Judul Markdown Yang Tidak Dipakai",
        "TikTok membayar Rp322 miliar setiap bulan kepada Microsoft, menurut The Information.",
        "Dampak Finansial",
        "Pembayaran mencakup 25% dari pendapatan.",
        "Model AI dari OpenAI lewat Azure.",
        "Langkah pertama",
        "Langkah kedua",
        "Kutipan dari sumber internal.",
        "Teks dengan HTML sebaris di dalamnya.",
        "kode_contoh = 1",
    ]


def test_markdown_h1_is_the_title_without_front_matter():
    a = parse_article(b"Intro Line Before\n\n# The *Real* Title\n\nBody text here.", "a.markdown")
    assert a.title == "The Real Title"


def test_markdown_heading_stays_separate_from_its_paragraph():
    a = parse_article(b"## Heading\nText right under it.\n\nDate: not metadata here", "h.md")
    assert blocks(a.text) == ["Heading", "Text right under it.", "Date: not metadata here"]
    kinds = [s.kind for s in split_sentences(a.text, "en")]
    assert kinds[:2] == ["heading", "sentence"]


@pytest.mark.parametrize("source", [DATA / "article.md", SEED_DA])
def test_markdown_fast_path_matches_a_full_parse(source, monkeypatch):
    import re

    import factcheck.core.markdown_text as markdown_text

    data = source.read_bytes()
    fast = parse_article(data, "fast.md")  # plain paragraphs skip markdown-it
    monkeypatch.setattr(markdown_text, "_MD_SPANNING", re.compile(""))  # now every document is parsed whole
    full = parse_article(data, "fast.md")
    assert (fast.text, fast.title, fast.date) == (full.text, full.title, full.date)


def test_front_matter_in_a_txt_file():
    a = parse_article(b"---\ntitle: 'Hoved'\ndate: 2024-08-01T10:00:00Z\n---\nTekst her.", "f.txt")
    assert (a.title, a.date, a.text) == ("Hoved", "2024-08-01", "Tekst her.")


def test_html_declared_charset_is_used_when_not_utf8():
    page = '<html><head><meta charset="iso-8859-1"></head>'
    page += "<body><p>Prisen er 20 € på Øresund – “ja”.</p></body></html>"
    assert parse_article(page.encode("cp1252"), "c.html").text == "Prisen er 20 € på Øresund – “ja”."
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>'
    page += "<body><p>Zażółć gęślą jaźń, rzekł Paweł.</p></body></html>"
    assert parse_article(page.encode("cp1250"), "p.html").text == "Zażółć gęślą jaźń, rzekł Paweł."


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [DANISH, "Tekst uden BOM.", "Правительство заплатило 20 миллионов рублей в марте 2024 года.",
     "Η κυβέρνηση πλήρωσε 20 εκατομμύρια ευρώ.\r\nΔεύτερη γραμμή."],
)
def test_utf16_without_bom_is_read(encoding, text):
    """Windows tools write UTF-16 without a byte-order mark; where its NUL bytes fall tells the order."""
    assert parse_article(text.encode(encoding), "u.txt").text == parse_article(text.encode(), "u.txt").text


@pytest.mark.parametrize(
    "data",
    [b"plain text\x00with a NUL byte", "Some text.".encode() + b"\x00" * 10, bytes(range(256)) * 4,
     "Odd length".encode("utf-16-le") + b"x", "\x01\x02\x03\x04\x05 garbage".encode("utf-16-le") * 3],
)
def test_nul_bytes_that_are_not_utf16_are_binary(data):
    with pytest.raises(FactcheckError, match="binary file"):
        parse_article(data, "b.txt")


_PIECES = st.sampled_from(
    ["<p>", "</p>", "<div class='ad'>", "</div>", "<br>", "<!-- c -->", "<script>", "</script>", "# ", "---\n",
     "title: x\n", "date 2024-08 ", "\n", "\n\n", "*", "_", "[a](b)", "```\n", "<html>", "<article>", "</article>",
     "é", "\x00", "\xff", "  ", "Hello world. ", "Dr. Who. ", "- item\n", "| a | b |\n", "&amp;", "\ufeff", "\u00a0"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.one_of(st.binary(max_size=300), st.lists(_PIECES, max_size=40).map(lambda xs: "".join(xs).encode())),
    st.sampled_from(["a.txt", "a.md", "a.html", "a.markdown"]),
)
def test_any_bytes_give_an_article_or_a_clear_error(data, name):
    try:
        a = parse_article(data, name)
    except FactcheckError as err:
        assert name in str(err) and "\n" not in str(err)
        return
    assert a.text == a.text.strip() and "\n\n\n" not in a.text
    assert all(block == " ".join(block.split()) for block in a.text.split("\n\n"))
