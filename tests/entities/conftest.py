"""Fixtures of the entity tests."""
from __future__ import annotations

import pytest

from marsad.entities import actors


@pytest.fixture()
def no_people(monkeypatch):
    """The dictionary of known persons switched off: every code comes from the role phrase alone."""
    monkeypatch.setattr(actors, "people", lambda: {})
    actors.lexicon.cache_clear()
    yield
    actors.lexicon.cache_clear()
