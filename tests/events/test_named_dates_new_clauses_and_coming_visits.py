"""Sentences of 2015 news read by hand. A calendar date that names an occasion ("بعد خسارة الحزب الحاكم أغلبيته في
انتخابات 7 يونيو") is not the day of the article's news, though a day named for the act ("التوصل لاتفاق أمس
الجمعة") is; a name after a comma and و before a verb in the imperfect ("في اليمن، وواشنطن تدين") opens a new clause
and is not governed by the preposition before it; a visit "خلال" which someone will meet ("سيجتمع خلال الزيارة")
is still to come."""
from __future__ import annotations

from _docs import sides
from coded_events import plover


def test_an_election_named_by_its_date_does_not_date_the_news():
    text = ("دعا الرئيس التركي رجب طيب أردوغان الى اجراء انتخابات مبكرة في بلاده في حال فشلت الجهود لتشكيل ائتلاف "
            "حكومي بعد خسارة حزب العدالة والتنمية الحاكم اغلبيته الساحقة في انتخابات 7 يونيو.\n"
            "وقتل جنديان تركيان في هجوم شنه مسلحون أكراد على مركز للشرطة في جنوب شرق البلاد.")
    _, evs = plover(text, "2015-08-01")
    hits = [e for e in evs if e.event == "ASSAULT"]
    assert hits and all(e.date != "2015-06-07" for e in hits), [(e.event, e.date) for e in evs]


def test_a_day_named_for_the_act_still_dates_the_news():
    text = ("أخفق وزراء تجارة دول حوض المحيط الهادي في التوصل لاتفاق أمس الجمعة لتحرير التجارة بين 12 دولة.\n"
            "وقتل جنديان تركيان في هجوم شنه مسلحون أكراد على مركز للشرطة في جنوب شرق البلاد.")
    _, evs = plover(text, "2015-08-01")
    assert [e.date for e in evs if e.event == "ASSAULT"][:1] == ["2015-07-31"], [(e.event, e.date) for e in evs]


def test_a_name_before_an_imperfect_after_a_comma_opens_a_clause():
    got = sides('وقال كيري في المؤتمر الذي عقد في العاصمة القطرية الدوحة " المبادرة الخليجية هي أساس كل حل سياسي '
                'في اليمن، وواشنطن تدين ممارسة ميليشيا الحوثي في اليمن".', "2015-08-03")
    condemned = [e for e in got if e[0] == "ACCUSE"]
    assert condemned and all(e[1] != "ميليشيا" for e in condemned), got
    assert any("واشنطن" in (e[1] or "") for e in condemned), got


def test_a_visit_during_which_someone_will_meet_is_still_to_come():
    got = sides("وأشارت المصادر إلى أن وزير الخارجية السعودي عادل الجبير سيجتمع خلال الزيارة مع نظيره الروسي سيرجي "
                "لافروف لمناقشة أزمات المنطقة.", "2015-08-03")
    assert not [e for e in got if e[0] == "CONSULT" and "future" not in e[3]], got
