"""Throughput of the Arabic date recogniser over SaudiNewsNet articles (articles/s, chars/s).

Usage: python bench/dates_speed.py [N=500]   (reads ../shared/corpora/saudinewsnet; prints figures, never fails)
"""
from __future__ import annotations

import glob
import json
import sys
import time
import zipfile
from pathlib import Path

from marsad.lang.ar.dates import find_times
from marsad.lang.ar.dates_data import lexicon


def articles(n: int) -> list[dict]:
    root = Path(__file__).resolve().parents[2] / "shared/corpora/saudinewsnet"
    out: list[dict] = []
    for f in sorted(glob.glob(str(root / "*.zip"))):
        with zipfile.ZipFile(f) as z:
            name = [x for x in z.namelist() if x.endswith(".json")][0]
            out += json.loads(z.read(name))
        if len(out) >= n:
            break
    return out[:n]


def main(n: int) -> None:
    arts = articles(n)
    if not arts:
        print("no SaudiNewsNet articles found")
        return
    t0 = time.perf_counter()
    lexicon()
    t1 = time.perf_counter()
    c1 = time.process_time()
    found = resolved = 0
    chars = sum(len(a["content"]) for a in arts)
    for a in arts:
        xs = find_times(a["content"], a["date_extracted"][:10])
        found += len(xs)
        resolved += sum(x.resolved for x in xs)
    t2 = time.perf_counter()
    c2 = time.process_time()
    print(f"tables+patterns load: {t1 - t0:.3f} s")
    print(f"{len(arts)} articles, {chars} chars, {found} expressions ({resolved} resolved) in {t2 - t1:.2f} s")
    print(f"wall: {len(arts) / (t2 - t1):.1f} articles/s, {chars / (t2 - t1) / 1e6:.2f} M chars/s")
    print(f"cpu:  {len(arts) / (c2 - c1):.1f} articles/s (one core; wall time depends on machine load)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
