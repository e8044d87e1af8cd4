"""Writing documents: content-hash identity, annotations in one transaction, id clashes, reading back."""
from __future__ import annotations

import pytest

from marsad.doc import Span
from marsad.store import Store

from store_helpers import make_doc

TEXT = ("وأعلنت القوات العراقية في 13 يوليو (تموز)، تكثيف عملياتها في الانبار بهدف «تحرير» المحافظة "
        "الحدودية مع سوريا والاردن والسعودية.")


def _annotated(id: str = "iraq"):
    doc = make_doc(TEXT, id=id, events=[{"event": "MOBILIZE", "actor": {"entity_text": "القوات العراقية",
                                                                     "code": "IRQ", "sector": "MIL"},
                                         "evidence": "تكثيف عملياتها في الانبار"}])
    start = TEXT.index("القوات العراقية")
    doc.add("entities", Span(start, start + len("القوات العراقية"), "ORG",
                             {"actor": {"name": "Iraqi forces", "code": "IRQ", "country": "IRQ", "sector": "MIL",
                                        "role": None}, "source": "dictionary"}))
    t = TEXT.index("13 يوليو")
    doc.add("times", Span(t, t + len("13 يوليو"), "", {"value": "2015-07-13", "kind": "date"}))
    doc.add("flags", Span(0, 6, "test_flag", {"message": "a flag"}))
    return doc


def test_re_adding_the_same_text_adds_nothing(tmp_path):
    with Store.open(tmp_path / "s.db") as st:
        assert st.add_document(_annotated()) == "iraq"
        again = _annotated("other-name")
        assert st.has_hash(again.hash)
        assert st.add_document(again) is None
        assert st.count("documents") == 1 and st.count("events") == 1


def test_annotations_are_stored_and_read_back(tmp_path):
    with Store.open(tmp_path / "s.db") as st:
        st.add_document(_annotated())
        ent = st.conn.execute("SELECT text, actor_code, actor_sector, actor_pk FROM entities").fetchone()
        assert tuple(ent[:3]) == ("القوات العراقية", "IRQ", "MIL") and ent[3] is not None
        assert st.count("actors") == 1
        assert st.conn.execute("SELECT value FROM times").fetchone()[0] == "2015-07-13"
        assert st.conn.execute("SELECT kind, message FROM flags").fetchone()[:] == ("test_flag", "a flag")
        doc = st.document("iraq")
        assert doc.text == TEXT and doc.published == "2015-07-23"
        assert [s.label for s in doc.layers["segments"]] == ["body"]
        assert doc.layers["entities"][0].attrs["actor"]["code"] == "IRQ"
        ev = doc.events[0].to_dict(doc)
        assert doc.text[ev["text_info"]["start"]:ev["text_info"]["end"]] == "تكثيف عملياتها في الانبار"


def test_same_id_different_text_gets_its_own_id(tmp_path):
    with Store.open(tmp_path / "s.db") as st:
        a = st.add_document(make_doc("قال الوزير إن المحادثات مستمرة.", id="article.txt"))
        b = st.add_document(make_doc("قال الوزير إن المحادثات توقفت.", id="article.txt"))
        assert a == "article.txt" and b != a and b.startswith("article.txt~")
        assert {d["id"] for d in st.documents()} == {a, b}
        assert [e["uid"] for e in st.events(doc=b)] == []


def test_failure_while_writing_annotations_leaves_no_trace(tmp_path, monkeypatch):
    with Store.open(tmp_path / "s.db") as st:
        def boom(*args, **kwargs):
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(st, "_write_annotations", boom)
        with pytest.raises(RuntimeError):
            st.add_document(_annotated())
        assert st.count("documents") == 0 and not st.has_hash(_annotated().hash)
        assert st.conn.execute("SELECT count(*) FROM doc_fts").fetchone()[0] == 0
        monkeypatch.undo()
        assert st.add_document(_annotated()) == "iraq"


def test_links_and_stories_are_stored_and_replaced_by_scope(tmp_path):
    with Store.open(tmp_path / "s.db") as st:
        ev = {"event": "ASSAULT", "actor": {"entity_text": "مسلحون"}, "evidence": "هاجم مسلحون"}
        a = st.add_document(make_doc("هاجم مسلحون نقطة تفتيش في العريش.", id="a", events=[ev]))
        b = st.add_document(make_doc("هاجم مسلحون نقطة تفتيش في شمال سيناء.", id="b", events=[ev]))
        c = st.add_document(make_doc("ارتفع سعر النفط.", id="c", published="2015-07-22"))
        st.set_links({"same_event": [["a#e1", "b#e1"]], "stories": [["a", "b"], ["c"]],
                      "contradictions": [{"events": ["a#e1", "b#e1"], "field": "place", "values": ["العريش", "سيناء"],
                                          "message": "places differ"}]})
        stories = st.stories()
        assert [s["documents"] for s in stories] == [["a", "b"], ["c"]]
        assert stories[0]["first_date"] == "2015-07-23"
        assert sorted(st.events(doc=a)[0]["reported_by"]) == ["a", "b"]
        assert {l["kind"] for l in st.links()} == {"same_event", "contradiction"}
        assert st.events(story=stories[0]["id"])[0]["doc_id"] in ("a", "b")
        # relinking "c" alone keeps the links of a and b
        st.set_links({"same_event": [], "stories": [["c"]], "contradictions": []}, scope=[c])
        assert len(st.links(kind="same_event")) == 1 and len(st.stories()) == 2
        st.set_links({"same_event": [], "stories": [[a], [b]], "contradictions": []}, scope=[a, b])
        assert st.links() == [] and sorted(s["size"] for s in st.stories()) == [1, 1, 1]
        assert st.events(doc=a)[0]["reported_by"] == ["a"]
