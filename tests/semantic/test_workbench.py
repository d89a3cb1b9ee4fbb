"""The workbench embeds missing sentences in a worker while the user works, says so in the status
line, and fills in related statements by meaning when done."""

from __future__ import annotations

import asyncio
import time

from factcheck.importer import add_paths
from factcheck.store import Store
from factcheck.tui.app import FactcheckApp

from tests.semantic.conftest import DATA


def test_workbench_embeds_in_the_background_and_shows_matches_by_meaning(tmp_path, embedder, monkeypatch):
    from factcheck.tui.screens.main import MainScreen

    monkeypatch.chdir(tmp_path)
    shown = []
    original = MainScreen.watch_activity  # every change of the background work the status line shows
    monkeypatch.setattr(MainScreen, "watch_activity", lambda self, text: shown.append(text) or original(self, text))
    asyncio.run(_embeds_in_the_background(tmp_path, shown))


async def _embeds_in_the_background(tmp_path, shown):
    db = tmp_path / "wb.db"
    with Store(db) as store:
        add_paths(store, [DATA / "tuned" / "en_veltrix.txt", DATA / "tuned" / "id_veltrix.txt"])
        assert store.conn.execute("SELECT count(*) FROM embeddings").fetchone()[0] == 0
    app = FactcheckApp(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j")  # the user works meanwhile: keys are handled
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            await pilot.pause(0.2)
            if app.store.conn.execute("SELECT count(*) FROM matches WHERE semantic IS NOT NULL").fetchone()[0] \
                    and not app.main.activity:
                break
            await asyncio.sleep(0.1)
        assert any(a.startswith("embedding ") and "matching by meaning" in a for a in shown)
        assert app.main.activity == ""
        assert app.store.conn.execute("SELECT count(*) FROM matches WHERE semantic IS NOT NULL").fetchone()[0]
        await pilot.press("q")
