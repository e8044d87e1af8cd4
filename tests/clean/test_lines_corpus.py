"""One SaudiNewsNet day: content with the title in metadata is mostly body, chrome is caught."""
from __future__ import annotations

from collections import Counter

from marsad.clean.lines import component
from marsad.doc import Document


def test_lines_saudinewsnet_day_is_mostly_body(saudinewsnet_day):
    articles = saudinewsnet_day("2015-07-23")[:600]
    kinds: Counter[str] = Counter()
    for a in articles:
        doc = component(Document(text=a["content"], title=a.get("title") or None))
        kinds.update(s.label for s in doc.layers.get("segments", []))
        assert doc.published is None
        for s in doc.layers.get("segments", []):
            line = doc.text[s.start:s.end]
            if line.strip() in ("// انتهى //", "//انتهى//"):
                assert s.label == "boilerplate"
    total = sum(kinds.values())
    assert kinds["body"] / total > 0.85, kinds
