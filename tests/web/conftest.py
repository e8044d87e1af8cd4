"""Fixtures of the web tests: one store built from the seeds (see web_store.py) and an in-process client."""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import web_store  # noqa: E402
from web_server import Server  # noqa: E402

with warnings.catch_warnings():   # starlette's notice about its httpx client
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.db"
    web_store.build(path)
    return path


@pytest.fixture(scope="session")
def client(web_db: Path):
    from marsad.web import create_app

    with TestClient(create_app(str(web_db))) as c:
        yield c


@pytest.fixture(scope="session")
def server(web_db: Path):
    srv = Server(web_db)
    yield srv
    srv.stop()
