"""Dense word vectors for the NER model: FastText (gensim, training only) over SaudiNewsNet text and the
training part of ANERcorp, kept small for tagging (int8 vectors, plus k-means cluster ids at three
granularities over them), loaded with numpy alone by ``marsad.entities.ner.load_vectors``.

FastText builds a word's vector from its character n-grams as well, so rare inflections and clitic-attached
forms get a vector close to their stem's; the shipped vocabulary is the ``--top`` most frequent corpus words
plus every word of the ANERcorp training part, their vectors computed here.

    .venv/bin/python training/ner_vectors.py --shared /work/shared --out /tmp/vectors.npz [--articles N]

Needs ``gensim`` (pinned 4.4.0) in the training environment only.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from marsad.entities.ner import word_norm  # noqa: E402
from ner_data import read_conll, sentences  # noqa: E402

LEVELS = (800, 200, 50)
VALID_FRACTION = 0.15      # the ANERcorp text used is the training part of train_ner.py's validation split


def anercorp_text(shared: Path, fraction: float = VALID_FRACTION) -> list[list[str]]:
    sents = sentences(read_conll(shared / "data" / "anercorp" / "train.txt"))
    sents = sents[: len(sents) - int(len(sents) * fraction)]
    return [[word_norm(t) for t in s.pieces] for s in sents]


def build(shared: Path, dim: int = 50, epochs: int = 5, articles: int | None = None, top: int = 50000,
          min_count: int = 3, workers: int = 2, seed: int = 0, log=print) -> dict:
    from gensim.models import FastText
    import ner_clusters

    t0 = time.time()
    docs = ner_clusters.corpus_tokens(shared)
    if articles:
        docs = docs[:articles]
    ander = anercorp_text(shared)
    corpus = docs + ander * 3          # the labelled domain weighs a little more
    log(f"vectors: {len(docs)} articles, {sum(map(len, docs))} tokens; ANERcorp {len(ander)} sentences ({time.time() - t0:.0f}s)")
    ft = FastText(vector_size=dim, window=5, min_count=min_count, min_n=2, max_n=5, sg=1, negative=5,
                  sample=1e-4, workers=workers, seed=seed, bucket=500_000)
    ft.build_vocab(corpus_iterable=corpus)
    ft.train(corpus_iterable=corpus, total_examples=len(corpus), epochs=epochs)
    log(f"vectors: trained, {len(ft.wv.key_to_index)} words ({time.time() - t0:.0f}s)")
    counts = Counter(w for d in docs for w in d)
    words = [w for w, _ in counts.most_common(top)]
    seen = set(words)
    for s in ander:
        for w in s:
            if w not in seen:
                seen.add(w)
                words.append(w)
    X = np.stack([ft.wv[w] for w in words]).astype(np.float32)
    X /= np.linalg.norm(X, axis=1, keepdims=True) + 1e-9
    from sklearn.cluster import KMeans
    km = KMeans(n_clusters=LEVELS[0], random_state=seed, n_init=1, max_iter=30).fit(X)
    labels = [km.labels_]
    cents = km.cluster_centers_
    for k in LEVELS[1:]:
        km2 = KMeans(n_clusters=k, random_state=seed, n_init=3, max_iter=100).fit(cents)
        labels.append(km2.labels_[labels[0]])
    scale = float(np.abs(X).max()) / 127.0
    q = np.clip(np.round(X / scale), -127, 127).astype(np.int8)
    log(f"vectors: {len(words)} words kept, k-means {LEVELS} ({time.time() - t0:.0f}s)")
    return {"words": np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
            "vectors": q, "scale": np.array([scale], dtype=np.float32),
            "clusters": np.stack(labels, axis=1).astype(np.int16)}


def write(path: Path, arrays: dict) -> None:
    np.savez_compressed(path, **arrays)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dim", type=int, default=50)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--articles", type=int, help="only the first N articles (a quicker trial)")
    ap.add_argument("--top", type=int, default=50000)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    write(a.out, build(a.shared, a.dim, a.epochs, a.articles, a.top, workers=a.workers))
    print(f"wrote {a.out} ({a.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
