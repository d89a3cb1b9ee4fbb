"""Every third-party module the package imports is declared in pyproject.toml's dependencies, so a
fresh ``pip install factcheck`` cannot miss one that today only arrives through another package."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from tests.reliability.conftest import ROOT

SRC = ROOT / "src" / "factcheck"


def imported_top_level_modules(folder: Path = SRC) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"factcheck", "__future__"}


def declared(extra: str | None = None) -> set[str]:
    """The dependencies, and the ``pg`` extra's (psycopg is imported only for a PostgreSQL URL:
    tests/test_architecture.py checks that); or only the given extra's."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    deps = extras[extra] if extra else project["dependencies"] + extras["pg"]
    return {re.split(r"[<>=!~\[; ]", dep, maxsplit=1)[0].lower().replace("_", "-") for dep in deps}


def test_every_imported_distribution_is_declared():
    dists = packages_distributions()
    needed = {}
    # the Dask job (batch/) is the one room whose libraries come with an extra, "scale"
    only_batch = imported_top_level_modules(SRC / "batch") - imported_top_level_modules(SRC / "core") - (
        imported_top_level_modules() - imported_top_level_modules(SRC / "batch"))
    for module in only_batch:
        for dist in dists.get(module, [module]):
            assert dist.lower().replace("_", "-") in declared("scale"), f"{dist} ({module}) not in the scale extra"
    for module in imported_top_level_modules() - only_batch:
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
