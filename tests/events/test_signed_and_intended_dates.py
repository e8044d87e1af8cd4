"""Dates fixed from a 2015 news sample read by hand: an agreement approved today is not dated by the day it was
signed ("الموقع عليها ... بتاريخ 17/5/1436"), and a September a minister announced "عزمه" to visit in lies ahead,
not in the year before. A numbered decision's date ("رقم (84 / 44) وتاريخ 15 / 8 / 1436هـ") is not the approval's,
and a withdrawal someone waits for "حتى تنسحب" is still to come. Talks "التي جرت الشهر الماضي" took place last month:
a relative clause that tells when the act noun itself happened dates it; a coming date far after
talks held ("الاجتماع المقبل ... في 27 أغسطس المقبل") is another act's."""
from __future__ import annotations

from coded_events import plover


def test_an_approval_takes_the_meetings_day_not_the_signing_day():
    _, evs = plover("شدد مجلس الوزراء خلال الجلسة التي عقدها بعد ظهر اليوم الاثنين في قصر السلام بجدة على أهمية الأمن.\n"
                    "القرارات 1 - الموافقة على اتفاقية بين وزارة الداخلية السعودية ووزارة الداخلية الألمانية في شأن "
                    "تقديم المساعدة لتطوير وتدريب حرس الحدود السعودي الموقع عليها في مدينة الرياض بتاريخ 17/5/1436 "
                    "وفي مدينة برلين بتاريخ 26/5/1436 وقد أعد مرسوم ملكي بذلك.", "2015-08-10")
    agree = [e for e in evs if e.event == "AGREE"]
    assert agree and all(e.date == "2015-08-10" for e in agree)


def test_a_month_someone_intends_to_visit_in_lies_ahead():
    _, evs = plover("بينما أعلن وزير الخارجية النمساوي، سباستيان كورتس، عزمه زيارة إيران في سبتمبر (أيلول)، كما تستطلع "
                    "لندن وباريس آفاق الفرص الاستثمارية في طهران.", "2015-07-20")
    visits = [e for e in evs if e.event == "CONSULT"]
    assert visits and all(e.date == "2015-09" and "future" in e.aux for e in visits)


def test_an_approval_is_not_dated_by_a_numbered_decision_it_cites():
    _, evs = plover("شدد مجلس الوزراء خلال الجلسة التي عقدها بعد ظهر أمس الاثنين في قصر السلام بجدة على أهمية الأمن.\n"
                    "وبعد النظر في قرار مجلس الشورى رقم (84 / 44) وتاريخ 15 / 8 / 1436هـ، قرر مجلس الوزراء الموافقة "
                    "على اتفاقية بين وزارة الداخلية السعودية ووزارة الداخلية الألمانية بشأن تقديم المساعدة لتطوير "
                    "وتدريب حرس الحدود في المملكة العربية السعودية.", "2015-08-11")
    agree = [e for e in evs if e.event == "AGREE"]
    assert agree and all(e.date == "2015-08-10" for e in agree)


def test_a_withdrawal_awaited_until_it_comes_is_future():
    _, evs = plover("وعليه، تمثلت الخطوة الصائبة تكتيكيًا أمام «طالبان» في الإبقاء على أعمال القتال عند مستوى متوسط "
                    "والانتظار حتى تنسحب الولايات المتحدة وتنهار حكومة غني.", "2015-07-25")
    retreats = [e for e in evs if e.event == "RETREAT"]
    assert retreats and all("future" in e.aux for e in retreats)


def test_talks_that_took_place_last_month_are_dated_last_month():
    _, evs = plover("أعلن مسؤول طالبان سيد محمد طيب أغا اليوم الثلاثاء استقالته من منصب مدير المكتب السياسي في الدوحة.\n"
                    "وفي وقت سابق اعترض أعضاء في مكتب الدوحة على ما تردد عن قرار منصور إرسال وفد يمثله إلى أول محادثات "
                    "سلام رسمية بين طالبان وممثلي الحكومة الأفغانية التي جرت الشهر الماضي في باكستان.", "2015-08-04")
    talks = [e for e in evs if e.event == "CONSULT"]
    assert talks and all(e.date == "2015-07" for e in talks)


def test_aid_for_floods_earlier_in_the_year_is_not_dated_by_them():
    _, evs = plover("قدمت المملكة العربية السعودية أمس مساعدات إغاثية لجمهورية ألبانيا لإعانة المتضررين جراء الفيضانات "
                    "التي شهدتها البلاد بداية العام الحالي.", "2015-08-08")
    aid = [e for e in evs if e.event == "AID"]
    assert aid and all(e.date == "2015-08-07" for e in aid)


def test_talks_held_are_not_dated_by_a_later_meeting_in_the_same_sentence():
    _, evs = plover("التقى الرئيس المصري عبد الفتاح السيسي ولي ولي العهد السعودي الأمير محمد بن سلمان في القاهرة أمس.\n"
                    "وشدد على أن مباحثات القاهرة بين ولي ولي العهد والرئيس المصري، والاتفاق على إقرار القوة العربية "
                    "المشتركة من شأنه أن ينعكس إيجابيا على الاجتماع المقبل لوزراء الدفاع والخارجية العرب في 27 أغسطس "
                    "المقبل.", "2015-08-05")
    talks = [e for e in evs if e.event == "CONSULT"]
    assert talks and all(e.date == "2015-08-04" for e in talks)
