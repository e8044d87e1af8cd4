"""The JSON objects the API returns and the pages render: events, documents, stories, timelines, search hits."""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote, urlencode

from ..corpus.event_coref import Report, contradictions, group_reports
from ..store import Store
from ..store import fts
from ..store.export import plover_record


def doc_url(doc_id: str, event_id: str | None = None) -> str:
    return f"/documents/{quote(doc_id, safe='')}" + (f"?event={quote(event_id, safe='')}" if event_id else "")


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER record of one stored event with its evidence and links to its document."""
    rec = plover_record(row)
    rec["day"] = row.get("day")
    rec["evidence"] = row.get("evidence")
    rec["links"] = {"document": f"/api/documents/{quote(row['doc_id'], safe='')}",
                    "html": doc_url(row["doc_id"], row["event_id"])}
    return rec


def document_row(store: Store, doc_id: str) -> dict[str, Any] | None:
    r = store.conn.execute("SELECT pk, id, text, analysis, ingested_at FROM documents WHERE id = ?",
                           (doc_id,)).fetchone()
    if r is None:
        return None
    return {"pk": r["pk"], "id": r["id"], "text": r["text"], "analysis": json.loads(r["analysis"]),
            "ingested_at": r["ingested_at"]}


def document_json(store: Store, doc_id: str) -> dict[str, Any] | None:
    """Text, metadata, segments, entities, times, quantities, flags and events (evidence offsets) of a document."""
    row = document_row(store, doc_id)
    if row is None:
        return None
    a = dict(row["analysis"])
    a["id"] = row["id"]
    a["text"] = row["text"]
    a["ingested_at"] = row["ingested_at"]
    a["story_ids"] = [s[0] for s in store.conn.execute(
        "SELECT story_id FROM story_members WHERE doc_pk = ?", (row["pk"],))]
    a["links"] = {"html": doc_url(row["id"]), "events": f"/api/events?document={quote(row['id'], safe='')}"}
    return a


def _brief_doc(store: Store, doc_id: str) -> dict[str, Any] | None:
    docs = store.documents(ids=[doc_id])
    return docs[0] if docs else None


def story_json(store: Store, story_id: str) -> dict[str, Any] | None:
    """A story's documents side by side: their events (shared with another source or not), the facts the
    sources disagree on, and each document's flags (implausible numbers)."""
    r = store.conn.execute("SELECT id, label, first_date, last_date, size FROM stories WHERE id = ?",
                           (story_id,)).fetchone()
    if r is None:
        return None
    ids = [m[0] for m in store.conn.execute(
        "SELECT d.id FROM story_members m JOIN documents d ON d.pk = m.doc_pk WHERE m.story_id = ?"
        " ORDER BY d.published, d.pk", (story_id,))]
    rows = {d: document_row(store, d) for d in ids}
    reports = [Report(d, ev, row["analysis"].get("published"), row["analysis"].get("source") or "")
               for d, row in rows.items() if row for ev in row["analysis"].get("events") or ()]
    groups = [g for g in group_reports(reports) if len({x.doc_id for x in g.reports}) > 1]
    shared: dict[str, int] = {}
    for i, g in enumerate(groups):
        for rep in g.reports:
            shared[rep.ref] = i
    disagreements = [c for g in groups for c in contradictions(g)]
    q = ",".join("?" * len(ids))
    stored = [json.loads(x[0]) for x in store.conn.execute(
        f"SELECT DISTINCT l.payload FROM links l JOIN link_members m ON m.link_pk = l.pk JOIN documents d"
        f" ON d.pk = m.doc_pk WHERE l.kind = 'contradiction' AND d.id IN ({q})", ids)] if ids else []
    for c in stored:
        if isinstance(c, dict) and c not in disagreements:
            disagreements.append(c)
    entity_docs: dict[str, set[str]] = {}
    docs = []
    for d, row in rows.items():
        if not row:
            continue
        a = row["analysis"]
        names = set()
        for e in a.get("entities") or ():
            actor = e.get("actor") if isinstance(e.get("actor"), dict) else None
            key = (actor or {}).get("name") or e.get("text")
            if key and e.get("label") in ("PER", "ORG", "LOC", "GROUP"):
                names.add(str(key))
        for n in names:
            entity_docs.setdefault(n, set()).add(d)
        events = []
        for ev in a.get("events") or ():
            ref = f"{d}#{ev.get('id')}"
            ti = ev.get("text_info") or {}
            events.append({**{k: ev.get(k) for k in ("id", "event", "mode", "date", "actor", "recipient", "aux",
                                                      "from_caption", "text_info", "fields", "trigger")},
                           "ref": ref, "group": shared.get(ref), "shared": ref in shared,
                           "evidence": ti.get("text") or row["text"][ti.get("start", 0):ti.get("end", 0)],
                           "link": doc_url(d, str(ev.get("id")))})
        docs.append({"id": d, "title": a.get("title"), "publisher": a.get("publisher"), "source": a.get("source"),
                     "published": a.get("published"), "url": a.get("url"), "events": events,
                     "flags": a.get("flags") or [], "link": doc_url(d)})
    n = len(docs)
    return {"id": r["id"], "label": r["label"], "first_date": r["first_date"], "last_date": r["last_date"],
            "size": r["size"], "documents": docs,
            "shared_entities": sorted(k for k, v in entity_docs.items() if n > 1 and len(v) == n),
            "same_event": [g.refs for g in groups], "contradictions": disagreements}


