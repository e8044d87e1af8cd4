"""A country that receives patients ("تستقبل المرضى السعوديين") holds no talks; one who bore a responsibility
("تحمل فيها مسؤولية الدبلوماسية") holds no one responsible, while "حمل ... إيران مسؤولية" does; the owner of
positions an air strike hit ("استهدفت مواقع للحوثيين") was struck, it did not strike."""
from __future__ import annotations

from coded_events import plover


def test_patients_received_are_no_visit():
    _, evs = plover("وبين تركستاني؛ أن أعلى دولة تستقبل المرضى السعوديين هي الولايات المتحدة الأمريكية، التي استقبلت "
                    "قرابة 2276 مريضا خلال 2014.", "2015-08-03")
    assert not [e for e in evs if e.event == "CONSULT"]


def test_a_responsibility_borne_is_no_blame():
    _, evs = plover("وقال الكاتب إن سعود الفيصل تحمل فيها مسؤولية الدبلوماسية السعودية طيلة أربعين عاما.", "2015-08-03")
    assert not [e for e in evs if e.event == "ACCUSE"]
    _, evs = plover("وحمل الأمير سعود الفيصل إيران مسؤولية التصعيد في المنطقة.", "2015-08-03")
    assert [e for e in evs if e.event == "ACCUSE" and [r.code for r in e.recipients] == ["IRN"]]


def test_the_owner_of_struck_positions_is_the_target():
    _, evs = plover("وشنت طائرات التحالف غارات جوية استهدفت مواقع للحوثيين شمال مأرب.", "2015-08-03")
    strikes = [e for e in evs if e.event == "ASSAULT"]
    assert strikes and all(e.actor is None or e.actor.code != "YEMREB" for e in strikes)
