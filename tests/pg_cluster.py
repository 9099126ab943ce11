"""A throwaway PostgreSQL cluster for the test suite, started from Debian's server binaries.

The suite never needs a running server beforehand: the first test that asks for PostgreSQL
starts a private cluster (initdb in a temporary folder, a Unix socket, no TCP), and it is
stopped when the session ends. ``HANDOVER_TEST_PG_URL`` points the suite at an existing
server instead.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

__all__ = ["PostgresCluster", "find_pg_bin"]


def find_pg_bin() -> Path:
    """The folder holding initdb and pg_ctl, or a clear failure naming what to install."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise RuntimeError("PostgreSQL server binaries not found: install Debian's `postgresql` "
                       "package (scripts/test does this)")


class PostgresCluster:
    """A private PostgreSQL server listening on a Unix socket in a temporary folder."""

    def __init__(self, *, durable: bool = False) -> None:
        self.durable = durable
        self.bin = find_pg_bin()
        self.root = Path(tempfile.mkdtemp(prefix="handover-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = _server_user()
        self._counter = 0

    def start(self) -> None:
        """initdb and start the server; raise with the server log if it does not come up."""
        _own(self.root, self.user)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
        # Tests trade durability for speed; a benchmark of durable writes keeps the defaults.
        fast = "" if self.durable else (
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off ")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses='' {fast}"
                   "-c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        """Stop the server and remove its files."""
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def new_database(self) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        self._counter += 1
        name = f"handover_test_{os.getpid()}_{self._counter}_{int(time.time() * 1000) % 100000}"
        self._run("createdb", "-h", str(self.root), "-p", str(self.port), "-U", "postgres", name)
        return f"postgresql+psycopg://postgres@/{name}?host={self.root}&port={self.port}"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed: {result.stderr.strip()}\n{tail}")


def _server_user() -> str | None:
    """PostgreSQL refuses to run as root: use the `postgres` account when we are root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise RuntimeError("running as root needs a `postgres` user (Debian's postgresql "
                           "package creates it)") from None
    return "postgres"


def _own(folder: Path, user: str | None) -> None:
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
