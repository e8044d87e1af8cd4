""""أعلن وقفا لإطلاق النار" is a ceasefire, not gunfire; "في خريف 2012" dates the act it tells (historical in a
2015 article); a resignation demanded and a second one joined to it by و ("طلب استقالة رئيس الحكومة ...، واستقالة
رئيس الجمهورية") are both still to come."""
from __future__ import annotations

from coded_events import plover

from marsad.lang.ar.dates import find_times


def test_a_ceasefire_declared_is_no_gunfire():
    _, evs = plover("وكان التحالف بقيادة السعودية قد أعلن وقفا لاطلاق النار اعتبارا من الساعة 59: 11 مساء أمس (الأحد) "
                    "لمدة خمسة أيام للسماح بوصول مساعدات انسانية، لكن المتمردين خرقوا الهدنة.", "2015-07-27")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_a_season_and_year_is_a_date():
    found = [t for t in find_times("وباشر النظام في خريف 2012 مفاوضات سلام", "2015-07-27") if t.kind == "year"]
    assert [t.value for t in found] == ["2012"]


def test_talks_begun_in_a_past_autumn_are_historical():
    _, evs = plover("وباشر نظام الرئيس رجب طيب اردوغان في خريف 2012 مفاوضات سلام مع زعيم حزب العمال الكردستاني "
                    "المسجون مدى الحياة عبد الله اوجلان من غير ان تفضي الى اي اتفاق.", "2015-07-27")
    talks = [e for e in evs if e.event == "CONSULT"]
    assert talks and all(e.date == "2012" and "historical" in e.aux for e in talks)


def test_a_resignation_joined_to_one_demanded_is_demanded_too():
    doc, evs = plover("ومن مظاهر الترحيب بالحدث الانقلابي، إطلاق رصاص الابتهاج بكثرة، لأن البلاغ رقم واحد للحركة "
                      "الإصلاحية، هكذا سُميت، طلب استقالة رئيس الحكومة العاجزة «وإلاَّ اعتبرت بحكم المستقيلة»، "
                      "واستقالة رئيس الجمهورية سليمان فرنجية «وإلاَّ اعتبر بحكم المستقيل»، وإعلان حالة الطوارئ في "
                      "البلاد.", "2015-08-06")
    resign = [e for e in evs if e.event == "RETREAT"]
    assert resign and all("future" in e.aux for e in resign)
