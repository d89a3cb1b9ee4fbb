"""The Markdown report parses as CommonMark + GFM tables, whatever users typed into their notes."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from factcheck.export import render
from factcheck.export.markdown import clean, inline, paragraphs
from factcheck.store.verdicts import set_verdict
from tests.export.conftest import CONFIG

ADVERSARIAL = [
    "a | b || c |",
    "`code` and ``double`` and ```fence",
    "*bold* _it_ **x** ~~gone~~",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "# not a heading\n## nor this",
    "line one\nline two\n\n\nnew paragraph\n    indented code?",
    "- list\n+ list\n1. ordered\n2) ordered\n> quote",
    "---\n===\n***\n___",
    "[link](javascript:alert(1)) ![img](http://x/y.png) <http://x> &amp; &#60;script&#62;",
    "<!-- comment --> <div>block</div>\n<div>\nraw\n</div>",
    "trailing backslash \\",
    "\\| escaped pipe already \\\\| two",
    "tab\there\rcarriage\r\nreturn\x00nul\x0bvt",
    "| --- | --- |\n| fake | table |",
    "a | b\n--- | ---\nc | d",
    "```\nfenced\n```",
    "~~~\nfenced\n~~~",
    "<?php echo 1; ?> <![CDATA[x]]> <!DOCTYPE html>",
]

md = MarkdownIt("commonmark").enable("table").enable("strikethrough")


def tokens_of(text: str):
    def walk(tokens):
        for t in tokens:
            yield t
            yield from walk(t.children or [])

    return list(walk(md.parse(text)))


def table_rows(text: str) -> list[list[str]]:
    """Each table row as the inline content of its cells."""
    rows, row, in_cell = [], None, False
    for t in md.parse(text):
        if t.type == "tr_open":
            row = []
        elif t.type == "tr_close":
            rows.append(row)
        elif t.type == "inline" and row is not None and in_cell:
            row.append(t.content)
        in_cell = t.type in ("th_open", "td_open")
    return rows


def assert_safe(report: str, expected_cells: int = 5) -> None:
    tokens = tokens_of(report)
    html = [t for t in tokens if t.type in ("html_inline", "html_block")]
    assert not html, html
    links = [t.attrs.get("href") for t in tokens if t.type == "link_open"]
    assert all(h.startswith(("http://", "https://")) for h in links), links
    assert not [t for t in tokens if t.type in ("code_inline", "code_block", "fence", "image")]
    for row in table_rows(report):
        assert len(row) in (2, expected_cells), row  # summary table: 2 columns, claims table: 5


def note_text_round_trips(note: str, report: str) -> None:
    """What a reader sees of the note is the note itself (whitespace aside)."""
    rendered = md.render(paragraphs(note))
    plain = MarkdownIt("commonmark").render(paragraphs(note))
    assert rendered == plain  # no GFM-only syntax either
    from html import unescape
    import re

    seen = unescape(re.sub(r"<[^>]+>", " ", rendered))
    assert " ".join(seen.split()) == " ".join(clean(note).split())  # control characters dropped


@pytest.mark.parametrize("note", ADVERSARIAL)
def test_adversarial_note_keeps_the_report_valid(reviewed, note):
    cid = reviewed.ids["claims"][0]
    set_verdict(reviewed, cid, note=note, reviewer="ana")
    report = render(reviewed, "markdown", CONFIG)
    assert_safe(report)
    note_text_round_trips(note, report)


def test_report_has_articles_summary_table_and_sections(reviewed):
    report = render(reviewed, "markdown", CONFIG)
    assert report.startswith("# Fact-check report\n")
    for expected in ("TikTok pays Microsoft", "Upeti", "(en, 2024-08)", "(id, 2024-08-01)",
                     "<https://www.example.com/tiktok>", "| False | 1 |", "| Mostly true | 1 |",
                     "| Unproven | 1 |", "**Total reviewed** | **3**", "### Claim", "#### Related statements",
                     "- <https://ecb.europa.eu/x>"):  # fmt: skip
        assert expected in report, expected
    rows = table_rows(report)
    claim_rows = [r for r in rows if len(r) == 5]
    assert claim_rows[0] == ["#", "Verdict", "Claim", "Article", "Language"]
    assert [r[1] for r in claim_rows[1:]] == ["False", "Mostly true", "Unproven"]
    assert "Unreviewed" not in report and "Belum" not in report
    assert_safe(report)


def test_include_unreviewed_and_pick_articles(reviewed):
    full = render(reviewed, "markdown", CONFIG, include_unreviewed=True)
    assert "Unreviewed 7." in full and "Belum ditinjau 9." in full
    assert "no verdict yet" in full and "2 check-worthy claims not reviewed yet" in full
    only_b = render(reviewed, "markdown", CONFIG, article_ids=[reviewed.ids["b"]])
    assert "Upeti" in only_b and "TikTok pays Microsoft" not in only_b and "Rp322" in only_b
    assert "**Total reviewed** | **1**" in only_b


def test_empty_database_still_renders(store):
    report = render(store, "markdown", CONFIG)
    assert "No articles." in report and "No reviewed claims yet." in report
    assert_safe(report)


def test_article_titles_claims_and_urls_from_files_are_escaped_too(store):
    from factcheck.store.claims import list_claims
    from tests.export.conftest import add_article

    title, claim = "<b>|Bold|</b> `x` *y*", "A | claim with `ticks` | and <i>1</i> &amp; \\| pipes."
    add_article(store, [claim], title=title, url="javascript:alert(1)")
    set_verdict(store, list_claims(store)[0].id, "false", reviewer="ana")
    report = render(store, "markdown", CONFIG)
    assert_safe(report)
    assert "javascript:alert(1)" in report  # shown as text, not a link
    row = [r for r in table_rows(report) if len(r) == 5][1]
    cells = [md.renderInline(cell) for cell in row]
    from html import escape

    assert cells[2] == escape(claim, quote=False) and cells[3] == escape(title, quote=False)


text_with_syntax = st.text(
    alphabet=st.sampled_from(string.punctuation + " \n\t\r\\aZ1é€<>|`*_#-=\u2028\x00\x0b"), max_size=80
) | st.text(max_size=60)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=text_with_syntax, reviewer=st.text(min_size=1, max_size=12))
def test_any_note_keeps_the_report_valid(reviewed, note, reviewer):
    cid = reviewed.ids["claims"][0]
    set_verdict(reviewed, cid, note=note or None, reviewer=reviewer)
    report = render(reviewed, "markdown", CONFIG)
    assert_safe(report)
    if note.strip():
        note_text_round_trips(note, report)


@given(st.text(max_size=60))
def test_inline_is_one_line_and_never_html(text):
    out = inline(text)
    assert "\n" not in out
    tokens = tokens_of("| a |\n| --- |\n| " + out + " |")
    assert not [t for t in tokens if t.type.startswith("html")]
    assert len(table_rows("| a |\n| --- |\n| " + out + " |")[1]) == 1


def test_related_statements_and_disputes_are_shown_and_escaped(reviewed):
    import json as _json

    from factcheck.store.disputes import open_dispute

    first, _, _, other = reviewed.ids["claims"][:4]
    reviewed.write(lambda: reviewed.conn.execute(
        "INSERT INTO matches (claim_a, claim_b, score, evidence, consistency) VALUES (?, ?, 0.9, ?, 'conflict')",
        (first, other, _json.dumps(["money | <b>differs</b>", "`Rp322` *vs* Rp324"])),
    ))  # fmt: skip
    reviewed.write(lambda: open_dispute(reviewed, first, {"<img onerror=x>": "false", "b|c": "mixed"}))
    report = render(reviewed, "markdown", CONFIG)
    assert_safe(report)
    section = report[report.index(f"### Claim {first}:") :]
    assert "- **conflict**, score 0.90: Upeti (id), claim" in section
    assert "money \\| \\<b\\>differs\\</b\\>; \\`Rp322\\` \\*vs\\* Rp324" in section
    assert "**Disputed:** \\<img onerror=x\\>: False; b\\|c: Mixed" in section
    import csv, io

    row = next(csv.DictReader(io.StringIO(render(reviewed, "csv", CONFIG))))
    assert (row["related"], row["conflicts"], row["disputed"]) == ("1", "1", "yes")


def test_related_statements_are_capped_with_a_count(reviewed):
    from factcheck.export import data
    from tests.export.conftest import add_article

    c = add_article(reviewed, [f"Claim number {i} here." for i in range(data.RELATED_LIMIT + 3)], lang="id", title="T")
    others = [r[0] for r in reviewed.conn.execute("SELECT id FROM claims WHERE article_id = ? ORDER BY id", (c,))]
    first, second, _, fourth = reviewed.ids["claims"][:4]
    reviewed.write(lambda: reviewed.conn.executemany(
        "INSERT INTO matches (claim_a, claim_b, score, evidence, consistency) VALUES (?, ?, ?, '[]', ?)",
        [(mine, other, 0.6 if i else 0.5, "conflict" if i % 2 else None)  # the first scores below the threshold
         for mine in (first, second, fourth) for i, other in enumerate(others)],
    ))  # fmt: skip
    report = render(reviewed, "markdown", CONFIG)
    assert report.count("- **conflict**, score 0.60") == 3 * 5  # the best 10 listed per claim, 5 conflicts, 3 claims
    assert "- and 2 more (6 conflicts in all)" in report  # 12 at or above the threshold
    assert "score 0.50" not in report
    import csv, io

    row = next(csv.DictReader(io.StringIO(render(reviewed, "csv", CONFIG))))
    assert (row["related"], row["conflicts"]) == ("12", "6")


def test_each_consistency_has_its_own_words(reviewed):
    first, _, _, other = reviewed.ids["claims"][:4]
    second = reviewed.ids["claims"][1]
    reviewed.write(lambda: reviewed.conn.executemany(
        "INSERT INTO matches (claim_a, claim_b, score, evidence, consistency) VALUES (?, ?, 0.9, '[]', ?)",
        [(first, other, "differs-slightly"), (second, other, "not-compared")],
    ))  # fmt: skip
    report = render(reviewed, "markdown", CONFIG)
    first_section = report[report.index(f"### Claim {first}:"):report.index(f"### Claim {second}:")]
    assert "- *differs slightly*, score 0.90: Upeti (id)" in first_section
    assert "- figures not compared, score 0.90: Upeti (id)" in report[report.index(f"### Claim {second}:"):]
