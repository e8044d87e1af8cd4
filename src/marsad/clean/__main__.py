"""Inspect line roles: ``python -m marsad.clean FILE...``.

For each ``.txt`` file, prints every non-blank line with its role and the reason. For ``.json``
arrays or ``.zip`` files of SaudiNewsNet-style records (``content``, ``title``, ``source``), prints
how many lines got each role and a random sample of the non-body decisions to check by hand::

    python -m marsad.clean --sample 300 --seed 23 --show 40 ../shared/corpora/saudinewsnet/*.zip
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from ..doc import Document
from .lines import component


def _records(path: Path) -> list[dict]:
    if path.suffix == ".zip":
        out: list[dict] = []
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    out.extend(json.loads(z.read(name).decode("utf-8")))
        return out
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, list) else [data]


def show_file(path: Path) -> None:
    doc = component(Document(text=path.read_text(encoding="utf-8")))
    for s in doc.layers.get("segments", []):
        line = doc.text.count("\n", 0, s.start) + 1
        print(f"{line:4d} {s.label:12s} {doc.text[s.start:s.end][:70]:72s} {s.attrs.get('reason', '')}")
    meta = {k: getattr(doc, k) for k in ("title", "byline", "publisher", "credited", "page_date")}
    print(json.dumps({**meta, **({"dateline": doc.meta["dateline"]} if "dateline" in doc.meta else {})},
                     ensure_ascii=False))


def survey(paths: list[Path], sample: int, seed: int, show: int) -> None:
    by_source: dict[str, list[dict]] = defaultdict(list)
    for p in paths:
        for rec in _records(p):
            if isinstance(rec, dict) and rec.get("content"):
                by_source[str(rec.get("source", ""))].append(rec)
    rng = random.Random(seed)
    picked: list[dict] = []
    per = max(1, sample // max(1, len(by_source)) + 1)
    for src in sorted(by_source):
        recs = by_source[src]
        picked.extend(rng.sample(recs, min(per, len(recs))))
    picked = picked[:sample]
    kinds: Counter[str] = Counter()
    nonbody: list[tuple[str, str, str, str]] = []
    for rec in picked:
        doc = component(Document(text=rec["content"], title=rec.get("title") or None))
        for s in doc.layers.get("segments", []):
            kinds[s.label] += 1
            if s.label != "body":
                nonbody.append((str(rec.get("source", "")), s.label, doc.text[s.start:s.end][:100], s.attrs.get("reason", "")))
    total = sum(kinds.values())
    print(f"{len(picked)} articles from {len(by_source)} sources, {total} non-blank lines")
    print("roles: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print(f"non-body: {len(nonbody)} ({len(nonbody) / max(1, total):.1%})")
    for i, row in enumerate(rng.sample(nonbody, min(show, len(nonbody))), 1):
        print(f"{i:3d} | " + " | ".join(row))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m marsad.clean", description="Show the line roles marsad assigns.")
    ap.add_argument("inputs", nargs="+", type=Path, help=".txt pages, or .json/.zip SaudiNewsNet-style records")
    ap.add_argument("--sample", type=int, default=300, help="records to survey from .json/.zip inputs")
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--show", type=int, default=40, help="non-body decisions to print for checking by hand")
    args = ap.parse_args(argv)
    missing = [p for p in args.inputs if not p.is_file()]
    if missing:
        print(f"marsad.clean: {missing[0]}: no such file", file=sys.stderr)
        return 1
    texts = [p for p in args.inputs if p.suffix == ".txt"]
    records = [p for p in args.inputs if p.suffix in (".json", ".zip")]
    for p in texts:
        print(f"== {p}")
        show_file(p)
    if records:
        try:
            survey(records, args.sample, args.seed, args.show)
        except (ValueError, zipfile.BadZipFile) as exc:
            print(f"marsad.clean: cannot read the records: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
