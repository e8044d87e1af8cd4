"""Event queries over the store, shared by ``marsad events``, the timeline and the web API."""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..lang.ar.normalise import norm

# the date an event is filed under: its own full date when it has one, else the publication date
EVENT_DAY = ("(CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN e.date ELSE d.published END)")
SIDE_COLS = ("name", "text", "code", "country")
# an event row with its filing day, document metadata, evidence sentence, stories and reporting documents
EVENT_SELECT = (
    f"SELECT e.*, {EVENT_DAY} AS day, d.id AS doc_id, d.source AS doc_source, d.url AS url, d.title AS title,"
    " d.publisher AS publisher, d.published AS published, d.language AS language,"
    " (CASE WHEN e.ev_start IS NOT NULL AND e.ev_end > e.ev_start"
    "   THEN substr(d.text, e.ev_start + 1, e.ev_end - e.ev_start) END) AS evidence,"
    " (SELECT group_concat(story_id, ';') FROM story_members m WHERE m.doc_pk = e.doc_pk) AS story_ids,"
    " (SELECT group_concat(d2.id, ';') FROM event_sources s JOIN documents d2 ON d2.pk = s.doc_pk"
    "   WHERE s.event_pk = e.pk) AS reported_by"
    " FROM events e JOIN documents d ON d.pk = e.doc_pk")


def event_dict(r: Any) -> dict[str, Any]:
    """A row of :data:`EVENT_SELECT` as a dict: ``record`` and ``aux`` parsed, story and source ids as lists
    (without the normalised copies of party names that the PostgreSQL store keeps, ``*_norm``)."""
    row = {k: r[k] for k in r.keys() if not k.endswith("_norm")}
    row["record"] = json.loads(row["record"])
    row["aux"] = json.loads(row["aux"] or "[]")
    # sorted: group_concat/string_agg give no order, and the two stores must answer alike
    row["story_ids"] = sorted(row["story_ids"].split(";")) if row["story_ids"] else []
    row["reported_by"] = sorted(row["reported_by"].split(";")) if row["reported_by"] else []
    return row


def _party_clause(side: str, value: str, params: list[Any]) -> str:
    """``side`` (actor|recipient) matches ``value`` by code/country (exact) or name/text (normalised substring)."""
    params += [value.upper(), value.upper(), f"%{norm(value)}%", f"%{norm(value)}%"]
    return (f"(upper(e.{side}_code) = ? OR upper(e.{side}_country) = ? OR marsad_norm(e.{side}_name) LIKE ?"
            f" OR marsad_norm(e.{side}_text) LIKE ?)")


def event_rows(conn: sqlite3.Connection, *, type: str | None = None, since: str | None = None,
               until: str | None = None, actor: str | None = None, counterpart: str | None = None,
               doc: str | None = None, story: str | None = None, extensions: bool | None = False,
               limit: int | None = None, offset: int = 0, order: str = "desc") -> list[dict[str, Any]]:
    where: list[str] = []
    params: list[Any] = []
    if extensions is not None:
        where.append("e.extension = ?")
        params.append(1 if extensions else 0)
    if type:
        kinds = [t.strip().upper() for t in type.split(",") if t.strip()]
        where.append(f"e.event_type IN ({','.join('?' * len(kinds))})")
        params += kinds
    if since:
        where.append(f"{EVENT_DAY} >= ?")
        params.append(since)
    if until:
        where.append(f"{EVENT_DAY} <= ?")
        params.append(until + "~")
    if actor and counterpart:
        p1: list[Any] = []
        a1, b1 = _party_clause("actor", actor, p1), _party_clause("recipient", counterpart, p1)
        a2, b2 = _party_clause("actor", counterpart, p1), _party_clause("recipient", actor, p1)
        where.append(f"(({a1} AND {b1}) OR ({a2} AND {b2}))")
        params += p1
    elif actor:
        p1 = []
        where.append(f"({_party_clause('actor', actor, p1)} OR {_party_clause('recipient', actor, p1)})")
        params += p1
    if doc:
        where.append("d.id = ?")
        params.append(doc)
    if story:
        where.append("e.doc_pk IN (SELECT doc_pk FROM story_members WHERE story_id = ?)")
        params.append(story)
    direction = "ASC" if order == "asc" else "DESC"
    sql = (EVENT_SELECT + (" WHERE " + " AND ".join(where) if where else "")
           + f" ORDER BY day {direction}, e.pk {direction} LIMIT ? OFFSET ?")
    params += [-1 if limit is None else int(limit), int(offset)]
    return [event_dict(r) for r in conn.execute(sql, params)]
