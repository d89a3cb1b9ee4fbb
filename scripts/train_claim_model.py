"""Compute the shipped classifier of events and reported statements from the labelled training set.

    .venv/bin/python scripts/train_claim_model.py [--cv]

Embeds tests/data/claims_events/train with the sentence model (core/semantic.py) and fits a
multinomial logistic regression (neither / event / statement) by plain gradient descent on the
centred vectors (deterministic: the same vectors give the same weights); writes src/factcheck/core/claims_meaning.npz. ``--cv`` instead prints the
cross-validation that chose the regularisation and MIN_PROBABILITY: each batch of training stories
predicted by a model of the other batches. The held-out part is never read here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from factcheck.core import claims_meaning, semantic  # noqa: E402
from tests.claims_events import LABELS, read_set  # noqa: E402

LAMBDA = 1e-4  # L2 penalty (chosen by --cv)
STEPS, RATE = 3000, 2.0


def fit(x: np.ndarray, y: np.ndarray, lam: float = LAMBDA) -> tuple[np.ndarray, np.ndarray]:
    """Weights (DIM, 3) and bias (3,) of a softmax regression of labels ``y`` on rows ``x``."""
    n, d = x.shape
    mean = x.mean(axis=0)
    xc = (x - mean).astype(np.float64)
    onehot = np.eye(len(LABELS))[y]
    w, b = np.zeros((d, len(LABELS))), np.zeros(len(LABELS))
    for _ in range(STEPS):
        z = xc @ w + b
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) / n
        w -= RATE * (xc.T @ g + lam * w)
        b -= RATE * g.sum(axis=0)
    return w, b - mean @ w  # centring folded into the bias


def model_of(x: np.ndarray, rows, lam: float = LAMBDA) -> claims_meaning.ClaimModel:
    w, b = fit(x, np.array([LABELS.index(r.label) for r in rows]), lam)
    return claims_meaning.ClaimModel(w.astype(np.float32), b.astype(np.float32), semantic.MODEL_VERSION)


def cross_validate(x: np.ndarray, rows) -> None:
    batch = np.array([r.batch for r in rows])
    positive = np.array([r.label != "neither" for r in rows])
    for lam in (1e-4, 3e-4, 1e-3, 3e-3):
        prob = np.zeros(len(rows))
        for k in sorted(set(batch)):
            test = batch == k
            model = model_of(x[~test], [r for r, t in zip(rows, test) if not t], lam)
            prob[test] = [r.probability for r in model.read(x[test])]
        for threshold in (0.4, 0.5, 0.6, 0.7):
            said = prob >= threshold
            tp = int((said & positive).sum())
            p, r = tp / max(int(said.sum()), 1), tp / int(positive.sum())
            print(f"lambda {lam:g}  min probability {threshold}:  precision {p:.3f}  recall {r:.3f}  "
                  f"F1 {2 * p * r / max(p + r, 1e-9):.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print the cross-validation instead of writing")
    args = parser.parse_args()
    status = semantic.available()
    if not status:
        print(f"factcheck: error: the sentence model cannot run here: {status.reason}", file=sys.stderr)
        return 2
    rows = read_set("train")
    x = semantic.embedder().embed([r.text for r in rows])
    if args.cv:
        cross_validate(x, rows)
        return 0
    model = model_of(x, rows)
    model.save(claims_meaning.DATA)
    size = claims_meaning.DATA.stat().st_size
    print(f"{len(rows)} training sentences -> {claims_meaning.DATA.relative_to(ROOT)} ({size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
