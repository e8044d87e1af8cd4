"""Language-layer throughput: normalisation, tokens, sentences, quantities (and dates when importable).

usage: .venv/bin/python bench/bench_lang.py [N_ARTICLES]   (default 1000)
Reads the first N articles of ../shared/corpora/saudinewsnet (in day order) and times, in the same run, a
baseline ``str.split`` pass, then each stage over every article. Also times a 2 MB one-line text. Prints
articles/s, chars/s and per-stage times; never fails.
"""
from __future__ import annotations

import json
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"


def load(n: int) -> list[str]:
    out: list[str] = []
    for path in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            name = [x for x in z.namelist() if x.endswith(".json")][0]
            out += [a.get("content") or "" for a in json.loads(z.read(name).decode("utf-8"))]
        if len(out) >= n:
            break
    return out[:n]


def main(argv: list[str]) -> None:
    from marsad.doc import Document
    from marsad.lang.ar import numbers, sentences
    from marsad.lang.ar.normalise import normalise
    from marsad.lang.ar.tokens import tokenize
    from marsad.lang import plausibility

    n = int(argv[0]) if argv else 1000
    try:
        texts = load(n)
    except OSError as err:
        print(f"cannot read {CORPUS}: {err}")
        return
    if not texts:
        print(f"no articles under {CORPUS}")
        return
    chars = sum(map(len, texts))
    stages: list[tuple[str, object]] = [
        ("baseline str.split", lambda t: t.split()),
        ("normalise", normalise),
        ("tokens", tokenize),
        ("sentences", lambda t: sentences.component(Document(t))),
        ("quantities", lambda t: numbers.component(Document(t))),
    ]
    try:
        from marsad.lang.ar import dates
        stages.append(("dates", lambda t: dates.component(Document(t, published="2015-07-23"))))
    except ImportError as err:
        print(f"(dates not timed: {err})")

    def all_lang(t: str) -> None:
        doc = Document(t, published="2015-07-23")
        for comp in [sentences] + ([dates] if "dates" in dict(stages) else []) + [numbers, plausibility]:
            doc = comp.component(doc)

    stages.append(("all (sentences+dates+quantities+plausibility)", all_lang))
    for _, fn in stages:      # warm caches and lazy data loading
        fn(texts[0])
    print(f"{len(texts)} SaudiNewsNet articles, {chars / 1e6:.2f} M chars")
    print(f"{'stage':48s} {'seconds':>8s} {'articles/s':>11s} {'M chars/s':>10s} {'x baseline':>10s}")
    base = None
    for name, fn in stages:
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        dt = time.perf_counter() - t0
        base = base or dt
        print(f"{name:48s} {dt:8.3f} {len(texts) / dt:11.0f} {chars / dt / 1e6:10.2f} {dt / base:10.1f}")
    big = " ".join(" ".join(texts[:400]).split())[:2_000_000]
    for name, fn in stages[1:5]:
        t0 = time.perf_counter()
        fn(big)
        print(f"2 MB one-line text, {name:14s}: {time.perf_counter() - t0:6.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
