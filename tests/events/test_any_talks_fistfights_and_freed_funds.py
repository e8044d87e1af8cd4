""""لن نجري أي محادثات" holds no talks; "اشتباكات بالأيدي" is a fistfight, no armed clash; money freed ("أفرجت عن 120
مليون دولار") frees no one."""
from __future__ import annotations

from coded_events import plover


def test_no_talks_of_any_kind():
    _, evs = plover("وكان خامنئي قال بعد أن أم صلاة العيد في طهران يوم السبت الماضي «لن نجري أي محادثات مع الولايات "
                    "المتحدة بشأن قضايا ثنائية أو إقليمية».", "2015-08-06")
    assert not [e for e in evs if e.event == "CONSULT"]


def test_a_fistfight_is_no_clash():
    _, evs = plover("تدخلت الجهات الأمنية في المدينة المنورة أمس لفض اشتباكات بالأيدي بين أحد أطباء مركز القلب بالمدينة "
                    "المنورة وعدد من أبناء إحدى السيدات.", "2015-08-06")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_freed_funds_free_no_one():
    _, evs = plover("وكان المدعي العام قد أعلن في آذار (مارس) الماضي أن سويسرا أفرجت عن 120 مليون دولار من أصل 400 مليون "
                    "دولار.", "2015-08-06")
    assert not [e for e in evs if e.event == "RETREAT"]
    _, evs = plover("وأفرجت إيران عن بحارة بريطانيين.", "2015-08-06")
    assert [e for e in evs if e.event == "RETREAT"]
