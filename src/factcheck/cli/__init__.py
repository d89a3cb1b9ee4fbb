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


def build_parser() -> argparse.ArgumentParser:
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
    for name in COMMANDS:
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


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(_with_default_command(argv))
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
