"""Run a command in a real pseudo-terminal and read what it draws, as a person's terminal would.

Used to check what the workbench has imported by the time its first screen reaches the terminal:
run under ``python -X importtime``, the interpreter writes a line per imported module to stderr,
and Textual draws its screen on stderr too, so both arrive in one stream in the order they were
written. Everything imported before an article's words arrive was imported before the user could
read them. (benchmarks/tui_startup.py uses this as well.)
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import termios
import time

_IMPORT = re.compile(r"import time:\s+\d+ \|\s+\d+ \| *([\w.]+)")
_ESCAPE = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")


class NeverShown(AssertionError):
    """The phrases did not appear on the terminal in time."""


def until_shown(argv: list[str], phrases: list[str], *, size: tuple[int, int] = (120, 36),
                env: dict[str, str] | None = None, cwd: str | None = None,
                timeout: float = 60.0) -> tuple[str, float]:
    """Start ``argv`` on a new terminal of ``size`` (columns, rows) and read what it writes until
    every phrase has appeared on it; then press q and end it. Returns everything written up to the
    moment the last phrase appeared (escape sequences left in) and the seconds from the start."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its stdin, stdout and stderr
        try:  # sized here, before the program can ask how large it is
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
            if cwd:
                os.chdir(cwd)
            # COLUMNS and LINES win over the terminal's size (shutil.get_terminal_size): say the same
            os.execve(argv[0], argv, {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(size[0]),
                                      "LINES": str(size[1]), **(env or {})})
        finally:
            os._exit(127)
    started = time.perf_counter()
    written = b""
    try:
        while True:
            left = timeout - (time.perf_counter() - started)
            if left <= 0:
                raise NeverShown(f"not shown within {timeout:.0f} s: {phrases}; last seen:\n"
                                 f"{screen_text(written.decode('utf-8', 'replace'))[-2000:]}")
            ready, _, _ = select.select([fd], [], [], min(left, 0.1))
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:  # the child closed the terminal
                chunk = b""
            if not chunk:
                raise NeverShown(f"{argv[0]} ended before showing {phrases}:\n"
                                 f"{screen_text(written.decode('utf-8', 'replace'))[-2000:]}")
            written += chunk
            text = written.decode("utf-8", "replace")
            if all(phrase in screen_text(text) for phrase in phrases):
                return _up_to_phrases(text, phrases), time.perf_counter() - started
    finally:
        _end(pid, fd)


def screen_text(written: str) -> str:
    """What was written without the terminal's escape sequences (colours, cursor moves)."""
    return _ESCAPE.sub("", written)


def _up_to_phrases(text: str, phrases: list[str]) -> str:
    """The shortest start of ``text`` in which every phrase appears."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        if all(p in screen_text(text[:middle]) for p in phrases):
            high = middle
        else:
            low = middle + 1
    return text[:low]


def imported(written: str) -> list[str]:
    """The modules ``python -X importtime`` reported in this output, in the order they finished."""
    return _IMPORT.findall(screen_text(written))


def _end(pid: int, fd: int) -> None:
    """Press q (the workbench quits), then make sure the process is gone and the terminal closed."""
    try:
        os.write(fd, b"q")
    except OSError:
        pass
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:  # keep reading so the child never blocks on a full terminal
            if select.select([fd], [], [], 0.05)[0]:
                os.read(fd, 1 << 16)
        except OSError:
            pass
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            break
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
