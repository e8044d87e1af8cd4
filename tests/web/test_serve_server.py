"""``marsad serve`` as a real server on a free loopback port."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

MARSAD = Path(sys.executable).with_name("marsad")


def test_home_page_is_rtl_arabic(server):
    status, body = server.get("/")
    assert status == 200
    assert '<html lang="ar" dir="rtl">' in body and "الأحداث" in body


def test_openapi_is_served(server):
    status, spec = server.get("/openapi.json")
    assert status == 200 and "/api/events" in spec["paths"] and spec["openapi"].startswith("3.")


def test_api_lists_the_seeds_consult_events(server):
    status, body = server.get("/api/events?type=CONSULT&limit=500")
    assert status == 200
    seeds = {"000_741ecda8f4a08f1a.txt", "002_91d4b520dce09521.txt"}
    found = {e["doc_id"] for e in body["events"]} & seeds
    assert found == seeds
    calls = {(e["doc_id"], e["date"]) for e in body["events"]
             if {e["actor"].get("name"), (e.get("recipient") or {}).get("name")} == {"Lloyd Austin", "Sergei Shoigu"}}
    # the gold reference: 21 Oct 2022 and 13 May 2022 (000), 13 May and 18 Feb 2022 (002)
    assert {("000_741ecda8f4a08f1a.txt", "2022-10-21"), ("000_741ecda8f4a08f1a.txt", "2022-05-13"),
            ("002_91d4b520dce09521.txt", "2022-05-13"), ("002_91d4b520dce09521.txt", "2022-02-18")} <= calls


@pytest.mark.parametrize("query", ["since=not-a-date", "until=2022-02-31", "type=NOTATYPE", "limit=100000"])
def test_bad_query_answers_422(server, query):
    status, body = server.get("/api/events?" + query)
    assert status in (400, 422)
    assert body["detail"]


def test_assets_are_local(server):
    status, body = server.get("/")
    assert 'src="http' not in body and "href=\"http" not in body.replace('href="http://127.0.0.1', "")
    assert server.get("/static/style.css")[0] == 200 and server.get("/static/app.js")[0] == 200


@pytest.mark.parametrize("args, code, words", [
    (["serve", "--db", "/no/such/store.db"], 1, "no such store"),
    (["serve", "--db", "x.db", "--port", "http"], 2, "port"),
])
def test_serve_refuses_bad_arguments_in_one_line(tmp_path, args, code, words):
    cmd = [str(MARSAD)] if MARSAD.exists() else [sys.executable, "-m", "marsad"]
    r = subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert r.returncode == code
    assert words in r.stderr and "Traceback" not in r.stderr


def test_serve_refuses_a_file_that_is_not_a_store(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database", encoding="utf-8")
    cmd = [str(MARSAD)] if MARSAD.exists() else [sys.executable, "-m", "marsad"]
    r = subprocess.run([*cmd, "serve", "--db", str(bad)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_serve_says_when_the_port_is_taken(server):
    cmd = [str(MARSAD)] if MARSAD.exists() else [sys.executable, "-m", "marsad"]
    r = subprocess.run([*cmd, "serve", "--db", str(server.db), "--port", str(server.port)], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 1
    assert f"cannot listen on 127.0.0.1:{server.port}" in r.stderr and "Traceback" not in r.stderr
