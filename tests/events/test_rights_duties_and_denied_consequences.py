"""A right of refusal held ("تملك حق الرفض") is no rejection; the threat something poses ("التهديد الذي يشكله")
is no threat made; a duty to cooperate ("واجبه الدستوري بالتعاون") is not cooperation done; what would follow a
denial ("لم يكن ... جريمة إسرائيل الأولى، فيدينها مجلس الأمن") did not happen; "طالما ناشد" tells appeals made
again and again before, "طالما يرفض" a condition; "تحرص على أن يحظى بموافقة" an approval sought."""
from __future__ import annotations

from coded_events import plover


def test_a_right_of_refusal_is_no_rejection():
    _, evs = plover("ويمنع هذا الإجراء أيا من الدول التي تملك حق الرفض من بين المتفاوضين على الاتفاق كروسيا والصين من "
                    "عرقلة أي عقوبات على إيران في حالة مخالفتها للاتفاق.", "2015-07-20")
    assert not [e for e in evs if e.event == "REJECT"]


def test_a_danger_posed_is_no_threat():
    _, evs = plover("لقد تطورت القصة الإعلامية في وسائل الإعلام البريطانية من تلك التي تدور حول الرئيس الأسد إلى التي "
                    "تتناول تنظيم داعش، والتهديد الذي يشكله على بريطانيا والغرب.", "2015-08-03")
    assert not [e for e in evs if e.event == "THREATEN"]


def test_a_duty_to_cooperate_is_no_cooperation():
    _, evs = plover("وقال: «صار واضحا أن الرئيس أوباما يحترم علاقته مع دول أجنبية أكثر من احترام واجبه الدستوري "
                    "بالتعاون مع الكونغرس الذي يمثل شعب الولايات المتحدة».", "2015-07-21")
    assert not [e for e in evs if e.event == "COOPERATE" and not e.aux]


def test_what_would_follow_a_denial_did_not_happen():
    _, evs = plover("لم يكن حرق الطفل الفلسطيني علي الدوابشة، جريمة إسرائيل الأولى، فيدينها مجلس الأمن بالإجماع، ولم "
                    "تكن الجريمة الأبشع فتشجبها الولايات المتحدة الأمريكية بتلك اللغة.", "2015-08-03")
    assert not [e for e in evs if e.event == "ACCUSE"]


def test_appeals_made_again_and_again_are_history():
    _, evs = plover("وانتقد الشيخ حمد بن وهيط أحد مشايخ عبيدة مأرب ما يفعله الحوثي من اتخاذ قرارات لجعل اليمن دولة نظامية، "
                    "مبينًا أن جبهات القتال مع هذه الميليشيات الخاصة بالحوثي والرئيس المخلوع علي عبد الله صالح لا تعرف "
                    "آداب الحروب وأصولها.\n\nولفت بن وهيط إلى أن أسلوبهم في الحرب وما خلفوه من دمار وقتلى وجرحى وهدم "
                    "للبنى التحتية طالما ناشد به المجتمع اليمني ومؤسساته الأمم المتحدة لتوثيق ورصد الانتهاكات التي "
                    "فعلها الحوثي بمساعدة الرئيس المخلوع علي عبد الله صالح في اليمن وشعبه.", "2015-08-03")
    asks = [e for e in evs if e.event == "REQUEST"]
    assert asks and all("historical" in e.aux for e in asks)


def test_as_long_as_is_a_condition():
    _, evs = plover("وأكد المتحدث أن التحالف سيواصل عملياته العسكرية طالما يرفض الحوثيون مبادرة الأمم المتحدة.",
                    "2015-08-03")
    assert not [e for e in evs if e.event == "REJECT"]
    _, evs = plover("وأكد المتحدث أن التحالف سيواصل عملياته العسكرية بينما يرفض الحوثيون مبادرة الأمم المتحدة.",
                    "2015-08-03")
    assert [e for e in evs if e.event == "REJECT"]


def test_an_approval_sought_is_not_given():
    doc, _ = plover("وحتى ما تقوم به تحرص على أن يحظى بموافقة وتفاهم الدول الأكثر استعداداً لتحمل مسؤولياتها في "
                    "الدفاع عن مصالح المنطقة.", "2015-08-03")
    dropped = [d["why"] for d in doc.meta.get("events_not_reported", []) if d["event"] == "AGREE"]
    assert dropped and all(why.startswith("future") for why in dropped)
