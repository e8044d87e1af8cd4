"""A document of a few sentences is tagged by the first pass alone (the second pass, which reads a word's other
mentions nearby, does worse without them); a longer one goes through both passes."""
from __future__ import annotations

import pytest

from marsad.entities import ner
from marsad.lang.ar.tokens import tokenize

SENTENCES = [
    "وقال وزير الخارجية سامح شكري ، في اتصال هاتفي مع نظيره النرويجي بورج بريند ، إنه يجب أن توفر الدول الدعم .",
    "ونقلت وكالة فارس للأنباء أمس السبت عن لاريجاني قوله : هذا نزاع مصطنع .",
    "وأكد وزير الداخلية اليمني اللواء عبده الحذيفي أن مدينة عدن أصبحت آمنة .",
]


def first_pass_only(m: ner.Model, sents: list[list[str]]) -> list[list[str]]:
    second, m.second = m.second, None
    try:
        return [labels for labels, _ in m.tag_document(sents)]
    finally:
        m.second = second


@pytest.mark.parametrize("n", [1, 3])
def test_short_document_is_tagged_by_the_first_pass(n):
    m = ner.model()
    if m.second is None:
        pytest.skip("the shipped model has no second pass")
    sents = [[t.text for t in tokenize(s)] for s in SENTENCES[:n]]
    assert [labels for labels, _ in m.tag_document(sents)] == first_pass_only(m, sents)


def test_long_document_reads_the_second_pass(monkeypatch):
    m = ner.model()
    if m.second is None:
        pytest.skip("the shipped model has no second pass")
    calls = []
    real = ner.doc_features
    monkeypatch.setattr(ner, "doc_features", lambda *a, **k: calls.append(1) or real(*a, **k))
    sents = [[t.text for t in tokenize(s)] for s in SENTENCES * 4]
    assert len(sents) >= ner.SECOND_PASS_MIN_SENTENCES
    m.tag_document(sents)
    assert calls
