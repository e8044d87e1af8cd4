"""Store queries the web API needs beyond :mod:`marsad.store.queries`: more event filters with a total,
counts by type, the actor network and places with coordinates.

Written in SQLite's SQL like the store's own queries; on a PostgreSQL store the connection translates
them (:mod:`marsad.store.pg_conn`), and the full-text filter asks :func:`marsad.store.fts.matching_docs`."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..lang.ar.normalise import norm
from ..store.queries import EVENT_DAY, EVENT_SELECT, event_dict
from ..store.rows import PLOVER_EVENTS

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@lru_cache(maxsize=1)
def event_types() -> tuple[str, ...]:
    """The sixteen PLOVER types followed by the extension kinds the event coder can emit."""
    try:
        from ..events.triggers import rules

        ext = sorted({r.event for r in rules() if r.extension})
    except Exception:  # a broken trigger file must not take the web UI down
        ext = []
    order = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
             "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
    assert set(order) == PLOVER_EVENTS
    return order + tuple(e for e in ext if e not in PLOVER_EVENTS)


@dataclass
class EventFilter:
    """Every filter of the event list; empty fields filter nothing."""

    type: list[str] = field(default_factory=list)
    actor: str | None = None
    recipient: str | None = None
    mode: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    source: str | None = None
    document: str | None = None
    story: str | None = None
    q: str | None = None
    extensions: bool | None = None   # None: PLOVER and extension kinds; False: PLOVER only; True: extensions only

    def where(self, conn: Any = None) -> tuple[str, list[Any]]:
        """The WHERE clause (with its parameters) in the SQL of ``conn`` (SQLite's when None)."""
        where: list[str] = []
        params: list[Any] = []
        if self.extensions is not None:
            where.append("e.extension = ?")
            params.append(int(self.extensions))
        if self.type:
            where.append(f"e.event_type IN ({','.join('?' * len(self.type))})")
            params += self.type
        if self.actor:
            where.append(f"({_side('actor', self.actor, params)} OR {_side('recipient', self.actor, params)})")
        if self.recipient:
            where.append(_side("recipient", self.recipient, params))
        if self.mode:
            where.append("(',' || lower(replace(e.mode, ';', ',')) || ',') LIKE ?")
            params.append(f"%,{self.mode.lower()},%")
        if self.since:
            where.append(f"{EVENT_DAY} >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"{EVENT_DAY} <= ?")
            params.append(self.until + "~")
        if self.place:
            p = f"%{norm(self.place)}%"
            where.append("(marsad_norm(e.placename) LIKE ? OR EXISTS (SELECT 1 FROM entities n WHERE n.doc_pk = e.doc_pk"
                         " AND n.label = 'LOC' AND n.start >= e.ev_start AND n.\"end\" <= e.ev_end"
                         " AND (marsad_norm(n.text) LIKE ? OR upper(n.actor_country) = ?)))")
            params += [p, p, self.place.upper()]
        if self.source:
            where.append("(d.publisher = ? OR d.source = ? OR d.url LIKE ?)")
            params += [self.source, self.source, f"%{self.source}%"]
        if self.document:
            where.append("d.id = ?")
            params.append(self.document)
        if self.story:
            where.append("e.doc_pk IN (SELECT doc_pk FROM story_members WHERE story_id = ?)")
            params.append(self.story)
        if self.q:
            from ..store import fts

            terms = fts.query_terms(self.q)
            if terms:
                docs, param = fts.matching_docs(conn, terms)
                where.append(f"e.doc_pk IN ({docs})")
                params.append(param)
        return (" WHERE " + " AND ".join(where)) if where else "", params


def _side(side: str, value: str, params: list[Any]) -> str:
    """``side`` matches ``value``: a code or country prefix ("USA", "RUSMIL"), or a name in any spelling."""
    params += [value.upper() + "%", value.upper() + "%", f"%{norm(value)}%", f"%{norm(value)}%"]
    return (f"(upper(e.{side}_code) LIKE ? OR upper(e.{side}_country) LIKE ? OR marsad_norm(e.{side}_name) LIKE ?"
            f" OR marsad_norm(e.{side}_text) LIKE ?)")


def events_page(conn: Any, f: EventFilter, *, limit: int | None = 50, offset: int = 0,
                order: str = "desc") -> tuple[list[dict[str, Any]], int]:
    """Rows of the events matching ``f`` (newest first unless ``order="asc"``) and how many match in all."""
    where, params = f.where(conn)
    total = int(conn.execute(f"SELECT count(*) FROM events e JOIN documents d ON d.pk = e.doc_pk{where}",
                             params).fetchone()[0])
    direction = "ASC" if order == "asc" else "DESC"
    sql = f"{EVENT_SELECT}{where} ORDER BY day {direction}, e.pk {direction} LIMIT ? OFFSET ?"
    rows = [event_dict(r) for r in conn.execute(sql, [*params, -1 if limit is None else int(limit), int(offset)])]
    return rows, total


def type_counts(conn: Any, f: EventFilter) -> list[tuple[str, int]]:
    """Events matching ``f`` (whatever its type filter) counted by type, largest first."""
    g = EventFilter(**{**f.__dict__, "type": []})
    where, params = g.where(conn)
    return [(r[0], int(r[1])) for r in conn.execute(
        f"SELECT e.event_type, count(*) FROM events e JOIN documents d ON d.pk = e.doc_pk{where}"
        " GROUP BY e.event_type ORDER BY 2 DESC, 1", params)]


def sources(conn: Any) -> list[tuple[str, int]]:
    """Publishers (or sources when no publisher is known) with their number of documents."""
    return [(r[0], int(r[1])) for r in conn.execute(
        "SELECT coalesce(publisher, source), count(*) FROM documents WHERE coalesce(publisher, source) != ''"
        " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 200")]


def _party_key(name: Any, code: Any, country: Any, text: Any) -> str | None:
    for v in (name, code, country, text):
        if v:
            return str(v)
    return None


def actor_network(conn: Any, f: EventFilter, *, max_nodes: int = 40, min_count: int = 1
                  ) -> dict[str, Any]:
    """Actors as nodes (with event counts) and actor->recipient pairs as edges (with counts and types)."""
    where, params = f.where(conn)
    extra = " AND " if where else " WHERE "
    rows = conn.execute(
        "SELECT e.actor_name, e.actor_code, e.actor_country, e.actor_text, e.recipient_name, e.recipient_code,"
        " e.recipient_country, e.recipient_text, e.event_type, count(*) AS n"
        f" FROM events e JOIN documents d ON d.pk = e.doc_pk{where}{extra}e.recipient_text IS NOT NULL"
        " GROUP BY 1,2,3,4,5,6,7,8,9 ORDER BY 1,2,3,4,5,6,7,8,9", params).fetchall()
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        a = _party_key(r[0], r[1], r[2], r[3])
        b = _party_key(r[4], r[5], r[6], r[7])
        if not a or not b or a == b:
            continue
        n = int(r["n"])
        for key, name, code, country, text in ((a, r[0], r[1], r[2], r[3]), (b, r[4], r[5], r[6], r[7])):
            node = nodes.setdefault(key, {"id": key, "name": name, "code": code, "country": country,
                                          "labels": {}, "count": 0})
            node["count"] += n
            if text:
                node["labels"][text] = node["labels"].get(text, 0) + n
        e = edges.setdefault((a, b), {"source": a, "target": b, "count": 0, "types": {}})
        e["count"] += n
        e["types"][r["event_type"]] = e["types"].get(r["event_type"], 0) + n
    keep = sorted(nodes.values(), key=lambda x: (-x["count"], x["id"]))[:max_nodes]
    kept = {n["id"] for n in keep}
    out_edges = sorted((e for e in edges.values() if e["source"] in kept and e["target"] in kept
                        and e["count"] >= min_count), key=lambda e: (-e["count"], e["source"], e["target"]))
    for n in keep:
        n["label"] = max(n["labels"], key=n["labels"].get) if n["labels"] else n["id"]
        n["labels"] = sorted(n["labels"], key=lambda k: -n["labels"][k])[:5]
    return {"nodes": keep, "edges": out_edges}


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Any], dict[str, Any]]:
    """Normalised Arabic place name -> Place, and ISO3 country -> its capital (as the country's point)."""
    from ..entities.places import places

    by_name: dict[str, Any] = {}
    capitals: dict[str, Any] = {}
    for names, place in places():
        for n in names:
            by_name.setdefault(norm(n), place)
        if place.kind == "capital" and place.country and place.lat is not None:
            capitals.setdefault(place.country, place)
    return by_name, capitals


