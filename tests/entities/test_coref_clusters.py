"""Within-document coreference: full names and surnames, plural role mentions, counterparts."""
from __future__ import annotations

from marsad.doc import Document
from marsad.entities import actors


def spans(text: str, label: str = "PER"):
    doc = actors.component(Document(text))
    return doc, [s for s in doc.layers["entities"] if s.label == label]


def test_surname_joins_full_name_cluster(seed_000):
    doc, pers = spans(seed_000)
    austin = [s for s in pers if "أوستن" in doc.text[s.start:s.end]]
    assert len(austin) >= 4 and len({s.attrs["cluster"] for s in austin}) == 1
    assert all(s.attrs["canonical"] == "لويد أوستن" for s in austin)
    assert {s.attrs["actor"]["name"] for s in austin} == {"Lloyd Austin"}


def test_unknown_person_surname_found_and_clustered():
    text = ("وقال بلينكن خلال مؤتمر صحافي مشترك مع وزيرة الخارجية السلوفينية تانيا فايون \"لا نرى مؤشرا\".\n"
            "وكانت فايون شددت كذلك في وقت سابق على أهمية إبقاء قنوات اتصال مفتوحة مع موسكو.")
    doc, pers = spans(text)
    fajon = [s for s in pers if "فايون" in doc.text[s.start:s.end]]
    assert [doc.text[s.start:s.end] for s in fajon] == ["تانيا فايون", "فايون"]
    assert fajon[0].attrs["cluster"] == fajon[1].attrs["cluster"]
    assert fajon[1].attrs["actor"]["code"] == "SVNGOV"


def test_same_family_name_of_another_person_is_not_merged():
    text = ("وقال القيادي طارق الزمر إن الحزب باق.\n"
            "لكن عبود الزمر، عضو مجلس شورى الجماعة، رفض ذلك.")
    doc, pers = spans(text)
    assert not any(doc.text[s.start:s.end] == "الزمر" and s.start > text.index("عبود") for s in pers)


def test_dual_minister_mention_refers_to_both(seed_000):
    doc, roles = spans(seed_000, "ROLE")
    dual = [s for s in roles if doc.text[s.start:s.end] == "الوزيرين"]
    assert dual
    names = {s.attrs["cluster"]: s.attrs["actor"]["name"] for s in doc.layers["entities"] if s.label == "PER"}
    assert {names[c] for c in dual[0].attrs["refers_to"]} == {"Lloyd Austin", "Sergei Shoigu"}


def test_role_without_name_joins_office_holder(seed_002):
    doc, roles = spans(seed_002, "ROLE")
    head = [s for s in roles if doc.text[s.start:s.end] == "رئيس البنتاغون"][0]
    assert head.attrs["actor"]["name"] == "Lloyd Austin"
    austin = [s for s in doc.layers["entities"] if s.label == "PER" and "أوستن" in doc.text[s.start:s.end]]
    assert head.attrs["cluster"] == austin[0].attrs["cluster"]


def test_counterpart_links_to_previous_person(seed_000):
    doc, pers = spans(seed_000)
    by_text = {doc.text[s.start:s.end]: s for s in pers}
    assert by_text["مارك ميلي"].attrs["counterpart_of"] == by_text["فاليري غيراسيموف"].attrs["cluster"]
    assert by_text["سيرغي لافروف"].attrs["counterpart_of"] == by_text["بلينكن"].attrs["cluster"]


def test_office_named_without_country_joins_the_one_holder():
    text = "وأكد وزير الخارجية الأميركي أنتوني بلينكن أن واشنطن لن تتراجع. وقال وزير الخارجية في مؤتمر صحافي إن"
    doc, roles = spans(text, "ROLE")
    assert roles and roles[0].attrs["actor"]["name"] == "Antony Blinken"


def test_office_shared_by_two_persons_stays_unresolved():
    text = ("التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف. "
            "وقال وزير الخارجية في مؤتمر صحافي إن المحادثات بناءة.")
    doc, roles = spans(text, "ROLE")
    assert all("cluster" not in r.attrs for r in roles)


def test_head_word_of_a_listed_organisation_refers_back_to_it():
    text = ("قتل 12 مدنيا في غارات جوية على مدينة دوما، بحسب المرصد السوري لحقوق الإنسان.\n"
            "وقال المرصد إن الطائرات الحربية قصفت سوقا شعبيا في المدينة.")
    doc, orgs = spans(text, "ORG")
    short = [s for s in orgs if doc.text[s.start:s.end] == "المرصد"]
    assert len(short) == 1 and short[0].attrs["actor"]["code"] == "SYRNGO"
    # before the full name, or followed by another name's word, the head word is no mention of it
    doc, orgs = spans("وقال المرصد إن القصف استمر.\nوأفاد المرصد السوري لحقوق الإنسان بمقتل 12 مدنيا.\n"
                      "وقال المرصد الأورومتوسطي إن الحصار مستمر.", "ORG")
    assert [doc.text[s.start:s.end] for s in orgs] == ["المرصد السوري لحقوق الإنسان"]
