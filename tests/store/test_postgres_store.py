"""The PostgreSQL store behaves as the SQLite store: same rows, events, exports, search hits, links and stories."""
from __future__ import annotations

import io
import json

import pytest

from marsad.errors import StoreError
from marsad.store import Store
from marsad.store import export, pg_schema
from marsad.store.postgres import PgStore, open_any

from store_helpers import OTHER, REPORT, REPUBLISHED, make_doc


@pytest.fixture(scope="module")
def analysed(seed_000, seed_002):
    """The two seed articles through the whole pipeline, plus hand-built documents with events."""
    from marsad.api import analyze

    docs = [analyze(seed_000, published="2022-10-21", id="seed000", publisher="aawsat"),
            analyze(seed_002, published="2022-05-14", id="seed002", publisher="alriyadh")]
    docs.append(make_doc(REPORT, id="a", published="2015-07-21", title="تقرير", events=[
        {"event": "MOBILIZE", "actor": {"entity_text": "القوات العراقية", "code": "IRQ", "name": "القوات العراقية"},
         "evidence": "وأعلنت القوات العراقية في 13 يوليو"}]))
    docs.append(make_doc(REPUBLISHED, id="b", published="2015-07-22", publisher=None))
    docs.append(make_doc(OTHER, id="c", published=None))
    return docs


def _fill(st: Store, docs) -> list[str | None]:
    ids = [st.add_document(d) for d in docs]
    st.relink([i for i in ids if i], story_max=0)
    return ids


def _no_time(rows):
    return [{k: v for k, v in r.items() if k != "ingested_at"} for r in rows]


def _exports(st: Store, **q) -> dict[str, str]:
    out = {}
    for fmt, writer in export.TEXT_WRITERS.items():
        buf = io.StringIO()
        writer(st.events(order="asc", extensions=None, **q), buf)
        out[fmt] = buf.getvalue()
    return out


QUERIES = [dict(), dict(type="MOBILIZE"), dict(actor="irq"), dict(actor="القوات العراقيه"), dict(since="2022-05-01"),
           dict(until="2015-07-21"), dict(doc="seed000"), dict(extensions=True), dict(limit=2, offset=1)]


def test_same_content_as_sqlite(analysed, tmp_path, pg_url):
    with Store.open(tmp_path / "s.db") as lite, PgStore.open(pg_url) as pg:
        assert _fill(lite, analysed) == _fill(pg, analysed)
        assert pg.stats() == lite.stats()
        assert _no_time(pg.documents()) == _no_time(lite.documents())
        assert _no_time(pg.documents(since="2015-07-22", source="aawsat")) == \
            _no_time(lite.documents(since="2015-07-22", source="aawsat"))
        for q in QUERIES:
            assert pg.events(**q) == lite.events(**q), q
        assert sum(len(d.events) for d in analysed) == pg.count("events") > 1
        assert _exports(pg) == _exports(lite)
        assert export.parquet_bytes(pg.events())[1] == export.parquet_bytes(lite.events())[1]
        assert [d.to_dict() for d in pg.load_documents()] == [d.to_dict() for d in lite.load_documents()]
        assert pg.document("seed002").to_dict() == lite.document("seed002").to_dict()
        assert pg.links() == lite.links() and pg.links("duplicate")
        assert pg.stories() == lite.stories()
        assert pg.timeline("IRQ") == lite.timeline("IRQ")
        assert [(r.doc_id, r.event, r.published) for r in pg.reports()] == [(r.doc_id, r.event, r.published) for r in lite.reports()]


@pytest.mark.parametrize("query", ["الدفاع", "والدفاع", "القوات العراقية", "الأمريكية", "الأميركي", "تقرير", "غائب"])
def test_search_finds_the_same_documents(analysed, tmp_path, pg_url, query):
    with Store.open(tmp_path / "s.db") as lite, PgStore.open(pg_url) as pg:
        for st in (lite, pg):
            for d in analysed:
                st.add_document(d)
        hits_pg = {h.id: (h.snippet, h.matches) for h in pg.search(query)}
        hits_lite = {h.id: (h.snippet, h.matches) for h in lite.search(query)}
        assert hits_pg == hits_lite


def test_title_match_ranks_first(pg_url):
    with PgStore.open(pg_url) as pg:
        pg.add_document(make_doc(REPUBLISHED, id="body", title="أسواق"))
        pg.add_document(make_doc(OTHER, id="title", title="الدفاع عن الوطن"))
        pg.add_document(make_doc(REPORT, id="both-less", title=None, published="2015-07-20"))
        assert [h.id for h in pg.search("الدفاع")][0] == "title"


def test_reingest_adds_nothing_and_ids_stay_unique(pg_url):
    with PgStore.open(pg_url) as pg:
        assert pg.add_document(make_doc(REPORT, id="a")) == "a"
        assert pg.add_document(make_doc(REPORT, id="a")) is None
        assert pg.add_document(make_doc(REPORT, id="other")) is None      # same text under another id
        second = pg.add_document(make_doc(OTHER, id="a"))                 # another text under the same id
        assert second.startswith("a~") and pg.count() == 2
    with open_any(pg_url) as again:                                       # reopening migrates nothing
        assert isinstance(again, PgStore) and again.count() == 2 and again.schema_version == pg_schema.LATEST


def test_schema_is_recorded_and_newer_schema_refused(pg_url):
    import psycopg

    with PgStore.open(pg_url) as pg:
        assert [r[0] for r in pg.conn.execute("SELECT version FROM schema_migrations ORDER BY version")] == \
            [v for v, _, _ in pg_schema.MIGRATIONS]
    with psycopg.connect(pg_url, autocommit=True) as c:
        c.execute("INSERT INTO schema_migrations VALUES (99, 'future', 'now')")
    with pytest.raises(StoreError, match="newer than this marsad"):
        PgStore.open(pg_url)


def test_missing_store_and_unreachable_server_are_one_line_errors(pg_server, pg_url):
    with pytest.raises(StoreError, match="no store in this database"):
        PgStore.open(pg_url, create=False)
    bad = f"postgresql://marsad:secret@127.0.0.1:{pg_server.port + 1 if pg_server.port < 65535 else 1}/x"
    with pytest.raises(StoreError) as err:
        PgStore.open(bad)
    msg = str(err.value)
    assert "secret" not in msg and "\n" not in msg and "cannot connect" in msg


def test_two_writers_store_each_text_once(pg_url):
    from concurrent.futures import ThreadPoolExecutor

    texts = [REPORT, REPUBLISHED, OTHER] + [f"{REPORT} ({i})" for i in range(7)]

    def writer(_):
        with PgStore.open(pg_url) as st:
            return [st.add_document(make_doc(t, id=f"d{i}")) for i, t in enumerate(texts)]

    with ThreadPoolExecutor(2) as pool:
        a, b = pool.map(writer, range(2))
    with PgStore.open(pg_url) as st:
        assert st.count() == len(texts)
    assert all((x is None) != (y is None) for x, y in zip(a, b))      # each text stored by exactly one writer
