"""A letter an op-ed writer imagines ("يتخيّل") agrees to nothing; talks that "ستتضمن" something are still to
come; a threat of suicide is no threat to another actor; a killing "بعد 6 سنوات من" which something happens is
recalled history."""
from __future__ import annotations

from coded_events import plover


def test_an_imagined_letter_agrees_to_nothing():
    _, evs = plover('وفي مقاله "إيميل من عزام الدخيل"، بصحيفة "الوطن"، يتخيّل "عسيري" أن الدكتور "الدخيل" يرسل هذه '
                    'الرسالة إلى وكيل الوزارة لشؤون الابتعاث، موافقاً على مقترح ضم جميع المبتعثين إلى البرنامج، يقول '
                    '"عسيري" على لسان "الدخيل": "سعادة وكيل الوزارة لشؤون الابتعاث اعتمدوا إبلاغ الشركة المسؤولة عن '
                    'التأمين الطبي للطلبة والطالبات المبتعثين موافقتنا بإعطاء جميع السعوديين والسعوديات وعائلاتهم '
                    'الدارسين على حسابهم الخاص".', "2015-08-10")
    assert not [e for e in evs if e.event == "AGREE"]


def test_talks_that_will_include_are_still_to_come():
    _, evs = plover("من جهة أخرى أوضح بيان صادر من الخارجية الروسية أن مباحثات الجبير مع لافروف ستتضمن تطبيق الاتفاقات "
                    "حول تكثيف التعاون الروسي السعودي.", "2015-08-10")
    assert not [e for e in evs if e.event == "CONSULT" and "future" not in e.aux]


def test_a_threat_of_suicide_is_no_threat():
    _, evs = plover("هدد المواطن صالح الحازمي من عرعر بوضع حد لحياته مساء اليوم بالانتحار في حال لم يتم نقل زوجته "
                    "صلفة الحازمي التي تُعاني تليفا بالرئة وترقد في قسم العناية المركزة بمستشفى عرعر المركزي.",
                    "2015-07-31")
    assert not [e for e in evs if e.event == "THREATEN"]


def test_a_threat_against_others_stays():
    _, evs = plover("هدد الجيش الكوري الجنوبي ، اليوم ، بالرد على كوريا الشمالية ، بعد اتهامه \"بيونجيانج\" بزرع ألغام "
                    "أرضية داخل المنطقة الحدودية المنزوعة السلاح.", "2015-08-11")
    assert [e for e in evs if e.event == "THREATEN"]


def test_a_killing_years_before_is_historical():
    _, evs = plover("وبعد 6 سنوات من قتل 12 شخصا في مدرسة كولمبين الثانوية، في دنفر (كولورادو).", "2015-08-10")
    killed = [e for e in evs if e.event == "ASSAULT"]
    assert killed and all("historical" in e.aux for e in killed)
