"""A name-word lexicon learnt from unlabelled SaudiNewsNet text by a first-pass NER model (self-training).

A first-pass CRF tags the sentences of ``--articles`` SaudiNewsNet articles; a word becomes an entry of
type T when the model tags it T (B- or I-, marginal >= ``--conf``) at least ``--min-count`` times and in at
least ``--min-share`` of its occurrences. The entries become gazetteer rows of type ``~T`` (word
evidence only, see ``ner.load_gazetteer``), so the CRF learns how far to trust them.

The tagging model must not have seen the sentences the lexicon will be judged on: the validation run
uses a model trained on the first 85% of ANERcorp, the shipped model one trained on the first 95%.

    .venv/bin/python training/ner_autolex.py --shared ../shared --model FIRST.crfsuite --train-fraction 0.85 \
        --out /tmp/autolex85.tsv
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import pycrfsuite  # noqa: E402

from marsad.entities import ner  # noqa: E402
from marsad.lang.ar.tokens import tokenize  # noqa: E402
from ner_data import read_conll, sentences  # noqa: E402
import ner_gazetteer as gzr  # noqa: E402

ENDS = {".", "؟", "!", "?"}
TYPES = ("PERS", "ORG", "LOC", "MISC")


def article_sentences(shared: Path, n: int):
    """Token lists of the sentences of the first ``n`` SaudiNewsNet articles (files in name order)."""
    done = 0
    for path in sorted(glob.glob(str(shared / "corpora" / "saudinewsnet" / "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if not name.endswith(".json"):
                    continue
                for a in json.loads(z.read(name).decode("utf-8")):
                    sent: list[str] = []
                    for t in tokenize(a.get("content") or ""):
                        sent.append(t.text)
                        if t.text in ENDS or len(sent) >= 80:
                            yield sent
                            sent = []
                    if sent:
                        yield sent
                    done += 1
                    if done >= n:
                        return


def build(shared: Path, model: Path, train_fraction: float, n_articles: int, conf: float, min_count: int,
          min_share: float, clusters: Path) -> list[tuple[str, str, int, int]]:
    sents = sentences(read_conll(shared / "data" / "anercorp" / "train.txt"))
    seen = sents[: int(len(sents) * train_fraction)]
    static = gzr.anercorp_lists(shared / "data" / "anercorp" / "gazetteers") + gzr.world_places()
    g = ner.Gazetteer()
    for name, typ, words in [*static, *gzr.from_sentences(seen)]:
        g.add(name.split(" "), typ, words=words)
    res = ner.Resources(clusters=ner.load_clusters(clusters), gazetteer=g,
                        triggers=ner.load_triggers(HERE.parent / "src/marsad/resources/models/ner/triggers.tsv"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    total: Counter = Counter()
    tagged: dict[str, Counter] = defaultdict(Counter)
    t0, n_tok = time.time(), 0
    for toks in article_sentences(shared, n_articles):
        norms = [ner.word_norm(t) for t in toks]
        x = ner.token_features(norms, res)
        tagger.set(x)
        labs = tagger.tag()
        n_tok += len(toks)
        for i, (w, y) in enumerate(zip(norms, labs)):
            key = ner.canon(w)
            total[key] += 1
            if y != "O" and tagger.marginal(y, i) >= conf:
                tagged[key][y[2:]] += 1
    print(f"tagged {n_tok} tokens in {time.time() - t0:.0f}s", file=sys.stderr)
    rows = []
    for w, c in tagged.items():
        typ, k = c.most_common(1)[0]
        if k >= min_count and k / total[w] >= min_share and len(w) >= 2:
            rows.append((w, typ, k, total[w]))
    return sorted(rows)


def read(path: Path) -> list[gzr.Row]:
    """Lexicon rows as gazetteer rows of type ``~T``."""
    return gzr.read_lexicon(path, "~", True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MARSAD_SHARED", HERE.parent.parent / "shared")))
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--train-fraction", type=float, required=True, help="share of ANERcorp the model was trained on")
    ap.add_argument("--clusters", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=6000)
    ap.add_argument("--conf", type=float, default=0.9)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.6)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    rows = build(a.shared, a.model, a.train_fraction, a.articles, a.conf, a.min_count, a.min_share, a.clusters)
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write(f"# name words tagged by {a.model.name} (trained on {a.train_fraction:.0%} of ANERcorp) in "
                 f"{a.articles} SaudiNewsNet articles; word, type, times tagged, occurrences\n")
        for w, typ, k, n in rows:
            fh.write(f"{w}\t{typ}\t{k}\t{n}\n")
    print(f"{len(rows)} words: {Counter(r[1] for r in rows)}", file=sys.stderr)


if __name__ == "__main__":
    main()
