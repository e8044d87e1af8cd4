"""The seed articles: every reference person found with the right country; nothing from the 'read more' line."""
from __future__ import annotations

import json

import pytest

from testkit import SEED_000, SEED_002, need_shared
from marsad.doc import Document
from marsad.entities import actors
from marsad.lang.ar.normalise import norm


def gold(name: str) -> dict:
    path = need_shared("gold", "seeds.json")
    return json.loads(path.read_text(encoding="utf-8"))["documents"][name]


@pytest.mark.parametrize("fname,fixture", [(SEED_000, "seed_000"), (SEED_002, "seed_002")])
def test_every_gold_person_found_with_country(fname, fixture, request):
    text = request.getfixturevalue(fixture)
    doc = actors.component(Document(text))
    ents = [(norm(doc.text[s.start:s.end]), s.attrs.get("actor") or {}) for s in doc.layers["entities"]]
    for p in gold(fname)["persons"]:
        first = norm(p["surface"][0])
        hits = [a for t, a in ents if first in t]
        assert hits, f"{p['name']} not found"
        assert any(a.get("country") == p["country"] for a in hits), f"{p['name']}: {hits}"
        assert any(a.get("sector") == p["sector"] for a in hits), f"{p['name']}: {hits}"


def test_read_more_line_gives_no_entity(seed_000):
    doc = actors.component(Document(seed_000))
    assert not any("جونسون" in doc.text[s.start:s.end] for s in doc.layers["entities"])


def test_boilerplate_segment_drops_recogniser_spans(seed_000):
    from marsad.doc import Span
    doc = Document(seed_000)
    start = seed_000.index("اقرأ المزيد")
    end = seed_000.index("\n", start)
    doc.add("segments", Span(start, end, "boilerplate"))
    j = seed_000.index("جونسون")
    doc.add("entities", Span(j, j + len("جونسون"), "PER", {"source": "ner"}))
    doc = actors.component(doc)
    assert not any(s.start >= start and s.end <= end for s in doc.layers["entities"])


def test_recogniser_span_gives_way_to_longer_dictionary_span():
    from marsad.doc import Span
    text = "وأكد وزير الخارجية الأميركي أنتوني بلينكن في وقت لاحق"
    doc = Document(text)
    j = text.index("بلينكن")
    doc.add("entities", Span(j, j + len("بلينكن"), "PER", {"source": "ner"}))
    doc = actors.component(doc)
    pers = [s for s in doc.layers["entities"] if s.label == "PER"]
    assert [text[s.start:s.end] for s in pers] == ["أنتوني بلينكن"]
    assert pers[0].attrs["actor"]["code"] == "USAGOV"


def test_recogniser_person_coded_from_role_phrase():
    from marsad.doc import Span
    text = "وقال وزير الخارجية الإيطالي أنجيلينو ألفانو إن بلاده"
    doc = Document(text)
    j = text.index("أنجيلينو")
    doc.add("entities", Span(j, j + len("أنجيلينو ألفانو"), "PER", {"source": "ner"}))
    doc = actors.component(doc)
    a = [s for s in doc.layers["entities"] if s.label == "PER"][0].attrs["actor"]
    assert (a["country"], a["sector"], a["role"]) == ("ITA", "GOV", "foreign minister")


@pytest.mark.parametrize("cut", ["أولكسي", "ريزنيكوف"])
def test_recogniser_span_cut_short_is_completed_from_the_role_phrase(monkeypatch, cut):
    from marsad.doc import Span
    monkeypatch.setattr(actors, "people", lambda: {})
    actors.lexicon.cache_clear()
    try:
        text = "وتحدث أوستن إلى وزير الدفاع الأوكراني أولكسي ريزنيكوف وأكد له"
        doc = Document(text)
        j = text.index(cut)
        doc.add("entities", Span(j, j + len(cut), "PER", {"source": "ner"}))
        doc = actors.component(doc)
        pers = {doc.text[s.start:s.end]: s.attrs["actor"] for s in doc.layers["entities"] if s.label == "PER"}
        assert pers["أولكسي ريزنيكوف"]["code"] == "UKRMIL"
    finally:
        actors.lexicon.cache_clear()


def test_longer_recogniser_name_keeps_dictionary_identity():
    from marsad.doc import Span
    text = "وأكد عادل بن أحمد الجبير أن المملكة"
    doc = Document(text)
    j = text.index("عادل")
    doc.add("entities", Span(j, j + len("عادل بن أحمد الجبير"), "PER", {"source": "ner"}))
    doc = actors.component(doc)
    pers = [(doc.text[s.start:s.end], s.attrs["actor"]["name"]) for s in doc.layers["entities"] if s.label == "PER"]
    assert pers == [("عادل بن أحمد الجبير", "Adel al-Jubeir")]


def test_nationality_before_a_recognised_name_gives_its_country():
    from marsad.doc import Span
    text = "وأشارت المصادر إلى أن اللجنة ستضم الإيطالي جياني إينفانتينو أمين عام الاتحاد الأوروبي لكرة القدم"
    doc = Document(text)
    j = text.index("جياني")
    doc.add("entities", Span(j, j + len("جياني إينفانتينو"), "PER", {"source": "ner"}))
    doc = actors.component(doc)
    a = [s for s in doc.layers["entities"] if s.label == "PER"][0].attrs["actor"]
    assert a["country"] == "ITA" and a["code"] != "EU"
    assert not any(doc.text[s.start:s.end] == "الاتحاد الأوروبي" for s in doc.layers["entities"])
