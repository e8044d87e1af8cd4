"""A trigger word inside a name is no trigger; an office followed by a state is two sides, not one."""
from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-07-25")
    return [(e.event, e.actor and e.actor.code, e.recipients[0].code if e.recipients else None)
            for e in doc.events if not e.extension]


def test_word_after_bin_is_part_of_a_name():
    # "طالب" (demanded) in "عبدالعزيز بن طالب" is a name
    text = ("وقد حضر اللقاء بجانب سعادة سفير المملكة كل من سعادة القائم بالأعمال في سفارة دولة قطر الشقيقة الأستاذ "
            "محمد الجابر وسعادة الملحق الثقافي في كانبرا الدكتور عبدالعزيز بن طالب الدكتور عباس براشي مساعد الملحق "
            "للشؤون الثقافية والاجتماعية الأستاذ سليمان البراك مسؤول الدعوة في السفارة والأستاذ علي الحجي المسؤول "
            "الإعلامي في السفارة وعدد من الدبلوماسيين السعوديين والخليجيين المتواجدين في كانبيرا.")
    assert not [e for e in _events(text) if e[0] == "REQUEST"]


def test_office_then_state_are_actor_and_recipient():
    assert ("REQUEST", "USAGOV", "RUS") in _events("وطالب الرئيس الأمريكي روسيا بوقف القصف على المدن السورية.")


def test_verb_with_its_own_subject_does_not_take_the_previous_actor():
    # "تفجيران" and "شخصان" are the verbs' own subjects: the people of the sentence before did not act
    doc = analyze("وقال المتحدث باسم التحالف ستيف وارن إن الغارات مستمرة. واستهدف تفجيران انتحاريان بحزام "
                  "ناسف نقطة تفتيش للجيش والشرطة في شمال شرقي بغداد.", published="2015-07-25")
    assert not [e for e in doc.events if e.event == "ASSAULT" and e.actor is not None
                and "وارن" in doc.text[e.actor.start:e.actor.end]]
    doc = analyze("وزار الرئيس النيجيري محمد بخاري الكاميرون هذا الأسبوع. كما اعتقل شخصان مشتبه بهما من "
                  "الكاميرون في وقت لاحق.", published="2015-07-25")
    assert not [e for e in doc.events if e.event == "COERCE" and e.actor is not None
                and "بخاري" in doc.text[e.actor.start:e.actor.end]]


def test_talks_followed_by_a_future_verb_are_a_plan():
    for text in ("وقالت موسكو إن مواضيع المباحثات ستشمل التزايد الكبير لقوة مختلف المجموعات المتطرفة.",
                 "وأعلنت الخارجية أن المحادثات بين وزير الخارجية السعودي ونظيره الروسي ستعقد في موسكو."):
        assert not [e for e in _events(text) if e[0] == "CONSULT"], text
    assert ("CONSULT", "SAUGOV", "RUSGOV") in _events("وعقد وزير الخارجية السعودي محادثات مع نظيره الروسي أمس.")


def test_receiving_a_body_is_no_visit():
    text = ("واستقبل جثمان الشهيد السبيعي محافظ محافظة الخرمة خالد عبدالله الشريف ومدير شرطة الخرمة الرائد سعود "
            "العتيبي.")
    assert not [e for e in _events(text) if e[0] == "CONSULT"]
    assert [e for e in _events("واستقبل خادم الحرمين الشريفين الملك سلمان الرئيس الفرنسي فرانسوا هولاند في جدة.")
            if e[0] == "CONSULT"]


def test_subject_of_a_relative_clause_is_not_the_attacker():
    doc = analyze("وأفاد المرصد في بيان أن القصف استهدف قرية يسيطر عليها تنظيم داعش الإرهابي، ما أدى أيضا إلى "
                  "سقوط عشرات الجرحى.", published="2015-07-22")
    attacks = [e for e in doc.events if e.event == "ASSAULT"]
    assert attacks and all(e.actor is None for e in attacks)


def _codes(text: str) -> dict[str, str | None]:
    from marsad.api import analyze
    doc = analyze(text)
    return {doc.text[s.start:s.end]: (s.attrs.get("actor") or {}).get("code") for s in doc.layer("entities")}


def test_security_councils():
    # bare "مجلس الأمن" is the UN body; a national one takes its country
    assert _codes("وصوت مجلس الأمن بالموافقة على قرار يرفع العقوبات عن إيران.")["مجلس الأمن"] == "IGOUNO"
    from marsad.api import analyze
    doc = analyze("وقال مجلس الأمن القومي الأمريكي إن الرئيس اجتمع بمستشاريه.")
    got = {(s.attrs.get("actor") or {}).get("code") for s in doc.layer("entities")
           if doc.text[s.start:s.end] == "مجلس الأمن القومي الأمريكي"}
    assert "USAGOV" in got and "IGOUNO" not in got


def test_a_body_after_a_government_and_its_adjective_is_another_side():
    from marsad.api import analyze
    doc = analyze("وطالبت الحكومة اليمنية مجلس الأمن بتحرك حازم ضد الحوثيين بعد خرقهم للهدنة الإنسانية.")
    got = [(e.actor.code, [r.code for r in e.recipients]) for e in doc.events if e.event == "REQUEST"]
    assert got == [("YEMGOV", ["IGOUNO"])]
