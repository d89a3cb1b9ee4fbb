"""The workbench application: opens the store, applies the keymap, shows the main screen.

``run_app(db_path, config)`` is what ``factcheck [PATH ...]`` calls once the paths are added.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from textual import work
from textual.app import SystemCommand
from textual.screen import Screen

from factcheck.config import Config
from factcheck.store import Store, is_postgres_url
from factcheck.store.orphans import count_orphans
from factcheck.tui import startup
from factcheck.tui.bindings import MAIN_BINDINGS, keys_for
from factcheck.tui.ingest import MatchesReady, embed, ingest, match
from factcheck.tui.keyorder import OrderedKeys
from factcheck.tui.screens.main import MainScreen
from factcheck.tui.session import Session

WORKERS_AFTER_PAINT = 0.1  # seconds between the first screen and the start of the workers


class FactcheckApp(OrderedKeys):
    CSS_PATH = Path(__file__).with_name("factcheck.tcss")  # absolute: subclasses live elsewhere
    TITLE = "factcheck"
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # screen classes the CSS sizes dialogs by

    def __init__(self, db_path: Path, config: Config | None = None, add: list[Path] | None = None,
                 threshold: float | None = None, match_on_start: bool = True, read_only: bool | None = None) -> None:
        super().__init__()
        self.db_path = db_path if is_postgres_url(db_path) else Path(db_path)
        self.config = config or Config()
        self.pending = list(add or [])
        self.match_on_start = match_on_start  # tests with hand-made matches turn it off
        from factcheck.tui.keymap import checked_keymap

        # the [keys] table checked first: a clash is a one-line error, not a silently lost key
        self.keymap = checked_keymap(self.config.keys)
        self.store = Store(self.db_path, read_only=read_only)  # None: read-only if the file system says so
        self.db_name = self.store.path.name if isinstance(self.store.path, Path) else self.store.path
        self.session = Session(self.store, self.config, threshold)
        self.stop_embedding = threading.Event()  # set on quit: the embedding worker stops after its chunk
        self._embedding_started = False
        self.main: MainScreen  # the first screen (get_default_screen): the workers post to it

    def get_default_screen(self) -> Screen:
        """The main screen is the first one: no empty screen is composed and painted before it."""
        self.main = MainScreen(self.session, self.db_name + (" (read-only)" if self.store.read_only else ""))
        return self.main

    def on_mount(self) -> None:
        if self.keymap:
            self.set_keymap(self.keymap)
        if orphaned := count_orphans(self.store):  # verdicts a re-added article left without a claim
            self.notify(f"{orphaned} verdict{'s' * (orphaned != 1)} lost {'their claims' if orphaned != 1 else 'its claim'}"
                        " when an article was re-added: `factcheck orphans` lists them, `factcheck restore` puts"
                        " one back", severity="warning", timeout=10, markup=False)

    def start_workers(self) -> None:
        """Called once the first screen is painted. The workers start a moment later: Textual writes
        the frame from a thread of its own, and a worker importing the matcher (numpy, the model...)
        would hold it up, so the text would reach the terminal only after those imports."""
        startup.end()
        self.set_timer(WORKERS_AFTER_PAINT, self._start_workers)

    def _start_workers(self) -> None:
        if self.pending:
            self.add_files(self.pending)
        elif self.match_on_start:  # (a no-op on a read-only store: the stored matches are shown)
            self.match_claims()
        else:
            self.main.post_message(MatchesReady(0))

    async def action_quit(self) -> None:
        """Quit (ctrl+q anywhere, q on the main screen), but never throw away a note being edited:
        with unsaved changes, ask whether to save it first."""
        from factcheck.tui.screens.ask import DraftQuestion
        from factcheck.tui.screens.note import NoteEditor

        editor = next((s for s in self.screen_stack if isinstance(s, NoteEditor) and s.changed), None)
        if editor is None:
            self.exit()
            return
        if isinstance(self.screen, DraftQuestion):  # already asking
            return

        def answered(answer: str | None) -> None:
            if answer == "discard" or (answer == "save" and editor.save()):
                self.exit()

        self.push_screen(DraftQuestion(f"Quit? The note on claim #{editor.claim.id} has unsaved changes"),
                         answered)

    def on_unmount(self) -> None:
        self.stop_embedding.set()
        self.store.close()

    # -- ingest in a worker ----------------------------------------------------------------------
    # The workers post their messages to the main screen, which shows them (@on handlers there);
    # they bubble on to the app, which starts the embedding worker and says what was found.
    @work(thread=True, exclusive=True, group="ingest")
    def add_files(self, paths: list[Path]) -> None:
        ingest(self.db_path, paths, self.main.post_message, read_only=self.store.read_only or None)

    @work(thread=True, exclusive=True, group="ingest")
    def match_claims(self) -> None:
        match(self.db_path, self.main.post_message, read_only=self.store.read_only or None)

    @work(thread=True, exclusive=True, group="embed")
    def embed_sentences(self) -> None:
        embed(self.db_path, self.main.post_message, self.stop_embedding,
              self.config.semantic and self.match_on_start)

    def on_matches_ready(self, message: MatchesReady) -> None:
        if not self._embedding_started and not self.store.read_only:
            self._embedding_started = True  # once the matcher is ready; again after each add
            self.embed_sentences()
        if message.rejudged:
            self.notify(f"Related statements judged again: older rules had judged {message.rejudged}"
                        f" pair{'s' * (message.rejudged != 1)}", timeout=5)
        elif message.count:
            plural = "s" if message.count != 1 else ""
            self.notify(f"Found {message.count} related statement{plural}", timeout=3)

    def on_ingest_done(self) -> None:
        if not self.store.read_only:  # the new sentences, while the user works
            self._embedding_started = True
            self.embed_sentences()

    # -- command palette: every key of the main screen by name -----------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        if isinstance(screen, MainScreen):
            for binding in MAIN_BINDINGS:
                if binding.action.startswith("verdict(") and binding.action != "verdict(0)":
                    number = int(binding.action[8:-1])
                    if number > len(self.session.scale):
                        continue
                    title = f"Verdict: {self.session.scale.verdicts[number - 1].label}"
                else:
                    title = binding.description
                action = binding.action
                keys = ", ".join(keys_for(binding, self.keymap))
                yield SystemCommand(title, f"key: {keys}", lambda a=action: screen.run_action(a))
        yield from super().get_system_commands(screen)


def run_app(db_path: Path, config: Config, add: list[Path] | None = None) -> None:
    """Open the workbench; ``add`` paths are ingested inside it, in a worker with a progress bar."""
    startup.begin()  # until the first screen is painted (the command line began it already)
    try:
        FactcheckApp(db_path, config, add=add).run()
    finally:
        startup.end(freeze=False)
