"""A throwaway local PostgreSQL server in a folder (for tests and benchmarks of the PostgreSQL store).

``LocalPostgres(folder).start()`` runs ``initdb`` into the folder, starts ``postgres`` on a free
loopback port with its socket in the folder, creates a database and gives its ``postgresql://`` URL;
``stop()`` shuts it down. PostgreSQL refuses to run as root, so as root the server runs as a system
user (``marsadpg``, created when missing) through ``runuser``.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import time

PG_USER = "marsadpg"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries, or no way to run them here."""


def find_bindir() -> str:
    """The folder holding initdb, pg_ctl and postgres (PATH, then Debian's /usr/lib/postgresql/*/bin)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return os.path.dirname(found)
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(d, "initdb")):
            return d
    raise PostgresUnavailable("no PostgreSQL server binaries (initdb, pg_ctl): install the 'postgresql' package")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LocalPostgres:
    def __init__(self, folder: str, dbname: str = "marsad") -> None:
        self.folder = os.path.abspath(folder)
        self.data = os.path.join(self.folder, "data")
        self.dbname = dbname
        self.port = _free_port()
        self.bindir = find_bindir()
        self.as_user: str | None = None

    def _run(self, *cmd: str) -> None:
        full = [os.path.join(self.bindir, cmd[0]), *cmd[1:]]
        if self.as_user:
            full = ["runuser", "-u", self.as_user, "--", *full]
        out = subprocess.run(full, capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise PostgresUnavailable(f"{cmd[0]} failed: {(out.stderr or out.stdout).strip()[-500:]}")

    def _prepare_user(self) -> None:
        if os.geteuid() != 0:
            return
        if shutil.which("runuser") is None:
            raise PostgresUnavailable("running as root and runuser is missing: cannot start postgres as another user")
        if subprocess.run(["id", "-u", PG_USER], capture_output=True).returncode != 0:
            made = subprocess.run(["useradd", "-r", "-M", "-s", "/usr/sbin/nologin", PG_USER], capture_output=True,
                                  text=True)
            if made.returncode != 0:
                raise PostgresUnavailable(f"cannot create user {PG_USER}: {made.stderr.strip()}")
        self.as_user = PG_USER
        shutil.chown(self.folder, PG_USER)
        # the server user must be able to reach the folder
        p = os.path.dirname(self.folder)
        while p not in ("/", ""):
            mode = os.stat(p).st_mode
            if not mode & 0o001:
                raise PostgresUnavailable(f"{p} is not reachable by {PG_USER}")
            p = os.path.dirname(p)

    def start(self) -> str:
        os.makedirs(self.folder, exist_ok=True)
        self._prepare_user()
        self._run("initdb", "-D", self.data, "-U", "marsad", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8")
        self._run("pg_ctl", "-D", self.data, "-l", os.path.join(self.folder, "server.log"), "-w", "-t", "60",
                  "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        import psycopg

        for _ in range(50):
            try:
                with psycopg.connect(self.url("postgres"), autocommit=True) as c:
                    c.execute(f'CREATE DATABASE "{self.dbname}"')
                break
            except psycopg.OperationalError:
                time.sleep(0.2)
        else:
            raise PostgresUnavailable("the server did not accept connections")
        return self.url()

    def url(self, dbname: str | None = None) -> str:
        return f"postgresql://marsad@127.0.0.1:{self.port}/{dbname or self.dbname}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        except PostgresUnavailable:
            pass

    def __enter__(self) -> "LocalPostgres":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
