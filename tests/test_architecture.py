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


def test_sql_connections_only_in_store():
    """Only store/ talks to a database connection (``store.conn``), so every query is written
    where both engines' spellings are handled; no driver is imported elsewhere either."""
    for path in SRC.rglob("*.py"):
        if "store" in path.relative_to(SRC).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        uses = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "conn"]
        assert not uses, f"{path.relative_to(SRC)} uses .conn on lines {uses}"
        # sqlite-utils' file reader (rows_from_file, for collections) is no database access
        drivers = {m for m in imported_modules(path)
                   if m.split(".")[0] in ("psycopg", "psycopg_pool", "sqlite3", "sqlite_utils") and m != "sqlite_utils.utils"}
        assert not drivers, f"{path.relative_to(SRC)} imports {drivers}"


def test_psycopg_is_imported_only_for_a_postgresql_url():
    """SQLite start-up pays nothing for the PostgreSQL engine: opening a file imports no psycopg."""
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        code = (f"import sys; from factcheck.store import Store; Store({str(Path(folder) / 'x.db')!r}).close();"
                " import factcheck.cli; print(sorted(m for m in sys.modules if m.startswith('psycopg')))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
