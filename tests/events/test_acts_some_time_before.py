"""An act told as what the news came "some time after" ("بعد وقت قصير على مقتل 32 شخصا في سروج") happened before
it: the article's lead date is not its date, nor does the bombing of the same sentence lend it one."""
from __future__ import annotations

from coded_events import plover

LEAD = "قصفت المدفعية التركية أمس مواقع لحزب العمال الكردستاني في شمال العراق.\n"


def test_an_act_some_time_before_the_news_takes_no_lead_date():
    _, evs = plover(LEAD + "ويأتي دخول تركيا المعركة ضد تنظيم داعش، ثم شن حملة على حزب العمال الكردستاني، بعد وقت قصير "
                    "على مقتل 32 شخصا في مدينة سروج التركية الحدودية في تفجير انتحاري نسب للتنظيم سيساعد على خلق «منطقة آمنة» "
                    "في المنطقة الحدودية في شمال سورية.", "2015-07-27")
    suruc = [e for e in evs if e.event == "ASSAULT" and e.evidence.start > len(LEAD) - 1]
    assert suruc and all(e.date is None for e in suruc)
    shelling = [e for e in evs if e.event == "ASSAULT" and e.evidence.start < len(LEAD)]
    assert [e.date for e in shelling] == ["2015-07-26"]
