"""The dialogs the main screen's keys open, each with what happens once it closes (go to the claim
chosen, show the articles picked, ...).

Each function takes the screen (the actions are these functions: ``MainScreen.action_search =
dialogs.search``). The dialogs' modules are imported when first opened: none is on the first screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.tui.ingest import IngestProgress
from factcheck.tui.screens.edits import writable
from factcheck.tui.session import Filter

if TYPE_CHECKING:
    from factcheck.tui.screens.main import MainScreen


def go_to_chosen(screen: MainScreen):
    def chosen(claim_id: int | None) -> None:
        if claim_id is not None:
            screen.goto(claim_id)

    return chosen


def search(screen: MainScreen) -> None:
    from factcheck.tui.screens.search import SearchScreen

    screen.app.push_screen(SearchScreen(screen.session), go_to_chosen(screen))


def choose_filter(screen: MainScreen) -> None:
    """The filter j/k keep to; the claim under review moves to one that passes, if it does not."""
    from factcheck.tui.screens.filter import FilterScreen

    session = screen.session

    def chosen(new: Filter | None) -> None:
        if new is None:
            return
        session.filter = new
        screen.show_status()  # which filter is on
        claim = screen.current
        if claim is not None and not session.passes(claim):
            nxt = session.step(claim.article_id, claim.id, 1) or session.step(claim.article_id, claim.id, -1)
            if nxt is None:
                screen.notify("No claim in this article passes the filter", timeout=3)
            screen.select(nxt)

    screen.app.push_screen(FilterScreen(session), chosen)


def pick_articles(screen: MainScreen) -> None:
    from factcheck.tui.screens.picker import ArticlePicker

    async def chosen(ids: list[int] | None) -> None:
        if ids:
            claim = screen.current
            keep = claim if claim is not None and claim.article_id in ids else None
            await screen.open_articles(ids, keep)

    shown = [p.article_id for p in screen.panes]
    screen.app.push_screen(ArticlePicker(screen.session.articles, shown), chosen)


def add_files(screen: MainScreen) -> None:
    from factcheck.tui.screens.add import AddFilesScreen

    if not writable(screen):
        return

    def chosen(paths: list | None) -> None:
        if paths:
            screen.post_message(IngestProgress(0, 1, None))  # the bar shows at once
            screen.app.add_files(paths)

    screen.app.push_screen(AddFilesScreen(), chosen)


def history(screen: MainScreen) -> None:
    from factcheck.store.verdicts import claim_history
    from factcheck.tui.screens.history import HistoryScreen

    claim, session = screen.current, screen.session
    if claim is not None:
        screen.app.push_screen(HistoryScreen(claim, claim_history(session.store, claim.id), session.scale))


def disputes(screen: MainScreen) -> None:
    from factcheck.tui.screens.disputes import DisputesScreen

    def settled(claim_id: int) -> None:
        screen.session.reread(claim_id)
        screen.claim_changed(claim_id)

    screen.app.push_screen(DisputesScreen(screen.session, settled), go_to_chosen(screen))


def show_help(screen: MainScreen) -> None:
    from factcheck.tui.screens.help import HelpScreen

    screen.app.push_screen(HelpScreen(screen.session.scale))


def export(screen: MainScreen) -> None:
    from factcheck.tui.screens.export import ExportScreen

    def written(path: Path | None) -> None:
        if path is not None:
            screen.notify(f"Wrote {path.name} in {path.parent}", title="Exported Markdown", markup=False)

    default = screen.session.default_export_path(Path.cwd())
    screen.app.push_screen(ExportScreen(default, screen.session.export_markdown), written)
