"""Sentences of 2015 news read by hand. A date in a relative clause of words reacted to ("استنكرت ... التصريحات التي
أدلى بها نوري المالكي ... بتاريخ 17 يوليو") dates those words, not the article's news; welcoming "any" deal ("رحب
الوزير الجبير بأي اتفاق") welcomes none yet; talks held "خلال عامين من المفاوضات" took place on no one day; and a verb
written with the passive's damma ("واتُهم نظيف") was undergone by the name after it."""
from __future__ import annotations

from coded_events import plover, triggered


def test_a_statement_reacted_to_does_not_date_the_reaction():
    text = ("منظمة التعاون الإسلامي تستنكر تصريحات نائب الرئيس العراقي ضد السعودية\n"
            "استنكرت الأمانة العامة لمنظمة التعاون الإسلامي، التصريحات التي أدلى بها نوري المالكي نائب رئيس الجمهورية "
            "العراقية لقناة آفاق وصال بتاريخ 17 يوليو ( تموز) الحالي، والتي ادعى فيها بأن السعودية راعية للإرهاب.")
    doc, evs = plover(text, "2015-07-22")
    assert [e.event for e in evs] == ["ACCUSE"] and evs[0].date != "2015-07-17", [(e.event, e.date) for e in evs]


def test_welcoming_any_deal_is_no_support_yet():
    text = ("قال وزير الخارجية السعودي عادل الجبير أمس إن المملكة تتابع المفاوضات.\n"
            "كما رحب الوزير الجبير بأي اتفاق يضمن عدم قدرة إيران على حيازة سلاح نووي.")
    _, evs = plover(text, "2015-07-23")
    assert not [e for e in evs if e.event == "SUPPORT" and "hypothetical" not in e.aux]
    _, evs = plover("ورحب وزير الخارجية السعودي عادل الجبير بقرار الحكومة المصرية.", "2015-07-23")
    assert [e.event for e in evs if e.event == "SUPPORT"] == ["SUPPORT"]


def test_talks_over_two_years_take_no_day():
    text = ("قال وزير الخارجية الأمريكي جون كيري أمس إن الاتفاق جيد.\n"
            "جاء ذلك خلال شهادته في جلسة استماع للجنة العلاقات الخارجية في مجلس الشيوخ الأمريكي حول الاتفاق الذي تمت "
            "صياغته خلال عامين من المفاوضات بين إيران والولايات المتحدة وخمس قوى عالمية أخرى.")
    talks = triggered(text, "2015-07-23", "CONSULT", "المفاوضات")
    assert talks and all(e.date is None for e in talks), [(e.date, e.aux) for e in talks]


def test_a_vowelled_passive_makes_the_name_after_it_the_accused():
    text = ("قضت محكمة مصرية تعيد محاكمة أحمد نظيف رئيس الوزراء الأسبق في عهد الرئيس المعزول حسني مبارك عليه بالسجن "
            "خمس سنوات الأربعاء بعد إدانته بتهمة الكسب غير المشروع، حسب ما قال مسؤول في المحكمة. واتُهم نظيف الذي "
            "اقيل من منصبه نهاية يناير 2011 مع بداية الانتفاضة الشعبية التي أطاحت بمبارك، باستغلال منصبه الذي تولاه في "
            "يوليو 2004 لتحقيق ثروة غير مشروعة.")
    doc, evs = plover(text, "2015-07-22")
    assert not [e for e in evs if e.event == "ACCUSE" and e.actor is not None
                and doc.text[e.actor.start:e.actor.end] == "نظيف"]
