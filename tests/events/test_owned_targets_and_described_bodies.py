"""A name after a target noun and a word with ل ("موقعا للانقلابيين الحوثيين") owns what was struck, it did not
strike; adjectives right after a named body ("حزب اليسار الألماني المعارض") say whose it is (DEUOPP) and name no
one asked; a demand told right after its subject ("طالب ... بعقد جلسة") is asked of no one named further on."""
from __future__ import annotations

from coded_events import plover


def test_the_owner_of_a_struck_position_is_the_target():
    _, evs = plover("كما قصفت طائرة أخرى موقعا للانقلابيين الحوثيين بمنطقة الجقينة، جنوب غرب مأرب، ما أدى إلى تدمير "
                    "مدفع بي 10 وإحراق دبابة، وإعطاب آلية عسكرية.", "2015-08-10")
    strikes = [e for e in evs if e.event == "ASSAULT"]
    assert strikes and all(e.actor is None or e.actor.code != "YEMREB" for e in strikes)
    assert any(r.code == "YEMREB" for e in strikes for r in e.recipients)


def test_a_bodys_adjectives_code_it_and_name_no_recipient():
    _, evs = plover("وطالب حزب اليسار الألماني المعارض الحكومة الألمانية بوقف صادرات الأسلحة إلى السعودية.",
                    "2015-08-10")
    asks = [e for e in evs if e.event == "REQUEST"]
    assert asks and all(e.actor is not None and e.actor.code == "DEUOPP" for e in asks)
    assert all([r.code for r in e.recipients] == ["DEUGOV"] for e in asks)


def test_a_demand_right_after_its_subject_asks_no_one_named_later():
    _, evs = plover("على صعيد آخر ذي صلة، طالب حزب اليسار الألماني المعارض بعقد جلسة استثنائية للجنة الشؤون الخارجية "
                    "في البرلمان لبحث الغارات الجوية التركية على مواقع حزب العمال الكردستاني.", "2015-08-10")
    assert not [r for e in evs if e.event == "REQUEST" for r in e.recipients if r.code in ("DEUOPP", "TURREB")]
