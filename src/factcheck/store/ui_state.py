"""Small pieces of screen state kept across runs (where the workbench was left), one JSON value
per name. Losing one costs a reviewer a few key presses, never work: readers get None for anything
missing or unreadable."""

from __future__ import annotations

import json

from factcheck.errors import FactcheckError
from factcheck.store import Store
from factcheck.store.articles import now


def load_ui_state(store: Store, name: str) -> dict | None:
    try:  # an older file opened read-only has no ui_state table until it is upgraded
        row = store.conn.execute("SELECT value FROM ui_state WHERE name = ?", (name,)).fetchone()
    except store.database_error:
        return None
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def save_ui_state(store: Store, name: str, value: dict) -> None:
    """One small transaction (the caller decides how often); FactcheckError if it fails."""
    try:
        store.write(lambda: store.conn.execute(
            "INSERT INTO ui_state (name, value, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (name, json.dumps(value), now()),
        ))
    except store.database_error as exc:
        raise FactcheckError(f"the workbench's place was not kept: {exc}") from None
