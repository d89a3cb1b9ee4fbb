"""The core stays free of UI and SQL, so the CLI, the TUI and the tests share the same functions."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "factcheck"
FORBIDDEN_IN_CORE = {"textual", "rich", "sqlite3", "sqlite_utils", "factcheck.store", "factcheck.tui", "factcheck.cli"}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_no_ui_and_no_sql():
    files = sorted((SRC / "core").glob("*.py"))
    assert files
    for path in files:
        bad = {m for m in imported_modules(path) for f in FORBIDDEN_IN_CORE if m == f or m.startswith(f + ".")}
        assert not bad, f"{path.name} imports {bad}"


def test_textual_only_in_tui():
    for path in SRC.rglob("*.py"):
        if "tui" in path.relative_to(SRC).parts:
            continue
        assert not any(m.split(".")[0] == "textual" for m in imported_modules(path)), path
