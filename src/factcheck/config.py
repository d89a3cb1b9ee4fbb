"""User settings from a TOML file: reviewer name, organisation, verdict scale, key bindings.

Looked up at $FACTCHECK_CONFIG, else $XDG_CONFIG_HOME/factcheck/config.toml (~/.config/...).
Every setting is optional::

    reviewer = "ana"
    organisation = "Example Fact Check"        # ClaimReview author
    organisation_url = "https://factcheck.example"
    semantic = false                           # match without the sentence model (like --no-semantic)

    [[verdicts]]                               # replaces the default scale, in key order 1, 2, ...
    key = "true"                               # the one field a verdict must have
    label = "True"                             # default: from the key ("mostly-true" -> "Mostly true")
    color = "green"                            # default: the default scale's, or one of its colours
    rating = 5                                 # ClaimReview 1 (worst) .. 5 (best); default none

    [keys]                                     # TUI binding id = key(s)
    "claim.next" = "j,down"
"""

from __future__ import annotations

import difflib
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

    def reviewer_name(self, given: str | None = None, database_user: str | None = None) -> str:
        """--reviewer, else $FACTCHECK_REVIEWER, else the user a database server authenticated
        (``Store.user``), else the config, else the login name."""
        return given or os.environ.get("FACTCHECK_REVIEWER") or database_user or self.reviewer or _login_name()


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
    try:
        return _config(data)
    except FactcheckError as exc:
        raise FactcheckError(f"config {path}: {exc}") from None


_SETTINGS = ("reviewer", "organisation", "organisation_url", "verdicts", "keys", "semantic")
_VERDICT_FIELDS = ("key", "label", "color", "rating")


def _config(data: dict) -> Config:
    """A Config from the parsed TOML, or FactcheckError saying what is wrong as the user wrote it."""
    _known(data, _SETTINGS, "unknown setting")
    for name in ("reviewer", "organisation", "organisation_url"):
        if name in data and not isinstance(data[name], str):
            raise FactcheckError(f"{name} must be a string in quotes, not {data[name]!r}")
    scale = DEFAULT_SCALE
    if "verdicts" in data:
        entries = data["verdicts"]
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise FactcheckError("verdicts must be [[verdicts]] tables, one per verdict")
        scale = Scale(tuple(_verdict(entry, position) for position, entry in enumerate(entries, 1)))
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        raise FactcheckError('keys must be a [keys] table of binding id = "key,key"')
    for binding_id, value in keys.items():
        if not isinstance(value, str) or not value.strip():
            raise FactcheckError(f'[keys] {binding_id}: give the key(s) as a string, e.g. "j,down", not {value!r}')
    semantic = data.get("semantic", True)
    if not isinstance(semantic, bool):
        raise FactcheckError(f"semantic must be true or false, not {semantic!r}")
    return Config(
        semantic=semantic,
        reviewer=data.get("reviewer"),
        organisation=data.get("organisation", "factcheck"),
        organisation_url=data.get("organisation_url"),
        scale=scale,
        keys={str(k): v for k, v in keys.items()},
    )


def _verdict(entry: dict, position: int) -> Verdict:
    key = entry.get("key")
    name = f"verdict {key!r}" if isinstance(key, str) and key else f"verdict {position}"
    _known(entry, _VERDICT_FIELDS, f"{name}: unknown field")
    if not isinstance(key, str) or not key.strip():
        raise FactcheckError(f'{name}: needs a key, e.g. key = "mostly-false"')
    label = entry.get("label", key.replace("-", " ").replace("_", " ").capitalize())
    default = DEFAULT_SCALE.get(key)
    color = entry.get("color", default.color if default else _PALETTE[(position - 1) % len(_PALETTE)])
    rating = entry.get("rating")
    for field_name, value in (("label", label), ("color", color)):
        if not isinstance(value, str) or not value.strip():
            raise FactcheckError(f"{name}: {field_name} must be a string in quotes, not {value!r}")
    if rating is not None and (not isinstance(rating, int) or isinstance(rating, bool) or not 1 <= rating <= 5):
        raise FactcheckError(f"{name}: rating must be a whole number from 1 (worst) to 5 (best), not {rating!r}")
    return Verdict(key.strip(), label, color, rating)


# colours for verdicts the config gives none: the default scale's, in its order
_PALETTE = tuple(v.color for v in DEFAULT_SCALE)


def _known(table: dict, names: tuple[str, ...], what: str) -> None:
    for name in table:
        if name not in names:
            close = difflib.get_close_matches(name, names, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(names)})"
            raise FactcheckError(f"{what} {name!r}{hint}")
