import pytest

from factcheck.config import load_config
from factcheck.core.scale import DEFAULT_SCALE
from factcheck.errors import FactcheckError


def test_default_scale_order_matches_number_keys():
    assert [v.key for v in DEFAULT_SCALE] == [
        "true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "unproven", "not-a-claim",
    ]
    assert DEFAULT_SCALE.parse("5").key == "false"
    assert DEFAULT_SCALE.parse("Mostly False").key == "mostly-false"


def test_ratings_run_from_worst_to_best():
    rated = [v.rating for v in DEFAULT_SCALE if v.rating is not None]
    assert min(rated) == 1 and max(rated) == 5
    assert DEFAULT_SCALE.get("true").rating > DEFAULT_SCALE.get("false").rating


def test_unknown_verdict_lists_the_choices():
    with pytest.raises(FactcheckError, match="unknown verdict 'wrong'.*mostly-true"):
        DEFAULT_SCALE.parse("wrong")


def test_config_replaces_scale_and_names_reviewer(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    path.write_text(
        'reviewer = "ana"\norganisation = "Desk"\n'
        '[[verdicts]]\nkey = "correct"\nlabel = "Correct"\ncolor = "green"\nrating = 5\n'
        '[[verdicts]]\nkey = "incorrect"\nlabel = "Incorrect"\ncolor = "red"\nrating = 1\n'
    )
    config = load_config(path)
    assert [v.key for v in config.scale] == ["correct", "incorrect"]
    assert config.reviewer_name() == "ana"
    monkeypatch.setenv("FACTCHECK_REVIEWER", "ben")
    assert config.reviewer_name() == "ben"
    assert config.reviewer_name("cy") == "cy"


def test_broken_config_is_a_clear_error(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("reviewer = \n")
    with pytest.raises(FactcheckError, match="cannot read config"):
        load_config(path)
