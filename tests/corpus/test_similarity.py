"""Story similarity on real reports: the same happening across outlets versus different happenings."""
from __future__ import annotations

from marsad.corpus.similarity import Profile, similarity
from marsad.corpus.stories import cluster_stories

from corpus_reports import ADEN_1, ADEN_2, APPLE


def prof(pid: str, pair: tuple[str, str], ents: set[str], date: str | None = None) -> Profile:
    title, body = pair
    return Profile(id=pid, title=title, lead=title + "\n" + body, entities=set(ents), lead_date=date)


def test_same_happening_scores_higher_than_different_ones():
    a = prof("a", ADEN_1, {"عدن", "مركز الملك سلمان للاغاثه"})
    b = prof("b", ADEN_2, {"عدن", "مركز الملك سلمان للاغاثه"})
    c = prof("c", APPLE, {"ابل"})
    ab, ac = similarity(a, b), similarity(a, c)
    assert 0 <= ac.score < ab.score <= 1
    assert ab.same_story and not ac.same_story


def test_lead_events_days_apart_are_different_stories():
    a = prof("a", ADEN_1, {"عدن"}, "2015-07-23")
    b = prof("b", ADEN_1, {"عدن"}, "2015-06-01")
    s = similarity(a, b)
    assert s.parts["lead_days_apart"] == 52 and not s.same_story


def test_cross_language_report_of_the_same_happening_is_close():
    en = Profile(id="en", title="Second Saudi relief plane lands in Aden",
                 lead="A second Saudi cargo plane carrying food and medical aid from the King Salman relief centre "
                      "landed at Aden airport today to help the Yemeni people.")
    ar = prof("ar", ADEN_1, set())
    other = prof("x", APPLE, set())
    assert similarity(en, ar).score > similarity(en, other).score


def test_clustering_groups_the_two_aden_reports():
    profiles = [prof("a", ADEN_1, {"عدن"}), prof("c", APPLE, {"ابل"}), prof("b", ADEN_2, {"عدن"})]
    stories = sorted(sorted(s.ids) for s in cluster_stories(profiles))
    assert stories == [["a", "b"], ["c"]]


def test_english_profiles_get_names_from_capitalised_words():
    from marsad.doc import Document
    from marsad.corpus.similarity import profile_of

    text = ("Second Saudi relief plane lands in Aden\n"
            "A second Saudi cargo plane carrying food and medical aid landed at Aden airport on Thursday. "
            "The aid was sent by the King Salman Centre for Relief, officials said. He said more flights would follow.")
    doc = Document(text=text, id="en1", title="Second Saudi relief plane lands in Aden", language="en")
    p = profile_of(doc)
    assert {"aden", "king salman centre for relief"} <= p.entities
    assert not p.entities & {"the", "he", "a", "officials"}
