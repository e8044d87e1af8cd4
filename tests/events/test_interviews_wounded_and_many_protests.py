"""Readings fixed from a 2015 news sample read by hand.

The wounded of a known bombing leaving hospital ("من مصابي تفجير مسجد إدارة الطوارئ") report no attack again;
"الاحتجاجات الكثيرة التي ينظمها سائقو السيارات الأجرة" are many protests over time, no one protest; and the outlet a
speaker talks to ("في حوار مع «الشرق الأوسط»") is not whom he asks.
"""
from __future__ import annotations

from coded_events import plover


_events = plover


def test_the_wounded_of_a_known_bombing_leaving_hospital_report_no_attack():
    doc, evs = _events("من جانبه، أوضحت المديرية العامة للشؤون الصحية في منطقة عسير أن عدد المصابين الذي غادروا مستشفى "
                       "عسير المركزي من مصابي تفجير مسجد إدارة الطوارئ بالمنطقة بلغ 19 حالة.", published="2015-08-07")
    assert not [e for e in evs if e.event == "ASSAULT"]
    assert any(d["why"] == "the wounded treated or moved, no attack reported" for d in doc.meta["events_not_reported"])


def test_many_protests_over_time_are_no_one_protest():
    _, evs = _events("ورغم ذلك، لم تكن رحلة «أوبر» في المملكة الوسطى يسيرة وسلسة، فإضافة إلى اقتحام السلطات لمكاتب "
                     "الشركة في مدينة كوانزو، وإلى الاحتجاجات الكثيرة التي ينظمها سائقو السيارات الأجرة المحليون، هناك "
                     "عمليات احتيال.", published="2015-08-07")
    assert not [e for e in evs if e.event == "PROTEST"]


def test_the_interviewing_outlet_is_not_whom_the_speaker_asks():
    doc, evs = _events("وطالب نائب الرئيس العراقي أسامة النجيفي في حوار مع «الشرق الأوسط» رئيس الوزراء الحالي حيدر العبادي "
                       "بـ«العودة إلى مجلس النواب وإعادة طرح الثقة بحكومته».", published="2015-08-07")
    req = [e.to_dict(doc) for e in evs if e.event == "REQUEST"]
    assert req and req[0]["recipient"]["entity_text"] == "حيدر العبادي"


def test_not_having_arrested_anyone_is_negated():
    _, evs = _events("وحتى الأمس لم تكن إسرائيل اعتقلت أي مشتبه به في جريمة إحراق عائلة الدوابشة.", published="2015-08-08")
    assert not [e for e in evs if e.event == "COERCE"]


def test_those_responsible_for_mobilising_hold_a_role():
    _, evs = _events("وقال باراس في تصريحات للمدينة، إن الخلاف يقف وراءه 3 من أبرز قيادات الحوثيين المسؤولين عن الحشد "
                     "وتنظيم الصفوف، وهم قاسم بن قاسم الحمران، ومحمد على محمد على العجري.", published="2015-07-20")
    assert not [e for e in evs if e.event == "MOBILIZE"]


def test_a_hotel_that_received_guests_hosts_no_meeting():
    _, evs = _events("وبغض النظر عن متاعب الفندق في الوقت الحاضر، إلا أنه يظل الفندق صاحب الموقع المتميز على شاطئ بيروت "
                     "الذي استقبل عددا من كبار الضيوف من أمثال شاه إيران وأم كلثوم وإليزابيث تايلور وريتشارد بيرتون.")
    assert not [e for e in evs if e.event == "CONSULT"]


def test_a_visit_on_this_months_29th_is_to_come():
    _, evs = _events("ويضيف المشنوق أن المسألة ستثار مجددا خلال زيارة الوزير فابيوس إلى طهران في 29 الحالي، إذ سيلتقي "
                     "الرئيس روحاني والوزير محمد جواد ظريف.", published="2015-07-22")
    visits = [e for e in evs if e.event == "CONSULT"]
    assert not visits or all("future" in e.aux and e.date == "2015-07-29" for e in visits)


def test_an_editors_resignation_is_no_government_act():
    _, evs = _events("الزملاء الأوفياء ممن كتبوا عن استقالة الأستاذ القدير تركي بن عبدالله السديري من رئاسة تحرير جريدة "
                     "الرياض بعد مشوار حافل تجاوز أربعة عقود.", published="2015-07-22")
    assert not [e for e in evs if e.event == "RETREAT"]
