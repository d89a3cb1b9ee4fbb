"""The status line says when the sentence model, not a span the rules found, made a claim
check-worthy: no highlighted cue shows why, so the reason is written out."""

from __future__ import annotations

from factcheck.core.scale import DEFAULT_SCALE
from factcheck.store.claims import ClaimRecord
from factcheck.tui.widgets.status import status_text


def _claim(reasons: list[str]) -> ClaimRecord:
    return ClaimRecord(id=7, article_id=1, article={"id": 1, "file": "pl.txt", "title": "T"}, lang="pl",
                       text="Niemiecka Lufthansa wstrzymała loty.", start=0, end=36, score=0.35,
                       kinds=["entity"], reasons=reasons)


def test_a_claim_raised_by_meaning_says_so_and_a_rules_claim_does_not():
    raised = status_text(_claim(["entity: Lufthansa", "event (by meaning)"]), DEFAULT_SCALE).plain
    assert raised.startswith("#7 score 0.35 entity event (by meaning) │ unreviewed")
    ruled = status_text(_claim(["entity: Lufthansa", "event: suspended"]), DEFAULT_SCALE).plain
    assert "by meaning" not in ruled and ruled.startswith("#7 score 0.35 entity │ unreviewed")
