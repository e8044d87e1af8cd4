"""``http(s)://`` inputs: an article page, or an RSS/Atom feed whose entries are fetched one by one.

A feed entry whose page cannot be fetched falls back to the entry's summary; the feed's own date
for the entry (RFC 822 / ISO) is its publication metadata.
"""
from __future__ import annotations

import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Iterator

from .. import __version__
from .decode import DecodeError, declared_charset, decode, looks_binary
from .record import Record, Rejected
from .warc import http_charset

USER_AGENT = f"marsad/{__version__} (news event analysis; Python urllib)"
TIMEOUT = 20.0
MAX_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 200
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml", "application/feed+json")
_FEED_HEAD = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)


@dataclass
class Fetched:
    url: str            # final URL after redirects
    body: bytes
    content_type: str


class FetchError(Exception):
    """One line: why a URL could not be fetched."""


def fetch(url: str, *, timeout: float = TIMEOUT) -> Fetched:
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - http(s) only, checked by caller
            body = resp.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise FetchError(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
            if resp.headers.get("Content-Encoding", "").lower() == "gzip":
                import gzip

                body = gzip.decompress(body)
            return Fetched(resp.geturl(), body, resp.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot fetch ({exc.reason})") from None
    except (socket.timeout, TimeoutError):
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise FetchError(f"cannot fetch ({exc})") from None


def looks_like_feed(head: bytes) -> bool:
    """An RSS/Atom/RDF root element near the start of an XML document."""
    return bool(_FEED_HEAD.search(head[:2048]))


def is_feed(f: Fetched) -> bool:
    kind = f.content_type.split(";")[0].strip().lower()
    head = f.body[:2048]
    if kind in _FEED_TYPES[:3]:
        return True
    if kind in ("text/html", "application/xhtml+xml"):
        return False
    return bool(_FEED_HEAD.search(head))


def _page_record(f: Fetched, *, rid: str, source: str) -> Record | Rejected:
    kind = f.content_type.split(";")[0].strip().lower()
    textual = not kind or kind.startswith("text/") or "html" in kind or "xml" in kind
    has_bom = f.body.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not textual or (looks_binary(f.body[:4096]) and not has_bom):
        return Rejected(source, f"not a supported input ({kind or 'binary'})")
    try:
        text = decode(f.body, http_charset(f.content_type) or declared_charset(f.body))
    except DecodeError as exc:
        return Rejected(source, str(exc))
    if kind == "text/plain":
        return Record(id=rid, source=source, text=text, url=f.url)
    return Record(id=rid, source=source, html=text, url=f.url)


def read_url(url: str) -> Iterator[Record | Rejected]:
    """Records for a URL: the page itself, or one per feed entry."""
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        yield Rejected(url, "not an http(s) URL")
        return
    try:
        f = fetch(url)
    except FetchError as exc:
        yield Rejected(url, str(exc))
        return
    if is_feed(f):
        yield from read_feed(f, url)
    else:
        yield _page_record(f, rid=url, source=url)


def _entry_text(entry: dict) -> str | None:
    for c in entry.get("content") or []:
        if c.get("value", "").strip():
            return c["value"]
    s = entry.get("summary") or entry.get("description")
    return s if s and s.strip() else None


def read_feed(f: Fetched, feed_url: str, *, fetch_pages: bool = True) -> Iterator[Record | Rejected]:
    """One record per entry: its page when ``fetch_pages`` and the page can be fetched, else its summary."""
    import feedparser

    parsed = feedparser.parse(f.body, response_headers={"content-location": f.url, "content-type": f.content_type})
    entries = parsed.get("entries") or []
    if not entries:
        why = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        yield Rejected(feed_url, f"a feed with no entries{why}")
        return
    feed_title = (parsed.get("feed") or {}).get("title") or None
    for n, entry in enumerate(entries[:MAX_ENTRIES], 1):
        link = entry.get("link")
        link = urllib.parse.urljoin(f.url, link) if link else None
        rid = link or entry.get("id") or f"{feed_url}#{n}"
        meta = {"feed": feed_url}
        if entry.get("id"):
            meta["feed_entry_id"] = entry["id"]
        common = dict(title=entry.get("title") or None, published=entry.get("published") or entry.get("updated"),
                      publisher=feed_title, author=entry.get("author") or None)
        why = "the entry has no link" if fetch_pages else "the entry has no text (pages of a feed file are not fetched)"
        if fetch_pages and link and urllib.parse.urlsplit(link).scheme in ("http", "https"):
            try:
                page = fetch(link)
            except FetchError as exc:
                why = str(exc)
            else:
                rec = _page_record(page, rid=rid, source=link)
                if isinstance(rec, Record):
                    for k, v in common.items():
                        setattr(rec, k, v)
                    rec.meta.update(meta)
                    yield rec
                    continue
                why = rec.reason
        summary = _entry_text(entry)
        if summary is None:
            yield Rejected(link or f"{feed_url}#{n}", why)
            continue
        meta["from_summary"] = why if fetch_pages else "feed file"
        is_html = "<" in summary and ">" in summary
        yield Record(id=rid, source=(link if fetch_pages else None) or feed_url, text=None if is_html else summary,
                     html=summary if is_html else None, url=link, meta=meta, **common)
