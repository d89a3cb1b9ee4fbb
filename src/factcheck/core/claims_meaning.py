"""Claims without figures found by meaning: events and reported statements the word lists miss.

The rules (claims.py) see an event or a statement through per-language cue words ("suspended",
"told"); a language or a verb the lists lack leaves such a sentence below the threshold. This reads
the sentence's stored vector (semantic.py) instead: a multinomial logistic regression (neither /
event / statement) over the model's 384 dimensions, computed by scripts/train_claim_model.py from
the labelled set in tests/data/claims_events/train and shipped beside this file as data
(``claims_meaning.npz``); nothing is downloaded or trained at run time. Its reason says what it
found and that the model found it: "event (by meaning)", "reported statement (by meaning)". Naming
the nearest training cue ("like 'suspended'") was tried and left out: on the held-out stories it
called a police raid "like 'sued'" and a resignation "like 'denied'", which misleads more than it
explains.

A claim is raised when the rules scored it below the threshold, the model gives "event or
statement" at least ``MIN_PROBABILITY``, and no penalty says it is no claim at all (a heading, a
question, too short, page furniture). Its new score is the rules' score plus what the rules give
that kind (``EVENT`` or ``ATTRIBUTION``), at least the threshold. Measured on the held-out part:
benchmarks/event_claims.py. The weights belong to one sentence model (``MODEL_VERSION``): vectors of
another are not read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from factcheck.core.claims import ATTRIBUTION, EVENT, PENALTY_REASONS
from factcheck.core.models import BY_MEANING, DEFAULT_THRESHOLD

LABELS = ("neither", "event", "statement")
# Chosen by cross-validation on the training set (each of its three batches of stories predicted by
# a model of the other two: `scripts/train_claim_model.py --cv`), not on the held-out part: 0.5 gave
# precision 0.87 / recall 0.96, 0.6 gave 0.90 / 0.91, 0.7 gave 0.94 / 0.84.
MIN_PROBABILITY = 0.6
DATA = Path(__file__).with_name("claims_meaning.npz")
_NAMES = {"event": "event", "statement": "reported statement"}
_WEIGHTS = {"event": EVENT, "statement": ATTRIBUTION}
# penalties after which a sentence is no claim whatever it says
_NO_CLAIM = frozenset(PENALTY_REASONS[p] for p in ("heading", "question", "short", "boilerplate"))


@dataclass(frozen=True, slots=True)
class Reading:
    """What the model makes of one sentence."""

    label: str  # "event" or "statement": the likelier of the two
    probability: float  # that the sentence is an event or a statement (not "neither")

    @property
    def reason(self) -> str:
        return f"{_NAMES[self.label]} {BY_MEANING}"


@dataclass(frozen=True)
class ClaimModel:
    weights: object  # (DIM, 3) float32, columns in LABELS order
    bias: object  # (3,)
    model_version: str  # the sentence model whose vectors these weights read

    def read(self, vectors) -> list[Reading]:
        """One Reading per row of ``vectors`` (unit sentence vectors of ``model_version``)."""
        import numpy as np

        x = np.asarray(vectors, dtype=np.float32).reshape(-1, self.weights.shape[0])
        z = x @ self.weights + self.bias
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        return [Reading("event" if p[i, 1] >= p[i, 2] else "statement", round(float(1.0 - p[i, 0]), 4))
                for i in range(len(x))]

    def save(self, path: Path) -> None:
        import numpy as np

        np.savez_compressed(
            path, weights=np.asarray(self.weights, "<f4"), bias=np.asarray(self.bias, "<f4"),
            model_version=np.array(self.model_version),
        )  # fmt: skip


def read_model(path: Path) -> ClaimModel:
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        return ClaimModel(
            data["weights"].astype(np.float32), data["bias"].astype(np.float32), str(data["model_version"])
        )


@lru_cache(maxsize=1)
def shipped(model_version: str) -> ClaimModel | None:
    """The classifier shipped with the package, or None when it reads another model's vectors."""
    model = read_model(DATA)
    return model if model.model_version == model_version else None


def may_raise(score: float, reasons: list[str], threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Whether the model's reading could raise this claim (so its vector is worth reading)."""
    return score < threshold and not any(r in _NO_CLAIM or BY_MEANING in r for r in reasons)


def raised(score: float, reasons: list[str], reading: Reading,
           threshold: float = DEFAULT_THRESHOLD) -> tuple[float, list[str]] | None:
    """The claim's new score and reasons when the model raises it, else None."""
    if reading.probability < MIN_PROBABILITY or not may_raise(score, reasons, threshold):
        return None
    new = max(threshold, min(1.0, round(score + _WEIGHTS[reading.label], 4)))
    return new, [*reasons, reading.reason]
