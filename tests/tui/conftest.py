from __future__ import annotations

import asyncio
import inspect

import pytest

from factcheck.config import Config
from factcheck.tui.app import FactcheckApp
from tests.tui.fixture_db import THRESHOLD, build_db


@pytest.fixture
def db(tmp_path):
    return build_db(tmp_path / "review.db")


@pytest.fixture(autouse=True)
def _quiet_env(monkeypatch, tmp_path):
    monkeypatch.delenv("FACTCHECK_REVIEWER", raising=False)
    monkeypatch.chdir(tmp_path)


def make_app(db, **config) -> FactcheckApp:
    config.setdefault("reviewer", "tester")
    return FactcheckApp(db, Config(**config), threshold=THRESHOLD)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """Run ``async def`` tests here with asyncio.run: no async plugin needed."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        names = pyfuncitem._fixtureinfo.argnames
        asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
        return True
    return None
