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


# -- word vectors (``vectors.npz``): optional, the features are unchanged without them -------------------------

def _vectors(tmp_path, *, dense: bool = True, clusters: bool = True):
    np = pytest.importorskip("numpy")
    words = [ner.word_norm(w) for w in ("الأردن", "موسكو", "قال")]
    arrays = {"words": np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8)}
    if dense:
        arrays["vectors"] = np.array([[100, -50, 0], [3, 4, 0], [0, 0, 9]], dtype=np.int8)
        arrays["scale"] = np.array([0.01], dtype=np.float32)
        arrays["factor"] = np.array([2.0], dtype=np.float32)
    if clusters:
        arrays["clusters"] = np.array([[7, 1], [8, 1], [9, 2]], dtype=np.int16)
    path = tmp_path / "vectors.npz"
    np.savez_compressed(path, **arrays)
    return ner.load_vectors(path)


def _res(vectors=None) -> ner.Resources:
    return ner.Resources(clusters={}, gazetteer=ner.Gazetteer(), triggers={}, vectors=vectors)


def test_no_vectors_file_means_no_vectors(tmp_path):
    assert ner.load_vectors(tmp_path / "vectors.npz") is None


def test_unreadable_vectors_file_is_a_resource_error(tmp_path):
    bad = tmp_path / "vectors.npz"
    bad.write_bytes(b"not an npz")
    with pytest.raises(ner.ResourceError):
        ner.load_vectors(bad)


@pytest.mark.parametrize("sent", SENTENCES[:3])
def test_vectors_add_attributes_and_keep_the_others(tmp_path, sent):
    norms = _norms(sent)
    plain = ner.token_features(norms, _res())
    with_k = ner.token_features(norms, _res(_vectors(tmp_path, dense=False)))
    for a, b in zip(plain, with_k):
        assert set(a) <= set(b)
        assert {x for x in b if x not in a} and all("k" in x for x in b if x not in a)
    assert ner.dense_features(norms, _res()) == [{} for _ in norms]


@pytest.mark.parametrize("word, cluster", [("الأردن", "7"), ("بالأردن", "7"), ("وموسكو", "8"), ("كييف", "oov")])
def test_cluster_ids_reach_clitic_attached_forms(tmp_path, word, cluster):
    v = _vectors(tmp_path)
    assert v.cluster_attrs(ner.word_norm(word))[0] == "k0=" + cluster


def test_dense_attributes_are_unit_vectors_times_the_factor(tmp_path):
    res = _res(_vectors(tmp_path, clusters=False))
    got = ner.dense_features([ner.word_norm("وموسكو"), "xyz"], res)
    assert got[0] == pytest.approx({"e0": 1.2, "e1": 1.6})      # (3, 4, 0) / 5 * 2; a zero is left out
    assert got[1] == {}
    item = ner.with_dense(["w=x", "b"], got[0])
    assert item["w=x"] == 1.0 and item["e1"] == pytest.approx(1.6)
    assert ner.with_dense(["w=x"], {}) == ["w=x"]


def test_neighbour_vectors_when_the_file_asks_for_them(tmp_path):
    v = _vectors(tmp_path, clusters=False)
    norms = [ner.word_norm(w) for w in ("قال", "xyz", "وموسكو")]
    alone = ner.dense_features(norms, _res(v))
    v.window = True
    both = ner.dense_features(norms, _res(v))
    assert alone[1] == {} and both[1] == {"-1e2": pytest.approx(2.0), "1e0": pytest.approx(1.2), "1e1": pytest.approx(1.6)}
    assert both[0] == alone[0]           # its right neighbour has no vector
