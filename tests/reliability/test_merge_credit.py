"""A merge never invents a reviewer: every verdict keeps the reviewer who gave it, and a note
joined from both files names each part's author. Merged through the real CLI, run by a third
person (carl), on two files that number the same claims differently."""

from __future__ import annotations

import json
import sqlite3

from factcheck.store import Store, articles
from factcheck.store.claims import list_claims
from factcheck.store.verdicts import set_verdict
from tests.conftest import make_analysis
from tests.reliability.conftest import run_cli

SHARED = ["Paid 20 million a month.", "It was 25 percent of revenue.", "Since 2019 they work together.",
          "In 2024 it grew 3 percent."]


def build(tmp_path):
    ana, ben = Store(tmp_path / "ana.db"), Store(tmp_path / "ben.db")
    ben.write(lambda: articles.save(ben, make_analysis(["Only Ben has 1.", "And 2."], title="OnlyBen")))
    for store in (ana, ben):
        store.write(lambda s=store: articles.save(s, make_analysis(SHARED, title="Shared")))
    a = {c.text: c.id for c in list_claims(ana)}
    b = {c.text: c.id for c in list_claims(ben)}
    assert a[SHARED[0]] != b[SHARED[0]]  # the files number claims differently
    # 0: both a verdict and a note, the same verdict; 1: ana's verdict and note, ben only a note;
    # 2: ana only a note, ben a verdict and a note; 3: different verdicts (a dispute), both with notes
    set_verdict(ana, a[SHARED[0]], "true", note="ECB rate checked", reviewer="ana")
    set_verdict(ben, b[SHARED[0]], "true", note="Reuters confirms", reviewer="ben")
    set_verdict(ana, a[SHARED[1]], "false", note="annual report p. 4", reviewer="ana")
    set_verdict(ben, b[SHARED[1]], note="ask the company", reviewer="ben")
    set_verdict(ana, a[SHARED[2]], note="press release only", reviewer="ana")
    set_verdict(ben, b[SHARED[2]], "mostly-true", note="contract dated 2019", reviewer="ben")
    set_verdict(ana, a[SHARED[3]], "false", note="grew 2 percent", reviewer="ana")
    set_verdict(ben, b[SHARED[3]], "true", note="3 percent in Q4", reviewer="ben")
    ana.close()
    ben.close()
    return tmp_path / "ana.db", tmp_path / "ben.db"


def test_merge_run_by_someone_else_credits_each_verdict_to_its_reviewer(tmp_path):
    ana_db, ben_db = build(tmp_path)
    result = run_cli(tmp_path, "--db", str(ana_db), "merge", str(ben_db), FACTCHECK_REVIEWER="carl")
    assert result.returncode == 0, result.stderr
    listed = run_cli(tmp_path, "--db", str(ana_db), "claims", "--json", "--all")
    claims = {c["text"]: c for c in json.loads(listed.stdout)}

    def state(i):
        c = claims[SHARED[i]]
        return c["verdict"], c["reviewer"], c["note"]

    assert state(0) == ("true", "ana", "ana: ECB rate checked\n\nben: Reuters confirms")
    assert state(1) == ("false", "ana", "ana: annual report p. 4\n\nben: ask the company")
    assert state(2) == ("mostly-true", "ben", "ana: press release only\n\nben: contract dated 2019")
    assert state(3) == ("false", "ana", "ana: grew 2 percent\n\nben: 3 percent in Q4")
    assert claims["Only Ben has 1."]["reviewer"] is None  # copied, never reviewed: no one credited
    conn = sqlite3.connect(ana_db)
    try:
        assert {r[0] for r in conn.execute("SELECT reviewer FROM verdicts")} == {"ana", "ben"}
        disputes = [json.loads(r[0]) for r in conn.execute("SELECT verdicts FROM disputes")]
        assert disputes == [{"ana": "false", "ben": "true"}]
    finally:
        conn.close()

    # merging again changes nothing: the joined notes are not joined twice
    again = run_cli(tmp_path, "--db", str(ana_db), "merge", str(ben_db), FACTCHECK_REVIEWER="carl")
    assert again.returncode == 0, again.stderr
    relisted = {c["text"]: c for c in json.loads(run_cli(tmp_path, "--db", str(ana_db), "claims", "--json", "--all").stdout)}
    assert relisted == claims
