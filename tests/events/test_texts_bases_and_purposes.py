"""Readings fixed from a 2015 news sample read by hand.

A text that "says" something in the present ("الملحق يؤيد وجهة نظر الرئيس أوباما", "قرار من المجلس المركزي ...
يدعو إلى") states its content, no act; an approval named as the basis of something else ("تأتي بناءً على موافقة
المقام السامي") reports no agreement; attacks named as a purpose ("لشن هجمات") were not carried out; and what a camp
"served for" ("كان المتمردون يستغلونه في قصف المدينة") is no one attack.
"""
from __future__ import annotations

from coded_events import plover


def _events(text: str, published: str = "2015-08-06"):
    return plover(text, published)


def test_a_texts_content_is_no_act():
    _, evs = _events("يذكر أن الملحق يؤيد وجهة نظر الرئيس أوباما بخصوص إجراءات الشفافية.")
    assert not [e for e in evs if e.event == "SUPPORT"]
    _, evs = _events("وكان هناك قرار من المجلس المركزي لمنظمة التحرير الفلسطينية يدعو إلى تحديد العلاقة مع إسرائيل.")
    assert not [e for e in evs if e.event == "REQUEST"]
    _, evs = _events("ودعا الرئيس الفلسطيني محمود عباس إسرائيل إلى وقف الاستيطان.")
    assert [e for e in evs if e.event == "REQUEST"]


def test_an_approval_as_a_basis_is_no_agreement():
    _, evs = _events("وأفاد عميد المعهد الدكتور عادل باناعمة أن الدورة التدريبية الصيفية تأتي بناءً على موافقة المقام "
                     "السامي للجامعات السعودية باستقبال وتدريب أساتذة اللغة العربية سنوياً من دولِ إندونيسيا، والسنغال، "
                     "وغينيا كوناكري.")
    assert not [e for e in evs if e.event == "AGREE"]


def test_attacks_as_a_purpose_are_not_carried_out():
    doc, evs = _events("كما ساند طيران قوات التحالف ضرب – محاولة المتمردين تشكيل مراكز متعددة لشن هجمات -، بقصف دمر منصات "
                       "إطلاق صواريخ مضادة للطائرات نصبها المتمردون قبالة محافظة الطوال بمنطقة جازان.")
    attacks = [e.to_dict(doc) for e in evs if e.event == "ASSAULT"]
    assert attacks and all(x["trigger"]["text"] != "هجمات" and not x["aux"] for x in attacks)


def test_what_a_camp_served_for_is_no_one_attack():
    _, evs = _events("وكان عناصر المقاومة قد توغلوا أمس في مديرية مريس الشمالية، قبل أن يستعيدوا السيطرة الكاملة على معسكر "
                     "الصدرين المحاذي لمديرية الشعيب الجنوبية، ويطل المعسكر على مدينة الضالع، وكانت توجد به قوات كبيرة "
                     "من الحوثيين وعناصر الحرس الجمهوري، حيث كان المتمردون يستغلونه في قصف المدينة.", published="2015-08-10")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_the_countries_of_a_border_are_no_targets():
    doc, evs = _events("وقالت مصادر أمنية إن متمردين أكراد فجروا عبوة عن بعد أثناء مرور قافلة عسكرية بمنطقة أراكوي في مقاطعة "
                       "سيرناك على الحدود مع العراق وسورية.", published="2015-08-05")
    attacks = [e.to_dict(doc) for e in evs if e.event == "ASSAULT"]
    assert attacks and all(not x["recipient"] for x in attacks)


def test_a_move_called_important_against_terror_financing_accuses_no_one():
    _, evs = _events("وأعلنت الولايات المتحدة فرض عقوبات على سعد بن سعد محمد الشريان الكعبي وعبد اللطيف بن عبد الله صالح محمد "
                     "الكواري بتهمة التمويل الإرهابي، في تحرك وصفه مسؤول أميركي بأنه «مهم في منع تمويل الإرهاب، بينما نحن "
                     "نركز على هزم (داعش)».", published="2015-08-05")
    assert [e for e in evs if e.event == "SANCTION"]
    assert not [e for e in evs if e.event == "ACCUSE"]
