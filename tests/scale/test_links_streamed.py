"""Links made as documents stream in (``Linker``) are those of linking the whole list at once."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from marsad.corpus.links import EMBED_CHUNK, Linker, link_documents
from marsad.corpus.similarity import embed_chars, profile_of, story_embedder_name
from marsad.doc import Document
from marsad.embeddings import get_embedder
from marsad.ingest import read_inputs, to_document

from testkit import need_shared


def raw_documents(n: int) -> list[Document]:
    """The first ``n`` SaudiNewsNet articles read into Documents (no analysis: linking needs none)."""
    folder = need_shared("corpora", "saudinewsnet")
    days = sorted(str(p) for p in folder.glob("*.zip"))
    recs = [r for r in itertools.islice(read_inputs(days), n + 10) if getattr(r, "text", None)]
    return [to_document(r) for r in recs[:n]]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return raw_documents(EMBED_CHUNK + 6)    # a full embedding batch and part of the next


@pytest.mark.parametrize("preload", [False, True])
def test_streamed_story_vectors_are_those_of_one_call(docs, preload):
    linker = Linker()
    if preload:
        linker.preload()
    for doc in docs:
        linker.add(doc)
    linker.links()
    got = np.vstack([p.vec for p in linker.profiles])
    want = get_embedder(story_embedder_name()).encode([profile_of(d).lead[:embed_chars(story_embedder_name())] for d in docs])
    assert got.shape == want.shape
    assert np.array_equal(got, want)        # bit for bit: the stories cannot change with the streaming


def test_streamed_links_equal_links_of_the_list(docs):
    # a republication of the fourth article, one sentence added (a real sentence of the same day)
    first = docs[3]
    copy = Document(text=first.text + "\nونزل اليورو عن 1.10 دولار بعد انخفاض طلبات إعانة البطالة الأمريكية.",
                    id="republished", published=first.published, title=first.title)
    docs = docs + [copy]
    linker = Linker()
    linker.preload()
    for doc in docs:
        linker.add(doc)
    streamed = linker.links()
    assert streamed == link_documents(docs)
    assert {"origin": first.id, "members": [first.id, "republished"]} in streamed["duplicates"]
    # every document in exactly one story, and the day has stories told more than once
    assert sorted(i for st in streamed["stories"] for i in st) == sorted(d.id for d in docs)
    assert any(len(st) > 1 for st in streamed["stories"])


@pytest.mark.parametrize("n, stories", [(1, [["only"]]), (0, [])])
def test_one_or_no_document_needs_no_embedder(monkeypatch, n, stories):
    import marsad.corpus.links as links

    monkeypatch.setattr(links, "embed_profiles", lambda profiles: pytest.fail("embedded a single document"))
    linker = Linker()
    for _ in range(n):
        linker.add(Document(text="وصلت إلى مطار عدن الدولي اليوم طائرة الشحن السعودية الثانية.", id="only"))
    assert linker.links() == {"same_event": [], "contradictions": [], "duplicates": [], "stories": stories}
