"""Hashed word and character n-gram TF-IDF of a sentence, numpy only.

The same analyser serves training (``training/train_event_classifier.py`` feeds it to scikit-learn's
``HashingVectorizer``) and the run-time scorer here, so a shipped model needs only its idf values and weights
per bucket: words are reduced to their most-stripped stem (``marsad.lang.ar.tokens.stems``), plus stem bigrams
and character 3-5 grams of the normalised text. Buckets are CRC32 of the gram modulo ``BUCKETS``.
"""
from __future__ import annotations

import zlib
from collections import Counter
from typing import Sequence

import numpy as np

from ..lang.ar.tokens import stems, tokenize

BUCKETS = 2 ** 18


def grams(text: str) -> list[str]:
    """The n-grams of ``text``: stems (w:), stem bigrams (b:), character 3-5 grams (c:)."""
    toks = [t.norm for t in tokenize(text)]
    words = []
    for w in toks:
        st = stems(w)
        words.append("w:" + (st[-1] if st else w))
    out = words + ["b:" + a[2:] + "_" + b[2:] for a, b in zip(words, words[1:])]
    padded = " " + " ".join(toks) + " "
    for n in (3, 4, 5):
        out += ["c:" + padded[i:i + n] for i in range(len(padded) - n + 1)]
    return out


def bucket(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) % BUCKETS


def counts(text: str) -> Counter:
    """Bucket -> count of the grams of ``text``."""
    return Counter(bucket(g) for g in grams(text))


class TfidfScorer:
    """Dot product of the l2-normalised sublinear TF-IDF vector of a text with a weight per bucket."""

    def __init__(self, idf_idx: np.ndarray, idf_val: np.ndarray, idf_default: float,
                 w_idx: np.ndarray, w_val: np.ndarray) -> None:
        self.idf = np.full(BUCKETS, idf_default, dtype=np.float32)
        self.idf[idf_idx] = idf_val
        self.w = np.zeros(BUCKETS, dtype=np.float32)
        self.w[w_idx] = w_val

    def score(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros(len(texts), dtype=np.float32)
        for k, text in enumerate(texts):
            c = counts(text)
            if not c:
                continue
            idx = np.fromiter(c.keys(), dtype=np.int64, count=len(c))
            tf = 1.0 + np.log(np.fromiter(c.values(), dtype=np.float32, count=len(c)))
            v = tf * self.idf[idx]
            out[k] = float(v @ self.w[idx]) / max(float(np.linalg.norm(v)), 1e-12)
        return out
