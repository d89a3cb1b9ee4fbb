"""Figure-free events and reported statements in a language the word lists lack (Polish, Turkish)
become check-worthy once their sentences are embedded, with a readable reason; colour does not; the
raised claims enter matching. Sentences written for this test, not taken from the labelled set."""

from __future__ import annotations

import asyncio
import json
import time

from factcheck.cli import main
from factcheck.core.models import DEFAULT_THRESHOLD
from factcheck.embedding import embed_pending, raise_by_meaning
from factcheck.importer import add_paths
from factcheck.store import Store
from factcheck.store.claims import list_claims

POLISH = """Title: Przewoźnik wstrzymuje loty do Kairu

Niemiecka Lufthansa wstrzymała wszystkie loty do Kairu po zamieszkach na lotnisku.

Nad płytą lotniska unosił się ciężki, szary dym, a w hali odlotów panował wielki chaos.

Rzeczniczka Lufthansy przekazała agencji PAP, że decyzja obowiązuje do odwołania.
"""
TURKISH = """Title: Kahire uçuşları durduruldu

Alman havayolu şirketi Lufthansa, havalimanındaki olayların ardından Kahire'ye tüm uçuşlarını askıya aldı.

Havalimanının üzerinde ağır, gri bir duman yükseliyordu ve terminalde büyük bir kargaşa vardı.
"""


def _files(tmp_path):
    pl, tr = tmp_path / "pl.txt", tmp_path / "tr.txt"
    pl.write_text(POLISH, encoding="utf-8")
    tr.write_text(TURKISH, encoding="utf-8")
    return pl, tr


def _by_start(claims):
    return {c.text.split()[0]: c for c in claims}


def test_a_figure_free_event_in_polish_is_raised_after_embedding_and_colour_is_not(tmp_path, embedder):
    pl, _ = _files(tmp_path)
    with Store(tmp_path / "x.db") as store:
        add_paths(store, [pl])
        before = _by_start(list_claims(store))
        assert all(c.score < DEFAULT_THRESHOLD for c in before.values())  # the word lists have no Polish
        assert raise_by_meaning(store) == []  # nothing embedded yet: nothing read
        embed_pending(store, embedder=embedder)
        raise_by_meaning(store)
        after = _by_start(list_claims(store))
    event, colour, statement = after["Niemiecka"], after["Nad"], after["Rzeczniczka"]
    assert event.score >= DEFAULT_THRESHOLD and event.reasons[-1] == "event (by meaning)"
    assert event.reasons[:-1] == before["Niemiecka"].reasons  # the rules' reasons stay
    assert statement.score >= DEFAULT_THRESHOLD and statement.reasons[-1] == "reported statement (by meaning)"
    assert (colour.score, colour.reasons) == (before["Nad"].score, before["Nad"].reasons)


def test_factcheck_embed_raises_claims_and_matches_them(tmp_path, capsys, monkeypatch, embedder):
    db = str(tmp_path / "cli.db")
    pl, tr = _files(tmp_path)
    monkeypatch.setenv("FACTCHECK_NO_SEMANTIC", "1")  # added without the model: as before this feature
    assert main(["--db", db, "add", str(pl), str(tr)]) == 0
    with Store(db) as store:
        assert not [c for c in list_claims(store) if c.score >= DEFAULT_THRESHOLD]
        assert store.conn.execute("SELECT count(*) FROM match_keys").fetchone()[0] == 0
    monkeypatch.delenv("FACTCHECK_NO_SEMANTIC")
    capsys.readouterr()
    assert main(["--db", db, "embed"]) == 0
    assert "3 claims found by meaning" in capsys.readouterr().out
    assert main(["--db", db, "claims", "--json"]) == 0
    raised = {c["text"].split()[0]: c for c in json.loads(capsys.readouterr().out)}
    assert sorted(raised) == ["Alman", "Niemiecka", "Rzeczniczka"]
    assert raised["Alman"]["reasons"][-1] == "event (by meaning)"
    with Store(db) as store:  # the matcher's index holds them: they are matched like any claim
        keyed = {r[0] for r in store.conn.execute("SELECT DISTINCT claim_id FROM match_keys")}
    assert keyed == {c["id"] for c in raised.values()}


def test_factcheck_add_with_the_model_raises_before_matching(tmp_path, capsys, embedder):
    db = str(tmp_path / "add.db")
    pl, _ = _files(tmp_path)
    assert main(["--db", db, "add", str(pl)]) == 0
    with Store(db) as store:
        raised = [c for c in list_claims(store, min_score=DEFAULT_THRESHOLD)]
        keyed = {r[0] for r in store.conn.execute("SELECT DISTINCT claim_id FROM match_keys")}
    assert {c.text.split()[0] for c in raised} == {"Niemiecka", "Rzeczniczka"}
    assert keyed == {c.id for c in raised}


def test_the_workbench_shows_claims_found_by_meaning_after_embedding(tmp_path, embedder, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "wb.db"
    with Store(db) as store:
        add_paths(store, list(_files(tmp_path)))
    asyncio.run(_workbench(db))


async def _workbench(db):
    from factcheck.tui.app import FactcheckApp

    app = FactcheckApp(db)
    async with app.run_test(size=(120, 40)) as pilot:
        assert not app.main.session.by_id  # nothing check-worthy by the rules
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(app.main.session.by_id) < 3:
            await pilot.pause(0.2)
        shown = {c.text.split()[0]: c for c in app.main.session.by_id.values()}
        assert set(shown) == {"Niemiecka", "Rzeczniczka", "Alman"}
        assert shown["Niemiecka"].reasons[-1] == "event (by meaning)"
        await pilot.press("q")
