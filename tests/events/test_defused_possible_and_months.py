"""Readings fixed from a 2015 news sample read by hand.

A bomb whose "مفعول" experts "أبطل" was defused, no attack. A visit foreigners "يمكنهم" make and talks that
"لربما تكون" the key are possible, not held. "نيسان" in "أبريل (نيسان) 2013" is a month inside a date, not the
carmaker, so no criticism is aimed at it. "في أيدٍ أمينة" (in safe hands) is no support ("أيّد"), and "رفض ... التعليق"
after a nine-word aside declines to comment.
"""
from __future__ import annotations

from coded_events import plover


def test_a_bomb_defused_is_no_attack():
    _, evs = plover("وفي أنقرة، أبطل خبراء متفجرات أتراك، أمس، مفعول عبوة ناسفة، كانت موضوعة داخل صندوق، قرب مبنى حزب "
                    "العدالة والتنمية الحاكم، في العاصمة التركية أنقرة.", "2015-07-22")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_a_bomb_that_went_off_is_still_an_attack():
    _, evs = plover("وفي أنقرة، انفجرت أمس عبوة ناسفة قرب مبنى حزب العدالة والتنمية الحاكم، ما أدى إلى إصابة ثلاثة "
                    "أشخاص بجروح.", "2015-07-22")
    assert [e for e in evs if e.event == "ASSAULT"]


def test_a_visit_foreigners_could_make_is_not_coded():
    _, evs = plover("وتابع الجهاز أن \"هذا الاعتقال يثبت الأهمية التي يعلقها حزب الله على المواطنين الأجانب الذين يمكنهم "
                    "زيارة لبنان وإسرائيل، وكذلك على القواعد العسكرية\".", "2015-08-06")
    assert not [e for e in evs if e.event == "CONSULT"]


def test_talks_that_perhaps_are_the_key_are_not_coded():
    _, evs = plover("ولربما تكون مفاوضات حرب اليمن بين إيران والسعودية هي المفتاح المنقذ لإخماد حريق المنطقة.",
                    "2015-08-09")
    assert not [e for e in evs if e.event == "CONSULT"]


def test_a_month_inside_a_date_is_no_name():
    doc, _ = plover("كما ينتقد كوادر وقياديون في طالبان الحركة لتكتمها لسنتين على وفاة الملا عمر في حين أنه توفي في "
                    "أبريل (نيسان) 2013 في مستشفى في كراتشي في باكستان.", "2015-08-06")
    assert "نيسان" not in [doc.text[s.start:s.end] for s in doc.layers["entities"]]
    assert "باكستان" in [doc.text[s.start:s.end] for s in doc.layers["entities"]]


def test_safe_hands_are_no_support():
    _, evs = plover("وقال سموه: إن أمن الوطن والمواطن في أيدٍ أمينة بعد الله تعالى في ظل حكومتنا الرشيدة بقيادة خادم "
                    "الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود.", "2015-08-06")
    assert not [e for e in evs if e.event == "SUPPORT"]


def test_declining_to_comment_after_a_long_aside_is_no_rejection():
    _, evs = plover("ورأى رئيس اللجنة الأولمبية الدولية الألماني توماس باخ أن انتخاب رئيس جديد للاتحاد الدولي لكرة القدم "
                    "(فيفا) لن ينهي مشكلات السلطة الكروية العليا.\n"
                    "ورفض باخ في حديث لوكالة الصحافة الفرنسية من كوالالمبور التعليق على ترشح رئيس الاتحاد الأوروبي "
                    "الفرنسي ميشال بلاتيني لخلافة بلاتر.", "2015-07-27")
    assert not [e for e in evs if e.event == "REJECT"]
