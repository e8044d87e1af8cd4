"""Shared fixtures: the shared data folder (tests that need it skip with a message when absent) and the seeds."""
from __future__ import annotations

import sys
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
