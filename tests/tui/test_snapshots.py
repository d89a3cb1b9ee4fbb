"""Pictures of the screens on the fixed database (review with `pytest --snapshot-report`;
regenerate after a deliberate change with `pytest tests/tui --snapshot-update`)."""

from __future__ import annotations

import pytest

from tests.tui.conftest import make_app, settle

SIZES = [(120, 36), (80, 24)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen(snap_compare, db, size):
    assert snap_compare(make_app(db), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen_with_verdicts_and_a_conflict(snap_compare, db, size):
    # false on claim 1, mostly-true on 4, then on claim 6 whose related statement conflicts
    assert snap_compare(make_app(db), terminal_size=size, run_before=settle,
                        press=["5", "j", "j", "2", "j"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, db, size):
    assert snap_compare(make_app(db), terminal_size=size, run_before=settle, press=["question_mark"])
