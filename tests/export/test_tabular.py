"""CSV is spreadsheet-safe and reads back with the csv module; JSON has everything for scripts."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.export import render
from factcheck.export.tabular import CSV_COLUMNS, neutralise, unneutralise
from factcheck.store.verdicts import set_verdict
from tests.export.conftest import CONFIG

DANGEROUS = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x", " =HYPERLINK(\"http://x\")", "'=already"]


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_one_row_per_reviewed_claim_round_trips(reviewed):
    rows = read_csv(render(reviewed, "csv", CONFIG))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [r["verdict"] for r in rows] == ["false", "mostly-true", "unproven"]
    first = rows[0]
    assert first["text"] == "TikTok paid 20 million a month." and first["article_title"] == "TikTok pays Microsoft"
    assert first["note"] == "ECB rate: see https://ecb.europa.eu/x" and first["reviewer"] == "ana"
    assert first["rating"] == "1" and first["article_url"] == "https://www.example.com/tiktok"
    everything = read_csv(render(reviewed, "csv", CONFIG, include_unreviewed=True))
    assert len(everything) == 5 and sum(1 for r in everything if not r["verdict"]) == 2


def test_csv_neutralises_formulas_in_every_text_cell(reviewed):
    cid = reviewed.ids["claims"][0]
    for note in DANGEROUS:
        set_verdict(reviewed, cid, note=note + "\nsecond line, with \"quotes\"", reviewer="=evil()")
        row = read_csv(render(reviewed, "csv", CONFIG))[0]
        for value in row.values():
            assert not value.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")), value
        assert row["note"].startswith("'") and row["reviewer"] == "'=evil()"
        assert unneutralise(row["note"]) == note + "\nsecond line, with \"quotes\""


@given(st.text(max_size=40))
def test_neutralise_round_trips_and_is_safe(text):
    cell = neutralise(text)
    assert unneutralise(cell) == text
    assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r", "\n"))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(min_size=1, max_size=60))
def test_csv_round_trips_any_note(reviewed, note):
    set_verdict(reviewed, reviewed.ids["claims"][0], note=note, reviewer="ana")
    row = read_csv(render(reviewed, "csv", CONFIG))[0]
    if reviewed.is_postgres:  # PostgreSQL text holds no NUL: the store drops it (store/postgres.py)
        note = note.replace("\x00", "")
    assert unneutralise(row["note"]) == (note or None or "")


def test_json_has_everything(reviewed):
    data = json.loads(render(reviewed, "json", CONFIG))
    assert data["summary"] == {"reviewed": 3, "claims": 3, "verdicts": {"false": 1, "mostly-true": 1, "unproven": 1},
                               "disputed": 0}  # fmt: skip
    assert {a["title"] for a in data["articles"]} == {"TikTok pays Microsoft", "Upeti"}
    first = data["claims"][0]
    for key in ("id", "article", "lang", "text", "start", "end", "score", "kinds", "quantities", "verdict",
                "verdict_label", "rating", "note", "reviewer", "updated_at", "history", "disputed", "related"):  # fmt: skip
        assert key in first, key
    assert first["verdict"] == "false" and first["history"][0]["reviewer"] == "ana"
    assert first["quantities"][0]["value"] == 2.0
    unreviewed = json.loads(render(reviewed, "json", CONFIG, include_unreviewed=True))
    assert unreviewed["summary"]["claims"] == 5 and unreviewed["summary"]["reviewed"] == 3


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(min_size=1, max_size=40))
def test_json_written_claim_by_claim_is_what_dumping_it_whole_gives(reviewed, note):
    from factcheck.export.data import collect
    from factcheck.export.tabular import render_json, to_json

    first = reviewed.ids["claims"][0]
    set_verdict(reviewed, first, "false", note=note, reviewer="ana\n\"x\"")
    reviewed.write(lambda: reviewed.conn.execute(
        "INSERT OR REPLACE INTO matches (claim_a, claim_b, score, evidence, consistency) VALUES (?, ?, 0.9, ?, 'conflict')",
        (first, reviewed.ids["claims"][3], json.dumps(["money ≈ 20 M USD\nboth", note])),
    ))  # fmt: skip
    for unreviewed in (False, True):
        data = collect(reviewed, CONFIG, include_unreviewed=unreviewed)
        assert render_json(data) == json.dumps(to_json(data), ensure_ascii=False, indent=2) + "\n"
    data.claims = []
    assert render_json(data) == json.dumps(to_json(data), ensure_ascii=False, indent=2) + "\n"
