"""Figures read again: a store's articles whose figures an older reader read (``articles.reading_version``
below ``READING_VERSION``) are read again from their stored text, so an upgrade's better reading
(a unit, a currency, a fraction it did not know) reaches the articles added before it.

Only the figures change: each claim found at the same place in the text keeps its row, id, score,
verdict and history, and takes the quantities and highlights the reader gives it today; a claim
whose figures changed loses its stored signature, which the next rebuild of the matches builds
anew. Claims the reader would now find or drop are left as they are (re-adding the article finds
them, with its verdicts kept: ``store.reanchor``). An article at a time, a few articles to a
transaction: an interrupted re-read goes on where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factcheck.core.models import READING_VERSION, Article
from factcheck.store import Store

_BATCH = 20  # articles to a transaction


@dataclass(slots=True)
class Reread:
    articles: int = 0  # read again
    claims: int = 0  # whose figures changed


def stale_articles(store: Store) -> int:
    """How many articles an older reader read."""
    return store.conn.execute("SELECT COUNT(*) FROM articles WHERE reading_version < ?", (READING_VERSION,)).fetchone()[0]


def reread(store: Store, progress: Callable[[int], None] | None = None) -> Reread:
    """Read the figures of every article an older reader read again (see the module); ``progress``
    is told how many articles are done after each transaction."""
    from factcheck.core.pipeline import analyse  # the reader: imported only when there is reading to do

    store.require_writable()
    done = Reread()
    while ids := [row[0] for row in store.conn.execute(
            "SELECT id FROM articles WHERE reading_version < ? ORDER BY id LIMIT ?", (READING_VERSION, _BATCH))]:
        with store.transaction():
            for article_id in ids:
                done.claims += _reread_article(store, article_id, analyse)
                store.conn.execute("UPDATE articles SET reading_version = ? WHERE id = ?", (READING_VERSION, article_id))
        done.articles += len(ids)
        if progress is not None:
            progress(done.articles)
    return done


def _reread_article(store: Store, article_id: int, analyse) -> int:
    """Give the claims of one article the figures and highlights read today; how many changed."""
    conn = store.conn
    text, lang, content_hash, date, title, url, path = conn.execute(
        "SELECT text, lang, content_hash, date, title, url, path FROM articles WHERE id = ?", (article_id,)).fetchone()
    found = {(c.start, c.end): c for c in analyse(Article(text, lang, content_hash, title, date, url, path)).claims}
    stored = conn.execute("SELECT id, char_start, char_end FROM claims WHERE article_id = ?", (article_id,)).fetchall()
    stored_quantities = _rows(store, "quantities", _QUANTITY_COLUMNS, article_id)
    stored_spans = _rows(store, "spans", _SPAN_COLUMNS, article_id)
    changed = 0
    for claim_id, start, end in stored:
        claim = found.get((start, end))
        if claim is None:
            continue
        quantities = [(claim_id, q.kind, q.start, q.end, text[q.start:q.end], q.value, q.unit, int(q.approx), q.usd,
                       q.as_of) for q in claim.quantities]
        spans = [(claim_id, s.kind, s.start, s.end, text[s.start:s.end]) for s in claim.spans]
        if quantities == stored_quantities.get(claim_id, []) and spans == stored_spans.get(claim_id, []):
            continue
        for table in ("quantities", "spans", "match_signatures"):
            conn.execute(f"DELETE FROM {table} WHERE claim_id = ?", (claim_id,))
        conn.executemany(f"INSERT INTO quantities ({_QUANTITY_COLUMNS}) VALUES ({','.join('?' * 10)})", quantities)
        conn.executemany(f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?)", spans)
        changed += 1
    return changed


_QUANTITY_COLUMNS = "claim_id, kind, char_start, char_end, text, value, unit, approx, usd, as_of"
_SPAN_COLUMNS = "claim_id, kind, char_start, char_end, text"


def _rows(store: Store, table: str, columns: str, article_id: int) -> dict[int, list[tuple]]:
    """The rows of ``table`` for the claims of one article, by claim, in the order they were written:
    one query an article, not one a claim."""
    out: dict[int, list[tuple]] = {}
    for row in store.conn.execute(
            f"SELECT {columns} FROM {table} WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)"
            " ORDER BY claim_id, id", (article_id,)):
        out.setdefault(row[0], []).append(tuple(row))
    return out
