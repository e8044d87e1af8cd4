"""Build small documents with hand-made layers, so event tests do not depend on other components' models."""
from __future__ import annotations

from marsad.doc import Document, Span


def make(text: str, *, entities=(), times=(), segments=None, published: str | None = None) -> Document:
    """``entities``: (surface, label, country, name) found left to right (the n-th occurrence with ``#n``);
    ``times``: (surface, value, kind); ``segments``: list of kinds, one per line (default: all body)."""
    doc = Document(text, published=published)
    pos = 0
    kinds = segments or []
    for n, line in enumerate(text.split("\n")):
        if line.strip():
            kind = kinds[n] if n < len(kinds) else "body"
            doc.add("segments", Span(pos, pos + len(line), kind))
        pos += len(line) + 1
    used: set[int] = set()
    for surface, label, country, name in entities:
        start = _find(text, surface, used)
        actor = {"name": name, "code": country, "country": country, "sector": None} if (country or name) else None
        doc.add("entities", Span(start, start + len(surface), label, {"actor": actor}))
    for surface, value, kind in times:
        start = _find(text, surface, set())
        doc.add("times", Span(start, start + len(surface), "", {"value": value, "kind": kind}))
    return doc


def _find(text: str, surface: str, used: set[int]) -> int:
    i = text.find(surface)
    while i in used:
        i = text.find(surface, i + 1)
    if i < 0:
        raise ValueError(f"{surface!r} not in the text")
    used.add(i)
    return i


def events(doc: Document) -> list[dict]:
    """Scored PLOVER events (extension kinds left out) as contract dicts."""
    from marsad.events.coder import component

    component(doc)
    return [e.to_dict(doc) for e in doc.events if not getattr(e, "extension", False)]


def summary(doc: Document) -> list[tuple]:
    out = []
    for e in events(doc):
        r = e["recipient"] or {}
        a = e["actor"] or {}
        out.append((e["event"], a.get("name") or a.get("code"), r.get("name") or r.get("code")))
    return out


def sides(text: str, published: str = "2015-07-20") -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    """(type, actor words, first recipient's words, aux) of each PLOVER event the whole analysis codes in ``text``."""
    from marsad.api import analyze

    doc = analyze(text, published=published)
    out = []
    for e in doc.events:
        if e.extension:
            continue
        a = doc.text[e.actor.start:e.actor.end] if e.actor else None
        r = doc.text[e.recipients[0].start:e.recipients[0].end] if e.recipients else None
        out.append((e.event, a, r, tuple(e.aux)))
    return out
