"""Sentences of 2015 news read by hand. A visit noun whose own clause names only a coming week or month ("وسيزور
فابيوس إيران الأسبوع المقبل في أول زيارة") is still to come; one of the week gone is not."""
from __future__ import annotations

from coded_events import plover, triggered


def test_a_visit_next_week_is_still_to_come():
    text = ("وسيزور فابيوس إيران الأسبوع المقبل في أول زيارة يقوم بها وزير خارجية فرنسي للجمهورية الإسلامية منذ 12 "
            "عاما بعد الاتفاق الذي توصلت إليه الدول الكبرى مع طهران.")
    visits = triggered(text, "2015-07-22", "CONSULT", "زيارة")
    assert visits and all("future" in e.aux for e in visits), [(e.aux, e.date) for e in visits]


def test_a_visit_last_week_is_not():
    text = ("وزار فابيوس إيران الأسبوع الماضي في أول زيارة يقوم بها وزير خارجية فرنسي للجمهورية الإسلامية منذ 12 "
            "عاما بعد الاتفاق الذي توصلت إليه الدول الكبرى مع طهران.")
    _, evs = plover(text, "2015-08-05")
    visits = [e for e in evs if e.event == "CONSULT"]
    assert visits and all("future" not in e.aux for e in visits), [(e.aux, e.date) for e in visits]
