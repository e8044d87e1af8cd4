"""Side by side: how two reports relate — similarity, shared entities, events both report, disagreements."""
from __future__ import annotations

from typing import Any

from ..doc import Document
from .event_coref import Report, contradictions, group_reports, same_event
from .similarity import Profile, profile_of, similarity


def _brief(ev: dict[str, Any]) -> dict[str, Any]:
    return {k: ev.get(k) for k in ("id", "event", "mode", "date", "actor", "recipient", "aux", "text_info")}


def compare_profiles(a: Profile, b: Profile) -> dict[str, Any]:
    sim = similarity(a, b)
    shared = sorted(a.entities & b.entities)
    both, only_a = [], []
    matched_b: set[int] = set()
    for ea in a.events:
        hit = next((i for i, eb in enumerate(b.events) if i not in matched_b and same_event(ea, eb)), None)
        if hit is None:
            only_a.append(_brief(ea))
        else:
            matched_b.add(hit)
            both.append({"a": _brief(ea), "b": _brief(b.events[hit])})
    only_b = [_brief(e) for i, e in enumerate(b.events) if i not in matched_b]
    groups = group_reports([Report(a.id, e, a.published) for e in a.events] + [Report(b.id, e, b.published) for e in b.events])
    disagreements = [c for g in groups for c in contradictions(g)]
    return {
        "similarity": sim.score, "same_story": sim.same_story, "parts": sim.parts,
        "a": {"id": a.id, "title": a.title, "published": a.published},
        "b": {"id": b.id, "title": b.title, "published": b.published},
        "shared_entities": [a.entity_text.get(k, k) for k in shared],
        "only_a_entities": [a.entity_text.get(k, k) for k in sorted(a.entities - b.entities)],
        "only_b_entities": [b.entity_text.get(k, k) for k in sorted(b.entities - a.entities)],
        "events_both": both, "events_only_a": only_a, "events_only_b": only_b,
        "disagreements": disagreements,
    }


def compare_documents(a: Document, b: Document) -> dict[str, Any]:
    return compare_profiles(profile_of(a), profile_of(b))
