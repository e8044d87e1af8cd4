"""Query parameters shared by the API and the pages, each validated with a one-line message."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import HTTPException, Query, Request

from ..store import Store
from .queries import DATE_RE, EventFilter, event_types

DATE_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"   # empty: no filter (a form left blank)
DateQ = Annotated[str | None, Query(pattern=DATE_PATTERN, max_length=10,
                                    description="YYYY-MM-DD, or a partial date YYYY-MM / YYYY")]


def known_params(request: Request) -> None:
    """Refuse query parameters the endpoint does not take (a misspelt filter must not silently filter nothing)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = {"lang"}
    todo = [dependant]
    while todo:   # the endpoint's own query parameters and those of its dependencies
        d = todo.pop()
        known |= {getattr(p, "alias", None) or p.name for p in getattr(d, "query_params", ())}
        todo += list(getattr(d, "dependencies", ()))
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise HTTPException(422, f"unknown parameter {unknown[0]!r}; this endpoint takes: {', '.join(sorted(known))}")


def store(request: Request) -> Store:
    return request.app.state.stores.get()


def check_date(name: str, value: str | None, *, end: bool = False) -> str | None:
    """``value`` if it is a real (possibly partial) date, else a 422 naming the parameter."""
    if not value:
        return None
    if not DATE_RE.match(value):
        raise HTTPException(422, f"{name}: not a date (YYYY-MM-DD, YYYY-MM or YYYY): {value!r}")
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise HTTPException(422, f"{name}: no such date: {value!r}") from None
    return value


def check_types(value: str | None) -> list[str]:
    if not value:
        return []
    known = event_types()
    out = []
    for t in value.split(","):
        t = t.strip().upper()
        if not t:
            continue
        if t not in known:
            raise HTTPException(422, f"type: unknown event type {t!r}; known: {', '.join(known)}")
        out.append(t)
    return out


def event_filter(
    type: Annotated[str | None, Query(max_length=200, description="PLOVER type (or extension kind); "
                                      "comma-separated for several, e.g. CONSULT,AGREE")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="actor or recipient: a name in any language "
                                       "or spelling, or a code prefix such as USA or RUSMIL")] = None,
    recipient: Annotated[str | None, Query(max_length=200, description="recipient only, same matching")] = None,
    mode: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z-]*$",
                                      description="PLOVER mode, e.g. phone, visit")] = None,
    since: DateQ = None,
    until: DateQ = None,
    place: Annotated[str | None, Query(max_length=200, description="a place named in the evidence sentence "
                                       "(any spelling) or an ISO3 country code")] = None,
    source: Annotated[str | None, Query(max_length=300, description="publisher or source")] = None,
    document: Annotated[str | None, Query(max_length=300, description="events of one document id")] = None,
    story: Annotated[str | None, Query(max_length=100, description="events of one story id")] = None,
    q: Annotated[str | None, Query(max_length=300, description="full-text search in the documents")] = None,
    extensions: Annotated[Literal["exclude", "include", "only"], Query(
        description="events of kinds outside PLOVER (STATEMENT, WARN): left out (default), included, or alone; "
                    "naming one in `type` includes it")] = "exclude",
) -> EventFilter:
    types = check_types(type)
    ext: bool | None = {"exclude": False, "include": None, "only": True}[extensions]
    if types and ext is False and any(t not in event_types()[:16] for t in types):
        ext = None
    f = EventFilter(type=types, actor=_s(actor), recipient=_s(recipient), mode=_s(mode),
                    since=check_date("since", since), until=check_date("until", until), place=_s(place),
                    source=_s(source), document=_s(document), story=_s(story), q=_s(q), extensions=ext)
    if f.since and f.until and f.since > f.until + "~":
        raise HTTPException(422, f"since ({f.since}) is after until ({f.until})")
    return f


def _s(v: str | None) -> str | None:
    v = (v or "").strip()
    return v or None


Limit = Annotated[int, Query(ge=1, le=500, description="page size (at most 500)")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
