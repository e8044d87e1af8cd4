"""Both seed pages, line by line, against the reference annotation in ../shared/gold/seeds.json."""
from __future__ import annotations

import json

import pytest

from marsad.clean.lines import component
from marsad.doc import Document
from marsad.lang.ar.normalise import norm
from testkit import SEED_000, SEED_002, need_shared

EQUIV = {"dateline": "boilerplate", "attribution": "boilerplate"}   # as the reference counts them


def gold(name: str) -> dict:
    return json.loads(need_shared("gold", "seeds.json").read_text(encoding="utf-8"))["documents"][name]


def expected_kinds(g: dict) -> dict[int, str]:
    out: dict[int, str] = {}
    for field, kind in (("body_lines", "body"), ("caption_lines", "caption"),
                        ("boilerplate_lines", "boilerplate"), ("heading_lines", "heading")):
        for n in g.get(field, []):
            out[n] = kind
    out[g["title"]["line"]] = "title"
    if g.get("byline"):
        out[g["byline"]["line"]] = "byline"
    if g.get("page_date"):
        out[g["page_date"]["line"]] = "boilerplate"
    return out


def kinds_by_line(doc: Document) -> dict[int, str]:
    out = {}
    for s in doc.layers["segments"]:
        out[doc.text.count("\n", 0, s.start) + 1] = EQUIV.get(s.label, s.label)
    return out


@pytest.fixture(params=[SEED_000, SEED_002])
def seed(request, seed_000, seed_002):
    text = seed_000 if request.param == SEED_000 else seed_002
    return request.param, text, component(Document(text=text))


def test_lines_every_line_has_its_reference_role(seed):
    name, text, doc = seed
    want = expected_kinds(gold(name))
    got = kinds_by_line(doc)
    wrong = {n: (got.get(n), k) for n, k in want.items() if got.get(n) != k}
    assert not wrong, wrong
    nonblank = {i for i, line in enumerate(text.split("\n"), 1) if line.strip()}
    assert set(got) == nonblank      # one segment per non-blank line, none for blank lines


def test_lines_title_byline_publisher_page_date(seed):
    name, _text, doc = seed
    g = gold(name)
    assert norm(doc.title) == norm(g["title"]["text"])
    if g.get("byline"):
        assert norm(doc.byline) == norm(g["byline"]["text"])
    else:
        assert doc.byline is None
    if g.get("publisher"):
        assert norm(g["publisher"]) in norm(doc.publisher)
    if g.get("credited_source"):
        assert norm(doc.credited) == norm(g["credited_source"])
    assert doc.page_date == (g["page_date"]["value"] if g.get("page_date") else None)
    assert doc.published is None          # chrome never gives the publication date


def test_lines_every_segment_says_why(seed):
    _name, _text, doc = seed
    assert all(s.attrs.get("reason") for s in doc.layers["segments"])


def test_lines_metadata_title_is_kept(seed_000):
    doc = component(Document(text=seed_000, title="عنوان من البيانات الوصفية"))
    assert doc.title == "عنوان من البيانات الوصفية"
    first = doc.text.split("\n").index("أوستن وشويغو يتحادثان دون أمل بانفراج لوقف الحرب")
    seg = next(s for s in doc.layers["segments"] if doc.text.count("\n", 0, s.start) == first)
    assert seg.label != "body"


def test_lines_metadata_title_equal_to_first_line(seed_002):
    title = seed_002.split("\n")[0]
    doc = component(Document(text=seed_002, title=title))
    assert doc.layers["segments"][0].label == "title"
    assert doc.layers["segments"][0].attrs["reason"] == "equals the metadata title"
