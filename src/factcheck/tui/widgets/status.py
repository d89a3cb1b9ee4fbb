"""The status line: the current claim's id, score and kinds (and "event (by meaning)" when the
sentence model, not the rules, made it check-worthy), its verdict, the note's first line; on the
right the filter, if one is on, and the database file."""

from __future__ import annotations

from rich.text import Text
from textual.containers import Horizontal
from textual.widgets import Static

from factcheck.core.scale import Scale
from factcheck.core.models import BY_MEANING
from factcheck.store.claims import ClaimRecord
from factcheck.tui.widgets.styles import verdict_style


def status_text(claim: ClaimRecord | None, scale: Scale) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if claim is None:
        text.append("no claim selected", style="dim")
    else:
        text.append(f"#{claim.id} ", style="bold")
        text.append(f"score {claim.score:.2f} ")
        if claim.kinds:
            text.append(",".join(claim.kinds) + " ", style="dim")
        for reason in claim.reasons:
            if BY_MEANING in reason:  # no span shows why: say it
                text.append(reason + " ", style="dim italic")
        verdict = scale.get(claim.verdict)
        text.append("│ ")
        if verdict is not None:
            text.append(verdict.label, style=verdict_style(verdict.color))
        elif claim.verdict:
            text.append(claim.verdict, style="bold")
        else:
            text.append("unreviewed", style="dim italic")
        if claim.note:
            first = claim.note.strip().splitlines()[0] if claim.note.strip() else ""
            text.append(" │ note: ")
            text.append(first, style="italic")
    return text


class StatusLine(Horizontal):
    """Claim details on the left (cut with … when long), the database file on the right."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.left = Static(id="status-claim")
        self.right = Static(id="status-db")
        self._right_plain: str | None = None

    def compose(self):
        yield self.left
        yield self.right

    def show(self, claim: ClaimRecord | None, scale: Scale, db_name: str, filter_text: str = "",
             progress: tuple[int, int] | None = None, activity: str = "") -> None:
        """``filter_text``: the filter j/k obey, if any (one for every pane, so said once, here);
        ``progress``: reviewed and check-worthy claims over all articles; ``activity``: work going
        on in the background (embedding sentences), if any."""
        self.left.update(status_text(claim, scale), layout=False)  # one row, 1fr wide
        right = Text(end="")
        if activity:
            right.append(activity, style="italic")
            right.append(" │ ")
        if filter_text:
            right.append(f"filter: {filter_text}", style="bold italic #ffcc00")
            right.append(" │ ")
        if progress is not None:
            right.append(f"{progress[0]}/{progress[1]} reviewed", style="bold")
            right.append(" │ ")
        right.append(db_name)
        if right.plain != self._right_plain:  # its width changes only with the filter and progress
            self._right_plain = right.plain
            self.right.update(right)
