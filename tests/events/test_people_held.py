"""The people an arrest counts are who was held ("اعتقلت منذ الجمعة ... 590 شخصا متهمين بالارتباط بتنظيم داعش"), not
the group they are charged with joining; a coded name inside the count ("خمسة فلسطينيين") keeps its code."""
from __future__ import annotations

from coded_events import plover


def test_the_count_held_is_the_recipient():
    doc, evs = plover("واعلن رئيس الوزراء التركي ايضا ان الشرطة التركية اعتقلت منذ الجمعة في جميع انحاء تركيا 590 شخصا "
                    "متهمين بالارتباط بتنظيم داعش الارهابي او حزب العمال الكردستاني.", "2015-07-26")
    arrests = [e for e in evs if e.event == "COERCE"]
    assert arrests and all(r.code not in ("IMGSUNISI", "TURREB") for e in arrests for r in e.recipients)
    assert any(e.recipients and doc.text[e.recipients[0].start:e.recipients[0].end].startswith("590") for e in arrests)


def test_students_held_on_their_way_to_a_group():
    _, evs = plover("وألقت السلطات التركية القبض، في يونيو الماضي، على 18 طالبا سودانيا كانوا في طريقهم للانضمام إلى "
                    "تنظيم الدولة الإسلامية.", "2015-08-10")
    arrests = [e for e in evs if e.event == "COERCE"]
    assert arrests and [r.country for r in arrests[0].recipients] == ["SDN"]
