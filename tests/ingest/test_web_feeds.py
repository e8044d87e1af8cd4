"""URLs and RSS/Atom feeds, served by a local HTTP server on 127.0.0.1."""
from __future__ import annotations

import http.server
import threading

import pytest

from marsad.ingest import read_inputs, to_document

from .conftest import article_page, split

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار المثال</title><link>{base}/</link><description>آخر الأخبار</description>
<item><title>{t1}</title><link>{base}/news/1.html</link><pubDate>Fri, 13 May 2022 18:20:00 +0300</pubDate>
  <author>desk@example.com (خافيير أنسورينا)</author><description>ملخص الخبر الأول</description></item>
<item><title>{t2}</title><link>/news/2.html</link><pubDate>Sat, 14 May 2022 09:00:00 GMT</pubDate></item>
<item><title>خبر محذوف</title><link>{base}/news/gone.html</link><pubDate>Sun, 15 May 2022 10:00:00 GMT</pubDate>
  <description>&lt;p&gt;{summary}&lt;/p&gt;</description></item>
<item><title>خبر بلا ملخص</title><link>{base}/news/gone2.html</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom مثال</title><id>urn:x</id><updated>2022-05-14T00:00:00Z</updated>
<entry><title>{t1}</title><link href="{base}/news/1.html"/><id>urn:1</id><updated>2022-05-13T15:20:00Z</updated></entry>
</feed>"""


@pytest.fixture(scope="module")
def site(seed_002_parts, seed_000):
    title, body = seed_002_parts
    lines = [ln for ln in seed_000.split("\n") if ln.strip()]
    pages: dict[str, tuple[int, str, bytes]] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            status, ctype, body_ = pages.get(self.path, (404, "text/html", b"<html>not found</html>"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body_)))
            self.end_headers()
            self.wfile.write(body_)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages["/news/1.html"] = (200, "text/html; charset=utf-8",
                             article_page(title, body, site="الشرق الأوسط").encode("utf-8"))
    pages["/news/2.html"] = (200, "text/html; charset=windows-1256",
                             article_page(lines[3], lines[5:9], charset="windows-1256").encode("cp1256"))
    fmt = dict(base=base, t1=title, t2=lines[3], summary=lines[6])
    pages["/feed.xml"] = (200, "application/rss+xml; charset=utf-8", RSS.format(**fmt).encode("utf-8"))
    pages["/atom"] = (200, "text/xml", ATOM.format(**fmt).encode("utf-8"))
    pages["/plain.txt"] = (200, "text/plain; charset=utf-8", seed_000.encode("utf-8"))
    pages["/file.pdf"] = (200, "application/pdf", b"%PDF-1.4\n\x00\x01")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, title, body, lines
    server.shutdown()
    server.server_close()


def test_rss_feed_one_record_per_entry(site):
    base, title, body, lines = site
    recs, rej = split(read_inputs([f"{base}/feed.xml"]))
    assert [r.id for r in recs] == [f"{base}/news/1.html", f"{base}/news/2.html", f"{base}/news/gone.html"]
    assert [r.input for r in rej] == [f"{base}/news/gone2.html"] and "404" in rej[0].reason
    d1, d2, d3 = (to_document(r) for r in recs)
    assert d1.title == title and body[-1] in d1.text and d1.url == f"{base}/news/1.html"
    assert d1.published == "2022-05-13" and d1.publisher == "أخبار المثال"
    assert d2.published == "2022-05-14" and lines[6] in d2.text        # relative link, windows-1256 page
    assert d3.published == "2022-05-15" and d3.text.endswith(lines[6]) and d3.meta["from_summary"]
    assert all(d.meta["feed"] == f"{base}/feed.xml" for d in (d1, d2, d3))


def test_atom_feed_served_as_text_xml(site):
    base, title, body, _ = site
    recs, rej = split(read_inputs([f"{base}/atom"]))
    assert not rej and len(recs) == 1
    doc = to_document(recs[0])
    assert doc.title == title and doc.published == "2022-05-13" and body[0] in doc.text


def test_url_article_page_and_plain_text(site, seed_000):
    base, title, body, _ = site
    recs, rej = split(read_inputs([f"{base}/news/1.html", f"{base}/plain.txt"]))
    assert not rej and [r.id for r in recs] == [f"{base}/news/1.html", f"{base}/plain.txt"]
    page, plain = (to_document(r) for r in recs)
    assert page.title == title and page.publisher == "الشرق الأوسط" and page.published is None
    assert plain.text == seed_000


@pytest.mark.parametrize("path,reason", [("/missing", "HTTP 404"), ("/file.pdf", "not a supported input")])
def test_url_errors_are_one_line(site, path, reason):
    base = site[0]
    (rej,) = read_inputs([base + path])
    assert rej.input == base + path and rej.reason.startswith(reason)


def test_url_connection_refused():
    import socket

    with socket.socket() as s:           # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (rej,) = read_inputs([f"http://127.0.0.1:{port}/x"])
    assert "cannot fetch" in rej.reason


def test_feed_file_read_from_summaries_without_fetching(tmp_path, seed_000):
    lines = [ln for ln in seed_000.split("\n") if ln.strip()]
    p = tmp_path / "saved.rss"
    p.write_text(RSS.format(base="http://127.0.0.1:9", t1=lines[3], t2="خبر", summary=lines[6]), encoding="utf-8")
    recs, rej = split(read_inputs([str(p)]))
    assert [r.id for r in recs] == ["http://127.0.0.1:9/news/1.html", "http://127.0.0.1:9/news/gone.html"]
    assert all(r.source == str(p) and r.meta["from_summary"] == "feed file" for r in recs)
    assert to_document(recs[1]).text.endswith(lines[6]) and to_document(recs[0]).published == "2022-05-13"
    assert len(rej) == 2 and all("not fetched" in r.reason for r in rej)
