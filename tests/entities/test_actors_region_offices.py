"""An office of a region gives its holder the region's country, and a lineage name's shorter and longer forms are
one person (SaudiNewsNet, 2015)."""
from __future__ import annotations

from marsad.api import analyze


def persons(text: str) -> list[tuple[str, str | None, int | None]]:
    d = analyze(text, published="2015-07-30").to_dict()
    return [(e["text"], (e.get("actor") or {}).get("country"), e.get("cluster")) for e in d["entities"]
            if e["label"] == "PER"]


def test_emir_of_a_region_after_the_name_gives_the_country():
    got = persons("استقبل صاحب السمو الملكي الأمير خالد الفيصل أمير منطقة مكة المكرمة أمس السفير الأمريكي.")
    assert ("خالد الفيصل", "SAU") in [(t, c) for t, c, _ in got]


def test_shorter_lineage_name_is_the_same_person():
    got = persons("عزى الأمير فيصل بن سلمان بن عبد العزيز أمير منطقة المدينة المنورة ذوي الشهيد.\n"
                  "وأكد الأمير فيصل بن سلمان أن المنطقة تعمل على راحة الزوار.")
    assert [(t, c) for t, c, _ in got] == [("فيصل بن سلمان بن عبد العزيز", "SAU"), ("فيصل بن سلمان", "SAU")]
    assert got[0][2] == got[1][2]


def test_different_lineages_stay_apart():
    got = persons("وقال محمد بن علي إن الاجتماع ناجح. وأكد محمد بن خالد أنه سيحضر.")
    assert len({cid for _, _, cid in got}) == 2


def test_saudi_regions_are_places():
    d = analyze("افتتح المهرجان في عسير أمس، وأكد أمير منطقة القصيم أن الاستعدادات اكتملت.",
                published="2015-07-30").to_dict()
    places = {e["text"]: (e.get("place") or {}).get("country") for e in d["entities"] if e["label"] == "LOC"}
    assert places.get("عسير") == "SAU" and places.get("القصيم") == "SAU"


def test_emir_of_a_region_before_the_title_and_name_gives_the_country():
    for text, name in (("وأكد أمير منطقة القصيم الأمير فيصل بن مشعل أن الاستعدادات اكتملت.", "فيصل بن مشعل"),
                       ("وأكد أمير منطقة تبوك الأمير فهد بن سلطان أن المشروع يخدم الأهالي.", "فهد بن سلطان")):
        assert (name, "SAU") in [(t, c) for t, c, _ in persons(text)]


def roles(text: str) -> list[tuple[str, str | None]]:
    d = analyze(text, published="2015-07-30").to_dict()
    return [(e["text"], (e.get("actor") or {}).get("code")) for e in d["entities"] if e["label"] == "ROLE"]


def test_a_country_after_ل_in_a_visit_is_where_the_office_holder_went():
    """"زيارة وزير الدفاع للأردن": Saudi Arabia's defence minister visited Jordan; he is no Jordanian minister. Where
    no visit is told ("شغل منصب وزير الخارجية للمملكة العربية السعودية", "كرئيس للولايات المتحدة") the country is
    the office's."""
    got = roles("وأكد الرئيس المصري أهمية زيارة ولي ولي العهد لمصر.")
    assert not [r for r in got if "العهد" in r[0] and r[1] == "EGYGOV"], got
    got = roles("وجاءت زيارة وزير الدفاع للأردن واجتماعه مع جلالة الملك.")
    assert not [r for r in got if r[1] and r[1].startswith("JOR")], got
    got = roles("شغل فيها منصب وزير الخارجية للمملكة العربية السعودية أربعين عاما.")
    assert [r for r in got if r[1] == "SAUGOV"], got
