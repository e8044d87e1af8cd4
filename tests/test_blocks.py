"""Block-by-block runs of a component on long texts give the same spans as whole runs on each part."""
from __future__ import annotations

from marsad.blocks import block_bounds, blockwise
from marsad.doc import Document, Span
from marsad.pipeline import Pipeline


def test_bounds_cover_the_text_without_gaps():
    doc = Document(text="جملة قصيرة هنا. " * 5000)
    bounds = block_bounds(doc, 20_000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(doc.text)
    assert all(x[1] == y[0] for x, y in zip(bounds, bounds[1:]))
    assert all(b - a <= 20_000 for a, b in bounds)


def test_short_text_is_one_block():
    assert block_bounds(Document(text="نص قصير."), 100) == [(0, 8)]


def test_blockwise_spans_are_shifted_back_and_chain_ids_stay_apart():
    @blockwise(assigns=("marks",), max_chars=50)
    def mark_first_word(doc: Document) -> Document:
        end = doc.text.find(" ")
        doc.layers["marks"] = [Span(0, end, "W", {"cluster": 1})]
        return doc

    text = ("كلمة " + "ب" * 40 + "\n") * 3
    doc = mark_first_word(Document(text=text))
    marks = doc.layers["marks"]
    assert [doc.text[s.start:s.end] for s in marks] == ["كلمة"] * 3
    assert len({s.attrs["cluster"] for s in marks}) == 3


def test_actors_on_a_long_dump_match_the_article(seed_000):
    pipe = Pipeline(names=("language", "line_roles", "sentences", "times", "entities", "actors"))
    one = pipe(Document(text=seed_000))
    flat = (seed_000.replace("\n", " ") + " ") * 8            # > 20,000 characters on one line
    many = pipe(Document(text=flat))
    people = lambda d, a, b: sorted((s.start - a, s.end - a, (s.attrs.get("actor") or {}).get("country"))
                                    for s in d.layers["entities"] if s.label == "PER" and a <= s.start < b)
    # the second copy (a whole block away from the start) codes the same people as the first
    n = len(seed_000) + 1
    first, later = people(many, 0, n), people(many, 5 * n, 6 * n)
    assert first and {p[2] for p in first} >= {"USA", "RUS", "UKR", "FRA"}
    assert len(later) >= len(first) - 2
    assert {p[2] for p in later} >= {"USA", "RUS"}
    assert len(people(one, 0, n)) > 0
