"""A throwaway PostgreSQL server for the PostgreSQL store tests (skips with the reason when none can run)."""
from __future__ import annotations

import itertools
import os
import tempfile

import pytest

from marsad.store.pg_local import LocalPostgres, PostgresUnavailable

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    pytest.importorskip("psycopg")
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

    name = f"t{os.getpid()}_{next(_names)}"
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    return pg_server.url(name)
