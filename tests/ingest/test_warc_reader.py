"""WARC reader: HTML responses become Records with their URL; other records are passed over."""
from __future__ import annotations

import io

import pytest

from marsad.ingest import read_inputs, to_document

from .conftest import article_page, split


def _warc(pages: list[tuple[str, str, bytes, str]], *, gz: bool) -> bytes:
    """A WARC holding (url, status, body, content type) responses plus one request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for url, status, body, ctype in pages:
        w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


@pytest.fixture
def pages(seed_002_parts):
    title, body = seed_002_parts
    html = article_page(title, body, published="2022-05-13", site="الشرق الأوسط").encode("utf-8")
    cp = article_page(title, body[:2], charset="windows-1256").encode("cp1256")
    return [
        ("https://example.com/news/1", "200 OK", html, "text/html; charset=utf-8"),
        ("https://example.com/missing", "404 Not Found", b"<html>not here</html>", "text/html"),
        ("https://example.com/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        ("https://example.com/news/2", "200 OK", cp, "text/html"),
    ]


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses_become_records(tmp_path, pages, seed_002_parts, gz):
    title, body = seed_002_parts
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    p.write_bytes(_warc(pages, gz=gz))
    recs, rej = split(read_inputs([str(p)]))
    assert not rej
    assert [(r.id, r.url) for r in recs] == [("https://example.com/news/1", "https://example.com/news/1"),
                                             ("https://example.com/news/2", "https://example.com/news/2")]
    first, second = (to_document(r) for r in recs)
    assert first.title == title and body[-1] in first.text and first.published == "2022-05-13"
    assert body[1] in second.text                      # windows-1256 page decoded
    assert second.published is None and second.meta["warc_date"]   # capture date is not a publication date


@pytest.mark.parametrize("gz", [False, True])
def test_warc_truncated_keeps_pages_read(tmp_path, pages, gz):
    data = _warc(pages, gz=gz)
    p = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    p.write_bytes(data[: len(data) - 200])
    recs, rej = split(read_inputs([str(p)]))
    assert [r.id for r in recs] == ["https://example.com/news/1"]
    assert len(rej) == 1 and rej[0].input == str(p) and rej[0].reason.startswith("truncated")


def test_warc_inside_zip(tmp_path, pages):
    import zipfile

    p = tmp_path / "crawls.zip"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("day1.warc.gz", _warc(pages[:1], gz=True))
    recs, rej = split(read_inputs([str(p)]))
    assert not rej and recs[0].source == f"{p}!day1.warc.gz"
