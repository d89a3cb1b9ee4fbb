"""Figures an older reader read are read again from the stored text: an upgrade's better reading
reaches the articles added before it, with every claim's id, verdict and history kept."""

from __future__ import annotations

import hashlib

import pytest

from factcheck.cli import main
from factcheck.core.models import READING_VERSION, Article
from factcheck.core.pipeline import analyse
from factcheck.store import Store, articles
from factcheck.store.reread import reread, stale_articles
from factcheck.store.verdicts import set_verdict
from tests.conftest import ENGINES

TEXT = ("A Duna szintje szerdán 34 centiméterre apadt Budapesten, ami minden idők legalacsonyabb értéke.\n\n"
        "A hajózás a szakaszon leállt, naponta mintegy 45 ezer tonna áru rekedt a kikötőkben.")


def _save(store: Store, text: str = TEXT, lang: str = "hu") -> int:
    article = Article(text, lang, hashlib.sha256(text.encode()).hexdigest(), "Duna", "2026-11-18")
    with store.transaction():
        article_id, _ = articles.save(store, analyse(article))
    return article_id


def _as_an_older_reader_left_it(store: Store, article_id: int) -> int:
    """The level read as a bare number (no unit, no highlight), a signature stored from that, the
    article marked as read by an older reader. Returns the claim."""
    q = store.conn.execute
    claim_id = q("SELECT claim_id FROM quantities WHERE unit = 'cm'").fetchone()[0]
    with store.transaction():
        q("UPDATE quantities SET unit = NULL, char_end = char_start + 2, text = '34' WHERE claim_id = ?", (claim_id,))
        q("DELETE FROM spans WHERE claim_id = ?", (claim_id,))
        q("INSERT INTO match_signatures (claim_id, version, data) VALUES (?, 0, '{}')", (claim_id,))
        q("UPDATE articles SET reading_version = 0 WHERE id = ?", (article_id,))
    return claim_id


def _figures(store: Store) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute(
        "SELECT claim_id, kind, char_start, char_end, text, value, unit FROM quantities ORDER BY claim_id, id")]


def test_an_older_readers_figures_are_read_again_and_the_claims_keep_their_verdicts(store):
    article_id = _save(store)
    today = _figures(store)
    claims = store.conn.execute("SELECT id, char_start, char_end, score FROM claims ORDER BY id").fetchall()
    assert stale_articles(store) == 0
    claim_id = _as_an_older_reader_left_it(store, article_id)
    set_verdict(store, claim_id, "false", "the gauge read 43 cm")
    assert stale_articles(store) == 1 and _figures(store) != today

    done = reread(store)
    assert (done.articles, done.claims) == (1, 1)  # the other claim's figures were right already
    assert _figures(store) == today
    assert store.conn.execute("SELECT id, char_start, char_end, score FROM claims ORDER BY id").fetchall() == claims
    assert store.conn.execute("SELECT verdict, note FROM verdicts WHERE claim_id = ?", (claim_id,)).fetchone() == (
        "false", "the gauge read 43 cm")
    assert store.conn.execute("SELECT kind FROM spans WHERE claim_id = ?", (claim_id,)).fetchall()  # highlighted again
    # the signature built from the old figures is gone: the next rebuild builds it from the new ones
    assert store.conn.execute("SELECT COUNT(*) FROM match_signatures WHERE claim_id = ?", (claim_id,)).fetchone()[0] == 0
    assert store.conn.execute("SELECT reading_version FROM articles").fetchone()[0] == READING_VERSION
    assert stale_articles(store) == 0 and reread(store).articles == 0


@pytest.mark.parametrize("db_location", ENGINES, indirect=True)
def test_match_rebuild_reads_the_figures_again_first(db_location, capsys):
    with Store(db_location) as store:
        _as_an_older_reader_left_it(store, _save(store))
        _save(store, "The Danube's level in Budapest fell to 34 cm on Wednesday, the lowest ever measured.", "en")
        today_claims = store.conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    assert main(["--db", str(db_location), "match", "--json"]) == 0
    assert "an older version read the figures of 1 article; --rebuild reads them again" in capsys.readouterr().err
    assert main(["--db", str(db_location), "match", "--rebuild", "--json"]) == 0
    err = capsys.readouterr().err
    assert "read the figures of 1 article again (an older version read them): 1 claim changed" in err
    with Store(db_location) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM quantities WHERE unit = 'cm'").fetchone()[0] == 2
        assert store.conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == today_claims
        assert stale_articles(store) == 0
    assert main(["--db", str(db_location), "match", "--rebuild", "--json"]) == 0
    assert "read the figures" not in capsys.readouterr().err  # once
