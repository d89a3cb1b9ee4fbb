"""Crash-test driver for the TUI: the real app under Textual's Pilot, pressing verdict keys.

    python tui_verdict_loop.py DB SEED LABEL [COUNT]

Moves between claims (j/k) and presses verdict keys 1-8 (and sometimes 0, clear). After each verdict
key press has been handled -- the moment the app says the verdict is on disk ("committed to SQLite
when this returns") -- prints ``saved CLAIM_ID KEY`` (KEY "-" for cleared) and flushes. Prints
``ready N`` (N claims on screen) once the app is up. With COUNT 0 it only opens the app and quits:
the check that the database opens normally in the workbench.
"""

from __future__ import annotations

import asyncio
import random
import sys
from pathlib import Path


async def drive(db: Path, seed: int, label: str, count: int | None) -> int:
    from factcheck.config import Config
    from factcheck.tui.app import FactcheckApp

    app = FactcheckApp(db, Config(reviewer=label), threshold=0.0)
    rng = random.Random(seed)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        print(f"ready {len(app.session.by_id)}", flush=True)
        n = 0
        while count is None or n < count:
            if rng.random() < 0.4:
                await pilot.press(rng.choice("jjk"))
            await pilot.press(str(rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8])))
            claim_id = app.main.pane.claim_id
            verdict = app.session.by_id[claim_id].verdict
            print(f"saved {claim_id} {verdict or '-'}", flush=True)
            n += 1
        await pilot.press("q")
    return 0


def main() -> int:
    db, seed, label = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    count = int(sys.argv[4]) if len(sys.argv) > 4 else None
    return asyncio.run(drive(db, seed, label, count))


if __name__ == "__main__":
    sys.exit(main())
