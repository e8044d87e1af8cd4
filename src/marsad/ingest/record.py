"""What readers yield: a :class:`Record` per article found, or a :class:`Rejected` per input that failed."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Record:
    """One article as a reader found it, before any analysis."""

    id: str                       # record id; for a file, its file name
    source: str                   # path, path!member, or URL it came from
    text: str | None = None       # plain text (already extracted)
    html: str | None = None       # raw HTML, extracted later by marsad.ingest.html
    url: str | None = None
    title: str | None = None
    published: str | None = None  # as given by metadata (any format; normalised by to_document)
    publisher: str | None = None  # outlet name or code ("aawsat", "Levant News")
    author: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rejected:
    """An input (or one record inside it) that could not be read, and why, in one line."""

    input: str
    reason: str
    skipped: bool = False   # a record with nothing to analyse (no text): reported, but not an error

    def __post_init__(self) -> None:
        self.input = _one_line(str(self.input), 500)
        self.reason = _one_line(str(self.reason), 300)

    def line(self) -> str:
        return f"{self.input}: {self.reason}"


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffd]+")


def _one_line(s: str, limit: int) -> str:
    """Control characters and line breaks (e.g. from a library's message about binary data) become one space."""
    s = " ".join(_UNPRINTABLE.sub(" ", s).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"
