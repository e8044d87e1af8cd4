"""Word clusters from unlabelled SaudiNewsNet text, as NER features.

Directional co-occurrence counts (left and right neighbours within 2 words) of the most frequent
normalised words -> PPMI -> truncated SVD -> unit vectors -> k-means at the finest granularity,
then the centroids clustered again for the coarser ones (so the levels nest). Only the small map
``word -> cluster ids`` is kept.

    .venv/bin/python training/ner_clusters.py --shared /work/shared --out /tmp/ner_clusters.tsv
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from marsad.entities.ner import word_norm  # noqa: E402
from marsad.lang.ar.tokens import TOKEN_RE  # noqa: E402

LEVELS = (1000, 250, 60)


def corpus_tokens(shared: Path, titles: bool = True) -> list[list[str]]:
    """Normalised tokens of every SaudiNewsNet article (title + content, or content alone), one list per article."""
    docs = []
    for path in sorted(glob.glob(str(shared / "corpora" / "saudinewsnet" / "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if not name.endswith(".json"):
                    continue
                for art in json.loads(z.read(name).decode("utf-8")):
                    text = f"{art.get('title') or ''}\n{art.get('content') or ''}" if titles else art.get("content") or ""
                    docs.append([word_norm(t) for t in TOKEN_RE.findall(text)])
    return docs


def build(shared: Path, vocab_size: int = 40000, dim: int = 100, min_count: int = 5, seed: int = 0,
          log=print) -> dict[str, tuple[int, ...]]:
    t0 = time.time()
    docs = corpus_tokens(shared)
    counts = Counter(w for d in docs for w in d)
    log(f"clusters: {len(docs)} articles, {sum(counts.values())} tokens, {len(counts)} types ({time.time() - t0:.0f}s)")
    words = [w for w, c in counts.most_common(vocab_size) if c >= min_count]
    index = {w: i for i, w in enumerate(words)}
    V = len(words)
    ids = np.fromiter((index.get(w, -1) for d in docs for w in (*d, "\n")), dtype=np.int64)
    rows, cols = [], []
    for d in (1, 2):
        a, b = ids[:-d], ids[d:]
        ok = (a >= 0) & (b >= 0)
        rows += [b[ok], a[ok]]                     # b sees a on its left; a sees b on its right
        cols += [a[ok] + (d - 1) * 2 * V, b[ok] + V + (d - 1) * 2 * V]
    r, c = np.concatenate(rows), np.concatenate(cols)
    M = sparse.coo_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(V, 4 * V)).tocsr()
    M.sum_duplicates()
    total = M.sum()
    rs = np.asarray(M.sum(axis=1)).ravel()
    cs = np.asarray(M.sum(axis=0)).ravel() ** 0.75
    cs = cs / cs.sum()
    M = M.tocoo()
    pmi = np.log(M.data / total) - np.log(rs[M.row] / total) - np.log(cs[M.col])
    keep = pmi > 0
    P = sparse.csr_matrix((pmi[keep].astype(np.float32), (M.row[keep], M.col[keep])), shape=M.shape)
    from sklearn.utils.extmath import randomized_svd
    U, S, _ = randomized_svd(P, n_components=dim, random_state=seed, n_iter=4)
    X = U * np.sqrt(S)
    X /= np.linalg.norm(X, axis=1, keepdims=True) + 1e-9
    log(f"clusters: {V} words embedded ({time.time() - t0:.0f}s)")
    from sklearn.cluster import KMeans
    km = KMeans(n_clusters=LEVELS[0], random_state=seed, n_init=1, max_iter=30).fit(X)
    labels = [km.labels_]
    cent = km.cluster_centers_
    for k in LEVELS[1:]:
        top = KMeans(n_clusters=k, random_state=seed, n_init=4).fit(cent)
        labels.append(top.labels_[labels[0]])
    log(f"clusters: k-means {LEVELS} done ({time.time() - t0:.0f}s)")
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(words)}


def write(path: Path, clusters: dict[str, tuple[int, ...]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("word\t" + "\t".join(f"c{k}" for k in LEVELS) + "\n")
        for w, cs in clusters.items():
            fh.write(w + "\t" + "\t".join(map(str, cs)) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MARSAD_SHARED", "../shared")))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--vocab", type=int, default=40000)
    a = ap.parse_args()
    write(a.out, build(a.shared, vocab_size=a.vocab))


if __name__ == "__main__":
    main()
