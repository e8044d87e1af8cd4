"""``marsad serve --db postgresql://...`` answers the JSON API as it does over the same documents in a SQLite file:
every event filter, stories, documents, search, actors, places, timeline and export."""
from __future__ import annotations

from urllib.parse import quote

import pytest

import web_store
from web_server import Server

PATHS = [
    "/api/events?limit=500&extensions=include",
    "/api/events?type=CONSULT&limit=500",
    "/api/events?actor=USA&limit=500",
    "/api/events?actor=" + quote("أوستن") + "&limit=500",
    "/api/events?actor=" + quote("اوستن") + "&extensions=include&limit=500",
    "/api/events?recipient=Shoigu&mode=phone&limit=500",
    "/api/events?place=" + quote("موسكو") + "&extensions=include&limit=500",
    "/api/events?place=UKR&extensions=include&limit=500",
    "/api/events?q=" + quote("النار") + "&limit=500",
    "/api/events?q=" + quote("والدفاع") + "&extensions=include&limit=500",
    "/api/events?since=2022-05-01&until=2022-05-31&order=asc&limit=500",
    "/api/events?source=wire&extensions=include",
    "/api/events?extensions=only&limit=3&offset=1",
    "/api/types", "/api/types?actor=USA&extensions=include",
    "/api/stories", "/api/documents", "/api/documents?source=wire&limit=2",
    "/api/documents/" + quote(web_store.SECOND_ID, safe=""), "/api/documents/" + quote(web_store.ODD_ID, safe=""),
    "/api/search?q=" + quote("الدفاع"), "/api/search?q=" + quote("وزير الخارجية"), "/api/search?q=" + quote("غائب"),
    "/api/actors", "/api/actors?type=CONSULT", "/api/places", "/api/places?type=CONSULT&extensions=include",
    "/api/timeline?a=USA&b=RUS", "/api/export/events.csv", "/api/export/events.jsonl?extensions=include",
]


@pytest.fixture(scope="module")
def pg_server_app(pg_server):
    """``marsad serve`` over a PostgreSQL store holding the web test documents."""
    import psycopg

    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as c:
        c.execute('CREATE DATABASE "webapi"')
    url = pg_server.url("webapi")
    web_store.build(url)
    srv = Server(url)
    yield srv
    srv.stop()


def _comparable(body):
    """The answer without what legitimately differs between the two stores: ingest times and search scores
    (BM25 against ts_rank), and the order of search hits."""
    if isinstance(body, dict):
        out = {k: _comparable(v) for k, v in body.items() if k not in ("ingested_at", "score")}
        if "hits" in out:
            out["hits"] = sorted(out["hits"], key=lambda h: h["id"])
        return out
    if isinstance(body, list):
        return [_comparable(v) for v in body]
    return body


@pytest.mark.parametrize("path", PATHS)
def test_postgres_server_answers_as_sqlite(server, pg_server_app, path):
    lite_status, lite = server.get(path)
    pg_status, pg = pg_server_app.get(path)
    assert lite_status == pg_status == 200, (lite, pg)
    assert _comparable(pg) == _comparable(lite)


@pytest.mark.parametrize("path, key", [
    ("/api/events?type=CONSULT&limit=500", "events"), ("/api/events?place=" + quote("موسكو") + "&extensions=include",
                                                       "events"),
    ("/api/events?q=" + quote("النار"), "events"), ("/api/stories", "stories"), ("/api/search?q=" + quote("الدفاع"), "hits"),
    ("/api/places", "places"), ("/api/actors", "nodes"),
])
def test_postgres_answers_are_not_empty(pg_server_app, path, key):
    status, body = pg_server_app.get(path)
    assert status == 200 and body[key], body


def test_story_page_data_matches(server, pg_server_app):
    _, stories = server.get("/api/stories")
    for s in stories["stories"]:
        p = "/api/stories/" + quote(s["id"], safe="")
        assert _comparable(pg_server_app.get(p)[1]) == _comparable(server.get(p)[1])
        p = "/api/events?story=" + quote(s["id"], safe="") + "&extensions=include"
        assert _comparable(pg_server_app.get(p)[1]) == _comparable(server.get(p)[1])


@pytest.mark.parametrize("path", ["/", "/?lang=en", "/stories", "/actors", "/map", "/timeline?a=USA&b=RUS",
                                  "/documents/" + quote(web_store.SECOND_ID, safe=""),
                                  "/?q=" + quote("النار") + "&place=" + quote("موسكو")])
def test_postgres_pages_are_the_sqlite_pages(server, pg_server_app, path):
    lite_status, lite = server.get(path)
    pg_status, pg = pg_server_app.get(path)
    assert lite_status == pg_status == 200
    assert pg == lite


def test_postgres_search_page_lists_the_same_hits(server, pg_server_app):
    import re

    path = "/search?q=" + quote("الدفاع")
    hits = [sorted(re.findall(r'class="hit-link" href="([^"]+)"', s.get(path)[1])) for s in (server, pg_server_app)]
    assert hits[0] == hits[1] and len(hits[0]) >= 2
