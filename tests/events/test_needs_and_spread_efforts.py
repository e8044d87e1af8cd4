"""An approval a deal still needs ("بحاجة إلى موافقة الكونغرس") is not given yet; spreading word of soldiers'
efforts ("ونشر جهود الجنود") deploys no one."""
from __future__ import annotations

from coded_events import plover


def test_an_approval_still_needed_is_not_given():
    _, evs = plover("وما زال الاتفاق بحاجة إلى موافقة الكونغرس الأميركي الذي يعارض فيه جمهوريون متشددون الرئيس باراك "
                    "أوباما.", "2015-07-26")
    assert not [e for e in evs if e.event == "AGREE" and "future" not in e.aux]


def test_spreading_word_of_efforts_deploys_no_one():
    _, evs = plover("ويأتي هذا الملتقى تعزيزاً لقيم الوطن، ونشر جهود الجنود المرابطين على الحد الجنوبي، ولإيصال رسالة "
                    "للعالم.", "2015-08-04")
    assert not [e for e in evs if e.event == "MOBILIZE"]
