"""``marsad ingest``: analyse articles and add them to a store, incrementally.

Articles are read and analysed by :func:`marsad.api.analyze_many`; a record whose text is already in
the store (same content hash) is skipped before it is analysed.
Each document is written with all its annotations in one transaction, so an interrupted run leaves
the store consistent and the next run carries on where it stopped.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

from ._common import add_inputs, gather_inputs, progress_enabled, valid_date

# fewer documents than this are analysed in this process: starting workers would cost more than it saves
MIN_PARALLEL = 8


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest", help="analyse articles and add them to a store (input already stored is skipped)",
        description="Analyse articles and add them, with their annotations and events, to the store at --db "
                    "(created if missing). Inputs as for 'marsad analyze'. Prints 'N documents added, M already "
                    "present, K rejected, E events'.",
    )
    p.add_argument("--db", required=True, metavar="PATH",
                   help="store: a SQLite file (created if missing) or a postgresql:// URL")
    add_inputs(p)
    p.add_argument("--published", type=valid_date, metavar="DATE",
                   help="publication date YYYY-MM-DD for inputs that carry none")
    p.add_argument("--no-links", action="store_true", help="do not link the new documents with the stored ones")
    p.add_argument("--stories", action="store_true",
                   help="cluster stories however many documents are added, even when MARSAD_STORY_LINK_MAX is set "
                        "(by default every new document joins a stored story or starts one, unless "
                        "MARSAD_STORY_LINK_MAX is set and the batch is larger)")
    p.add_argument("--pipeline", metavar="NAMES",
                   help="comma-separated pipeline components to run, 'none' for none (default: all; "
                        "also MARSAD_PIPELINE)")
    p.add_argument("--workers", type=positive_int, metavar="N",
                   help="analyse on N local processes; 1 analyses in this process (default: one per core, or "
                        "MARSAD_WORKERS, when there are at least 8 documents); results are the same as with one")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="analyse on the Dask cluster whose scheduler is at ADDRESS (e.g. tcp://10.0.0.5:8786); "
                        "the workers need marsad installed")
    p.set_defaults(run=run)


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return n


def choose_pipeline(spec: str | None):
    """The pipeline named by ``spec`` (or MARSAD_PIPELINE): all components by default, 'none' for none."""
    from ..pipeline import Pipeline, default_pipeline

    spec = spec if spec is not None else os.environ.get("MARSAD_PIPELINE")
    if spec is None or spec.strip().lower() in ("", "default", "all", "on"):
        return default_pipeline()
    if spec.strip().lower() in ("none", "off", "0", "no"):
        return Pipeline(names=())
    return Pipeline(names=tuple(n.strip() for n in spec.split(",") if n.strip()))


def run(args: argparse.Namespace) -> int:
    from ..doc import Document
    from ..api import analyze_many
    from ..ingest.record import Rejected
    from ..store import Store
    from ..scale.parallel import limit_blas_threads

    limit_blas_threads()

    inputs, status = gather_inputs(args)
    try:
        pipe = choose_pipeline(args.pipeline)
    except KeyError as exc:
        print(f"marsad: usage error: --pipeline: {exc.args[0]}", file=sys.stderr)
        return 2
    added = present = rejected = skipped = n_events = 0
    new_ids: list[str] = []
    t0 = time.perf_counter()
    bar = None
    if progress_enabled():
        from tqdm import tqdm

        bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, desc="ingest")

    def reject(line: str) -> None:
        nonlocal rejected, status
        rejected += 1
        status = 1
        if bar is not None:
            bar.write(f"marsad: rejected {line}", file=sys.stderr)
        else:
            print(f"marsad: rejected {line}", file=sys.stderr)

    # story vectors of the new documents are made as they are stored, while the next ones are analysed, so
    # that the linking after the last one does not embed them (unless only links are to imply stories)
    vectors = None
    if not args.no_links and (args.stories or not os.environ.get("MARSAD_STORY_LINK_MAX")):
        from ..store.linking import LeadVectors

        vectors = LeadVectors()
    with Store.open(args.db) as store:
        def skip(doc: Document) -> bool:
            """Texts already stored are counted and not analysed again."""
            nonlocal present
            if bar is not None:
                bar.update(1)
            if store.has_hash(doc.hash):
                present += 1
                return True
            return False

        if args.scheduler:
            from ..ingest import read_inputs
            from ..scale import analyze_records

            stream = analyze_records(read_inputs(inputs), scheduler=args.scheduler, published=args.published,
                                     skip=skip, pipeline=pipe.names)
        else:
            from ..scale.parallel import default_workers

            stream = analyze_many(inputs, published=args.published, skip=skip, pipeline=pipe,
                                  workers=args.workers or default_workers(), min_parallel=MIN_PARALLEL)
        for item in stream:
            if isinstance(item, Rejected):
                if item.skipped:
                    skipped += 1
                    (bar.write if bar is not None else print)(f"marsad: skipped {item.line()}", file=sys.stderr)
                else:
                    reject(item.line())
                continue
            doc_id = store.add_document(item)
            if doc_id is None:
                present += 1
                continue
            added += 1
            n_events += len(item.events)
            new_ids.append(doc_id)
            if vectors is not None:
                try:
                    vectors.add(doc_id, item)
                except Exception:   # an embedder that fails here fails again, and is reported, when linking
                    vectors = None
            if bar is not None:
                bar.set_postfix(added=added, present=present, refresh=False)
        if bar is not None:
            bar.close()
        elapsed = time.perf_counter() - t0
        if new_ids and not args.no_links:
            try:
                store.relink(new_ids, story_max=10**9 if args.stories else None, vectors=vectors)
            except Exception as exc:  # the documents are stored; links can be rebuilt later
                print(f"marsad: {args.db}: linking failed, documents kept: {type(exc).__name__}: {exc}", file=sys.stderr)
    if bar is not None and added and elapsed > 0:
        print(f"marsad: {added / elapsed:.1f} documents/s analysed and stored", file=sys.stderr)
    extra = f", {skipped} empty records skipped" if skipped else ""
    print(f"{added} documents added, {present} already present, {rejected} rejected{extra}, {n_events} events")
    return status
