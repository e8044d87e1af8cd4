"""Sides, modes and non-events read from Arabic wording: sentences of 2015 news read by hand.

A call "في اتصال هاتفي" right after "قال" is how a statement reached the reporter, not a contact; a call with a
partner after it stays. The place right after a visit is where the visit went ("أثناء زيارتهما روسيا", "زارت
سوريا"), never the visitor. "الآن" before a verb is no particle of a wanted act. A verbal noun after "أن" whose
predicate is a prediction ("أن رفض الكونجرس للاتفاق سيؤدي إلى حرب") is hypothetical. "حدود 1967" names a line,
not the time of the act, and "ضرورة انسحاب" is a withdrawal wanted. A blessing ("أيده الله") is no support. A
name in brackets after another is that name again ("وزارة الدفاع الأمريكية (البنتاجون)"). "اجتمع ... في مقر،
مع فلان": the partner is after مع. "جنود عراقيون دربهم الائتلاف": the soldiers were trained, they did not train.
A masculine verb before a country or city (feminine in Arabic) has it for object ("عندما اتهم أنقرة").
"""
from __future__ import annotations

from _docs import sides


def test_a_statement_given_by_phone_is_no_call():
    text = "وقال الدكتور ياسين في اتصال هاتفي بعد وصوله إلى القاهرة ضمن وفد الرئيس هادي أمس، إن الرئيس اليمني شرح المؤامرة الإيرانية."
    assert not [e for e in sides(text) if e[0] == "CONSULT"]
    call = "وقال وزير الخارجية الأمريكي جون كيري في اتصال هاتفي بنظيره الروسي سيرغي لافروف إن الاتفاق مهم."
    assert ("CONSULT", "جون كيري", "سيرغي لافروف", ()) in sides(call)


def test_the_place_after_a_visit_is_where_it_went():
    text = ("وبعد أشهر من الخلافات التقى رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف لمدة ساعة أثناء "
            "زيارتهما روسيا.")
    visits = [e for e in sides(text) if e[2] == "روسيا" or e[1] == "روسيا"]
    assert visits and all(e[1] != "روسيا" and e[2] == "روسيا" for e in visits)
    assert not [e for e in sides("وقتلت ضابط شرطة زارت سوريا وعلى صلات بتنظيم داعش.") if e[1] == "سوريا"]
    assert ("CONSULT", "فرانسوا هولاند", "مصر", ()) in sides("زار الرئيس الفرنسي فرانسوا هولاند مصر أمس.")


def test_now_before_a_verb_is_no_particle():
    text = "وقال مسؤول العلاقات في المنظومة: «منذ أربعة أشهر وحتى الآن تحشد الحكومة الإيرانية قواتها في المناطق الكردية."
    assert ("MOBILIZE", "الحكومة الإيرانية", None, ()) in sides(text)


def test_an_act_predicted_after_that_is_hypothetical():
    text = ("حذر الرئيس الاميركي باراك اوباما الاربعاء من ان رفض الكونجرس للاتفاق النووي مع إيران سيؤدي الى حرب في "
            "الشرق الاوسط.")
    assert not [e for e in sides(text) if e[0] == "REJECT"]
    done = "وأشار التقرير إلى أن رفض تركيا السماح للأميركيين باستخدام قاعدة انجيرليك زاد الاختلافات."
    assert [e for e in sides(done) if e[0] == "REJECT" and e[1] == "تركيا"]


def test_the_1967_borders_are_no_date_and_a_needed_withdrawal_is_wanted():
    evs = sides("وأكد على ضرورة انسحاب إسرائيل إلى حدود عام 1967 وإقامة الدولة الفلسطينية.")
    assert [e for e in evs if e[0] == "RETREAT" and e[3] == ("future",)]
    assert ("RETREAT", "إسرائيل", None, ("historical",)) in sides("وانسحبت إسرائيل من سيناء عام 1982.")


def test_a_blessing_is_no_support():
    assert not [e for e in sides("وأعرب – أيده الله – عن الشكر والتقدير للرئيس باراك أوباما.") if e[0] == "SUPPORT"]


def test_a_name_in_brackets_is_the_same_side():
    assert not sides("ورفضت وزارة الدفاع الأمريكية (البنتاجون) تأكيد التقارير.")


def test_the_partner_of_a_meeting_is_after_with():
    text = "وكان عادل الجبير قد اجتمع أمس في فرع وزارة الخارجية بجدة، مع وزير الخارجية المصري سامح شكري, والوفد المرافق له."
    assert [e[:3] for e in sides(text)] == [("CONSULT", "عادل الجبير", "سامح شكري")]


def test_the_name_before_a_verb_with_an_object_pronoun_underwent_it():
    text = "يشارك جنود عراقيون دربهم الائتلاف الدولي بقيادة واشنطن، للمرة الأولى في المعارك في محيط مدينة الرمادي."
    assert not [e for e in sides(text) if e[1] == "جنود عراقيون"]


def test_a_masculine_verb_before_a_country_has_it_for_object():
    text = "نائب الرئيس الأميركي جو بايدن كان أكثر وضوحًا عندما اتهم أنقرة علنًا بأنها أسهمت في بروز داعش."
    assert not [e for e in sides(text) if e[1] == "أنقرة"]
    assert ("ACCUSE", "أنقرة", "واشنطن", ()) in sides("واتهمت أنقرة واشنطن بدعم المسلحين الأكراد.")
    assert [e for e in sides("فإن إسرائيل وافقت على طلب مصر بالسماح بالمزيد من القوات المصرية في سيناء.")
            if e[0] == "REQUEST" and e[1] == "مصر"]
