"""The numpy n-gram scorer gives the score scikit-learn's TF-IDF + logistic model gives at training time."""
from __future__ import annotations

import numpy as np
import pytest

from marsad.events.ngrams import BUCKETS, TfidfScorer, bucket, counts, grams

SENTENCES = [
    "وتظاهر آلاف الأشخاص أمس في شوارع العاصمة احتجاجا على ارتفاع الأسعار.",
    "قتل ثمانية عراقيين وأصيب عشرة آخرون بانفجار سيارة مفخخة امام مطعم في بغداد امس.",
    "إنها ملحق من ملحقات التكنولوجيا تحاول التظاهر بالتبعية لفن من فنون الموضة.",
    "ورفع المتظاهرون لافتات تندد بالحرب وهتفوا ضد الحكومة.",
    "فاز الفريق على منافسه بهدفين في المباراة.",
    "اغتال مسلحون مسؤولا محليا في المدينة.",
]


def test_grams_read_stems_bigrams_and_characters():
    g = grams("والمتظاهرون هتفوا")
    assert "w:متظاهرون" in g
    assert any(x.startswith("b:") for x in g)
    assert "c:هتف" in g
    assert all(0 <= bucket(x) < BUCKETS for x in g)


@pytest.mark.parametrize("held_out", [0, 2, 4])
def test_scorer_matches_sklearn(held_out):
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    train = [s for k, s in enumerate(SENTENCES) if k != held_out]
    y = np.array([1, 1, 0, 1, 0, 1])[[k for k in range(len(SENTENCES)) if k != held_out]]

    def matrix(texts):
        rows = [counts(t) for t in texts]
        return csr_matrix(([v for c in rows for v in c.values()], ([k for k, c in enumerate(rows) for _ in c],
                           [b for c in rows for b in c])), shape=(len(texts), BUCKETS), dtype=np.float64)

    tf = TfidfTransformer(sublinear_tf=True).fit(matrix(train))
    clf = LogisticRegression(C=10.0, max_iter=1000).fit(tf.transform(matrix(train)), y)
    want = clf.decision_function(tf.transform(matrix([SENTENCES[held_out]])))[0] - clf.intercept_[0]
    n = len(train)
    seen = np.flatnonzero(tf.idf_ < np.log(1 + n) + 1 - 1e-9)
    nz = np.flatnonzero(clf.coef_[0])
    scorer = TfidfScorer(seen, tf.idf_[seen], float(np.log(1 + n) + 1), nz, clf.coef_[0][nz])
    got = scorer.score([SENTENCES[held_out]])[0]
    assert abs(got - want) < 1e-4
