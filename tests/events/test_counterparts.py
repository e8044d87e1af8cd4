"""A counterpart named only by its country ("نظيره الروسي") is the other side of a contact, with the office of
the person or office it is the counterpart of; without one in the sentence it is no actor."""
from __future__ import annotations

import pytest

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-07-25")
    return [(e.event, e.actor and e.actor.code, e.recipients[0].code if e.recipients else None)
            for e in doc.events if not e.extension]


def _entities(text: str) -> dict[str, str | None]:
    doc = analyze(text)
    return {doc.text[s.start:s.end]: (s.attrs.get("actor") or {}).get("code") for s in doc.layer("entities")}


@pytest.mark.parametrize("text, want", [
    ("بحث وزير الخارجية السعودي هاتفيا مع نظيره الروسي الأوضاع في سوريا.", ("CONSULT", "SAUGOV", "RUSGOV")),
    ("وأجرى الرئيس الفرنسي اتصالا هاتفيا بنظيره الأمريكي.", ("CONSULT", "FRAGOV", "USAGOV")),
    ("والتقى لافروف نظيره السعودي في موسكو أمس.", ("CONSULT", "RUSGOV", "SAUGOV")),
    ("استقبل وزير الدفاع الأمريكي أشتون كارتر في البنتاغون أمس نظيره الإسرائيلي.", ("CONSULT", "USAMIL", "ISRMIL")),
])
def test_nameless_counterpart_is_the_recipient(text, want):
    assert want in _events(text)


def test_counterpart_takes_the_office_of_its_antecedent_only():
    ents = _entities("وأشار الخطيب إلى نقل الرئاسة الدورية للصندوق من وزير المالية القطري إلى نظيره الجزائري.")
    assert ents["وزير المالية القطري"] == "QATGOV" and ents["نظيره الجزائري"] == "DZAGOV"


def test_counterpart_without_an_office_before_it_is_no_actor():
    # a team's counterpart is another team: no office in the sentence, so no actor is read from it
    ents = _entities("خسر المنتخب السعودي من نظيره المصري في افتتاح منافسات البطولة العربية.")
    assert "نظيره المصري" not in ents
    ents = _entities("ويقل سعره بمقدار عشرة أضعاف عن سعر نظيره الصيني.")
    assert "نظيره الصيني" not in ents


def test_counterpart_is_no_side_of_what_someone_else_does():
    # the spokesman tells of the handover at the meeting; the Algerian minister is the Qatari's counterpart,
    # not the spokesman's
    text = ("وأوضح الدكتور ضياء الخطيب مدير الاتصالات في الصندوق أن الاجتماع سيناقش التقرير السنوي.\n"
            "وأشار الخطيب إلى أنه سيتم خلال الاجتماع نقل الرئاسة الدورية للصندوق من وزير المالية القطري إلى "
            "نظيره الجزائري.")
    assert not [e for e in _events(text) if e[2] == "DZAGOV"]
