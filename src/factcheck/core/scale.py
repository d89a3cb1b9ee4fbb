"""The verdict scale: what a reviewer can say about a claim.

The default is close to what AAP, PolitiFact and Meta's fact-checking partners use. A scale can be
replaced from the config file (see ``factcheck.config``). ``rating`` is the ClaimReview ratingValue
(1 worst ... 5 best) where the verdict sits on that line; verdicts off the line have none.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.errors import FactcheckError


@dataclass(frozen=True, slots=True)
class Verdict:
    key: str  # stored in the database and typed on the CLI: "mostly-false"
    label: str  # shown to people: "Mostly false"
    color: str  # a colour Textual and Rich understand
    rating: int | None = None  # ClaimReview ratingValue, 1 (worst) to 5 (best)


DEFAULT_VERDICTS: tuple[Verdict, ...] = (
    Verdict("true", "True", "#2e9e44", 5),
    Verdict("mostly-true", "Mostly true", "#8bc34a", 4),
    Verdict("mixed", "Mixed", "#f4c20d", 3),
    Verdict("mostly-false", "Mostly false", "#ff8c1a", 2),
    Verdict("false", "False", "#e53935", 1),
    Verdict("misleading", "Misleading", "#c561d6", 2),
    Verdict("unproven", "Unproven", "#6d8fd6"),
    Verdict("not-a-claim", "Not a claim", "#8a8a8a"),
)

BEST_RATING, WORST_RATING = 5, 1


class Scale:
    """An ordered verdict scale. Position n (1-based) is the verdict's number key in the TUI."""

    def __init__(self, verdicts: tuple[Verdict, ...] = DEFAULT_VERDICTS) -> None:
        if not verdicts:
            raise FactcheckError("the verdict scale is empty")
        keys = [v.key for v in verdicts]
        if len(set(keys)) != len(keys):
            raise FactcheckError(f"the verdict scale repeats a key: {', '.join(keys)}")
        self.verdicts = verdicts
        self._by_key = {v.key: v for v in verdicts}

    def __iter__(self):
        return iter(self.verdicts)

    def __len__(self) -> int:
        return len(self.verdicts)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def get(self, key: str | None) -> Verdict | None:
        return self._by_key.get(key) if key else None

    def parse(self, text: str) -> Verdict:
        """A verdict from what a user typed: its key, label or number, any case."""
        wanted = text.strip().lower().replace(" ", "-").replace("_", "-")
        for position, verdict in enumerate(self.verdicts, 1):
            if wanted in (verdict.key, verdict.label.lower().replace(" ", "-"), str(position)):
                return verdict
        raise FactcheckError(f"unknown verdict {text!r}; choose one of: {', '.join(self._by_key)}")


DEFAULT_SCALE = Scale()
