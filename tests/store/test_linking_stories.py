"""The store's incremental story index: new documents join stored stories without reading old ones again."""
from __future__ import annotations

import pytest

import marsad.corpus.similarity as sim
from marsad.store import Store

from store_helpers import ADEN_1, ADEN_2, APPLE, make_doc


def doc(text: str, id: str, published: str):
    return make_doc(text, id=id, published=published, title=text.split("\n", 1)[0])


@pytest.fixture()
def path(tmp_path):
    return tmp_path / "s.db"


@pytest.fixture()
def embedded(monkeypatch):
    """Counts the leads the story embedder is asked for."""
    seen: list[str] = []
    real = sim.embed_profiles

    def spy(profiles):
        seen.extend(p.id for p in profiles if p.vec is None)
        real(profiles)

    monkeypatch.setattr(sim, "embed_profiles", spy)
    return seen


def members(st: Store) -> list[list[str]]:
    return sorted(sorted(s["documents"]) for s in st.stories())


def test_a_later_report_joins_the_stored_story_after_reopening(path, embedded):
    with Store.open(path) as st:
        ids = [st.add_document(doc(ADEN_1, "aden1", "2015-07-23")), st.add_document(doc(APPLE, "apple", "2015-07-23"))]
        st.relink(ids)
        assert members(st) == [["aden1"], ["apple"]]
    with Store.open(path) as st:
        b = st.add_document(doc(ADEN_2, "aden2", "2015-07-24"))
        st.relink([b])
        assert members(st) == [["aden1", "aden2"], ["apple"]]
        (aden,) = [s for s in st.stories() if s["size"] == 2]
        assert (aden["first_date"], aden["last_date"]) == ("2015-07-23", "2015-07-24")
    assert embedded == ["aden1", "apple", "aden2"]        # old documents are never embedded again


def test_old_documents_are_not_read_for_stories(path, monkeypatch):
    with Store.open(path) as st:
        st.relink([st.add_document(doc(ADEN_1, "aden1", "2015-07-23"))])
        b = st.add_document(doc(ADEN_2, "aden2", "2015-07-24"))
        loaded: list[list[str]] = []
        real = type(st).load_documents

        def spy(self, ids=None):
            ids = None if ids is None else list(ids)
            loaded.append(ids)
            return real(self, ids)

        monkeypatch.setattr(type(st), "load_documents", spy)
        assert st.link_stories([b]) == {"aden2": "story:aden1"}
        assert loaded == [["aden2"]]


def test_relinking_the_same_document_adds_it_once(path):
    with Store.open(path) as st:
        ids = [st.add_document(doc(ADEN_1, "aden1", "2015-07-23")), st.add_document(doc(ADEN_2, "aden2", "2015-07-23"))]
        st.relink(ids)
        st.relink(ids)
        assert members(st) == [["aden1", "aden2"]]
        assert st.stories()[0]["size"] == 2


@pytest.mark.parametrize("later, joins", [("2015-07-25", True), ("2015-08-01", False)])
def test_a_report_joins_only_within_the_window(path, later, joins):
    with Store.open(path) as st:
        st.relink([st.add_document(doc(ADEN_1, "aden1", "2015-07-22"))])
    with Store.open(path) as st:
        st.relink([st.add_document(doc(ADEN_2, "aden2", later))])
        assert (members(st) == [["aden1", "aden2"]]) is joins


def test_index_of_another_embedder_is_rebuilt_and_stored_stories_kept(path, embedded):
    with Store.open(path) as st:
        st.relink([st.add_document(doc(ADEN_1, "aden1", "2015-07-23"))])
        st.conn.execute("UPDATE story_index_meta SET value = 'another-model' WHERE key = 'embedder'")
        st.relink([st.add_document(doc(ADEN_2, "aden2", "2015-07-24"))])
        assert members(st) == [["aden1", "aden2"]]
        assert st.conn.execute("SELECT value FROM story_index_meta").fetchone()[0] == sim.story_embedder_name()
    assert embedded == ["aden1", "aden1", "aden2"]        # the stored report embedded again, once, to rebuild


def test_stories_written_by_links_alone_are_joined_later(path):
    """A store filled without the index (story_max=0) still takes new reports into its stories."""
    with Store.open(path) as st:
        ids = [st.add_document(doc(ADEN_1, "aden1", "2015-07-23")), st.add_document(doc(APPLE, "apple", "2015-07-23"))]
        st.relink(ids, story_max=0)
        assert st.stories() == []                          # no link joins them; no index
        st.relink(ids)                                     # now each gets its story from the index
        st.relink([st.add_document(doc(ADEN_2, "aden2", "2015-07-24"))])
        assert members(st) == [["aden1", "aden2"], ["apple"]]


def test_postgresql_store_keeps_the_index_too(request):
    from marsad.store.postgres import PgStore

    url = request.getfixturevalue("pg_url")
    with PgStore.open(url) as st:
        st.relink([st.add_document(doc(ADEN_1, "aden1", "2015-07-23")), st.add_document(doc(APPLE, "apple", "2015-07-23"))])
    with PgStore.open(url) as st:
        st.relink([st.add_document(doc(ADEN_2, "aden2", "2015-07-24"))])
        assert members(st) == [["aden1", "aden2"], ["apple"]]
        assert st.conn.execute("SELECT count(*) FROM story_index").fetchone()[0] == 2


def test_undated_reports_meet_the_latest_stories(path):
    with Store.open(path) as st:
        st.relink([st.add_document(doc(ADEN_1, "aden1", "2015-07-23"))])
        st.relink([st.add_document(doc(ADEN_2, "aden2", None))])
        assert members(st) == [["aden1", "aden2"]]


def test_marsad_ingest_links_new_articles_to_stored_stories(tmp_path, capsys):
    from marsad.cli import main

    def jsonl(name: str, rows: list[tuple[str, str, str]]):
        import json

        path = tmp_path / name
        path.write_text("\n".join(json.dumps({"id": i, "title": t.split("\n", 1)[0], "text": t.split("\n", 1)[1],
                                              "published": d}, ensure_ascii=False) for i, t, d in rows), encoding="utf-8")
        return str(path)

    db = str(tmp_path / "m.db")
    assert main(["ingest", "--db", db, jsonl("day1.jsonl", [("aden1", ADEN_1, "2015-07-23"),
                                                             ("apple", APPLE, "2015-07-23")])]) == 0
    assert main(["ingest", "--db", db, jsonl("day2.jsonl", [("aden2", ADEN_2, "2015-07-24")])]) == 0
    capsys.readouterr()
    with Store.open(db) as st:
        assert members(st) == [["aden1", "aden2"], ["apple"]]
