"""Every third-party module the package imports is declared in pyproject.toml's dependencies, so a
fresh ``pip install factcheck`` cannot miss one that today only arrives through another package."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from tests.reliability.conftest import ROOT

SRC = ROOT / "src" / "factcheck"


def imported_top_level_modules() -> set[str]:
    names = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"factcheck", "__future__"}


def declared() -> set[str]:
    """The dependencies, and the ``pg`` extra's (psycopg is imported only for a PostgreSQL URL:
    tests/test_architecture.py checks that)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = project["dependencies"] + project["optional-dependencies"]["pg"]
    return {re.split(r"[<>=!~\[; ]", dep, maxsplit=1)[0].lower().replace("_", "-") for dep in deps}


def test_every_imported_distribution_is_declared():
    dists = packages_distributions()
    needed = {}
    for module in imported_top_level_modules():
        for dist in dists.get(module, [module]):
            needed[dist.lower().replace("_", "-")] = module
    # rich is Textual's own (its console and text are Textual's API); not every module a dependency
    # brings need be declared again
    missing = {d: m for d, m in needed.items() if d not in declared() | {"rich"}}
    assert not missing, f"imported but not in pyproject.toml dependencies: {missing}"


def test_numpy_is_declared_with_a_floor_the_venv_meets():
    from importlib.metadata import version

    spec = next(d for d in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
                if d.startswith("numpy"))
    floor = re.search(r">=\s*([\d.]+)", spec)
    assert floor, spec
    installed = tuple(int(x) for x in version("numpy").split(".")[:2])
    assert installed >= tuple(int(x) for x in floor.group(1).split(".")[:2])
