"""Regenerate fixtures/v1.db: a small database exactly as schema version 1 wrote it.

    python tests/reliability/make_v1_fixture.py

Applies only MIGRATIONS[:1] (never the current schema) with plain sqlite3 and fills every table
with a little data, including verdicts and their history, so test_upgrade.py can check that a
database of the previous version opens, migrates and keeps every verdict. The rows are written
with SQL of the v1 columns, not with today's store code, so the file stays a true v1 file.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from factcheck.store import _statements  # noqa: E402
from factcheck.store.schema import MIGRATIONS  # noqa: E402

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "v1.db"

ARTICLES = [
    ("da", "budget_da.txt", "TikTok betaler Microsoft", "2024-08",
     ["TikTok har betalt næsten $20 millioner om måneden til Microsoft.",
      "Det svarer til 25 % af Microsofts indtægter fra Azure.",
      "Aftalen blev indgået i 2020."]),
    ("en", "budget_en.txt", "Budget report", "2024-03",
     ["According to the ministry, spending rose by 12 percent in 2023.",
      "The government paid $20 million to Acme Corp in March 2024.",
      "Is this the end of austerity?"]),
]
# (article index, sentence index, verdicts in order with reviewer and note)
REVIEWS = [
    (0, 0, [("ana", "mostly-true", None), ("ben", "true", "ECB rate confirms ~19.8 M USD")]),
    (0, 1, [("ana", "unproven", "no source for 25 %")]),
    (1, 0, [("ana", "false", None), ("ana", "false", "ministry corrected to 11 %"), ("ben", "misleading", "see note")]),
    (1, 1, [("ben", None, "ask Acme")]),
]


def build(path: Path = FIXTURE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file in the repo
    conn.execute("BEGIN")
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    claim_ids: dict[tuple[int, int], tuple[int, str, str]] = {}
    minute = 0

    def at() -> str:
        nonlocal minute
        minute += 1
        return f"2024-09-01T10:{minute:02d}:00.000+00:00"

    for a, (lang, file_name, title, date, sentences) in enumerate(ARTICLES):
        text = "\n\n".join(sentences)
        content_hash = hashlib.sha256(text.encode()).hexdigest()
        article_id = conn.execute(
            "INSERT INTO articles (content_hash, file_name, path, title, date, url, lang, text, added_at)"
            " VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)",
            (content_hash, file_name, f"/data/{file_name}", title, date, lang, text, at()),
        ).lastrowid
        offset = 0
        for s, sentence in enumerate(sentences):
            start, end = offset, offset + len(sentence)
            sentence_id = conn.execute(
                "INSERT INTO sentences (article_id, position, char_start, char_end, kind) VALUES (?, ?, ?, ?, 'sentence')",
                (article_id, s, start, end),
            ).lastrowid
            kinds = ["money"] if "$" in sentence else ["percent"] if "%" in sentence or "percent" in sentence else []
            claim_id = conn.execute(
                "INSERT INTO claims (article_id, sentence_id, char_start, char_end, text, score, kinds, reasons)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, sentence_id, start, end, sentence, 0.2 if sentence.endswith("?") else 0.8,
                 json.dumps(kinds), json.dumps(kinds)),
            ).lastrowid
            digit = next((i for i, ch in enumerate(sentence) if ch.isdigit()), None)
            if digit is not None:
                conn.execute(
                    "INSERT INTO spans (claim_id, kind, char_start, char_end, text) VALUES (?, 'number', ?, ?, ?)",
                    (claim_id, start + digit, start + digit + 2, sentence[digit : digit + 2]),
                )
                conn.execute(
                    "INSERT INTO quantities (claim_id, kind, char_start, char_end, text, value, unit, approx, usd, as_of)"
                    " VALUES (?, 'number', ?, ?, ?, ?, NULL, 0, NULL, NULL)",
                    (claim_id, start + digit, start + digit + 2, sentence[digit : digit + 2], float(sentence[digit : digit + 2])),
                )
            claim_ids[(a, s)] = (claim_id, content_hash, sentence)
            offset = end + 2
    for a, s, changes in REVIEWS:
        claim_id, content_hash, text = claim_ids[(a, s)]
        old_verdict = old_note = None
        for reviewer, verdict, note in changes:
            new_note = note if note is not None else old_note
            when = at()
            conn.execute(
                "INSERT INTO verdict_history (claim_id, article_hash, claim_text, reviewer, at, old_verdict,"
                " new_verdict, old_note, new_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (claim_id, content_hash, text, reviewer, when, old_verdict, verdict, old_note, new_note),
            )
            conn.execute(
                "INSERT INTO verdicts (claim_id, verdict, note, reviewer, updated_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (claim_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,"
                " reviewer = excluded.reviewer, updated_at = excluded.updated_at",
                (claim_id, verdict, new_note, reviewer, when),
            )
            old_verdict, old_note = verdict, new_note
    a, b = claim_ids[(0, 0)][0], claim_ids[(1, 1)][0]
    conn.execute(
        "INSERT INTO matches (claim_a, claim_b, score, evidence, consistency) VALUES (?, ?, 0.9, ?, 'consistent')",
        (min(a, b), max(a, b), json.dumps(["$20 million"])),
    )
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()
    return path


if __name__ == "__main__":
    print(f"wrote {build()}")
