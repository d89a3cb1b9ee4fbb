"""Fixtures shared across the suite: a store on each engine, and articles built by hand.

The ``store`` fixture runs its tests twice: on a SQLite file and on a PostgreSQL database of a
server the session starts (tests/pg_server.py). Without PostgreSQL's programs or psycopg those runs
skip, saying why, except under CI=true, where they fail: CI must test both engines.
"""

from __future__ import annotations

import hashlib
import os

import pytest

from factcheck.core.models import Analysis, Article, Claim, Quantity, Sentence, Span
from factcheck.store import Store


ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server for this test process (each xdist worker has its own)."""
    try:
        from tests.pg_server import PgServer

        server = PgServer().start()
    except Exception as exc:  # no server programs, no psycopg, initdb failed
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI: {exc}")
        pytest.skip(f"PostgreSQL tests need a local server (pip install -e '.[pg]'; apt-get install postgresql): {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, migrated PostgreSQL database for one test, dropped after it."""
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def db_location(request, tmp_path):
    """Where a test's store lives: a SQLite file, or a PostgreSQL URL (parametrised by ``engine``)."""
    engine = getattr(request, "param", "sqlite")
    return request.getfixturevalue("pg_url") if engine == "postgresql" else tmp_path / "test.db"


@pytest.fixture(params=ENGINES)
def store(request, tmp_path):
    location = request.getfixturevalue("pg_url") if request.param == "postgresql" else tmp_path / "test.db"
    with Store(location) as s:
        yield s


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test reads the developer's config, reviewer name or database."""
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.delenv("FACTCHECK_REVIEWER", raising=False)
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.delenv("FACTCHECK_MAX_MB", raising=False)
    # The sentence model is off unless a test turns it on (tests/semantic/): embedding every article
    # the suite adds would cost minutes, and those tests are about something else.
    monkeypatch.setenv("FACTCHECK_NO_SEMANTIC", "1")


def make_analysis(sentences: list[str], lang: str = "en", title: str = "T", date: str | None = "2024-08") -> Analysis:
    """An Analysis of a text made of the given sentences, each scored 0.9 with a number span on
    its first digit, if any. For store tests that must not depend on the claim heuristics."""
    text = "\n\n".join(sentences)
    claims, offset = [], 0
    for s in sentences:
        spans, quantities = [], []
        digit = next((i for i, ch in enumerate(s) if ch.isdigit()), None)
        if digit is not None:
            spans.append(Span("number", offset + digit, offset + digit + 1))
            quantities.append(Quantity("number", offset + digit, offset + digit + 1, float(s[digit])))
        claims.append(Claim(Sentence(offset, offset + len(s)), 0.9, spans, quantities, ["test"]))
        offset += len(s) + 2
    article = Article(
        text=text, lang=lang, content_hash=hashlib.sha256(text.encode()).hexdigest(), title=title, date=date,
        path=f"/tmp/{title}.txt",
    )
    return Analysis(article, claims)
