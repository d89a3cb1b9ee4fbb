"""A throwaway PostgreSQL server for the tests: no Docker, no network port.

``initdb`` into a temp folder, ``pg_ctl start`` listening only on a Unix socket in that folder, one
database per test copied from a migrated template, stopped at the end of the session. ``initdb``
refuses to run as root, so as root the server runs as the ``postgres`` user (Debian's package
creates it). Under xdist each worker starts its own server (a second or two), so workers never
share databases or wait on each other's template.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

USER = "factcheck"
TEMPLATE = "factcheck_template"


def bin_dir() -> Path | None:
    """Where pg_ctl and initdb are: on PATH, else Debian's newest /usr/lib/postgresql/N/bin."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True):
        if (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


class PgServer:
    def __init__(self) -> None:
        self.bin = bin_dir()
        if self.bin is None:
            raise RuntimeError("no PostgreSQL server programs (pg_ctl, initdb): apt-get install postgresql")
        self.base = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
        self.data = self.base / "data"
        self._names = itertools.count(1)
        self._as: list[str] = []
        if os.geteuid() == 0:
            self._as = ["runuser", "-u", "postgres", "--"]
            os.chmod(self.base, 0o755)
            shutil.chown(self.base, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {(done.stderr or done.stdout).strip()[-800:]}")

    def start(self) -> PgServer:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", USER, "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = f"-k {self.base} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.base / "log"), "-o", options, "start")
        self._admin(f'CREATE DATABASE {TEMPLATE} TEMPLATE template0 ENCODING "UTF8" LC_COLLATE "C" LC_CTYPE "C.UTF-8"')
        from factcheck.store import Store

        Store(self.url(TEMPLATE)).close()  # migrated once; every test database is a copy
        return self

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@/{database}?host={self.base}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self, prefix: str = "t") -> str:
        name = f"{prefix}_{next(self._names)}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)
