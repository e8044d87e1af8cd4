"""Reconciliation finds a span's tokens and a recogniser span's overlapping names by position: the same
answers as reading every token and every name."""
from __future__ import annotations

import pytest

from marsad.doc import Span
from marsad.entities import reconcile
from marsad.lang.ar.tokens import tokenize

TEXTS = [
    "وقال للأمم المتحدة إن وفرنسا وبريطانيا وافقتا على القرار.",
    "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي في موسكو، وبحثا الوضع في سوريا.",
    "وأكد وزير الدفاع الأوكراني أولكسي ريزنيكوف أن كييف تلقت أسلحة من واشنطن.",
]


def _scan(sp: Span, toks, text: str) -> Span:
    """Every token read in turn (the reference)."""
    for t in toks:
        if t.start < sp.start < t.end:
            lead = text[t.start:sp.start]
            if len(lead) <= 3 and all(ch in reconcile.PROCLITICS for ch in lead):
                sp.attrs["clitic"] = lead
                sp.attrs["token_span"] = [t.start, sp.end]
                if reconcile.WHOLE_TOKENS:
                    sp.start = t.start
            break
    for t in toks:
        if t.start < sp.end < t.end:
            if t.end - sp.end <= 3:
                sp.attrs["token_span"] = [sp.attrs.get("token_span", [sp.start])[0], t.end]
                sp.end = t.end
            break
    return sp


@pytest.mark.parametrize("text", TEXTS)
def test_whole_tokens_as_a_full_scan(text):
    toks = tokenize(text)
    starts = [t.start for t in toks]
    n = 0
    for a in range(len(text)):
        for b in range(a + 1, min(len(text), a + 25) + 1):
            got = reconcile.whole_tokens(Span(a, b, "LOC", {}), toks, text, starts)
            ref = _scan(Span(a, b, "LOC", {}), toks, text)
            assert (got.start, got.end, got.attrs) == (ref.start, ref.end, ref.attrs), (a, b)
            n += got.attrs.get("clitic") is not None
    assert n > 0          # some spans after a proclitic were met


@pytest.mark.parametrize("text, name, ner_part, label, full", [
    # a long name of ours, starting well before the recogniser's shorter span, still matches it
    ("قالت منظمة الأمم المتحدة للطفولة إن الأطفال يعانون.", "منظمة الأمم المتحدة للطفولة", "للطفولة", "ORG", True),
    ("التقى الرئيس فلاديمير بوتين نظيره في موسكو.", "فلاديمير بوتين", "بوتين", "PER", False),
])
def test_recogniser_span_takes_the_overlapping_name(text, name, ner_part, label, full):
    a = text.index(name)
    ours = [Span(0, 4, "LOC", {"source": "dictionary"}),          # overlaps nothing of the recogniser's
            Span(a, a + len(name), label, {"source": "dictionary", "actor": {"name": name}})]
    s = text.index(ner_part)
    ner = [Span(s, s + len(ner_part), label, {"source": "ner"})]
    out = reconcile.reconcile(ner, ours, tokenize(text), text, lambda sp: {})
    got = [sp for sp in out if sp.attrs.get("source") == "ner"]
    assert len(got) == 1 and got[0].attrs["actor"] == {"name": name}
    assert got[0].attrs["matched"] == "dictionary"
    if full:
        assert got[0].attrs["full_span"] == [a, a + len(name)]
    else:                 # a person the recogniser cut short keeps the dictionary's whole name
        assert (got[0].start, got[0].end) == (a, a + len(name))
    assert any(sp.start == 0 and sp.label == "LOC" for sp in out)


def test_overlapping_names_tie_break_in_their_order():
    """Of two names of ours overlapping a recogniser span equally, with the same label, the first listed wins."""
    text = "وصل الوفد إلى مدينة حلب السورية أمس."
    s = text.index("حلب")
    ours = [Span(s, s + 3, "LOC", {"source": "gazetteer", "place": {"name": "Aleppo"}}),
            Span(s, s + 3, "LOC", {"source": "dictionary", "place": {"name": "Halab"}})]
    out = reconcile.reconcile([Span(s, s + 3, "LOC", {"source": "ner"})], ours, tokenize(text), text, lambda sp: {})
    assert [sp.attrs["place"] for sp in out if sp.attrs.get("source") == "ner"] == [{"name": "Aleppo"}]
