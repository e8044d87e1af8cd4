"""Closed word classes from ``resources/events/words.tsv`` (prepositions, relatives, clause openers ...).

Words are normalised as tokens are (``marsad.lang.ar.normalise.norm``: hamza forms, ة, ى folded), so an entry
written "الرئيس" matches the token "الرئيس" as an entry written "الرييس" does."""
from __future__ import annotations

from functools import lru_cache

from ..errors import ResourceError
from ..lang.ar.normalise import norm
from ..resources import read_tsv


@lru_cache(maxsize=1)
def _sets() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for path, line, row in read_tsv("events/words.tsv", required=("set", "words")):
        name = row["set"].strip()
        words = [norm(w.strip()) for w in row["words"].split("|") if w.strip()]
        if not name or not words:
            raise ResourceError("empty set name or word list", input=f"{path}:{line}")
        out.setdefault(name, set()).update(words)
    return {k: frozenset(v) for k, v in out.items()}


def words(name: str) -> frozenset[str]:
    """The words of set ``name`` (empty when no file defines it)."""
    return _sets().get(name, frozenset())
