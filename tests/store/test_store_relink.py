"""Relinking after an ingest: new documents are linked with stored neighbours, by publication date."""
from __future__ import annotations

import pytest

from marsad.store import Store

from store_helpers import OTHER, REPORT, REPUBLISHED, make_doc


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "s.db") as st:
        yield st


def _dup_groups(st: Store) -> list[list[str]]:
    return [sorted(l["members"]) for l in st.links("duplicate")]


def test_new_document_is_linked_with_a_stored_neighbour(store):
    a = store.add_document(make_doc(REPORT, id="a", published="2015-07-21"))
    store.relink([a], story_max=0)
    assert _dup_groups(store) == []
    b = store.add_document(make_doc(REPUBLISHED, id="b", published="2015-07-23"))
    store.add_document(make_doc(OTHER, id="c", published="2015-07-23"))
    store.relink([b, "c"], story_max=0)
    assert _dup_groups(store) == [["a", "b"]]


def test_documents_published_far_apart_are_not_compared(store):
    store.add_document(make_doc(REPORT, id="a", published="2015-06-01"))
    b = store.add_document(make_doc(REPUBLISHED, id="b", published="2015-07-23"))
    store.relink([b], window_days=3, story_max=0)
    assert _dup_groups(store) == []


def test_small_batches_keep_earlier_groups(store):
    ids = [store.add_document(make_doc(t, id=i, published=d)) for t, i, d in
           ((REPORT, "a", "2015-07-21"), (REPUBLISHED, "b", "2015-07-22"), (OTHER, "c", "2015-07-23"))]
    store.relink(ids, max_docs=2, story_max=0)     # batches of one document, two per neighbourhood
    assert _dup_groups(store) == [["a", "b"]]


def test_stories_come_from_the_index_only_within_budget(store, monkeypatch):
    import marsad.corpus.similarity as sim

    embedded = []
    real = sim.embed_profiles
    monkeypatch.setattr(sim, "embed_profiles", lambda ps: (embedded.extend(p.id for p in ps), real(ps)))
    ids = [store.add_document(make_doc(t, id=i)) for t, i in ((REPORT, "a"), (OTHER, "c"))]
    store.relink(ids, story_max=1)                      # over budget: no embedding, stories from links only
    assert embedded == [] and store.stories() == []    # no link joins a and c
    store.relink(ids, story_max=10)
    assert embedded == ["a", "c"]
    assert sorted(s["documents"] for s in store.stories()) == [["a"], ["c"]]


def test_without_clustering_linked_documents_make_a_story(store):
    a = store.add_document(make_doc(REPORT, id="a", published="2015-07-21", title="تقرير"))
    b = store.add_document(make_doc(REPUBLISHED, id="b", published="2015-07-22"))
    store.add_document(make_doc(OTHER, id="c", published="2015-07-22"))
    store.relink([a, b, "c"], story_max=0)
    stories = store.stories()
    assert [s["documents"] for s in stories] == [["a", "b"]]
    assert stories[0]["label"] == "تقرير" and stories[0]["last_date"] == "2015-07-22"


def test_linked_groups_join_events_and_duplicates():
    from marsad.store.linking import linked_groups

    links = {"same_event": [["a#e1", "b#e2"], ["c#e1", "d#e1"]], "duplicates": [{"origin": "b", "members": ["b", "e"]}]}
    assert sorted(linked_groups(links)) == [["a", "b", "e"], ["c", "d"]]
