"""A demand or call on "المجتمع الدولي" names the international community as the one asked: a state named later
("بالضغط على إيران") belongs to what was asked, not to who was asked."""
from __future__ import annotations

from coded_events import plover


def _recipients(doc, ev) -> list[str]:
    return [doc.text[p.start:p.end] for p in ev.recipients]


def test_a_call_on_the_world_to_press_iran_is_addressed_to_the_world():
    doc, evs = plover("ودعا وزير الخارجية السعودي عادل الجبير المجتمع الدولي إلى الضغط على إيران.", "2015-07-25")
    calls = [e for e in evs if e.event == "REQUEST"]
    assert calls and all(_recipients(doc, e) == ["المجتمع الدولي"] for e in calls)


def test_a_named_body_asked_stays_the_recipient():
    doc, evs = plover("وطالبت الحكومة اليمنية مجلس الأمن بتحرك حازم ضد الحوثيين.", "2015-07-25")
    calls = [e for e in evs if e.event == "REQUEST"]
    assert calls and all(_recipients(doc, e) == ["مجلس الأمن"] for e in calls)
