"""Precision/recall of the Arabic date recogniser against the DATE and TIME spans of the Wojood sample.

Usage: python bench/dates_wojood.py [../shared/data/wojood_sample] [--show N]
Sentences are rebuilt by joining tokens with spaces; a gold span is a maximal run of B-/I-DATE or TIME
tags (outer or nested level). Prints exact-span and overlap figures; never fails.
"""
from __future__ import annotations

import sys
from pathlib import Path

from marsad.lang.ar.dates import find_times

TAGS = ("DATE", "TIME")


def sentences(folder: Path):
    for f in sorted(folder.glob("*.txt")):
        toks: list[tuple[str, list[str]]] = []
        for line in f.read_text(encoding="utf-8").splitlines() + [""]:
            if not line.strip():
                if toks:
                    yield toks
                toks = []
                continue
            parts = line.split(" ")
            toks.append((parts[0], parts[1:]))


def gold_spans(toks):
    text, spans, pos, cur = [], [], 0, None
    for tok, tags in toks:
        start, end = pos, pos + len(tok)
        b = any(t in (f"B-{x}" for x in TAGS) for t in tags)
        i = any(t in (f"I-{x}" for x in TAGS) for t in tags)
        if b or (i and cur is None):
            if cur:
                spans.append(tuple(cur))
            cur = [start, end]
        elif i and cur:
            cur[1] = end
        elif cur:
            spans.append(tuple(cur))
            cur = None
        text.append(tok)
        pos = end + 1
    if cur:
        spans.append(tuple(cur))
    return " ".join(text), spans


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv and not argv[0].startswith("--") else Path(__file__).resolve().parents[2] / "shared/data/wojood_sample"
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    gold_n = pred_n = exact = pred_ov = gold_ov = 0
    misses, extras = [], []
    for toks in sentences(folder):
        text, gold = gold_spans(toks)
        pred = [(x.start, x.end) for x in find_times(text, None)]
        gold_n += len(gold)
        pred_n += len(pred)
        exact += len(set(gold) & set(pred))
        for p in pred:
            if any(p[0] < g[1] and g[0] < p[1] for g in gold):
                pred_ov += 1
            else:
                extras.append(text[p[0]:p[1]] + "  <<  " + text[max(0, p[0] - 30):p[1] + 30])
        for g in gold:
            if any(p[0] < g[1] and g[0] < p[1] for p in pred):
                gold_ov += 1
            else:
                misses.append(text[g[0]:g[1]])
    print(f"gold DATE/TIME spans: {gold_n}, predicted: {pred_n}")
    print(f"exact span   P={exact / max(pred_n, 1):.3f} R={exact / max(gold_n, 1):.3f}")
    p, r = pred_ov / max(pred_n, 1), gold_ov / max(gold_n, 1)
    print(f"overlapping  P={p:.3f} R={r:.3f} F1={2 * p * r / max(p + r, 1e-9):.3f}")
    if show:
        print("-- missed:", *misses[:show], sep="\n  ")
        print("-- not in gold:", *extras[:show], sep="\n  ")


if __name__ == "__main__":
    main(sys.argv[1:])
