"""``match --rebuild --engine dask`` on a real local cluster (scheduler and two worker processes)
gives exactly the store that the one-process rebuild gives: the same pairs, scores to the float,
evidence and consistency, and the same index keys and signatures -- by signature alone, and with
stored sentence vectors (synthetic ones here: the job reads vectors, it never runs the model)."""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from factcheck.batch import job
from factcheck.cli import main
from factcheck.core.matching import candidates, neighbours
from factcheck.core.semantic import DIM, text_key
from factcheck.store import Store
from factcheck.store.matches import rebuild

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "matching.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_matching", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def client():
    """A real cluster -- a scheduler and two worker processes -- whose scheduler runs in a process
    of its own: one in this process would leave distributed's offload thread behind, and later
    tests here (the importer forks workers only when it is the only thread) must not see it. The
    job's own local cluster (``job.connect``) is tested through the command, in a subprocess."""
    import logging
    import threading

    from distributed import Client, SubprocessCluster

    with SubprocessCluster(
        n_workers=2, threads_per_worker=1, dashboard_address=":0", silence_logs=logging.ERROR
    ) as cluster, Client(cluster) as c:
        c.wait_for_workers(2, timeout=60)
        assert len(c.scheduler_info(n_workers=-1)["workers"]) == 2
        yield c
    # the client's threads end soon after it closes; on a loaded machine not at once
    deadline = time.monotonic() + 30
    while threading.active_count() > 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert threading.active_count() == 1, threading.enumerate()


@pytest.fixture(scope="module")
def corpus():
    """1,600 generated claims in 40 articles and six languages (names shared by chance and
    stories retold across articles, a fifth with a misreported figure)."""
    return _bench().Generator(7).corpus(1600)[0]


def _fill(path, statements):
    with Store(path) as store:
        _bench()._insert(store, statements)
        if not store.is_postgres:
            with store.transaction():  # the benchmark's insert leaves search out; updating a claim needs it
                store.conn.execute("INSERT INTO claims_fts (rowid, text) SELECT id, text FROM claims")
    return path


def state(path: Path) -> dict:
    with Store(path) as store:
        q = store.conn.execute
        return {
            "matches": q("SELECT claim_a, claim_b, score, evidence, consistency, semantic FROM matches ORDER BY 1, 2").fetchall(),
            "keys": q("SELECT claim_id, key FROM match_keys ORDER BY 1, 2").fetchall(),
            "signatures": q("SELECT claim_id, version, data FROM match_signatures ORDER BY 1").fetchall(),
        }


def _dask(path: Path, client, partitions: int, meaning: bool = True) -> job.Report:
    with Store(path) as store:
        return job.rebuild(store, client, partitions, meaning=meaning)


def _one(path: Path) -> None:
    with Store(path) as store:
        rebuild(store)


def _spoil(path: Path) -> None:
    """Out-of-date index: a claim no longer check-worthy, one whose keys are missing, one whose
    signature is of another version, one whose stored keys are wrong."""
    with Store(path) as store, store.transaction():
        q = store.conn.execute
        q("UPDATE claims SET score = 0.1 WHERE id = 5")
        q("DELETE FROM match_keys WHERE claim_id = 7")
        q("UPDATE match_signatures SET version = 0 WHERE claim_id = 9")
        q("UPDATE match_keys SET key = 'e:nobody' WHERE claim_id = 11")


def test_dask_rebuild_gives_what_one_process_gives(tmp_path, client, corpus, monkeypatch):
    # a low posting limit, so the corpus has common keys the job must count and leave out; the
    # job reads the limit here, in the driver, and the one-process rebuild below uses it too
    monkeypatch.setattr(candidates, "MAX_POSTING", 12)
    by_dask, by_one = _fill(tmp_path / "dask.db", corpus), _fill(tmp_path / "one.db", corpus)

    report = _dask(by_dask, client, partitions=3)
    _one(by_one)
    expected = state(by_one)
    assert len(expected["matches"]) > 200 and report.related > 100
    assert report.stats["common keys"] > 10  # the limit bit
    assert report.stats["signatures built"] == report.stats["claims"] == len(corpus)  # none stored yet
    assert report.stats["matches"] == len(expected["matches"])  # each pair scored once, in one partition
    assert state(by_dask) == expected

    # stored signatures this time, other partitions, an out-of-date index in both stores
    _spoil(by_dask)
    _spoil(by_one)
    report = _dask(by_dask, client, partitions=5)
    assert report.stats["signatures built"] == 1 and report.stats["refreshed"] == 3
    assert report.stats["claims"] == len(corpus) - 1
    _one(by_one)
    expected = state(by_one)
    assert state(by_dask) == expected
    assert not any(5 in pair[:2] for pair in expected["matches"])


