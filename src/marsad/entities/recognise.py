"""The ``entities`` component: names of persons, organisations, places and other things (PER, ORG,
LOC, MISC) found by the NER model, as spans on exact character offsets of the original text.

Each span carries ``{"source": "ner", "confidence": mean marginal probability of its tokens,
"segment": kind of the segment it lies in}``. Names in boilerplate are tagged too; deciding what to
drop is the actor layer's job.
"""
from __future__ import annotations

import bisect
from typing import Iterable, Iterator

from ..doc import Document, Span, iter_lines
from ..lang.ar import dates_data
from ..lang.ar.normalise import norm
from ..lang.ar.tokens import Token, tokens_in
from . import ner

LABELS = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
SENTENCE_ENDS = {".", "؟", "!", "?"}
CLOSERS = {"»", "\"", "'", ")", "]", "”", "’"}
ENDS_OR_CLOSERS = CLOSERS | SENTENCE_ENDS
MAX_TOKENS = 150   # a longer stretch without a sentence end is tagged in pieces


def _chunks(tokens: list[Token]) -> Iterator[list[Token]]:
    """Sentence-sized runs of tokens, split after sentence-final punctuation as in training; a stop
    glued to the next token ("ق.م") does not split, closing quotes and brackets stay with their sentence."""
    cur: list[Token] = []
    n = len(tokens)
    for k, t in enumerate(tokens):
        cur.append(t)
        nxt = tokens[k + 1] if k + 1 < n else None
        if nxt is not None and nxt.text in CLOSERS and cur and cur[-1].text in ENDS_OR_CLOSERS:
            continue
        ends = t.text in ENDS_OR_CLOSERS and any(x.text in SENTENCE_ENDS for x in cur[-3:])
        glued = nxt is not None and nxt.start == t.end and t.text in SENTENCE_ENDS
        if (ends and not glued) or len(cur) >= MAX_TOKENS:
            yield cur
            cur = []
    if cur:
        yield cur


def decode(tokens: list[Token], labels: list[str], probs: list[float]) -> Iterator[tuple[int, int, str, float]]:
    """``(start, end, type, confidence)`` of each BIO span; a stray ``I-`` opens a span."""
    i, n = 0, len(labels)
    while i < n:
        lab = labels[i]
        if lab == "O":
            i += 1
            continue
        typ = lab[2:]
        j = i + 1
        while j < n and labels[j] == "I-" + typ:
            j += 1
        conf = sum(probs[i:j]) / (j - i)
        yield tokens[i].start, tokens[j - 1].end, typ, conf
        i = j


def recognise(text: str, regions: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int, str, float]]:
    """Entities of ``text`` as ``(start, end, label, confidence)``. ``regions`` are the stretches to read
    (sentences), by default every line; they are tagged together as one document."""
    if regions is None:
        regions = [(s, e) for s, e, _ in iter_lines(text)]
    chunks = [c for start, end in regions for c in _chunks(tokens_in(text, start, end))]
    out = []
    for chunk, (labels, probs) in zip(chunks, ner.model().tag_document([[t.text for t in c] for c in chunks])):
        for s, e, typ, conf in decode(chunk, labels, probs):
            out.append((s, e, LABELS.get(typ, typ), conf))
    return out


def _month_in_date(text: str, s: int, e: int, dates: list[tuple[int, int]]) -> bool:
    """The name is a month's name inside a date the times layer read ("أبريل (نيسان) 2013": not the carmaker)."""
    k = bisect.bisect_right(dates, (s, len(text) + 1)) - 1
    if k < 0 or dates[k][1] < e:
        return False
    word = norm(text[s:e]).strip()
    lex = dates_data.lexicon()
    return any(w in lex.months or w in lex.hmonths for w in (word, word[1:], word[2:]))


def component(doc: Document) -> Document:
    """Add ``entities`` spans found by the NER model to ``doc``."""
    sents = doc.layers.get("sentences") or []
    regions = [(s.start, s.end) for s in sents]
    # segments left without sentences (boilerplate) are read line by line: their names are kept too
    for seg in doc.layers.get("segments", ()):
        if not any(seg.start <= s < seg.end for s, _ in regions):
            regions += [(seg.start + a, seg.start + b) for a, b, _ in iter_lines(doc.text[seg.start:seg.end])]
    if not sents and not doc.layers.get("segments"):
        regions = [(s, e) for s, e, _ in iter_lines(doc.text)]
    tokens_in(doc.text)          # the whole text once: each region's tokens are then cut from it
    m = ner.model()
    layer = doc.layer("entities")
    layer[:] = [s for s in layer if s.attrs.get("source") != "ner"]
    starts = sorted((s, e) for s, e in regions)
    seg_of = {s.start: s.attrs.get("segment") for s in sents}
    dates = sorted((t.start, t.end) for t in doc.layers.get("times", ()) if t.label != "duration")
    for s, e, label, conf in recognise(doc.text, starts):
        if _month_in_date(doc.text, s, e, dates):
            continue
        k = bisect.bisect_right(starts, (s, len(doc.text) + 1)) - 1
        segment = seg_of.get(starts[k][0]) if k >= 0 else None
        if segment is None:
            seg = doc.segment_at(s)
            segment = seg.label if seg is not None else None
        doc.add("entities", Span(s, e, label, {"source": "ner", "confidence": round(conf, 3), "segment": segment}))
    doc.resources["ner"] = m.version
    return doc
