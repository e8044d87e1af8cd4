"""One real-world event from many reports: group events across documents, and find where reports disagree.

Two reports are of one event when they have the same PLOVER type, compatible actors (either way round
for symmetric types such as CONSULT) and the same full date. Events without a full date are never linked
across documents: an analyst would rather see two rows than one wrong merge. Caption events never join.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from .actors import same_actor

SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class Report:
    """One event as one document reports it."""

    doc_id: str
    event: dict[str, Any]
    published: str | None = None
    source: str = ""

    @property
    def ref(self) -> str:
        return f"{self.doc_id}#{self.event.get('id')}"

    @property
    def date(self) -> str:
        return str(self.event.get("date") or "")


@dataclass
class EventGroup:
    """Reports of one real-world event."""

    reports: list[Report] = field(default_factory=list)

    @property
    def type(self) -> str:
        return str(self.reports[0].event.get("event"))

    @property
    def date(self) -> str:
        dates = sorted({r.date[:10] for r in self.reports if FULL_DATE.match(r.date)})
        return dates[0] if dates else (self.reports[0].date or "")

    @property
    def refs(self) -> list[str]:
        return [r.ref for r in self.reports]


def linkable(ev: dict[str, Any]) -> bool:
    """Only body events, neither negated nor hypothetical, with a full date, can be linked across documents."""
    aux = set(ev.get("aux") or [])
    return (not ev.get("from_caption") and not ev.get("extension") and not (aux & {"negated", "hypothetical"})
            and bool(FULL_DATE.match(str(ev.get("date") or ""))))


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("event") != b.get("event"):
        return False
    if str(a.get("date"))[:10] != str(b.get("date"))[:10]:
        return False
    fwd = same_actor(a.get("actor"), b.get("actor")) and (
        same_actor(a.get("recipient"), b.get("recipient")) or not (a.get("recipient") and b.get("recipient")))
    if fwd:
        return True
    if a.get("event") in SYMMETRIC:
        return same_actor(a.get("actor"), b.get("recipient")) and same_actor(a.get("recipient"), b.get("actor"))
    return False


def group_reports(reports: Iterable[Report]) -> list[EventGroup]:
    """Greedy single-link grouping of reports from different documents (within a document, reports stay apart)."""
    groups: list[EventGroup] = []
    # only reports of one type on one day can be one event: compare within those blocks
    blocks: dict[tuple[str, str], list[EventGroup]] = {}
    for rep in reports:
        if not linkable(rep.event):
            continue
        home = None
        block = blocks.setdefault((str(rep.event.get("event")), rep.date[:10]), [])
        for g in block:
            if any(r.doc_id == rep.doc_id for r in g.reports):
                continue
            if any(same_event(r.event, rep.event) for r in g.reports):
                home = g
                break
        if home is None:
            g = EventGroup([rep])
            groups.append(g)
            block.append(g)
        else:
            home.reports.append(rep)
    return groups


def _numbers(ev: dict[str, Any]) -> set[float]:
    return {float(q["value"]) for q in ev.get("quantities") or [] if isinstance(q, dict) and q.get("value") is not None}


def _place(ev: dict[str, Any]) -> str | None:
    loc = ev.get("location")
    if isinstance(loc, dict):
        return loc.get("name") or loc.get("country")
    return loc or None


def contradictions(group: EventGroup) -> list[dict[str, Any]]:
    """Fields on which the reports of one event disagree, each value with its sources."""
    out: list[dict[str, Any]] = []
    if len(group.reports) < 2:
        return out

    def disagreement(field_name: str, getter, message: str) -> None:
        values: dict[str, list[str]] = {}
        for r in group.reports:
            v = getter(r.event)
            if v not in (None, "", frozenset()):
                values.setdefault(str(v), []).append(r.ref)
        if len(values) > 1:
            out.append({"events": group.refs, "field": field_name,
                        "values": [{"value": v, "sources": s} for v, s in values.items()], "message": message})

    if group.type not in SYMMETRIC:
        disagreement("initiator", lambda e: (e.get("actor") or {}).get("name"), "the reports name different initiators")
    nums = [(r.ref, _numbers(r.event)) for r in group.reports if _numbers(r.event)]
    if len(nums) > 1 and not set.intersection(*(n for _, n in nums)):
        out.append({"events": group.refs, "field": "numbers",
                    "values": [{"value": sorted(n), "sources": [ref]} for ref, n in nums],
                    "message": "the reports give different numbers"})
    disagreement("place", _place, "the reports place the event differently")
    return out
