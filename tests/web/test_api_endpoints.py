"""The other API endpoints: documents, stories, timeline, search, actors, places, exports, OpenAPI, 404s."""
from __future__ import annotations

import csv
import io
import json

import pytest

from urllib.parse import quote

from web_store import ODD_ID, SECOND_ID, XSS_ID

SEED_000 = "000_741ecda8f4a08f1a.txt"
SEED_002 = "002_91d4b520dce09521.txt"


def get(client, url: str) -> dict:
    r = client.get(url)
    assert r.status_code == 200, r.text
    return r.json()


def test_document_has_text_metadata_layers_and_events_with_offsets(client):
    d = get(client, f"/api/documents/{SEED_000}")
    assert d["id"] == SEED_000 and d["published"] == "2022-10-21"
    text = d["text"]
    assert text.startswith("الوضع المظلم")
    kinds = {s["kind"] for s in d["segments"]}
    assert {"title", "body", "caption", "boilerplate"} <= kinds
    assert any(e["text"] == "لويد أوستن" and e["label"] == "PER" for e in d["entities"])
    for e in d["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert d["events"]
    for ev in d["events"]:
        ti = ev["text_info"]
        assert text[ti["start"]:ti["end"]] == ti["text"]
        for name, sp in (ev.get("fields") or {}).items():   # a date may be read from an earlier sentence
            assert 0 <= sp["start"] < sp["end"] <= len(text), name
    assert d["story_ids"]


@pytest.mark.parametrize("url", ["/api/documents/no-such-doc", "/api/stories/no-such-story",
                                 "/api/documents/%3Cscript%3E"])
def test_unknown_ids_answer_404_json(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert "no " in r.json()["detail"]


def test_stories_and_story_side_by_side(client):
    body = get(client, "/api/stories")
    assert body["total"] == len(body["stories"]) == 2
    big = body["stories"][0]
    assert set(big["documents"]) == {SEED_000, SEED_002, SECOND_ID}
    s = get(client, big["links"]["api"])
    assert [d["id"] for d in s["documents"]] == big["documents"]
    # the 13 May 2022 call is reported by every source of the story
    shared = [e for d in s["documents"] for e in d["events"] if e["shared"] and e["event"] == "CONSULT"
              and e["date"] == "2022-05-13"]
    assert {e["ref"].split("#")[0] for e in shared} == {SEED_000, SEED_002, SECOND_ID}
    # 3,800 billion against 3.8 billion dollars of weapons: a contradiction, and a flag on the implausible one
    numbers = [c for c in s["contradictions"] if c["field"] == "numbers"]
    assert numbers and {v["value"][0] for c in numbers for v in c["values"]} == {3.8e12, 3.8e9}
    flags = {d["id"]: [f["kind"] for f in d["flags"]] for d in s["documents"]}
    assert "implausible_quantity" in flags[SEED_002]
    assert "Lloyd Austin" in s["shared_entities"]


def test_timeline_between_two_actors(client):
    tl = get(client, "/api/timeline?a=Austin&b=شويغو")
    dates = [e["date"] for e in tl["entries"]]
    assert dates == sorted(dates)
    assert {"2022-02-18", "2022-05-13", "2022-10-21"} <= set(dates)
    may = [e for e in tl["entries"] if e["date"] == "2022-05-13" and e["event"] == "CONSULT"]
    assert len({s["doc_id"] for s in may[0]["sources"]}) >= 3
    assert all(s["link"].startswith("/documents/") for e in tl["entries"] for s in e["sources"])
    assert client.get("/api/timeline?a=Austin").status_code == 422


def test_search_is_normalised_and_folds_clitics(client):
    hits = get(client, "/api/search?q=الدفاع")["hits"]
    assert {SEED_000, SEED_002, SECOND_ID, XSS_ID} <= {h["id"] for h in hits}
    # the article that has only "والدفاع" is found, and the match is that word
    xss = next(h for h in hits if h["id"] == XSS_ID)
    words = [xss["snippet"][s - xss["snippet_start"]:e - xss["snippet_start"]] for s, e in xss["matches"]
             if 0 <= s - xss["snippet_start"] < len(xss["snippet"])]
    assert words == ["والدفاع"]
    assert get(client, "/api/search?q=الامريكي")["hits"]          # hamza and spelling folded: الأمريكي
    assert client.get("/api/search?q=").status_code == 422
    assert get(client, "/api/search?q=كلمةلاتوجد")["hits"] == []


def test_actor_network(client):
    net = get(client, "/api/actors")
    ids = {n["id"] for n in net["nodes"]}
    assert {"Lloyd Austin", "Sergei Shoigu"} <= ids
    edge = next(e for e in net["edges"] if e["source"] == "Lloyd Austin" and e["target"] == "Sergei Shoigu")
    assert edge["count"] >= 3 and edge["types"]["CONSULT"] >= 3
    assert all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    only = get(client, "/api/actors?type=REQUEST")
    assert all(set(e["types"]) == {"REQUEST"} for e in only["edges"])


def test_places_have_coordinates_and_counts(client):
    places = get(client, "/api/places")["places"]
    by = {p["name"]: p for p in places}
    assert "Moscow" in by and 55 < by["Moscow"]["lat"] < 56.5 and 37 < by["Moscow"]["lon"] < 38.5
    assert by["Moscow"]["events"] >= 1 and "موسكو" in by["Moscow"]["names"]
    for p in places:
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180
        assert p["mentions"] >= 1 and p["documents"] >= 1


def test_exports_reuse_the_store_writers(client):
    total = get(client, "/api/events?type=CONSULT&limit=1")["total"]
    r = client.get("/api/export/events.csv?type=CONSULT")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total and {x["event_type"] for x in rows} == {"CONSULT"}
    lines = client.get("/api/export/events.jsonl?type=CONSULT").text.splitlines()
    assert len(lines) == total and all(json.loads(x)["event_type"] == "CONSULT" for x in lines)
    tsv = client.get("/api/export/events.tsv?type=CONSULT").text.splitlines()
    assert len(tsv) == total + 1 and "\t" in tsv[0]
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(client.get("/api/export/events.parquet?type=CONSULT").content))
    assert table.num_rows == total
    assert client.get("/api/export/events.xml").status_code == 422
    assert client.get("/api/export/events.csv?since=bad").status_code == 422


def test_openapi_documents_the_api(client):
    spec = get(client, "/openapi.json")
    for path in ("/api/events", "/api/stories", "/api/stories/{story_id}", "/api/documents/{doc_id}", "/api/timeline",
                 "/api/search", "/api/actors", "/api/places", "/api/export/events.{fmt}"):
        assert path in spec["paths"], path
    params = {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "actor", "recipient", "mode", "since", "until", "place", "source", "document", "limit",
            "offset"} <= set(params)
    assert params["limit"]["schema"]["maximum"] == 500
    assert not any(p.startswith("/documents") or p == "/" for p in spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text and "cdn" not in docs.text.lower()


def test_xss_text_comes_back_verbatim_in_json(client):
    d = get(client, f"/api/documents/{XSS_ID}")
    assert "<script>alert(1)</script>" in d["text"]


def test_ids_with_slashes_and_spaces_round_trip(client):
    d = get(client, "/api/documents/" + quote(ODD_ID, safe=""))
    assert d["id"] == ODD_ID and d["links"]["html"] == "/documents/" + quote(ODD_ID, safe="")
    page = client.get(d["links"]["html"])
    assert page.status_code == 200 and "كولونا" in page.text
    assert f'href="/api/documents/{quote(ODD_ID, safe="")}"' in page.text
    evs = get(client, "/api/events?document=" + quote(ODD_ID, safe=""))["events"]
    assert all(e["links"]["html"].startswith(d["links"]["html"] + "?event=") for e in evs)


def test_timeline_pages_and_date_range(client):
    full = get(client, "/api/timeline?a=Austin&b=Shoigu")
    assert full["total"] == len(full["entries"]) >= 3 and full["next"] is None
    first = get(client, "/api/timeline?a=Austin&b=Shoigu&limit=1")
    assert first["total"] == full["total"] and first["entries"] == full["entries"][:1]
    second = get(client, first["next"])
    assert second["entries"] == full["entries"][1:2]
    may = get(client, "/api/timeline?a=Austin&b=Shoigu&since=2022-05&until=2022-05")
    assert may["entries"] and {e["date"][:7] for e in may["entries"]} == {"2022-05"}
    assert client.get("/api/timeline?a=Austin&b=Shoigu&since=2022-99").status_code == 422


@pytest.mark.parametrize("code", ["UKR", "RUS", "USA"])
def test_a_country_on_the_map_counts_the_events_its_link_lists(client, code):
    places = get(client, "/api/places")["places"]
    country = next(p for p in places if p["kind"] == "country" and p["country"] == code)
    listed = get(client, f"/api/events?place={code}&limit=500")
    # the events naming the country itself are among those the map's link lists (cities of it add more)
    assert 0 < country["events"] <= listed["total"]
    assert country["documents"] <= get(client, "/api/documents")["total"]
