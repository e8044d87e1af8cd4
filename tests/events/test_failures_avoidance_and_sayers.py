"""Readings fixed from a 2015 news sample read by hand.

An agreement whose reaching "failed" ("الإخفاق في التوصل لاتفاق") was not made; an alert that talks aim to "avoid"
("وتجنب استنفار") did not happen; and "ونفى التقي" names the analyst Samir al-Taqi after a verb of saying, not a
meeting ("التقى"). An appeal to one's own followers ("أتباع جماعة الحوثي") is to the public, and arrests made
"من مارس وحتى ديسمبر 2014" began in March 2014. Talks a leader "يسعى إلى" are sought, not held. A
visit named after a call ("داعيا خلال زيارته واشنطن الى حل سلمي") is when the call was made, not what it asks for.
"وانسحب هذا المشهد على ريف إدلب" (the scene carried over) is no withdrawal, and deaths "في 3 حوادث متفرقة" are accidents.
"التعاون الخليجي" names the Gulf Cooperation Council; what "غالبا ما" happens is told as habitual, not as today's act.
A withdrawal people "يحبذون" and a visit on whose "عشية" someone speaks are still to come, and so is a visit someone
"توقع"; the dead of "زلزالا" (an earthquake, accusative) are no attack; "شارع 26 سبتمبر" names a street, not a day.
"""
from __future__ import annotations

from coded_events import plover


def _events(text: str, published: str = "2015-07-25"):
    return plover(text, published)


def test_an_agreement_that_failed_to_come_is_not_coded():
    _, evs = _events("وقال وزير التجارة الاسترالي أندرو روب إن المشكلة تكمن في الاقتصاديات\"الأربع الكبرى\" وهي الولايات "
                     "المتحدة وكندا واليابان والمكسيك ، ويمثل الاخفاق في التوصل لاتفاق نكسة للرئيس الأمريكي باراك أوباما "
                     "في ضوء الموقف من الاتفاقية التجارية.")
    assert not [e for e in evs if e.event == "AGREE"]


def test_an_alert_to_be_avoided_is_no_mobilisation():
    _, evs = _events("وتصاعد الحديث عن تنسيق بين التحالف الدولي لمحاربة الإرهاب الذي تقوده الولايات المتحدة، والنظام "
                     "السوري، بخصوص تجنب احتكاك بين الطائرات، وتجنب استنفار أنظمة الدفاع الجوي السورية ضد الطائرات "
                     "الأميركية.")
    assert not [e for e in evs if e.event == "MOBILIZE"]


def test_a_surname_after_a_verb_of_saying_is_no_meeting():
    _, evs = _events("وقال مدير مركز «الشرق» للبحوث الاستراتيجية سمير التقي لـ«الشرق الأوسط» إن هناك «تنسيقًا غير "
                     "مباشر» بين التحالف والنظام السوري. ونفى التقي، مستندًا إلى معلومات، أي تنسيق مع الجانب التركي، "
                     "«لأن هيئتي أركان البلدين لا يتواصلان».")
    assert not [e for e in evs if e.event == "CONSULT"]


def test_the_meeting_verb_still_codes_after_its_subject():
    _, evs = _events("وقال المتحدث إن وزير الخارجية السعودي التقى نظيره الأمريكي جون كيري في الرياض أمس.")
    assert [e for e in evs if e.event == "CONSULT"]


def test_an_appeal_to_ones_own_followers_is_to_the_public():
    _, evs = _events("وطالب أسامه ساري أتباع جماعة الحوثي، بالقيام، وعدم الانشغال بـ«فيسبوك»، مؤكدا أن هذا «تعميم علوي صدر "
                     "لكل مؤمن مجاهد» على حد وصفه.", "2015-08-09")
    assert not [e for e in evs if e.event == "REQUEST"]


def test_arrests_in_a_range_of_months_take_the_ranges_year():
    _, evs = _events("وأوضحت المنظمة الدولية في تقرير مفصل نشرته امس، أنها أجرت مقابلات مع أربعة صبية فلسطينيين، كانت "
                     "القوات الإسرائيلية قد اعتقلتهم من مناطق الضفة الغربية والقدس المحتلة (خلال الفترة من مارس وحتى "
                     "ديسمبر 2014)، في حوادث منفصلة.", "2015-08-10")
    arrests = [e for e in evs if e.event == "COERCE"]
    assert arrests and arrests[0].date == "2014-03" and "historical" in arrests[0].aux


def test_talks_someone_seeks_are_not_yet_held():
    _, evs = _events("ويسعى الرئيس الأفغاني أشرف غني إلى عقد محادثات سلام مع حركة طالبان في باكستان.", "2015-08-10")
    assert not [e for e in evs if e.event == "CONSULT"]


def test_a_visit_during_which_a_call_was_made_is_not_a_plan():
    _, evs = _events("وكان مسؤول في اقليم كردستان العراقي قد طالب تركيا بوقف غاراتها الجوية على متمردي حزب العمال "
                     "الكردستاني المتمركزين في أراضيه داعيا خلال زيارته واشنطن الى حل سلمي للنزاع.", "2015-08-10")
    visits = [e for e in evs if e.event == "CONSULT"]
    assert visits and "future" not in visits[0].aux


