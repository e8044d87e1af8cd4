"""Tokens per second of the NER tagger on SaudiNewsNet articles, beside tokenisation alone.

Also times the tagger fed every training attribute (``token_features``, no cache) instead of the cached,
pruned ones it uses, on the same articles in the same process: the same entities must come out.

    .venv/bin/python bench/bench_ner.py [--shared ../shared] [--day 2015-07-23] [--articles 300]
"""
from __future__ import annotations

import argparse
import json
import os
import time
import zipfile
from pathlib import Path

from marsad.doc import iter_lines
from marsad.entities import ner
from marsad.entities.recognise import recognise
from marsad.lang.ar.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--day", default="2015-07-23")
    ap.add_argument("--articles", type=int, default=300)
    a = ap.parse_args()
    path = a.shared / "corpora" / "saudinewsnet" / f"{a.day}.zip"
    if not path.is_file():
        print(f"{path}: not found; nothing measured")
        return
    with zipfile.ZipFile(path) as z:
        name = [n for n in z.namelist() if n.endswith(".json")][0]
        texts = [x.get("content") or "" for x in json.loads(z.read(name).decode("utf-8"))][: a.articles]
    t0 = time.perf_counter()
    ner.model()
    load = time.perf_counter() - t0
    clocks = {}
    t0, c0 = time.perf_counter(), time.process_time()
    n_tok = sum(len(tokenize(t[s:e], offset=s)) for t in texts for s, e, _ in iter_lines(t))
    clocks["tokenisation only"] = (time.perf_counter() - t0, time.process_time() - c0)
    m = ner.model()
    pruned = m.features
    found = {}
    for name, feats in (("tokenise + NER", pruned), ("  all attributes", lambda ns: ner.token_features(ns, m.resources)),
                        ("tokenise + NER ", pruned)):
        m.features = feats
        t0, c0 = time.perf_counter(), time.process_time()
        found[name.strip()] = [recognise(t) for t in texts]
        clocks[name] = (time.perf_counter() - t0, time.process_time() - c0)
    m.features = pruned
    n_ent = sum(map(len, found["tokenise + NER"]))
    print(f"{len(texts)} articles, {n_tok} tokens, {n_ent} entities; model load {load:.2f}s; load average "
          f"{os.getloadavg()[0]:.1f}; same entities with all attributes: {found['tokenise + NER'] == found['all attributes']}")
    for name, (wall, cpu) in clocks.items():
        print(f"{name:18s} {n_tok / wall:>10,.0f} tokens/s wall-clock, {n_tok / cpu:>10,.0f} tokens/s of CPU time, "
              f"{cpu * 1000 / len(texts):6.1f} ms CPU/article")


if __name__ == "__main__":
    main()
