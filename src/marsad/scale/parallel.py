"""Analyse a stream of records in one process, in a pool of local worker processes, or on a Dask cluster.

Records are sent in small batches to the workers, which read them into Documents and analyse them; when a
``skip`` test is given, records are turned into Documents in the calling process instead, so that it can look
at the content hash before any analysis. At most ``window`` batches are in flight at any time and results are
yielded strictly in input order, so memory stays bounded and the output is the same whatever the number of
workers. Local workers are forked from the calling process after it has loaded the models (where the platform
can fork), so the models are loaded once and their pages shared.
"""
from __future__ import annotations

import itertools
from collections import deque
from typing import Any, Callable, Iterable, Iterator

from ..doc import Document
from ..ingest.record import Record, Rejected

Result = Document | Rejected
Work = Document | Rejected

# garbage collector thresholds in a worker: the default (700, 10, 10) spends ~3% of the pipeline's time
WORKER_GC = (10_000, 10, 10)

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


def analyze_batch(items: list[Work | Record], names: tuple[str, ...] | None = None) -> list[Result]:
    """Analyse a batch of records or prepared documents (Rejected items pass through)."""
    return [x if isinstance(x, Rejected) else analyze_doc(x, names) if isinstance(x, Document) else analyze_one(x, names)
            for x in items]


def default_workers() -> int:
    """Worker processes to use when none is asked for: MARSAD_WORKERS, else one per available core (at most 8)."""
    import os

    env = os.environ.get("MARSAD_WORKERS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:          # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def limit_blas_threads() -> None:
    """Let numpy's BLAS use MARSAD_EMBED_THREADS threads (default 1) in this process.

    Its thread pool spins while it waits for its threads; beside worker processes or on a busy machine those
    threads wait for a core, and the products here (a vector against a few thousand story centroids) are
    too small to gain from them: with two threads, relinking a day of SaudiNewsNet took twice the CPU.
    """
    try:
        import numpy  # noqa: F401  (loads the BLAS whose threads are limited)
        from threadpoolctl import threadpool_limits

        from ..config import settings

        threadpool_limits(limits=max(1, settings().embed_threads), user_api="blas")
    except Exception:   # no threadpoolctl, or a BLAS it cannot drive: leave the defaults
        pass


def _warm(names: tuple[str, ...] | None = None) -> None:
    """Load models once per worker process before the first document arrives.

    The sentence is long enough for the fast language models that articles use (the slower ones, for texts of a
    few words, take a second to load and load only when such a text comes) and reports an attack, so that the
    event classifiers load too; the sentence embedders they name load as well (a fork shares their weights)."""
    _pipeline(names)(Document(text=WARM_TEXT))
    if names is None or "events" in names:
        from ..events.classifier import load_embedders

        load_embedders()


WARM_TEXT = ("أجرى وزير الخارجية اتصالا هاتفيا بنظيره أمس، وبحثا الهجوم الذي استهدف قافلة للجيش "
             "وأسفر عن مقتل جنديين.")


def _worker_init(names: tuple[str, ...] | None, parent: int) -> None:
    """A local worker: ends with its parent (even one killed outright), leaves Ctrl-C to it, loads the models,
    and collects garbage less often (the pipeline makes many short-lived objects, few cycles)."""
    import gc
    import os
    import signal
    import sys

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)    # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:      # the parent died before the line above
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_blas_threads()
    _warm(names)
    gc.set_threshold(*WORKER_GC)


def _batches(items: Iterator[Work], size: int) -> Iterator[list[Work]]:
    while True:
        chunk = list(itertools.islice(items, size))
        if not chunk:
            return
        yield chunk


