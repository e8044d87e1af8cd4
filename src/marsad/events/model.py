"""The event record: one PLOVER event (or a statement-like extension kind) with its evidence spans."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..doc import Document, Span


@dataclass
class Participant:
    """An actor or recipient: the entity span it was read from and its actor coding."""

    start: int
    end: int
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    label: str = ""               # entity label (PER, ORG, LOC, ROLE ...)
    cluster: Any = None
    place_country: str | None = None   # a place's country from the gazetteer (not an actor coding)
    counterpart_of: tuple[int, int, Any] | None = None   # "نظيره الروسي": (start, end, cluster) of whom it is the counterpart
    role: str | None = None            # the office a known person held at the time ("president"), from the dictionary
    role_start: int | None = None      # where the name's own role phrase begins ("وزير الخارجية السعودي، عادل الجبير")

    def to_dict(self, doc: Document) -> dict[str, Any]:
        # text fields are always strings ("" when the text names no one), codes null when unknown
        return {"entity_text": doc.text[self.start:self.end], "name": self.name or "", "code": self.code,
                "country": self.country, "sector": self.sector}

    def key(self) -> str:
        return self.name or self.code or self.country or f"@{self.start}"


@dataclass
class Event:
    """A coded event. Offsets are into ``Document.text``."""

    event: str                                 # PLOVER type, or an extension kind (STATEMENT, WARN ...)
    trigger: Span
    evidence: Span                             # the clause or sentence the event was read from
    actor: Participant | None = None
    recipients: list[Participant] = field(default_factory=list)
    mode: str = ""
    date: str | None = None
    date_span: Span | None = None
    aux: list[str] = field(default_factory=list)
    confidence: float = 0.5
    attribution: Participant | None = None
    location: Participant | None = None
    quantities: list[Span] = field(default_factory=list)
    flags: list[Span] = field(default_factory=list)
    from_caption: bool = False
    extension: bool = False
    id: str = ""
    segment: str = "body"
    mentions: list[Span] = field(default_factory=list)   # other reports of the same act in this document
    line: int = 0             # 1-based line of the evidence (paragraph), for resolving generic actors
    noun: bool = False        # read from a (verbal) noun rather than a finite verb
    anaphoric: bool = False   # refers back to an act already reported ("هذه المكالمة")
    vso: bool = False         # its subject followed the verb

    @property
    def recipient(self) -> Participant | None:
        return self.recipients[0] if self.recipients else None

    def to_dict(self, doc: Document) -> dict[str, Any]:
        rec = self.recipient
        fields: dict[str, Any] = {}
        if self.actor:
            fields["actor"] = {"start": self.actor.start, "end": self.actor.end}
        if rec:
            fields["recipient"] = {"start": rec.start, "end": rec.end}
        if self.date_span is not None:
            fields["date"] = {"start": self.date_span.start, "end": self.date_span.end}
        out: dict[str, Any] = {
            "id": self.id,
            "event": self.event,
            "mode": self.mode or None,
            "date": self.date,
            "actor": self.actor.to_dict(doc) if self.actor else None,
            "recipient": rec.to_dict(doc) if rec else None,
            "text_info": {"start": self.evidence.start, "end": self.evidence.end,
                          "text": doc.text[self.evidence.start:self.evidence.end]},
            "from_caption": self.from_caption,
            "aux": list(self.aux),
            "confidence": round(float(self.confidence), 3),
            "attribution": self.attribution.to_dict(doc) if self.attribution else None,
            "location": self.location.to_dict(doc) if self.location else None,
            "quantities": [q.to_dict(doc, None) for q in self.quantities],
            "flags": [f.to_dict(doc, "kind") for f in self.flags],
            "trigger": {"text": doc.text[self.trigger.start:self.trigger.end],
                        "start": self.trigger.start, "end": self.trigger.end},
            "fields": fields,
        }
        if self.extension:
            out["extension"] = True
        if self.mentions:
            out["mentions"] = [{"start": m.start, "end": m.end} for m in self.mentions]
        return out
