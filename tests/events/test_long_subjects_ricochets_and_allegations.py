"""Readings fixed from a 2015 news sample read by hand.

A call "إلى" after a long subject ("ودعا رئيس الوزراء الإسرائيلي بنيامين نتنياهو الفلسطينيين إلى العودة") is a
request; a bullet that ricochets ("بطلق ناري ارتد من المدرع") and shots at an animal ("إطلاق النار على الحيوان")
are no attack; a killing named in accusations someone denies ("نفت البعثة الاتهامات الموجهة لها بقتل 20 مدنيا") is
not reported as done; consultations someone "does not rule out" ("لا نستبعد أن تكون مشاورات (موسكو3)") are
hypothetical; and a visit a committee is to make ("لجنة أممية للقيام فوراً بزيارة الأراضي الفلسطينية") is still to come.
"""
from __future__ import annotations

from marsad.api import analyze


def _kinds(text: str) -> list[str]:
    return [e.event for e in analyze(text).events if not e.extension]


def test_a_call_after_a_long_subject():
    doc = analyze("ودعا رئيس الوزراء الإسرائيلي بنيامين نتنياهو الفلسطينيين إلى العودة إلى المفاوضات.")
    got = [(e.event, e.actor.code if e.actor else None, [r.code for r in e.recipients]) for e in doc.events
           if not e.extension]
    assert ("REQUEST", "ISRGOV", ["PSE"]) in got, got


def test_ricochets_and_shots_at_an_animal_are_no_attack():
    assert "ASSAULT" not in _kinds("ففي أبريل (نيسان) الماضي، أصاب رجل بولاية جورجيا حماته بطلق ناري ارتد من المدرع، "
                                   "بعدما أراد قتله، لكن رصاصة البندقية عادت إلى باب منزله الخلفي لتصيب حماته.")
    assert "ASSAULT" not in _kinds("وقرر الرجل إطلاق النار على الحيوان بعدما رآه في ملكيته الخاصة بمدينة ماريتا، وأطلق "
                                   "ثلاث طلقات لكن واحدة منها على الأقل ارتدت وأصابته في الرأس.")


def test_denied_accusations_and_possible_talks_are_not_acts():
    assert "ASSAULT" not in _kinds("نفت بعثة الاتحاد الإفريقي في الصومال الاتهامات الموجهة لها بقتل 20 مدنيا جنوبي "
                                   "البلاد.")
    assert "CONSULT" not in _kinds("وقال وزير الخارجية الروسي سيرغي لافروف: «نحن لا نستبعد أيضًا أن تكون مشاورات "
                                   "(موسكو3) جزءًا من عملية أوسع نطاقًا، وربما بمشاركة روسيا والولايات المتحدة».")


def test_a_visit_a_committee_is_to_make_is_still_to_come():
    doc = analyze("من جانبها طالبت جامعة الدول العربية بتشكيل لجنة أممية في إطار الأمم المتحدة للقيام فوراً بزيارة "
                  "الأراضي الفلسطينية المحتلة.")
    assert [e.event for e in doc.events if not e.extension] == ["REQUEST"]
