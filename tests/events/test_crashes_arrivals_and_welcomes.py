""""إثر تصادم على طريق" and "حادثًا مروريًا" tell road accidents, not attacks; gunmen who "قدموا ... لاختطاف" came
to kidnap, which is not told as done; a governor named "فهد بن ... بن معمر" who welcomes "كافة المشاركين" is
courteous, not supporting anyone."""
from __future__ import annotations

from coded_events import plover


def test_a_collision_on_a_road_is_an_accident():
    _, evs = plover("لقي شخصان مصرعهما وأصيب 4 آخرون إثر تصادم على طريق الدمام/الرياض بعد كوبري المعادن.",
                    "2015-08-08")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_a_traffic_accident_in_the_accusative_is_an_accident():
    _, evs = plover("وفي تمام الساعة الثانية بعد الظهر استقبلت طوارئ المستشفى حادثًا مروريًا أصيب فيه رجل وامرأة تم "
                    "تحويلهما إلى مستشفى الملك عبدالله.", "2015-08-08")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_gunmen_who_came_to_kidnap_are_not_told_to_have_kidnapped():
    _, evs = plover('وقال مصدر محلي لـ"الاقتصادية" إن مسلحين حوثيين قدموا إلى قرية "الجنادية" في أرحب لاختطاف عدد من '
                    'أبناء القرية.', "2015-08-08")
    assert not [e for e in evs if e.event == "ASSAULT" and "future" not in e.aux]


def test_welcoming_all_participants_is_a_courtesy():
    _, evs = plover("ورحب محافظ الطائف فهد بن عبدالعزيز بن معمر بكافة المشاركين في هذا الملتقى من أصحاب السمو الملكي "
                    "الأمراء والمعالي الوزراء وكبار المسؤولين وممثلي الدول المشاركة.", "2015-08-08")
    assert not [e for e in evs if e.event == "SUPPORT"]
