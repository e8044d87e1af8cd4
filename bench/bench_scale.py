"""Throughput of the per-document pipeline on 1 or more worker processes, per stage, with peak memory.

    .venv/bin/python bench/bench_scale.py [--sizes 1000,5000,31030] [--workers 1,2] [--scheduler ADDRESS]

For each size (the first N SaudiNewsNet articles, day after day) and each worker count:
  * a baseline run in the same session, just before: reading + tokenisation only, one process;
  * the pipeline run (1 worker: in this process, timing every component; N > 1: N local processes,
    or the Dask cluster at --scheduler);
  * articles/s and words/s, and the ratio of the run's rate to the baseline's rate, which holds better
    than raw rates on a loaded machine; peak resident memory of this process and of the largest worker.
Also prints the 1-minute load average before and after each run. Prints figures; never fails a build.
"""
from __future__ import annotations

import argparse
import glob
import itertools
import os
import resource
import sys
import time
from collections import defaultdict

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpora", "saudinewsnet")


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_s() -> float:
    """CPU seconds used so far by this process and its finished children (less sensitive to load than wall time)."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def load(n: int) -> list:
    from marsad.ingest import read_inputs
    from marsad.ingest.record import Record

    days = sorted(glob.glob(os.path.join(CORPUS, "*.zip")))
    return [r for r in itertools.islice(read_inputs(days), n) if isinstance(r, Record)]


def words(recs: list) -> int:
    return sum(len((r.text or "").split()) for r in recs)


def baseline(recs: list) -> float:
    """Seconds to turn the records into documents and tokenise them, in this process."""
    from marsad.ingest import to_document
    from marsad.lang.ar.tokens import tokenize

    t = time.perf_counter()
    for r in recs:
        tokenize(to_document(r).text)
    return time.perf_counter() - t


def staged(recs: list) -> tuple[float, dict[str, float]]:
    """One process, every component timed on its own."""
    from marsad.ingest import to_document
    from marsad.pipeline import default_pipeline

    pipe = default_pipeline()
    per: dict[str, float] = defaultdict(float)
    t0 = time.perf_counter()
    for r in recs:
        t = time.perf_counter()
        doc = to_document(r)
        per["read"] += time.perf_counter() - t
        for comp in pipe.components:
            t = time.perf_counter()
            doc = comp(doc)
            per[comp.name] += time.perf_counter() - t
    return time.perf_counter() - t0, dict(per)


def spread(recs: list, workers: int, scheduler: str | None) -> float:
    from marsad.scale import analyze_records

    t = time.perf_counter()
    for _ in analyze_records(recs, workers=workers, scheduler=scheduler):
        pass
    return time.perf_counter() - t


def rate(n: int, w: int, s: float) -> str:
    return f"{n / s:8.2f} art/s {w / s:10.0f} words/s"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000", help="comma-separated article counts (default 1000)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--scheduler", help="Dask scheduler address for the runs with more than one worker")
    args = ap.parse_args()
    if not os.path.isdir(CORPUS):
        print(f"bench_scale: no corpus at {CORPUS}", file=sys.stderr)
        return 0
    from marsad.scale.parallel import _warm

    _warm()
    print(f"cores {os.cpu_count()}, load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f}", flush=True)
    for size in (int(s) for s in args.sizes.split(",")):
        recs = load(size)
        n, w = len(recs), words(recs)
        print(f"\n== {n} articles, {w} words", flush=True)
        for workers in (int(x) for x in args.workers.split(",")):
            c0 = cpu_s()
            b = baseline(recs)
            c1 = cpu_s()
            load_before = os.getloadavg()[0]
            if workers == 1:
                total, per = staged(recs)
            else:
                total, per = spread(recs, workers, args.scheduler), {}
            c2 = cpu_s()
            print(f"-- {workers} worker(s){' (Dask)' if workers > 1 and args.scheduler else ''}: "
                  f"load {load_before:.2f} -> {os.getloadavg()[0]:.2f}", flush=True)
            print(f"   baseline (read + tokenise) {b:8.2f} s {rate(n, w, b)}")
            label = "pipeline (incl. start-up)" if workers > 1 else "pipeline"
            print(f"   {label:<27}{total:8.1f} s {rate(n, w, total)}  "
                  f"= {b / total:.4f} x baseline rate")
            print(f"   CPU: baseline {c1 - c0:.2f} s, pipeline {c2 - c1:.1f} s = {(c2 - c1) / n:.3f} CPU s/article"
                  f"{' (local workers included)' if workers > 1 and not args.scheduler else ''}")
            for name, s in sorted(per.items(), key=lambda kv: -kv[1]):
                print(f"     {name:<24} {s:8.1f} s {rate(n, w, s)}  {100 * s / total:5.1f} %")
            print(f"   peak RSS: this process {peak_mb():.0f} MB, largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
