"""Sentences of 2015 news read by hand. Whom a group is loyal to ("القوات الموالية لحكومة هادي", "الانفصاليين
الموالين لموسكو") describes the group: it is no side of the group's act, and the group keeps its own coding."""
from __future__ import annotations

from coded_events import plover


def _sides(text: str, published: str, event: str):
    doc, evs = plover(text, published)
    return [(e.actor and doc.text[e.actor.start:e.actor.end], [doc.text[r.start:r.end] for r in e.recipients],
             e.actor and e.actor.code) for e in evs if e.event == event]


def test_forces_loyal_to_a_government_do_not_deploy_against_it():
    text = "ونشرت القوات الموالية لحكومة هادي الاحد مدرعاتها التي زودها بها التحالف، في مدينة زنجبار لتعزيز مواقعها."
    sides = _sides(text, "2015-08-10", "MOBILIZE")
    assert sides and all("هادي" not in r for _, rs, _ in sides for r in rs), sides


def test_separatists_loyal_to_moscow_are_not_moscow():
    text = "واتهمت الحكومة الأوكرانية أمس الانفصاليين الموالين لموسكو بقصف مدينة ماريوبول بالصواريخ."
    sides = _sides(text, "2015-08-10", "ACCUSE")
    assert sides and all(r != "لموسكو" and r != "موسكو" for _, rs, _ in sides for r in rs), sides
