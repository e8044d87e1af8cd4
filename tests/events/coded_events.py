"""Shared helper of the event tests: a text analysed, with its PLOVER events (extensions left out)."""
from __future__ import annotations

from marsad.api import analyze


def plover(text: str, published: str | None = None):
    """(document, PLOVER events) of ``text`` read as published on ``published``."""
    doc = analyze(text, published=published)
    return doc, [e for e in doc.events if not e.extension]
