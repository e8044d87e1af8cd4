"""PROTEST rule vetoes: another sense of the word, a bare gathering verb, a demonstration dated years before."""
from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.events.classifier import dated_long_before, rule_veto


@pytest.mark.parametrize("text, why", [
    ("تتواصل احتفالات العيد بالعديد من الفعاليات في تظاهرة اجتماعية واحتفالية تشهدها أحياء المدينة.",
     "another sense of the word"),
    ("احتشد مئات المصلين صباح يوم العيد في الجوامع الكبيرة.", "gathering with no protest word"),
    ("احتشد مئات الطلاب أمام الوزارة رافعين شعارات تطالب بإقالة الوزير.", None),
    ("تظاهر آلاف أمس في العاصمة احتجاجا على الغلاء.", None),
])
def test_rule_veto(text, why):
    assert rule_veto(text, "PROTEST") == why


def test_rules_leave_assault_alone():
    assert rule_veto("احتشد مئات المصلين صباح يوم العيد في الجوامع الكبيرة.", "ASSAULT") is None


@pytest.mark.parametrize("text, published, old", [
    ("وفي سبتمبر 1895 سارت تظاهرة ضمت ألفين من الأرمن أمام مقر رئاسة الوزراء وهتفت بالحرية.", "2015-07-21", True),
    ("وفي سبتمبر 1895 سارت تظاهرة ضمت ألفين من الأرمن أمام مقر رئاسة الوزراء وهتفت بالحرية.", None, False),
    ("وتظاهر ألفان من الأرمن أمس أمام مقر رئاسة الوزراء احتجاجا على القرار.", "2015-07-21", False),
])
def test_dated_long_before(text, published, old):
    doc = analyze(text, published=published)
    at = text.index("تظاهر")
    assert dated_long_before(doc, [at]) is old
    if old:
        assert not [e for e in doc.events if e.event == "PROTEST"]
