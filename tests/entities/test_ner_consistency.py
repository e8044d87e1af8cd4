"""One reading per name within a document: a surname the recogniser reads as a place or an organisation, or
leaves untagged, becomes the person the same document names in full; common words are left alone."""
from __future__ import annotations

import pytest

from marsad.entities import ner
from marsad.entities.recognise import recognise


@pytest.mark.parametrize("text, later", [
    ("التقى وزير الدفاع الأمريكي لويد أوستن بنظيره الروسي . وقال أوستن إن الحرب ستستمر .", "أوستن"),
    ("أجرى أوستن وشويغو محادثة هاتفية . وكان وزير الدفاع الأمريكي لويد أوستن قد طلب ذلك .", "أوستن"),
])
def test_bare_surname_follows_the_full_name(text, later):
    found = [(text[s:e], lab) for s, e, lab, _ in recognise(text)]
    bare = [lab for name, lab in found if name == later]
    assert bare and all(lab == "PER" for lab in bare), found


def _norms(sent: str) -> list[str]:
    return [ner.word_norm(w) for w in sent.split()]


@pytest.mark.parametrize("sents, labels, expected", [
    # a place reading of the surname gives way to the person
    (["قال لويد أوستن", "وصل أوستن إلى بغداد"],
     [["O", "B-PERS", "I-PERS"], ["O", "B-LOC", "O", "B-LOC"]],
     [["O", "B-PERS", "I-PERS"], ["O", "B-PERS", "O", "B-LOC"]]),
    # an untagged surname becomes the person too ...
    (["قال جون كيري", "وأكد كيري ضرورة الحل"],
     [["O", "B-PERS", "I-PERS"], ["O", "O", "O", "O"]],
     [["O", "B-PERS", "I-PERS"], ["O", "B-PERS", "O", "O"]]),
    # ... unless it is a common word (على folds to علي)
    (["قال محمد علي", "وأكد على ضرورة الحل"],
     [["O", "B-PERS", "I-PERS"], ["O", "O", "O", "O"]],
     [["O", "B-PERS", "I-PERS"], ["O", "O", "O", "O"]]),
    # a word inside a longer name of another type keeps it
    (["قال جون واشنطن", "في جامعة واشنطن الكبرى"],
     [["O", "B-PERS", "I-PERS"], ["O", "B-ORG", "I-ORG", "O"]],
     [["O", "B-PERS", "I-PERS"], ["O", "B-ORG", "I-ORG", "O"]]),
    # a one-word person gives nothing to follow
    (["قال أوستن", "وصل أوستن إلى بغداد"],
     [["O", "B-PERS"], ["O", "B-LOC", "O", "B-LOC"]],
     [["O", "B-PERS"], ["O", "B-LOC", "O", "B-LOC"]]),
])
def test_name_consistency_rule(sents, labels, expected):
    common = {ner.word_norm(w) for w in ("على", "في", "من", "قال")}
    assert ner.name_consistency([_norms(s) for s in sents], labels, common) == expected


def test_common_words_come_from_the_shipped_model():
    common = ner.model().common
    assert len(common) == ner.COMMON_WORDS
    assert ner.word_norm("على") in common and ner.word_norm("أوستن") not in common


@pytest.mark.parametrize("sents, labels, expected", [
    # a bank named once is named again where the same words recur, also after a proclitic
    (["وافق البنك التجاري على البرنامج", "وقال إن البنك التجاري سيصدر سندات", "أرباح للبنك التجاري"],
     [["O", "B-ORG", "I-ORG", "O", "O"], ["O", "O", "O", "O", "O", "O"], ["O", "O", "O"]],
     [["O", "B-ORG", "I-ORG", "O", "O"], ["O", "O", "B-ORG", "I-ORG", "O", "O"], ["O", "B-ORG", "I-ORG"]]),
    # words already inside another name, or followed by one, are left alone
    (["وافق البنك التجاري على البرنامج", "رئيس البنك التجاري القطري"],
     [["O", "B-ORG", "I-ORG", "O", "O"], ["O", "B-ORG", "I-ORG", "I-ORG"]],
     [["O", "B-ORG", "I-ORG", "O", "O"], ["O", "B-ORG", "I-ORG", "I-ORG"]]),
    # one-word names do not spread
    (["وصل إلى الجزيرة", "وقالت الجزيرة"],
     [["O", "O", "B-LOC"], ["O", "O"]],
     [["O", "O", "B-LOC"], ["O", "O"]]),
])
def test_repeated_names(sents, labels, expected):
    assert ner.repeated_names([_norms(s) for s in sents], labels) == expected


@pytest.mark.parametrize("sents, labels, expected", [
    # a company named twice is named again where the word recurs untagged, also after a proclitic
    (["أعلنت شركة مايكروسوفت", "وقعت اتفاقا مع مايكروسوفت أمس", "تقرير لمايكروسوفت", "قالت مايكروسوفت"],
     [["O", "O", "B-ORG"], ["O", "O", "O", "O", "O"], ["O", "O"], ["O", "B-ORG"]],
     [["O", "O", "B-ORG"], ["O", "O", "O", "B-ORG", "O"], ["O", "B-ORG"], ["O", "B-ORG"]]),
    # a word with the article is mostly a thing ("المترو"), not the company
    (["شركة مترو", "قالت مترو", "ركب المترو", "خطوط للمترو"],
     [["O", "B-ORG"], ["O", "B-ORG"], ["O", "O"], ["O", "O"]],
     [["O", "B-ORG"], ["O", "B-ORG"], ["O", "O"], ["O", "O"]]),
    # once is not enough: one misreading does not spread
    (["ويحتاج معارضو الاتفاق", "قال معارضو الاتفاق"],
     [["O", "B-ORG", "O"], ["O", "O", "O"]],
     [["O", "B-ORG", "O"], ["O", "O", "O"]]),
    # a word read with two types, a place, a common word, or a word beside another name stays as it is
    (["أعلنت شركة نوكيا", "قالت نوكيا", "وصل إلى نوكيا", "وقالت شركة في", "قالت في", "قال في البيان"],
     [["O", "O", "B-ORG"], ["O", "B-ORG"], ["O", "O", "B-LOC"], ["O", "O", "B-ORG"], ["O", "B-ORG"], ["O", "O", "O"]],
     [["O", "O", "B-ORG"], ["O", "B-ORG"], ["O", "O", "B-LOC"], ["O", "O", "B-ORG"], ["O", "B-ORG"], ["O", "O", "O"]]),
    (["أعلنت شركة أرامكو", "قالت أرامكو", "مدير جون أرامكو"],
     [["O", "O", "B-ORG"], ["O", "B-ORG"], ["O", "B-PERS", "O"]],
     [["O", "O", "B-ORG"], ["O", "B-ORG"], ["O", "B-PERS", "O"]]),
])
def test_repeated_organisation_words(sents, labels, expected):
    common = {ner.word_norm(w) for w in ("على", "في", "من", "قال")}
    assert ner.repeated_words([_norms(s) for s in sents], labels, common) == expected
