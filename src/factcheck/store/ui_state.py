"""Small pieces of screen state kept across runs (where the workbench was left), one JSON value
per name. Losing one costs a reviewer a few key presses, never work: readers get None for anything
missing or unreadable."""

from __future__ import annotations

import json

from factcheck.store import Store
from factcheck.store.articles import now


def load_ui_state(store: Store, name: str) -> dict | None:
    row = store.conn.execute("SELECT value FROM ui_state WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def save_ui_state(store: Store, name: str, value: dict) -> None:
    """One small transaction (the caller decides how often)."""
    store.write(lambda: store.conn.execute(
        "INSERT INTO ui_state (name, value, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        (name, json.dumps(value), now()),
    ))
