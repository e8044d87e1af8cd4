"""The JSON API under ``/api/`` (documented at ``/openapi.json`` and ``/docs``)."""
from __future__ import annotations

import io
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response

from ..store import Store
from ..store import export
from . import data, queries
from .params import DateQ, Limit, Offset, check_date, event_filter, known_params, store
from .queries import EventFilter

router = APIRouter(prefix="/api", tags=["api"], dependencies=[Depends(known_params)])

Ident = Annotated[str, Path(max_length=300)]


def _page_links(request: Request, total: int, limit: int, offset: int) -> dict[str, str | None]:
    params = dict(request.query_params)

    def at(off: int) -> str:
        return request.url.path + "?" + urlencode({**params, "limit": limit, "offset": off})

    return {"next": at(offset + limit) if offset + limit < total else None,
            "prev": at(max(0, offset - limit)) if offset > 0 else None}


@router.get("/events", summary="Events, filtered and paginated (newest first)")
def events(request: Request, f: EventFilter = Depends(event_filter), limit: Limit = 50, offset: Offset = 0,
           order: Literal["desc", "asc"] = "desc", st: Store = Depends(store)) -> dict[str, Any]:
    rows, total = queries.events_page(st.conn, f, limit=limit, offset=offset, order=order)
    return {"total": total, "limit": limit, "offset": offset, **_page_links(request, total, limit, offset),
            "events": [data.event_json(r) for r in rows]}


@router.get("/types", summary="Known event types and the number of matching events of each")
def types(f: EventFilter = Depends(event_filter), st: Store = Depends(store)) -> dict[str, Any]:
    counts = dict(queries.type_counts(st.conn, f))
    return {"plover": list(queries.event_types()[:16]), "extensions": list(queries.event_types()[16:]),
            "counts": counts}


@router.get("/stories", summary="Stories (documents on one happening), largest and latest first")
def stories(request: Request, limit: Limit = 50, offset: Offset = 0, st: Store = Depends(store)) -> dict[str, Any]:
    total = st.count("stories")
    items = st.stories(limit=limit, offset=offset)
    for s in items:
        sid = quote(s["id"], safe="")
        s["links"] = {"api": f"/api/stories/{sid}", "html": f"/stories/{sid}"}
    return {"total": total, "limit": limit, "offset": offset, **_page_links(request, total, limit, offset),
            "stories": items}


@router.get("/stories/{story_id:path}", summary="One story: sources side by side, shared events, contradictions, flags")
def story(story_id: Ident, st: Store = Depends(store)) -> dict[str, Any]:
    s = data.story_json(st, story_id)
    if s is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return s


@router.get("/documents", summary="Documents (metadata only), newest first")
def documents(request: Request, source: Annotated[str | None, Query(max_length=300)] = None, limit: Limit = 50,
              offset: Offset = 0, st: Store = Depends(store)) -> dict[str, Any]:
    total = st.conn.execute("SELECT count(*) FROM documents" + (" WHERE publisher = ? OR source = ?" if source else ""),
                            (source, source) if source else ()).fetchone()[0]
    docs = st.documents(source=source, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, **_page_links(request, total, limit, offset),
            "documents": docs}


@router.get("/documents/{doc_id:path}", summary="One document: text, metadata, segments, entities, events with offsets")
def document(doc_id: Ident, st: Store = Depends(store)) -> dict[str, Any]:
    d = data.document_json(st, doc_id)
    if d is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return d


@router.get("/timeline", summary="The dated events between two actors, reports of one event merged")
def timeline(a: Annotated[str, Query(min_length=1, max_length=200, description="first actor: name or code")],
             b: Annotated[str, Query(min_length=1, max_length=200, description="second actor")],
             since: DateQ = None, until: DateQ = None,
             limit: Annotated[int, Query(ge=1, le=2000, description="entries per page")] = 300, offset: Offset = 0,
             st: Store = Depends(store)) -> dict[str, Any]:
    return data.timeline_json(st, a.strip(), b.strip(), since=check_date("since", since),
                              until=check_date("until", until), limit=limit, offset=offset)


@router.get("/search", summary="Full-text search (normalised, clitics folded: الدفاع finds والدفاع)")
def search(q: Annotated[str, Query(min_length=1, max_length=300)], limit: Annotated[int, Query(ge=1, le=100)] = 20,
           offset: Offset = 0, st: Store = Depends(store)) -> dict[str, Any]:
    return data.search_json(st, q, limit, offset)


@router.get("/actors", summary="Actor network: actors as nodes, actor→recipient pairs as edges, with counts")
def actors(f: EventFilter = Depends(event_filter), max_nodes: Annotated[int, Query(ge=1, le=500)] = 40,
           min_count: Annotated[int, Query(ge=1)] = 1, st: Store = Depends(store)) -> dict[str, Any]:
    return queries.actor_network(st.conn, f, max_nodes=max_nodes, min_count=min_count)


@router.get("/places", summary="Places named in the documents, with coordinates and event counts")
def places(f: EventFilter = Depends(event_filter), limit: Limit = 300, st: Store = Depends(store)) -> dict[str, Any]:
    items = queries.places(st.conn, f, limit=limit)
    return {"total": len(items), "places": items}


MEDIA = {"csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
         "jsonl": "application/x-ndjson; charset=utf-8", "polecat": "text/tab-separated-values; charset=utf-8",
         "parquet": "application/vnd.apache.parquet"}


@router.get("/export/events.{fmt}", summary="The matching events as a file: csv, tsv, jsonl (PLOVER), polecat "
                                            "(TSV) or parquet")
def export_events(fmt: Literal["csv", "tsv", "jsonl", "polecat", "parquet"], f: EventFilter = Depends(event_filter),
                  limit: Annotated[int | None, Query(ge=1, le=1_000_000)] = None, offset: Offset = 0,
                  st: Store = Depends(store)) -> Response:
    rows, _ = queries.events_page(st.conn, f, limit=limit, offset=offset, order="asc")
    headers = {"Content-Disposition": f'attachment; filename="events.{fmt if fmt != "polecat" else "tsv"}"'}
    if fmt == "parquet":
        body, _ = export.parquet_bytes(rows)
        return Response(body, media_type=MEDIA[fmt], headers=headers)
    buf = io.StringIO()
    export.TEXT_WRITERS[fmt](rows, buf)
    return Response(buf.getvalue().encode("utf-8"), media_type=MEDIA[fmt], headers=headers)
