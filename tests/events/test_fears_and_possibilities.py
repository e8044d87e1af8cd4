"""A fear of arrest ("وخوفا من اعتقاله مجددا") and a "possible" rejection ("ضد الرفض المحتمل") are not acts; an act
in "القرن الثامن عشر" is recalled history; a call on "أنصار طالبان" (the group's supporters) is to the public; talks
China "ستستضيف" are still to come."""
from __future__ import annotations

from coded_events import plover


def test_an_arrest_feared_is_no_arrest():
    doc, evs = plover("كان معروفا منذ فترة طويلة بمعارضته لهتلر وللفكرة النازية فهرب الى الهند في خريف 1939 بحجة تسلق "
                      "جبل إيفرست.. ولكنه حين وصل الى هناك كانت بريطانيا قد أعلنت الحرب على هتلر فتم اعتقاله من قبل "
                      "السلطات البريطانية في الهند. وبعد قضاء فترة في معسكرات الاعتقال البريطانية هرب مع أحد أصدقائه "
                      "الى جبال التيبت. وخوفا من اعتقاله مجددا قرر الوصول لمدينة ليهاسا المقدسة.", "2015-08-06")
    assert not [e for e in evs if e.event == "COERCE" and "مجددا" in doc.text[e.evidence.start:e.evidence.end]]


def test_a_possible_rejection_is_no_rejection():
    _, evs = plover("وهدد أوباما باستخدام حق النقض ضد الرفض المحتمل الذي يمكن إسقاطه أغلبية الثلثين في مجلسي الشيوخ "
                    "والنواب لوقف الاتفاق، وعقد المدير العام للوكالة الدولية للطاقة الذرية يوكيا أمانو في واشنطن أمس "
                    "اجتماعًا سريًا مع النواب في لجنة العلاقات الخارجية بمجلس الشيوخ.", "2015-08-05")
    assert not [e for e in evs if e.event == "REJECT"]


def test_an_act_in_an_old_century_is_historical():
    _, evs = plover("في أمريكا في القرن الثامن عشر الميلادي دعا بعض القادة الدينيين الناس أن يخففوا من شرب الخمر، "
                    "ووافقتهم الحكومة الأمريكية على ذلك ففرضت غرامات على السكارى.", "2015-07-25")
    agree = [e for e in evs if e.event == "AGREE"]
    assert agree and all("historical" in e.aux for e in agree)


def test_a_call_on_a_groups_supporters_is_to_the_public():
    _, evs = plover("ودعا منصور أنصار طالبان الى الوحدة، وذلك في رسالته الصوتية الاولى منذ تزعمه الحركة التي تشهد اسوأ "
                    "ازمة قيادة لها في السنوات الاخيرة.", "2015-08-08")
    assert not [e for e in evs if e.event == "REQUEST"]


def test_talks_a_country_will_host_are_still_to_come():
    _, evs = plover("قال مسؤول أفغاني أمس الجمعة إن الصين ستستضيف، على الأرجح، الجولة الثانية من المحادثات بين الحكومة "
                    "الأفغانية وحركة طالبان في الأسبوع المقبل، مما يعزز الآمال بتحقيق تقدم.", "2015-08-01")
    assert not [e for e in evs if e.event == "CONSULT" and "future" not in e.aux]
