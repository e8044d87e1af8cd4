"""A text longer than any article is analysed up to the configured limit; the rest is flagged, never lost."""
from __future__ import annotations

from marsad.config import settings
from marsad.doc import Document
from marsad.pipeline import Pipeline


def test_long_text_is_analysed_up_to_the_limit_and_flagged(monkeypatch, seed_002):
    monkeypatch.setenv("MARSAD_MAX_CHARS", "5000")
    settings.cache_clear()
    try:
        text = (" ".join(seed_002.split()) + " ") * 4
        doc = Pipeline(names=("language", "line_roles", "sentences", "times"))(Document(text=text))
    finally:
        settings.cache_clear()
    assert doc.text == text and doc.language == "ar"
    (flag,) = [f for f in doc.layers["flags"] if f.label == "not_analysed"]
    assert 2500 <= flag.start <= 5000 and flag.end == len(text)
    assert doc.layers["times"] and all(t.end <= flag.start for t in doc.layers["times"])
