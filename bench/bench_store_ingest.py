"""Ingest speed: documents per second into a fresh store, then the cost of a second (no-op) run.

    .venv/bin/python bench/bench_store_ingest.py [INPUT ...] [--pipeline NAMES]

Defaults to one SaudiNewsNet day from ../shared. Prints figures; never fails a build.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DAY = ROOT.parent / "shared" / "corpora" / "saudinewsnet" / "2015-07-23.zip"


def run(db: str, inputs: list[str], pipeline: str | None) -> tuple[float, str]:
    env = dict(os.environ)
    if pipeline is not None:
        env["MARSAD_PIPELINE"] = pipeline
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", "from marsad.cli import run; run()", "ingest", "--db", db, *inputs],
                       env=env, capture_output=True, text=True)
    return time.perf_counter() - t, p.stdout.strip() or p.stderr.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--pipeline", default=None, help="MARSAD_PIPELINE value (default: the full pipeline)")
    args = ap.parse_args()
    inputs = args.inputs or ([str(DAY)] if DAY.exists() else [])
    if not inputs:
        print("no input (and ../shared is absent)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bench.db")
        secs, summary = run(db, inputs, args.pipeline)
        added = int(summary.split()[0]) if summary[:1].isdigit() else 0
        print(f"first run:  {secs:7.1f} s  {summary}")
        if added:
            print(f"            {added / secs:7.1f} documents/s, {1000 * secs / added:.0f} ms/document")
        secs2, summary2 = run(db, inputs, args.pipeline)
        print(f"second run: {secs2:7.1f} s  {summary2}")
        print(f"store size: {os.path.getsize(db) / 1e6:.1f} MB; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
