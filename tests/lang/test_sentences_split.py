"""Sentence ends at Arabic and Latin punctuation and line breaks, never inside numbers or abbreviations."""
from __future__ import annotations

import time

import pytest

from marsad.doc import Document, Span
from marsad.lang.ar import sentences
from marsad.lang.ar.sentences import split


def _sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split(text)]


@pytest.mark.parametrize("text,expected", [
    ("قتل 3 أشخاص. وأصيب 5 آخرون.", ["قتل 3 أشخاص.", "وأصيب 5 آخرون."]),
    ("هل انتهت الحرب؟ لا أحد يعلم!", ["هل انتهت الحرب؟", "لا أحد يعلم!"]),
    ("بلغ النمو 3.5 في المئة. وزاد الدين", ["بلغ النمو 3.5 في المئة.", "وزاد الدين"]),
    ("سمحت بشحن 3,800 مليار دولار من الأسلحة.", ["سمحت بشحن 3,800 مليار دولار من الأسلحة."]),
    ("قال د. أحمد إن الوضع هادئ.", ["قال د. أحمد إن الوضع هادئ."]),
    ("عاش في القرن الثالث ق.م. في مصر", ["عاش في القرن الثالث ق.م. في مصر"]),
    ("انظر ص. 15 من التقرير", ["انظر ص. 15 من التقرير"]),
    ("The U.S. Army left. Then it rained.", ["The U.S. Army left.", "Then it rained."]),
    ("وقعت الحرب عام 2014 م. وانتهت", ["وقعت الحرب عام 2014 م.", "وانتهت"]),
    ("قال: \"لن نتراجع.\" ثم غادر.", ['قال: "لن نتراجع."', "ثم غادر."]),
    ("قال «نحن هنا.» وغادر.", ["قال «نحن هنا.»", "وغادر."]),
    ("العنوان\nالسطر الثاني", ["العنوان", "السطر الثاني"]),
    ("انتظروا… ثم تحركوا", ["انتظروا…", "ثم تحركوا"]),
    ("زوروا spa.gov.sa للمزيد", ["زوروا spa.gov.sa للمزيد"]),
    ("رقم ١٫٥ ثابت. والآخر", ["رقم ١٫٥ ثابت.", "والآخر"]),
    ("...", []),
    ("", []),
])
def test_sentences_split(text, expected):
    assert _sents(text) == expected


def test_sentences_seed_002(seed_002):
    got = _sents(seed_002)
    assert any(s.startswith("كانت الولايات المتحدة الداعم الرئيسي") and "3,800 مليار دولار" in s for s in got)
    assert all(s == s.strip() and s for s in got)


def test_sentences_component_segments():
    text = "العنوان هنا\nقتل 3 أشخاص. وأصيب 5.\nاشترك الآن! مجانا."
    doc = Document(text)
    lines = text.split("\n")
    pos = 0
    for kind, line in zip(("title", "body", "boilerplate"), lines):
        doc.add("segments", Span(pos, pos + len(line), kind))
        pos += len(line) + 1
    sentences.component(doc)
    got = [(doc.text[s.start:s.end], s.attrs["segment"]) for s in doc.layers["sentences"]]
    assert got == [("العنوان هنا", "title"), ("قتل 3 أشخاص.", "body"), ("وأصيب 5.", "body")]


def test_sentences_component_without_segments():
    doc = sentences.component(Document("جملة أولى. جملة ثانية"))
    assert [(s.start, s.end, s.attrs["segment"]) for s in doc.layers["sentences"]] == [(0, 10, None), (11, 21, None)]


def test_sentences_linear_on_two_megabytes_single_line():
    text = "قال د. أحمد إن 3,800 شخص وصلوا إلى U.S. اليوم وقال «نعم.» ثم " * 33000
    assert len(text) > 2_000_000 and "\n" not in text
    t0 = time.perf_counter()
    n = sum(1 for _ in split(text))
    assert n == 33000 + 1
    assert time.perf_counter() - t0 < 30
