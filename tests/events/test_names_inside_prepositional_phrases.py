"""A name right after ب or ل on a feminine noun ("والاساءة لعلاقة البحرين", "بحافلة جنود شرطة", "بدولة قطر") is that
noun's genitive, inside the preposition's phrase: never the subject of the verb before it. Not after a trigger
noun, whose genitive is its subject ("بزيارة ولي ولي العهد ... للأردن"), nor after a head that names a side
("بقيادة السعودية") or the head of the name itself ("لجبهة النصرة"). Sentences of 2015 news read by hand."""
from __future__ import annotations

from _docs import sides


def test_a_state_named_inside_a_phrase_of_the_charge_does_not_accuse():
    got = sides("وكانت سلطات البحرين اعلنت مساء الخميس تعليق صدور الوسط حتى اشعار آخر واتهمتها باشاعة الانقسام "
                "والاساءة لعلاقة البحرين مع دول اخرى.", "2015-08-07")
    assert not [e for e in got if e[0] == "ACCUSE" and e[1] == "البحرين"], got


def test_the_minister_received_not_the_state_of_his_office():
    got = sides("استقبل الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع، في قصر السلام بجدة، مساء اليوم، وزير الدولة "
                "لشؤون الدفاع بدولة قطر اللواء ركن حمد بن علي العطية.", "2015-08-10")
    visits = [e for e in got if e[0] == "CONSULT"]
    assert visits and visits[0][2] != "قطر" and "العطية" in (visits[0][2] or ""), got


def test_soldiers_whose_bus_was_hit_did_not_attack():
    got = sides("في الغضون، أصيب 18 مجندا بإصابات طفيفة إثر انفجار عبوة ناسفة بحافلة جنود شرطة بمدينة العريش.",
                "2015-07-26")
    hits = [e for e in got if e[0] == "ASSAULT"]
    assert hits and all(e[1] != "جنود" for e in hits), got


def test_the_genitive_of_a_visit_is_the_visitor():
    got = sides("اهتمت وسائل الإعلام الأردنية بزيارة ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان للأردن أول من أمس "
                "وما تضمنته من مباحثات.", "2015-08-04")
    visits = [e for e in got if e[0] == "CONSULT"]
    assert visits and "محمد بن سلمان" in (visits[0][1] or ""), got
