"""Readings fixed from a 2015 news sample read by hand.

A statement on a sentence carried out ("تنفيذ حكم القتل قصاصًا في أحد الجناة ... أقدم على قتل آخر") recalls the
crime: it is historical and not dated by the statement's "اليوم"; forces that "تلتقي ... مع المحور الثاني" join up,
no one meets; and after a bus crash ("بعدما تحطمت حافلة سياحية") the injuries told without a doer are the crash's.
"""
from __future__ import annotations

from coded_events import plover


_events = plover


def test_the_crime_behind_an_execution_is_recalled_and_undated():
    _, evs = _events("أصدرت وزارة الداخلية اليوم بيانا بشأن تنفيذ حكم القتل قصاصًا في أحد الجناة سعودي الجنسية بمنطقة "
                     "جازان أقدم على قتل آخر سعودي الجنسية وذلك بإطلاق النار عليه من مسدس طلقة واحدة أصابته في صدره "
                     "مما أدى إلى وفاته إثر مشاجرة حدثت بينهما .", published="2015-08-06")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all("historical" in e.aux and e.date is None for e in attacks)


def test_forces_joining_up_meet_no_one():
    _, evs = _events("ويتوقع بحسب مصدر عسكري، أن تلتقي القوة الذي يقودها العميد ركن فضل حسن التي تمكنت من طرد آخر جيوب "
                     "الحوثيين من آخر نقطة في قاعدة العند المثلث صباح أمس، خلال الأيام المقبلة مع المحور الثاني الذي "
                     "يقوده العميد عبد الله الصبيحي في تعز.", published="2015-08-04")
    assert not [e for e in evs if e.event == "CONSULT"]
    _, evs = _events("والتقى وزير الخارجية السعودي عادل الجبير في الرياض أمس قائد القوات الأمريكية في المنطقة.",
                     published="2015-08-04")
    assert [e for e in evs if e.event == "CONSULT"]


CRASH = ("قال مسؤول في تايلاند، أمس: إن شخصا لقي حتفه وأصيب عدد آخر بعدما تحطمت حافلة سياحية في جزيرة بوكيت. "
         "وانزلقت الحافلة، التي كانت تحمل سائحين معظمهم صينيون، من على الطريق بسبب الأمطار الغزيرة. ")


def test_injuries_told_after_a_crash_are_the_crashs():
    doc, evs = _events(CRASH + "وأصيب عدة أشخاص بجروح خطيرة واحتاج عشرات آخرون للعلاج.", published="2015-07-27")
    assert not [e for e in evs if e.event == "ASSAULT"]
    assert any(d["why"] == "deaths or injuries in an accident, not an attack"
               for d in doc.meta["events_not_reported"])


def test_an_attack_with_its_doer_ends_the_crashs_story():
    doc, evs = _events(CRASH + "وفي سياق آخر، قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش جنوب البلاد. "
                       "وأصيب خمسة آخرون بجروح.", published="2015-07-27")
    attacks = [e.to_dict(doc) for e in evs if e.event == "ASSAULT"]
    assert any((x["actor"] or {}).get("entity_text") == "مسلحون" for x in attacks)
    assert any(x["trigger"]["text"] == "وأصيب" for x in attacks)


def test_the_punishment_carried_out_is_todays_act():
    _, evs = _events("نفذت وزارة الداخلية اليوم حكمين بالقتل أحدهما قصاصًا في أحد الجناة بمنطقة جازان والآخر تعزيراً في "
                     "مهرب مخدرات بمحافظة جدة.", published="2015-08-06")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all("historical" not in e.aux for e in attacks) and attacks[0].date == "2015-08-06"


def test_an_old_date_opening_a_paragraph_frames_its_later_acts():
    text = ("> في 20 مايو (أيار) 1990، نفذ المجرم عامي بوبر جريمة إرهابية مهولة؛ إذ داهم مجموعة من العمال الفلسطينيين "
            "كانوا ينتظرون عند محطة للحافلات في ريشون لتسيون. قتل بوبر 7 عمال فلسطينيين وأصاب 11 آخرين بجراح.")
    _, evs = _events(text, published="2015-08-06")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all(e.date == "1990-05-20" and "historical" in e.aux for e in attacks)
    # a date of the publication's own days frames nothing
    _, evs = _events("وفي 5 أغسطس 2015، اجتمع مجلس الأمن في نيويورك. وقتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش.",
                     published="2015-08-06")
    assert all("historical" not in e.aux for e in evs if e.event == "ASSAULT")


CAMPUS = ("وذكر أن هذه هي المرة الأولى منذ فترة طويلة جدًا يتم اطلاق النار على منطقة الحرم الجامعي، حيث كانت جريمة القتل "
          "السابقة في الحرم الجامعي في عام 1993، عندما قتل شخصان في تبادل إطلاق ناري بين عصابتين في الرابع من يوليو أثناء "
          "بدء الألعاب النارية في ملعب سيسنا.")


def test_an_old_date_after_the_act_in_a_recalled_clause_does_not_date_it():
    doc, evs = _events("لقي طالب سعودي مبتعث مصرعه صباح أول من أمس داخل حرم الجامعة بعدما أطلق عليه النار. " + CAMPUS,
                       published="2015-08-08")
    shooting = [e for e in evs if e.event == "ASSAULT" and "اطلاق" in doc.text[e.trigger.start:e.trigger.end]]
    assert shooting and shooting[0].date != "2015-07-04" and not (shooting[0].date or "").startswith("1993")


def test_an_old_date_opening_the_sentence_dates_its_story():
    _, evs = _events("وكان جيمس هولمس قد دخل بسلاحه في 20 يوليو 2012 الى دور للسينما تعرض فيلما عن باتمان وكانت القاعة "
                     "مكتظة بالمشاهدين ، وقال احد الشهود انه اطلق قنبلة دخانية قبل ان يفتح النار عشوائيا من مسدس حربي "
                     "وبندقية صيد ما اسفر عن مقتل 12 شخصا بينهم طفلة في السادسة من العمر.", published="2015-08-07")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all(e.date == "2012-07-20" and "historical" in e.aux for e in attacks)
