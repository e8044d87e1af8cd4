"""A psycopg connection that speaks the SQL the SQLite store is written in.

The store's queries (:mod:`marsad.store.queries`, :mod:`marsad.store.linking`) are written for
SQLite; :class:`PgConnection` rewrites each statement once (cached) into PostgreSQL: ``?`` parameters,
``INSERT OR IGNORE``, ``group_concat``, ``GLOB`` date patterns, ``LIMIT -1``, NULL ordering as in
SQLite (NULLs smallest), ``marsad_norm(x.col)`` read from the stored normalised copies of the events'
party names (``*_norm``) or else computed in SQL (:mod:`marsad.store.pg_norm`), and ``lastrowid``
from ``RETURNING pk``. Rows can be read by position or by column name, like
``sqlite3.Row``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

from .pg_norm import sql_norm
from .pg_schema import NORM_COLS

_RETURNING = re.compile(r"^\s*INSERT INTO (documents|events|links|actors)\b", re.I)
_ORDER = re.compile(r"ORDER BY (.+?)(?=\s+LIMIT\b|\)|$)", re.I | re.S)
_NORM = re.compile(r"marsad_norm\((\w+)\.(\w+)\)")
_GROUP_CONCAT_1 = re.compile(r"\bgroup_concat\((DISTINCT )?([\w.]+)\)", re.I)
_GLOB_DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"
_SPECIAL = {
    # SQLite skips the rows that would collide; the collided ones go with the deleted story (ON DELETE CASCADE)
    "UPDATE OR IGNORE story_members SET story_id = ? WHERE story_id = ?":
        "WITH p AS (SELECT %s::text AS sid, %s::text AS other) UPDATE story_members m SET story_id = p.sid FROM p"
        " WHERE m.story_id = p.other AND NOT EXISTS (SELECT 1 FROM story_members x WHERE x.story_id = p.sid"
        " AND x.doc_pk = m.doc_pk)",
    "INSERT OR REPLACE INTO stories(id, label, size) VALUES (?, ?, 0)":
        "INSERT INTO stories(id, label, size) VALUES (%s, %s, 0) ON CONFLICT (id) DO UPDATE SET label = EXCLUDED.label,"
        " size = 0",
}


def _order_terms(m: re.Match[str]) -> str:
    out = []
    for term in m.group(1).split(","):
        t = term.strip()
        if re.search(r"\bNULLS\b", t, re.I):
            out.append(t)
        elif re.search(r"\bDESC$", t, re.I):
            out.append(t + " NULLS LAST")
        else:
            out.append(t + " NULLS FIRST")
    return "ORDER BY " + ", ".join(out)


@lru_cache(maxsize=1024)
def translate(sql: str) -> tuple[str, bool]:
    """The PostgreSQL text of a SQLite statement, and whether it returns the new row's pk."""
    if sql in _SPECIAL:
        return _SPECIAL[sql], False
    s = sql.strip()
    if s.upper().startswith("BEGIN"):
        return "BEGIN", False
    norms: list[str] = []

    def norm_of(m: re.Match[str]) -> str:
        if m.group(2) in NORM_COLS:
            return f"{m.group(1)}.{m.group(2)}_norm"
        norms.append(sql_norm(f"{m.group(1)}.{m.group(2)}").replace("%", "%%"))
        return f"\x00{len(norms) - 1}\x00"

    s = _NORM.sub(norm_of, s)
    s = s.replace("%", "%%").replace("?", "%s")
    s = s.replace(_GLOB_DAY, "~ '^[0-9]{4}-[0-9]{2}'")
    s = _GROUP_CONCAT_1.sub(lambda m: f"string_agg({m.group(1) or ''}{m.group(2)}::text, ',')", s)
    s = re.sub(r"\bgroup_concat\(", "string_agg(", s)
    s = re.sub(r"\bLIMIT %s", "LIMIT NULLIF(%s::bigint, -1)", s)
    s = _ORDER.sub(_order_terms, s)
    if re.match(r"INSERT OR IGNORE INTO", s, re.I):
        s = re.sub(r"^INSERT OR IGNORE INTO", "INSERT INTO", s, flags=re.I) + " ON CONFLICT DO NOTHING"
    returning = bool(_RETURNING.match(s)) and "RETURNING" not in s.upper()
    if returning:
        s += " RETURNING pk"
    s = re.sub("\x00(\\d+)\x00", lambda m: norms[int(m.group(1))], s)
    return s, returning


class Row(tuple):
    """A result row readable by position (``r[0]``) or by column name (``r["id"]``)."""

    _names: tuple[str, ...] = ()

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names.index(key))
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any):
    names = tuple(d.name for d in cursor.description) if cursor.description else ()
    cls = type("Row", (Row,), {"_names": names, "__slots__": ()})
    return lambda values: cls(values)


class Cursor:
    def __init__(self, cur: Any, lastrowid: int | None = None) -> None:
        self._cur = cur
        self.lastrowid = lastrowid

    def fetchone(self) -> Row | None:
        return self._cur.fetchone() if self._cur.description else None

    def fetchall(self) -> list[Row]:
        return self._cur.fetchall() if self._cur.description else []

    def __iter__(self) -> Iterator[Row]:
        return iter(self.fetchall())

    @property
    def rowcount(self) -> int:
        return int(self._cur.rowcount)


class PgConnection:
    """Wraps a psycopg connection in autocommit mode; transactions are opened with explicit BEGIN."""

    dialect = "postgresql"

    def __init__(self, conn: Any) -> None:
        self.raw = conn
        conn.row_factory = _row_factory

    def execute(self, sql: str, params: Sequence[Any] | None = ()) -> Cursor:
        text, returning = translate(sql)
        cur = self.raw.cursor()
        cur.execute(text, tuple(params or ()))
        last = None
        if returning:
            row = cur.fetchone()
            last = int(row[0]) if row else None
        return Cursor(cur, last)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Cursor:
        text, _ = translate(sql)
        cur = self.raw.cursor()
        rows = [tuple(p) for p in seq]
        if rows:
            cur.executemany(text, rows)
        return Cursor(cur)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()
