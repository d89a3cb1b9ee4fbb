"""Bring another reviewer's database into this one: ``factcheck merge OTHER.db``.

Articles are matched by content hash, claims by their text and offsets (then by text alone, nearest
offset first, for a different sentence split), so ids may differ freely between the two files.
Nothing is lost:

* articles and claims only the other file has are copied, with sentences, spans, quantities, matches,
  and then matched against this file's claims (so they are in its matcher index too);
* every row of the other file's verdict history is copied (once: merging twice adds nothing);
* a verdict or note only the other file has is adopted; two different notes are both kept, joined,
  each under its author's name; every verdict keeps the reviewer who gave it (never the person
  merging, who signs only the history row of a join);
* two different verdicts from two reviewers keep this file's verdict as current and open a dispute
  (see ``factcheck.store.disputes``) listing both, for the reviewers to settle. The same reviewer
  in both files is not a dispute: their later verdict wins.

The other file is opened read-only and never changed. All of it happens in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.store import Store, connect_read_only
from factcheck.store.articles import now, reserve_claim_ids
from factcheck.store.disputes import open_dispute
from factcheck.store.matches import match_articles
from factcheck.store.schema import SCHEMA_VERSION

_ARTICLE_COLUMNS = "content_hash, file_name, path, title, date, url, lang, text, added_at"
_HISTORY_COLUMNS = "article_hash, claim_text, reviewer, at, old_verdict, new_verdict, old_note, new_note"


@dataclass
class MergeReport:
    articles_added: int = 0
    claims_added: int = 0
    verdicts_adopted: int = 0
    notes_joined: int = 0
    agreed: int = 0
    history_copied: int = 0
    disputed: list[int] = field(default_factory=list)  # local claim ids
    changed_articles: set[int] = field(default_factory=set)  # local articles that received claims

    def summary(self) -> str:
        return (
            f"merged: {self.articles_added} new articles, {self.claims_added} new claims, "
            f"{self.verdicts_adopted} verdicts or notes adopted, {self.agreed} agreed, "
            f"{self.notes_joined} notes joined, {len(self.disputed)} disputed, "
            f"{self.history_copied} history rows copied"
        )


def open_readonly(path: Path) -> sqlite3.Connection:
    """Another factcheck database, read-only; a clear error if it is not one this version reads."""
    path = Path(path)
    if not path.is_file():
        raise FactcheckError(f"{path}: no such database file")
    try:
        conn = connect_read_only(path)  # also in a read-only folder, where mode=ro alone cannot open a WAL file
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise FactcheckError(f"{path}: not a usable factcheck database ({exc})") from None
    if version > SCHEMA_VERSION:
        raise FactcheckError(f"{path} was written by a newer factcheck (schema {version}): upgrade factcheck")
    if not {"articles", "claims", "verdicts", "verdict_history"} <= tables:
        raise FactcheckError(f"{path}: not a factcheck database")
    return conn


def claim_map(conn: sqlite3.Connection, article_id: int) -> dict:
    """(start, end, text) -> claim id and text -> [(start, claim id)] for one article."""
    exact, by_text = {}, {}
    for cid, start, end, text in conn.execute(
        "SELECT id, char_start, char_end, text FROM claims WHERE article_id = ? ORDER BY char_start", (article_id,)
    ):
        exact[(start, end, text)] = cid
        by_text.setdefault(text, []).append((start, cid))
    return {"exact": exact, "text": by_text}


def find_claim(index: dict, start: int, end: int, text: str) -> int | None:
    if (cid := index["exact"].get((start, end, text))) is not None:
        return cid
    candidates = index["text"].get(text)
    return min(candidates, key=lambda sc: abs(sc[0] - start))[1] if candidates else None


def merge(store: Store, other_path: Path, reviewer: str = "merge") -> MergeReport:
    """Merge ``other_path`` into ``store``; ``reviewer`` signs any note this merge joins."""
    if not store.is_postgres and Path(other_path).resolve() == store.path.resolve():
        raise FactcheckError(f"{other_path} is this database; merge another reviewer's file")
    other = open_readonly(other_path)
    try:
        report = store.write(lambda: _merge(store, other, reviewer))
    finally:
        other.close()
    if report.changed_articles:
        # After the merge commits: matches are derived data, recomputed if this is interrupted
        # (``factcheck match --rebuild``), while the verdicts above are already safe.
        match_articles(store, report.changed_articles)
    return report


def _merge(store: Store, other: sqlite3.Connection, reviewer: str) -> MergeReport:
    report = MergeReport()
    reviewed = {r[0] for r in other.execute("SELECT claim_id FROM verdicts UNION SELECT claim_id FROM verdict_history")}
    mapping: dict[int, int] = {}  # other claim id -> local claim id
    for row in other.execute(f"SELECT id, {_ARTICLE_COLUMNS} FROM articles ORDER BY id").fetchall():
        other_article, content_hash = row[0], row[1]
        local = store.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        if local is None:
            local_article = store.conn.execute(
                f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES ({','.join('?' * 9)})", row[1:]
            ).lastrowid
            report.articles_added += 1
        else:
            local_article = local[0]
        index = claim_map(store.conn, local_article)
        for cid, start, end, text in other.execute(
            "SELECT id, char_start, char_end, text FROM claims WHERE article_id = ?", (other_article,)
        ).fetchall():
            found = find_claim(index, start, end, text)
            if found is None and (local is None or cid in reviewed):
                found = _copy_claim(store, other, cid, local_article)
                report.claims_added += 1
                report.changed_articles.add(local_article)
            if found is not None:
                mapping[cid] = found
    _copy_matches(store, other, mapping)
    report.history_copied = _copy_history(store, other, mapping)
    for cid, verdict, note, who, at in other.execute(
        "SELECT claim_id, verdict, note, reviewer, updated_at FROM verdicts"
    ).fetchall():
        if cid in mapping:
            author = _note_author(other, cid, note) or who
            _merge_verdict(store, mapping[cid], (verdict, note, who, at, author), reviewer, report)
    if "disputes" in {r[0] for r in other.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}:
        for cid, views in other.execute("SELECT claim_id, verdicts FROM disputes WHERE settled_at IS NULL"):
            if cid in mapping:
                open_dispute(store, mapping[cid], json.loads(views))
                report.disputed.append(mapping[cid])
    report.disputed = sorted(set(report.disputed))
    return report


def _copy_claim(store: Store, other: sqlite3.Connection, cid: int, article_id: int) -> int:
    conn = store.conn
    position, start, end, kind, text, score, kinds, reasons = other.execute(
        "SELECT s.position, c.char_start, c.char_end, s.kind, c.text, c.score, c.kinds, c.reasons"
        " FROM claims c JOIN sentences s ON s.id = c.sentence_id WHERE c.id = ?",
        (cid,),
    ).fetchone()
    sentence_id = conn.execute(
        "INSERT INTO sentences (article_id, position, char_start, char_end, kind) VALUES (?, ?, ?, ?, ?)",
        (article_id, position, start, end, kind),
    ).lastrowid
    new_id = reserve_claim_ids(store, 1)[0]  # never an id the history already holds for another claim
    conn.execute(
        "INSERT INTO claims (id, article_id, sentence_id, char_start, char_end, text, score, kinds, reasons)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id, article_id, sentence_id, start, end, text, score, kinds, reasons),
    )
    store.dialect.index_claims(store, "id = ?", (new_id,))  # schema 4: no trigger
    for table, columns in (("spans", "kind, char_start, char_end, text"),
                           ("quantities", "kind, char_start, char_end, text, value, unit, approx, usd, as_of")):  # fmt: skip
        rows = other.execute(f"SELECT {columns} FROM {table} WHERE claim_id = ?", (cid,)).fetchall()
        marks = ",".join("?" * (columns.count(",") + 2))
        conn.executemany(f"INSERT INTO {table} (claim_id, {columns}) VALUES ({marks})", [(new_id, *r) for r in rows])
    return new_id


def _copy_matches(store: Store, other: sqlite3.Connection, mapping: dict[int, int]) -> None:
    for a, b, score, evidence, consistency in other.execute(
        "SELECT claim_a, claim_b, score, evidence, consistency FROM matches"
    ).fetchall():
        if a in mapping and b in mapping and mapping[a] != mapping[b]:
            la, lb = sorted((mapping[a], mapping[b]))
            store.conn.execute(
                "INSERT OR IGNORE INTO matches (claim_a, claim_b, score, evidence, consistency) VALUES (?, ?, ?, ?, ?)",
                (la, lb, score, evidence, consistency),
            )


def _copy_history(store: Store, other: sqlite3.Connection, mapping: dict[int, int]) -> int:
    """Every history row of the other file not already here, on the local claim (0 if it has none)."""
    conn = store.conn
    seen = set(conn.execute(f"SELECT {_HISTORY_COLUMNS} FROM verdict_history").fetchall())
    anchors = {
        (h, t): cid
        for cid, h, t in conn.execute(
            "SELECT c.id, a.content_hash, c.text FROM claims c JOIN articles a ON a.id = c.article_id"
        )
    }
    copied = 0
    for cid, *row in other.execute(f"SELECT claim_id, {_HISTORY_COLUMNS} FROM verdict_history ORDER BY id").fetchall():
        if tuple(row) in seen:
            continue
        local = mapping.get(cid) or anchors.get((row[0], row[1])) or 0
        conn.execute(
            f"INSERT INTO verdict_history (claim_id, {_HISTORY_COLUMNS}) VALUES ({','.join('?' * 9)})", (local, *row)
        )
        seen.add(tuple(row))
        copied += 1
    return copied


def _merge_verdict(store: Store, claim_id: int, theirs: tuple, merger: str, report: MergeReport) -> None:
    """Their verdict and note into this claim. The verdicts row keeps the reviewer who gave the
    verdict it holds (a merge never makes the person merging its author); a note joined from both
    files names the author of each part. The history row of a join is signed by ``merger``: it
    records who made that change."""
    conn = store.conn
    verdict, note, who, at, their_author = theirs
    mine = conn.execute("SELECT verdict, note, reviewer, updated_at FROM verdicts WHERE claim_id = ?", (claim_id,)).fetchone()
    if mine is None:
        conn.execute(
            "INSERT INTO verdicts (claim_id, verdict, note, reviewer, updated_at) VALUES (?, ?, ?, ?, ?)",
            (claim_id, verdict, note, who, at),
        )  # their history rows, copied already, record this verdict
        report.verdicts_adopted += 1
        return
    my_verdict, my_note, my_reviewer, my_at = mine
    new_verdict, new_reviewer, new_at = my_verdict, my_reviewer, my_at
    if verdict is not None and (my_verdict is None or (who == my_reviewer and at > my_at)):
        # a verdict where there was only a note, or the same reviewer's later word
        new_verdict, new_reviewer, new_at = verdict, who, at
        report.verdicts_adopted += 1
    elif verdict is not None and verdict != my_verdict and who != my_reviewer:
        if not _already_settled(store, claim_id, who, verdict):
            open_dispute(store, claim_id, {my_reviewer: my_verdict, who: verdict})
            report.disputed.append(claim_id)
    elif verdict is not None and verdict == my_verdict:
        report.agreed += 1
    authors = _authors(store, claim_id, my_note, my_reviewer)
    new_note = _join_notes(my_note, authors, note, their_author)
    if (new_verdict, new_note) == (my_verdict, my_note):
        return
    if new_note != my_note:
        report.notes_joined += 1
    if (new_verdict, new_note) != (verdict, note):  # a state neither file had: say how it came about
        text, article_hash = conn.execute(
            "SELECT c.text, a.content_hash FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?",
            (claim_id,),
        ).fetchone()
        conn.execute(
            f"INSERT INTO verdict_history (claim_id, {_HISTORY_COLUMNS}) VALUES ({','.join('?' * 9)})",
            (claim_id, article_hash, text, merger, now(), my_verdict, new_verdict, my_note, new_note),
        )
    conn.execute(
        "UPDATE verdicts SET verdict = ?, note = ?, reviewer = ?, updated_at = ? WHERE claim_id = ?",
        (new_verdict, new_note, new_reviewer, new_at, claim_id),
    )


def _note_author(conn: sqlite3.Connection, claim_id: int, note: str | None) -> str | None:
    """Who wrote ``note``, the claim's current note: the reviewer of the last change that set it."""
    if not note:
        return None
    row = conn.execute(
        "SELECT reviewer FROM verdict_history WHERE claim_id = ? AND new_note = ? ORDER BY id DESC LIMIT 1",
        (claim_id, note),
    ).fetchone()
    return row[0] if row else None