def analyze_records(items: Iterable[Record | Rejected], *, workers: int = 1, scheduler: str | None = None,
                    published: str | None = None, skip: Callable[[Document], bool] | None = None,
                    pipeline: Iterable[str] | None = None, batch: int = 4, window: int | None = None,
                    min_parallel: int = 0, started: Callable[[], None] | None = None) -> Iterator[Result]:
    """Yield a Document (or Rejected) per input item, in input order.

    ``workers`` > 1 uses that many local processes; ``scheduler`` (a Dask address such as
    ``tcp://127.0.0.1:8786``) sends batches to a Dask cluster instead. ``published`` fills in a missing
    publication date; ``skip(doc)`` leaves out documents it returns True for before they are analysed
    (a store skips texts it already holds); ``pipeline`` names the components to run (default: all).
    ``window`` bounds the batches in flight (default: four per worker). Rejected items pass straight through.
    With ``min_parallel``, fewer input items than that are analysed in this process (starting workers
    would cost more than it saves). ``started()`` is called once the local workers exist (at once when there
    are none): from then on the caller may start threads of its own (a process forked while a thread holds
    a lock can inherit it locked).
    """
    names = None if pipeline is None else tuple(pipeline)
    in_worker = skip is None and not scheduler      # records are read into Documents where they are analysed

    def prepared(local: bool) -> Iterator[Work | Record]:
        for item in items:
            if isinstance(item, Rejected):
                yield item
                continue
            if published and not item.published:
                item.published = published
            if not local and in_worker:
                yield item
                continue
            work = prepare(item)
            if isinstance(work, Document) and skip is not None and skip(work):
                continue
            yield work

    if workers > 1 and not scheduler and min_parallel > 1:
        items = iter(items)
        head = list(itertools.islice(items, min_parallel))
        if len(head) < min_parallel:
            workers = 1
        items = itertools.chain(head, items)
    if scheduler:
        if started is not None:
            started()
        yield from _dask(prepared(False), scheduler, names, batch, window)
    elif workers > 1:
        yield from _pool(prepared(False), workers, names, batch, window, started)
    else:
        if started is not None:
            started()
        for work in prepared(True):
            yield work if isinstance(work, Rejected) else analyze_doc(work, names)


def _ordered(submit: Callable[[list[Work]], Any], result: Callable[[Any], list[Result]],
             items: Iterator[Work], batch: int, window: int,
             started: Callable[[], None] | None = None) -> Iterator[Result]:
    """Keep up to ``window`` batches in flight; yield their results in submission order (``started``: called
    after the first submission)."""
    pending: deque[Any] = deque()
    for chunk in _batches(items, batch):
        pending.append(submit(chunk))
        if started is not None:
            started()
            started = None
        while len(pending) >= window:
            yield from result(pending.popleft())
    while pending:
        yield from result(pending.popleft())


def start_method() -> str:
    """How local workers start: MARSAD_START_METHOD (fork | forkserver | spawn), else fork where available
    (spawn when the embedder runs several threads)."""
    import multiprocessing as mp
    import os

    from ..config import settings

    methods = mp.get_all_start_methods()
    asked = os.environ.get("MARSAD_START_METHOD", "").strip().lower()
    if asked in methods:
        return asked
    if settings().embed_threads > 1:
        return "spawn"      # an OpenMP thread pool started in the parent does not survive a fork
    return "fork" if "fork" in methods else "spawn"


def _pool(items: Iterator[Work | Record], workers: int, names: tuple[str, ...] | None, batch: int,
          window: int | None, started: Callable[[], None] | None = None) -> Iterator[Result]:
    from concurrent.futures import ProcessPoolExecutor
    import gc
    import multiprocessing as mp
    import os

    method = start_method()
    if method == "fork":
        _warm(names)        # models loaded here once; the forked workers share their pages
        gc.freeze()         # keep the collector from touching (and so copying) those pages in the workers
    elif started is not None:       # workers started afresh inherit no thread of this process
        started()
        started = None
    ctx = mp.get_context(method)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init,
                                 initargs=(names, os.getpid())) as pool:
            # the pool forks all its workers at the first submission
            yield from _ordered(lambda chunk: pool.submit(analyze_batch, chunk, names), lambda f: f.result(),
                                items, batch, window or 4 * workers, started)
    finally:
        if method == "fork":
            gc.unfreeze()


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
