"""A database from before graded consistency (schema 8) is migrated: its matches are kept, and the new
values ('differs-slightly', 'not-compared') can be stored; anything else is still refused."""

import sqlite3

import pytest

from factcheck.store import Store, articles
from factcheck.store.schema import MIGRATIONS
from tests.conftest import make_analysis


def test_matches_survive_and_take_the_new_values(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:  # a current store, to have two claims to pair
        with store.transaction():
            articles.save(store, make_analysis(["TikTok paid $20 million.", "It was 25 % of revenue."]))
        ids = [r[0] for r in store.conn.execute("SELECT id FROM claims ORDER BY id")]
    conn = sqlite3.connect(path)  # put the matches table back as schema 8 had it
    conn.executescript(
        "DROP TABLE matches;" + MIGRATIONS[0][MIGRATIONS[0].index("CREATE TABLE matches"):MIGRATIONS[0].index("CREATE VIRTUAL")]
        + "ALTER TABLE matches ADD COLUMN semantic REAL; ALTER TABLE articles DROP COLUMN reading_version;"
        + f"INSERT INTO matches (claim_a, claim_b, score, evidence, consistency, semantic) VALUES ({ids[0]}, {ids[1]}, 0.8, '[]', 'conflict', 0.91);"
        + "PRAGMA user_version = 8;"
    )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE matches SET consistency = 'differs-slightly'")
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("SELECT claim_a, claim_b, consistency, semantic FROM matches").fetchall() == [
            (ids[0], ids[1], "conflict", 0.91)]
        for value in ("differs-slightly", "not-compared", "consistent", None):
            store.conn.execute("UPDATE matches SET consistency = ?", (value,))
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("UPDATE matches SET consistency = 'maybe'")
