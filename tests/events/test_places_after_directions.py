"""A place named after a direction word ("وسط بيروت", "أقصى شمال الكاميرون", "جنوبي بولندا") is where an act
happened, never its actor or the side it was aimed at, even when no preposition stands right before it. A group
whose members a verb counts ("تظاهر عشرات من أعضاء منظمة") is its subject, not what it was aimed at."""
from __future__ import annotations

from coded_events import plover


def _sides(doc, ev) -> list[str]:
    return [doc.text[p.start:p.end] for p in ([ev.actor] if ev.actor else []) + list(ev.recipients)]


def test_a_city_centre_is_not_the_protester():
    doc, evs = plover("احتشد عدد من أعضاء المنظمات البيئية والمجتمع المدني، في ساحة الشهداء وسط بيروت، احتجاجًا على "
                      "تفاقم أزمة النفايات في البلاد.", "2015-08-10")
    protests = [e for e in evs if e.event == "PROTEST"]
    assert protests and not any("بيروت" in s for e in protests for s in _sides(doc, e))


def test_the_far_north_of_a_country_is_not_the_attacker():
    doc, evs = plover("شهدت مدينة مروة أقصى شمال الكاميرون هجوما جديدا مساء أول من أمس نفذته فتاة في نحو الثانية عشرة من "
                    "العمر وأسفر عن سقوط عشرين قتيلا.", "2015-07-25")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all(e.actor is None or "الكاميرون" not in doc.text[e.actor.start:e.actor.end] for e in attacks)


def test_the_south_of_a_country_is_not_what_miners_protest():
    doc, evs = plover("“رويترز” عمال مناجم يحتجون على خطط لإغلاق منجم فحم في كاتوفيتشي، جنوبي بولندا.", "2015-07-25")
    protests = [e for e in evs if e.event == "PROTEST"]
    assert protests and not any("بولندا" in s for e in protests for s in _sides(doc, e))


def test_members_of_a_group_named_after_the_verb_are_the_protesters():
    doc, evs = plover("تظاهر عشرات من أعضاء منظمة معادية للزنوج الأحد 19 يوليو في ولاية كارولينا الجنوبية الأمريكية "
                      "احتجاجا على إزالة علم الكونفيدرالية، حسبما ذكرت وسائل إعلام محلية.", "2015-07-20")
    protests = [e for e in evs if e.event == "PROTEST"]
    assert protests and all(e.actor is not None and "منظمة" in doc.text[e.actor.start:e.actor.end] for e in protests)
    assert not any("منظمة" in s for e in protests for s in _sides(doc, e)[1:])


def test_members_after_an_arrest_noun_are_not_the_arresters():
    doc, evs = plover("كما أعلن أوغلو عن اعتقال 590 من عناصر تنظيم داعش والمتمردين الأكراد.", "2015-07-25")
    assert not [e for e in evs if e.actor is not None and "داعش" in doc.text[e.actor.start:e.actor.end]]
