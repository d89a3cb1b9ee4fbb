"""Scores do not depend on the process's string hash seed: a Dask worker, a forked importer worker
and the CLI must all give the same float for the same pair."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import hashlib, sys
sys.path.insert(0, "benchmarks")
from matching import Generator
from factcheck.core.matching import match_all
found = sorted((m.a, m.b, m.score, m.evidence, m.consistency) for m in match_all(Generator(7).corpus(1600)[0]))
print(len(found), hashlib.sha256(repr(found).encode()).hexdigest())
"""


def test_matches_are_the_same_under_any_hash_seed():
    outputs = set()
    for seed in ("1", "2", "3"):  # seeds 2 and 3 gave 0.9312 where seed 1 gave 0.9313 before sorting
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1 and int(outputs.pop().split()[0]) > 200
