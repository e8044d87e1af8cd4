"""Sentence classifier that confirms or vetoes ASSAULT and PROTEST triggers (filled in below)."""
from __future__ import annotations


def confirm(doc, evs, dropped) -> None:
    return None
