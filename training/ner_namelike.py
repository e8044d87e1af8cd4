"""Fit the letters-only name score of the NER features (``marsad.entities.namelike``).

Names: every word of ANERcorp's gazetteers, CLDR territory names, GeoNames places of 50,000 people or more and the
actor dictionary's Arabic names (none of ANERcorp's annotated sentences, so the validation split stays unseen),
without the 3,000 most frequent SaudiNewsNet words. Common words: the 40,000 most frequent SaudiNewsNet words (at
least 10 occurrences) that are not among those names. A logistic regression over each word's character 1-5-grams
(``<word>``, counts scaled to unit length, classes balanced) separates them; the words it is fitted on keep their
5-fold out-of-fold scores. Words are normalised and lose their article (``ner.morph_base``), as the CRF reads them.

    .venv/bin/python training/ner_namelike.py --shared ../shared --out /tmp/namelike.tsv.gz
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from marsad.entities import namelike, ner  # noqa: E402

_WORD = re.compile(r"[\u0621-\u064a]+")
MIN_WEIGHT = 1e-3        # n-grams with a smaller weight are not kept


def _bases(text: str) -> list[str]:
    out = []
    for t in text.split():
        w = ner.morph_base(ner.word_norm(t))
        if len(w) >= 2 and _WORD.fullmatch(w):
            out.append(w)
    return out


def name_words(shared: Path) -> set[str]:
    """Words of names from lists outside ANERcorp's annotated sentences, read as the gazetteer reads them."""
    import ner_gazetteer as gzr

    rows = gzr.anercorp_lists(shared / "data" / "anercorp" / "gazetteers") + gzr.territories() + gzr.cities(50_000) \
        + gzr.actor_names()
    return {w for name, _, _ in rows for w in _bases(name)}


def build(shared: Path, log=print) -> tuple[dict[str, float], float, dict[str, float]]:
    """(n-gram weights, bias, out-of-fold scores of the fitted words)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import KFold
    from sklearn.preprocessing import normalize

    import ner_clusters

    t0 = time.time()
    names = name_words(shared)
    counts = Counter(ner.morph_base(w) for d in ner_clusters.corpus_tokens(shared) for w in d)
    top = {w for w, _ in counts.most_common(3000)}
    pos = sorted(w for w in names if w not in top)
    neg = [w for w, c in counts.most_common(40_000) if c >= 10 and _WORD.fullmatch(w) and w not in names]
    words = pos + neg
    y = np.array([1] * len(pos) + [0] * len(neg))
    dv = DictVectorizer()
    X = normalize(dv.fit_transform([namelike.ngrams(w) for w in words]))
    oof = np.zeros(len(words))
    for tr, te in KFold(5, shuffle=True, random_state=0).split(words):
        m = LogisticRegression(C=3, max_iter=2000, class_weight="balanced").fit(X[tr], y[tr])
        oof[te] = m.predict_proba(X[te])[:, 1]
    m = LogisticRegression(C=3, max_iter=2000, class_weight="balanced").fit(X, y)
    weights = {g: float(c) for g, c in zip(dv.feature_names_, m.coef_[0]) if abs(c) >= MIN_WEIGHT}
    log(f"name-likeness: {len(pos)} name words, {len(neg)} common words, {len(weights)} n-grams; "
        f"out-of-fold ROC AUC {roc_auc_score(y, oof):.3f} ({time.time() - t0:.0f}s)")
    return weights, float(m.intercept_[0]), {w: float(p) for w, p in zip(words, oof)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    namelike.write(a.out, *build(a.shared))


if __name__ == "__main__":
    main()
