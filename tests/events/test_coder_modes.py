"""Auxiliary modes, PLOVER modes, attribution and dates: never invent what the text does not say."""
from __future__ import annotations

import pytest

from _docs import events, make

AUSTIN = ("أوستن", "PER", "USA", "Lloyd Austin")
SHOIGU = ("شويغو", "PER", "RUS", "Sergei Shoigu")


def test_negated_sentence_gives_no_event():
    doc = make("وفقًا للبنتاغون ، \"لم يتم حل أي مسائل جادة وعاجلة\"\nولم يطلب الوزير وقف إطلاق النار.",
               entities=[("بنتاغون", "ORG", "USA", "Pentagon")])
    assert events(doc) == []
    assert any(x["why"] == "negated" for x in doc.meta["events_not_reported"])


def test_hypothetical_invasion_is_not_an_assault():
    text = "وكان بلينكن التقى نظيره الروسي سيرغي لافروف في كانون الثاني/يناير وحذره خلال محادثاتهما من العواقب الوخيمة التي ستواجهها موسكو في حال غزت أوكرانيا."
    doc = make(text, entities=[("بلينكن", "PER", "USA", "Antony Blinken"), ("سيرغي لافروف", "PER", "RUS", "Sergei Lavrov"),
                               ("موسكو", "LOC", "RUS", "Moscow"), ("أوكرانيا", "LOC", "UKR", "Ukraine")],
               times=[("كانون الثاني/يناير", "XXXX-01", "date")])
    evs = events(doc)
    assert [e["event"] for e in evs] == ["CONSULT", "THREATEN"]
    assert all(e["date"] == "XXXX-01" for e in evs)
    assert evs[0]["aux"] == ["historical"]


@pytest.mark.parametrize("published, friday, want", [
    (None, None, None),                         # no publication date: "الجمعة" stays unresolved
    ("2022-10-21", "2022-10-21", "2022-10-21"),
])
def test_lead_date_is_the_resolved_weekday_or_nothing(published, friday, want):
    text = ("أجرى وزيرا الدفاع الأميركي لويد أوستن والروسي سيرغي شويغو اتصالا الجمعة أول مرة منذ اشهر.\n"
            "وتحدث أوستن إلى وزير الدفاع الأوكراني أولكسي ريزنيكوف.")
    doc = make(text, published=published,
               entities=[("لويد أوستن", "PER", "USA", "Lloyd Austin"), ("سيرغي شويغو", "PER", "RUS", "Sergei Shoigu"),
                         ("أوستن", "PER", "USA", "Lloyd Austin"), ("أولكسي ريزنيكوف", "PER", "UKR", "Oleksii Reznikov")],
               times=[("الجمعة", friday, "weekday")])
    evs = events(doc)
    assert [e["date"] for e in evs] == [want, want]
    assert evs[0]["fields"]["date"]["start"] == text.index("الجمعة")


def test_each_call_takes_the_date_of_its_own_clause():
    text = ("وتعود آخر مكالمة بين أوستن وشويغو إلى 13 أيار/مايو، قبل بضعة أيام من مكالمة هاتفية بين رئيس هيئة الأركان "
            "الروسية فاليري غيراسيموف ونظيره الأميركي مارك ميلي في 19 أيار/مايو.")
    doc = make(text, entities=[AUSTIN, SHOIGU, ("فاليري غيراسيموف", "PER", "RUS", "Valery Gerasimov"),
                               ("مارك ميلي", "PER", "USA", "Mark Milley")],
               times=[("13 أيار/مايو", "XXXX-05-13", "date"), ("19 أيار/مايو", "XXXX-05-19", "date")])
    got = [(e["actor"]["name"], e["recipient"]["name"], e["date"], e["aux"]) for e in events(doc)]
    assert got == [("Lloyd Austin", "Sergei Shoigu", "XXXX-05-13", ["historical"]),
                   ("Valery Gerasimov", "Mark Milley", "XXXX-05-19", ["historical"])]


def test_request_mode_and_attribution():
    text = "وجاءت هذه الدعوة ، بحسب السلطات الروسية ، بطلب من وزير الدفاع الأمريكي ، لويد أوستن ، الذي طالب بمقابلة نظيره الروسي ، وزير الدفاع سيرغي شويغو ، لـ \"وقف فوري لإطلاق النار\"."
    doc = make(text, entities=[("السلطات الروسية", "ORG", "RUS", None), ("لويد أوستن", "PER", "USA", "Lloyd Austin"),
                               ("سيرغي شويغو", "PER", "RUS", "Sergei Shoigu")])
    (ev,) = events(doc)
    assert (ev["event"], ev["mode"]) == ("REQUEST", "yield")
    assert ev["attribution"]["entity_text"] == "السلطات الروسية"


def test_restatement_merges_into_the_first_report():
    text = ("أجرى وزيرا الدفاع الأميركي لويد أوستن والروسي سيرغي شويغو اتصالا الجمعة.\n"
            "وشدد أوستن خلال هذه المكالمة الهاتفية النادرة على \"أهمية إبقاء قنوات التواصل\".\n"
            "لكن وزارة الدفاع الروسية أوضحت أن الوزيرين ناقشا \"قضايا راهنة عدة\".")
    doc = make(text, entities=[("لويد أوستن", "PER", "USA", "Lloyd Austin"), ("سيرغي شويغو", "PER", "RUS", "Sergei Shoigu"),
                               ("أوستن", "PER", "USA", "Lloyd Austin")])
    evs = events(doc)
    assert [e["event"] for e in evs] == ["CONSULT"]
    assert len(evs[0]["mentions"]) == 2


def test_extension_kinds_never_use_plover_names():
    from marsad.events.coder import component
    doc = make("وقال المتحدث إن الوزير سيصل غدا.", entities=[])
    component(doc)
    kinds = [e.to_dict(doc) for e in doc.events]
    assert kinds and all(k.get("extension") and k["event"] == "STATEMENT" for k in kinds)
