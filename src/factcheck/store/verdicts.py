"""Setting verdicts and notes. Every change is one transaction and one row of history."""

from __future__ import annotations

import json
from dataclasses import dataclass

from factcheck.errors import FactcheckError
from factcheck.store import Store
from factcheck.store.articles import now

_UNCHANGED = object()


@dataclass(frozen=True, slots=True)
class Change:
    claim_id: int
    old_verdict: str | None
    new_verdict: str | None
    old_note: str | None
    new_note: str | None
    disputed: bool = False  # a conflicting verdict was recorded as a dispute instead (set_verdict)


class VerdictConflict(FactcheckError):
    """The claim's verdict or note is no longer what the caller showed: someone changed it since.
    Nothing was written; ``verdict``, ``note``, ``reviewer`` and ``at`` are what is stored now."""

    def __init__(self, claim_id: int, verdict: str | None, note: str | None, reviewer: str | None,
                 at: str | None) -> None:
        super().__init__(f"claim {claim_id} was changed by {reviewer or 'someone'} meanwhile")
        self.claim_id, self.verdict, self.note, self.reviewer, self.at = claim_id, verdict, note, reviewer, at


def set_verdict(
    store: Store,
    claim_id: int,
    verdict: str | None | object = _UNCHANGED,
    note: str | None | object = _UNCHANGED,
    reviewer: str = "reviewer",
    expected: tuple[str | None, str | None] | None = None,
    dispute: bool = False,
) -> Change:
    """Set the verdict and/or note of a claim (None clears), durable when this returns.

    ``verdict`` must already be a valid key of the scale in use (see ``Scale.parse``); the store
    does not judge verdicts, it records them.

    ``expected``: the (verdict, note) the caller last showed. Compare-and-set: if what is stored
    differs in a field being written, nothing is written and ``VerdictConflict`` is raised, so a
    screen never overwrites a change it has not shown.

    ``dispute=True`` settles such a conflict by the rule ``merge`` uses instead of raising: the
    same reviewer's stale write, or a note alone, applies; a different verdict from another
    reviewer leaves theirs current and opens a dispute between the two (``Change.disputed``).
    """
    return store.write(lambda: _apply(store, claim_id, verdict, note, reviewer, expected, dispute))


def _apply(store: Store, claim_id: int, verdict, note, reviewer: str, expected=None, dispute: bool = False) -> Change:
    conn = store.conn
    claim = conn.execute(
        # on a server, the claim row is locked until COMMIT: writes to one claim take turns
        "SELECT c.text, a.content_hash FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?"
        + (" FOR UPDATE OF c" if store.is_postgres else ""),
        (claim_id,),
    ).fetchone()
    if claim is None:
        raise FactcheckError(f"no claim with id {claim_id}")
    current = conn.execute(
        "SELECT verdict, note, reviewer, updated_at FROM verdicts WHERE claim_id = ?", (claim_id,)
    ).fetchone()
    old_verdict, old_note, old_reviewer, old_at = current if current else (None, None, None, None)
    disputed = False
    if expected is not None and (
        (verdict is not _UNCHANGED and old_verdict != expected[0])
        or (note is not _UNCHANGED and (old_note or None) != (expected[1] or None))
    ):
        if not dispute:
            raise VerdictConflict(claim_id, old_verdict, old_note, old_reviewer, old_at)
        if verdict is not _UNCHANGED and verdict != old_verdict and old_reviewer not in (None, reviewer):
            from factcheck.store.disputes import open_dispute

            open_dispute(store, claim_id, {old_reviewer: old_verdict, reviewer: verdict})
            verdict = _UNCHANGED  # theirs stays current; a note of mine still applies
            disputed = True
    new_verdict = old_verdict if verdict is _UNCHANGED else verdict
    new_note = old_note if note is _UNCHANGED else (note or None)
    change = Change(claim_id, old_verdict, new_verdict, old_note, new_note, disputed)
    if (old_verdict, old_note) == (new_verdict, new_note):
        return change
    at = store.dialect.clock(store) or now()
    if new_verdict is None and new_note is None:
        conn.execute("DELETE FROM verdicts WHERE claim_id = ?", (claim_id,))
    else:
        conn.execute(
            "INSERT INTO verdicts (claim_id, verdict, note, reviewer, updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (claim_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,"
            " reviewer = excluded.reviewer, updated_at = excluded.updated_at",
            (claim_id, new_verdict, new_note, reviewer, at),
        )
    conn.execute(
        "INSERT INTO verdict_history (claim_id, article_hash, claim_text, reviewer, at,"
        " old_verdict, new_verdict, old_note, new_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (claim_id, claim[1], claim[0], reviewer, at, old_verdict, new_verdict, old_note, new_note),
    )
    return change


def undo(store: Store, change: Change, reviewer: str, checked: bool = False) -> Change:
    """Put a claim back as it was before ``change`` (itself a new change, kept in history).
    ``checked``: only if it is still as ``change`` left it (else ``VerdictConflict``)."""
    expected = (change.new_verdict, change.new_note) if checked else None
    return set_verdict(store, change.claim_id, change.old_verdict, change.old_note, reviewer, expected)


def history(store: Store, claim_id: int | None = None) -> list[dict]:
    if claim_id is None:
        return store.query("SELECT * FROM verdict_history ORDER BY id")
    return store.query("SELECT * FROM verdict_history WHERE claim_id = ? ORDER BY id", (claim_id,))


def histories(store: Store, claim_ids: list[int]) -> dict[int, list[dict]]:
    """``history`` of many claims in one query: claim id -> its changes, oldest first (claims
    without any are left out)."""
    out: dict[int, list[dict]] = {}
    for row in store.query(
        "SELECT * FROM verdict_history WHERE claim_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (json.dumps(claim_ids),),
    ):
        out.setdefault(row["claim_id"], []).append(row)
    return out


def claim_history(store: Store, claim_id: int) -> list[dict]:
    """One claim's changes, newest first, each with ``reverts``: True when it puts back exactly what
    the change before it replaced (what undo does, or a reviewer changing their mind back).

    A claim that no longer exists but has history (its article was edited) still has it shown; a
    claim id that was never known is an error."""
    rows = history(store, claim_id)
    if not rows and not store.conn.execute("SELECT 1 FROM claims WHERE id = ?", (claim_id,)).fetchone():
        raise FactcheckError(f"no claim with id {claim_id}")
    before = None
    for row in rows:
        row["reverts"] = before is not None and (
            (row["old_verdict"], row["old_note"], row["new_verdict"], row["new_note"])
            == (before["new_verdict"], before["new_note"], before["old_verdict"], before["old_note"])
        )
        before = row
    return rows[::-1]
