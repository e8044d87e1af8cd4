"""Analyse a stream of records in one process, in a pool of local worker processes, or on a Dask cluster.

Records are turned into Documents in the calling process (so that ``skip`` can look at the content
hash before any analysis), then sent in small batches to the workers. At most ``window`` batches are
in flight at any time and results are yielded strictly in input order, so memory stays bounded and
the output is the same whatever the number of workers.
"""
from __future__ import annotations

import itertools
from collections import deque
from typing import Any, Callable, Iterable, Iterator

from ..doc import Document
from ..ingest.record import Record, Rejected

Result = Document | Rejected
Work = Document | Rejected

_PIPELINES: dict[tuple[str, ...] | None, Any] = {}


def _pipeline(names: tuple[str, ...] | None):
    """The pipeline of ``names`` (None: the default one), built once per process."""
    from ..pipeline import Pipeline, default_pipeline

    if names not in _PIPELINES:
        _PIPELINES[names] = default_pipeline() if names is None else Pipeline(names=tuple(names))
    return _PIPELINES[names]


def prepare(record: Record) -> Work:
    """The Document of one record, or a Rejected naming it when it cannot be read."""
    from ..ingest import to_document

    try:
        return to_document(record)
    except Exception as exc:  # a reader's own failure on one record must not lose the others
        return Rejected(record.source, f"cannot be read: {exc}")


def analyze_doc(doc: Document, names: tuple[str, ...] | None = None) -> Result:
    """The per-document pipeline for one document; a failure becomes a Rejected naming the document."""
    try:
        return _pipeline(names)(doc)
    except Exception as exc:  # never lose the good inputs beside a bad one
        return Rejected(doc.source or doc.id, f"analysis failed: {type(exc).__name__}: {exc}")


def analyze_one(record: Record, names: tuple[str, ...] | None = None) -> Result:
    """Read and analyse one record."""
    work = prepare(record)
    return work if isinstance(work, Rejected) else analyze_doc(work, names)


def analyze_batch(items: list[Work], names: tuple[str, ...] | None = None) -> list[Result]:
    """Analyse a batch of prepared documents (Rejected items pass through)."""
    return [x if isinstance(x, Rejected) else analyze_doc(x, names) for x in items]


def _warm(names: tuple[str, ...] | None = None) -> None:
    """Load models once per worker process before the first document arrives."""
    _pipeline(names)(Document(text="أجرى وزير الخارجية اتصالا هاتفيا بنظيره أمس."))


def _batches(items: Iterator[Work], size: int) -> Iterator[list[Work]]:
    while True:
        chunk = list(itertools.islice(items, size))
        if not chunk:
            return
        yield chunk


def analyze_records(items: Iterable[Record | Rejected], *, workers: int = 1, scheduler: str | None = None,
                    published: str | None = None, skip: Callable[[Document], bool] | None = None,
                    pipeline: Iterable[str] | None = None, batch: int = 4, window: int | None = None
                    ) -> Iterator[Result]:
    """Yield a Document (or Rejected) per input item, in input order.

    ``workers`` > 1 uses that many local processes; ``scheduler`` (a Dask address such as
    ``tcp://127.0.0.1:8786``) sends batches to a Dask cluster instead. ``published`` fills in a missing
    publication date; ``skip(doc)`` leaves out documents it returns True for before they are analysed
    (a store skips texts it already holds); ``pipeline`` names the components to run (default: all).
    ``window`` bounds the batches in flight (default: four per worker). Rejected items pass straight through.
    """
    names = None if pipeline is None else tuple(pipeline)

    def prepared() -> Iterator[Work]:
        for item in items:
            if isinstance(item, Rejected):
                yield item
                continue
            if published and not item.published:
                item.published = published
            work = prepare(item)
            if isinstance(work, Document) and skip is not None and skip(work):
                continue
            yield work

    if scheduler:
        yield from _dask(prepared(), scheduler, names, batch, window)
    elif workers > 1:
        yield from _pool(prepared(), workers, names, batch, window)
    else:
        for work in prepared():
            yield work if isinstance(work, Rejected) else analyze_doc(work, names)


def _ordered(submit: Callable[[list[Work]], Any], result: Callable[[Any], list[Result]],
             items: Iterator[Work], batch: int, window: int) -> Iterator[Result]:
    """Keep up to ``window`` batches in flight; yield their results in submission order."""
    pending: deque[Any] = deque()
    for chunk in _batches(items, batch):
        pending.append(submit(chunk))
        while len(pending) >= window:
            yield from result(pending.popleft())
    while pending:
        yield from result(pending.popleft())


def _pool(items: Iterator[Work], workers: int, names: tuple[str, ...] | None, batch: int,
          window: int | None) -> Iterator[Result]:
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm, initargs=(names,)) as pool:
        yield from _ordered(lambda chunk: pool.submit(analyze_batch, chunk, names), lambda f: f.result(),
                            items, batch, window or 4 * workers)


def _dask(items: Iterator[Work], scheduler: str, names: tuple[str, ...] | None, batch: int,
          window: int | None) -> Iterator[Result]:
    from distributed import Client

    from ..errors import UsageError

    try:
        client = Client(scheduler, set_as_default=False, timeout="10s")
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler: {' '.join(str(exc).split())}", input=scheduler) from None
    with client:
        n = max(1, sum(client.nthreads().values()))
        client.run(_warm, names)
        yield from _ordered(lambda chunk: client.submit(analyze_batch, chunk, names, pure=False),
                            lambda f: f.result(), items, batch, window or 4 * n)