def _country_names() -> dict[str, str]:
    try:
        from ..resources import read_tsv

        return {row["iso3"]: row["name_en"] for _, _, row in read_tsv("actors/countries.tsv", required=("iso3",))}
    except Exception:
        return {}


def places(conn: Any, f: EventFilter | None = None, *, limit: int = 300) -> list[dict[str, Any]]:
    """Places named in the documents that the gazetteer knows, with coordinates, mention, document and event
    counts (an event counts for a place named inside its evidence sentence). Countries are drawn at their capital."""
    by_name, capitals = _gazetteer()
    where, params = (f or EventFilter()).where(conn)
    doc_scope = ""
    if where:
        doc_scope = f" AND n.doc_pk IN (SELECT e.doc_pk FROM events e JOIN documents d ON d.pk = e.doc_pk{where})"
    rows = conn.execute(
        "SELECT n.text, n.actor_country, count(*) AS mentions, group_concat(DISTINCT n.doc_pk) AS docs"
        f" FROM entities n WHERE n.label = 'LOC'{doc_scope} GROUP BY n.text, n.actor_country"
        " ORDER BY n.text, n.actor_country", params).fetchall()
    ev_where = where + (" AND " if where else " WHERE ") + "n.label = 'LOC'"
    ev_rows = conn.execute(
        "SELECT DISTINCT n.text, n.actor_country, e.pk FROM entities n JOIN events e ON e.doc_pk = n.doc_pk"
        " AND e.ev_start <= n.start AND n.\"end\" <= e.ev_end JOIN documents d ON d.pk = e.doc_pk" + ev_where,
        params).fetchall()
    ev_of: dict[tuple[Any, Any], set[int]] = {}
    for t, c, pk in ev_rows:
        ev_of.setdefault((t, c), set()).add(int(pk))
    country_names = _country_names()
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        text, country = r[0], r[1]
        place = by_name.get(norm(text or ""))
        if place is not None and place.lat is not None:
            key, name, kind, lat, lon, cc = place.name, place.name, place.kind, place.lat, place.lon, place.country
        elif country and country in capitals and (place is None or place.kind == "country"):
            cap = capitals[country]
            key = f"country:{country}"
            name, kind, lat, lon, cc = country_names.get(country, country), "country", cap.lat, cap.lon, country
        else:
            continue
        p = out.setdefault(key, {"name": name, "kind": kind, "country": cc, "lat": lat, "lon": lon,
                                 "names": {}, "mentions": 0, "documents": set(), "events": set()})
        p["names"][text] = p["names"].get(text, 0) + int(r["mentions"])
        p["mentions"] += int(r["mentions"])
        p["documents"] |= set((r["docs"] or "").split(","))
        p["events"] |= ev_of.get((text, country), set())
    for p in out.values():
        p["events"], p["documents"] = len(p["events"]), len(p["documents"] - {""})
    res = sorted(out.values(), key=lambda p: (-p["events"], -p["mentions"], p["name"]))[:limit]
    for p in res:
        p["label"] = max(p["names"], key=p["names"].get)
        p["names"] = sorted(p["names"], key=lambda k: -p["names"][k])
    return res


