"""A masculine plural right before a feminine verb with its own subject after it ("ثلاثة أشقاء سعوديون ألقت السلطات
السعودية القبض عليهم") is not the verb's subject: the authorities made the arrest (a subject before it would read
"ألقوا"). A call for an act ("دعا ... إلى إرسال قوات من الجيش البريطاني") asks none of those named in the act. "يدين لإيران" owes Iran; it condemns no one."""
from __future__ import annotations

from coded_events import plover


def test_the_arrested_do_not_arrest():
    _, evs = plover("ويحاكم في هذه القضية 29 متهمًا، بينهم ثلاثة أشقاء سعوديون ألقت السلطات السعودية القبض عليهم في "
                    "السابع من يوليو الماضي على صلة بالتفجير الانتحاري الذي استهدف مسجد الإمام الصادق.", "2015-08-06")
    arrests = [e for e in evs if e.event == "COERCE"]
    assert arrests and all(e.actor is not None and e.actor.code == "SAUGOV" for e in arrests)


def test_a_call_for_an_act_asks_no_one_named_in_it():
    doc, evs = plover("ومن جهة أخرى، دعا نائب حزب المحافظين ديفيد ديفيز إلى إرسال قوات من الجيش البريطاني إلى كاليه.",
                      "2015-07-31")
    assert not [e for e in evs if e.event == "REQUEST" and any(r.code == "GBRMIL" for r in e.recipients)]
    _, evs = plover("ودعا وزير الخارجية الفرنسي لوران فابيوس إيران إلى وقف دعمها للحوثيين.", "2015-07-31")
    assert [e for e in evs if e.event == "REQUEST" and [r.code for r in e.recipients] == ["IRN"]]


def test_owing_to_someone_is_no_condemnation():
    _, evs = plover("وقال إن حزب الله يدين لإيران بالكثير.", "2015-08-06")
    assert not [e for e in evs if e.event == "ACCUSE"]
    _, evs = plover("ويدين حزب الله إسرائيل بسبب الهجوم على القنيطرة.", "2015-08-06")
    assert [e for e in evs if e.event == "ACCUSE"]
