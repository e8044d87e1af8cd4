"""Implausible quantities are flagged with their likely cause; ordinary news raises no flag."""
from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.lang import plausibility
from marsad.lang.ar import numbers, sentences


def _flags(text: str) -> list[tuple[str, dict]]:
    doc = Document(text)
    for comp in (sentences, numbers, plausibility):
        doc = comp.component(doc)
    return [(doc.text[f.start:f.end], f.attrs) for f in doc.layers.get("flags", ()) if f.label == "implausible_quantity"]


def test_plausibility_seed_002_arms_shipment(seed_002):
    got = _flags(seed_002)
    assert len(got) == 1
    text, attrs = got[0]
    assert "3,800" in text
    assert attrs["quantity"] == pytest.approx(3.8e12)
    assert attrs["suggested"] == pytest.approx(3.8e9)
    assert "world military spending" in attrs["message"] and "3,800 million" in attrs["message"]


@pytest.mark.parametrize("text,surface,suggested", [
    ("قدمت واشنطن مساعدات عسكرية بقيمة 2.500 مليار دولار لأوكرانيا", None, None),   # 2.5 billion: fine
    ("وافقت الإدارة على صفقة أسلحة بقيمة 1,200 مليار دولار", "1,200 مليار دولار", 1.2e9),
    ("بلغ الإنفاق العسكري 5 تريليونات دولار هذا العام", "5 تريليونات دولار", 5e9),
    ("قتل 40 مليون شخص في غزة خلال الحرب", "40 مليون شخص", None),
    ("أسفر الزلزال عن مقتل 9 مليارات شخص", "9 مليارات شخص", None),
    ("صوت 140 في المئة من الناخبين لصالح المرشح", "140 في المئة", None),
    ("ارتفعت الأرباح بنسبة 140 في المئة", None, None),
    ("تمثل الديون 160 بالمئة من الناتج المحلي الإجمالي", None, None),
    ("قتل 3 ملايين شخص في الحرب العالمية في روسيا", None, None),
    ("بلغت ميزانية الدولة 900 مليار ريال", None, None),
    ("بكلفة إجمالية بلغت 665,932,983 مليون ريال.", "665,932,983 مليون ريال", 665932983),
])
def test_plausibility_cases(text, surface, suggested):
    got = _flags(text)
    if surface is None:
        assert got == []
        return
    assert [t for t, _ in got] == [surface]
    attrs = got[0][1]
    assert attrs["message"].startswith(surface)
    assert attrs["suggested"] == (None if suggested is None else pytest.approx(suggested))


def test_plausibility_replaces_its_own_flags_only():
    doc = Document("وافقت الإدارة على صفقة أسلحة بقيمة 1,200 مليار دولار")
    from marsad.doc import Span
    doc.add("flags", Span(0, 3, "other_kind", {"message": "kept"}))
    for comp in (sentences, numbers, plausibility, plausibility):
        doc = comp.component(doc)
    assert sorted(f.label for f in doc.layers["flags"]) == ["implausible_quantity", "other_kind"]


def test_plausibility_no_false_alarms_on_a_saudinewsnet_day(saudinewsnet_day):
    flagged = []
    for art in saudinewsnet_day("2015-07-23"):
        flagged += [t for t, _ in _flags(art["content"] or "")]
    # the one flag of that day is right: a garbled "نحو 400.0% من سكان العالم يملكون نحو03 تريليون دولار"
    assert flagged == ["400.0%"]
