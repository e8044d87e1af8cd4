"""The HTML pages. Each renders the same data as an ``/api/`` endpoint, linked from the page as its JSON twin."""
from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse

from ..store import Store
from . import data, queries, render as rd
from .app import render
from .params import DateQ, Limit, Offset, check_date, event_filter, store
from .queries import EventFilter

router = APIRouter(include_in_schema=False)

Ident = Annotated[str, Path(max_length=300)]
Text = Annotated[str | None, Query(max_length=300)]


def _api_twin(request: Request, path: str, drop: tuple[str, ...] = ("lang",)) -> str:
    params = {k: v for k, v in request.query_params.items() if k not in drop and v != ""}
    return path + ("?" + urlencode(params) if params else "")


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request, f: EventFilter = Depends(event_filter), limit: Limit = 50, offset: Offset = 0,
                st: Store = Depends(store)) -> HTMLResponse:
    rows, total = queries.events_page(st.conn, f, limit=limit, offset=offset)
    events = []
    for r in rows:
        ev = data.event_json(r)
        ev["pieces"] = rd.evidence_pieces(r.get("evidence") or "", r.get("ev_start"), r["record"])
        events.append(ev)
    counts = queries.type_counts(st.conn, f)
    return render(request, "events.html", json_url=_api_twin(request, "/api/events"), events=events, total=total,
                  limit=limit, offset=offset, bars=rd.bars(counts), types=queries.event_types(),
                  sources=queries.sources(st.conn), f=f,
                  next_url=request.url.path + "?" + urlencode({**request.query_params, "offset": offset + limit})
                  if offset + limit < total else None,
                  prev_url=request.url.path + "?" + urlencode({**request.query_params, "offset": max(0, offset - limit)})
                  if offset > 0 else None,
                  export_query=urlencode({k: v for k, v in request.query_params.items()
                                          if k not in ("lang", "limit", "offset") and v}))


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: Ident, event: Annotated[str | None, Query(max_length=100)] = None,
                  st: Store = Depends(store)) -> HTMLResponse:
    d = data.document_json(st, doc_id)
    if d is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    ids = {str(e.get("id")) for e in d.get("events") or ()}
    selected = event.split("#")[-1] if event else None
    if selected and selected not in ids:
        selected = None
    lines = rd.document_lines(d["text"], d, selected)
    evs = []
    for ev in d.get("events") or ():
        ti = ev.get("text_info") or {}
        s, t = ti.get("start"), ti.get("end")
        text = d["text"][s:t] if isinstance(s, int) and isinstance(t, int) else ""
        evs.append({**ev, "pieces": rd.evidence_pieces(text, s, ev)})
    return render(request, "document.html", json_url=f"/api/documents/{quote(doc_id, safe='')}", doc=d, lines=lines, events=evs,
                  selected=selected)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, limit: Limit = 50, offset: Offset = 0, st: Store = Depends(store)) -> HTMLResponse:
    total = st.count("stories")
    items = st.stories(limit=limit, offset=offset)
    titles = {d["id"]: d for d in st.documents(ids=[i for s in items for i in s["documents"]])} if items else {}
    return render(request, "stories.html", json_url=_api_twin(request, "/api/stories"), stories=items, titles=titles,
                  total=total, limit=limit, offset=offset,
                  next_url=request.url.path + "?" + urlencode({**request.query_params, "offset": offset + limit})
                  if offset + limit < total else None)


@router.get("/stories/{story_id:path}", response_class=HTMLResponse)
def story_page(request: Request, story_id: Ident, st: Store = Depends(store)) -> HTMLResponse:
    s = data.story_json(st, story_id)
    if s is None:
        raise HTTPException(404, f"no story {story_id!r}")
    contested = {ref for c in s["contradictions"] for ref in c.get("events") or ()}
    for d in s["documents"]:
        for ev in d["events"]:
            ev["contested"] = ev["ref"] in contested
            ev["pieces"] = rd.evidence_pieces(ev["evidence"] or "", (ev.get("text_info") or {}).get("start"), ev)
    return render(request, "story.html", json_url=f"/api/stories/{quote(story_id, safe='')}", story=s)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, a: Text = None, b: Text = None, since: DateQ = None, until: DateQ = None,
                  limit: Annotated[int, Query(ge=1, le=2000)] = 300, offset: Offset = 0,
                  st: Store = Depends(store)) -> HTMLResponse:
    a, b = (a or "").strip(), (b or "").strip()
    tl = data.timeline_json(st, a, b, since=check_date("since", since), until=check_date("until", until),
                            limit=limit, offset=offset) if a and b else None
    return render(request, "timeline.html", json_url=_api_twin(request, "/api/timeline") if tl else None,
                  a=a, b=b, tl=tl)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, f: EventFilter = Depends(event_filter),
                max_nodes: Annotated[int, Query(ge=2, le=120)] = 30, st: Store = Depends(store)) -> HTMLResponse:
    net = queries.actor_network(st.conn, f, max_nodes=max_nodes)
    return render(request, "actors.html", json_url=_api_twin(request, "/api/actors"), net=net,
                  layout=rd.circle_layout(net), types=queries.event_types(), f=f)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, f: EventFilter = Depends(event_filter), st: Store = Depends(store)) -> HTMLResponse:
    from .world import outline

    items = queries.places(st.conn, f)
    top = max((p["events"] or p["mentions"] for p in items), default=1) or 1
    points = []
    for p in items:
        x, y = rd.project(p["lat"], p["lon"])
        weight = p["events"] or p["mentions"]
        points.append({**p, "x": x, "y": y, "r": round(3 + 9 * (weight / top) ** 0.5, 1)})
    rd.place_labels(points)
    return render(request, "map.html", json_url=_api_twin(request, "/api/places"), points=points,
                  grid=rd.graticule(), land=outline(), types=queries.event_types(), f=f)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Text = None, limit: Annotated[int, Query(ge=1, le=100)] = 20,
                offset: Offset = 0, st: Store = Depends(store)) -> HTMLResponse:
    q = (q or "").strip()
    res = data.search_json(st, q, limit, offset) if q else None
    if res:
        for h in res["hits"]:
            h["pieces"] = rd.snippet_pieces(h["snippet"], h["snippet_start"], [tuple(m) for m in h["matches"]])
    return render(request, "search.html", json_url=_api_twin(request, "/api/search") if q else None, q=q, res=res)


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    endpoints: list[dict[str, Any]] = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            params = []
            for p in op.get("parameters", []):
                sch = p.get("schema", {})
                for alt in sch.get("anyOf", []):       # constraints of an optional parameter sit in its alternatives
                    sch = {**alt, **sch} if alt.get("type") != "null" else sch
                kinds = [x.get("type") or x.get("enum") for x in p.get("schema", {}).get("anyOf", [sch])]
                params.append({"name": p["name"], "in": p["in"], "required": p.get("required", False),
                               "type": " | ".join(str(k) for k in kinds if k),
                               "enum": sch.get("enum"), "description": p.get("description") or sch.get("description"),
                               "maximum": sch.get("maximum"), "pattern": sch.get("pattern")})
            endpoints.append({"path": path, "method": method.upper(), "summary": op.get("summary"), "params": params})
    return render(request, "docs.html", json_url="/openapi.json", spec=spec, endpoints=endpoints)
