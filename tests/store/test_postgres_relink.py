"""Incremental linking on both stores: a new document is linked with stored neighbours only, old links are kept."""
from __future__ import annotations

import pytest

from marsad.store import Store
from marsad.store.linking import LinkingMixin
from marsad.store.postgres import PgStore

from store_helpers import OTHER, REPORT, REPUBLISHED, make_doc, spy_loads

# real sentences (SaudiNewsNet, 2015-08-11) and their republication with a sentence added, dated far from the others
FAR = ("حصلت المصورة السعودية نجلاء الخليفة, على الميدالية الذهبية في مسابقة (PX3) الفرنسية لعام 2015م, عن "
       "محور مشروع كتاب فئة الطبيعة، بالإضافة إلى 3 أوسمة تقديرية عن فئة السفر والسياحة. وأوضحت المصورة نجلاء أن "
       "مسابقة (PX3) الفرنسية هي أحد أكبر وأهم المسابقات في أوروبا التي تسعى إلى تشجيع وتقدير التصوير الفوتوغرافي.")
FAR_COPY = FAR + " ويشارك بها آلاف المصوريين من حول العالم سنوياً."


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        st = Store.open(tmp_path / "s.db")
    else:
        st = PgStore.open(request.getfixturevalue("pg_url"))
    yield st
    st.close()


def _dups(st) -> list[list[str]]:
    return sorted(sorted(l["members"]) for l in st.links("duplicate"))


def test_new_document_loads_only_its_date_neighbourhood(store, monkeypatch):
    old = [store.add_document(make_doc(t, id=i, published=d)) for t, i, d in (
        (FAR, "far", "2015-06-01"), (FAR_COPY, "far2", "2015-06-02"),
        (REPORT, "a", "2015-07-21"), (OTHER, "c", "2015-07-30"))]
    store.relink(old, story_max=0)
    assert _dups(store) == [["far", "far2"]]
    loaded = spy_loads(monkeypatch, store)
    b = store.add_document(make_doc(REPUBLISHED, id="b", published="2015-07-23"))
    store.relink([b], story_max=0)
    assert loaded == [["b", "a"]]                            # the new document and its stored neighbour only
    assert _dups(store) == [["a", "b"], ["far", "far2"]]     # linked to the stored one; the old group kept
    assert [s["documents"] for s in store.stories()] == [["a", "b"], ["far", "far2"]]


def test_postgres_relink_never_reads_every_document_id(pg_url, monkeypatch):
    def whole_table(self):
        raise AssertionError("read every document id")

    with PgStore.open(pg_url) as st:
        ids = [st.add_document(make_doc(t, id=i, published=d)) for t, i, d in (
            (REPORT, "a", "2015-07-21"), (REPUBLISHED, "b", "2015-07-22"), (OTHER, "c", "2015-07-22"))]
        monkeypatch.setattr(LinkingMixin, "_doc_pks", whole_table)
        st.relink(ids, story_max=0)
        assert _dups(st) == [["a", "b"]]
