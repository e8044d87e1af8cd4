"""Assemble a model folder for the validation split: the first- and second-pass CRFs a ``train_ner.py``
validation run trained on the first 85% of ANERcorp (``first-1.crfsuite``, ``second.crfsuite`` in its work
folder), the shipped clusters and triggers, and a gazetteer whose training names come from that 85% only.

    .venv/bin/python training/ner_validation_model.py --shared ../shared --run /tmp/marsad-ner-XXXX/tmpYYYY \
        --out /tmp/val_model
    .venv/bin/python training/eval_ner.py --shared ../shared --split validation --model /tmp/val_model
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import ner_gazetteer as gzr  # noqa: E402
from ner_data import read_conll, sentences  # noqa: E402
from train_ner import OUT, VALID_FRACTION  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MARSAD_SHARED", HERE.parent.parent / "shared")))
    ap.add_argument("--run", type=Path, required=True, help="folder holding first-1.crfsuite and second.crfsuite")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--autolex", type=Path, help="the name-word lexicon the run was trained with, if any")
    ap.add_argument("--namelike", type=Path, help="the name-likeness file the run was trained with, if any")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    for name in ("clusters.tsv.gz", "triggers.tsv", "LICENSE"):
        shutil.copy(OUT / name, a.out / name)
    if a.namelike:
        shutil.copy(a.namelike, a.out / "namelike.tsv.gz")
    elif (a.out / "namelike.tsv.gz").exists():
        (a.out / "namelike.tsv.gz").unlink()
    shutil.copy(a.run / "first-1.crfsuite", a.out / "model.crfsuite")
    if (a.run / "second.crfsuite").is_file():
        shutil.copy(a.run / "second.crfsuite", a.out / "model2.crfsuite")
    sents = sentences(read_conll(a.shared / "data" / "anercorp" / "train.txt"))
    train = sents[: len(sents) - int(len(sents) * VALID_FRACTION)]
    rows = gzr.anercorp_lists(a.shared / "data" / "anercorp" / "gazetteers") + gzr.world_places() + gzr.from_sentences(train)
    if a.autolex:
        import ner_autolex

        rows += ner_autolex.read(a.autolex)
    gzr.write(a.out / "gazetteer.tsv.gz", rows, "validation gazetteer: training names of the first 85% of ANERcorp only")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
