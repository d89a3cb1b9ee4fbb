"""When another process changed a claim: say what changed and, if a verdict key met a verdict this
screen had not shown, ask what to do (the store refused to overwrite it, see ``set_verdict``'s
``expected``)."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.screen import Screen

from factcheck.core.scale import Scale
from factcheck.errors import FactcheckError
from factcheck.store.verdicts import VerdictConflict
from factcheck.tui.session import Session

POLL_SECONDS = 0.5  # how often the workbench looks for other processes' changes (one pragma)
# On a server, verdicts arrive as notifications; articles added elsewhere send none, so the
# listener also lets the screen look this often without one.
LISTEN_SECONDS = 2.0


class ChangedElsewhere(Message):
    """Another process may have changed the store (a notification arrived, or it is time to look)."""


def label(scale: Scale, key: str | None) -> str:
    verdict = scale.get(key)
    return verdict.label if verdict else (key or "unreviewed")


def changed_note(scale: Scale, claim_id: int, verdict: str | None, reviewer: str | None) -> str:
    return f"Claim #{claim_id} was changed elsewhere: now {label(scale, verdict)} (by {reviewer or 'someone'})"


def ask_about_conflict(screen: Screen, session: Session, conflict: VerdictConflict, mine: str | None,
                       done) -> None:
    """Show the verdict stored meanwhile and ask: set mine anyway, record a dispute, or keep theirs.
    ``done(claim_id)`` re-renders the claim after a write."""
    from factcheck.tui.screens.ask import ConflictQuestion

    scale = session.scale
    claim_id = conflict.claim_id
    body = Text()
    body.append(f"{conflict.reviewer or 'Someone'} set it to ")
    body.append(label(scale, conflict.verdict), style="bold")
    if conflict.at:
        body.append(f" at {conflict.at[:19].replace('T', ' ')}")
    body.append(" after this screen showed it.\nYou pressed ")
    body.append(label(scale, mine), style="bold")
    body.append(".")

    def answered(answer: str | None) -> None:
        try:
            if answer == "overwrite":
                session.set_verdict(claim_id, mine)
                done(claim_id)
            elif answer == "dispute":
                session.dispute(claim_id, mine)
                screen.notify(f"Dispute recorded on claim #{claim_id}: {label(scale, conflict.verdict)} "
                              f"vs {label(scale, mine)}", title="Disputed", markup=False)
        except VerdictConflict as again:  # changed once more while asking: show it and ask again
            done(claim_id)
            ask_about_conflict(screen, session, again, mine, done)
        except FactcheckError as exc:
            screen.notify(str(exc), title="Not saved", severity="error", markup=False)

    screen.app.push_screen(ConflictQuestion(f"Claim #{claim_id} was changed elsewhere", body), answered)
