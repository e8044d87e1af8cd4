"""Paths of the test data, importable from any test module as ``from testkit import ...``.

``tests/conftest.py`` puts this folder on ``sys.path``, so the import does not depend on which
``conftest`` module pytest happened to load first.
"""
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
