"""Sentences of 2015 news read by hand. An attack noun and its adjective ("شنوا هجوما انتحاريا"), or an attack and the
deaths a verb of outcome joins to it however far ("... مما أسفر عن مقتل اثنين"), report one attack; the day of a
condemnation does not date the attack it condemns ("استنكر ... في تصريح له أمس، الهجوم الإرهابي الذي استهدف");
talks whose round was postponed ("إرجاء الجولة الثانية من محادثات السلام") were not held; the results of a visit
("نتائج زيارة") tell a visit made before the news; and an act done "مؤخرا" takes no day, not even the article's."""
from __future__ import annotations

from coded_events import plover, triggered

LEAD = "قال مسؤولون أمس إن الأوضاع هادئة.\n"


def test_an_attack_its_adjective_and_its_outcome_are_one_attack():
    text = ("وأوضحت وكالة أنباء «الأناضول» التركية، أن عناصر من الحزب شنوا هجوما انتحاريا على مخفر للدرك في قضاء "
            "دوجو بيازيد بولاية أجري شرقي تركيا مما أسفر عن مقتل اثنين من الشرطة العسكرية، وحمل الجيش مسلحين أكرادا "
            "مسؤولية ذلك الانفجار.")
    _, evs = plover(text, "2015-08-03")
    assert len([e for e in evs if e.event == "ASSAULT"]) == 1, [(e.event, e.trigger) for e in evs]


def test_the_day_of_a_condemnation_does_not_date_the_attack():
    text = ("واستنكر نقيب الأشراف، محمود الشريف، في تصريح له أمس، الهجوم الإرهابي الذي استهدف مسجد قوات الطوارئ "
            "بمنطقة أبها في السعودية، وأسفر عن سقوط ضحايا من رجال الأمن السعودي وإصابة آخرين.")
    attacks = triggered(text, "2015-08-09", "ASSAULT", "الهجوم")
    assert attacks and all(e.date is None for e in attacks), [(e.date, e.aux) for e in attacks]


def test_a_condemned_attack_keeps_the_day_written_after_it():
    text = "وأدانت الحكومة المصرية الهجوم الذي شنه مسلحون أمس على كمين للجيش في شمال سيناء وأسفر عن مقتل خمسة جنود."
    attacks = triggered(text, "2015-08-09", "ASSAULT", "الهجوم")
    assert [e.date for e in attacks] == ["2015-08-08"], [(e.date, e.aux) for e in attacks]
    _, evs = plover(text, "2015-08-09")
    assert len([e for e in evs if e.event == "ASSAULT"]) == 1      # its deaths are its outcome


def test_postponed_talks_were_not_held():
    text = ("وفي سياق متصل، أعلنت السلطات الباكستانية الخميس إرجاء الجولة الثانية من محادثات السلام بين الحكومة "
            "الأفغانية وحركة طالبان غداة الإعلان عن مقتل زعيمها التاريخي الملا محمد عمر.")
    _, evs = plover(text, "2015-07-31")
    assert not [e for e in evs if e.event == "CONSULT" and not {"negated", "future"} & set(e.aux)]


def test_the_results_of_a_visit_tell_an_earlier_visit():
    text = (LEAD + "وبين أن مجلس الوزراء استمع في هذا الشأن إلى نتائج زيارة الأمير محمد بن سلمان ولي ولي العهد "
            "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع للأردن واجتماعه مع الملك عبدالله الثاني.")
    visits = triggered(text, "2015-08-10", "CONSULT", "زيارة")
    assert visits and all(e.date is None for e in visits), [(e.date, e.aux) for e in visits]


def test_an_act_done_recently_takes_no_day():
    text = (LEAD + "ومؤخرا اعتقلت حماس التي قمعت بقسوة الحركات المتطرفة، عشرات من الاوساط السلفية الناشطة في القطاع.")
    arrests = triggered(text, "2015-07-22", "COERCE", "اعتقلت")
    assert arrests and all(e.date is None for e in arrests), [(e.date, e.aux) for e in arrests]
    arrests = triggered(LEAD + "واعتقلت حماس عشرات من الاوساط السلفية الناشطة في القطاع.", "2015-07-22", "COERCE",
                        "واعتقلت")
    assert [e.date for e in arrests] == ["2015-07-21"]
