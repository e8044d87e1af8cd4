"""Turning a Document into table rows, and stored rows back into Documents."""
from __future__ import annotations

import json
from typing import Any

from ..doc import LABEL_KEYS, Document, Span

# The sixteen PLOVER event categories; any other kind an event coder emits (statement extensions) is
# stored and exported apart.
PLOVER_EVENTS = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})


def first(value: Any) -> Any:
    """PLOVER fields may be a value or a list of values: the first one (or None)."""
    if isinstance(value, (list, tuple)):
        return value[0] if value else None
    return value


def joined(value: Any) -> str | None:
    """A value or list of values as one string ("a;b"), None when empty."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value if v not in (None, ""))or None
    return str(value)


def party(value: Any) -> dict[str, Any]:
    """An actor/recipient object (or the first of a list), as a dict."""
    v = first(value)
    return v if isinstance(v, dict) else {}


def event_type(rec: dict[str, Any]) -> str:
    return str(first(rec.get("event")) or first(rec.get("event_type")) or "").upper()


def is_extension(rec: dict[str, Any]) -> bool:
    return bool(rec.get("extension")) or event_type(rec) not in PLOVER_EVENTS


def event_row(rec: dict[str, Any]) -> dict[str, Any]:
    """Flat columns of one event record (as produced by ``event.to_dict(doc)``)."""
    a, r = party(rec.get("actor")), party(rec.get("recipient"))
    ti = rec.get("text_info") or {}
    loc = rec.get("event_loc") or rec.get("location") or {}
    if isinstance(loc, list):
        loc = loc[0] if loc else {}
    conf = rec.get("confidence")
    return {
        "event_type": event_type(rec), "extension": int(is_extension(rec)),
        "mode": joined(rec.get("mode")), "context": joined(rec.get("context")), "date": rec.get("date"),
        "actor_text": a.get("entity_text"), "actor_name": a.get("name") or a.get("entity_name"),
        "actor_code": a.get("code"), "actor_country": a.get("country") or a.get("country_name"),
        "actor_sector": a.get("sector") or a.get("sector_code"),
        "recipient_text": r.get("entity_text"), "recipient_name": r.get("name") or r.get("entity_name"),
        "recipient_code": r.get("code"), "recipient_country": r.get("country") or r.get("country_name"),
        "recipient_sector": r.get("sector") or r.get("sector_code"),
        "placename": (loc.get("placename") or loc.get("name") or loc.get("text")) if isinstance(loc, dict) else None,
        "ev_start": ti.get("start") if isinstance(ti, dict) else None,
        "ev_end": ti.get("end") if isinstance(ti, dict) else None,
        "from_caption": int(bool(rec.get("from_caption"))),
        "aux": json.dumps(rec.get("aux") or [], ensure_ascii=False),
        "confidence": float(conf) if isinstance(conf, (int, float)) else None,
    }


class StoredEvent:
    """An event read back from the store: ``to_dict`` returns the record as it was written."""

    __slots__ = ("record",)

    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record

    def to_dict(self, doc: Document | None = None) -> dict[str, Any]:
        return dict(self.record)


def document_from_analysis(analysis: dict[str, Any], text: str, doc_id: str) -> Document:
    """Rebuild a :class:`Document` (layers and events) from its stored ``to_dict()`` JSON."""
    doc = Document(text=text, id=doc_id)
    for key in ("source", "url", "title", "byline", "publisher", "credited", "published", "page_date", "language"):
        setattr(doc, key, analysis.get(key))
    doc.source = doc.source or ""
    doc.meta = dict(analysis.get("meta") or {})
    doc.resources = dict(analysis.get("resources") or {})
    for name in ("segments", "sentences", "entities", "times", "quantities", "flags", "tokens"):
        label_key = LABEL_KEYS.get(name, "label")
        for d in analysis.get(name) or ():
            attrs = {k: v for k, v in d.items() if k not in ("text", "start", "end", label_key or "")}
            label = d.get(label_key, "") if label_key else ""
            try:
                doc.add(name, Span(int(d["start"]), int(d["end"]), label or "", attrs))
            except (KeyError, ValueError, TypeError):
                continue
    doc.events = [StoredEvent(e) for e in analysis.get("events") or ()]
    return doc


# PLOVER quad categories (PLOVER manual, "Quad category" of each event):
# 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