def test_a_scene_that_carried_over_is_no_withdrawal():
    _, evs = _events("بدوره، قال قائد جبهة النصرة في اللاذقية عبد الله المحيسني في تصريح له إن «المعارك لم تعد محصورة في "
                     "مناطقنا». وأكد المحيسني، أن «المجاهدين احتفظوا بثلثي ما تم تحريره».\n\n"
                     "وانسحب هذا المشهد على ريف إدلب، حيث نفّذ الطيران الحربي غارات عدة، طالت مدينة بنش وبلدات طعوم "
                     "وسرمين بريف إدلب الشمالي.", "2015-08-03")
    assert not [e for e in evs if e.event == "RETREAT"]
    _, evs = _events("وانسحبت القوات العراقية من مدينة الرمادي أمس بعد هجوم واسع لتنظيم داعش.", "2015-08-03")
    assert [e for e in evs if e.event == "RETREAT"]


def test_deaths_in_separate_incidents_are_accidents():
    _, evs = _events("لقي 3 أشخاص مصرعهم وأصيب 15 آخرون في 3 حوادث متفرقة بالطائف، وباشرت عمليات الهلال الأحمر بالطائف "
                     "الحوادث.", "2015-08-03")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_the_gulf_cooperation_council_is_no_cooperation():
    _, evs = _events("قال وزير الخارجية عادل الجبير اليوم أن اجتماع وزراء خارجية التعاون الخليجي و نظيرهم الأمريكي جون كيري "
                     "كان مثمراً وبناءً لمجلس التعاون و تمت فيه مناقشة التصدي لسياسة إيران العدوانية في المنطقة.",
                     "2015-08-03")
    assert not [e for e in evs if e.event == "COOPERATE"]


def test_what_often_happens_is_no_act_of_the_day():
    _, evs = _events("وغالبا ما يقع ضحايا من المدنيين في هجمات المتمردين وتقول بعثة الامم المتحدة في افغانستان ان قرابة "
                     "الف افغاني قتلوا في الاشهر الاربعة الاولى من العام الحالي.", "2015-07-22")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all("historical" in e.aux for e in attacks)


def test_a_wish_and_the_eve_of_a_visit_are_still_to_come():
    _, evs = _events("وأضافت إن الاستطلاع أظهر أن 48 في المئة من الألمان يحبذون انسحاب اليونان من منطقة اليورو.",
                     "2015-07-22")
    assert [e.aux for e in evs if e.event == "RETREAT"] == [["future"]]
    _, evs = _events("وفي خطاب متلفز أمس عشية زيارة اوباما، اقر الرئيس الكيني اوهورو كينياتا بوجود تهديد ارهابي.",
                     "2015-07-22")
    assert [e.aux for e in evs if e.event == "CONSULT"] == [["future"]]


def test_solidarity_told_today_is_still_support():
    # "اليوم" two words before the trigger is no "يوم التضامن" (a day named for solidarity)
    _, evs = _events("وشدد المتحدث الرسمي باسم وزارة الخارجية المصرية السفير بدر عبدالعاطي في تصريحات له اليوم على تضامن "
                     "مصر مع أشقائها العرب في مواجهة أية تدخلات خارجية في ضوء الارتباط العضوي للأمن العربي وأمن منطقة الخليج "
                     "العربي بالأمن المصري.", "2015-07-22")
    assert [e for e in evs if e.event == "SUPPORT"]


def test_an_earthquakes_dead_are_no_attack_and_an_expected_visit_is_to_come():
    _, evs = _events("قال متحدث باسم حكومة الكونغو إنّ زلزالا قوته 5.6 درجة هز شرق جمهورية الكونغو الديمقراطية في وقت مبكر "
                     "اليوم (الجمعة)، مما أسفر عن مقتل ثلاثة على الأقل.", "2015-08-07")
    assert not [e for e in evs if e.event == "ASSAULT"]
    _, evs = _events("توقع السكرتير الصحفي لمكتب الرئاسة اليمنية مختار الرحبي زيارة مفاجئة للرئيس عبد ربه منصور هادي إلى "
                     "عدن خلال الأيام القليلة المقبلة، على غرار زيارة نائب الرئيس خالد بحاح إلى عدن أمس الأول.",
                     "2015-08-07")
    assert [e.aux for e in evs if e.event == "CONSULT"] == [["future"]]


def test_clashes_in_a_street_named_for_a_day_are_not_dated_by_it():
    _, evs = _events("وفي مدينة تعز تواصلت الاشتباكات بين المقاومة الشعبية والحوثيين وقوات صالح في منطقة الضباب وحوض "
                     "الاشراف فيما قصف الحوثيون وقوات صالح احياء سكنية ما ادى الى اندلاع النيران في بعض المباني وخاصة في "
                     "شارع 26 سبتمبر.", "2015-07-23")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all(e.date != "2014-09-26" for e in attacks)
