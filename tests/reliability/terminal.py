"""The real workbench in a pseudo-terminal: what a person's terminal sends, read back as the screen
text. Keys written in one ``os.write`` arrive in one read, like a paste in a terminal without
bracketed paste or a fast typist."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from tests.reliability.conftest import cli_env

_ESCAPES = re.compile(r"\x1b(\[[0-9;?<>=$]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>NOPM78c])")


class Terminal:
    def __init__(self, tmp_path: Path, *argv: str, size: tuple[int, int] = (120, 36), **env: str) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        environment = cli_env(tmp_path, TERM="xterm-256color", COLUMNS=str(size[0]), LINES=str(size[1]), **env)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "factcheck", *argv], stdin=slave, stdout=slave, stderr=slave,
            env=environment, start_new_session=True, close_fds=True,
        )
        os.close(slave)
        self.master = master
        self.output = ""  # everything drawn so far, escape sequences removed

    def read(self, timeout: float = 0.2) -> None:
        while select.select([self.master], [], [], timeout)[0]:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # the child closed the terminal
                return
            if not chunk:
                return
            self.output += _ESCAPES.sub("", chunk.decode("utf-8", "replace"))
            timeout = 0.05

    def wait_for(self, text: str, seconds: float = 60) -> None:
        """Read until ``text`` has been drawn since the last call (fails after ``seconds``)."""
        start = len(self.output)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.read()
            if text in self.output[start:] or text in self.output:
                self.output = ""
                return
            if self.proc.poll() is not None:
                break
        raise AssertionError(f"{text!r} never appeared; the screen said: {self.output[-1500:]!r}")

    def write(self, data: str) -> None:
        """All of ``data`` in one write: the app reads it as one burst of keys."""
        os.write(self.master, data.encode())

    def wait_exit(self, seconds: float = 30) -> int:
        deadline = time.monotonic() + seconds
        while self.proc.poll() is None and time.monotonic() < deadline:
            self.read(0.1)
        if self.proc.poll() is None:
            self.close()
            raise AssertionError(f"the workbench did not quit; the screen said: {self.output[-1500:]!r}")
        return self.proc.returncode

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        os.close(self.master)
