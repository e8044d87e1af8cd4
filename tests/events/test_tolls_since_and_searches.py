"""A toll counted "since" a day ("ومنذ اندلاع جولة العنف الجديدة في 20 يوليو، قتل 13 جنديا") fell on no one day,
while the visit a "منذ" clause names keeps its own year ("منذ زيارة ريتشارد نيكسون للصين عام 1972"); bombs searched
for ("بحثاً عن عبوات ناسفة أخرى") are no attack; the party an attack is put down to ("ونسب إلى حزب العمال") is not its target, however far
from the trigger."""
from __future__ import annotations

from coded_events import plover


def test_a_toll_since_a_day_is_not_dated_by_it():
    _, evs = plover("ومنذ اندلاع جولة العنف الجديدة في 20 يوليو، قتل 13 جنديًا وشرطيًا على الاقل، ثلاثة منهم في مكمن "
                    "استهدف الخميس قافلة عسكرية.", "2015-08-01")
    tolls = [e for e in evs if e.event == "ASSAULT"]
    assert tolls and all(e.date is None for e in tolls)


def test_the_act_a_since_clause_names_keeps_its_year():
    _, evs = plover("فإنه ضمن مكانه في التاريخ كصاحب أكبر التحولات الراديكالية في السياسة الخارجية الأميركية منذ زيارة "
                    "ريتشارد نيكسون للصين عام 1972.", "2015-07-26")
    assert [e.date for e in evs if e.event == "CONSULT"] == ["1972"]


def test_bombs_searched_for_are_no_attack():
    _, evs = plover("وأضاف المصدر أن عشرة مصابين خرجوا من المستشفى لتماثلهم للشفاء، لافتاً الانتباه إلى أن قوات الأمن قامت "
                    "بتمشيط منطقة الحادث بحثاً عن عبوات ناسفة أخرى.", "2015-07-26")
    assert not [e for e in evs if e.event == "ASSAULT"]
    _, evs = plover("وانفجرت عبوة ناسفة أمس أثناء مرور حافلة للجنود في العريش ما أسفر عن إصابة 18 منهم.", "2015-07-26")
    assert [e for e in evs if e.event == "ASSAULT"]


def test_the_party_an_attack_is_put_down_to_is_not_its_target():
    _, evs = plover("وقالت وكالة الأنباء دوغان أن هجوماً وقع مساء السبت الأحد في مدينة مديات في محافظة ماردين جنوب شرق تركيا "
                    "ذي الغالبية الكردية ونسب إلى حزب العمال الكردستاني، أدى إلى مقتل شرطي وجرح آخر.", "2015-08-09")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all(r.code != "TURREB" for e in attacks for r in e.recipients)
    assert any(e.actor is not None and e.actor.code == "TURREB" for e in attacks)
