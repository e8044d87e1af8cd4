"""HTML to article text and metadata with trafilatura, and a tag-stripping fallback.

The publication date is taken from the page's metadata only (``<meta>`` tags, JSON-LD
``datePublished``, ``<time itemprop=datePublished>``, a /YYYY/MM/DD/ URL), never from the page text,
so a date printed in the site header never becomes the article's date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

__all__ = ["Extracted", "extract", "metadata_date", "strip_tags"]

# <meta> names/properties/itemprops that carry the publication date, most specific first
DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "published_time", "pubdate", "publishdate",
    "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "dc.date", "article.published", "originalpublicationdate", "date",
)
_META_TAG = re.compile(r"<meta\s[^>]{0,1000}>", re.I)
_ATTR = re.compile(r"""([a-zA-Z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{6,40})"')
_TIME_TAG = re.compile(r"<time\s[^>]{0,500}>", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|$|[-_])")


@dataclass
class Extracted:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None       # raw, from metadata only (see metadata_date)
    date_from: str | None = None
    sitename: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    method: str = "trafilatura"


_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
# inline elements run on within a line; every other element (HTML blocks, XML elements) breaks the line
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd",
    "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
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
        if tag not in _INLINE:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        if tag not in _INLINE:
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


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or "") for m in _ATTR.finditer(tag)}


def metadata_date(html: str, url: str | None = None) -> tuple[str | None, str | None]:
    """(raw date, where it was found) from the page's metadata, or (None, None)."""
    head = html[:300_000]
    found: dict[str, str] = {}
    for m in _META_TAG.finditer(head):
        a = _attrs(m.group(0))
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
        if key in DATE_META and a.get("content", "").strip() and key not in found:
            found[key] = a["content"].strip()
    for key in DATE_META:
        if key in found:
            return found[key], f"meta {key}"
    m = _JSONLD_DATE.search(head)
    if m:
        return m.group(1), "json-ld datePublished"
    for m in _TIME_TAG.finditer(head):
        a = _attrs(m.group(0))
        if (a.get("itemprop", "").lower() == "datepublished" or "pubdate" in a) and a.get("datetime"):
            return a["datetime"], "time datePublished"
    m = _URL_DATE.search(url or "")
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "url"
    return None, None


def _clean(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def extract(html: str, url: str | None = None) -> Extracted:
    """Main text and metadata of an article page; falls back to tag stripping when trafilatura finds nothing."""
    result = None
    head = html[:4096].lower()
    if html.lstrip().startswith("<?xml") and "<html" not in head:  # XML, not a web page: no boilerplate model
        text, title = strip_tags(html)
        date, date_from = metadata_date(html, url)
        return Extracted(text=text, title=title, date=date, date_from=date_from, url=url, method="strip_tags")
    try:
        import trafilatura

        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"original_date": True, "extensive_search": False},  # its date is not used
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
    date, date_from = metadata_date(html, url or _clean(get("url")))
    out = Extracted(text=text, title=_clean(get("title")), author=_clean(get("author")), date=date,
                    date_from=date_from, sitename=_clean(get("sitename")), url=_clean(get("url")), meta=meta)
    if not text:
        fallback, title = strip_tags(html)
        out.text, out.method = fallback, "strip_tags"
        out.title = out.title or title
    return out
