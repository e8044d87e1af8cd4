"""Shared helpers of the event tests: a text analysed, with its PLOVER events (extensions left out)."""
from __future__ import annotations

from marsad.api import analyze


def plover(text: str, published: str | None = None):
    """(document, PLOVER events) of ``text`` read as published on ``published``."""
    doc = analyze(text, published=published)
    return doc, [e for e in doc.events if not e.extension]


def triggered(text: str, published: str, event: str, trigger: str):
    """The PLOVER events of type ``event`` whose trigger is the word ``trigger``, in ``text`` read as published on
    ``published``."""
    doc, evs = plover(text, published)
    return [e for e in evs if e.event == event and doc.text[e.trigger.start:e.trigger.end] == trigger]
