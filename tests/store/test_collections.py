"""Adding a collection (CSV, TSV, JSON, JSON lines: a row per article) on both engines: the column
mapping, one line per bad row with the rest added, and the same articles as the same texts in files."""

from __future__ import annotations

import csv
import json

import pytest

from factcheck.cli import main
from factcheck.collection import Columns
from factcheck.importer import add_paths
from factcheck.store.articles import list_articles
from factcheck.store.claims import list_claims

# written for these tests: three short wire items, the way an archive export holds them
ITEMS = [
    {"headline": "Harbour tunnel over budget", "published": "2024-03-05", "link": "https://example.org/tunnel",
     "body": "The harbour tunnel will cost 2.4 billion kroner, officials told the council on Tuesday.\n\n"
             "That is 30 percent more than the 2021 estimate, according to the transport ministry."},
    {"headline": "Clinic waiting lists", "published": "12.04.2024", "link": "https://example.org/clinics",
     "body": "Waiting lists at regional clinics grew to 41,000 patients in March, the health agency said."},
    {"headline": "Ferry fares", "published": "", "link": "",
     "body": "Ferry operators raised fares by about 8 percent this spring, citing fuel costs of 120 million euros."},
]
COLUMNS = Columns(text="body", title="headline", date="published", url="link")


def write_csv(path, items, extra_rows=()):
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["headline", "body", "published", "link"])
        for item in items:
            writer.writerow([item["headline"], item["body"], item["published"], item["link"]])
        for row in extra_rows:
            writer.writerow(row)
    return path


def test_csv_rows_become_articles_with_the_mapped_columns(store, tmp_path):
    path = write_csv(tmp_path / "export.csv", ITEMS)
    report = add_paths(store, [path], columns=COLUMNS, match=False)
    assert report.failed == [] and len(report.added) == 3
    articles = {a["title"]: a for a in list_articles(store)}
    assert set(articles) == {item["headline"] for item in ITEMS}
    assert articles["Harbour tunnel over budget"]["date"] == "2024-03-05"
    assert articles["Clinic waiting lists"]["date"] == "2024-04-12"  # normalised as file metadata is
    assert articles["Ferry fares"]["date"] is None and articles["Ferry fares"]["url"] is None
    assert articles["Harbour tunnel over budget"]["url"] == "https://example.org/tunnel"
    assert articles["Clinic waiting lists"]["file_name"] == "export.csv#2"


def test_rows_give_the_claims_the_same_texts_give_as_files(store, tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    for i, item in enumerate(ITEMS):
        (folder / f"{i}.txt").write_text(item["body"], encoding="utf-8")
    add_paths(store, [folder], match=False)
    from_files = sorted((c.text, c.score, tuple(c.kinds)) for c in list_claims(store))
    store.write(lambda: store.conn.execute("DELETE FROM articles"))
    add_paths(store, [write_csv(tmp_path / "same.csv", ITEMS)], columns=COLUMNS, match=False)
    assert sorted((c.text, c.score, tuple(c.kinds)) for c in list_claims(store)) == from_files


def test_a_bad_row_is_one_line_and_the_rest_are_added(store, tmp_path):
    path = write_csv(tmp_path / "messy.csv", ITEMS[:1], extra_rows=[
        ["No body here", "", "2024-01-01", ""],
        ["Too many", "Some text of 5 words.", "2024-01-01", "", "surplus"],
    ])
    with path.open("a", encoding="utf-8") as f:  # a last item after the bad ones
        f.write(f'"{ITEMS[1]["headline"]}","{ITEMS[1]["body"]}",,\n')
    report = add_paths(store, [path], columns=COLUMNS, match=False)
    assert report.failed == [f"{path} row 2: no text in column 'body'",
                             f"{path} row 3: 1 more field(s) than the header names"]
    assert sorted(a["title"] for a in list_articles(store)) == sorted([ITEMS[0]["headline"], ITEMS[1]["headline"]])


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_json_and_json_lines(store, tmp_path, suffix):
    path = tmp_path / f"items{suffix}"
    text = "\n".join(json.dumps(i) for i in ITEMS) if suffix == ".jsonl" else json.dumps(ITEMS)
    path.write_text(text, encoding="utf-8")
    report = add_paths(store, [path], columns=COLUMNS, match=False)
    assert report.failed == [] and len(report.added) == 3
    again = add_paths(store, [path], columns=COLUMNS, match=False)
    assert len(again.existing) == 3 and again.added == []


def test_an_unreadable_collection_is_one_error_and_adds_nothing(store, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('[{"body": "The fund lost 5 percent."}, {"body": ', encoding="utf-8")
    report = add_paths(store, [broken], columns=COLUMNS, match=False)
    assert len(report.failed) == 1 and report.failed[0].startswith(f"{broken}: cannot read it as a collection")
    assert list_articles(store) == []


def test_cli_add_with_column_names(tmp_path, capsys):
    path = write_csv(tmp_path / "desk.csv", ITEMS, extra_rows=[["Empty", "", "", ""]])
    db = str(tmp_path / "desk.db")
    code = main(["--db", db, "add", str(path), "--text-column", "body", "--title-column", "headline",
                 "--date-column", "published", "--url-column", "link"])
    out, err = capsys.readouterr()
    assert code == 2 and "added 3 articles" in out
    assert err.splitlines()[-1] == f"factcheck: error: {path} row 4: no text in column 'body'"
    assert main(["--db", db, "add", str(path)]) == 2  # no column "text": one line, nothing added
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1].startswith(f"factcheck: error: {path}: no column 'text'")
