"""Shared fixtures: the shared data folder (tests that need it skip with a message when absent), the seeds, and a
throwaway PostgreSQL server (tests that need it skip with the reason when none can run)."""
from __future__ import annotations

import itertools
import os
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from testkit import EXAMPLES, ROOT, SEED_000, SEED_002, SHARED, need_shared  # noqa: E402,F401


@pytest.fixture(scope="session")
def shared() -> Path:
    return need_shared()


@pytest.fixture(scope="session")
def seed_000() -> str:
    return (EXAMPLES / SEED_000).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_002() -> str:
    return (EXAMPLES / SEED_002).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def saudinewsnet_day():
    """A loader for one SaudiNewsNet day: ``saudinewsnet_day("2015-07-23")`` -> list of article dicts."""
    import json
    import zipfile

    def load(day: str) -> list[dict]:
        path = need_shared("corpora", "saudinewsnet", f"{day}.zip")
        with zipfile.ZipFile(path) as z:
            name = [n for n in z.namelist() if n.endswith(".json")][0]
            return json.loads(z.read(name).decode("utf-8"))

    return load


_pg_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    """A local PostgreSQL server on a free loopback port for the whole session."""
    pytest.importorskip("psycopg")
    from marsad.store.pg_local import LocalPostgres, PostgresUnavailable

    folder = tempfile.mkdtemp(prefix="marsad-pg-")
    os.chmod(folder, 0o755)
    try:
        server = LocalPostgres(os.path.join(folder, "pg"))
        server.start()
    except PostgresUnavailable as exc:
        pytest.skip(f"PostgreSQL server unavailable: {exc}")
    yield server
    server.stop()


@pytest.fixture()
def pg_url(pg_server):
    """A fresh empty database on the test server."""
    import psycopg

    name = f"t{os.getpid()}_{next(_pg_names)}"
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    return pg_server.url(name)
