"""After "طلب من" and the one asked comes what is asked ("ويطلب من الحكومة سحب القوات"): a withdrawal wanted, not
one made."""
from __future__ import annotations

from coded_events import plover


def test_a_withdrawal_asked_of_a_government_is_still_to_come():
    _, evs = plover("وفي مثل هذا اليوم:\n\n1972 - مجلس الشيوخ الأميركي يدعو إلى وقف تمويل حرب فيتنام ويطلب من "
                    "الحكومة سحب القوات من هذا البلد.", "2015-08-03")
    pulled = [e for e in evs if e.event == "RETREAT"]
    assert pulled and all("future" in e.aux for e in pulled)
