"""A blast at a fuel station ("انفجار بمحطة وقود") or of a meteor ("انفجر شهاب") is an accident or nature, not an
attack; a bombing at a fuel station is still one. An imperfect verb dated by a day still to come ("حيث يبحث ..."
after "المحادثات المرتقبة في 30 تموز") is future."""
from __future__ import annotations

from coded_events import plover


def test_a_fuel_station_blast_is_no_attack():
    _, evs = plover("قالت السلطات في غانا إن 90 شخصاً قتلوا في انفجار بمحطة وقود في العاصمة أكرا أمس.", "2015-07-21")
    assert not [e for e in evs if e.event == "ASSAULT"]
    _, evs = plover("قالت الشرطة العراقية إن 12 شخصا قتلوا في تفجير انتحاري استهدف محطة وقود في بغداد أمس.", "2015-07-21")
    assert [e for e in evs if e.event == "ASSAULT"]


def test_a_meteor_is_no_attack():
    _, evs = plover("وعلى سبيل المثال، منذ عامين انفجر شهاب فوق منطقة تشيليابنسك في روسيا ما أدى إلى إصابة 1200 شخص.",
                    "2015-07-21")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_an_imperfect_with_a_day_to_come_is_future():
    _, evs = plover("وتتجه أنظار المراقبين لسوق النفط صوب المحادثات المرتقبة في 30 تموز (يوليو) الجاري في موسكو بين روسيا "
                    "ومنظمة الدول المصدرة للبترول أوبك، حيث يبحث الكسندر نوفاك وزير الطاقة الروسي مع عبدالله البدري الأمين "
                    "العام لمنظمة أوبك تطورات السوق.", "2015-07-21")
    talks = [e for e in evs if e.event == "CONSULT"]
    assert talks and all("future" in e.aux for e in talks)
