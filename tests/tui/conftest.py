from __future__ import annotations

import asyncio
import inspect

import pytest
from textual.app import App

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


@pytest.fixture(autouse=True)
def _record_notifications(monkeypatch):
    """Keep what ``App.notify`` was asked to show (helpers.notifications reads it)."""
    original = App.notify

    def notify(self, message, *args, **kwargs):
        vars(self).setdefault("notified", []).append(str(message))
        return original(self, message, *args, **kwargs)

    monkeypatch.setattr(App, "notify", notify)


def make_app(db, **config) -> FactcheckApp:
    config.setdefault("reviewer", "tester")
    # the fixture's matches are hand-made: keep the matcher from rebuilding them at start-up
    return FactcheckApp(db, Config(**config), threshold=THRESHOLD, match_on_start=False)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """Run ``async def`` tests here with asyncio.run: no async plugin needed."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        names = pyfuncitem._fixtureinfo.argnames
        asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
        return True
    return None


async def settle(pilot) -> None:
    """Wait until the start-up worker has loaded the matcher and the related panel is filled."""
    app = pilot.app
    await app.workers.wait_for_complete()
    for _ in range(200):
        if app.main.matching_ready:
            break
        await pilot.pause(0.02)
    await pilot.pause()
    assert app.main.matching_ready


async def until(pilot, condition, seconds: float = 20.0) -> None:
    """Let the app run until ``condition()`` holds (generous: CI machines can be slow)."""
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await pilot.pause(0.02)
    assert condition()
