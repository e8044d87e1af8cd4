"""Who was hit and who fired, in attack reports from SaudiNewsNet (2015): the people an attack counts are its
recipient ("قتل 20 شخصا", "مقتل ثلاثة جنود أتراك"), with the sector and country the words tell and nothing more;
the army, the police or gunmen act even when no country is named; a nationality in its broken plural
("أتراك") gives the country; one attack told by several words of a sentence is one event."""
from __future__ import annotations

from _docs import sides
from marsad.api import analyze

PUBLISHED = "2015-08-02"


def assaults(text: str) -> list[dict]:
    return [e for e in analyze(text, published=PUBLISHED).to_dict()["events"] if e["event"] == "ASSAULT"]


def side(e: dict, role: str) -> dict:
    return e.get(role) or {}


def test_the_people_counted_are_the_recipient_not_the_country_of_the_place():
    text = ("قتل 20 شخصا على الأقل وأصيب عشرة آخرون في تبادل لإطلاق النار خلال حفل زفاف في شمال أفغانستان، "
            "حسبما أعلن مسؤولون أمس الاثنين.")
    (ev,) = assaults(text)
    r = side(ev, "recipient")
    assert r["entity_text"] == "20 شخصا" and r["code"] is None and r["country"] is None


def test_a_count_of_soldiers_with_a_broken_plural_nationality_is_that_army():
    text = ("أعلن الجيش التركي مقتل ثلاثة جنود أتراك الخميس حين فتح عناصر من حزب العمال الكردستاني النار على قافلة "
            "عسكرية في محافظة شرناق في جنوب شرق البلاد.")
    evs = assaults(text)
    assert evs and side(evs[0], "recipient")["code"] == "TURMIL"
    assert "جنود أتراك" in side(evs[0], "recipient")["entity_text"]


def test_the_victims_noun_tells_the_sector_and_a_group_noun_the_country():
    (ev,) = assaults("ومن جهة أخرى قتل مالا يقل عن 11 حوثيا وجرح آخرين في عملية نوعية للمقاومة الشعبية تم فيها "
                     "استدراجهم إلى كمين محكم ليلة الأربعاء في جبهة القبة جنوب سناح بمحافظة الضالع.")
    r = side(ev, "recipient")
    assert (r["entity_text"], r["code"], r["sector"]) == ("11 حوثيا", "YEMREB", "REB")
    (ev,) = assaults("ميدانيا قتل 40 شخصا على الاقل واصيب العشرات بجروح في اشتباكات عنيفة في جنوب شرق ليبيا.")
    assert side(ev, "recipient")["entity_text"] == "40 شخصا"      # not Libya: the text names who was hit


def test_an_attack_told_by_two_words_of_one_sentence_is_one_event_with_both_sides():
    text = ("قتل ثلاثة جنود أتراك وأصيب آخر أمس بانفجار عبوة في جنوب شرق تركيا في أحدث هجوم ينسب إلى متمردين من "
            "حزب العمال الكردستاني.")
    (ev,) = assaults(text)
    assert side(ev, "recipient")["code"] == "TURMIL"
    assert side(ev, "actor")["entity_text"].startswith("متمردين") and side(ev, "actor")["sector"] == "REB"


def test_a_name_read_as_the_target_that_fired_gives_way_to_the_victims():
    (ev,) = assaults("وقال المرصد إن 4 أشخاص قتلوا بنيران قوات الأمن في المدينة أمس.")
    assert side(ev, "actor")["entity_text"] == "قوات الأمن"
    assert side(ev, "recipient")["entity_text"] == "4 أشخاص"


def test_an_attack_in_a_capital_targets_the_country_not_its_government():
    (ev,) = assaults("وانفجرت سيارة مفخخة في سوق شعبية في بغداد أمس.")
    assert side(ev, "recipient")["code"] == "IRQ"


def test_gunmen_and_the_army_act_without_a_named_country():
    text = ("وكان الشرطي جالسا أمام مقهى في مدينة تشينار في جنوب شرق البلاد ذات الغالبية الكردية، حيث أطلق مسلحون "
            "النار عليه من سيارة.")
    (ev,) = assaults(text)
    assert side(ev, "actor")["entity_text"] == "مسلحون" and side(ev, "actor")["sector"] == "REB"
    assert side(ev, "actor")["code"] is None


def test_a_definite_nationality_after_an_indefinite_group_is_not_its_adjective():
    (ev,) = assaults("وهاجم مسلحون الفلسطينيين في الخليل أمس.")
    assert side(ev, "actor")["entity_text"] == "مسلحون"
    assert side(ev, "recipient")["code"] == "PSE"


def test_security_as_a_topic_is_not_the_police():
    doc = analyze("قال وزير الخارجية المصري سامح شكري إن تضامن مصر والسعودية أساسي للحفاظ على الأمن القومي العربي.",
                  published=PUBLISHED)
    assert not [e for e in doc.layer("entities") if doc.text[e.start:e.end].endswith("الأمن")]


def test_suspected_members_named_after_the_claim_word_are_the_attackers():
    got = sides("وقتل عامل في شركة خطوط السكك الحديدية التركية وأصيب شخص آخر في هجوم بالأسلحة مساء الخميس شنه من يشتبه "
                "بأنهم عناصر من حزب العمال الكردستاني في منطقة ساريكاميس شرق تركيا.", "2015-07-31")
    hits = [e for e in got if e[0] == "ASSAULT"]
    assert hits and all(e[2] is None or "حزب العمال" not in e[2] for e in hits), got
    assert any(e[1] and "حزب العمال" in e[1] for e in hits), got
    got = sides("وكان النجيفي نعى مساء أول من أمس مقتل 2070 شخصا من أبناء الموصل على يد مسلحي داعش.", "2015-08-07")
    assert any(e[0] == "ASSAULT" and e[1] == "داعش" for e in got), got
