"""Cutting text at annotation offsets for the pages, and laying out the pictures."""
from __future__ import annotations

import pytest

from marsad.web import render as rd
from marsad.web.world import outline, paths_from_topojson

TEXT = "أجرى وزيرا الدفاع الأميركي لويد أوستن والروسي سيرغي شويغو اتصالا الجمعة.\nصورة تعبيرية. أرشيف"


def span(word: str, **extra):
    i = TEXT.index(word)
    return {"start": i, "end": i + len(word), **extra}


ANALYSIS = {
    "segments": [{"start": 0, "end": TEXT.index("\n"), "kind": "body"},
                 {"start": TEXT.index("\n") + 1, "end": len(TEXT), "kind": "caption"}],
    "entities": [span("لويد أوستن", label="PER", text="لويد أوستن"), span("سيرغي شويغو", label="PER", text="سيرغي شويغو"),
                 span("الدفاع الأميركي لويد", label="MISC", text="")],            # overlaps a name
    "events": [{"id": "e1", "text_info": {"start": 0, "end": TEXT.index("\n")},
                "fields": {"actor": span("لويد أوستن"), "recipient": span("سيرغي شويغو"), "date": span("الجمعة")},
                "trigger": {**span("أجرى"), "text": "أجرى"}}],
}


@pytest.mark.parametrize("selected", [None, "e1", "e9"])
def test_lines_keep_every_character_in_order(selected):
    lines = rd.document_lines(TEXT, ANALYSIS, selected)
    assert [ln.kind for ln in lines] == ["body", "caption"]
    for ln, seg in zip(lines, ANALYSIS["segments"]):
        assert "".join(p.text for p in ln.pieces) == TEXT[seg["start"]:seg["end"]]
        pos = seg["start"]
        for p in ln.pieces:
            assert p.start == pos
            pos += len(p.text)


def test_pieces_carry_their_annotations():
    lines = rd.document_lines(TEXT, ANALYSIS, "e1")
    body = {p.text: p for p in lines[0].pieces}
    assert "e1:actor" in body["لويد"].fields and body["لويد"].entity in ("PER", "MISC")
    assert body["سيرغي شويغو"].fields == ["e1:recipient"] and body["سيرغي شويغو"].entity == "PER"
    assert "e1:date" in body["الجمعة"].fields and "e1:trigger" in body["أجرى"].fields
    assert all("ev-selected" in p.classes for p in lines[0].pieces)
    assert not any("ev-selected" in p.classes for p in lines[1].pieces)
    assert not any("ev-selected" in p.classes for ln in rd.document_lines(TEXT, ANALYSIS, None) for p in ln.pieces)


def test_bad_offsets_are_ignored_not_fatal():
    broken = {**ANALYSIS, "entities": [{"start": 5, "end": 9999, "label": "PER"}, {"start": 7, "end": 3, "label": "ORG"}]}
    lines = rd.document_lines(TEXT, broken)
    assert "".join(p.text for p in lines[0].pieces) == TEXT[:TEXT.index("\n")]
    assert all(p.entity is None for ln in lines for p in ln.pieces)


def test_without_segments_every_line_is_body():
    lines = rd.document_lines("سطر أول\n\nسطر ثان", {})
    assert [(ln.kind, "".join(p.text for p in ln.pieces)) for ln in lines] == [("body", "سطر أول"), ("body", "سطر ثان")]


def test_evidence_and_snippet_pieces():
    ev = ANALYSIS["events"][0]
    sentence = TEXT[:TEXT.index("\n")]
    pieces = rd.evidence_pieces(sentence, 0, ev)
    assert "".join(t for t, _ in pieces) == sentence
    assert {f for _, f in pieces if f} == {"actor", "recipient", "date", "trigger"}
    sn = rd.snippet_pieces(sentence[10:40], 10, [(TEXT.index("الدفاع"), TEXT.index("الدفاع") + 6), (0, 4)])
    assert "".join(t for t, _ in sn) == sentence[10:40] and ("الدفاع", True) in sn


def test_map_labels_never_overlap():
    pts = [{"label": name, "x": 500 + i * 3, "y": 200 + (i % 3) * 4, "r": 5.0}
           for i, name in enumerate(["موسكو", "كييف", "أوكرانيا", "روسيا", "مينسك", "وارسو"])]
    rd.place_labels(pts)
    boxes = []
    for p in pts:
        if p["lx"] is None:
            continue
        w = 6.2 * len(p["label"]) + 4
        x0 = {"start": p["lx"], "end": p["lx"] - w, "middle": p["lx"] - w / 2}[p["anchor"]]
        boxes.append((x0, p["ly"] - 10, x0 + w, p["ly"] + 2))
    assert len(boxes) >= 3
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


@pytest.mark.parametrize("lat, lon, xy", [(0, 0, (500, 250)), (90, -180, (0, 0)), (-90, 180, (1000, 500)),
                                          (55.75, 37.62, (604.5, 95.1))])
def test_equirectangular(lat, lon, xy):
    assert rd.project(lat, lon) == xy


def test_topojson_decoding_and_the_shipped_outline():
    topo = {"type": "Topology", "transform": {"scale": [1, 1], "translate": [0, 0]},
            "arcs": [[[0, 0], [10, 0], [0, 10], [-10, 0]], [[0, 10], [0, -10]]],
            "objects": {"land": {"type": "GeometryCollection",
                                 "geometries": [{"type": "Polygon", "arcs": [[0, 1]]}]}}}
    (d,) = paths_from_topojson(topo)
    assert d == "M500,250L527.8,250L527.8,222.2L500,222.2L500,250Z"
    world = outline()
    assert len(world) > 100 and all(p.startswith("M") and p.endswith("Z") for p in world)
