""""وكان متطرفون فتحوا أمس النار" is yesterday's news told in the pluperfect, not a recalled act, and so is a
bombing whose restating verb names today ("وكان تفجير انتحاري استهدف مساء اليوم"); drills "لتدمير
مفاعلات نووية" destroy nothing; a preacher who "هاجم التنظيم خلال خطبه" attacked it in words. A pluperfect
opening the sentence with a time of no day ("وكان مستوطنون اضرموا النار الاسبوع الفائت") frames its later clauses
("، فيما اصيب والداه"): they are not dated by the article's lead."""
from __future__ import annotations

from coded_events import plover, triggered


def test_a_pluperfect_of_yesterday_is_not_historical():
    _, evs = plover("وكان متطرفون فتحوا أمس، النار من سوريا على مركز حدودي للجيش التركي في كيليس، ما أدى إلى مقتل ضابط "
                    "صف واصابة عسكريين اثنين بجروح.", "2015-07-24")
    shots = [e for e in evs if e.event == "ASSAULT"]
    assert shots and all("historical" not in e.aux and e.date == "2015-07-23" for e in shots)
    _, evs = plover("وكان مسلحون قد فتحوا النار على مركز حدودي في كيليس عام 2012.", "2015-07-24")
    assert [e for e in evs if e.event == "ASSAULT" and "historical" in e.aux]


def test_an_attack_in_sermons_is_no_attack():
    doc, evs = plover("من ناحية ثانية، أعدم تنظيم داعش أمس الشيخ نجم الدين الجبوري، إمام وخطيب مسجد ناحية المشيرفة (جنوب "
                    "الموصل)، لأنه هاجم التنظيم خلال خطبه.", "2015-07-22")
    assert not [e for e in evs if e.event == "ASSAULT" and doc.text[e.trigger.start:e.trigger.end] == "هاجم"]


def test_drills_destroy_nothing():
    _, evs = plover("يجري الجيش الإسرائيلي تمرينات لتدمير مفاعلات نووية عن بعد، فيما قتل فلسطيني هو الثاني في غضون 24 ساعة "
                    "برصاص الجيش الإسرائيلي في الضفة الغربية المحتلة امس.", "2015-07-24")
    assert not [e for e in evs if e.event == "ASSAULT" and e.mode == "destroy"]


def test_a_bombing_restated_with_todays_date_is_not_historical():
    _, evs = plover("وكان تفجير انتحاري استهدف مساء اليوم الخميس مسجداً لقوة الطوارئ في عسير أسفر عن مقتل 10 جنود "
                    "وثلاثة من العاملين في الموقع.", "2015-08-06")
    bombs = [e for e in evs if e.event == "ASSAULT"]
    assert bombs and all("historical" not in e.aux and e.date == "2015-08-06" for e in bombs)


def test_a_pluperfect_frame_of_last_week_dates_its_later_clauses_by_no_day():
    text = ("أعلنت وزارة الصحة الفلسطينية اليوم السبت وفاة والد الرضيع علي دوابشة متأثرا بجروحه.\n"
            "وكان مستوطنون ارهابيون اضرموا النار الاسبوع الفائت في منزل عائلة دوابشة في قرية دوما جنوب نابلس، ما ادى "
            "الى استشهاد الرضيع علي دوابشة، فيما اصيب والداه وشقيقه احمد بجراح خطيرة.")
    hurt = triggered(text, "2015-08-08", "ASSAULT", "اصيب")
    assert hurt and all(e.date is None for e in hurt), [(e.date, e.aux) for e in hurt]
