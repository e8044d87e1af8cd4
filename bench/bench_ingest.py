"""Reader throughput: records per second from inputs to Documents (decoding, JSON, zip, HTML extraction).

usage: .venv/bin/python bench/bench_ingest.py [INPUT...]
Default input: ../shared/corpora/saudinewsnet (one zip of a JSON array per day). Also times decoding a
2 MB one-line text in UTF-8 and windows-1256, HTML extraction of a synthetic article page, and language
identification. Prints figures; never fails.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _time(fn, n: int = 1) -> float:
    t = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t) / n


def main(argv: list[str]) -> None:
    from marsad.ingest import Record, decode, read_inputs, to_document
    from marsad.lang.identify import identify

    inputs = argv or [str(ROOT.parent / "shared" / "corpora" / "saudinewsnet")]
    t = time.perf_counter()
    n = chars = 0
    rejected: Counter[str] = Counter()
    for item in read_inputs(inputs):
        if isinstance(item, Record):
            chars += len(to_document(item).text)
            n += 1
        else:
            rejected[item.reason.split(" (")[0]] += 1
    dt = time.perf_counter() - t
    print(f"read {n} records ({chars / 1e6:.1f} M chars) in {dt:.2f} s: {n / max(dt, 1e-9):.0f} records/s; "
          f"rejected {sum(rejected.values())}: {dict(rejected.most_common(5))}")

    seed = (ROOT / "examples" / "002_91d4b520dce09521.txt").read_text(encoding="utf-8")
    line = (" ".join(seed.split()) + " ") * 700
    for codec in ("utf-8", "cp1256"):
        data = line.encode(codec, "replace")
        print(f"decode {len(data) / 1e6:.1f} MB one line ({codec}): {_time(lambda: decode(data), 3) * 1000:.0f} ms")
    paras = "".join(f"<p>{p}</p>" for p in seed.split("\n") if p.strip())
    page = f"<html><head><title>t</title></head><body><header>nav</header><article>{paras}</article></body></html>"
    rec = Record(id="p", source="p.html", html=page)
    to_document(rec)
    print(f"HTML article to Document: {_time(lambda: to_document(rec), 20) * 1000:.1f} ms")
    identify(seed)
    print(f"language of a {len(seed)}-char article: {_time(lambda: identify(seed), 50) * 1000:.2f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