def _authors(store: Store, claim_id: int, note: str | None, reviewer: str) -> tuple[str, set[str]]:
    """(the author of this file's note, every name that has reviewed the claim here)."""
    names = {r[0] for r in store.conn.execute("SELECT reviewer FROM verdict_history WHERE claim_id = ?", (claim_id,))}
    return _note_author(store.conn, claim_id, note) or reviewer, names | {reviewer}


def _join_notes(mine: str | None, authors: tuple[str, set[str]], theirs: str | None, who: str) -> str | None:
    """Both notes, each under its author's name ("ana: ...\n\nben: ..."); a note already joined
    (it starts with a reviewer's name) is not labelled again, and a part already there is not added."""
    if not theirs or (mine and theirs.strip() in mine):
        return mine
    if not mine:
        return theirs if who == authors[0] else f"{who}: {theirs}"
    author, names = authors
    if not any(mine.startswith(f"{name}: ") for name in names | {who}):
        mine = f"{author}: {mine}"
    return f"{mine}\n\n{who}: {theirs}"


def _already_settled(store: Store, claim_id: int, who: str, verdict: str) -> bool:
    """True if a settled dispute on this claim already weighed this reviewer's verdict."""
    for (views,) in store.conn.execute(
        "SELECT verdicts FROM disputes WHERE claim_id = ? AND settled_at IS NOT NULL", (claim_id,)
    ):
        if json.loads(views).get(who) == verdict:
            return True
    return False


