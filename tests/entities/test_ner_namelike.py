"""The letters-only name score (``namelike.tsv.gz``, optional in a model folder): how its file is read, how a word
it was not fitted on is scored, and how it reaches the CRF's attributes."""
from __future__ import annotations

import pytest

from marsad.entities import namelike, ner


@pytest.fixture()
def model(tmp_path) -> namelike.NameLikeness:
    path = tmp_path / "namelike.tsv.gz"
    # a word opening with "شو" or ending in "غو" looks like a name, one opening with the article's "ال" less so
    namelike.write(path, {"<شو": 3.0, "غو>": 3.0, "<ال": -2.0}, -1.0, {"حكومه": 0.125})
    return namelike.load(path)


def test_ngrams_mark_the_word_ends():
    c = namelike.ngrams("ab")
    assert c["<"] == 1 and c["<a"] == 1 and c["ab>"] == 1 and c["<ab>"] == 1
    assert sum(c.values()) == 4 + 3 + 2 + 1


def test_a_fitted_word_keeps_its_own_score(model):
    assert model.score("حكومه") == 0.125
    assert model.attrs("حكومه", None) == ["nl=1"]


def test_other_words_are_scored_from_their_letters(model):
    assert model.score("شويغو") > 0.5 > model.score("الرياض")
    assert model.score("شويغو") > model.score("شوي") > model.score("دار")


def test_the_stem_without_its_proclitic_is_scored_too(model):
    got = model.attrs("وشويغو", "شويغو")
    assert got[0].startswith("nl=") and got[1] == "nls=" + namelike.bin_of(model.score("شويغو"))


def test_no_file_means_no_score(tmp_path):
    assert namelike.load(tmp_path / "namelike.tsv.gz") is None


def test_an_unreadable_file_is_a_resource_error_naming_it(tmp_path):
    bad = tmp_path / "namelike.tsv.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(ner.ResourceError) as e:
        namelike.load(bad)
    assert "namelike.tsv.gz" in str(e.value)


def test_the_score_is_an_attribute_of_every_token_and_absent_without_a_model(model):
    norms = [ner.word_norm(w) for w in "والتقى شويغو نظيره".split()]
    with_score = ner.token_features(norms, ner.Resources(clusters={}, gazetteer=ner.Gazetteer(), triggers={},
                                                          namelike=model))
    plain = ner.token_features(norms, ner.Resources(clusters={}, gazetteer=ner.Gazetteer(), triggers={}))
    assert all(any(a.startswith("nl=") for a in f) for f in with_score)
    assert not any(a.startswith("nl") for f in plain for a in f)
    assert [[a for a in f if not a.startswith(("nl=", "nls="))] for f in with_score] == plain
