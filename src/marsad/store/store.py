"""The embedded store: one SQLite file (WAL mode) holding documents, their annotations, events and links.

Every document is written with all its annotations in one transaction, keyed by a content hash of
its text, so an interrupted ingest leaves a consistent file and the next run skips what is there.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from ..doc import Document
from ..errors import StoreError
from . import fts
from .migrations import LATEST, migrate, version
from .linking import LinkingMixin
from .rows import document_from_analysis, event_row

EVENT_COLS = (
    "event_type", "extension", "mode", "context", "date", "actor_text", "actor_name", "actor_code", "actor_country",
    "actor_sector", "recipient_text", "recipient_name", "recipient_code", "recipient_country", "recipient_sector",
    "placename", "ev_start", "ev_end", "from_caption", "aux", "confidence",
)


@dataclass
class SearchHit:
    id: str
    title: str | None
    published: str | None
    source: str | None
    publisher: str | None
    score: float
    snippet: str                       # original text, matches in [brackets]
    snippet_start: int                 # original offset of the snippet
    matches: list[tuple[int, int]]     # original offsets of the matched words

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Store(LinkingMixin):
    """A marsad store. Open with :meth:`Store.open`; use as a context manager to close it."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    # -- opening --------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True, readonly: bool = False) -> "Store":
        """Open (and create or migrate) the store at ``path``; a ``postgresql://`` URL opens a PostgreSQL store."""
        if cls is Store and isinstance(path, str) and path.lower().startswith(("postgresql://", "postgres://")):
            from .postgres import PgStore

            return PgStore.open(path, create=create, readonly=readonly)
        p = os.fspath(path)
        if not create and not os.path.exists(p):
            raise StoreError("no such store", input=p)
        parent = os.path.dirname(os.path.abspath(p))
        if not os.path.isdir(parent):
            raise StoreError(f"folder {parent} does not exist", input=p)
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(p, isolation_level=None, timeout=30, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.create_function("marsad_norm", 1, _norm, deterministic=True)
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                migrate(conn)
            elif version(conn) != LATEST:
                raise StoreError(f"schema version {version(conn)}, expected {LATEST}: open it once for writing to migrate",
                                 input=p)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store: {exc}", input=p) from None
        except RuntimeError as exc:
            raise StoreError(str(exc), input=p) from None
        return cls(conn, p)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return version(self.conn)

    # -- writing --------------------------------------------------------------------------------
    def has_hash(self, h: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE hash = ?", (h,)).fetchone() is not None

    def add_document(self, doc: Document) -> str | None:
        """Store ``doc`` with all its annotations in one transaction.

        Returns the stored document id, or None when a document with the same text is already present
        (also when a concurrent writer stores it first). When another text already holds ``doc.id``, the id
        gets a suffix from the content hash.
        """
        h = doc.hash
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            if c.execute("SELECT 1 FROM documents WHERE hash = ?", (h,)).fetchone():
                c.execute("ROLLBACK")
                return None
            doc_id = doc.id or h[:16]
            if c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                doc_id = f"{doc_id}~{h[:8]}"
            analysis = doc.to_dict()
            analysis["id"] = doc_id
            pk = c.execute(
                "INSERT INTO documents(id, hash, source, url, title, byline, publisher, credited, published, page_date,"
                " language, text, ingested_at, analysis) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc_id, h, doc.source, doc.url, doc.title, doc.byline, doc.publisher, doc.credited, doc.published,
                 doc.page_date, doc.language, doc.text, _now(), json.dumps(analysis, ensure_ascii=False)),
            ).lastrowid
            self._write_annotations(pk, doc_id, analysis)
            self._write_fulltext(pk, doc)
            c.execute("COMMIT")
        except BaseException as exc:
            if c.in_transaction:
                c.execute("ROLLBACK")
            if self._lost_race(exc) and self.has_hash(h):
                return None          # another writer stored the same text meanwhile
            raise
        return doc_id

    # -- what the backends do differently when writing (overridden by the PostgreSQL store) -----------
    def _write_fulltext(self, pk: int, doc: Document) -> None:
        """Index the document's title and text for :meth:`search`."""
        self.conn.execute("INSERT INTO doc_fts(rowid, title, body) VALUES (?, ?, ?)",
                          (pk, fts.index_text(doc.title or ""), fts.index_text(doc.text)))

    def _lost_race(self, exc: BaseException) -> bool:
        """Whether ``exc`` says a concurrent writer inserted the same document first (BEGIN IMMEDIATE
        serialises SQLite writers, so never here)."""
        return False

    def _write_annotations(self, pk: int, doc_id: str, a: dict[str, Any]) -> None:
        c = self.conn
        c.executemany('INSERT INTO segments(doc_pk, start, "end", kind) VALUES (?,?,?,?)',
                      [(pk, s["start"], s["end"], s.get("kind") or "") for s in a.get("segments", ())])
        for e in a.get("entities", ()):
            act = e.get("actor") if isinstance(e.get("actor"), dict) else None
            actor_pk = self._actor_pk(act) if act else None
            act = act or {}
            c.execute(
                'INSERT INTO entities(doc_pk, start, "end", label, text, actor_pk, actor_name, actor_code, actor_country,'
                " actor_sector, actor_role, origin, cluster) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (pk, e["start"], e["end"], e.get("label") or "", e.get("text") or "", actor_pk, act.get("name"),
                 act.get("code"), act.get("country"), act.get("sector"), act.get("role"), e.get("source"),
                 None if e.get("cluster") is None else str(e.get("cluster"))),
            )
        c.executemany('INSERT INTO times(doc_pk, start, "end", text, value, kind) VALUES (?,?,?,?,?,?)',
                      [(pk, t["start"], t["end"], t.get("text") or "", _str(t.get("value")), t.get("kind"))
                       for t in a.get("times", ())])
        c.executemany('INSERT INTO quantities(doc_pk, start, "end", text, value, unit) VALUES (?,?,?,?,?,?)',
                      [(pk, q["start"], q["end"], q.get("text") or "", _num(q.get("value")), _str(q.get("unit")))
                       for q in a.get("quantities", ())])
        c.executemany('INSERT INTO flags(doc_pk, kind, start, "end", text, message) VALUES (?,?,?,?,?,?)',
                      [(pk, f.get("kind") or "", f.get("start"), f.get("end"), f.get("text"), f.get("message"))
                       for f in a.get("flags", ())])
        seen: set[str] = set()
        for i, rec in enumerate(a.get("events", ())):
            eid = str(rec.get("id") or f"e{i + 1}")
            while eid in seen:
                eid += "'"
            seen.add(eid)
            row = event_row(rec)
            cols = ", ".join(EVENT_COLS)
            epk = c.execute(
                f"INSERT INTO events(uid, doc_pk, event_id, record, {cols}) VALUES (?,?,?,?,{','.join('?' * len(EVENT_COLS))})",
                (f"{doc_id}#{eid}", pk, eid, json.dumps(rec, ensure_ascii=False), *(row[k] for k in EVENT_COLS)),
            ).lastrowid
            c.execute("INSERT INTO event_sources(event_pk, doc_pk, relation) VALUES (?, ?, 'origin')", (epk, pk))

    def _actor_pk(self, act: dict[str, Any]) -> int | None:
        key = tuple(str(act.get(k) or "") for k in ("name", "code", "country", "sector"))
        if not any(key):
            return None
        row = self.conn.execute("SELECT pk FROM actors WHERE name=? AND code=? AND country=? AND sector=?", key).fetchone()
        if row:
            return int(row[0])
        return int(self.conn.execute("INSERT INTO actors(name, code, country, sector) VALUES (?,?,?,?)", key).lastrowid)

    # -- reading --------------------------------------------------------------------------------
    def count(self, table: str = "documents") -> int:
        if table not in ("documents", "events", "entities", "actors", "stories", "links", "flags", "segments"):
            raise ValueError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def documents(self, *, since: str | None = None, until: str | None = None, source: str | None = None,
                  ids: Iterable[str] | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Document metadata (no text), newest first, with the number of events of each."""
        where, params = [], []
        if since:
            where.append("d.published >= ?"); params.append(since)
        if until:
            where.append("d.published <= ?"); params.append(until + "~")
        if source:
            where.append("(d.publisher = ? OR d.source = ?)"); params += [source, source]
        if ids is not None:
            ids = list(ids)
            where.append(f"d.id IN ({','.join('?' * len(ids))})"); params += ids
        sql = ("SELECT d.pk, d.id, d.hash, d.source, d.url, d.title, d.byline, d.publisher, d.credited, d.published,"
               " d.page_date, d.language, d.ingested_at, (SELECT count(*) FROM events e WHERE e.doc_pk = d.pk) AS n_events"
               " FROM documents d" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY d.published DESC, d.pk DESC LIMIT ? OFFSET ?")
        params += [-1 if limit is None else int(limit), int(offset)]
        return [{k: r[k] for k in r.keys() if k != "pk"} for r in self.conn.execute(sql, params)]

    def stats(self) -> dict[str, Any]:
        """Counts for an overview: documents, events by PLOVER type, extension events, publishers, date range."""
        c = self.conn
        first, last = c.execute("SELECT min(published), max(published) FROM documents").fetchone()
        return {
            "documents": self.count("documents"),
            "events": int(c.execute("SELECT count(*) FROM events WHERE extension = 0").fetchone()[0]),
            "extension_events": int(c.execute("SELECT count(*) FROM events WHERE extension = 1").fetchone()[0]),
            "event_types": {r[0]: r[1] for r in c.execute(
                "SELECT event_type, count(*) FROM events WHERE extension = 0 GROUP BY event_type ORDER BY 2 DESC")},
            "publishers": {r[0]: r[1] for r in c.execute(
                "SELECT coalesce(publisher, ''), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC")},
            "stories": self.count("stories"), "actors": self.count("actors"),
            "first_published": first, "last_published": last,
        }

    def document(self, doc_id: str) -> Document | None:
        """The stored analysed document ``doc_id`` (layers and events rebuilt), or None."""
        docs = list(self.load_documents([doc_id]))
        return docs[0] if docs else None

    def load_documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Rebuild stored documents as :class:`Document` objects (all of them when ``ids`` is None)."""
        if ids is None:
            rows: Iterable[sqlite3.Row] = self.conn.execute("SELECT id, text, analysis FROM documents ORDER BY pk")
            for r in rows:
                yield document_from_analysis(json.loads(r["analysis"]), r["text"], r["id"])
            return
        ids = list(ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            found = {r["id"]: r for r in self.conn.execute(
                f"SELECT id, text, analysis FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
            for d in chunk:
                if d in found:
                    r = found[d]
                    yield document_from_analysis(json.loads(r["analysis"]), r["text"], r["id"])

    def events(self, *, type: str | None = None, since: str | None = None, until: str | None = None,
               actor: str | None = None, doc: str | None = None, story: str | None = None,
               extensions: bool | None = False, limit: int | None = None, offset: int = 0,
               order: str = "desc") -> list[dict[str, Any]]:
        """Stored events as rows (flat columns + ``record`` dict + document metadata), filtered.

        ``type``: PLOVER category (comma-separated for several); ``since``/``until``: YYYY-MM-DD on the event
        date, or the publication date when the event has none; ``actor``: a name, code or country on either
        side; ``extensions``: False = PLOVER kinds only, True = extension kinds only, None = both;
        ``order``: "desc" (newest first) or "asc".
        """
        from .queries import event_rows

        return event_rows(self.conn, type=type, since=since, until=until, actor=actor, doc=doc, story=story,
                          extensions=extensions, limit=limit, offset=offset, order=order)

    def search(self, q: str, *, limit: int = 20, offset: int = 0, width: int = 160) -> list[SearchHit]:
        """Documents matching every word of ``q`` (normalised, clitics folded), best first, with snippets."""
        terms = fts.query_terms(q)
        if not terms:
            return []
        hits = []
        for r in self._search_rows(terms, int(limit), int(offset)):
            sn = fts.snippet(r["text"], terms, width)
            hits.append(SearchHit(r["id"], r["title"], r["published"], r["source"], r["publisher"], float(r["score"]),
                                  fts.highlight(sn), sn.start, sn.matches))
        return hits

    def _search_rows(self, terms: list[tuple[str, ...]], limit: int, offset: int) -> list[Any]:
        """Matching documents (id, title, published, source, publisher, text, score: higher is better), best first."""
        return self.conn.execute(
            "SELECT d.id, d.title, d.published, d.source, d.publisher, d.text, -bm25(doc_fts, 2.0, 1.0) AS score"
            " FROM doc_fts JOIN documents d ON d.pk = doc_fts.rowid WHERE doc_fts MATCH ?"
            " ORDER BY bm25(doc_fts, 2.0, 1.0) LIMIT ? OFFSET ?", (fts.match_expression(terms), limit, offset)).fetchall()

    def stories(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stories (groups of documents on one story), largest and latest first, with member document ids."""
        out = []
        for r in self.conn.execute("SELECT id, label, first_date, last_date, size FROM stories"
                                   " ORDER BY size DESC, last_date DESC LIMIT ? OFFSET ?",
                                   (-1 if limit is None else int(limit), int(offset))):
            members = [m[0] for m in self.conn.execute(
                "SELECT d.id FROM story_members m JOIN documents d ON d.pk = m.doc_pk WHERE m.story_id = ?"
                " ORDER BY d.published, d.pk", (r["id"],))]
            out.append({**{k: r[k] for k in r.keys()}, "documents": members})
        return out

    def links(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Stored link groups: ``{"kind", "members": [...], "payload": ...}``."""
        sql = "SELECT pk, kind, payload FROM links" + (" WHERE kind = ?" if kind else "") + " ORDER BY pk"
        out = []
        for r in self.conn.execute(sql, (kind,) if kind else ()):
            members = [m[0] for m in self.conn.execute("SELECT member FROM link_members WHERE link_pk = ?", (r["pk"],))]
            out.append({"kind": r["kind"], "members": members, "payload": json.loads(r["payload"])})
        return out

    def timeline(self, a: str, b: str | None = None, *, since: str | None = None, until: str | None = None,
                 extensions: bool | None = False) -> list[dict[str, Any]]:
        """Events involving actor ``a`` (with ``b`` on the other side when given), oldest first."""
        from .queries import event_rows

        return event_rows(self.conn, actor=a, counterpart=b, since=since, until=until, extensions=extensions,
                          order="asc")

    def reports(self, *, extensions: bool | None = None) -> list[Any]:
        """Every stored event as a :class:`marsad.corpus.event_coref.Report` (for timelines and linking)."""
        from ..corpus.event_coref import Report

        sql = ("SELECT e.record, d.id, d.published, d.source FROM events e JOIN documents d ON d.pk = e.doc_pk"
               + ("" if extensions is None else " WHERE e.extension = ?") + " ORDER BY e.pk")
        rows = self.conn.execute(sql, () if extensions is None else (int(extensions),))
        return [Report(r[1], json.loads(r[0]), r[2], r[3] or "") for r in rows]

    def integrity(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])


def open_store(path: str | os.PathLike[str], *, create: bool = True, readonly: bool = False) -> Store:
    """Open the store at ``path`` (see :meth:`Store.open`); usable as a context manager."""
    return Store.open(path, create=create, readonly=readonly)


def _norm(v: Any) -> str | None:
    from ..lang.ar.normalise import norm

    return None if v is None else norm(str(v))


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


def _num(v: Any) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
