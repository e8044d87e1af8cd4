"""The importable front door: analyse texts, files and folders into Documents, and link them."""
from __future__ import annotations

import os
from typing import Any, Callable, Iterable, Iterator

from .doc import Document
from .ingest import read_inputs, to_document
from .ingest.record import Record, Rejected
from .pipeline import default_pipeline


def _looks_like_path(s: str) -> bool:
    return "\n" not in s and len(s) < 4096 and (os.path.exists(s) or s == "-")


def analyze(text_or_path: str, published: str | None = None, **meta: Any) -> Document:
    """Analyse one article given as text or as a path to a file; return its :class:`Document`.

    ``published`` (YYYY-MM-DD) anchors relative dates ("الجمعة", "أمس"); without it they stay unresolved.
    """
    if _looks_like_path(text_or_path):
        docs = [d for d in analyze_many([text_or_path], published=published) if isinstance(d, Document)]
        if not docs:
            raise ValueError(f"{text_or_path}: no readable article")
        return docs[0]
    rec = Record(id=meta.pop("id", ""), source=meta.pop("source", "<text>"), text=text_or_path,
                 published=published, **meta)
    return default_pipeline()(to_document(rec))


def analyze_many(inputs: Iterable[str], published: str | None = None, *,
                 skip: Callable[[Document], bool] | None = None,
                 pipeline: Callable[[Document], Document] | None = None,
                 workers: int = 1, min_parallel: int = 0,
                 started: Callable[[], None] | None = None) -> Iterator[Document | Rejected]:
    """Analyse every article in ``inputs`` (files, folders, archives, '-'); yield Documents and Rejected inputs,
    in input order.

    ``skip(doc)``, called on each read but not yet analysed document, leaves out those it returns True for
    (a store skips texts it already holds); ``pipeline`` replaces the default pipeline. ``workers`` > 1
    analyses on that many local processes unless there are fewer than ``min_parallel`` inputs, or ``pipeline``
    is a plain function rather than a :class:`~marsad.pipeline.Pipeline` (whose components workers load by
    name); the results are the same. ``started()`` is called once any worker processes exist: from then on
    the caller may start threads (see :func:`marsad.scale.analyze_records`).
    """
    names = getattr(pipeline, "names", None) if pipeline is not None else None
    if workers > 1 and (pipeline is None or names is not None):
        from .scale import analyze_records

        yield from analyze_records(read_inputs(list(inputs)), workers=workers, published=published, skip=skip,
                                   pipeline=names, min_parallel=min_parallel, started=started)
        return
    if started is not None:
        started()
    pipe = pipeline if pipeline is not None else default_pipeline()
    for item in read_inputs(list(inputs)):
        if isinstance(item, Rejected):
            yield item
            continue
        if published and not item.published:
            item.published = published
        try:
            doc = to_document(item)
        except Exception as exc:  # a reader's own failure on one record must not lose the others
            yield Rejected(item.source, f"cannot be read: {exc}")
            continue
        if skip is not None and skip(doc):
            continue
        try:
            yield pipe(doc)
        except Exception as exc:  # never lose the good inputs beside a bad one
            yield Rejected(item.source, f"analysis failed: {type(exc).__name__}: {exc}")


def link(docs: list[Document]) -> dict[str, Any]:
    """Links across documents: same events, stories, contradictions (see ``marsad.corpus``)."""
    from .corpus.links import link_documents

    return link_documents(docs)
