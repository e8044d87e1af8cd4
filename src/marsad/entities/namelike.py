"""How much a word looks like a name from its letters alone, as an NER feature.

A transliterated name ("هانتيلار", "شويغو", "موتورولا") has letter sequences that Arabic common words rarely have,
and a word the CRF never saw in training can still be told by them. A logistic model over the word's character
1-5-grams (with ``<`` and ``>`` marking its ends) scores it; it was fitted by ``training/ner_namelike.py`` on names
from external lists (ANERcorp's gazetteers, CLDR, GeoNames, the actor dictionary) against common SaudiNewsNet words.
The words it was fitted on keep their out-of-fold scores (``w`` rows), so that the CRF, trained on them, does not
learn to trust a score the model merely remembers.

File ``namelike.tsv.gz``: a header, then rows ``kind<TAB>key<TAB>value``: ``b`` the bias, ``g`` an n-gram and its
weight, ``w`` a word and its score (0..1).
"""
from __future__ import annotations

import gzip
import math
from collections import Counter
from pathlib import Path

from ..errors import ResourceError

MAX_N = 5


def ngrams(word: str) -> Counter:
    """Counts of the character 1..5-grams of ``<word>``."""
    s = "<" + word + ">"
    return Counter(s[i:i + n] for n in range(1, MAX_N + 1) for i in range(len(s) - n + 1))


def bin_of(p: float) -> str:
    return str(min(int(p * 10), 9))


class NameLikeness:
    """Scores words 0..1; ``attrs`` gives the CRF attributes of a (normalised, article-less) word."""

    def __init__(self, weights: dict[str, float], bias: float, words: dict[str, float]) -> None:
        self.weights, self.bias, self.words = weights, bias, words

    def score(self, word: str) -> float:
        """A fitted word's own score, else the model's (the NER features cache it per word)."""
        p = self.words.get(word)
        if p is None:
            c = ngrams(word)
            z = math.sqrt(sum(v * v for v in c.values())) or 1.0
            s = self.bias + sum(self.weights.get(g, 0.0) * v for g, v in c.items()) / z
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s))))
        return p

    def attrs(self, base: str, stripped: str | None) -> list[str]:
        """``nl=`` bin of the word (article removed), ``nls=`` bin of it without its proclitic when that differs."""
        out = ["nl=" + bin_of(self.score(base))]
        if stripped and stripped != base:
            out.append("nls=" + bin_of(self.score(stripped)))
        return out


def write(path: Path, weights: dict[str, float], bias: float, words: dict[str, float]) -> None:
    """The model as gzipped TSV without a timestamp (a rebuild gives the same bytes)."""
    lines = ["kind\tkey\tvalue", f"b\t\t{bias:.6f}"]
    lines += [f"g\t{g}\t{weights[g]:.4f}" for g in sorted(weights)]
    lines += [f"w\t{w}\t{words[w]:.3f}" for w in sorted(words)]
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as raw:
        raw.write(("\n".join(lines) + "\n").encode("utf-8"))


def load(path: Path) -> NameLikeness | None:
    """The name-likeness model of a model folder, or None when it has none (the features are then as before)."""
    if not path.is_file():
        return None
    weights: dict[str, float] = {}
    words: dict[str, float] = {}
    bias = 0.0
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            next(fh, None)
            for n, line in enumerate(fh, 2):
                kind, key, value = line.rstrip("\n").split("\t")
                if kind == "g":
                    weights[key] = float(value)
                elif kind == "w":
                    words[key] = float(value)
                elif kind == "b":
                    bias = float(value)
                else:
                    raise ValueError(f"line {n}: unknown row kind {kind!r}")
    except (OSError, ValueError, EOFError) as e:
        raise ResourceError(f"unreadable name-likeness model ({e})", input=str(path)) from None
    return NameLikeness(weights, bias, words)