def channel_reports(conn: Any, a: str, b: str, since: str | None = None,
                    until: str | None = None) -> list[Any]:
    """The stored PLOVER events with ``a`` on one side and ``b`` on the other, as Reports for
    :func:`marsad.corpus.timeline.timeline` (a loose SQL match first, so a large store is not read whole)."""
    from ..corpus.event_coref import Report

    params: list[Any] = []
    fwd = f"({_side('actor', a, params)} AND {_side('recipient', b, params)})"
    back = f"({_side('actor', b, params)} AND {_side('recipient', a, params)})"
    dates = ""
    if since:
        dates += f" AND {EVENT_DAY} >= ?"
        params.append(since)
    if until:
        dates += f" AND {EVENT_DAY} <= ?"
        params.append(until + "~")
    rows = conn.execute("SELECT e.record, d.id, d.published, d.source FROM events e JOIN documents d ON d.pk = e.doc_pk"
                        f" WHERE e.extension = 0 AND ({fwd} OR {back}){dates} ORDER BY e.pk", params)
    return [Report(r[1], json.loads(r[0]), r[2], r[3] or "") for r in rows]


def channel_timeline(reports: list[Any], a: str, b: str) -> list[Any]:
    """:func:`marsad.corpus.timeline.timeline`, run one event day at a time.

    Reports of one event share their full date, so grouping within each day gives the same entries as
    grouping all reports at once, without comparing every report with every other one."""
    from ..corpus.event_coref import FULL_DATE
    from ..corpus.timeline import timeline

    days: dict[str, list[Any]] = {}
    for r in reports:
        key = r.date[:10] if FULL_DATE.match(r.date) else ""
        days.setdefault(key, []).append(r)
    entries = [e for key in sorted(days) for e in timeline(days[key], a, b)]
    entries.sort(key=lambda e: (e.date == "unknown", e.date))
    return entries
