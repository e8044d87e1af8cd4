"""The one document model every component reads and writes.

A :class:`Document` keeps the original text untouched. Components add annotations as
:class:`Span` objects (character offsets into ``Document.text``) grouped in named layers
(``segments``, ``sentences``, ``tokens``, ``entities``, ``times``, ``quantities``, ``flags``)
and richer objects (``events``) that carry their own evidence span. Nothing ever rewrites
``text``: normalised copies live elsewhere with an offset map back to it.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

# JSON key that carries a span's label, per layer (the rest use "label").
LABEL_KEYS = {"segments": "kind", "flags": "kind", "times": None, "quantities": None, "sentences": None, "tokens": None}


@dataclass(slots=True)
class Span:
    """A stretch of ``Document.text`` from ``start`` to ``end`` (character offsets)."""

    start: int
    end: int
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    def text_in(self, doc: "Document") -> str:
        return doc.text[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self, doc: "Document", label_key: str | None = "label") -> dict[str, Any]:
        out: dict[str, Any] = {"text": doc.text[self.start:self.end], "start": self.start, "end": self.end}
        if label_key:
            out[label_key] = self.label
        out.update(self.attrs)
        return out


def content_hash(text: str) -> str:
    """Stable identity of a text: sha256 of its UTF-8 bytes (first 32 hex digits)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass
class Document:
    """An article: original text, metadata and annotation layers."""

    text: str
    id: str = ""
    source: str = ""
    url: str | None = None
    title: str | None = None
    byline: str | None = None
    publisher: str | None = None
    credited: str | None = None           # wire or agency credited ("وكالات", "واس")
    published: str | None = None          # YYYY-MM-DD, from metadata or the article text, never page chrome
    page_date: str | None = None          # a date printed in the page chrome, kept apart
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)   # anything else a reader kept (author, html metadata...)
    layers: dict[str, list[Span]] = field(default_factory=dict)
    events: list[Any] = field(default_factory=list)      # objects with .to_dict(doc)
    resources: dict[str, str] = field(default_factory=dict)  # name -> version of what produced the annotations

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_hash(self.text)[:16]

    # -- layers ---------------------------------------------------------------------------------
    def layer(self, name: str) -> list[Span]:
        return self.layers.setdefault(name, [])

    def add(self, name: str, span: Span) -> Span:
        if not (0 <= span.start <= span.end <= len(self.text)):
            raise ValueError(f"span {span.start}:{span.end} outside the text of {self.id!r} ({len(self.text)} chars)")
        self.layer(name).append(span)
        return span

    def spans_in(self, name: str, start: int, end: int) -> Iterator[Span]:
        for s in self.layers.get(name, ()):
            if s.start >= start and s.end <= end:
                yield s

    def segment_at(self, offset: int) -> Span | None:
        for s in self.layers.get("segments", ()):
            if s.start <= offset < s.end:
                return s
        return None

    def body_segments(self) -> list[Span]:
        return [s for s in self.layers.get("segments", ()) if s.label in ("body", "title", "heading")]

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    # -- output ---------------------------------------------------------------------------------
    def to_dict(self, *, tokens: bool = False) -> dict[str, Any]:
        """The contract's JSON form of this document (see docs/schema.md)."""
        out: dict[str, Any] = {
            "id": self.id, "source": self.source, "url": self.url, "language": self.language,
            "title": self.title, "byline": self.byline, "publisher": self.publisher, "credited": self.credited,
            "published": self.published, "page_date": self.page_date, "hash": self.hash,
        }
        for name in ("segments", "sentences", "entities", "times", "quantities", "flags") + (("tokens",) if tokens else ()):
            key = LABEL_KEYS.get(name, "label")
            spans = sorted(self.layers.get(name, ()), key=lambda s: (s.start, s.end))
            if name in ("segments", "sentences"):
                out[name] = [{k: v for k, v in s.to_dict(self, key).items() if k != "text"} for s in spans]
            else:
                out[name] = [s.to_dict(self, key) for s in spans]
        out["events"] = [e.to_dict(self) for e in self.events]
        if self.meta:
            out["meta"] = {k: v for k, v in self.meta.items() if _jsonable(v)}
        out["resources"] = dict(self.resources)
        return out


def _jsonable(v: Any) -> bool:
    return isinstance(v, (str, int, float, bool, type(None), list, dict))


def iter_lines(text: str) -> Iterable[tuple[int, int, str]]:
    """Yield (start, end, line) for each line of ``text`` (end excludes the newline)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1
