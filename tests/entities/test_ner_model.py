"""The shipped NER model: it loads, tags real sentences, puts spans on exact offsets, and keeps its
accuracy on a fixed slice of ANERcorp that it was not trained on."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from testkit import need_shared

from marsad.doc import Document, Span
from marsad.entities import ner
from marsad.entities.recognise import component, recognise

ROOT = Path(__file__).resolve().parents[2]


def test_manifest_matches_the_shipped_files():
    import hashlib

    folder = ner.MODEL_DIR
    lines = (folder / "MANIFEST.sha256").read_text(encoding="utf-8").split("\n")
    pinned = dict(reversed(ln.split("  ", 1)) for ln in lines if ln)
    assert {"model.crfsuite", "clusters.tsv.gz", "gazetteer.tsv.gz", "triggers.tsv", "LICENSE"} <= set(pinned)
    for name, digest in pinned.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    assert "CC BY-SA 4.0" in (folder / "LICENSE").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, name, label", [
    ("قال وزير الدفاع الأمريكي لويد أوستن إن بلاده ستواصل دعم أوكرانيا .", "لويد أوستن", "PER"),
    ("وأعلن وزير الدفاع الروسي سيرغي شويغو أن القوات الروسية سيطرت على المدينة .", "سيرغي شويغو", "PER"),
    ("التقى الرئيس الروسي فلاديمير بوتين نظيره التركي في موسكو .", "فلاديمير بوتين", "PER"),
    ("قال وزير الدفاع الأمريكي لويد أوستن إن بلاده ستواصل دعم أوكرانيا .", "أوكرانيا", "LOC"),
    ("وتتهم روسيا الدول الغربية بتسليح الجيش الأوكراني .", "روسيا", "LOC"),
    ("وقال متحدث باسم البنتاغون إن الولايات المتحدة سترسل مساعدات جديدة .", "الولايات المتحدة", "LOC"),
])
def test_tags_names_in_real_sentences(text, name, label):
    found = {(text[s:e], lab) for s, e, lab, _ in recognise(text)}
    assert (name, label) in found, found


def test_spans_are_exact_offsets_with_attrs():
    text = "عنوان الخبر\nوأكد الرئيس الروسي فلاديمير بوتين، في موسكو «اليوم» أن روسيا لن تتراجع.\n"
    doc = Document(text=text)
    doc.add("segments", Span(0, 11, "title"))
    doc.add("segments", Span(12, len(text) - 1, "body"))
    component(doc)
    ents = doc.layers["entities"]
    assert ents, "no entity found"
    for e in ents:
        surface = text[e.start:e.end]
        assert surface == surface.strip() and surface.strip("،.«»") == surface, surface
        assert e.label in {"PER", "ORG", "LOC", "MISC"}
        assert e.attrs["source"] == "ner" and 0.0 < e.attrs["confidence"] <= 1.0
        assert e.attrs["segment"] == ("title" if e.end <= 11 else "body")
    assert ("فلاديمير بوتين", "PER") in {(text[e.start:e.end], e.label) for e in ents}
    component(doc)   # running twice does not duplicate
    assert len(doc.layers["entities"]) == len(ents)


@pytest.mark.parametrize("text", ["", "\n\n", "12345 ... !!!", "hello world", "ـــ"])
def test_odd_input_gives_no_error(text):
    doc = component(Document(text=text))
    for e in doc.layers.get("entities", []):
        assert 0 <= e.start < e.end <= len(text)


def test_accuracy_gate_on_unseen_slice():
    """Span-level F1 of the shipped model on the last 5% of ANERcorp's train.txt, which training
    keeps out; the minimums sit just below what the shipped model measures."""
    path = need_shared("data", "anercorp", "train.txt")
    sys.path.insert(0, str(ROOT / "training"))
    from ner_data import read_conll, score, sentences, to_words

    sents = sentences(read_conll(path))
    gate = sents[len(sents) - int(len(sents) * 0.05):]
    tagged = ner.model().tag_document([s.pieces for s in gate])   # the slice read as one document
    pred = [to_words(s, labels) for s, (labels, _) in zip(gate, tagged)]
    res = score([s.tags for s in gate], pred, ("PERS", "ORG", "LOC", "MISC"))
    assert res["micro"]["f1"] >= GATE_MICRO_F1, res
    assert res["LOC"]["f1"] >= GATE_LOC_F1, res


GATE_MICRO_F1 = 0.79
GATE_LOC_F1 = 0.86
