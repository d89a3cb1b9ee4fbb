"""Small pieces of screen state kept across runs (where the workbench was left), one JSON value
per name. Losing one costs a reviewer a few key presses, never work: readers get None for anything
missing or unreadable."""

from __future__ import annotations

import json

from factcheck.errors import FactcheckError
from factcheck.store import Store
from factcheck.store.articles import now


def load_ui_state(store: Store, name: str) -> dict | None:
    try:
        row = store.conn.execute("SELECT value FROM ui_state WHERE name = ?", (name,)).fetchone()
    except store.database_error:  # an older file opened read-only has no table yet: nothing saved
        return None
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def save_ui_state(store: Store, name: str, value: dict) -> bool:
    """One small transaction (the caller decides how often); False if it could not be written
    (read-only, locked too long): a lost place is not worth an error."""
    try:
        store.write(lambda: store.conn.execute(
            "INSERT INTO ui_state (name, value, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (name, json.dumps(value), now()),
        ))
    except (store.database_error, FactcheckError):  # locked too long, or a read-only file
        return False
    return True
