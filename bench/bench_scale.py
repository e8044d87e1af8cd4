"""Throughput of the per-document pipeline on 1 or more worker processes, per stage, with peak memory.

    .venv/bin/python bench/bench_scale.py [--sizes 1000,5000,31030] [--workers 1,2] [--scheduler ADDRESS]
                                          [--pipeline language,...,actors] [--cli]

For each size (the first N SaudiNewsNet articles, day after day) and each worker count:
  * a baseline run in the same session, just before: reading + tokenisation only, one process;
  * the pipeline run (1 worker: in this process, timing every component; N > 1: N local processes,
    or the Dask cluster at --scheduler);
  * articles/s and words/s, and the ratio of the run's rate to the baseline's rate, which holds better
    than raw rates on a loaded machine; peak resident memory of this process and of the largest worker.
With ``--cli``, also times the command itself, ``marsad analyze --json --workers N`` on a file of the same
articles (start-up, reading, linking and JSON output included), with its peak memory. ``--pipeline`` runs
only the named components (e.g. all but events, to see what the other stages cost).
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


_EMBED_PER: list = [None]      # the per-stage table the embedders' time goes to


def _time_embedders(per: dict[str, list[float]]) -> None:
    """Add the time spent in any embedder's ``encode`` to ``per["  of which embedder"]`` (it runs inside events)."""
    import inspect

    from marsad import embeddings

    _EMBED_PER[0] = per
    for cls in vars(embeddings).values():
        fn = getattr(cls, "encode", None) if inspect.isclass(cls) and cls.__module__ == embeddings.__name__ else None
        if fn is None or getattr(fn, "_timed", False):
            continue

        def timed(self, *a, _fn=fn, **k):
            t, c = time.perf_counter(), time.process_time()
            try:
                return _fn(self, *a, **k)
            finally:
                row = _EMBED_PER[0]["  of which embedder"]
                row[0] += time.perf_counter() - t
                row[1] += time.process_time() - c

        timed._timed = True
        cls.encode = timed


def staged(recs: list, names: tuple[str, ...] | None) -> tuple[float, dict[str, tuple[float, float]]]:
    """One process, every component timed on its own: (wall s, CPU s) per component, and the embedder's share."""
    from marsad.ingest import to_document
    from marsad.scale.parallel import _pipeline

    pipe = _pipeline(names)
    per: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    _time_embedders(per)
    t0 = time.perf_counter()
    for r in recs:
        t, c = time.perf_counter(), time.process_time()
        doc = to_document(r)
        per["read"][0] += time.perf_counter() - t
        per["read"][1] += time.process_time() - c
        for comp in pipe.components:
            t, c = time.perf_counter(), time.process_time()
            doc = comp(doc)
            per[comp.name][0] += time.perf_counter() - t
            per[comp.name][1] += time.process_time() - c
    return time.perf_counter() - t0, {k: (v[0], v[1]) for k, v in per.items()}


def spread(recs: list, workers: int, scheduler: str | None, names: tuple[str, ...] | None) -> float:
    from marsad.scale import analyze_records

    t = time.perf_counter()
    for _ in analyze_records(recs, workers=workers, scheduler=scheduler, pipeline=names):
        pass
    return time.perf_counter() - t


def raw_articles(n: int) -> list[dict]:
    """The first ``n`` SaudiNewsNet objects as stored (for a file the command reads)."""
    import json
    import zipfile

    out: list[dict] = []
    for day in sorted(glob.glob(os.path.join(CORPUS, "*.zip"))):
        with zipfile.ZipFile(day) as zf:
            for name in sorted(zf.namelist()):
                if name.endswith(".json"):
                    out.extend(json.loads(zf.read(name)))
        if len(out) >= n:
            break
    return out[:n]


def command(n: int, workers: int) -> None:
    """Time ``marsad analyze --json --workers N`` on a file of the first ``n`` articles, as a user runs it."""
    import json
    import subprocess
    import tempfile

    exe = os.path.join(os.path.dirname(sys.executable), "marsad")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, f"saudinewsnet_{n}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(raw_articles(n), f, ensure_ascii=False)
        argv = ["/usr/bin/time", "-f", "%e %U %S %M"] if os.path.exists("/usr/bin/time") else []
        load_before = os.getloadavg()[0]
        t = time.perf_counter()
        done = subprocess.run([*argv, exe, "analyze", "--json", "--workers", str(workers), path],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - t
    figures = done.stderr.strip().splitlines()[-1].split() if argv else []
    print(f"-- command, {workers} worker(s): load {load_before:.2f} -> {os.getloadavg()[0]:.2f}, exit {done.returncode}")
    print(f"   marsad analyze --json  {wall:8.1f} s {n / wall:8.2f} art/s"
          + (f"  (CPU of the command and its workers {float(figures[1]) + float(figures[2]):.1f} s, "
             f"peak RSS of the largest {int(figures[3]) / 1024:.0f} MB)" if len(figures) == 4 else ""), flush=True)


def rate(n: int, w: int, s: float) -> str:
    return f"{n / s:8.2f} art/s {w / s:10.0f} words/s"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000", help="comma-separated article counts (default 1000)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--scheduler", help="Dask scheduler address for the runs with more than one worker")
    ap.add_argument("--pipeline", help="comma-separated components to run (default: all)")
    ap.add_argument("--cli", action="store_true", help="also time the marsad analyze command on the same articles")
    args = ap.parse_args()
    names = tuple(x.strip() for x in args.pipeline.split(",")) if args.pipeline else None
    if not os.path.isdir(CORPUS):
        print(f"bench_scale: no corpus at {CORPUS}", file=sys.stderr)
        return 0
    from marsad.scale.parallel import _warm

    _warm(names)
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
                total, per = staged(recs, names)
            else:
                total, per = spread(recs, workers, args.scheduler, names), {}
            c2 = cpu_s()
            print(f"-- {workers} worker(s){' (Dask)' if workers > 1 and args.scheduler else ''}: "
                  f"load {load_before:.2f} -> {os.getloadavg()[0]:.2f}", flush=True)
            print(f"   baseline (read + tokenise) {b:8.2f} s {rate(n, w, b)}")
            label = "pipeline (incl. start-up)" if workers > 1 else "pipeline"
            print(f"   {label:<27}{total:8.1f} s {rate(n, w, total)}  "
                  f"= {b / total:.4f} x baseline rate")
            print(f"   CPU: baseline {c1 - c0:.2f} s, pipeline {c2 - c1:.1f} s = {(c2 - c1) / n:.3f} CPU s/article"
                  f"{' (local workers included)' if workers > 1 and not args.scheduler else ''}")
            for name, (s, cpu) in sorted(per.items(), key=lambda kv: -kv[1][1]):
                print(f"     {name:<24} {s:8.1f} s {rate(n, w, s)}  {100 * s / total:5.1f} %   CPU {cpu:7.2f} s"
                      f" = {1000 * cpu / n:6.1f} ms/article")
            print(f"   peak RSS: this process {peak_mb():.0f} MB, largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB",
                  flush=True)
            if args.cli and not args.scheduler:
                command(n, workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
