"""Sentences of 2015 news read by hand. A visit to a site ("زيارة مفاجئة لمركز تصحيح أوضاع اليمنيين", a base, a
hospital, some military units) is an inspection, no meeting between two sides; a visit to a state or a person still
is one."""
from __future__ import annotations

from coded_events import plover


def _visits(text: str, published: str):
    _, evs = plover(text, published)
    return [e for e in evs if e.event == "CONSULT"]


def test_a_surprise_visit_to_a_centre_is_no_consultation():
    text = ("نفذ وكيل إمارة منطقة جازان الدكتور سعد المقرن أمس زيارة مفاجئة لمركز تصحيح أوضاع اليمنيين وإدارة "
            "الترحيل التابعة للجوازات، وذلك بعد ورود شكاوى من أفراد الجالية اليمنية عن تزاحم وضياع معاملات - تأكيدا "
            "لما نشرته «عكاظ» أمس - ووقف المقرن خلال جولته التفقدية على سير وآلية العمل في المركز ورصد التزاحم لليوم "
            "الرابع على التوالي بعد التوقف للعيد، كما رصد ملاحظات واستمع لمطالب المراجعين.")
    assert not _visits(text, "2015-07-24")


def test_a_visit_to_a_capital_and_a_reception_stay():
    text = ("وزار وزير الخارجية السعودي عادل الجبير موسكو أمس والتقى نظيره الروسي سيرغي لافروف.\n"
            "استقبل خادم الحرمين الشريفين الملك سلمان في قصر السلام أمس سامح شكري وزير الخارجية المصري.")
    assert len(_visits(text, "2015-07-24")) == 2
