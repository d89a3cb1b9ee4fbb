"""Reading the labelled set of events and reported statements (tests/data/claims_events/)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "data" / "claims_events"
LABELS = ("neither", "event", "statement")


@dataclass(frozen=True, slots=True)
class Row:
    lang: str
    label: str  # one of LABELS
    cue: str  # "-" for "neither"
    text: str
    batch: int  # 0, 1, ...: a "#" comment line in the file starts the next batch of stories


def read_set(split: str) -> list[Row]:
    """The rows of ``train`` or ``heldout``, language by language; a malformed line raises ValueError."""
    rows = []
    for path in sorted((FOLDER / split).glob("*.tsv")):
        batch = 0
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("#"):
                batch += bool(rows and rows[-1].lang == path.stem)
                continue
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3 or parts[0] not in LABELS or (parts[1] == "-") != (parts[0] == "neither"):
                raise ValueError(f"{path.name}:{n}: expected LABEL<TAB>CUE<TAB>SENTENCE, got {line!r}")
            rows.append(Row(path.stem, parts[0], parts[1], parts[2], batch))
    return rows
