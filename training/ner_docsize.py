"""Micro F1 of a model folder when its text comes in documents of k sentences, with both passes and with the
first pass alone (the one-reading-per-name rules on in both), on the validation split or the last 5% of
train.txt (in the shipped model's training data: give --model a folder trained without it).

    .venv/bin/python training/ner_docsize.py --shared ../shared --model FOLDER --split slice --sizes 1,3,10,40,10000
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from marsad.entities import ner  # noqa: E402
from ner_data import read_conll, score, sentences, to_words  # noqa: E402

TYPES = ("PERS", "ORG", "LOC", "MISC")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MARSAD_SHARED", HERE.parent.parent / "shared")))
    ap.add_argument("--model", type=Path, default=ner.MODEL_DIR)
    ap.add_argument("--split", choices=("slice", "validation"), default="slice")
    ap.add_argument("--sizes", default="1,2,3,5,10,40,10000")
    a = ap.parse_args()
    m = ner.Model(a.model)
    every = sentences(read_conll(a.shared / "data" / "anercorp" / "train.txt"))
    frac = 0.15 if a.split == "validation" else 0.05
    sents = every[len(every) - int(len(every) * frac):]
    gold = [s.tags for s in sents]
    second, limit = m.second, ner.SECOND_PASS_MIN_SENTENCES
    for k in (int(x) for x in a.sizes.split(",")):
        row = []
        for both in (True, False):
            m.second = second if both else None
            ner.SECOND_PASS_MIN_SENTENCES = 0 if both else limit
            pred = []
            for i in range(0, len(sents), k):
                chunk = sents[i:i + k]
                pred += [to_words(s, labels) for s, (labels, _) in zip(chunk, m.tag_document([s.pieces for s in chunk]))]
            row.append(score(gold, pred, TYPES)["micro"]["f1"])
        ner.SECOND_PASS_MIN_SENTENCES = limit
        print(f"documents of {k:5d} sentences: both passes {row[0]:.4f}, first pass alone {row[1]:.4f}", flush=True)


if __name__ == "__main__":
    main()
