"""Every labelled set still fits its text: after ingest each snippet of labels.json names exactly one
sentence of its file, and each article is read in the language its file name says. Cheap (no sentence
model, no matching): it guards the data that the quality figures are measured on, so a change to
sentence splitting or language detection that silently moves a label fails here, not as a drop in
benchmarks/semantic_quality.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.importer import add_paths
from factcheck.store import Store
from tests.labels import gold_pairs

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = sorted(p.parent for p in (*DATA.glob("semantic/*/labels.json"), *DATA.glob("matching/labels.json")))
# "de_tiktok.txt", "en_norvexa_2.txt": the file says its language; "000_198650b8101fa3b1.txt" does not.
_LANG_PREFIX = re.compile(r"^([a-z]{2})_")


def test_every_labelled_folder_is_found():
    names = {p.relative_to(DATA).as_posix() for p in SETS}
    assert {"matching", "semantic/tuned", "semantic/brightwave", "semantic/heldout_norvexa", "semantic/heldout_vuelia",
            "semantic/dev_velumo", "semantic/dev_mendonca", "semantic/heldout_volkswagen", "semantic/heldout_ferry",
            "semantic/heldout_brazil_x"} <= names


@pytest.fixture(params=SETS, ids=lambda p: p.relative_to(DATA).as_posix())
def ingested(request, tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_NO_SEMANTIC", "1")  # the check must not need the sentence model
    folder: Path = request.param
    store = Store(tmp_path / "labels.db")
    report = add_paths(store, sorted(folder.glob("*.txt")), match=False)
    assert not report.failed, report.failed
    yield folder, store
    store.close()


def test_every_snippet_names_one_sentence_of_its_file(ingested):
    folder, store = ingested
    pairs = gold_pairs(store, folder)  # raises when a snippet names 0 or 2+ sentences
    assert pairs, f"{folder.name}: no cross-article pair labelled"
    files = {name for (name,) in store.conn.execute("SELECT file_name FROM articles")}
    assert files == {p.name for p in folder.glob("*.txt")}


def test_every_article_is_read_in_the_language_its_name_says(ingested):
    folder, store = ingested
    rows = store.conn.execute("SELECT file_name, lang FROM articles").fetchall()
    named = [(name, m.group(1), lang) for name, lang in rows if (m := _LANG_PREFIX.match(name))]
    assert named, f"{folder.name}: no file name says its language"
    wrong = [(name, lang) for name, want, lang in named if lang != want]
    assert not wrong, f"detected language differs from the file name: {wrong}"
