"""User settings from a TOML file: reviewer name, organisation, verdict scale, key bindings.

Looked up at $FACTCHECK_CONFIG, else $XDG_CONFIG_HOME/factcheck/config.toml (~/.config/...).
Every setting is optional::

    reviewer = "ana"
    organisation = "Example Fact Check"        # ClaimReview author
    organisation_url = "https://factcheck.example"
    semantic = false                           # match without the sentence model (like --no-semantic)

    [[verdicts]]                               # replaces the default scale, in key order 1, 2, ...
    key = "true"
    label = "True"
    color = "green"
    rating = 5

    [keys]                                     # TUI binding id = key(s)
    "claim.next" = "j,down"
"""

from __future__ import annotations

import getpass
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.core.scale import DEFAULT_SCALE, Scale, Verdict
from factcheck.errors import FactcheckError


@dataclass(frozen=True)
class Config:
    reviewer: str | None = None
    organisation: str = "factcheck"
    organisation_url: str | None = None
    scale: Scale = DEFAULT_SCALE
    keys: dict[str, str] = field(default_factory=dict)
    semantic: bool = True  # matching by meaning with the sentence model, where the machine can run it

    def reviewer_name(self, given: str | None = None) -> str:
        """--reviewer, else $FACTCHECK_REVIEWER, else the config, else the login name."""
        return given or os.environ.get("FACTCHECK_REVIEWER") or self.reviewer or _login_name()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry, no env: still a name
        return "reviewer"


def config_path() -> Path:
    if explicit := os.environ.get("FACTCHECK_CONFIG"):
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "factcheck" / "config.toml"


def load_config(path: Path | None = None) -> Config:
    path = path or config_path()
    if not path.is_file():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FactcheckError(f"cannot read config {path}: {exc}") from None
    scale = DEFAULT_SCALE
    if "verdicts" in data:
        try:
            scale = Scale(tuple(Verdict(**entry) for entry in data["verdicts"]))
        except TypeError as exc:
            raise FactcheckError(f"config {path}: bad [[verdicts]] entry: {exc}") from None
    semantic = data.get("semantic", True)
    if not isinstance(semantic, bool):
        raise FactcheckError(f"config {path}: semantic must be true or false, not {semantic!r}")
    return Config(
        semantic=semantic,
        reviewer=data.get("reviewer"),
        organisation=data.get("organisation", "factcheck"),
        organisation_url=data.get("organisation_url"),
        scale=scale,
        keys={str(k): str(v) for k, v in data.get("keys", {}).items()},
    )
