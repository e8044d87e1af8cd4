"""Readings fixed from a 2015 news sample read by hand.

"طالب الدكتوراة" is a doctoral student, not "demanded"; a king who "رحب ... بالرئيس الفرنسي" at a summit's opening
welcomes a guest (a courtesy, as "بضيف مصر" is: the set of guest words is now compared in normalised form, so
"الرئيس" matches "الرئيس"); a leader's demand of his own people ("وطالب الرئيس التونسي ... التونسيين بالتمسك
بالوحدة الوطنية") is addressed to the public; "قبل أيام استقبل" names no day, so the reception is not dated by
the article; and "دور رائد" is a leading role, not a man named Raed.
"""
from __future__ import annotations

from coded_events import plover

from marsad.api import analyze
from marsad.events.lexicon import words


_events = plover


def test_a_doctoral_student_demands_nothing():
    _, evs = _events("«عكاظ» التقت الباحث عبدالله بن علي العسيري طالب الدكتوراة في تخصص الاتصال والدراسات الإعلامية "
                     "بجامعة التكنولوجيا مارا الماليزية، الذي أكمل دراسة الماجستير ببحث حول الاستفادة من «الفيس بوك» "
                     "بين الطلاب السعوديين.")
    assert not [e for e in evs if e.event == "REQUEST"]


def test_word_sets_are_normalised_and_a_welcomed_president_is_a_guest():
    assert "الرييس" in words("guest_words")           # written "الرئيس" in the file
    _, evs = _events("وبدأ الملك سلمان كلمته الافتتاحية للقمة باستذكار مآثر الملك الراحل عبدالله بن عبدالعزيز، ثم رحب "
                     "خادم الحرمين في كلمته خلال افتتاح القمة بالرئيس الفرنسي.")
    assert not [e for e in evs if e.event == "SUPPORT"]
    _, evs = _events("ورحب الرئيس الفرنسي فرانسوا هولاند بالاتفاق النووي مع إيران.")
    assert [e for e in evs if e.event == "SUPPORT"]


def test_a_demand_of_ones_own_people_is_public():
    doc, evs = _events("وطالب الرئيس التونسي الباجي قائد السبسي التونسيين بالتمسك بالوحدة الوطنية.")
    assert not [e for e in evs if e.event == "REQUEST"]
    assert any(d["why"] == "addressed to the general public" for d in doc.meta["events_not_reported"])
    _, evs = _events("وطالب الرئيس الفلسطيني محمود عباس الإسرائيليين بوقف الاستيطان.")
    assert [e for e in evs if e.event == "REQUEST"]
    _, evs = _events("كشفت مصادر مطلعة عن طلب وزير الإسكان ماجد الحقيل من هيئة المهندسين السعوديين تقديم مقترحات جديدة.")
    assert [e for e in evs if e.event == "REQUEST"]        # the council was asked, not the Saudi people


def test_days_ago_name_no_day():
    _, evs = _events('أكد النائب عن حركة حماس يحيى موسى اليوم أن العلاقات مع السعودية جيدة.\nوقال النائب عطية في بيان '
                     'صحفي "قبل ايام استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز قيادة حركة حماس وعلى رأسها '
                     'خالد مشعل".', published="2015-07-24")
    visits = [e for e in evs if e.event == "CONSULT"]
    assert visits and all(e.date is None for e in visits), [(e.event, e.date) for e in evs]


def test_a_leading_role_is_no_person():
    doc = analyze("ورفضت أنقرة لعب دور رائد في العمليات العسكرية ضد التنظيم.")
    assert not [e for e in doc.layers["entities"] if doc.text[e.start:e.end] == "رائد"]
