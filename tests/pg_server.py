"""A real PostgreSQL server (Debian's postgresql package) for the HQ tests: initdb in a temporary folder,
listening on 127.0.0.1 only, stopped afterwards.

PostgreSQL refuses to run as root, and CI runs as root: then the cluster belongs to the unprivileged
`postgres` user the Debian package creates, and initdb/pg_ctl run as that user (runuser).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ADMIN = "postgres"  # the database administrator's role (superuser of the test cluster)


@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    admin: str
    bindir: Path

    def url(self, database: str, user: str | None = None) -> str:
        return f"postgresql://{user or self.admin}@{self.host}:{self.port}/{database}"

    def psql(self, database: str, sql: str) -> str:
        """Run SQL with the psql client as the database administrator; its output."""
        return subprocess.run(
            [shutil.which("psql") or str(self.bindir / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
             "-h", self.host, "-p", str(self.port), "-U", self.admin, "-d", database, "-c", sql],
            check=True, capture_output=True, text=True, timeout=120).stdout

    def create_database(self, name: str) -> str:
        self.psql("postgres", f'CREATE DATABASE "{name}"')
        return self.url(name)


def find_bindir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").is_file():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    return ["runuser", "-u", "postgres", "--", *argv]


@contextmanager
def postgres_server(*, fsync: bool = False) -> Iterator[PgServer]:
    """Raise RuntimeError (with the reason) when the server cannot be started at all. The tests run it
    with fsync off (their data is thrown away); the benchmark with fsync on, as a real server."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb; scripts/bootstrap.sh installs postgresql)")
    root = Path(tempfile.mkdtemp(prefix="fieldcase-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    os.chmod(root, 0o700)
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    try:
        subprocess.run(_as_owner([str(bindir / "initdb"), "-D", str(data), "-U", ADMIN, "--auth=trust",
                                  "-E", "UTF8", "--no-sync"]),
                       check=True, capture_output=True, env=env, timeout=120)
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c max_connections=100 "
                   f"-c fsync={'on' if fsync else 'off'}")
        subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"),
                                  "-o", options, "-w", "-t", "60", "start"]),
                       check=True, capture_output=True, env=env, timeout=90)
    except (OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL could not be started: {exc}") from None
    try:
        yield PgServer("127.0.0.1", port, ADMIN, bindir)
    finally:
        subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                       capture_output=True, env=env, timeout=60)
        shutil.rmtree(root, ignore_errors=True)
