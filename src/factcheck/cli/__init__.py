"""The command line: ``factcheck [--db FILE] [PATH ...]`` opens the workbench; subcommands work headless.

Every command module has ``register(subparsers)`` and ``run(args) -> int``. Errors the user can fix
(bad input, unusable files) are FactcheckError and print one line; they never show a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.store import is_database_error

# Subcommands: every module of this package that has ``register`` (so a new command is a new file).
# "open" is what a bare ``factcheck [PATH ...]`` runs; these come first in --help, the rest A-Z.
_FIRST = ["open", "add", "claims", "match", "verdict", "export"]
COMMANDS = sorted(
    (m.name for m in pkgutil.iter_modules(__path__) if m.name not in ("common",)),
    key=lambda name: (_FIRST.index(name) if name in _FIRST else len(_FIRST), name),
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's usage errors follow our one-line rule too
        raise FactcheckError(message)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with ``only`` that one subcommand: each command module imports
    what it runs on, so the workbench's start does not wait for every other command's modules."""
    parser = _Parser(prog="factcheck", description="A terminal workbench for fact-checking news articles.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    parser.add_argument(
        "--db", metavar="FILE|URL",
        help="the database file, or a postgresql:// URL (default: $FACTCHECK_DB or ./factcheck.db)"
    )
    parser.add_argument(
        "--no-semantic", action="store_true",
        help="match without the sentence model (also: semantic = false in the config, $FACTCHECK_NO_SEMANTIC)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in [only] if only else COMMANDS:
        importlib.import_module(f"factcheck.cli.{name}").register(subparsers)
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    """``factcheck [--db F] PATH ...`` means ``factcheck [--db F] open PATH ...``."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--db":
            i += 2
            continue
        if arg.startswith("-"):
            if arg in ("-h", "--help", "--version"):
                return argv
            i += 1
            continue
        if arg in COMMANDS:
            return argv
        break
    return argv[:i] + ["open"] + argv[i:]


def _chosen(argv: list[str]) -> str | None:
    """The subcommand a complete argv (``_with_default_command``'s) runs; None when it asks for the
    top level's help or version, or names none (argparse then says what is wrong, from every command)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("-h", "--help", "--version"):
            return None
        if arg.startswith("-"):
            i += 2 if arg == "--db" else 1
            continue
        return arg if arg in COMMANDS else None
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        argv = _with_default_command(argv)
        args = build_parser(only=_chosen(argv)).parse_args(argv)
        return args.run(args) or 0
    except FactcheckError as exc:
        return fail(str(exc), exc.exit_code)
    except Exception as exc:
        if not is_database_error(exc):
            raise
        return fail(f"database error: {(str(exc).strip().splitlines() or [exc])[0]}")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `factcheck claims | head`
        sys.stderr.close()
        return 0


def fail(message: str, code: int = 2) -> int:
    print(f"factcheck: error: {message}", file=sys.stderr)
    return code
