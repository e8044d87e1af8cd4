"""Tagging features: the cached, pruned attributes handed to the tagger are exactly the model-known part of
``token_features`` (the training features), and tagging with them gives the same labels and marginals."""
from __future__ import annotations

import pytest

from marsad.entities import ner

SENTENCES = [
    "قال وزير الدفاع الأمريكي لويد أوستن إن بلاده ستواصل دعم أوكرانيا .",
    "وقال متحدث باسم البنتاغون إن الولايات المتحدة سترسل مساعدات جديدة إلى كييف .",
    "وأكد الرئيس الروسي فلاديمير بوتين في موسكو أن روسيا لن تتراجع عن أهدافها في 2022 .",
    "أعلنت الأمم المتحدة أن 1500 شخص نزحوا من مدينة حلب خلال أسبوع .",
    "المملكة",
]


def _norms(sent: str) -> list[str]:
    return [ner.word_norm(w) for w in sent.split()]


@pytest.fixture(scope="module")
def model() -> ner.Model:
    return ner.model()


def test_known_attributes_are_the_models_dictionary(model):
    known = ner.model_attributes(ner.MODEL_DIR / "model.crfsuite")
    assert len(known) > 1000
    assert known == {attr for attr, _ in model.first.info().state_features}


@pytest.mark.parametrize("sent", SENTENCES)
@pytest.mark.parametrize("warm", [False, True])
def test_tagging_features_are_the_known_training_features(model, sent, warm):
    norms = _norms(sent)
    feat = ner.Featuriser(model.resources, model.features.known)
    if warm:                     # the same words met before, in another sentence: served from the cache
        feat(norms[::-1])
        feat(norms)
    full = ner.token_features(norms, model.resources)
    expected = [[x.encode() for x in f if x in feat.known] for f in full]
    assert feat(norms) == expected


def test_sentences_include_gazetteer_names(model):
    """A gazetteer match changes what the neighbours see: the sentences above must exercise that path."""
    assert sum(any(tags) for tags in (model.resources.gazetteer.match(_norms(s)) for s in SENTENCES)) >= 2


@pytest.mark.parametrize("sent", SENTENCES)
def test_pruned_features_tag_as_the_full_ones(model, sent):
    norms = _norms(sent)
    full = ner.token_features(norms, model.resources)
    model.first.set(full)
    labels, marg = model.first.tag(), [model.first.marginal("O", i) for i in range(len(norms))]
    model.first.set(model.features(norms))
    assert model.first.tag() == labels
    assert [model.first.marginal("O", i) for i in range(len(norms))] == marg


@pytest.mark.parametrize("sents, first, word, expected", [
    # a word read as a place in another nearby sentence
    (["وصل الوفد إلى بغداد", "وقال مسؤول في بغداد"], [["O", "O", "O", "B-LOC"], ["O", "O", "O", "B-LOC"]],
     (1, 3), ["dk=LOC", "dk=LOC|all"]),
    # read as a place once, left untagged once: "some"/"most" by the share of name readings
    (["وصل الوفد إلى بغداد", "وقال مسؤول في بغداد", "ثم غادر بغداد"],
     [["O", "O", "O", "B-LOC"], ["O", "O", "O", "O"], ["O", "O", "O"]],
     (2, 2), ["dk=LOC", "dk=LOC|most"]),
    # only ever untagged elsewhere
    (["وصل الوفد إلى بغداد", "وقال مسؤول في بغداد"], [["O", "O", "O", "O"], ["O", "O", "O", "B-LOC"]],
     (1, 3), ["dk=O"]),
    # mentioned once: nothing
    (["وصل الوفد إلى بغداد", "وقال مسؤول في دمشق"], [["O", "O", "O", "B-LOC"], ["O", "O", "O", "B-LOC"]],
     (1, 3), []),
    # ties go to the first type in PERS, ORG, LOC, MISC order
    (["قال عباس", "في عباس", "وصل عباس"], [["O", "B-ORG"], ["O", "B-PERS"], ["O", "O"]],
     (2, 1), ["dk=PERS", "dk=PERS|all"]),
])
def test_second_pass_reads_other_mentions(sents, first, word, expected):
    norms = [_norms(s) for s in sents]
    base = [[[] for _ in ns] for ns in norms]
    feats = ner.doc_features(norms, first, base)
    si, i = word
    assert [x for x in feats[si][i] if x.startswith("dk=")] == expected
    assert feats[si][i][:3] == ["p1=" + first[si][i], "-1p1=" + first[si][i - 1], "+1p1=<S>" if i == len(first[si]) - 1
                                else "+1p1=" + first[si][i + 1]]
