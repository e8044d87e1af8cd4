"""A programme "الذي يهدده الفشل" is threatened by failure, not by anyone; a visit "أُجلت" (postponed) did not take
place; the dead and the wounded of one report share the month the sentence names ("قتل 29 جنديا ... وأصيب 175 ...
في يوليو"), not the article's lead date."""
from __future__ import annotations

from coded_events import plover

ERDOGAN = ("وكان الرئيس التركي، رجب طيب أردوغان أعلن، أواخر يوليو/ تموز الماضي، أن بلاده سوف تسمح للتحالف الدولي ضد "
           "«داعش»، باستخدام «إنغرليك» في عملياته، وذلك في الوقت الذي بدأت فيه بلاده شن غارات ضد التنظيم في سوريا، وضد "
           "مواقع حزب العمال الكردستاني في العراق. ")


def test_a_failure_that_looms_is_no_threat():
    _, evs = plover(ERDOGAN + "في غضون ذلك، قالت مصادر عسكرية بوزارة الدفاع الأمريكية إن «البنتاجون» تحاول معرفة كيفية "
                    "إصلاح برنامج تدريب وتسليح قوات معارضة سورية، الذي يهدده الفشل.", "2015-08-11")
    assert not [e for e in evs if e.event == "THREATEN"]
    _, evs = plover("وهدد الرئيس التركي رجب طيب أردوغان حزب العمال الكردستاني بالرد بقوة.", "2015-08-11")
    assert [e for e in evs if e.event == "THREATEN"]


def test_a_postponed_visit_did_not_take_place():
    doc, evs = plover("قال مسؤول بوزارة الخارجية التركية اليوم الثلاثاء لوكالة رويترز، إن زيارة وزير الخارجية الإيراني "
                      "محمد جواد ظريف لتركيا أُجلت، ولم يذكر المسؤول تفاصيل أخرى.", "2015-08-11")
    assert not [e for e in evs if e.event == "CONSULT"]
    assert any(r["event"] == "CONSULT" and r["why"] == "negated" for r in doc.meta["events_not_reported"])
    _, evs = plover("وأجرى وزير الخارجية الإيراني محمد جواد ظريف زيارة لتركيا أمس بحث خلالها العلاقات الثنائية.",
                    "2015-08-11")
    assert [e for e in evs if e.event == "CONSULT"]


def test_the_month_of_the_wounded_dates_the_dead():
    lead = ("أعلن الجيش الأوكراني أمس أن 4 جنود قتلوا وأصيب 15 في قتال مع متمردين موالين لروسيا في شرق البلاد خلال "
            "الأربع والعشرين ساعة الماضية.\n")
    _, evs = plover(lead + "ووفقا لإحصاءات وكالة «رويترز»، قتل 29 جنديا أوكرانيا وأصيب 175 في المناطق الانفصالية في شرق "
                    "البلاد في يوليو (تموز) رغم اتفاق وقف إطلاق النار.", "2015-08-04")
    dates = {e.date for e in evs if e.event == "ASSAULT"}
    assert dates == {"2015-08-03", "2015-07"}
