"""The sentence classifiers inside the full analysis: reports of an act are coded, mentions the coder proposes
are vetoed by the classifier and said so in ``events_not_reported``."""
from __future__ import annotations

import pytest

from marsad.api import analyze


def _coded(doc, target):
    return [e for e in doc.events if e.event == target and not e.extension]


def _vetoed(doc, target):
    return [d for d in doc.meta.get("events_not_reported", ()) if d.get("event") == target
            and str(d.get("why", "")).startswith("classifier")]


@pytest.mark.slow
@pytest.mark.parametrize("target, text", [
    ("ASSAULT", "وفي البصرة أعلنت الشرطة أن مسلحين مجهولين اختطفوا نقيب الصيادلة في المدينة أثناء عودته من عمله."),
    ("PROTEST", "وتظاهر آلاف الأشخاص أمس في شوارع العاصمة احتجاجا على ارتفاع الأسعار ورددوا شعارات ضد الحكومة."),
])
def test_report_of_an_act_is_coded(target, text):
    doc = analyze(text)
    assert _coded(doc, target), doc.meta.get("events_not_reported")
    assert all(0.0 < e.confidence <= 1.0 for e in _coded(doc, target))


@pytest.mark.slow
@pytest.mark.parametrize("target, text", [
    ("ASSAULT", "لكنها مسألة تستند الى الطقس ومسألة موسمية وليست تنفيذا متعمدا لهجوم."),
    ("ASSAULT", "ومن دون هذه المعلومات، فإن الهجوم ربما لا يؤخر تخصيب إيران لليورانيوم كثيرا»."),
    ("PROTEST", "ووصف المتظاهرون الحرب الدائرة بأنها معركة غير شرعية."),
])
def test_mention_is_not_coded(target, text):
    doc = analyze(text)
    assert not _coded(doc, target)
    assert _vetoed(doc, target), doc.meta.get("events_not_reported")


@pytest.mark.slow
@pytest.mark.parametrize("target, text", [
    ("ASSAULT", "ومن دون هذه المعلومات، فإن الهجوم ربما لا يؤخر تخصيب إيران لليورانيوم كثيرا»."),
    ("ASSAULT", "لكنها مسألة تستند الى الطقس ومسألة موسمية وليست تنفيذا متعمدا لهجوم."),
])
def test_ngram_stage_vetoes_without_embedding(target, text, monkeypatch):
    from marsad import embeddings
    from marsad.events.classifier import model

    if model(target)["ngrams"] is None:
        pytest.skip(f"the {target} model has no n-gram stage")
    calls = []

    class Counting:
        name, dim = "counting", 384

        def encode(self, texts, kind="passage"):
            calls.append(list(texts))
            raise AssertionError("embedder called for a sentence the n-gram stage vetoes")

    monkeypatch.setattr(embeddings, "get_embedder", lambda name=None: Counting())
    doc = analyze(text)
    assert not _coded(doc, target)
    why = [d["why"] for d in _vetoed(doc, target)]
    assert why and all(w.startswith("classifier (n-grams)") for w in why), doc.meta.get("events_not_reported")
    assert not calls


@pytest.mark.slow
@pytest.mark.parametrize("target, text", [
    ("ASSAULT", "وفي البصرة أعلنت الشرطة أن مسلحين مجهولين اختطفوا نقيب الصيادلة في المدينة أثناء عودته من عمله."),
])
def test_ngram_stage_accepts_without_embedding(target, text, monkeypatch):
    from marsad import embeddings
    from marsad.events.classifier import model, ngram_probabilities

    accept = model(target)["meta"].get("accept_above")
    assert accept is not None, f"the {target} model has no accept level"
    p = float(ngram_probabilities([text], target)[0])
    assert p >= accept

    class Refusing:
        name, dim = "refusing", 384

        def encode(self, texts, kind="passage"):
            raise AssertionError("embedder called for a sentence the n-gram stage accepts")

    monkeypatch.setattr(embeddings, "get_embedder", lambda name=None: Refusing())
    coded = _coded(analyze(text), target)
    assert coded and all(abs(e.confidence - p) < 1e-6 for e in coded)