def test_dask_rebuild_of_a_postgresql_store(pg_url, client, corpus, monkeypatch):
    """The workers read a PostgreSQL store by its URL; the driver loads the results into it."""
    monkeypatch.setattr(candidates, "MAX_POSTING", 12)
    _fill(pg_url, corpus[:400])
    report = _dask(pg_url, client, partitions=3)
    by_dask = state(pg_url)
    _one(pg_url)
    assert state(pg_url) == by_dask and len(by_dask["matches"]) > 20 and report.stats["common keys"] > 0


def test_cli_engine_dask_on_a_running_scheduler(tmp_path, client, corpus, capsys):
    by_dask, by_one = _fill(tmp_path / "dask.db", corpus[:600]), _fill(tmp_path / "one.db", corpus[:600])
    address = client.scheduler.address
    assert main(["--db", str(by_dask), "match", "--rebuild", "--engine", "dask", "--scheduler", address,
                 "--partitions", "4", "--json"]) == 0
    out, err = capsys.readouterr()
    assert main(["--db", str(by_one), "match", "--rebuild", "--json"]) == 0
    expected, err_one = capsys.readouterr()
    assert json.loads(out) == json.loads(expected) and len(json.loads(out)) > 10
    assert f"dask: 600 claims in 4 partitions on 2 workers ({address}" in err
    # the same lines as one process ("rebuilt matches: N related pairs", the meaning-off notice),
    # and two of the job's own (where, done): no warnings or logs from Dask
    lines, lines_one = err.splitlines(), err_one.splitlines()
    assert lines[-1] == lines_one[-1] and set(lines_one) <= set(lines) and len(lines) == len(lines_one) + 2


@pytest.fixture(scope="module")
def planted():
    return _bench().Generator(7).corpus(1600)[1]


def _with_vectors(path, statements, planted, seed: int = 3):
    """Synthetic sentence vectors, e5-like in that every sentence shares the topic: the claims of
    one retold fact are alike (cosine ~0.9), and so are some pairs of unrelated claims in other
    articles (ones the signatures do not pair: only meaning finds them); every twelfth claim is
    made not check-worthy, so meaning alone brings it in."""
    import numpy as np

    from factcheck.store import embeddings

    rng = np.random.default_rng(seed)
    group = {s.id: s.id for s in statements}

    def root(x):
        while group[x] != x:
            x = group[x]
        return x

    for a, b in sorted(planted):
        if a in group and b in group:
            group[root(b)] = root(a)
    size = Counter(root(s.id) for s in statements)
    alone = [s for s in statements if size[root(s.id)] == 1]
    order = rng.permutation(len(alone))
    for x, y in zip(order[::2][:60], order[1::2][:60]):  # strangers made alike
        if alone[x].article_id != alone[y].article_id:
            group[root(alone[y].id)] = root(alone[x].id)
    unit = lambda m: m / np.linalg.norm(m, axis=-1, keepdims=True)  # noqa: E731
    topic = unit(rng.normal(size=DIM))
    base = {r: unit(rng.normal(size=DIM)) for r in sorted({root(s.id) for s in statements})}
    noise = unit(rng.normal(size=(len(statements), DIM)))
    matrix = np.stack([topic + 0.75 * base[root(s.id)] + 0.3 * noise[i] for i, s in enumerate(statements)])
    with Store(path) as store:
        embeddings.save(store, [text_key(s.text) for s in statements], unit(matrix))
        with store.transaction():
            store.conn.execute("UPDATE claims SET score = 0.1 WHERE id % 12 = 0")
    return path


