"""Run a component block by block on very long texts, so that its cost stays linear in the text's length.

A news article is a few thousand characters; a 2 MB dump on one line is not an article but must still be
analysed. Components whose rules compare mentions with each other (coreference, role chains) are cheap on
an article and quadratic on a dump, so on long texts they run on blocks of whole sentences, each seen as a
small Document with its layers clipped and shifted, and their output is shifted back.
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import Callable

from .doc import Document, Span

BLOCK_CHARS = 20_000


def block_bounds(doc: Document, max_chars: int = BLOCK_CHARS) -> list[tuple[int, int]]:
    """Cut points at sentence starts (else line breaks, else spaces) giving blocks of about ``max_chars``."""
    n = len(doc.text)
    if n <= max_chars:
        return [(0, n)]
    starts = sorted({s.start for s in doc.layers.get("sentences", ())})
    bounds, a = [], 0
    si = 0
    while a < n:
        target = a + max_chars
        if target >= n:
            bounds.append((a, n))
            break
        cut = None
        while si < len(starts) and starts[si] <= target:
            if starts[si] > a:
                cut = starts[si]
            si += 1
        if cut is None or cut - a < max_chars // 4:
            nl = doc.text.rfind("\n", a + max_chars // 4, target)
            sp = doc.text.rfind(" ", a + max_chars // 4, target)
            cut = nl + 1 if nl > 0 else (sp + 1 if sp > 0 else target)
        bounds.append((a, cut))
        a = cut
    return bounds


def _clip(spans: list[Span], a: int, b: int) -> list[Span]:
    out = []
    for s in spans:
        if s.end <= a or s.start >= b:
            continue
        out.append(Span(max(s.start, a) - a, min(s.end, b) - a, s.label, dict(s.attrs)))
    return out


CLUSTER_STRIDE = 1_000_000


def _shift(attrs: dict, by: int, block: int) -> dict:
    """Offsets inside attributes ("role_span") move with the span; chain ids stay unique across blocks."""
    out = dict(attrs)
    rs = out.get("role_span")
    if isinstance(rs, (list, tuple)) and len(rs) == 2 and all(isinstance(x, int) for x in rs):
        out["role_span"] = [rs[0] + by, rs[1] + by]
    for key in ("cluster", "counterpart_of"):
        if isinstance(out.get(key), int):
            out[key] += block * CLUSTER_STRIDE
    if isinstance(out.get("refers_to"), list):
        out["refers_to"] = [x + block * CLUSTER_STRIDE if isinstance(x, int) else x for x in out["refers_to"]]
    return out


def blockwise(assigns: tuple[str, ...], max_chars: int = BLOCK_CHARS) -> Callable[[Callable[[Document], Document]], Callable[[Document], Document]]:
    """Decorator: on texts longer than ``max_chars``, run the component per block; collect the layers it ``assigns``."""

    def wrap(fn: Callable[[Document], Document]) -> Callable[[Document], Document]:
        @functools.wraps(fn)
        def run(doc: Document) -> Document:
            bounds = block_bounds(doc, max_chars)
            if len(bounds) == 1:
                return fn(doc)
            collected: dict[str, list[Span]] = {name: [] for name in assigns}
            for block, (a, b) in enumerate(bounds):
                sub = replace(doc, text=doc.text[a:b], layers={k: _clip(v, a, b) for k, v in doc.layers.items()},
                              events=[], meta=dict(doc.meta), resources={})
                sub = fn(sub)
                for name in assigns:
                    collected[name] += [Span(s.start + a, s.end + a, s.label, _shift(s.attrs, a, block))
                                        for s in sub.layers.get(name, ())]
                doc.resources.update(sub.resources)
            for name, spans in collected.items():
                doc.layers[name] = spans
            return doc

        return run

    return wrap
