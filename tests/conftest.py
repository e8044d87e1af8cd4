"""Shared fixtures: the shared data folder (tests that need it skip with a message when absent) and the seeds."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")).resolve()
SEED_000 = "000_741ecda8f4a08f1a.txt"
SEED_002 = "002_91d4b520dce09521.txt"


def need_shared(*parts: str) -> Path:
    """The path below ../shared, or skip the test saying what is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"needs {p} (../shared is not beside this checkout)")
    return p


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
