"""From a reader's :class:`Record` to a :class:`~marsad.doc.Document`: HTML extraction, metadata, dates.

``published`` comes only from metadata here (the record's own field, a feed's date, the page's
meta tags); dates in the article text are the date component's business.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re

from ..doc import Document
from .decode import normalise_newlines
from .html import extract
from .record import Record

__all__ = ["normalise_date", "to_document"]

_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_]|[+-]\d\d:?\d\d|Z)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")
_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|[T\s,])")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    if not (1900 <= y <= dt.date.today().year + 1):
        return None
    return day.isoformat()


def normalise_date(value: object) -> str | None:
    """A metadata date as ``YYYY-MM-DD``, or None when it cannot be read without guessing.

    Accepts ISO dates and datetimes ("2015-07-21", "2015-07-21 10:00", "2015-07-21T10:00:00+03:00"),
    RFC 822 dates from feeds ("Tue, 21 Jul 2015 10:00:00 +0300"), "21/07/2015" when the day is
    unambiguous, and written dates dateparser reads strictly ("21 July 2015", "21 يوليو 2015").
    The date is the one written (no time-zone conversion).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return _valid(value.year, value.month, value.day)
    s = str(value).strip()
    if not s or len(s) > 80:
        return None
    m = _ISO.match(s) or _COMPACT.match(s)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 >= b:
            return _valid(y, b, a)
        if b > 12 >= a:
            return _valid(y, a, b)
        return None  # 03/04/2015: day and month cannot be told apart
    if re.match(r"^[A-Za-z]{3},?\s+\d", s) or re.match(r"^\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", s):
        try:
            d = email.utils.parsedate_to_datetime(s)
            return _valid(d.year, d.month, d.day)
        except (TypeError, ValueError, IndexError):
            pass
    if not re.search(r"\d{4}", s):  # a written date without a year is not a publication date
        return None
    try:
        import dateparser

        d = dateparser.parse(s, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                                          "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "DMY"})
    except Exception:  # dateparser raises on some odd strings; unknown is the answer then
        return None
    return _valid(d.year, d.month, d.day) if d else None


def _with_title(title: str | None, body: str) -> tuple[str, bool]:
    """Put the headline on the first line of an extracted page unless the text already opens with it."""
    if not title or "\n" in title:
        return body, False
    head = body[: len(title) + 40]
    if title.strip() in head:
        return body, False
    return f"{title.strip()}\n{body}", True


def _which(record: Record) -> str:
    """" (record ID)" when the record is one of several in its source, so a rejection names it."""
    base = record.source.rsplit("!", 1)[-1].rsplit("/", 1)[-1]
    return "" if not record.id or record.id in (base, record.source) else f" (record {record.id})"


def to_document(record: Record) -> Document:
    """The :class:`Document` for one record; HTML goes through trafilatura (metadata kept).

    Raises ValueError when the record holds no text at all (e.g. an HTML page with no content).
    """
    meta = dict(record.meta)
    title, byline, publisher, url = record.title, record.author, record.publisher, record.url
    published_raw = record.published
    if record.text is not None and record.text.strip():
        text = normalise_newlines(record.text)
    elif record.html:
        ex = extract(record.html, record.url)
        if not ex.text.strip():
            raise ValueError(f"no article text found in the HTML{_which(record)}")
        title = title or ex.title
        byline = byline or ex.author
        publisher = publisher or ex.sitename
        url = url or ex.url
        if not published_raw and ex.date:
            published_raw = ex.date
            meta["published_from"] = ex.date_from
        text, title_line = _with_title(title, normalise_newlines(ex.text))
        meta.update({f"html_{k}": v for k, v in ex.meta.items()})
        meta["extraction"] = ex.method
        if title_line:
            meta["title_line"] = True  # the first line of text is the page's headline
    else:
        raise ValueError(f"no text{_which(record)}")
    published = normalise_date(published_raw)
    if published_raw and published is None:
        meta["published_raw"] = str(published_raw)
    if record.author:
        meta.setdefault("author", record.author)
    return Document(
        text=text, id=record.id, source=record.source, url=url, title=title, byline=byline,
        publisher=publisher, published=published, meta=meta,
    )
