"""Each graded consistency of a related statement has its own badge in the related panel."""

from __future__ import annotations

import pytest

from tests.tui.conftest import make_app, settle
from tests.tui.fixture_db import ENGLISH, build_db
from tests.tui.helpers import main

# claim 1 (Danish, the first shown) gets two more related statements: one that differs slightly, one whose
# figures were not compared
GRADED = [
    (1, 9, 0.70, ["money differs slightly: Rp322 miliar vs Rp324 miliar (differs by 0.6%)"], "differs-slightly"),
    (1, 11, 0.65, ["money not compared: $20 million / 25 %: figures measure different things"], "not-compared"),
]


@pytest.fixture
def graded(tmp_path):
    return build_db(tmp_path / "graded.db", extra=[ENGLISH], matches=GRADED)


async def test_badges_tell_the_four_outcomes_apart(graded):
    app = make_app(graded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        related = main(app).query_one("#related").plain
        assert "CONSISTENT" in related and "DIFFERS" in related and "not compared" in related
        assert "CONFLICT" not in related
        assert related.index("0.91") < related.index("0.70") < related.index("0.65")  # best first