def test_dask_rebuild_by_meaning_gives_what_one_process_gives(tmp_path, client, corpus, planted, monkeypatch):
    # small search blocks, so the rows are searched in several partitions, and small chunks of
    # columns, read from the job's file a few articles at a time (the job reads both sizes in the
    # driver, like the posting limit, and the one-process rebuild uses them too)
    monkeypatch.setattr(neighbours, "ROWS_PER_BLOCK", 64)
    monkeypatch.setattr(neighbours, "COLUMNS_PER_CHUNK", 150)
    monkeypatch.setattr(candidates, "MAX_POSTING", 12)
    by_dask = _with_vectors(_fill(tmp_path / "dask.db", corpus), corpus, planted)
    by_one = _with_vectors(_fill(tmp_path / "one.db", corpus), corpus, planted)

    report = _dask(by_dask, client, partitions=3)
    _one(by_one)
    expected = state(by_one)
    assert state(by_dask) == expected
    assert report.stats["matches"] == len(expected["matches"])  # each pair scored once
    by_meaning = [m for m in expected["matches"] if m[5] is not None]
    assert len(by_meaning) > 100 and report.stats["alike in meaning"] >= len(by_meaning)
    with Store(by_one) as store:
        low = {cid for (cid,) in store.conn.execute("SELECT id FROM claims WHERE score < 0.5")}
        signature_only = {(a, b) for a, b, *_ in _rebuilt_without_meaning(store)}
    assert any(m[0] in low or m[1] in low for m in by_meaning)  # brought in below the claim threshold
    assert report.stats["meaning pairs"] > 0  # scored apart from the signature partitions
    assert any((m[0], m[1]) not in signature_only and m[0] not in low and m[1] not in low for m in by_meaning)
    assert any((m[0], m[1]) in signature_only for m in by_meaning)  # a signature pair's score gains

    # other partitions and meaning switched off: the signature answer, as one process gives it
    report = _dask(by_dask, client, partitions=5, meaning=False)
    assert "alike in meaning" not in report.stats
    with Store(by_one) as store:
        rebuild(store, meaning=False)
    assert state(by_dask) == state(by_one)


def _undate(path, every: int = 3):
    with Store(path) as store, store.transaction():
        store.conn.execute(f"UPDATE articles SET date = NULL WHERE id % {every} = 0")
    return path


@pytest.mark.parametrize("meaning", [False, True])
def test_undated_articles_take_the_date_of_every_pair_not_a_partitions(tmp_path, client, corpus, planted, meaning,
                                                                      monkeypatch):
    """An undated article takes its story's date from the dated articles it is paired with -- all
    of them, found in every partition (and by meaning), as the one process finds them -- and the
    signatures so dated are stored as one process stores them."""
    monkeypatch.setattr(neighbours, "ROWS_PER_BLOCK", 64)
    stores = [_undate(_fill(tmp_path / f"{name}.db", corpus)) for name in ("dask", "one")]
    if meaning:
        stores = [_with_vectors(path, corpus, planted) for path in stores]
    _dask(stores[0], client, partitions=4)
    _one(stores[1])
    expected = state(stores[1])
    assert state(stores[0]) == expected
    story = [m for m in expected["matches"] if "dated related articles" in m[3]]
    assert len(story) > 20
    assert sum("story date" in data for *_, data in expected["signatures"]) > 100


def test_a_stored_story_date_is_not_taken_for_the_claims_own(tmp_path, client, corpus):
    """A rebuild stores an undated claim's signature with the story date its pairs gave it; when
    those pairs are gone (here every article loses its date, so no pair links a dated one), one
    process builds the signature anew and so must the job, not take the stored story date."""
    stores = [_undate(_fill(tmp_path / f"{name}.db", corpus[:800])) for name in ("dask", "one")]
    for path in stores:
        _one(path)
        assert sum("story date" in data for *_, data in state(path)["signatures"]) > 50
        _undate(path, every=1)
    _dask(stores[0], client, partitions=3)
    _one(stores[1])
    expected = state(stores[1])
    assert state(stores[0]) == expected
    assert not any("story date" in data and "related" in data for *_, data in expected["signatures"])


def _rebuilt_without_meaning(store):
    rebuild(store, meaning=False)
    rows = store.conn.execute("SELECT claim_a, claim_b FROM matches").fetchall()
    rebuild(store)
    return rows


