"""Channel timelines: the dated contacts and other events between two actors, each with its sources."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .actors import matches_query
from .event_coref import EventGroup, Report, group_reports, linkable


@dataclass
class TimelineEntry:
    date: str
    event: str
    mode: str | None
    actor: dict[str, Any] | None
    recipient: dict[str, Any] | None
    aux: list[str]
    sources: list[dict[str, Any]] = field(default_factory=list)   # {"ref", "doc_id", "evidence", "published"}

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "event": self.event, "mode": self.mode, "actor": self.actor,
                "recipient": self.recipient, "aux": self.aux, "sources": self.sources}


def involves(ev: dict[str, Any], a: str, b: str) -> bool:
    """Is ``ev`` between the actors the user named ``a`` and ``b`` (either way round)?"""
    act, rec = ev.get("actor"), ev.get("recipient")
    return (matches_query(act, a) and matches_query(rec, b)) or (matches_query(act, b) and matches_query(rec, a))


def timeline(reports: list[Report], a: str, b: str) -> list[TimelineEntry]:
    """Events between ``a`` and ``b``: reports of one event merged, sorted by date (undated last)."""
    chosen = [r for r in reports if involves(r.event, a, b) and not r.event.get("from_caption")
              and "negated" not in (r.event.get("aux") or []) and "hypothetical" not in (r.event.get("aux") or [])]
    groups: list[EventGroup] = group_reports(r for r in chosen if linkable(r.event))
    grouped = {id(r) for g in groups for r in g.reports}
    groups += [EventGroup([r]) for r in chosen if id(r) not in grouped]
    entries = []
    for g in groups:
        first = g.reports[0].event
        entries.append(TimelineEntry(
            date=g.date or "unknown", event=g.type, mode=first.get("mode"), actor=first.get("actor"),
            recipient=first.get("recipient"), aux=sorted({x for r in g.reports for x in (r.event.get("aux") or [])}),
            sources=[{"ref": r.ref, "doc_id": r.doc_id, "published": r.published,
                      "evidence": (r.event.get("text_info") or {}).get("text")} for r in g.reports]))
    entries.sort(key=lambda e: (e.date == "unknown", e.date))
    return entries
