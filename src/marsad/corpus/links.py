"""Links across a set of analysed documents (the ``links`` object of ``analyze --json``)."""
from __future__ import annotations

from typing import Any

from ..doc import Document
from .dedup import find_duplicates
from .event_coref import Report, contradictions, group_reports
from .similarity import profile_of
from .stories import cluster_stories


def reports_of(docs: list[Document], dicts: list[dict[str, Any]] | None = None) -> list[Report]:
    dicts = dicts or [d.to_dict() for d in docs]
    return [Report(doc.id, ev, doc.published, doc.source) for doc, d in zip(docs, dicts) for ev in d["events"]]


def link_documents(docs: list[Document], *, stories: bool = True) -> dict[str, Any]:
    """``{"same_event", "stories", "contradictions", "duplicates"}`` for ``docs``.

    same_event: groups of "docid#eventid" reporting one real-world event (two or more documents);
    stories: groups of document ids about one happening; contradictions: per event group, the fields on
    which its reports disagree; duplicates: near-identical texts with the earliest report first.
    """
    dicts = [d.to_dict() for d in docs]
    groups = group_reports(reports_of(docs, dicts))
    multi = [g for g in groups if len({r.doc_id for r in g.reports}) > 1]
    out: dict[str, Any] = {
        "same_event": [g.refs for g in multi],
        "contradictions": [c for g in multi for c in contradictions(g)],
        "duplicates": [{"origin": g.origin, "members": g.members}
                       for g in find_duplicates((d.id, d.text, d.published) for d in docs) if len(g.members) > 1],
    }
    if stories and len(docs) > 1:
        out["stories"] = [st.ids for st in cluster_stories([profile_of(doc, d) for doc, d in zip(docs, dicts)])]
    else:
        out["stories"] = [[d.id] for d in docs]
    return out
