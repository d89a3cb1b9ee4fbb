"""Re-adding a corrected article keeps every verdict and every claim id a script may hold.

The flow a reviewer meets, through the real CLI in a subprocess: add an article, review it, the
outlet corrects a word, the file is added again. A claim still there keeps its id; a corrected one is
found again the way annotation tools re-anchor a highlight (exact quote with its context, then the
most alike sentence) and keeps its id and verdict, the summary saying how alike; one that is gone is
listed by ``factcheck orphans`` and put back with ``factcheck restore``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from factcheck.config import Config
from factcheck.store import Store
from factcheck.tui.session import Session
from tests.reliability.conftest import run_cli

pytestmark = pytest.mark.slow

ARTICLE = """Budget report shows sharp rise

According to the finance ministry, spending rose by 12 percent in 2023.
The government paid $20 million to Acme Corp in March 2024.
Unemployment fell to 4.1 percent last year, the statistics office said.
Exports to Germany reached 3.2 billion euros in 2022.
The central bank raised its rate to 5.25 percent in July 2023.
"""

ACME = "The government paid $20 million to Acme Corp in March 2024."
ACME_FIXED = "The government paid $20 million to Acme Corp in April 2024."  # one word corrected
EXPORTS = "Exports to Germany reached 3.2 billion euros in 2022."


def cli(tmp_path: Path, db: Path, *argv: str, ok: bool = True):
    result = run_cli(tmp_path, "--db", str(db), *argv, FACTCHECK_REVIEWER="ana")
    if ok:
        assert result.returncode == 0, result.stderr
    return result


def claims(tmp_path, db) -> list[dict]:
    return json.loads(cli(tmp_path, db, "claims", "--json", "--all").stdout)


def by_text(records: list[dict], text: str) -> dict:
    [found] = [c for c in records if c["text"] == text]
    return found


@pytest.fixture
def reviewed(tmp_path):
    db, path = tmp_path / "r.db", tmp_path / "budget.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    cli(tmp_path, db, "add", str(path))
    records = claims(tmp_path, db)
    cli(tmp_path, db, "verdict", str(by_text(records, ACME)["id"]), "false", "--note", "the contract says 18 million")
    cli(tmp_path, db, "verdict", str(by_text(records, EXPORTS)["id"]), "true")
    return db, path, records


def test_one_word_correction_keeps_the_verdict_and_every_claim_keeps_its_id(tmp_path, reviewed):
    db, path, before = reviewed
    path.write_text(ARTICLE.replace(ACME, ACME_FIXED), encoding="utf-8")
    result = cli(tmp_path, db, "add", str(path))
    assert "vanished" not in result.stdout, result.stdout
    said = re.search(r"2 verdicts kept, 1 of them re-anchored \((\d+)% alike\)", result.stdout)
    assert said and 90 <= int(said.group(1)) < 100, result.stdout

    after = claims(tmp_path, db)
    fixed = by_text(after, ACME_FIXED)
    assert fixed["id"] == by_text(before, ACME)["id"]  # the same claim, corrected
    assert (fixed["verdict"], fixed["note"], fixed["reviewer"]) == ("false", "the contract says 18 million", "ana")
    assert by_text(after, EXPORTS)["verdict"] == "true"
    # every claim, reviewed or not, keeps the id it had
    assert {c["text"].replace(ACME_FIXED, ACME): c["id"] for c in after} == {c["text"]: c["id"] for c in before}
    assert len({c["article"]["id"] for c in after}) == 1

    conn = sqlite3.connect(db)
    try:  # the history of the claim shows both wordings, and the stored text is the article's
        texts = [r[0] for r in conn.execute("SELECT claim_text FROM verdict_history WHERE claim_id = ? ORDER BY id",
                                            (fixed["id"],))]
        assert texts[0] == ACME and texts[-1] == ACME_FIXED
        for cid, start, end, text, article in conn.execute(
            "SELECT c.id, c.char_start, c.char_end, c.text, a.text FROM claims c JOIN articles a ON a.id = c.article_id"
        ):
            assert article[start:end] == text, cid
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'April'").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'March'").fetchone()[0] == 0
    finally:
        conn.close()
    shown = cli(tmp_path, db, "history", str(fixed["id"])).stdout
    assert "the claim now reads: " + ACME_FIXED in shown, shown
    # a script holding the id goes on working
    cli(tmp_path, db, "verdict", str(fixed["id"]), "mostly-false")
    assert by_text(claims(tmp_path, db), ACME_FIXED)["verdict"] == "mostly-false"


def test_a_claim_that_is_gone_is_listed_and_can_be_restored(tmp_path, reviewed):
    db, path, before = reviewed
    old_id = by_text(before, ACME)["id"]
    rewritten = "Acme Corp received a contract from the government, the agency said in 2024."
    path.write_text(ARTICLE.replace(ACME, rewritten), encoding="utf-8")
    result = cli(tmp_path, db, "add", str(path))
    assert "1 vanished" in result.stdout and "factcheck orphans" in result.stdout, result.stdout

    listed = cli(tmp_path, db, "orphans")
    assert str(old_id) in listed.stdout and "false" in listed.stdout and "ana" in listed.stdout
    [orphan] = json.loads(cli(tmp_path, db, "orphans", "--json").stdout)
    assert (orphan["claim_id"], orphan["claim_text"], orphan["verdict"], orphan["note"], orphan["reviewer"]) == (
        old_id, ACME, "false", "the contract says 18 million", "ana")
    assert orphan["article"]["file"] == "budget.txt"

    target = by_text(claims(tmp_path, db), rewritten)
    assert target["verdict"] is None
    restored = run_cli(tmp_path, "--db", str(db), "restore", str(old_id), "--to", str(target["id"]),
                       FACTCHECK_REVIEWER="carl")
    assert restored.returncode == 0, restored.stderr
    now = by_text(claims(tmp_path, db), rewritten)
    # the verdict is ana's: restoring it does not make carl its author
    assert (now["verdict"], now["note"], now["reviewer"]) == ("false", "the contract says 18 million", "ana")
    assert json.loads(cli(tmp_path, db, "orphans", "--json").stdout) == []
    assert "no verdicts" in cli(tmp_path, db, "orphans").stdout

    again = cli(tmp_path, db, "restore", str(old_id), "--to", str(target["id"]), ok=False)
    assert again.returncode == 2 and again.stderr.startswith("factcheck: error: ") and again.stderr.count("\n") == 1


def test_restore_refuses_a_claim_that_already_has_a_verdict(tmp_path, reviewed):
    db, path, before = reviewed
    path.write_text(ARTICLE.replace(ACME, "Nothing like it remains here at all, 2024."), encoding="utf-8")
    cli(tmp_path, db, "add", str(path))
    exports = by_text(claims(tmp_path, db), EXPORTS)
    result = cli(tmp_path, db, "restore", str(by_text(before, ACME)["id"]), "--to", str(exports["id"]), ok=False)
    assert result.returncode == 2 and "already" in result.stderr and result.stderr.count("\n") == 1
    assert by_text(claims(tmp_path, db), EXPORTS)["verdict"] == "true"
    assert len(json.loads(cli(tmp_path, db, "orphans", "--json").stdout)) == 1


def test_undo_in_an_open_workbench_works_across_a_re_import(tmp_path, reviewed):
    """The workbench's undo holds claim ids: a re-add from another shell must not break it."""
    db, path, before = reviewed
    acme = by_text(before, ACME)["id"]
    with Store(db) as store:
        session = Session(store, Config(reviewer="ana"))
        session.set_verdict(acme, "mixed")
        path.write_text(ARTICLE.replace(ACME, ACME_FIXED), encoding="utf-8")
        cli(tmp_path, db, "add", str(path))  # another process re-adds the corrected file
        session.reload()
        assert session.by_id[acme].verdict == "mixed" and session.by_id[acme].text == ACME_FIXED
        assert session.undo() is not None
        assert session.by_id[acme].verdict == "false"
    assert by_text(claims(tmp_path, db), ACME_FIXED)["verdict"] == "false"


def test_the_workbench_says_on_opening_that_verdicts_are_orphaned(tmp_path, reviewed, monkeypatch):
    import asyncio

    from textual.app import App

    from factcheck.tui.app import FactcheckApp

    db, path, _ = reviewed
    path.write_text(ARTICLE.replace(ACME, "Nothing like it remains here at all, 2024."), encoding="utf-8")
    cli(tmp_path, db, "add", str(path))
    said: list[str] = []
    original = App.notify

    def notify(self, message, *args, **kwargs):  # the public notify, recorded
        said.append(str(message))
        return original(self, message, *args, **kwargs)

    monkeypatch.setattr(App, "notify", notify)

    async def run() -> None:
        app = FactcheckApp(db, Config(reviewer="ana"), match_on_start=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()

    asyncio.run(run())
    assert any("1 verdict lost its claim" in s and "factcheck orphans" in s for s in said), said
