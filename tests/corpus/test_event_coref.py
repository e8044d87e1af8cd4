"""Event coreference across documents on hand-built reports of the Austin–Shoigu channel."""
from __future__ import annotations

import pytest

from marsad.corpus.event_coref import EventGroup, Report, contradictions, group_reports, same_event
from marsad.corpus.timeline import timeline

AUSTIN = {"entity_text": "لويد أوستن", "name": "Lloyd Austin", "code": "USAMIL", "country": "USA", "sector": "MIL"}
AUSTIN_SHORT = {"entity_text": "أوستن", "name": "أوستن", "code": "USAMIL", "country": "USA", "sector": "MIL"}
SHOIGU = {"entity_text": "سيرغي شويغو", "name": "Sergei Shoigu", "code": "RUSMIL", "country": "RUS", "sector": "MIL"}
RUSSIA = {"entity_text": "روسيا", "name": "RUS", "code": "RUS", "country": "RUS", "sector": None}


def ev(i, date, actor=AUSTIN, recipient=SHOIGU, kind="CONSULT", **kw):
    return {"id": f"e{i}", "event": kind, "mode": "phone", "date": date, "actor": actor, "recipient": recipient,
            "aux": kw.pop("aux", []), "text_info": {"start": 0, "end": 10, "text": "..."}, **kw}


def test_same_call_recalled_and_reported_is_one_event():
    recalled = Report("000", ev(3, "2022-05-13", aux=["historical"]))
    reported = Report("002", ev(1, "2022-05-13", actor=SHOIGU, recipient=AUSTIN_SHORT))
    groups = group_reports([recalled, reported])
    assert [sorted(g.refs) for g in groups] == [["000#e3", "002#e1"]]


@pytest.mark.parametrize("d1,d2", [("2022-10-21", "2022-05-13"), ("2022-05-13", "2022-02-18")])
def test_calls_on_different_dates_stay_apart(d1, d2):
    groups = group_reports([Report("000", ev(1, d1)), Report("002", ev(1, d2))])
    assert len(groups) == 2


def test_partial_or_unknown_dates_are_never_linked():
    groups = group_reports([Report("000", ev(1, "XXXX-05-13")), Report("002", ev(1, "XXXX-05-13"))])
    assert groups == []


def test_negated_and_caption_events_do_not_link():
    a = Report("a", ev(1, "2022-05-13", aux=["negated"]))
    b = Report("b", ev(1, "2022-05-13", from_caption=True))
    c = Report("c", ev(1, "2022-05-13"))
    assert [g.refs for g in group_reports([a, b, c])] == [["c#e1"]]


def test_different_types_or_actors_are_different_events():
    assert not same_event(ev(1, "2022-05-13"), ev(2, "2022-05-13", kind="REQUEST"))
    milley = {"name": "Mark Milley", "entity_text": "مارك ميلي", "country": "USA", "code": "USAMIL"}
    assert not same_event(ev(1, "2022-05-13"), ev(2, "2022-05-13", actor=milley))


def test_country_code_actor_does_not_match_a_named_person():
    assert not same_event(ev(1, "2022-05-13", kind="ACCUSE", recipient=RUSSIA),
                          ev(2, "2022-05-13", kind="ACCUSE", recipient=SHOIGU))


def test_numbers_disagreement_is_reported_with_sources():
    a = Report("a", ev(1, "2015-07-20", kind="ASSAULT", quantities=[{"value": 10, "unit": "people"}]))
    b = Report("b", ev(1, "2015-07-20", kind="ASSAULT", quantities=[{"value": 15, "unit": "people"}]))
    (group,) = group_reports([a, b])
    (c,) = contradictions(group)
    assert c["field"] == "numbers"
    assert {tuple(v["sources"]) for v in c["values"]} == {("a#e1",), ("b#e1",)}


def test_agreeing_reports_have_no_contradiction():
    g = EventGroup([Report("a", ev(1, "2022-05-13")), Report("b", ev(2, "2022-05-13"))])
    assert contradictions(g) == []


def test_timeline_of_the_channel_is_dated_and_merged():
    reports = [
        Report("000", ev(1, "2022-10-21")), Report("000", ev(3, "2022-05-13", aux=["historical"])),
        Report("002", ev(1, "2022-05-13")), Report("002", ev(3, "2022-02-18", aux=["historical"])),
        Report("002", ev(9, "2022-05-13", actor={"name": "Joe Biden", "country": "USA"},
                         recipient={"name": "Sauli Niinistö", "country": "FIN"})),
    ]
    entries = timeline(reports, "Austin", "شويغو")
    assert [e.date for e in entries] == ["2022-02-18", "2022-05-13", "2022-10-21"]
    assert [len(e.sources) for e in entries] == [1, 2, 1]
    assert timeline(reports, "USA", "RUS")[0].date == "2022-02-18"
