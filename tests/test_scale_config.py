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


def write(tmp_path, text: str):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_misspelt_verdict_field_is_named_with_a_suggestion(tmp_path):
    path = write(tmp_path, '[[verdicts]]\nkey = "x"\nlabel = "X"\ncolour = "red"\n')
    with pytest.raises(FactcheckError) as caught:
        load_config(path)
    assert str(caught.value) == f"config {path}: verdict 'x': unknown field 'colour' (did you mean 'color'?)"


def test_misspelt_setting_is_named_with_a_suggestion(tmp_path):
    with pytest.raises(FactcheckError, match=r"unknown setting 'reviwer' \(did you mean 'reviewer'\?\)"):
        load_config(write(tmp_path, 'reviwer = "ana"\n'))


def test_color_and_label_are_optional(tmp_path):
    config = load_config(write(tmp_path, '[[verdicts]]\nkey = "false"\n[[verdicts]]\nkey = "needs-context"\n'))
    false, context = config.scale.verdicts
    assert false.color == DEFAULT_SCALE.get("false").color  # a key of the default scale keeps its colour
    assert context.label == "Needs context" and context.color  # otherwise one of the default colours
    assert context.color in {v.color for v in DEFAULT_SCALE}


@pytest.mark.parametrize("text, message", [
    ('[[verdicts]]\nlabel = "True"\n', "verdict 1: needs a key"),
    ('[[verdicts]]\nkey = "ok"\nrating = 9\n', "verdict 'ok': rating must be a whole number from 1"),
    ('[[verdicts]]\nkey = "ok"\ncolor = 3\n', "verdict 'ok': color must be a string"),
    ('verdicts = "true,false"\n', "verdicts must be [[verdicts]] tables"),
    ('keys = "j"\n', "keys must be a [keys] table"),
    ('[keys]\n"claim.next" = 1\n', "[keys] claim.next: give the key(s) as a string"),
    ('reviewer = 7\n', "reviewer must be a string"),
])
def test_config_mistakes_read_as_the_users_error(tmp_path, text, message):
    with pytest.raises(FactcheckError) as caught:
        load_config(write(tmp_path, text))
    assert message in str(caught.value) and "\n" not in str(caught.value)
