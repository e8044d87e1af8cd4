"""Spans of known persons in the final layer follow ANERcorp: a title the dictionary's name opens with stays out
("الملك" عبدالله), and a recogniser span that runs into a known name from a verb before it gives way to the name."""
from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.pipeline import Pipeline

PIPE = Pipeline(("language", "line_roles", "sentences", "entities", "actors"))


def per_spans(text: str) -> set[str]:
    doc = PIPE(Document(text, published="2006-10-01"))
    return {doc.text[s.start:s.end] for s in doc.layers["entities"] if s.label == "PER"}


@pytest.mark.parametrize("text,name,title", [
    ("وبعث البشير رسالة الي كل من الملك عبدالله والرئيس بشار الأسد .", "عبدالله", "الملك"),
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمس في جدة .", "سلمان بن عبدالعزيز", "الملك"),
])
def test_title_is_not_part_of_the_name(text, name, title):
    found = per_spans(text)
    assert name in found and f"{title} {name}" not in found


def test_known_name_wins_over_a_span_that_starts_with_a_verb():
    found = per_spans("ودافعت هيلاري كلينتون بشدة عن زوجها في اطار الجدل الحاد .")
    assert "هيلاري كلينتون" in found
    assert not any(s.startswith("ودافعت") for s in found)


@pytest.mark.parametrize("text,word", [
    ("من جانب آخر , بحثت فايزة أبوالنجا وزيرة التعاون الدولي خلال استقبالها للسفير كلاوس ايبرمان رئيس بعثة المفوضية الأوروبية بالقاهرة .",
     "كلاوس"),
])
def test_place_read_after_ka_is_not_added(text, word):
    doc = PIPE(Document(text, published="2006-10-01"))
    assert not any(doc.text[s.start:s.end] == word and s.label == "LOC" for s in doc.layers["entities"])


@pytest.mark.parametrize("text", [
    "أولمبيك آسفي يريد التعويض أمام اتحاد الخميسات .",
    "- أولمبيك خريبكة - الدفاع الجديدي .",
])
def test_place_ending_a_recognised_name_is_not_a_place_of_its_own(text):
    doc = PIPE(Document(text, published="2006-10-01"))
    ents = sorted(doc.layers["entities"], key=lambda s: s.start)
    for a, b in zip(ents, ents[1:]):
        if a.label in ("ORG", "PER", "MISC") and b.label == "LOC":
            assert doc.text[a.end:b.start].strip() != "", (doc.text[a.start:a.end], doc.text[b.start:b.end])
