"""Near-duplicate detection on real SaudiNewsNet republications."""
from __future__ import annotations

from marsad.corpus.dedup import find_duplicates, jaccard_estimate, signature

SPA = ("أكد الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني أن الاتهامات التي "
       "أطلقها نائب الرئيس العراقي نوري المالكي ضد المملكة العربية السعودية باطلة ومشينة، وأنها تأتي ضمن مساعيه "
       "المستمرة لتخريب علاقات العراق بأشقائه العرب، مشيرا إلى أن المملكة وقفت دائما إلى جانب العراق وشعبه.")


def test_republication_with_a_different_dateline_is_a_duplicate():
    a = "الرياض - واس\n" + SPA
    b = "(واس) " + SPA.replace("الدكتور ", "د. ") + " وأضاف أن دول المجلس تدعم وحدة العراق."
    assert jaccard_estimate(signature(a), signature(b)) > 0.5
    (group,) = find_duplicates([("spa", a, "2015-07-23"), ("paper", b, "2015-07-24")])
    assert group.origin == "spa" and group.members == ["spa", "paper"]


def test_unrelated_and_empty_texts_are_not_grouped():
    other = "أعلنت وزارة الصحة عن تسجيل حالات جديدة بفيروس كورونا في الرياض وجدة خلال الأيام الماضية وتواصل متابعتها."
    assert find_duplicates([("a", SPA, None), ("b", other, None), ("c", "", None), ("d", "", None)]) == []


def test_earliest_published_is_origin_whatever_the_order(saudinewsnet_day):
    arts = saudinewsnet_day("2015-07-23")
    groups = find_duplicates((str(i), a["content"], a["date_extracted"]) for i, a in enumerate(arts))
    assert len(groups) > 30
    for g in groups:
        dates = [arts[int(m)]["date_extracted"] for m in g.members]
        assert dates[0] == min(dates)
    # the Saudi relief plane to Aden was printed by at least four papers
    aden = [g for g in groups if any("عدن" in arts[int(m)]["title"] and "طائرة" in arts[int(m)]["title"] for m in g.members)]
    assert aden and len({arts[int(m)]["source"] for m in aden[0].members}) >= 4


def test_signatures_agree_across_processes_and_batches():
    import subprocess
    import sys

    import numpy as np

    from marsad.corpus.dedup import shingles, signatures

    code = ("import sys; from marsad.corpus.dedup import signature; "
            "sys.stdout.write(','.join(map(str, signature(sys.stdin.read()).tolist())))")
    out = subprocess.run([sys.executable, "-c", code], input=SPA, capture_output=True, text=True, check=True).stdout
    assert [int(x) for x in out.split(",")] == signature(SPA).tolist()
    other = "أعلنت وزارة الصحة عن تسجيل حالات جديدة بفيروس كورونا في الرياض وجدة خلال الأيام الماضية وتواصل متابعتها."
    batch = signatures([shingles(other), shingles(""), shingles(SPA)])
    assert np.array_equal(batch[2], signature(SPA)) and np.array_equal(batch[0], signature(other))


def test_exact_repeats_of_a_record_are_one_group_and_empty_records_none(saudinewsnet_day):
    arts = [a for a in saudinewsnet_day("2015-07-23") if len(a["content"]) > 500][:40]
    docs = [(f"r{i}", a["content"], a["date_extracted"]) for i, a in enumerate(arts)]
    docs += [("again", arts[0]["content"], arts[0]["date_extracted"]), ("empty1", "", None), ("empty2", "", None)]
    groups = find_duplicates(docs)
    assert any(g.members[:1] == ["r0"] and "again" in g.members for g in groups)
    assert not any(m.startswith("empty") for g in groups for m in g.members)
