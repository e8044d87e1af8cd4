"""The HTML pages, in process: right to left Arabic by default, English on request, a JSON twin on every page,
article text escaped everywhere, evidence marked at its offsets."""
from __future__ import annotations

import html
import re
from urllib.parse import quote

import pytest

from web_store import XSS_ID

SEED_000 = "000_741ecda8f4a08f1a.txt"
PAGES = ["/", "/?type=CONSULT", f"/documents/{SEED_000}", f"/documents/{XSS_ID}?event=e1", "/stories",
         "/timeline?a=Austin&b=Shoigu", "/timeline", "/actors", "/map", "/search?q=الدفاع", "/search?q=alert",
         "/docs"]


def page(client, url: str, lang: str | None = None) -> str:
    client.cookies.clear()
    r = client.get(url + (("&" if "?" in url else "?") + f"lang={lang}" if lang else ""))
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    return r.text


@pytest.mark.parametrize("url", PAGES)
def test_pages_are_arabic_rtl_with_a_json_twin(client, url):
    text = page(client, url)
    assert '<html lang="ar" dir="rtl">' in text
    if url not in ("/timeline",):
        m = re.search(r'<a class="json-twin" href="([^"]+)"', text)
        assert m, url
        twin = client.get(html.unescape(m.group(1)))
        assert twin.status_code == 200 and twin.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("url", PAGES)
def test_english_view_and_cookie(client, url):
    text = page(client, url, "en")
    assert '<html lang="en" dir="ltr">' in text
    assert "Events" in text


def test_language_cookie_is_kept(client):
    client.cookies.clear()
    r = client.get("/?lang=en")
    assert "lang=en" in r.headers.get("set-cookie", "")
    assert '<html lang="en" dir="ltr">' in client.get("/stories").text
    client.cookies.clear()


@pytest.mark.parametrize("url", PAGES + [f"/stories/{quote('s')}"])
def test_article_html_never_reaches_the_page_unescaped(client, url):
    client.cookies.clear()
    text = client.get(url).text
    for raw in ("<script>alert", "<img src=x", "<b>نص", "<i>ناشر", "<a href=\"javascript:"):
        assert raw not in text, (url, raw)


def visible(markup: str) -> str:
    """The text a reader sees: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_xss_article_shows_its_markup_as_text(client):
    text = page(client, f"/documents/{XSS_ID}")
    seen = visible(text)
    for literal in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<b>نص عريض</b>",
                    '<a href="javascript:alert(4)">رابط</a>', "<img src=x onerror=alert(6)> عنوان"):
        assert literal in seen, literal
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<script>alert(1)</script>" in visible(page(client, "/?document=" + XSS_ID))


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text.replace('<script src="/static/app.js" defer></script>', "")


def test_document_page_marks_the_selected_evidence(client):
    api = client.get(f"/api/documents/{SEED_000}").json()
    ev = next(e for e in api["events"] if e["event"] == "CONSULT" and e["date"] == "2022-05-13")
    text = page(client, f"/documents/{SEED_000}?event={ev['id']}")
    marked = re.findall(r'<span class="[^"]*ev-selected[^"]*"[^>]*>([^<]*)</span>', text)
    assert html.unescape("".join(marked)) == ev["text_info"]["text"]
    assert f'id="event-{ev["id"]}"' in text and 'event-card selected' in text
    for name in ("actor", "recipient", "trigger"):
        assert f'data-f="{ev["id"]}:{name}' in text or f' {ev["id"]}:{name}' in text


def test_document_page_keeps_every_character_of_each_segment(client):
    api = client.get(f"/api/documents/{SEED_000}").json()
    text = page(client, f"/documents/{SEED_000}")
    body = text[text.index('<div class="text"'):text.index("</div>", text.index('<div class="text"'))]
    paras = re.findall(r'<p class="seg seg-(\w+)"[^>]*>(.*?)</p>', body, re.S)
    assert len(paras) == len(api["segments"])
    for (kind, inner), seg in zip(paras, api["segments"]):
        assert kind == seg["kind"]
        assert html.unescape(re.sub(r"<[^>]+>", "", inner)) == api["text"][seg["start"]:seg["end"]]
    assert 'class="ent ent-per"' in text


@pytest.mark.parametrize("url, status", [
    ("/?since=not-a-date", 400), ("/?type=FOO", 400), ("/?limit=9999", 400), ("/documents/nope", 404),
    ("/stories/nope", 404), ("/no/such/page", 404),
])
def test_bad_requests_get_an_html_page(client, url, status):
    client.cookies.clear()
    r = client.get(url)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in r.text


def test_filters_on_the_event_page(client):
    text = page(client, "/?type=REQUEST")
    assert 'data-type="REQUEST"' in text and 'data-type="CONSULT"' not in text
    assert '<option value="REQUEST" selected>' in text
    assert re.search(r'<svg class="bars"', text) and "<rect" in text


def test_map_and_network_are_svg(client):
    m = page(client, "/map")
    assert m.count('<path class="land"') > 50 and '<circle class="place' in m
    n = page(client, "/actors")
    assert n.count('<circle class="node"') >= 4 and '<line class="edge"' in n


def test_implausible_number_is_marked_in_the_text(client):
    api = client.get("/api/documents/002_91d4b520dce09521.txt").json()
    flag = next(f for f in api["flags"] if f["kind"] == "implausible_quantity")
    text = page(client, "/documents/002_91d4b520dce09521.txt")
    marked = re.findall(r'<span class="[^"]*flagged[^"]*"[^>]*>([^<]*)</span>', text)
    assert html.unescape("".join(marked)) == flag["text"] == "3,800 مليار دولار"


def test_an_empty_store_serves_every_page(tmp_path):
    from fastapi.testclient import TestClient

    from marsad.store import Store
    from marsad.web import create_app

    Store.open(tmp_path / "empty.db").close()
    with TestClient(create_app(str(tmp_path / "empty.db"))) as c:
        for url in ["/", "/stories", "/timeline?a=x&b=y", "/actors", "/map", "/search?q=x", "/docs",
                    "/api/events", "/api/places", "/api/actors", "/api/stories", "/api/export/events.parquet"]:
            r = c.get(url)
            assert r.status_code == 200, (url, r.text[:300])
        assert c.get("/api/events").json()["total"] == 0
