"""Sentences of 2015 news read by hand. A counted subject before a plural verb of abduction ("أربعة مواطنين إيطاليين
خطفوا في ليبيا") underwent it: the people taken are the target, never the abductors; gunmen before a count they took
("مسلحين خطفوا أربعة مواطنين") still did it."""
from __future__ import annotations

from coded_events import plover


def _abductions(text: str):
    doc, evs = plover(text, "2015-07-20")
    return [(e.actor and doc.text[e.actor.start:e.actor.end], [doc.text[r.start:r.end] for r in e.recipients])
            for e in evs if e.event == "ASSAULT"]


def test_four_italians_abducted_are_the_target():
    sides = _abductions("قالت وزارة الخارجية الإيطالية اليوم الاثنين إن أربعة مواطنين إيطاليين خطفوا في ليبيا، وأضافت "
                        "في بيان أن الأربعة موظفون في شركة بوناتي لأعمال البناء وخطفوا قرب مجمع تملكه شركة إيني "
                        "الإيطالية للنفط والغاز في منطقة مليتة.")
    assert sides and all(a is None or "إيطاليين" not in a for a, _ in sides), sides
    assert any("مواطنين إيطاليين" in r for _, rs in sides for r in rs), sides


def test_gunmen_who_abducted_a_count_are_the_abductors():
    sides = _abductions("وقال مسؤول إن مسلحين خطفوا أربعة مواطنين إيطاليين في ليبيا أمس.")
    assert [a for a, _ in sides] == ["مسلحين"], sides
