"""`e` asks where to write the export; the add toast says when adding failed, and why."""

from __future__ import annotations

from pathlib import Path

from factcheck.tui.screens.export import ExportScreen
from tests.tui.conftest import make_app, settle, until
from tests.tui.helpers import main

SIZE = (120, 36)


def toasts(app) -> list[tuple[str, str, str]]:
    """Record (title, severity, message) of every toast from now on (App.notify is public API)."""
    seen: list[tuple[str, str, str]] = []
    notify = app.notify

    def recording(message, *, title="", severity="information", **kwargs):
        seen.append((title, severity, str(message)))
        return notify(message, title=title, severity=severity, **kwargs)

    app.notify = recording
    return seen


async def test_export_asks_where_and_writes_there(db, tmp_path):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seen = toasts(app)
        await pilot.press("1", "e")
        assert isinstance(app.screen, ExportScreen)
        field = app.screen.query_one("#export-path")
        assert field.value.startswith(str(tmp_path / "factcheck-export-")) and field.value.endswith(".md")
        out = tmp_path / "desk"
        out.mkdir()
        field.value = str(out / "review.md")  # edited
        await pilot.press("enter")
        await until(pilot, lambda: (out / "review.md").exists())
        assert "True" in (out / "review.md").read_text(encoding="utf-8")
        assert not isinstance(app.screen, ExportScreen)
        assert ("Exported Markdown", "information", f"Wrote review.md in {out}") in seen
        assert not list(tmp_path.glob("factcheck-export-*.md"))  # only where asked


async def test_export_to_a_folder_a_missing_folder_and_an_existing_file(db, tmp_path):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seen = toasts(app)
        await pilot.press("e")
        field = app.screen.query_one("#export-path")
        default_name = Path(field.value).name
        field.value = str(tmp_path / "nowhere" / "x.md")
        await pilot.press("enter")  # refused, the dialog stays with the path to correct
        assert isinstance(app.screen, ExportScreen) and not (tmp_path / "nowhere").exists()
        assert any("no such folder" in message for _, _, message in seen)
        (tmp_path / "out").mkdir()
        field.value = str(tmp_path / "out")  # a folder: the default file name in it
        await pilot.press("enter")
        await until(pilot, lambda: (tmp_path / "out" / default_name).exists())
        (tmp_path / "old.md").write_text("keep me", encoding="utf-8")
        await pilot.press("e")
        app.screen.query_one("#export-path").value = str(tmp_path / "old.md")
        await pilot.press("enter")  # exists: warned, not replaced
        assert (tmp_path / "old.md").read_text(encoding="utf-8") == "keep me"
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")  # asked again: replaced
        await until(pilot, lambda: (tmp_path / "old.md").read_text(encoding="utf-8") != "keep me")
        await pilot.press("e", "escape")  # cancelled: nothing more written
        assert not isinstance(app.screen, ExportScreen)
        assert sorted(p.name for p in tmp_path.rglob("*.md")) == sorted([default_name, "old.md"])


async def test_add_toast_says_failed_with_the_reason(db, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seen = toasts(app)
        await pilot.press("plus", *str(tmp_path / "empty.txt"), "enter")
        await until(pilot, lambda: any(t == "Add failed" for t, _, _ in seen))
        title, severity, message = next(s for s in seen if s[0] == "Add failed")
        assert severity == "error" and "empty.txt: empty file" in message and "Nothing added" in message
        assert not any(t == "Added" for t, _, _ in seen)
        assert len(main(app).session.articles) == 2


async def test_add_toast_says_some_failed(db, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "good.txt").write_text("TikTok paid Microsoft $20 million in July 2024, the report says.\n",
                                     encoding="utf-8")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seen = toasts(app)
        await pilot.press("plus", *str(folder), "enter")
        await until(pilot, lambda: any(t.startswith("Added") for t, _, _ in seen))
        title, severity, message = next(s for s in seen if s[0].startswith("Added"))
        assert (title, severity) == ("Added, some failed", "warning")
        assert "added 1 article" in message and "empty.txt: empty file" in message
        await until(pilot, lambda: len(main(app).session.articles) == 3)
