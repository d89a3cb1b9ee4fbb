"""The database schema, as a list of migrations. ``PRAGMA user_version`` is the number applied.

To change the schema, append a migration; never edit one that has shipped. Every table is meant to
be read by a stranger with ``sqlite3`` or Datasette: plain names, offsets as ``char_start``/``char_end``
into ``articles.text``, JSON only where a list is natural (``kinds``, ``reasons``, ``evidence``).
"""

MIGRATIONS: list[str] = [
    # 1: articles, their sentences and claims, verdicts with an append-only history, matches.
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,      -- sha256 of text: one row per distinct article
        file_name TEXT,                         -- the file it was first added from
        path TEXT,
        title TEXT,
        date TEXT,                              -- ISO 8601, as precise as the source ("2024-08")
        url TEXT,
        lang TEXT NOT NULL,                     -- ISO 639-1, "und" when unknown
        text TEXT NOT NULL,                     -- every char_start/char_end indexes this text
        added_at TEXT NOT NULL
    );

    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,              -- 0-based order in the article
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        kind TEXT NOT NULL                      -- sentence | heading
    );
    CREATE INDEX sentences_article ON sentences(article_id, position);

    -- One claim per sentence; score says how check-worthy it is.
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text TEXT NOT NULL,                     -- = substr(articles.text, char_start + 1, char_end - char_start)
        score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
        kinds TEXT NOT NULL,                    -- JSON list: ["money", "attribution"]
        reasons TEXT NOT NULL                   -- JSON list of short human reasons
    );
    CREATE INDEX claims_article ON claims(article_id, char_start);
    CREATE INDEX claims_score ON claims(score);

    CREATE TABLE spans (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,                     -- money | percent | number | date | attribution | entity | comparison
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX spans_claim ON spans(claim_id);

    CREATE TABLE quantities (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,                     -- money | percent | number
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL NOT NULL,
        unit TEXT,                              -- ISO 4217 code for money, "%" for percent
        approx INTEGER NOT NULL DEFAULT 0,      -- 1 after "nearly", "næsten", "hampir", ...
        usd REAL,                               -- money in USD at as_of (ECB reference rate)
        as_of TEXT
    );
    CREATE INDEX quantities_claim ON quantities(claim_id);

    -- The current verdict and note of each reviewed claim.
    CREATE TABLE verdicts (
        claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
        verdict TEXT,                           -- a key of the verdict scale, NULL when only a note
        note TEXT,
        reviewer TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );

    -- Every change ever made, append-only. claim_text and article_hash anchor the row to its
    -- claim even if the claim row is later replaced by a re-ingest.
    CREATE TABLE verdict_history (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL,
        article_hash TEXT NOT NULL,
        claim_text TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        old_verdict TEXT,
        new_verdict TEXT,
        old_note TEXT,
        new_note TEXT
    );
    CREATE INDEX verdict_history_claim ON verdict_history(claim_id, id);
    CREATE TRIGGER verdict_history_no_update BEFORE UPDATE ON verdict_history
    BEGIN SELECT RAISE(ABORT, 'verdict_history is append-only'); END;
    CREATE TRIGGER verdict_history_no_delete BEFORE DELETE ON verdict_history
    BEGIN SELECT RAISE(ABORT, 'verdict_history is append-only'); END;

    -- Related statements in different articles; claim_a < claim_b, one row per pair.
    CREATE TABLE matches (
        id INTEGER PRIMARY KEY,
        claim_a INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        claim_b INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        evidence TEXT NOT NULL,                 -- JSON list of human-readable reasons
        consistency TEXT CHECK (consistency IN ('consistent', 'conflict')),
        UNIQUE (claim_a, claim_b),
        CHECK (claim_a < claim_b)
    );
    CREATE INDEX matches_b ON matches(claim_b);

    -- Full-text search over claim text (external content: the text lives in claims).
    CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id');
    CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
        INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
        INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TRIGGER claims_fts_update AFTER UPDATE ON claims BEGIN
        INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
    END;
    """,
    # 2: disputes. After `factcheck merge`, a claim two reviewers judged differently is disputed until
    # someone settles it; settled rows stay as a record. Both verdicts are in verdict_history.
    """
    CREATE TABLE disputes (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        article_hash TEXT NOT NULL,             -- anchors, as in verdict_history
        claim_text TEXT NOT NULL,
        verdicts TEXT NOT NULL,                 -- JSON object: reviewer -> verdict key (or null)
        opened_at TEXT NOT NULL,
        settled_at TEXT,                        -- NULL while open
        settled_by TEXT,
        settled_verdict TEXT
    );
    CREATE UNIQUE INDEX disputes_open ON disputes(claim_id) WHERE settled_at IS NULL;
    """,
    # 3: the matcher's inverted index (core/matching.py, store/matches.py): the index keys of each
    # check-worthy claim ("e:tiktok", "e:tiktok|p:monthly"), so adding an article looks up its
    # candidate pairs here instead of recomputing every stored claim's signature.
    """
    CREATE TABLE match_keys (
        key TEXT NOT NULL,
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE
    );
    CREATE INDEX match_keys_key ON match_keys(key);
    CREATE INDEX match_keys_claim ON match_keys(claim_id);
    """,
    # 4: faster adding. The per-row FTS insert trigger cost ~2 s of a 1,000-article import (4 MB):
    # whoever inserts claims now also fills claims_fts, in bulk (store/articles.py save: one
    # INSERT ... SELECT per article; store/merge.py). Deleting and updating claims still keep
    # claims_fts in step through their triggers (a deleted article's claims go by cascade).
    # Re-adding a file looks up its earlier version by file name: indexed, not a scan of every
    # article's text.
    """
    DROP TRIGGER claims_fts_insert;
    CREATE INDEX articles_file_name ON articles(file_name);
    """,
    # 5: the matcher's signature of each check-worthy claim (core/signature.py to_data, JSON), so
    # adding an article scores its candidates without parsing their claims again. ``version`` is
    # core.signature.SIGNATURE_VERSION when written; a row of another version is rebuilt on use.
    """
    CREATE TABLE match_signatures (
        claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    """,
    # 6: orphaned verdicts. Re-adding an edited article keeps each claim's id and verdict when its
    # text is found again (store/reanchor.py); a reviewed claim that is gone leaves its verdict and
    # note here, listed by `factcheck orphans` until someone restores them onto a claim. claim_id
    # is the vanished claim's id (its verdict_history rows carry it; ids are never reused);
    # article_id follows the article's newest version.
    """
    CREATE TABLE orphans (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        article_hash TEXT NOT NULL,             -- the version the claim was in
        claim_text TEXT NOT NULL,
        verdict TEXT,
        note TEXT,
        reviewer TEXT NOT NULL,                 -- who gave the verdict (kept when restored)
        updated_at TEXT NOT NULL,
        orphaned_at TEXT NOT NULL,
        restored_to INTEGER,                    -- the claim it was restored onto; NULL while orphaned
        restored_at TEXT,
        restored_by TEXT
    );
    CREATE INDEX orphans_claim ON orphans(claim_id);
    CREATE INDEX orphans_article ON orphans(article_id);
    """,
    # 7: sentence vectors for matching by meaning (core/semantic.py, store/embeddings.py), one per
    # distinct sentence text and model: ``text_key`` is core.semantic.text_key(text), ``model`` its
    # MODEL_VERSION (another model's vectors are never compared, and are recomputed), ``vector`` the
    # unit-length vector as little-endian float16 (768 bytes for 384 dimensions). A match found or
    # scored with the model keeps the cosine it showed the reviewer in ``matches.semantic``.
    """
    ALTER TABLE matches ADD COLUMN semantic REAL;
    CREATE TABLE embeddings (
        model TEXT NOT NULL,
        text_key TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (model, text_key)
    );
    """,
    # 8: where each reviewer left the workbench (store/ui_state.py), so reopening it returns to the
    # same articles and claims. One JSON value per name ("workbench:ana"); not part of any export.
    """
    CREATE TABLE ui_state (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL,                    -- JSON
        updated_at TEXT NOT NULL
    );
    """,
    # 9: graded consistency of a pair's figures (core/consistency.py): 'differs-slightly' (rounding,
    # two agencies' readings, a currency conversion) and 'not-compared' (the figures measure
    # different things, or counts of different dates) beside 'consistent' and 'conflict'. SQLite
    # cannot change a CHECK, so the table is copied (same ids, same rows); a PostgreSQL server
    # replaces the constraint instead (store/postgres.py PG_EXTRA).
    """
    CREATE TABLE matches_graded (
        id INTEGER PRIMARY KEY,
        claim_a INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        claim_b INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        evidence TEXT NOT NULL,                 -- JSON list of human-readable reasons
        consistency TEXT CHECK (consistency IN ('consistent', 'differs-slightly', 'conflict', 'not-compared')),
        semantic REAL,
        UNIQUE (claim_a, claim_b),
        CHECK (claim_a < claim_b)
    );
    INSERT INTO matches_graded (id, claim_a, claim_b, score, evidence, consistency, semantic)
        SELECT id, claim_a, claim_b, score, evidence, consistency, semantic FROM matches;
    DROP TABLE matches;
    ALTER TABLE matches_graded RENAME TO matches;
    CREATE INDEX matches_b ON matches(claim_b);
    """,
    # 10: which reader read an article's figures (core.pipeline.READING_VERSION): those read by an
    # older one are read again from the stored text before matches are rebuilt (store.reread)
    """
    ALTER TABLE articles ADD COLUMN reading_version INTEGER NOT NULL DEFAULT 0;
    """,
    # 11: which rules scored and judged a related pair (core.matching.JUDGING_VERSION): pairs judged
    # by older rules are judged again (store.matches.refresh_matches), so a stored 'consistent'
    # never outlives the rules that found it. Pairs stored before this are 0: judged again.
    """
    ALTER TABLE matches ADD COLUMN judged_with INTEGER NOT NULL DEFAULT 0;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
