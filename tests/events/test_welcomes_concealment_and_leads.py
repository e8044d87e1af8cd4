"""Readings fixed from a 2015 news sample read by hand.

A minister who "رحب ... بنظيره" welcomes a visiting counterpart, and an official who "رحب ... بالوفد" after a long
title welcomes a delegation: courtesies, not support. An official who "طلب التكتم على هويته" asked not to be
named, no request between actors. "آمل أن ألتقي" (I hope to meet) is still to come, and so is what a text lays out
"من أجل التعاون" (in order to cooperate). An injury "في الحادث" after a lead that tells of a road accident is the
accident's, and so are the dead a text tells of under a title such as "حادث سير يودي بحياة 16 شخصا" or after "تصادم
حافلتين", while a collapse of defences ("بانهيار دفاعات داعش") further down an article leaves its attacks alone. A
death sentence a court passed "لإدانته في قضية" is a conviction, no condemnation.
"""
from __future__ import annotations

from coded_events import plover


def _events(text: str, published: str = "2015-07-25"):
    return plover(text, published)


def test_a_counterpart_welcomed_on_a_visit_is_no_support():
    _, evs = _events("وجاء حديث الشيخ عبد الله بن زايد خلال استقباله سامح شكري، وزير الخارجية المصري، والوفد المرافق له، "
                     "الذي يزور الدولة حاليا، حيث رحب وزير الخارجية الإماراتي بنظيره المصري وبالزيارة التي تأتي في "
                     "إطار التعاون الأخوي الوثيق الذي يجمع البلدين والشعبين.")
    assert not [e for e in evs if e.event == "SUPPORT"]


def test_a_delegation_welcomed_after_a_long_title_is_no_support():
    _, evs = _events("ورحب المدير الإقليمي للحملة الوطنية السعودية لنصرة الاشقاء في سورية الدكتور بدر السمحان بالوفد "
                     "وزيارته التي تأتي ضمن سلسة الزيارات المتوالية من اللجان الدولية للاطلاع على تجارب الحملة.")
    assert not [e for e in evs if e.event == "SUPPORT"]


def test_a_welcome_of_a_decision_is_still_support():
    _, evs = _events("ورحب وزير الخارجية الإماراتي عبدالله بن زايد بقرار مجلس الأمن الدولي بشأن اليمن.")
    assert [e for e in evs if e.event == "SUPPORT"]


def test_asking_not_to_be_named_is_no_request():
    _, evs = _events("من جانب آخر، أوضح مسؤول تركي طلب التكتم على هويته، لوكالة الصحافة الفرنسية، أن الضربات هدفها "
                     "«وقائي» أيضا.")
    assert not [e for e in evs if e.event == "REQUEST"]


def test_a_meeting_hoped_for_is_future():
    _, evs = _events("وقال تشونغ الذي كان نائب رئيس فيفا بين 1994 و2011: «تأسس فيفا في باريس (1904) وهي محور للمواصلات.. "
                     "آمل أن ألتقي أيضًا رئيس الاتحاد الأوروبي ميشال بلاتيني».")
    meetings = [e for e in evs if e.event == "CONSULT"]
    assert meetings and all("future" in e.aux for e in meetings)


def test_cooperation_a_declaration_aims_at_is_not_coded():
    _, evs = _events("جاء إعلان القاهرة ليصب في مصلحة البلدين، حيث إحتوى على جوانب مهمة وبناءة من أجل التعاون المشترك "
                     "بين البلدين ، في مجال الأمن والإقتصاد والثقافة ، فهي داعم حقيقي لمزيد من التقدم والرخاء والتنمية "
                     "للسعودية ومصر.")
    assert not [e for e in evs if e.event == "COOPERATE"]


def test_an_injury_in_the_accident_the_lead_tells_is_no_attack():
    _, evs = _events("وقع صباح اليوم حادث تصادم بين ثلاث مركبات على الشارع العام بعفيف بالقرب من مبنى إدارة التعليم، وقد "
                     "تسبب الحادث في انحراف إحدى المركبات إلى الاتجاه المعاكس.\n"
                     "أصيبت امرأة في الحادث، بإصابات متفرقة، حيث تم نقلها لمستشفى عفيف العام، فيما باشرت الجهات "
                     "الأمنية موقع الحادث.", "2015-08-10")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_a_collapse_further_down_leaves_the_attacks_alone():
    _, evs = _events("بدأت القوات الأمنية بمشاركة متطوعي العشائر في تنفيذ المرحلة الثانية من عملية تحرير مدينة الرمادي. "
                     "وقال المستشار السياسي حكمة سليمان: توافرت لدينا معلومات مؤكدة بانهيار دفاعات داعش.\n"
                     "وقتل 52 عنصرا من داعش في قصف جوي استهدف مواقعهم أمس.", "2015-08-07")
    assert [e for e in evs if e.event == "ASSAULT"]


def test_the_dead_of_a_crash_of_two_buses_are_no_attack():
    _, evs = _events("لقي 16 شخصا على الأقل حتفهم وأصيب نحو 60 آخرين إثر تصادم حافلتين في شرق روسيا.", "2015-08-05")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_a_title_telling_of_a_road_accident_covers_the_dead_in_the_body():
    from marsad.api import analyze
    doc = analyze("وذكرت الشرطة في منطقة خاباروفسك القريبة من الحدود الصينية اليوم الأربعاء أن من بين القتلى طفل، كما "
                  "يوجد ثلاثة أطفال آخرين في حالة حرجة.", published="2015-08-05",
                  title="حادث سير يودي بحياة 16 شخصا في شرق روسيا")
    assert not [e for e in doc.events if e.event == "ASSAULT"]


def test_a_conviction_a_court_handed_down_is_no_condemnation():
    _, evs = _events("ويرفض القرضاوي، المقيم في قطر، عزل محمد مرسي، وقد قضت محكمة مصرية في يونيو (حزيران) الماضي غيابيا "
                     "بإعدام القرضاوي لإدانته في قضية اقتحام السجون خلال ثورة يناير عام 2011.", "2015-08-06")
    assert not [e for e in evs if e.event == "ACCUSE" and e.mode == "disapprove"]
