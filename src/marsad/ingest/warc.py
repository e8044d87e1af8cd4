"""WARC files (``.warc``, ``.warc.gz``): each successful HTML response becomes a Record with its URL.

The capture date (``WARC-Date``) is when the page was crawled, not when it was published, so it is
kept in ``meta["warc_date"]`` and never used as the publication date.
"""
from __future__ import annotations

import re
from typing import BinaryIO, Iterator

from .decode import DecodeError, declared_charset, decode
from .record import Record, Rejected

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def http_charset(content_type: str | None) -> str | None:
    """The ``charset=`` of a Content-Type header, if it names a known codec."""
    import codecs

    m = _CHARSET.search(content_type or "")
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1)).name
    except LookupError:
        return None


def read_warc(stream: BinaryIO, *, source: str) -> Iterator[Record | Rejected]:
    """HTML (and plain-text) responses and resources of a WARC; a truncated WARC keeps what was read."""
    from warcio.archiveiterator import ArchiveIterator

    class _Quiet(ArchiveIterator):
        INC_RECORD = ""  # warcio writes this warning to stderr; it is counted and reported once instead

    seen: dict[str, int] = {}
    found = 0
    records = _Quiet(stream)
    try:
        for rec in records:
            if rec.rec_type not in ("response", "resource"):
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
            if rec.rec_type == "response":
                if rec.http_headers is None:
                    continue
                status = rec.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    continue
                ctype = rec.http_headers.get_header("Content-Type") or ""
            else:
                ctype = rec.rec_headers.get_header("Content-Type") or ""
            kind = ctype.split(";")[0].strip().lower()
            if kind not in _HTML_TYPES and kind != "text/plain":
                continue
            body = rec.content_stream().read()
            where = f"{source}!{uri or found + 1}"
            if getattr(rec.raw_stream, "limit", 0):  # bytes the record announced but the file does not hold
                yield Rejected(source, f"truncated WARC: the record for {uri or 'a page'} is incomplete; "
                                       f"{found} page(s) read")
                return
            try:
                text = decode(body, http_charset(ctype) or declared_charset(body))
            except DecodeError as exc:
                yield Rejected(where, str(exc))
                continue
            found += 1
            n = seen.get(uri, 0) + 1
            seen[uri] = n
            rid = (uri if n == 1 else f"{uri}#{n}") if uri else f"{source.rsplit('/', 1)[-1]}:{found}"
            meta = {"warc_date": rec.rec_headers.get_header("WARC-Date"),
                    "warc_record_id": rec.rec_headers.get_header("WARC-Record-ID")}
            if kind == "text/plain":
                yield Record(id=rid, source=source, text=text, url=uri or None, meta=meta)
            else:
                yield Record(id=rid, source=source, html=text, url=uri or None, meta=meta)
    except Exception as exc:  # warcio raises several types on a cut or corrupt file
        yield Rejected(source, f"truncated or corrupt WARC ({type(exc).__name__}: {exc}); {found} page(s) read")
        return
    if records.err_count:
        yield Rejected(source, f"damaged WARC: {records.err_count} record(s) with a wrong length; {found} page(s) read")
    elif not found:
        yield Rejected(source, "no HTML pages in the WARC")
