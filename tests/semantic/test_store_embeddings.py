"""Vectors in the database: computed once per sentence text and model, resumable, and matching by
meaning through the store and the CLI."""

from __future__ import annotations

import json
import threading

from factcheck.cli import main
from factcheck.core import semantic
from factcheck.embedding import embed_pending
from factcheck.importer import add_paths
from factcheck.store import Store, embeddings
from factcheck.store.matches import rebuild
from factcheck.store.related import list_matches

from tests.semantic.conftest import DATA


def test_embedding_is_resumable_and_keyed_by_model_version(tmp_path, embedder, monkeypatch):
    import factcheck.embedding as embedding

    monkeypatch.setattr(embedding, "CHUNK", 8)
    with Store(tmp_path / "x.db") as store:
        add_paths(store, [DATA / "tuned" / "en_veltrix.txt", DATA / "tuned" / "da_veltrix.txt"])
        total = len(embeddings.pending(store))
        assert total > 8
        stop = threading.Event()
        seen = []

        def progress(done, of):
            seen.append((done, of))
            stop.set()  # as if interrupted during the first chunk: it is still saved

        assert embed_pending(store, on_progress=progress, stop=stop, embedder=embedder) == 8
        assert len(embeddings.pending(store)) == total - 8 and seen[-1] == (8, total)
        assert embed_pending(store, embedder=embedder) == total - 8  # resumes with the rest
        assert len(embeddings.pending(store)) == 0
        assert embeddings.counts(store) == (total, total)
        vectors = embeddings.load(store)
        assert vectors.matrix.shape[1] == semantic.DIM and len(vectors) == store.conn.execute(
            "SELECT count(*) FROM claims").fetchone()[0]
        blob = store.conn.execute("SELECT vector FROM embeddings LIMIT 1").fetchone()[0]
        assert len(blob) == 2 * semantic.DIM  # float16
        # another model version's vectors are not this model's: everything is pending again
        assert len(embeddings.pending(store, model="other-model/1")) == total


def test_old_matcher_misses_what_meaning_finds(tuned_db):
    with Store(tuned_db) as store:
        with_meaning = {(m["a"]["text"], m["b"]["text"]): m for m in list_matches(store)}
        rebuild(store, meaning=False)
        without = {(m["a"]["text"], m["b"]["text"]) for m in list_matches(store)}
    assert without < set(with_meaning)
    found = [m for key, m in with_meaning.items() if key not in without]
    # a figure-less event across languages: the founder steps down
    assert any("Okafor" in a and "Okafor" in b for a, b in (k for k in with_meaning if k not in without))
    assert all(m["semantic"] is not None and any(e.startswith("meaning: ") for e in m["evidence"]) for m in found)


def test_a_statement_alike_in_meaning_with_other_figures_is_a_conflict(tmp_path, embedder):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    c = tmp_path / "c.txt"
    a.write_text("Title: A\ndate: 2025-03-04\nlang: en\n\nVeltrix shares fell 6% in New York after the announcement.\n\n"
                 "The weather in Copenhagen was mild on Tuesday.\n", encoding="utf-8")
    b.write_text("Title: B\ndate: 2025-03-04\nlang: da\n\nAktien i Veltrix faldt 9 procent i New York efter meddelelsen.\n\n"
                 "Sundra Labs har kontorer i Jakarta.\n", encoding="utf-8")
    c.write_text("Title: C\ndate: 2025-03-04\nlang: id\n\nPara analis memperkirakan konsolidasi akan berlanjut.\n\n"
                 "Cuaca di Kopenhagen cukup hangat.\n", encoding="utf-8")
    with Store(tmp_path / "x.db") as store:
        add_paths(store, [a, b, c])
        embed_pending(store, embedder=embedder)
        rebuild(store, meaning=True)
        pairs = [m for m in list_matches(store) if "faldt" in m["b"]["text"] + m["a"]["text"]]
    assert pairs and pairs[0]["consistency"] == "conflict" and pairs[0]["semantic"] > 0.8


def test_cli_add_embeds_a_few_articles_and_match_json_has_semantic(tmp_path, capsys, embedder):
    db = str(tmp_path / "cli.db")
    files = [str(p) for p in sorted((DATA / "tuned").glob("*.txt"))[:3]]
    assert main(["--db", db, "add", *files]) == 0
    capsys.readouterr()
    assert main(["--db", db, "match", "--json"]) == 0
    out = capsys.readouterr()
    pairs = json.loads(out.out)
    assert "matching by meaning is off" not in out.err
    assert pairs and all("semantic" in p for p in pairs) and any(p["semantic"] for p in pairs)
    assert main(["--db", db, "embed"]) == 0  # nothing left to embed: a no-op that says so
    assert "embedded 0 sentences" in capsys.readouterr().out


def test_without_the_model_match_says_so_once_and_works(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "off.db")
    files = [str(p) for p in sorted((DATA / "tuned").glob("*.txt"))[:2]]
    assert main(["--db", db, "--no-semantic", "add", *files]) == 0
    with Store(db) as store:
        assert store.conn.execute("SELECT count(*) FROM embeddings").fetchone()[0] == 0
    capsys.readouterr()
    assert main(["--db", db, "--no-semantic", "match", "--json"]) == 0
    out = capsys.readouterr()
    assert out.err.count("matching by meaning is off: switched off") == 1
    assert all(p["semantic"] is None for p in json.loads(out.out))
    monkeypatch.setenv(semantic.OFF_ENV, "1")
    assert main(["--db", db, "embed"]) == 2
    assert capsys.readouterr().err.startswith("factcheck: error: matching by meaning is off")


def test_quality_on_the_tuned_set_stays(tuned_db):
    # a regression guard, not a measurement (the fusion was tuned on this set): the held-out sets
    # are measured by benchmarks/semantic_quality.py
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "semantic_quality.py"
    spec = importlib.util.spec_from_file_location("semantic_quality", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    with Store(tuned_db) as store:
        gold = bench.gold_pairs(store, DATA / "tuned")
        precision, recall, f1 = bench.prf(*bench.counts(set(bench.found_pairs(store)), gold))
    assert precision >= 0.95 and recall >= 0.95 and f1 >= 0.95, (precision, recall, f1)


def test_matches_stored_with_the_model_are_listed_as_such_when_it_is_off(tmp_path, capsys):
    db = str(tmp_path / "on.db")
    files = [str(p) for p in sorted((DATA / "tuned").glob("*.txt"))[:2]]
    assert main(["--db", db, "add", *files]) == 0
    capsys.readouterr()
    assert main(["--db", db, "--no-semantic", "match", "--json"]) == 0
    out = capsys.readouterr()
    assert any(p["semantic"] is not None for p in json.loads(out.out))
    assert "--rebuild recomputes them without it" in out.err
    assert main(["--db", db, "--no-semantic", "match", "--rebuild", "--json"]) == 0
    out = capsys.readouterr()
    assert all(p["semantic"] is None for p in json.loads(out.out))
    assert "--rebuild recomputes" not in out.err
