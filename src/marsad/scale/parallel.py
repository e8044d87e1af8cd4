"""Analyse a stream of records in one process, in a pool of local worker processes, or on a Dask cluster."""
from __future__ import annotations

import itertools
from typing import Iterable, Iterator

from ..doc import Document
from ..ingest.record import Record, Rejected

Result = Document | Rejected


def analyze_one(record: Record) -> Result:
    """The whole per-document pipeline for one record; a failure becomes a Rejected naming the record."""
    from ..ingest import to_document
    from ..pipeline import default_pipeline

    try:
        doc = to_document(record)
    except Exception as exc:
        return Rejected(record.source, f"cannot be read: {exc}")
    try:
        return default_pipeline()(doc)
    except Exception as exc:
        return Rejected(record.source, f"analysis failed: {type(exc).__name__}: {exc}")


def analyze_batch(records: list[Record]) -> list[Result]:
    return [analyze_one(r) for r in records]


def _warm() -> None:
    """Load models once per worker process before the first record arrives."""
    from ..pipeline import default_pipeline

    default_pipeline()(Document(text="أجرى وزير الخارجية اتصالا هاتفيا بنظيره أمس."))


def _windows(items: Iterable[Record], size: int) -> Iterator[list[Record]]:
    it = iter(items)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def analyze_records(items: Iterable[Record | Rejected], *, workers: int = 1, scheduler: str | None = None,
                    published: str | None = None, batch: int = 16, window: int = 64) -> Iterator[Result]:
    """Yield a Document (or Rejected) per input item, in input order.

    ``workers`` > 1 uses local processes; ``scheduler`` (a Dask address such as ``tcp://127.0.0.1:8786``)
    sends batches to a Dask cluster. Rejected items pass straight through.
    """
    def prepared() -> Iterator[Record | Rejected]:
        for item in items:
            if isinstance(item, Record) and published and not item.published:
                item.published = published
            yield item

    if scheduler:
        yield from _dask(prepared(), scheduler, batch, window)
    elif workers > 1:
        yield from _pool(prepared(), workers, batch, window)
    else:
        for item in prepared():
            yield item if isinstance(item, Rejected) else analyze_one(item)


def _split(chunk: list[Record | Rejected]) -> tuple[list[Record], list[int]]:
    recs = [x for x in chunk if isinstance(x, Record)]
    return recs, [i for i, x in enumerate(chunk) if isinstance(x, Record)]


def _merge(chunk: list[Record | Rejected], results: list[Result]) -> Iterator[Result]:
    it = iter(results)
    for x in chunk:
        yield x if isinstance(x, Rejected) else next(it)


def _pool(items: Iterator[Record | Rejected], workers: int, batch: int, window: int) -> Iterator[Result]:
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm) as pool:
        for chunk in _windows(items, window * workers):
            recs, _ = _split(chunk)
            futures = [pool.submit(analyze_batch, recs[i:i + batch]) for i in range(0, len(recs), batch)]
            results = [r for f in futures for r in f.result()]
            yield from _merge(chunk, results)


def _dask(items: Iterator[Record | Rejected], scheduler: str, batch: int, window: int) -> Iterator[Result]:
    from distributed import Client

    with Client(scheduler) as client:
        n = max(1, sum(client.nthreads().values()))
        for chunk in _windows(items, window * n):
            recs, _ = _split(chunk)
            futures = client.map(analyze_batch, [recs[i:i + batch] for i in range(0, len(recs), batch)], pure=False)
            results = [r for batch_out in client.gather(futures) for r in batch_out]
            yield from _merge(chunk, results)
