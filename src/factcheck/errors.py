"""The one error type the CLI and the TUI turn into a clear message instead of a traceback."""


class FactcheckError(Exception):
    """Bad input or an unusable file: shown to the user as one line, exit status 2."""

    exit_code = 2