def paired_verdicts(path_a: Path, path_b: Path) -> list[tuple[str, str]]:
    """(A's verdict, B's verdict) for every claim both files have a verdict on, matched as in a merge."""
    conns = [open_readonly(path_a), open_readonly(path_b)]
    try:
        a, b = (_verdicts_by_anchor(conn) for conn in conns)
    finally:
        for conn in conns:
            conn.close()
    pairs = []
    for content_hash, index in b.items():
        mine = a.get(content_hash)
        for (start, end, text), verdict in index["verdict"].items():
            if mine and (found := find_claim(mine, start, end, text)) is not None:
                pairs.append((mine["verdict"][found], verdict))
    return pairs


def _verdicts_by_anchor(conn: sqlite3.Connection) -> dict[str, dict]:
    """content hash -> a claim index (as ``claim_map``) keyed to each reviewed claim's verdict."""
    out: dict[str, dict] = {}
    for content_hash, start, end, text, verdict in conn.execute(
        "SELECT a.content_hash, c.char_start, c.char_end, c.text, v.verdict FROM verdicts v"
        " JOIN claims c ON c.id = v.claim_id JOIN articles a ON a.id = c.article_id"
        " WHERE v.verdict IS NOT NULL ORDER BY c.char_start"
    ):
        index = out.setdefault(content_hash, {"exact": {}, "text": {}, "verdict": {}})
        key = (start, end, text)
        index["exact"][key] = key
        index["text"].setdefault(text, []).append((start, key))
        index["verdict"][key] = verdict
    return out
