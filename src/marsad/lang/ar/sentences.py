"""Sentence boundaries in Arabic (and Latin) news text, in linear time.

A sentence ends at . ! ? ؟ … ۔ (or a run of them) and at every line break. A full stop does not end
a sentence when it is a decimal or thousands point between digits ("3.5", "1.234.567"), when a
letter or digit follows it directly ("spa.gov.sa"), or when it closes an abbreviation: a single
letter ("د." "م." "ص." "J."), a chain of single letters ("ق.م" "U.S.") or a word listed in
``resources/lang/abbreviations.tsv``. Closing quotes and brackets right after the end ("...النار."»)
belong to the sentence they close. The component adds a ``sentences`` span for every sentence of
the document's segments that are not boilerplate, with attrs ``{"segment": kind}``; with no
segments, over the whole text with ``{"segment": None}``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ...doc import Document, Span
from ...resources import read_tsv
from ..versions import cached_version
from .normalise import norm

RESOURCE = "lang/abbreviations.tsv"
_END = re.compile(r"\n|[.!?\u061F\u2026\u06D4]+")
_CLOSERS = "\"'»”’)]}›"
_WORDCHAR = re.compile(r"[\w\u0600-\u06FF]")
_LETTER_CHAIN = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")
_ERA = {"م", "ه", "ھ"}            # "2014 م." and "1436 هـ." end sentences: era letters after a year
_MAX_ABBR = 12
_HAS_CONTENT = re.compile(r"[^\W_]")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Normalised abbreviations (without their final full stop) that do not end a sentence."""
    return frozenset(norm(row["abbreviation"]).rstrip(".") for _, _, row in read_tsv(RESOURCE, required=("abbreviation",)))


def _word_before(text: str, pos: int, lo: int) -> str:
    """The non-space run ending at ``pos`` (at most _MAX_ABBR characters back)."""
    i = pos
    stop = max(lo, pos - _MAX_ABBR)
    while i > stop and not text[i - 1].isspace() and text[i - 1] not in "(\"«“'":
        i -= 1
    return text[i:pos]


def _is_abbreviation(text: str, a: int, lo: int) -> bool:
    """Whether the full stop at ``a`` closes an abbreviation."""
    w = _word_before(text, a, lo).replace("\u0640", "")
    if not w:
        return False
    if len(w) == 1 and w.isalpha():
        if w in _ERA or norm(w) in _ERA:
            j = a - 1
            while j > lo and text[j - 1] in " \u0640":
                j -= 1
            if j > lo and text[j - 1].isdigit():
                return False
        return True
    if _LETTER_CHAIN.match(w):
        return True
    return norm(w) in abbreviations()


def _not_an_end(text: str, a: int, b: int, lo: int, hi: int) -> bool:
    if b - a != 1 or text[a] != ".":
        return False
    nxt = text[b] if b < hi else ""
    if nxt and (nxt.isdigit() or (nxt.isascii() and nxt.isalpha())):
        return True                      # 3.5, 1.234.567, spa.gov.sa, U.S
    prev = text[a - 1] if a > lo else ""
    if prev.isdigit() and nxt.isdigit():
        return True
    if _is_abbreviation(text, a, lo):
        return True
    j = b
    while j < hi and text[j] == " ":
        j += 1
    return j < hi and text[j].isascii() and text[j].islower()   # "approx. five", "Corp. and"


def split(text: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text[lo:hi]``, trimmed of spaces; linear in its length."""
    hi = len(text) if hi is None else hi
    start = lo
    quotes = 0                 # '"' seen in the current sentence
    scanned = lo
    for m in _END.finditer(text, lo, hi):
        a, b = m.start(), m.end()
        if text[a] == "\n":
            end = a
        else:
            if _not_an_end(text, a, b, lo, hi):
                continue
            quotes += text.count('"', scanned, b)
            scanned = b
            end = b
            while end < hi and text[end] in _CLOSERS:
                if text[end] == '"':
                    if quotes % 2 == 0:
                        break          # an opening quote of the next sentence
                    quotes += 1
                end += 1
        yield from _trimmed(text, start, end)
        start = end
        scanned = max(scanned, end)
        quotes = 0
    yield from _trimmed(text, start, hi)


def _trimmed(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and _HAS_CONTENT.search(text, s, e):
        yield s, e


def component(doc: Document) -> Document:
    """Add a ``sentences`` span for every sentence outside boilerplate segments (replacing earlier ones)."""
    segs = sorted(doc.layers.get("segments", ()), key=lambda s: s.start)
    spans: list[Span] = []
    if segs:
        for seg in segs:
            if seg.label == "boilerplate":
                continue
            spans.extend(Span(s, e, "", {"segment": seg.label}) for s, e in split(doc.text, seg.start, seg.end))
    else:
        spans = [Span(s, e, "", {"segment": None}) for s, e in split(doc.text)]
    doc.layers["sentences"] = spans
    doc.resources[RESOURCE] = cached_version(RESOURCE)
    return doc
