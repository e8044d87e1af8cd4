"""HTML to article text and metadata with trafilatura, and a tag-stripping fallback.

The publication date is taken from the page's metadata only (meta tags, JSON-LD, ``<time>``, the
URL): trafilatura's extensive search through the page text is switched off, so a date printed in
the site header never becomes the article's date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

__all__ = ["Extracted", "extract", "strip_tags"]


@dataclass
class Extracted:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    method: str = "trafilatura"


_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "blockquote", "pre", "figure", "figcaption", "nav", "aside", "main",
    "dd", "dt", "dl", "hr", "title", "form", "address",
}


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\u00a0\f\v]+")
_BLANKS = re.compile(r"\n\s*\n+")


def strip_tags(html: str) -> tuple[str, str | None]:
    """(text, title) of an HTML string with tags removed, one line per block, blank runs collapsed."""
    p = _Stripper()
    try:
        p.feed(html)
        p.close()
    except Exception:  # html.parser is lenient; a pathological page still yields what was read
        pass
    text = _SPACES.sub(" ", "".join(p.parts))
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANKS.sub("\n", text).strip()
    title = _SPACES.sub(" ", "".join(p.title)).strip() or None
    return text, title


def _clean(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def extract(html: str, url: str | None = None) -> Extracted:
    """Main text and metadata of an article page; falls back to tag stripping when trafilatura finds nothing."""
    result = None
    try:
        import trafilatura

        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"original_date": True, "extensive_search": False,
                                    "max_date": (dt.date.today() + dt.timedelta(days=1)).isoformat()},
        )
    except Exception:  # a page that breaks the extractor falls back to plain tag stripping
        result = None
    get = (lambda k: getattr(result, k, None)) if result is not None and not isinstance(result, dict) else \
        (lambda k: (result or {}).get(k))
    text = (get("text") or "").strip()
    meta: dict[str, Any] = {}
    for key in ("description", "hostname", "categories", "tags", "license", "image", "pagetype"):
        v = get(key)
        if v:
            meta[key] = v if isinstance(v, (str, list)) else str(v)
    out = Extracted(text=text, title=_clean(get("title")), author=_clean(get("author")), date=_clean(get("date")),
                    sitename=_clean(get("sitename")), url=_clean(get("url")), meta=meta)
    if not text:
        fallback, title = strip_tags(html)
        out.text, out.method = fallback, "strip_tags"
        out.title = out.title or title
    return out