def timeline_json(store: Store, a: str, b: str, *, since: str | None = None, until: str | None = None,
                  limit: int = 300, offset: int = 0) -> dict[str, Any]:
    """The dated events between ``a`` and ``b`` (oldest first), reports of one event merged with their sources."""
    from .queries import channel_reports, channel_timeline

    entries = channel_timeline(channel_reports(store.conn, a, b, since, until), a, b)
    page = [e.to_dict() for e in entries[offset:offset + limit]]
    ids = sorted({s["doc_id"] for e in page for s in e["sources"]})
    briefs = {d["id"]: d for i in range(0, len(ids), 500) for d in store.documents(ids=ids[i:i + 500])}
    for d in page:
        for s in d["sources"]:
            s["link"] = doc_url(s["doc_id"], s["ref"].rsplit("#", 1)[1])
            brief = briefs.get(s["doc_id"]) or {}
            s["publisher"] = brief.get("publisher")
            s["title"] = brief.get("title")
    nxt = None
    if offset + limit < len(entries):
        q = {"a": a, "b": b, "since": since, "until": until, "limit": limit, "offset": offset + limit}
        nxt = "/api/timeline?" + urlencode({k: v for k, v in q.items() if v})
    return {"a": a, "b": b, "total": len(entries), "limit": limit, "offset": offset, "next": nxt, "entries": page}


def search_json(store: Store, q: str, limit: int, offset: int) -> dict[str, Any]:
    """Documents matching every word of ``q`` (normalised, clitics folded), with snippets cut at match offsets."""
    hits = store.search(q, limit=limit, offset=offset)
    terms = fts.query_terms(q)
    out = []
    for h in hits:
        row = store.conn.execute("SELECT text FROM documents WHERE id = ?", (h.id,)).fetchone()
        sn = fts.snippet(row[0], terms) if row else None
        out.append({"id": h.id, "title": h.title, "published": h.published, "publisher": h.publisher,
                    "source": h.source, "score": round(h.score, 4), "snippet": sn.text if sn else h.snippet,
                    "snippet_start": sn.start if sn else h.snippet_start,
                    "matches": [list(m) for m in (sn.matches if sn else h.matches)], "link": doc_url(h.id)})
    return {"q": q, "limit": limit, "offset": offset, "hits": out,
            "next": None if len(hits) < limit else f"/api/search?q={quote(q)}&limit={limit}&offset={offset + limit}"}
