"""Agreement between two reviewers over the claims both reviewed: pure functions, no I/O.

Cohen's kappa = (p_o - p_e) / (1 - p_e): observed agreement p_o against the agreement p_e expected
by chance from each reviewer's own verdict frequencies (Cohen 1960).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Agreement:
    labels: list[str]  # row/column order of the matrix
    matrix: list[list[int]]  # matrix[i][j]: claims A called labels[i] and B called labels[j]
    n: int
    percent: float | None  # observed agreement, 0-100; None when no claim is shared
    kappa: float | None  # None when undefined (no claims, or both used one and the same verdict)

    def counts(self) -> dict[str, tuple[int, int]]:
        """Per verdict: (claims A gave it, claims B gave it)."""
        return {
            label: (sum(self.matrix[i]), sum(row[i] for row in self.matrix)) for i, label in enumerate(self.labels)
        }

    def to_json(self) -> dict:
        return {
            "n": self.n, "percent_agreement": self.percent, "kappa": self.kappa, "labels": self.labels,
            "matrix": self.matrix, "counts": {k: {"a": a, "b": b} for k, (a, b) in self.counts().items()},
        }  # fmt: skip


def confusion_matrix(pairs: Iterable[tuple[str, str]], order: Sequence[str] = ()) -> tuple[list[str], list[list[int]]]:
    """Labels (those in ``order`` first, then the others A-Z) and the matrix of (A, B) pairs."""
    tally = Counter(pairs)
    used = {label for pair in tally for label in pair}
    labels = [label for label in order if label in used] + sorted(used - set(order))
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for (a, b), count in tally.items():
        matrix[index[a]][index[b]] += count
    return labels, matrix


def cohen_kappa(matrix: list[list[int]]) -> float | None:
    n = sum(map(sum, matrix))
    if n == 0:
        return None
    observed = sum(matrix[i][i] for i in range(len(matrix))) / n
    expected = sum(sum(matrix[i]) * sum(row[i] for row in matrix) for i in range(len(matrix))) / n**2
    if expected == 1:  # both reviewers used a single, identical verdict: kappa is undefined
        return None
    return (observed - expected) / (1 - expected)


def agreement(pairs: Iterable[tuple[str, str]], order: Sequence[str] = ()) -> Agreement:
    labels, matrix = confusion_matrix(pairs, order)
    n = sum(map(sum, matrix))
    percent = 100 * sum(matrix[i][i] for i in range(len(labels))) / n if n else None
    return Agreement(labels, matrix, n, percent, cohen_kappa(matrix))
