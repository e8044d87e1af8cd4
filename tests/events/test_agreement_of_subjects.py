"""A masculine plural right before a feminine verb with its own subject after it ("ثلاثة أشقاء سعوديون ألقت السلطات
السعودية القبض عليهم") is not the verb's subject: the authorities made the arrest (a subject before it would read
"ألقوا")."""
from __future__ import annotations

from coded_events import plover


def test_the_arrested_do_not_arrest():
    _, evs = plover("ويحاكم في هذه القضية 29 متهمًا، بينهم ثلاثة أشقاء سعوديون ألقت السلطات السعودية القبض عليهم في "
                    "السابع من يوليو الماضي على صلة بالتفجير الانتحاري الذي استهدف مسجد الإمام الصادق.", "2015-08-06")
    arrests = [e for e in evs if e.event == "COERCE"]
    assert arrests and all(e.actor is not None and e.actor.code == "SAUGOV" for e in arrests)
