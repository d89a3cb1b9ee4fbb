"""Reading a labelled set of related statements: ``labels.json`` beside the articles lists groups of
snippets that say the same thing; every two members from different articles are a gold pair."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

from factcheck.store import Store


def gold_pairs(store: Store, folder: Path) -> set[tuple[int, int]]:
    """Labelled related pairs as claim-id pairs (a < b); each snippet must name exactly one sentence
    of its file (ValueError otherwise: the labels no longer fit the text)."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    pairs = set()
    for group in labels["groups"]:
        members = []
        for m in group["members"]:
            rows = store.conn.execute(
                "SELECT c.id, a.id FROM claims c JOIN articles a ON a.id = c.article_id"
                " WHERE a.file_name = ? AND instr(c.text, ?) > 0",
                (m["file"], m["snippet"]),
            ).fetchall()
            if len(rows) != 1:
                raise ValueError(f"snippet {m['snippet']!r} in {m['file']} names {len(rows)} sentences")
            members.append(rows[0])
        pairs |= {(min(a, b), max(a, b)) for (a, x), (b, y) in combinations(members, 2) if x != y}
    return pairs
