"""The store in PostgreSQL, for teams sharing one database: ``marsad ingest --db postgresql://user@host:port/db``.

Same tables, same behaviour and the same Python interface as the SQLite :class:`~marsad.store.Store`
(documents keyed by content hash, re-ingest adds nothing, one transaction per document, events,
exports, stories, links and relinking): :class:`PgStore` subclasses it and runs the same queries
through :class:`~marsad.store.pg_conn.PgConnection`. Full-text search uses a ``tsvector`` ('simple'
configuration) over the same normalised index text, title words weighted above body words.
"""
from __future__ import annotations

from typing import Any, Iterable

from ..doc import Document
from ..errors import StoreError
from ..lang.ar.normalise import norm
from . import fts
from .pg_conn import PgConnection
from .pg_schema import LATEST, NORM_COLS, migrate, version
from .store import Store

URL_PREFIXES = ("postgresql://", "postgres://")
# PostgreSQL refuses a tsvector above 1 MB: the index text of a very long document is cut at this length
MAX_INDEX_CHARS = 400_000


def is_url(path: Any) -> bool:
    return isinstance(path, str) and path.lower().startswith(URL_PREFIXES)


def redact(url: str) -> str:
    """The URL without a password, for messages."""
    import re

    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class PgStore(Store):
    """A marsad store in a PostgreSQL database. Open with :meth:`PgStore.open` (a ``postgresql://`` URL)."""

    @classmethod
    def open(cls, path: str, *, create: bool = True, readonly: bool = False) -> "PgStore":  # type: ignore[override]
        import psycopg

        shown = redact(path)
        try:
            raw = psycopg.connect(path, autocommit=True, connect_timeout=15)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect: {' '.join(str(exc).split())}", input=shown) from None
        conn = PgConnection(raw)
        try:
            have = version(raw)
            if have == 0 and not create:
                raise StoreError("no store in this database", input=shown)
            if readonly:
                if have != LATEST:
                    raise StoreError(f"schema version {have}, expected {LATEST}: open it once for writing to migrate",
                                     input=shown)
                raw.read_only = True
            else:
                migrate(raw)
        except StoreError:
            raw.close()
            raise
        except (psycopg.Error, RuntimeError) as exc:
            raw.close()
            raise StoreError(f"cannot open the store: {' '.join(str(exc).split())}", input=shown) from None
        return cls(conn, shown)  # type: ignore[arg-type]

    @property
    def schema_version(self) -> int:
        return version(self.conn.raw)  # type: ignore[attr-defined]

    # -- writing --------------------------------------------------------------------------------
    def _write_annotations(self, pk: int, doc_id: str, a: dict[str, Any]) -> None:
        super()._write_annotations(pk, doc_id, a)
        self._write_norms(pk)

    def _write_fulltext(self, pk: int, doc: Document) -> None:
        body = fts.index_text(doc.text)
        if len(body) > MAX_INDEX_CHARS:
            body = body[:MAX_INDEX_CHARS].rsplit(" ", 1)[0]
        self.conn.execute("INSERT INTO doc_fts(doc_pk, tsv) VALUES (?, setweight(to_tsvector('simple', ?), 'A')"
                          " || setweight(to_tsvector('simple', ?), 'B'))", (pk, fts.index_text(doc.title or ""), body))

    def _lost_race(self, exc: BaseException) -> bool:
        import psycopg

        return isinstance(exc, psycopg.errors.UniqueViolation)

    def _write_norms(self, doc_pk: int) -> None:
        """Normalised party names of the document's events, for actor queries in any spelling."""
        rows = self.conn.execute(f"SELECT pk, {', '.join(NORM_COLS)} FROM events WHERE doc_pk = ?", (doc_pk,)).fetchall()
        if rows:
            sets = ", ".join(f"{c}_norm = ?" for c in NORM_COLS)
            self.conn.executemany(f"UPDATE events SET {sets} WHERE pk = ?",
                                  [(*(None if v is None else norm(str(v)) for v in r[1:]), r[0]) for r in rows])

    # -- reading --------------------------------------------------------------------------------
    def _search_rows(self, terms: list[tuple[str, ...]], limit: int, offset: int) -> list[Any]:
        q = fts.tsquery(terms)
        return self.conn.execute(
            "SELECT d.id, d.title, d.published, d.source, d.publisher, d.text,"
            " ts_rank('{0.1, 0.2, 0.5, 1.0}', f.tsv, to_tsquery('simple', ?)) AS score"
            " FROM doc_fts f JOIN documents d ON d.pk = f.doc_pk WHERE f.tsv @@ to_tsquery('simple', ?)"
            " ORDER BY score DESC, d.pk LIMIT ? OFFSET ?", (q, q, limit, offset)).fetchall()

    def integrity(self) -> str:
        return "ok" if self.conn.execute("SELECT 1").fetchone() else "broken connection"

    # -- linking: only the documents a link names are looked up -----------------------------------
    def set_links(self, links: dict[str, Any], scope: Iterable[str] | None = None) -> None:
        scope = None if scope is None else list(scope)
        wanted: set[str] = set(scope or ())
        for key in ("same_event", "duplicates"):
            for g in links.get(key) or ():
                members = g.get("members") if isinstance(g, dict) else g
                wanted.update(str(m).split("#", 1)[0] for m in members or ())
        for con in links.get("contradictions") or ():
            if isinstance(con, dict):
                wanted.update(str(m).split("#", 1)[0] for m in con.get("events") or ())
        for s in links.get("stories") or ():
            members = (s.get("documents") or s.get("members")) if isinstance(s, dict) else s
            wanted.update(str(m) for m in members or ())
        self._wanted = wanted if scope is not None else None
        try:
            super().set_links(links, scope)
        finally:
            self._wanted = None

    def _doc_pks(self) -> dict[str, int]:
        wanted = getattr(self, "_wanted", None)
        if wanted is None:
            return super()._doc_pks()
        ids = sorted(wanted)
        out: dict[str, int] = {}
        for i in range(0, len(ids), 1000):
            chunk = ids[i:i + 1000]
            out.update({r[0]: int(r[1]) for r in self.conn.execute(
                "SELECT id, pk FROM documents WHERE id = ANY(?)", (chunk,))})
        return out


def open_any(path: Any, *, create: bool = True, readonly: bool = False) -> Store:
    """A PostgreSQL store for a ``postgresql://`` URL, else the SQLite store at ``path``."""
    if is_url(path):
        return PgStore.open(path, create=create, readonly=readonly)
    return Store.open(path, create=create, readonly=readonly)