def test_dask_rebuild_by_meaning_of_a_postgresql_store(pg_url, client, corpus, planted, monkeypatch):
    monkeypatch.setattr(neighbours, "ROWS_PER_BLOCK", 64)
    monkeypatch.setattr(neighbours, "COLUMNS_PER_CHUNK", 150)
    _with_vectors(_undate(_fill(pg_url, corpus[:400])), corpus[:400], planted)  # undated ones too
    report = _dask(pg_url, client, partitions=3)
    by_dask = state(pg_url)
    _one(pg_url)
    assert state(pg_url) == by_dask
    assert sum(m[5] is not None for m in by_dask["matches"]) > 20 and report.stats["meaning pairs"] > 0
    assert any("story date" in data for *_, data in by_dask["signatures"])


def test_cli_engine_dask_on_its_own_local_cluster(tmp_path, corpus, planted):
    """Without --scheduler the command starts a local cluster of worker processes (here, in the
    command's own process) and gives what one process gives. Meaning is switched off here (the
    tests' environment), so vectors are stored but take no part, in either engine."""
    import subprocess

    by_dask = _with_vectors(_fill(tmp_path / "dask.db", corpus[:400]), corpus[:400], planted)
    by_one = _with_vectors(_fill(tmp_path / "one.db", corpus[:400]), corpus[:400], planted)
    run = lambda db, *extra: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "factcheck", "--db", str(db), "match", "--rebuild", *extra, "--json"],
        capture_output=True, text=True, timeout=300, check=True)
    by_cluster = run(by_dask, "--engine", "dask", "--partitions", "2")
    alone = run(by_one)
    assert json.loads(by_cluster.stdout) == json.loads(alone.stdout) and len(json.loads(alone.stdout)) > 10
    assert all(p["semantic"] is None for p in json.loads(alone.stdout))
    assert "dask: 366 claims in 2 partitions on " in by_cluster.stderr
    assert "matching by meaning is off" in by_cluster.stderr
    assert "alike in meaning" not in by_cluster.stderr


def test_cli_engine_dask_by_meaning(tmp_path, client, corpus, planted, capsys, monkeypatch):
    """With meaning on and vectors stored, the command gives what one process gives; no model runs."""
    from factcheck.cli import match as match_command
    from factcheck.core.semantic import Availability

    monkeypatch.setattr(match_command, "meaning_status", lambda args: Availability(True, ""))
    by_dask = _with_vectors(_fill(tmp_path / "dask.db", corpus[:600]), corpus[:600], planted)
    by_one = _with_vectors(_fill(tmp_path / "one.db", corpus[:600]), corpus[:600], planted)
    assert main(["--db", str(by_dask), "match", "--rebuild", "--engine", "dask", "--scheduler",
                 client.scheduler.address, "--partitions", "2", "--json"]) == 0
    out, err = capsys.readouterr()
    assert " pairs alike in meaning; loaded into the store" in err
    assert main(["--db", str(by_one), "match", "--rebuild", "--json"]) == 0
    expected, _ = capsys.readouterr()
    assert json.loads(out) == json.loads(expected)
    assert sum(p["semantic"] is not None for p in json.loads(out)) > 10


@pytest.mark.parametrize("argv, message", [
    (["match", "--engine", "dask"], "--engine applies to --rebuild"),
    (["match", "--rebuild", "--partitions", "4"], "apply to --rebuild --engine dask"),
    (["match", "--rebuild", "--engine", "dask", "--partitions", "0"], "--partitions must be 1 or more"),
])
def test_bad_engine_options(tmp_path, capsys, argv, message):
    assert main(["--db", str(tmp_path / "x.db"), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: error: ") and message in err and len(err.splitlines()) == 1


def test_without_dask_the_option_says_how_to_get_it(tmp_path, capsys, monkeypatch):
    import factcheck.batch

    monkeypatch.delattr(factcheck.batch, "job")  # imported again by the command, and failing
    monkeypatch.delitem(sys.modules, "factcheck.batch.job")
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    monkeypatch.setitem(sys.modules, "dask", None)
    db = _fill(tmp_path / "x.db", [])
    assert main(["--db", str(db), "match", "--rebuild", "--engine", "dask"]) == 2
    err = capsys.readouterr().err
    assert err == 'factcheck: error: --engine dask needs Dask, pandas and pyarrow (dask is missing): pip install -e ".[scale]"\n'
