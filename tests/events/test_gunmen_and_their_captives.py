"""Gunmen named by a group word ("المسلحون الحوثيون") took the man titled after them ("الدكتور عبدالقادر الجنيد"): the
title opens his name, it does not join the gunmen's phrase; "مسلحو الحوثي" are the Houthis; a verb in the feminine
perfect ("اعتقلت") before a man's title ("القائد العسكري") has him for its object."""
from __future__ import annotations

from coded_events import plover


def test_gunmen_took_the_doctor():
    _, evs = plover("من جانب اخر اختطف المسلحون الحوثيون الدكتور عبدالقادر الجنيد احد اعلام الطب في مدينة تعز واليمن.",
                    "2015-08-06")
    taken = [e for e in evs if e.event == "ASSAULT"]
    assert taken and all(e.actor is not None and e.actor.code == "YEMREB" and "الجنيد" not in (e.actor.name or "")
                         for e in taken)
    assert all([r.code for r in e.recipients] == [None] and "الجنيد" in (e.recipients[0].name or "") for e in taken)


def test_houthi_gunmen_are_the_houthis():
    _, evs = plover("كما احتجز مسلحو الحوثي الصحافي والاديب السبعيني محمد المساح الأربعاء في منطقة بني علي بمحافظة ذمار.",
                    "2015-08-06")
    held = [e for e in evs if e.event == "COERCE"]
    assert held and all(e.actor is not None and e.actor.code == "YEMREB" for e in held)


def test_a_feminine_verb_has_the_titled_man_for_its_object():
    _, evs = plover("وقالت حركة المقاومة إن القوى الجنوبية اعتقلت القائد العسكري عبدالخالق الحوثي.", "2015-07-26")
    assert not [e for e in evs if e.event == "COERCE" and e.actor is not None and "الحوثي" in (e.actor.name or "")]
