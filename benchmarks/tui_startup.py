"""Workbench speed: time to the first screen, and keypress to committed verdict.

    python benchmarks/tui_startup.py [--runs 7] [--keys 300]

1. Start-up. A fresh Python process is started for each run, headless, 120x36; the time is from
   launching the process to the first screen painted. The workbench opens a database holding the
   seeds; the baseline is a bare Textual app (a Static and a Footer) started the same way.
   Target: the workbench's median within 1.5x the bare app's.
2. Keypress to committed verdict, on a database with the seeds plus a generated article of 2,000
   sentences shown in the focused pane (200x60): for each claim, press a verdict key, taking the time
   from posting the key to ``set_verdict`` returning (the row is committed then; another connection
   checks it), and to the first frame painted after it. Target: p99 < 50 ms to the commit.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


# -- child processes: start an app headless, report when the first screen is painted --------------
def child(kind: str, db: str) -> None:
    launched = float(sys.argv[-1])
    from textual.app import App
    from textual.widgets import Footer, Static

    def painted(app: App, ready) -> None:
        def check() -> None:
            if ready():
                timer.stop()
                app.call_after_refresh(lambda: (print(json.dumps({"ready": time.time() - launched})), app.exit()))

        timer = app.set_interval(0.002, check)

    if kind == "bare":

        class Bare(App):
            def compose(self):
                yield Static("hello")
                yield Footer()

            def on_mount(self) -> None:
                painted(self, lambda: bool(self.screen.query(Static)))

        app = Bare()
    else:
        from factcheck.config import Config
        from factcheck.tui.app import FactcheckApp

        class Workbench(FactcheckApp):
            def on_mount(self) -> None:  # Textual runs FactcheckApp.on_mount too (handlers follow the MRO)
                painted(self, lambda: any(p.view._lines for p in self.main.panes))

        app = Workbench(Path(db), Config(reviewer="bench"))
    app.run(headless=True, size=(120, 36))


def startup(kind: str, db: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        launched = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(db), repr(launched)],
            capture_output=True, text=True, check=True, cwd=db.parent,
        ).stdout
        times.append(json.loads(out.strip().splitlines()[-1])["ready"])
    return times


# -- keypress to committed verdict ---------------------------------------------------------------
def long_article(path: Path, sentences: int = 2000) -> Path:
    lines = ["A long quarterly report", ""]
    for i in range(sentences // 2):
        lines.append(f"In quarter {i} the company paid ${i + 1} million to Microsoft, according to filings. "
                     f"Revenue grew {i % 90} % in {2000 + i % 24}.")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


async def keypresses(db: Path, keys: int) -> tuple[list[float], list[float]]:
    from textual.screen import Screen

    from factcheck.config import Config
    from factcheck.tui.app import FactcheckApp

    painted_at: list[float] = []
    paint = Screen._compositor_refresh

    def timed_paint(screen) -> None:
        paint(screen)
        painted_at.append(time.perf_counter())

    Screen._compositor_refresh = timed_paint  # when each frame has been composed and written

    app = FactcheckApp(db, Config(reviewer="bench"))
    committed_at: list[float] = []
    session = app.session
    original = session.set_verdict

    def timed(claim_id, key):
        change = original(claim_id, key)
        committed_at.append(time.perf_counter())
        return change

    session.set_verdict = timed
    to_commit, to_paint = [], []
    check = sqlite3.connect(db)
    async with app.run_test(size=(200, 60)) as pilot:
        long_id = max(session.articles, key=lambda a: len(session.claims[a]))
        await app.main.open_articles([long_id, *[a for a in session.articles if a != long_id][:1]])
        await pilot.pause()
        for i in range(keys):
            key = "12345678"[i % 8]
            start = time.perf_counter()
            await pilot.press(key)
            to_commit.append(committed_at[-1] - start)
            to_paint.append(next(t for t in painted_at if t > committed_at[-1]) - start)
            claim_id = app.main.pane.claim_id
            expected = session.scale.verdicts[int(key) - 1].key
            got = check.execute("SELECT verdict FROM verdicts WHERE claim_id = ?", (claim_id,)).fetchone()
            assert got == (expected,), (claim_id, got, expected)
            await pilot.press("j")
    check.close()
    Screen._compositor_refresh = paint
    return to_commit, to_paint


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    if "--child" in sys.argv:
        child(sys.argv[sys.argv.index("--child") + 1], sys.argv[sys.argv.index("--child") + 2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()

    from factcheck.importer import add_paths
    from factcheck.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seeds_db = tmp / "seeds.db"
        with Store(seeds_db) as store:
            add_paths(store, [SEEDS])
        bare = startup("bare", seeds_db, args.runs)
        workbench = startup("factcheck", seeds_db, args.runs)
        ratio = statistics.median(workbench) / statistics.median(bare)
        print(f"first screen, median of {args.runs} runs: bare Textual {statistics.median(bare) * 1000:.0f} ms,"
              f" workbench with seeds {statistics.median(workbench) * 1000:.0f} ms"
              f" -> {ratio:.2f}x (target <= 1.5x) {'OK' if ratio <= 1.5 else 'OVER'}")

        long_db = tmp / "long.db"
        with Store(long_db) as store:
            add_paths(store, [SEEDS, long_article(tmp / "long-report.txt")])
        to_commit, to_paint = asyncio.run(keypresses(long_db, args.keys))
        p99 = pct(to_commit, 0.99)
        print(f"keypress -> committed verdict over {len(to_commit)} keys (2,000-sentence article):"
              f" p50 {pct(to_commit, 0.5) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms,"
              f" max {max(to_commit) * 1000:.1f} ms (target p99 < 50 ms) {'OK' if p99 < 0.05 else 'OVER'}")
        print(f"keypress -> next frame painted after the commit: p50 {pct(to_paint, 0.5) * 1000:.1f} ms,"
              f" p99 {pct(to_paint, 0.99) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
