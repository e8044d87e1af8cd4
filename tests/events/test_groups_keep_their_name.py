"""A rebel group or a party is not replaced by a person of its country named in the same paragraph ("الحوثيين طلبوا
من حزب صالح"), only by the one named right after it as its head ("رئيس حزب القوات اللبنانية سمير جعجع")."""
from __future__ import annotations

from coded_events import plover


def test_the_houthis_ask_not_saleh():
    _, evs = plover("وتصاعدت الخلافات بين الحوثيين والرئيس السابق علي عبدالله صالح. وأشارت مصادر إخبارية إلى أن "
                    "الحوثيين طلبوا من حزب صالح تفسيرا حول حقيقة ما يجري في العاصمة المصرية.", "2015-07-26")
    asks = [e for e in evs if e.event == "REQUEST"]
    assert asks and all(e.actor is not None and e.actor.code == "YEMREB" for e in asks)


def test_a_party_head_named_after_it_stands_for_it():
    doc, evs = plover("كما اجتمع ولي ولي العهد الأمير محمد بن سلمان في جدة مساء أمس مع رئيس حزب القوات اللبنانية سمير "
                      "جعجع.", "2015-07-21")
    talks = [e for e in evs if e.event == "CONSULT"]
    assert talks and any("جعجع" in doc.text[r.start:r.end] for e in talks for r in e.recipients)
