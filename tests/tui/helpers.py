from __future__ import annotations

from factcheck.tui.screens.main import MainScreen


def notifications(app) -> list[str]:
    """Every message the app has shown with ``notify`` (recorded by tests/tui/conftest.py through
    the public method, not read from Textual's private list)."""
    return list(vars(app).get("notified", []))


def main(app) -> MainScreen:
    return app.main


def status(app) -> str:
    return str(main(app).query_one("#status-claim").content)


def current(app) -> int | None:
    return main(app).pane.claim_id


def focused_article(app) -> int | None:
    return main(app).pane.article_id


def verdict_row(app, claim_id: int):
    return app.store.conn.execute("SELECT verdict, note, reviewer FROM verdicts WHERE claim_id = ?",
                                  (claim_id,)).fetchone()


def history(app, claim_id: int) -> list[tuple]:
    return app.store.conn.execute(
        "SELECT old_verdict, new_verdict, old_note, new_note FROM verdict_history WHERE claim_id = ? ORDER BY id",
        (claim_id,),
    ).fetchall()


def view_text(app, pane_index: int = 0) -> str:
    """Every line of a pane as drawn, gutter included, scrolled or not."""
    view = main(app).panes[pane_index].view
    return "\n".join(view._render_text_line(i, view.rich_style).text for i in range(len(view._lines)))
